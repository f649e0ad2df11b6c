#!/usr/bin/env python3
"""Turn a local HTML page into an extraction test fixture: ``tests/fixtures/pages/<slug>/``.

    scripts/add_fixture.py PAGE.html SLUG [--url URL] [--gold GOLD.txt]
                           [--include SENTENCE ...] [--exclude LINE ...]
    scripts/add_fixture.py --corpus ../shared/corpus/extraction --id ID SLUG

Writes ``page.html`` and ``expected.json`` with ``url``, ``must_include`` (sentences the
article text must contain) and ``must_exclude`` (boilerplate lines it must not contain).

With a gold article text (``--gold``, or the corpus's ``expected.jsonl`` entry), the script
picks four ``must_include`` sentences spread over the gold (first, two middle, last
paragraph) and proposes as ``must_exclude`` the short lines plain readability-lxml keeps
that the gold does not have: the boilerplate the extractor has to drop. Review the file it
writes; add or remove entries by hand. Only a few sentences of the gold are copied.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import lxml.html  # noqa: E402
from readability import Document  # noqa: E402

from server.segment import split_sentences  # noqa: E402
from server.textblocks import html_blocks  # noqa: E402

_TOKENS = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKENS.findall(text)
    return {tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))}


def pick_includes(gold: str, count: int = 4) -> list[str]:
    """One sentence (8+ words) from paragraphs spread evenly over the gold text."""
    paragraphs = [p.strip() for p in gold.split("\n") if len(p.split()) >= 8]
    if not paragraphs:
        return []
    picks = sorted({round(i * (len(paragraphs) - 1) / max(1, count - 1)) for i in range(count)})
    sentences = []
    for index in picks:
        found = [s.text for s in split_sentences(paragraphs[index]) if len(s.text.split()) >= 8]
        if found:
            sentences.append(found[0])
    return sentences


def propose_excludes(html: str, gold: str, count: int = 5) -> list[str]:
    """Short lines plain readability keeps that share nothing with the gold text."""
    gold_shingles = _shingles(gold)
    summary = Document(html).summary(html_partial=True)
    lines = []
    for block in html_blocks(lxml.html.fragment_fromstring(summary, create_parent="div")):
        text = block.text.strip()
        if 2 <= len(text.split()) <= 30 and text not in gold and not (_shingles(text) & gold_shingles):
            if text not in lines:
                lines.append(text)
    return lines[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path, help="the HTML file (omit with --corpus/--id)")
    parser.add_argument("slug", help="folder name under tests/fixtures/pages/")
    parser.add_argument("--url")
    parser.add_argument("--gold", type=Path, help="the page's article text, one paragraph a line")
    parser.add_argument("--corpus", type=Path, help="a corpus laid out like shared/corpus/extraction")
    parser.add_argument("--id", help="page id in --corpus")
    parser.add_argument("--include", action="append", default=[], help="a sentence the text must contain")
    parser.add_argument("--exclude", action="append", default=[], help="a line the text must not contain")
    args = parser.parse_args()

    gold, url = "", args.url
    if args.corpus and args.id:
        page = args.corpus / f"{args.id}.html"
        for line in (args.corpus / "expected.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("id") == args.id:
                gold, url = item["articleBody"], url or item.get("url")
    elif args.page:
        page = args.page
        gold = args.gold.read_text(encoding="utf-8") if args.gold else ""
    else:
        parser.error("give PAGE.html or --corpus and --id")
    html = page.read_text(encoding="utf-8", errors="replace")

    include = args.include + (pick_includes(gold) if gold else [])
    exclude = args.exclude + (propose_excludes(html, gold) if gold else [])
    page_text = lxml.html.document_fromstring(html).text_content()
    missing = [line for line in include + exclude if " ".join(line.split()) not in " ".join(page_text.split())]
    if missing:
        print("warning: not found in the page's text:", *missing, sep="\n  ", file=sys.stderr)

    folder = ROOT / "tests" / "fixtures" / "pages" / args.slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_text(html, encoding="utf-8")
    expected = {"url": url, "must_include": include, "must_exclude": exclude}
    (folder / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {folder.relative_to(ROOT)}: {len(include)} must_include, {len(exclude)} must_exclude")
    return 0


if __name__ == "__main__":
    sys.exit(main())

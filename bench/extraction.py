#!/usr/bin/env python3
"""Article-body extraction benchmark: Sourcelight vs plain readability-lxml vs trafilatura.

Usage: ``bench/extraction.py CORPUS_DIR [--worst N] [--dump DIR]``

CORPUS_DIR holds ``<id>.html`` pages and ``expected.jsonl`` lines ``{"id", "url", "articleBody"}``
(the layout of the scrapinghub/article-extraction-benchmark ground truth).

Scoring imitates that benchmark's ``evaluate.py``: each text becomes 4-word shingles of
``\\w+`` tokens (case kept), per-page TP/FP/FN are counted on shingle multisets and
normalised by their sum, precision is averaged over pages with a non-empty output, recall
over pages with a non-empty truth, and F1 is computed from the mean precision and recall.
All three extractors run in the same process, page by page, so the timings compare.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from readability import Document  # noqa: E402

from server.errors import NoArticle  # noqa: E402
from server.extract import extract  # noqa: E402

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    """Multiset of n-word shingles, as the benchmark builds them (short texts give one shingle)."""
    tokens = _TOKEN_RE.findall(text or "")
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """Normalised TP/FP/FN of one page (they sum to 1 unless both texts are empty)."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision over non-empty outputs, mean recall over non-empty truths, F1 of both."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def run_ours(html: str, url: str) -> str:
    try:
        return extract(html, url).text
    except NoArticle:
        return ""


def run_readability(html: str, url: str) -> str:
    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def run_trafilatura(html: str, url: str) -> str:
    return trafilatura.extract(html) or ""


EXTRACTORS = {"sourcelight": run_ours, "readability-lxml": run_readability, "trafilatura": run_trafilatura}


def load_corpus(corpus: Path) -> list[dict]:
    items = []
    for line in (corpus / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item["html"] = (corpus / f"{item['id']}.html").read_text(encoding="utf-8", errors="replace")
            items.append(item)
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where ours scores lowest")
    parser.add_argument("--dump", type=Path, help="write each extractor's text per page here")
    parser.add_argument("--only", choices=sorted(EXTRACTORS), action="append", help="run only these")
    args = parser.parse_args()

    items = load_corpus(args.corpus)
    names = args.only or list(EXTRACTORS)
    # Warm up imports, caches and lazily built regexes so the first page is not penalised.
    for name in names:
        EXTRACTORS[name](items[0]["html"], items[0]["url"])

    counts = {n: [] for n in names}
    times = {n: [] for n in names}
    empty = {n: 0 for n in names}
    for item in items:
        for name in names:
            start = time.perf_counter()
            try:
                text = EXTRACTORS[name](item["html"], item["url"])
            except Exception as exc:  # a baseline crashing counts as an empty output
                print(f"  {name} failed on {item['id'][:12]}: {exc!r}", file=sys.stderr)
                text = ""
            times[name].append((time.perf_counter() - start) * 1000)
            empty[name] += not text.strip()
            counts[name].append(tp_fp_fn(item["articleBody"], text))
            if args.dump:
                (args.dump / name).mkdir(parents=True, exist_ok=True)
                (args.dump / name / f"{item['id'][:12]}.txt").write_text(text, encoding="utf-8")

    print(f"Article extraction on {args.corpus} ({len(items)} pages)\n")
    print(f"{'extractor':<18} {'F1':>6} {'P':>6} {'R':>6} {'empty':>6} {'median ms':>10} {'p95 ms':>8}")
    medians = {}
    for name in names:
        s = scores(counts[name])
        ms = sorted(times[name])
        medians[name] = statistics.median(ms)
        p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
        print(f"{name:<18} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} "
              f"{empty[name]:6d} {medians[name]:10.1f} {p95:8.1f}")
    if "sourcelight" in medians:
        print()
        for other in ("readability-lxml", "trafilatura"):
            if other in medians:
                print(f"median time ratio sourcelight / {other}: {medians['sourcelight'] / medians[other]:.2f}")
    if set(names) == set(EXTRACTORS):
        f1 = {n: scores(counts[n])["f1"] for n in names}
        checks = [
            ("F1 >= 0.975", f1["sourcelight"] >= 0.975),
            ("F1 above readability-lxml and trafilatura",
             f1["sourcelight"] > max(f1["readability-lxml"], f1["trafilatura"])),
            ("no empty outputs", empty["sourcelight"] == 0),
            ("median time <= 1.5 x readability-lxml",
             medians["sourcelight"] <= 1.5 * medians["readability-lxml"]),
        ]
        print("\ntargets: " + "; ".join(f"{label}: {'met' if ok else 'MISSED'}" for label, ok in checks))

    if args.worst and "sourcelight" in names:
        print("\nLowest-scoring pages for sourcelight (F1, P, R):")
        ranked = []
        for item, c in zip(items, counts["sourcelight"]):
            p, r = _precision(*c), _recall(*c)
            ranked.append((2 * p * r / (p + r) if p + r else 0.0, p, r, item["id"][:12], item["url"]))
        for f, p, r, key, url in sorted(ranked)[: args.worst]:
            print(f"  {f:.3f} P={p:.3f} R={r:.3f} {key} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

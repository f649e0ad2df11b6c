"""Speed and output mix of the hedge detector alone on a corpus; prints the figures.

Usage: .venv/bin/python bench/hedges.py ../shared/corpus/szeged_factbank [--repeat 3]

Reads ``dev.jsonl`` (field ``text``, or ``articleBody`` for the extraction corpus) from the
folder, runs ``find_hedges`` on every record (sentences split beforehand, as the pipeline
does, and not timed) and prints ms per 1,000 words (target ~5 for this stage) and how many
spans of each hedge type were found. Accuracy is scored by ``bench/annotation.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.annotate.hedges import find_hedges  # noqa: E402
from server.segment import split_sentences  # noqa: E402


def load_texts(folder: Path) -> list[str]:
    path = folder / "dev.jsonl" if (folder / "dev.jsonl").exists() else folder / "expected.jsonl"
    texts = []
    for line in path.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            texts.append(record.get("text") or record.get("articleBody") or "")
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder holding dev.jsonl")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest counts")
    args = parser.parse_args()

    texts = load_texts(args.corpus)
    sentences = [split_sentences(t) for t in texts]
    words = sum(len(t.split()) for t in texts)
    find_hedges("warm-up: the tables load once.")
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        results = [find_hedges(t, s) for t, s in zip(texts, sentences)]
        best = min(best, time.perf_counter() - t0)
    types = Counter(span.type for spans in results for span in spans)
    print(f"{args.corpus.name}: {len(texts)} records, {words} words")
    print(f"find_hedges: {1000 * best / max(words, 1) * 1000:.2f} ms per 1,000 words (target ~5)")
    print("spans by type: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))


if __name__ == "__main__":
    main()

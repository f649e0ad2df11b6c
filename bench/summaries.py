"""Benchmark the summary stage: ROUGE against human highlights, Lead-3 in the same run, speed.

    .venv/bin/python bench/summaries.py ../shared/corpus/summaries/dev.jsonl [--n 3] [--limit K]

Records are JSON lines ``{"id", "article", "reference"}`` with reference highlights separated
by newlines. ROUGE-1/2/L/Lsum F1 come from Google's ``rouge-score`` with stemming; for Lsum
the summary's sentences are joined by newlines. Lead-3 is the first n sentences of the same
splitter. Times are per article with the model already loaded (warm).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server.segment import split_sentences  # noqa: E402
from server.summarize import Summarizer  # noqa: E402

import torch  # noqa: E402  (after server.embedder, which sets OpenMP's wait policy first)

METRICS = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL file with id, article, reference")
    ap.add_argument("--n", type=int, default=3, help="summary length in sentences (1..7)")
    ap.add_argument("--limit", type=int, default=0, help="only the first K records")
    ap.add_argument("--model-dir", default=None, help="embedding model folder (default: bundled MiniLM)")
    args = ap.parse_args()

    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    if args.limit:
        records = records[: args.limit]

    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    summarizer = Summarizer(args.model_dir)
    load_s = time.perf_counter() - t0
    summarizer.summarize("Warm-up sentence one. Warm-up sentence two is here. And a third one. A fourth.", n=1)

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    ours, lead, times = [], [], []
    for rec in records:
        text = rec["article"]
        t = time.perf_counter()
        sentences = split_sentences(text)
        summary = summarizer.summarize(text, n=args.n, sentences=sentences)
        times.append((time.perf_counter() - t) * 1000)
        assert all(text[s.start : s.end] == s.text for s in summary.sentences)
        ours.append(_rouge(scorer, rec["reference"], [s.text for s in summary.sentences]))
        lead.append(_rouge(scorer, rec["reference"], [s.text for s in sentences[: args.n]]))

    ours_m, lead_m = np.mean(ours, axis=0), np.mean(lead, axis=0)
    median, p95 = statistics.median(times), float(np.percentile(times, 95))
    print(f"{len(records)} articles, n={args.n}, corpus {args.corpus}, torch threads {torch.get_num_threads()}, "
          f"encoder precision {summarizer.embedder.precision}")
    # Timings are only meaningful on an otherwise idle machine: show how busy it was.
    print(f"machine load average: {load_before:.1f} before, {os.getloadavg()[0]:.1f} after ({os.cpu_count()} cores)")
    print(f"{'metric':12s}{'summarizer':>12s}{'Lead-' + str(args.n):>10s}{'delta':>9s}   target")
    # The targets are set at the default length; other lengths are reported without them.
    targets = {"rouge1": 1.5, "rouge2": 0.7} if args.n == 3 else {}
    for k, name in enumerate(METRICS):
        delta = ours_m[k] - lead_m[k]
        target = f"delta >= +{targets[name]:.1f}  {_ok(delta >= targets[name])}" if name in targets else ""
        print(f"{name:12s}{ours_m[k]:12.2f}{lead_m[k]:10.2f}{delta:+9.2f}   {target}")
    print(f"{'median ms':12s}{median:12.1f}{'':19s}   <= 80   {_ok(median <= 80)}")
    print(f"{'p95 ms':12s}{p95:12.1f}{'':19s}   <= 200  {_ok(p95 <= 200)}")
    print(f"{'load s':12s}{load_s:12.2f}{'':19s}   <= 3    {_ok(load_s <= 3)}")


def _rouge(scorer, reference: str, sentences: list[str]) -> list[float]:
    s = scorer.score(reference, "\n".join(sentences))
    return [s[m].fmeasure * 100 for m in METRICS]


def _ok(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


if __name__ == "__main__":
    main()

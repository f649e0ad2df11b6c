"""Held-out hedge figures: the learned filter scored on documents it was not trained on.

Usage: .venv/bin/python bench/hedges_heldout.py [../shared/corpus] [--folds 5] [--c 0.5]

The dev figures of ``bench/annotation.py`` use ``server/data/hedge_model.json``, which was
trained on those very dev splits, so they flatter the filter. Here the documents of each
corpus are split into folds (``scripts/train_hedges.py``'s ``fold_of``); for each fold a
model is trained on the other folds (``--hold-out K/N``, into a temporary folder) and the
whole ``annotate()`` is scored on the fold's documents. The counts of all folds are summed
and printed for the target lines of the hedge corpora.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "scripts"))

import annotation as bench  # noqa: E402
from train_hedges import fold_of  # noqa: E402

from server.annotate import hedge_model  # noqa: E402

CORPORA = ("szeged_factbank", "szeged_wiki", "bioscope")
METRICS = ("exact", "overlap", "token", "record")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_root", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=None, help="passed to train_hedges.py --c")
    args = parser.parse_args(argv)
    root = Path(args.corpus_root)
    tasks = [t for t in bench.TASKS if t.corpus in CORPORA and t.targets]
    records = {t.corpus: bench.load_records(root / t.corpus / "dev.jsonl", None) for t in tasks}
    totals = {id(t): bench.Score() for t in tasks}
    shipped = hedge_model.load_model
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            out = Path(tmp) / f"model_{k}.json"
            cmd = [sys.executable, str(ROOT / "scripts" / "train_hedges.py"), str(root),
                   "--hold-out", f"{k}/{args.folds}", "--out", str(out)]
            if args.c is not None:
                cmd += ["--c", str(args.c)]
            subprocess.run(cmd, check=True, capture_output=True)
            shipped.cache_clear()
            model = shipped(out)
            hedge_model.load_model = lambda path=None, m=model: m  # the fold's model for annotate()
            try:
                for task in tasks:
                    held = [r for r in records[task.corpus]
                            if fold_of(f"{task.corpus}:{r['doc_id']}", args.folds) == k]
                    score = bench.score_task(task, held, [bench.system_spans(r["text"]) for r in held], 0)
                    for metric in METRICS:
                        mine, total = getattr(score, metric), getattr(totals[id(task)], metric)
                        bench._add(total, mine.tp_p, mine.tp_r, mine.pred, mine.gold)
            finally:
                hedge_model.load_model = shipped
                shipped.cache_clear()
    print(f"{'corpus':<18} {'line':<32} {'held-out token F1 (P/R)':<24} {'record F1 (P/R)'}")
    for task in tasks:
        total = totals[id(task)]
        print(f"{task.corpus:<18} {task.name:<32} {bench._fmt(total.token):<24} {bench._fmt(total.record)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the summarizer's sentence scorer on the dev corpus; write server/data/summary_scorer.json.

    .venv/bin/python scripts/train_summary_scorer.py ../shared/corpus/summaries/dev.jsonl

Label: a candidate sentence is positive when it is in the greedy ROUGE oracle (the up-to-3
sentences that together maximise ROUGE-1 + ROUGE-2 F1 against the reference highlights) or
among the 3 sentences with the best ROUGE-2 F1 on their own. Model: L2 logistic regression
over ``server.summary_features.FEATURES`` (standardised). Before fitting on everything, the
script runs 5-fold cross-validation by article (3 shuffles) through the stage's real
selection step and prints the held-out ROUGE next to Lead-3, so the shipped weights come with
an honest estimate. Only weights and figures are written, never article text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server.embedder import Embedder  # noqa: E402
from server.segment import split_sentences  # noqa: E402
from server.summarize import SCORER_FILE, candidate_features, select  # noqa: E402
from server.summary_features import FEATURES  # noqa: E402

C = 0.3  # chosen by CV over {0.03, 0.3} on dev; larger C overfits the embedding features
N = 3


def greedy_oracle(scorer, reference: str, texts: list[str], k: int = N) -> list[int]:
    """Up to k sentence indices that greedily maximise ROUGE-1 + ROUGE-2 F1 of their union."""
    chosen: list[int] = []
    best = 0.0
    for _ in range(k):
        best_j = None
        for j in range(len(texts)):
            if j in chosen:
                continue
            summary = "\n".join(texts[t] for t in sorted(chosen + [j]))
            s = scorer.score(reference, summary)
            value = s["rouge1"].fmeasure + s["rouge2"].fmeasure
            if value > best:
                best, best_j = value, j
        if best_j is None:
            break
        chosen.append(best_j)
    return chosen


def labels(scorer, reference: str, texts: list[str]) -> np.ndarray:
    y = np.zeros(len(texts), dtype=np.float32)
    y[greedy_oracle(scorer, reference, texts)] = 1
    r2 = np.array([scorer.score(reference, t)["rouge2"].fmeasure for t in texts])
    y[np.argsort(-r2)[:N]] = 1
    return y


def rouge(scorer, reference: str, texts: list[str], idx) -> np.ndarray:
    s = scorer.score(reference, "\n".join(texts[i] for i in sorted(idx)))
    return np.array([s[k].fmeasure for k in ("rouge1", "rouge2", "rougeL", "rougeLsum")]) * 100


def fit(X: np.ndarray, y: np.ndarray) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(X)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    scaler.scale_ = scale
    model = LogisticRegression(C=C, max_iter=5000).fit(scaler.transform(X), y)
    return scaler, model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL with id, article, reference")
    ap.add_argument("--out", default=str(SCORER_FILE))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--labels-cache", help="JSON file caching the per-article labels (ids and indices only)")
    args = ap.parse_args()

    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    embedder = Embedder()
    metric = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    t0 = time.time()
    cache = {}
    if args.labels_cache and Path(args.labels_cache).is_file():
        cache = json.loads(Path(args.labels_cache).read_text())
    arts = []
    for r in records:
        sents = split_sentences(r["article"])
        if len(sents) <= N:
            continue
        feats, emb = candidate_features(embedder, sents, None)
        texts = [s.text for s in sents]
        if r["id"] not in cache:
            y = labels(metric, r["reference"], texts[: len(feats)])
            cache[r["id"]] = [int(i) for i in np.flatnonzero(y)]
        y = np.zeros(len(feats), dtype=np.float32)
        y[cache[r["id"]]] = 1
        arts.append(dict(feats=feats, emb=emb, texts=texts, ref=r["reference"], y=y))
    if args.labels_cache:
        Path(args.labels_cache).write_text(json.dumps(cache))
    print(f"{len(arts)} articles prepared in {time.time() - t0:.0f}s", file=sys.stderr)

    lead = np.mean([rouge(metric, a["ref"], a["texts"], range(N)) for a in arts], axis=0)
    held_out = []
    for seed in range(args.repeats):
        folds = KFold(args.folds, shuffle=True, random_state=seed).split(np.arange(len(arts)))
        scores = np.zeros(4)
        for train, test in folds:
            scaler, model = fit(np.vstack([arts[i]["feats"] for i in train]),
                                np.concatenate([arts[i]["y"] for i in train]))
            for i in test:
                a = arts[i]
                raw = model.decision_function(scaler.transform(a["feats"]))
                scores += rouge(metric, a["ref"], a["texts"], select(raw, a["feats"], a["emb"], N))
        held_out.append(scores / len(arts))
    cv = np.mean(held_out, axis=0)
    names = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    print(f"{'':24s}" + "".join(f"{k:>11s}" for k in names))
    print(f"{'Lead-3':24s}" + "".join(f"{v:11.2f}" for v in lead))
    print(f"{'held-out folds (mean)':24s}" + "".join(f"{v:11.2f}" for v in cv))
    print(f"{'delta':24s}" + "".join(f"{v:+11.2f}" for v in cv - lead))

    scaler, model = fit(np.vstack([a["feats"] for a in arts]), np.concatenate([a["y"] for a in arts]))
    spec = {
        "about": "Logistic-regression sentence scorer for server/summarize.py; "
        "trained by scripts/train_summary_scorer.py on the summaries dev corpus.",
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in scaler.mean_],
        "scale": [round(float(v), 6) for v in scaler.scale_],
        "coef": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "training": {
            "articles": len(arts),
            "C": C,
            "label": "greedy R1+R2 oracle (3) or top-3 sentence ROUGE-2 F1",
            "cv": f"{args.folds}-fold by article x {args.repeats} shuffles, n={N}",
            "lead3": dict(zip(names, [round(float(v), 2) for v in lead])),
            "held_out": dict(zip(names, [round(float(v), 2) for v in cv])),
        },
    }
    Path(args.out).write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

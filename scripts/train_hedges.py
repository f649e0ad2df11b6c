"""Train the hedge-word disambiguator shipped as ``server/data/hedge_model.json``.

Usage: .venv/bin/python scripts/train_hedges.py ../shared/corpus [--cv 5] [--out PATH]

Reads only the dev splits of Szeged FactBank, Szeged Wikipedia and BioScope (not PolNeAR,
not the CNN summaries, not SFU, whose convention counts "or", "can" and "if" as hedges).
Every candidate cue that ``server.annotate.hedges`` finds in a corpus sentence becomes one
example, positive when it overlaps a gold hedge cue (Szeged's ``condition`` cues included).
A logistic regression (scikit-learn, training time only) over ``hedge_model.features`` is
fitted; its non-zero weights, the cue entries it judges, and the decision threshold are
written as JSON (feature names and weights only, no corpus text). ``--cv`` first reports
document-grouped cross-validated candidate F1; ``--hold-out K/N`` leaves a fold of documents
out so that a scorer can measure the whole detector on unseen documents.
Rerun after editing ``server/data/hedges.tsv`` (a test fails when the model is stale).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server.annotate import hedge_model  # noqa: E402
from server.annotate.hedges import _sentence_starts, _vetoed, find_candidates  # noqa: E402
from server.segment import split_sentences  # noqa: E402

CORPORA = ("szeged_factbank", "szeged_wiki", "bioscope")
# Gold cue types that are not hedges here. Empty: Szeged's "condition" cues ("if", "unless")
# are uncertainty in its own framework and the lexicon has "if"/"unless", so they count.
NOT_HEDGES: set[str] = set()
# The corpora do not annotate these news conventions ("about 200", "is mulling", "so-called"):
# an entry of these types is judged only when the corpora call it a hedge often enough
# (CONVENTION_RATE) to show that they have a convention for it ("whether", "alleged").
NEWS_TYPES = {"approximator", "tentative", "distancing"}
CONVENTION_RATE = 0.3
# Weasel and peacock wording ("unsupported.tsv") is no hedge in these corpora's framework:
# they never annotate it, so it would only teach the model to drop it. Never judged.
NEVER_JUDGED = {"unsupported"}
# FactBank is the one news corpus: its examples count more, as news is what the product reads.
CORPUS_WEIGHT = {"szeged_factbank": 3.0, "szeged_wiki": 1.0, "bioscope": 1.0}
MIN_EXAMPLES = 8  # fewer occurrences than this: the model does not judge the cue
C = 0.5  # inverse L2 strength; 0.2-3 give the same cross-validated F1


def examples(corpus_dir: Path):
    """(features, label, document, entry, type) for every candidate cue in the dev splits."""
    for name in CORPORA:
        for line in (corpus_dir / name / "dev.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            text = record["text"]
            spans = [s for s in record.get("spans") or [] if s["label"] == "hedge"]
            gold = [(s["start"], s["end"]) for s in spans if s.get("type") not in NOT_HEDGES]
            ignored = [(s["start"], s["end"]) for s in spans if s.get("type") in NOT_HEDGES]
            starts = _sentence_starts(text, split_sentences(text))
            for c in _vetoed(text, find_candidates(text)):
                if any(s < c.end and c.start < e for s, e in ignored):
                    continue  # a conditional "could"/"would": neither right nor wrong
                label = any(s < c.end and c.start < e for s, e in gold)
                names = hedge_model.features(text, c.start, c.end, c.rule.key, starts)
                yield names, int(label), f"{name}:{record['doc_id']}", c.rule.key, c.rule.type


def fold_of(group: str, n: int) -> int:
    """Stable fold number of a document, shared with the scoring scripts."""
    return zlib.crc32(group.encode("utf-8")) % n


def fit(X, y, w, c: float = C):
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(X, y, sample_weight=w)
    return model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--cv", type=int, default=0, help="folds of grouped cross-validation to report first")
    parser.add_argument("--out", type=Path, default=hedge_model.MODEL_FILE)
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--c", type=float, default=C, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--verbose", action="store_true", help="print how often each entry is a hedge")
    parser.add_argument("--hold-out", metavar="K/N", help="leave out the documents of fold K of N (for scoring)")
    args = parser.parse_args()

    rows = list(examples(args.corpus_dir))
    if args.hold_out:
        k, n = map(int, args.hold_out.split("/"))
        rows = [r for r in rows if fold_of(r[2], n) != k]
    keys = Counter(r[3] for r in rows)
    positives = Counter(r[3] for r in rows if r[1])
    types = {r[3]: r[4] for r in rows}
    judged = sorted(
        k
        for k, n in keys.items()
        if n >= MIN_EXAMPLES
        and types[k] not in NEVER_JUDGED
        and (types[k] not in NEWS_TYPES or positives[k] / n >= CONVENTION_RATE)
    )
    if args.verbose:
        for key, n in keys.most_common():
            mark = "judged" if key in judged else "kept"
            print(f"  {positives[key]:5d}/{n:<5d} {positives[key] / n:.2f} {mark:6s} {key[:70]}")
    # only the judged entries teach the model
    rows = [r for r in rows if r[3] in set(judged)]
    print(f"{len(rows)} candidates of {len(judged)} judged entries, {sum(r[1] for r in rows)} hedges")
    feats = [{n: 1 for n in r[0]} for r in rows]
    y = np.array([r[1] for r in rows])
    groups = np.array([r[2] for r in rows])
    sample_weight = np.array([CORPUS_WEIGHT[g.split(":", 1)[0]] for g in groups])

    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    if args.cv:
        pred = np.zeros(len(y))
        for train, test in GroupKFold(n_splits=args.cv).split(X, y, groups):
            pred[test] = fit(X[train], y[train], sample_weight[train], args.c).predict_proba(X[test])[:, 1]
        for t in (0.3, 0.4, 0.5, 0.6):
            keep = pred >= t
            tp, fp, fn = (keep & (y == 1)).sum(), (keep & (y == 0)).sum(), (~keep & (y == 1)).sum()
            p, r = tp / (tp + fp), tp / (tp + fn)
            print(f"cv threshold {t}: candidate P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
        tp, fp = (y == 1).sum(), (y == 0).sum()
        print(f"no model: candidate P {tp / (tp + fp):.3f} R 1.000")

    model = fit(X, y, sample_weight, args.c)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 0.01}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    payload = {
        "about": "hedge-word disambiguator; trained by scripts/train_hedges.py on dev splits of "
        + ", ".join(CORPORA),
        "threshold": args.threshold,
        "keys": judged,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(weights)} weights)")


if __name__ == "__main__":
    main()

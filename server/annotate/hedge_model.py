"""Learned filter for ambiguous hedge words ("could", "expects", "potential", "considered").

A logistic regression over a few context features (the cue word, the words before and after,
capitalisation, a negation nearby or earlier in the sentence, a number after) says whether one occurrence of a candidate
cue is a hedge. It was trained by ``scripts/train_hedges.py`` on the dev splits of the hedge
corpora (Szeged FactBank and Wikipedia, BioScope) and ships as feature weights in
``server/data/hedge_model.json``; no corpus text is stored. Cues the model has not seen often
enough during training (``keys`` in the file) are always kept.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from server.lexicon import DATA_DIR

MODEL_FILE = DATA_DIR / "hedge_model.json"

_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_NEGATIONS = {"not", "n't", "no", "never", "nor", "without", "cannot", "hardly"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
_CONTEXT = 48  # characters looked at on each side: a few words
# how far back in the sentence a negation is looked for: farther than any sentence of the hedge
# corpora reaches (1,034 characters), yet bounded, so that a page without sentence punctuation
# does not make each cue read everything before it
_NEGATION_REACH = 1500


def _norm(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("n't") and word != "n't":
        return "n't"
    return "<num>" if word[:1].isdigit() else word


def features(text: str, start: int, end: int, key: str, starts: list[int]) -> list[str]:
    """Names of the features that are on for the cue ``text[start:end]`` found by entry ``key``."""
    form = " ".join(_norm(w) for w in _WORD.findall(text[start:end]))
    before = [_norm(w) for w in _WORD.findall(text[max(0, start - _CONTEXT) : start])]
    after = [_norm(w) for w in _WORD.findall(text[end : end + _CONTEXT])]
    i = bisect_right(starts, start)
    sentence_start = starts[i - 1] if i > 0 else 0
    if sentence_start > max(0, start - _CONTEXT):
        # keep the window inside the sentence: drop words from the previous one
        before = [_norm(w) for w in _WORD.findall(text[sentence_start:start])]
    p1 = before[-1] if before else "<s>"
    p2 = before[-2] if len(before) > 1 else "<s>"
    n1 = after[0] if after else "</s>"
    n2 = after[1] if len(after) > 1 else "</s>"
    first = start == sentence_start
    names = [
        "bias",
        f"k={key}",
        f"f={form}",
        f"f={form}|p1={p1}",
        f"f={form}|n1={n1}",
        f"f={form}|n12={n1}_{n2}",
        f"f={form}|n2={n2}",
        f"f={form}|p2={p2}",
        f"p1={p1}",
        f"n1={n1}",
        f"n12={n1}_{n2}",
    ]
    if first:
        names.append(f"f={form}|first")
    elif text[start:start + 1].isupper():
        names.append(f"f={form}|cap")
    if _NEGATIONS.intersection(before[-3:]):
        names.append(f"f={form}|neg")
    elif _NEGATIONS.intersection(_norm(w) for w in _WORD.findall(text[max(sentence_start, start - _NEGATION_REACH) : start])):
        names.append(f"f={form}|negsent")
    if p1 in _AUXILIARIES or p2 in _AUXILIARIES:
        names.append(f"f={form}|aux")
    if n1 in ("to", "that"):
        names.append(f"k={key}|comp")
    # word endings stand in for parts of speech ("could be blocked", "potentially")
    names += [
        f"f={form}|p21={p2}_{p1}",
        f"f={form}|n1sfx={_suffix(n1)}",
        f"f={form}|n2sfx={_suffix(n2)}",
        f"f={form}|p1sfx={_suffix(p1)}",
    ]
    return names


def _suffix(word: str) -> str:
    for end in ("ed", "ing", "ly", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return end
    return "-"


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    judged: frozenset[str]  # entries (``hedges.tsv`` first column) the model decides on
    threshold: float


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> Model:
    """The shipped weights; without the file every candidate is kept."""
    if not path.exists():
        return Model({}, frozenset(), 0.5)
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["weights"], frozenset(data["keys"]), float(data["threshold"]))


def probability(names: list[str], model: Model) -> float:
    """P(hedge) for a feature list under ``model``."""
    weights = model.weights
    z = sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep(text: str, start: int, end: int, key: str, starts: list[int]) -> bool:
    """Whether the candidate cue ``text[start:end]`` of entry ``key`` reads as a hedge here."""
    model = load_model()
    if key not in model.judged:
        return True
    return probability(features(text, start, end, key, starts), model) >= model.threshold

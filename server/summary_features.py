"""Per-sentence features for the extractive summarizer (shared by the stage and its trainer).

Features describe where a sentence is, how long it is, how central it is to the article in
embedding space (similarity to the centroid, to the lead, to the title), and whether it reads
well on its own (quotations, pronoun openings, questions, reader appeals, captions...). The
patterns live in ``server/data/summary_patterns.tsv`` (datelines: ``datelines.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from server.lexicon import load_table
from server.segment import dateline_end

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_QUOTED = re.compile(r"[\"“”„«»]")
_QUOTE_SPAN = re.compile(r"[\"“„«][^\"“”„«»]*[\"”»]?")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|according|wrote|writes|stated|explained|asked|"
    r"noted|argued|insisted|claimed|acknowledged|warned|testified)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_CAPITAL_WORD = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")

FEATURES = (
    "bias",
    "pos_inv",  # 1/(i+1): the lead matters most in news
    "pos_rel",  # i / n
    "pos_0",
    "pos_1",
    "pos_2",
    "pos_3_5",
    "pos_6_9",
    "log_words",
    "words_lt8",
    "words_gt40",
    "centroid_sim",
    "centroid_rank",  # rank among the candidates, scaled 0..1 (0 = most central)
    "lead_sim",  # similarity to the first three sentences (what the story is about)
    "title_sim",
    "mean_sim",  # degree centrality
    "max_sim_prev",  # already said by an earlier sentence
    "quote_frac",  # share of characters inside quotation marks
    "starts_quote",
    "quote_no_speaker",  # a quotation with no reporting verb: who said it is lost
    "question",
    "exclaim",
    "dangling",
    "address",
    "flagged",  # dateline-only / byline / caption / promo / boilerplate
    "digits",
    "capitals",
    "colon_end",
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, list[re.Pattern]]:
    table: dict[str, list[re.Pattern]] = {}
    for e in load_table("summary_patterns.tsv"):
        flags = 0 if "case" in e.extra else re.I
        table.setdefault(e.type, []).append(re.compile(e.entry, flags))
    return table


def clean_sentence(text: str) -> str:
    """The sentence without a leading dateline such as "(CNN)" or "WASHINGTON (CNN) --"."""
    return text[dateline_end(text) :]


def _matches(kind: str, text: str) -> bool:
    return any(p.search(text) for p in _patterns().get(kind, []))


def quality_flags(text: str) -> dict[str, float]:
    """Surface signals of a (dateline-cleaned) sentence; every value is 0/1 or a fraction."""
    stripped = text.strip()
    quoted_chars = sum(len(m.group()) for m in _QUOTE_SPAN.finditer(stripped))
    outside = _QUOTE_SPAN.sub(" ", stripped)
    has_quote = bool(_QUOTED.search(stripped))
    return {
        "quote_frac": min(1.0, quoted_chars / max(1, len(stripped))),
        "starts_quote": float(bool(stripped) and stripped[0] in "\"“„«'‘"),
        "quote_no_speaker": float(has_quote and not _SPEECH_VERB.search(outside)),
        "question": float(stripped.rstrip("\"”’' ").endswith("?")),
        "exclaim": float(stripped.rstrip("\"”’' ").endswith("!")),
        "dangling": float(_matches("dangling", stripped)),
        "address": float(_matches("address", outside)),
        "flagged": float(
            not clean_sentence(stripped).strip()
            or any(_matches(k, stripped) for k in ("byline", "caption", "promo", "boilerplate"))
        ),
        "colon_end": float(stripped.endswith(":")),
    }


def sentence_features(
    texts: list[str], emb: np.ndarray, title_emb: np.ndarray | None = None
) -> np.ndarray:
    """(len(texts), len(FEATURES)) matrix for the candidate sentences of one article.

    ``texts`` are dateline-cleaned sentences in article order, ``emb`` their unit embeddings,
    ``title_emb`` the title's unit embedding when the article has a title.
    """
    n = len(texts)
    f = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if n == 0:
        return f
    col = {name: i for i, name in enumerate(FEATURES)}
    sims = emb @ emb.T
    centroid = emb.mean(0)
    norm = np.linalg.norm(centroid)
    centroid_sim = emb @ (centroid / norm) if norm > 0 else np.zeros(n, dtype=np.float32)
    lead = emb[: min(3, n)].mean(0)
    lead_norm = np.linalg.norm(lead)
    lead_sim = emb @ (lead / lead_norm) if lead_norm > 0 else np.zeros(n, dtype=np.float32)
    rank = np.empty(n)
    rank[np.argsort(-centroid_sim)] = np.arange(n)
    for i, text in enumerate(texts):
        words = _WORD.findall(text)
        nw = len(words)
        row = f[i]
        row[col["bias"]] = 1.0
        row[col["pos_inv"]] = 1.0 / (i + 1)
        row[col["pos_rel"]] = i / max(1, n)
        row[col["pos_0"]] = i == 0
        row[col["pos_1"]] = i == 1
        row[col["pos_2"]] = i == 2
        row[col["pos_3_5"]] = 3 <= i <= 5
        row[col["pos_6_9"]] = 6 <= i <= 9
        row[col["log_words"]] = np.log1p(nw)
        row[col["words_lt8"]] = nw < 8
        row[col["words_gt40"]] = nw > 40
        row[col["centroid_sim"]] = centroid_sim[i]
        row[col["centroid_rank"]] = rank[i] / max(1, n - 1)
        row[col["lead_sim"]] = lead_sim[i]
        row[col["title_sim"]] = float(emb[i] @ title_emb) if title_emb is not None else 0.0
        row[col["mean_sim"]] = (sims[i].sum() - 1.0) / max(1, n - 1)
        row[col["max_sim_prev"]] = sims[i, :i].max() if i > 0 else 0.0
        for name, value in quality_flags(text).items():
            row[col[name]] = value
        row[col["digits"]] = min(1.0, len(_DIGIT.findall(text)) / 4)
        row[col["capitals"]] = min(1.0, len(_CAPITAL_WORD.findall(text)) / max(1, nw) * 4)
    return f

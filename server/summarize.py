"""The summary stage: a few of the article's own sentences, in article order, with offsets.

Sentences come from ``server.segment.split_sentences``. Each candidate (the first
``MAX_CANDIDATES`` sentences: news puts what matters first) gets features from
``server.summary_features`` — position, length, similarity to the centroid, lead and title in
all-MiniLM-L6-v2 embedding space, quotation and quality flags — and a logistic-regression
scorer (``server/data/summary_scorer.json``, trained on the dev corpus by
``scripts/train_summary_scorer.py``) turns them into a score. Sentences that are page
furniture (bylines, captions, "Read more", donation appeals) are left out whenever enough
others remain; a sentence that opens with a pronoun is penalised unless the sentence before
it is chosen too; selection uses MMR so the summary does not repeat itself.

With an abstractive model configured (``abstractive_dir``), the chosen sentences are rewritten
by it and the rewrite is kept only if it keeps their hedges and attributions.
"""

from __future__ import annotations

import json
import logging
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from server.embedder import Embedder
from server.errors import BadRequest
from server.lexicon import DATA_DIR
from server.segment import split_sentences
from server.summary_features import FEATURES, clean_sentence, sentence_features
from server.types import Sentence, Summary

log = logging.getLogger(__name__)

MIN_N, MAX_N, DEFAULT_N = 1, 7, 3
MAX_CANDIDATES = 20  # caps the embedding cost: past the 20th, a sentence was chosen in 1 of 319 dev summaries (cap 30 cost a fifth more time)
MMR_LAMBDA = 0.3  # redundancy penalty, in standard deviations of the article's scores
TITLE_WEIGHT = 0.3  # hand-set: the dev corpus has no titles to learn it from
DANGLING_PENALTY = 0.5  # a pronoun opening whose referent (previous sentence) is not chosen
ADDRESS_PENALTY = 0.0  # "we"/"you" outside quotes: costs ROUGE on news (quotes span sentences); kept as a learned feature
SCORER_FILE = DATA_DIR / "summary_scorer.json"


class LinearScorer:
    """Logistic-regression sentence scorer stored as JSON: standardise, then dot product."""

    def __init__(self, path: Path = SCORER_FILE):
        spec = json.loads(Path(path).read_text(encoding="utf-8"))
        if list(spec["features"]) != list(FEATURES):
            raise ValueError(f"{path}: feature list differs from server.summary_features.FEATURES")
        self.mean = np.asarray(spec["mean"], dtype=np.float32)
        self.scale = np.asarray(spec["scale"], dtype=np.float32)
        self.coef = np.asarray(spec["coef"], dtype=np.float32)
        self.intercept = float(spec["intercept"])

    def score(self, features: np.ndarray) -> np.ndarray:
        """Log-odds that each sentence belongs in a reference-like summary."""
        return ((features - self.mean) / self.scale) @ self.coef + self.intercept


class Summarizer:
    """Loads the embedding model (and optional abstractive model) once; ``summarize`` per article."""

    def __init__(self, model_dir: str | None = None, abstractive_dir: str | None = None):
        self.embedder = Embedder(model_dir)
        self.scorer = LinearScorer()
        self.abstractive = None
        if abstractive_dir:
            from server.abstractive import AbstractiveRewriter

            self.abstractive = AbstractiveRewriter(abstractive_dir)
        # torch modules are not guaranteed thread-safe for concurrent forward passes.
        self._lock = threading.Lock()

    def summarize(
        self,
        text: str,
        title: str | None = None,
        n: int = DEFAULT_N,
        sentences: list[Sentence] | None = None,
    ) -> Summary:
        """Summary of ``text``: ``n`` (1..7) of its sentences in article order.

        ``sentences`` defaults to ``split_sentences(text)``. Raises BadRequest only for an
        ``n`` outside 1..7 or a ``text`` that is not a string; any string gets a summary.
        """
        n = check_length(n)
        if not isinstance(text, str):
            raise BadRequest("text must be a string")
        if sentences is None:
            try:
                sentences = split_sentences(text)
            except Exception:  # the shared splitter failing must not cost the whole request
                log.exception("sentence splitting failed; no summary")
                sentences = []
        # Caller-supplied sentences: keep the valid ones, once each, in article order.
        unique = {(s.start, s.end): s for s in sentences if _valid(s, text)}
        sentences = [unique[k] for k in sorted(unique)]
        if len(sentences) <= n:
            return _extractive(sentences)
        try:
            chosen = self.choose(sentences, title if isinstance(title, str) else None, n)
        except Exception:  # a summary is never worth a failed request: fall back to the lead
            log.exception("summary scoring failed; using the first %d sentences", n)
            chosen = list(range(n))
        picked = [sentences[i] for i in sorted(chosen)]
        if self.abstractive is not None:
            rewritten = self._rewrite(picked)
            if rewritten is not None:
                return rewritten
        return _extractive(picked)

    def choose(self, sentences: list[Sentence], title: str | None, n: int) -> list[int]:
        """Indices of the ``n`` sentences to keep (not sorted)."""
        with self._lock:
            feats, emb = candidate_features(self.embedder, sentences, title)
        return select(self.scorer.score(feats), feats, emb, n)

    def _rewrite(self, picked: list[Sentence]) -> Summary | None:
        try:
            with self._lock:
                return self.abstractive.rewrite(picked)
        except Exception:
            log.exception("abstractive rewrite failed; keeping the extractive summary")
            return None


def candidate_features(
    embedder: Embedder, sentences: list[Sentence], title: str | None
) -> tuple[np.ndarray, np.ndarray]:
    """Features and embeddings of the first ``MAX_CANDIDATES`` sentences (datelines removed)."""
    cand = sentences[:MAX_CANDIDATES]
    texts = [clean_sentence(s.text).strip() or s.text for s in cand]
    has_title = bool(title and title.strip())
    emb = embedder.embed(texts + ([title] if has_title else []))
    title_emb = emb[len(texts)] if has_title else None
    emb = emb[: len(texts)]
    return sentence_features(texts, emb, title_emb), emb


def select(raw: np.ndarray, feats: np.ndarray, emb: np.ndarray, n: int) -> list[int]:
    """Pick ``n`` candidates from their scorer log-odds ``raw`` plus the hand-set quality rules."""
    col = {name: i for i, name in enumerate(FEATURES)}
    scores = (raw - raw.mean()) / (raw.std() + 1e-6)
    t = feats[:, col["title_sim"]]
    if t.any():
        scores = scores + TITLE_WEIGHT * (t - t.mean()) / (t.std() + 1e-6)
    scores = scores - ADDRESS_PENALTY * feats[:, col["address"]]
    # Page furniture is out unless the article has nothing else to offer.
    usable = [i for i in range(len(raw)) if not feats[i, col["flagged"]]]
    pool = usable if len(usable) >= n else list(range(len(raw)))
    return _mmr(scores, emb, pool, n, feats[:, col["dangling"]] > 0)


def _mmr(scores: np.ndarray, emb: np.ndarray, pool: list[int], n: int, dangling: np.ndarray) -> list[int]:
    """Greedy maximal marginal relevance: score minus similarity to what is already chosen."""
    chosen: list[int] = []
    pool = list(pool)
    while pool and len(chosen) < n:
        def gain(j: int) -> float:
            redundancy = max((float(emb[j] @ emb[c]) for c in chosen), default=0.0)
            orphan = DANGLING_PENALTY if dangling[j] and (j - 1) not in chosen else 0.0
            return scores[j] - MMR_LAMBDA * redundancy - orphan

        best = max(pool, key=gain)
        chosen.append(best)
        pool.remove(best)
    return chosen


def check_length(n: object) -> int:
    """``n`` as an int when it is a valid summary length; BadRequest with the range otherwise."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise BadRequest(f"summary length must be a whole number of sentences from {MIN_N} to {MAX_N}, got {n!r}")
    if not MIN_N <= int(n) <= MAX_N:
        raise BadRequest(f"'sentences' (the summary length) must be between {MIN_N} and {MAX_N}, "
                         f"got {n}; pick a value in that range")
    return int(n)


def _valid(s: Sentence, text: str) -> bool:
    """A caller-supplied sentence is used only if its offsets really point at its text."""
    try:
        return 0 <= s.start < s.end <= len(text) and text[s.start : s.end] == s.text and bool(s.text.strip())
    except (AttributeError, TypeError):
        return False


def _extractive(picked: list[Sentence]) -> Summary:
    return Summary(" ".join(s.text for s in picked), list(picked), "extractive")


@lru_cache(maxsize=4)
def get_summarizer(model_dir: str | None = None, abstractive_dir: str | None = None) -> Summarizer:
    """The process-wide Summarizer for these model folders, loaded on first use."""
    return Summarizer(model_dir, abstractive_dir)

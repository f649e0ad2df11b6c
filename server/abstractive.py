"""Optional abstractive rewrite of the extractive summary, kept only when it stays faithful.

The user points ``SUMMARY_MODEL`` (``Summarizer(abstractive_dir=...)``) at a local Hugging Face
sequence-to-sequence folder (e.g. a distilled BART or T5 fine-tuned for news summaries); it is
loaded with ``local_files_only`` and never downloaded. The model rewrites the sentences the
extractive step chose. A rewrite is accepted only if every hedge, reporting verb and source
that ``server.annotate.annotate`` finds in those sentences is still in it — a summary that
drops "may", "according to officials" or the outlet's name turns a claim into a fact.
Otherwise the caller keeps the extractive summary.
"""

from __future__ import annotations

import logging
import os
import re
from functools import lru_cache
from pathlib import Path

from server.lexicon import load_table
from server.types import Sentence, Summary

os.environ.setdefault("HF_HUB_OFFLINE", "1")

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 512
MAX_OUTPUT_TOKENS = 128
_SPACE = re.compile(r"\s+")


class AbstractiveRewriter:
    """A local seq2seq model that rewrites chosen sentences, with a faithfulness check."""

    def __init__(self, model_dir: str | os.PathLike):
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        path = Path(model_dir)
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"SUMMARY_MODEL: no Hugging Face model (config.json) in {path}")
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        self.model = AutoModelForSeq2SeqLM.from_pretrained(str(path), local_files_only=True)
        self.model.eval()

    def generate(self, source: str) -> str:
        """The model's rewrite of ``source`` (greedy decoding, bounded length)."""
        import torch

        batch = self.tokenizer(source, truncation=True, max_length=MAX_INPUT_TOKENS, return_tensors="pt")
        batch.pop("token_type_ids", None)
        with torch.inference_mode():
            ids = self.model.generate(**batch, max_new_tokens=MAX_OUTPUT_TOKENS, num_beams=1, do_sample=False)
        return self.tokenizer.decode(ids[0], skip_special_tokens=True).strip()

    def rewrite(self, picked: list[Sentence]) -> Summary | None:
        """Abstractive summary of the ``picked`` sentences, or None when it is not faithful."""
        source = " ".join(s.text for s in picked)
        if not source.strip():
            return None
        output = _SPACE.sub(" ", self.generate(source)).strip()
        if not output or not keeps_hedges_and_attributions(source, output):
            return None
        return Summary(output, list(picked), "abstractive")


def required_terms(source: str) -> list[tuple[str, str]]:
    """(label, text) of the hedges, reporting cues and sources in ``source``."""
    try:
        from server.annotate import annotate

        spans = annotate(source).spans
        return [(s.label, s.text) for s in spans if s.label in ("hedge", "cue", "source")]
    except Exception:  # the annotator is optional here: fall back to the word lists
        log.debug("annotate() unavailable; checking hedges and reporting verbs from the lexicons")
        return _lexicon_terms(source)


def keeps_hedges_and_attributions(source: str, output: str) -> bool:
    """True when every hedge, reporting cue and source of ``source`` is present in ``output``.

    A reporting verb may change tense ("said" → "says"); everything else must appear as is
    (case and spacing aside).
    """
    out = _norm(output)
    for label, term in required_terms(source):
        t = _norm(term)
        if not t or _contains(out, t):
            continue
        if label == "cue" and any(_contains(out, form) for form in _verb_family(t)):
            continue
        return False
    return True


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("’", "'")).strip().lower()


def _contains(haystack: str, needle: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, frozenset[str]]:
    families: dict[str, frozenset[str]] = {}
    try:
        entries = load_table("attribution_verbs.tsv")
    except (OSError, ValueError):
        return families
    for e in entries:
        forms = frozenset(f.strip().lower() for f in (e.extra[0].split(",") if e.extra else []) if f.strip())
        forms |= {e.entry.lower()}
        for form in forms:
            families[form] = forms
    return families


def _verb_family(cue: str) -> frozenset[str]:
    families = _verb_forms()
    forms: set[str] = set()
    for word in cue.split():
        forms |= families.get(word, frozenset())
    return frozenset(forms)


def _lexicon_terms(source: str) -> list[tuple[str, str]]:
    terms = []
    try:
        for e in load_table("hedges.tsv"):
            try:
                m = re.search(r"(?<!\w)(?:" + e.entry + r")(?!\w)", source, re.I)
            except re.error:
                continue
            if m:
                terms.append(("hedge", m.group()))
    except (OSError, ValueError):
        pass
    words = re.findall(r"\w+", source.lower())
    terms += [("cue", w) for w in words if w in _verb_forms()]
    return terms

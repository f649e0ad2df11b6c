"""Annotation stage: who stands behind each claim (attribution) and how firmly it is put (hedges).

``annotate(text)`` returns a ``server.types.Annotation``: the attribution spans (cue, source,
content; see ``attribution``) and the hedge spans (see ``hedges``) sorted by start, the source
ledger (see ``ledger``) and summary statistics.
"""

from __future__ import annotations

import re
from dataclasses import replace

from server.annotate.attribution import find_attributions
from server.annotate.hedges import find_hedges, without_credited
from server.annotate.language import reads_as_english
from server.annotate.grammar import words
from server.annotate.ledger import NAMED_TYPES, build_ledger, compute_stats, reason_for
from server.annotate.quote_marks import DoubledQuotes, read_doubled
from server.annotate.sources import FIRST_PERSON
from server.segment import split_sentences
from server.types import Annotation, Sentence, Span


def annotate(text: str, sentences: list[Sentence] | None = None) -> Annotation:
    """Attribution and hedge spans of ``text``, the source ledger and the stats.

    ``sentences`` defaults to ``server.segment.split_sentences(text)``; pass them when the
    caller already has them. A text that does not read as English (``language``) gets no spans
    and ``stats["english"] == 0``. Never raises on any string input (a non-string reads as "").
    """
    if not isinstance(text, str):
        text = ""
    if sentences is None:
        sentences = split_sentences(text)
    english = reads_as_english(text)
    if not english:
        text = ""  # the patterns are English: another language gets no highlights (stats["english"] == 0)
    read = read_doubled(text)  # ''…'' quotes read as “…”, offsets kept
    attributions = find_attributions(read.text, sentences if english else [])
    hedges = find_hedges(read.text, sentences if english else [])
    sources = build_ledger(attributions, read.text)  # before the spans: it retypes them from the whole article
    hedges = without_credited(hedges, _credited(attributions))
    hedges = [_as_hint(h, attributions, read.text) for h in hedges]
    spans = sorted(attributions.spans + list(hedges), key=lambda s: (s.start, s.end, s.label))
    if read.text is not text:
        spans = [_on_original(s, text, read) for s in spans]
    stats = compute_stats(spans, attributions, sentences)
    stats["english"] = 1.0 if english else 0.0
    return Annotation(spans=spans, sources=sources, stats=stats)


def _credited(attributions) -> list[tuple[int, int]]:
    """The stretches a named source is credited with: a speech's whole claim, and the quoted words
    of any other report ('Smith branded the council "most secretive"', 'Lee added: "…extraordinary"')."""
    named = [(a, s) for a in attributions.items if a.type in NAMED_TYPES and a.name != FIRST_PERSON for s in (a.content, a.rest) if s is not None]  # (not the writer's own "we called it …")
    credited = [(s.start, s.end) for a, s in named if a.kind == "speech"]
    others = [s for a, s in named if a.kind != "speech"]
    credited += [(max(a, s.start), min(b, s.end)) for s in others for a, b in attributions.quoted if a < s.end and s.start < b]
    return credited


def _as_hint(hedge: Span, attributions, text: str) -> Span:
    """An evidence verb that is also a speaker's reporting cue ("The senator suggested his rival
    was on drugs") is a hint by that speaker, not evidence pointing one way: its hover says so.
    A document or record as the source ("The poll suggests …") keeps the evidence hover."""
    if hedge.type != "evidential" or hedge.text.lower() not in _HINT_WORDS or _proposal_after(text, hedge.end):
        return hedge
    for a in attributions.items:
        if a.cue is not None and a.cue.start <= hedge.start and hedge.end <= a.cue.end and a.type in _SPEAKER_TYPES and a.name and a.name != FIRST_PERSON:
            return replace(hedge, reason=reason_for("hint", "hedge", a.name, hedge.text))
    return hedge


_HINT_WORDS = words("hint_verb")
_SPEAKER_TYPES = ("named_person", "organization", "anonymous")  # people and bodies; not documents or records, nor vague sources ("the groupings", "anecdotal evidence")
_FINITE = sorted(words("finite_aux") | words("modal_aux") | words("do_form"))  # "suggested he was …": a finite verb, a claim
_PERSONS = sorted(words("subject_pronoun") - {"it", "which", "who"} | {"you"})
_PROPOSAL = re.compile(r"\s+(?:\w+ing\b|(?:that\s+)?(?:" + "|".join(_PERSONS) + r"|[A-Z]\w+)\s+(?!(?:" + "|".join(_FINITE) + r")\b)[a-z]+(?<!s)(?<!ed)\b)")


def _proposal_after(text: str, end: int) -> bool:
    """"suggested he look at the job", "suggest reserving judgment": a proposal (a bare verb or an
    -ing form after the verb), no hint at a claim."""
    return _PROPOSAL.match(text, end) is not None


def _on_original(span: Span, text: str, read: DoubledQuotes) -> Span:
    """The span of the read text as a span of ``text``: whole '' pairs, the original's words."""
    start, end = read.widen(span.start, span.end)
    return replace(span, start=start, end=end, text=text[start:end])


__all__ = ["annotate"]

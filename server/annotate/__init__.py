"""Annotation stage: who stands behind each claim (attribution) and how firmly it is put (hedges).

``annotate(text)`` returns a ``server.types.Annotation``: the attribution spans (cue, source,
content; see ``attribution``) and the hedge spans (see ``hedges``) sorted by start, the source
ledger (see ``ledger``) and summary statistics.
"""

from __future__ import annotations

from server.types import Annotation, Sentence, Span


def annotate(text: str, sentences: list[Sentence] | None = None) -> Annotation:
    """Attribution and hedge spans of ``text``, the source ledger and the stats.

    ``sentences`` defaults to ``server.segment.split_sentences(text)``; pass them when the
    caller already has them. Never raises on any string input (non-strings are read as "").
    """
    from server.annotate.attribution import find_attributions
    from server.annotate.ledger import build_ledger, compute_stats
    from server.segment import split_sentences

    if not isinstance(text, str):
        text = ""
    if sentences is None:
        sentences = split_sentences(text)
    attributions = find_attributions(text, sentences)
    hedges = _find_hedges(text, sentences)
    spans = sorted(attributions.spans + hedges, key=lambda s: (s.start, s.end, s.label))
    sources = build_ledger(attributions)
    stats = compute_stats(spans, attributions, sentences)
    return Annotation(spans=spans, sources=sources, stats=stats)


def _find_hedges(text: str, sentences: list[Sentence]) -> list[Span]:
    # hedges.py is written in parallel; until it lands the stage still answers (no hedges).
    try:
        from server.annotate.hedges import find_hedges
    except ImportError:
        return []
    return list(find_hedges(text, sentences))


__all__ = ["annotate"]

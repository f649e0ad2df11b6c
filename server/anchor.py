"""Anchor stage: turn annotation spans into highlights the extension can find on the live page.

Each highlight carries a W3C TextQuoteSelector (``exact`` plus up to ``CONTEXT`` characters of
``prefix`` and ``suffix``) and the offsets into ``Article.text``; the extension searches the
rendered page for ``exact``, uses the context and the relative position to choose between
repeated quotes, and never places a highlight on a merely similar passage.

``category`` is the overlay colour: ``named`` (named people, organizations, documents),
``anonymous``, ``vague`` and ``hedge``. The cue, source and content spans of one attribution
share the colour of their group's source type, so a quote reads in one colour.
"""

from __future__ import annotations

from collections.abc import Iterable

from server.types import Highlight, Span

CONTEXT = 32  # characters of prefix/suffix: enough to tell repeated quotes apart

# Source type -> overlay colour. Anything unrecognised is drawn as "vague": a source the
# annotator could not pin down is, for the reader, not a named one.
_CATEGORY_OF_SOURCE_TYPE = {
    "named_person": "named",
    "person": "named",
    "organization": "named",
    "document": "named",
    "named": "named",
    "anonymous": "anonymous",
    "vague": "vague",
}
CATEGORIES = ("named", "anonymous", "vague", "hedge")
# Hedge types drawn in another colour than "hedge": an unsupported judgement (weasel or
# peacock wording, "is widely regarded", "one of the most famous") asks the reader the same
# question as a vague source — who says so? — so it shares the vague colour.
_CATEGORY_OF_HEDGE_TYPE = {"unsupported": "vague"}
# Hedge types the annotator reports but the overlay does not draw: a plain condition ("if",
# "unless") is grammar, not the writer doubting a claim, and marking every "if" on a page
# would bury the hedges that matter. They stay in the annotation output and its counts.
UNDRAWN_HEDGE_TYPES = frozenset({"conditional"})


def anchor(text: str, spans: Iterable[Span]) -> list[Highlight]:
    """Highlights for ``spans`` over ``text``, in span order, ids 0..n-1.

    ``exact == text[start:end]`` always holds: a span whose offsets fall outside ``text``
    is clipped, and an empty or non-Span item is skipped. Never raises on any input.
    """
    if not isinstance(text, str):
        text = ""
    valid = [s for s in (spans or ()) if isinstance(s, Span)
             and not (s.label == "hedge" and s.type in UNDRAWN_HEDGE_TYPES)]
    group_types = _group_source_types(valid)
    highlights: list[Highlight] = []
    for span in valid:
        start, end = _clip(text, span.start, span.end)
        if start >= end or not text[start:end].strip():
            continue
        highlights.append(
            Highlight(
                id=len(highlights),
                start=start,
                end=end,
                exact=text[start:end],
                prefix=text[max(0, start - CONTEXT) : start],
                suffix=text[end : end + CONTEXT],
                label=span.label,
                type=span.type,
                category=category_of(span, group_types),
                group=span.group,
                reason=span.reason,
            )
        )
    return highlights


def category_of(span: Span, group_types: dict[int, str] | None = None) -> str:
    """Overlay colour of ``span``; attribution parts take their group's source type."""
    if span.label == "hedge":
        return _CATEGORY_OF_HEDGE_TYPE.get(str(span.type), "hedge")
    source_type = (group_types or {}).get(span.group, span.type) if span.group is not None else span.type
    return _CATEGORY_OF_SOURCE_TYPE.get(str(source_type).lower(), "vague")


def _group_source_types(spans: list[Span]) -> dict[int, str]:
    # The source span names the group's type; a group without one (e.g. a cue whose source
    # was not found) falls back on the first of its spans that carries a known source type.
    types: dict[int, str] = {}
    for span in spans:
        if span.group is None or span.label == "hedge":
            continue
        if span.label == "source" or (
            span.group not in types and span.type in _CATEGORY_OF_SOURCE_TYPE
        ):
            types[span.group] = span.type
    return types


def _clip(text: str, start: object, end: object) -> tuple[int, int]:
    try:
        s, e = int(start), int(end)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0, 0
    return max(0, min(s, len(text))), max(0, min(e, len(text)))

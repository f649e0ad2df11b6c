"""Doubled apostrophes that stand for quotation marks (''…'', the newswire style of some
archives) read as curly quotes, so that every rule that knows “…” knows them too.

The read text keeps the original's length: an opening pair becomes a space and “, a closing
pair ” and a space. A span found in it that starts at such “ or ends at such ” is widened by
one character to take the whole pair of the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from server.annotate.tokens import quotation_ranges


@dataclass
class DoubledQuotes:
    """The text as read (curly quotes for paired '') and where the pairs were."""

    text: str
    openings: set[int] = field(default_factory=set)  # offsets of the “ that stand for an opening ''
    closings: set[int] = field(default_factory=set)  # offsets just after the ” that stand for a closing ''

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` of a span of the read text, on the original: whole pairs of ''."""
        return (start - 1 if start in self.openings else start, end + 1 if end in self.closings else end)


def read_doubled(text: str) -> DoubledQuotes:
    """``text`` with each paired ''…'' read as “…” (same length); unchanged when there is none."""
    found = DoubledQuotes(text)
    if "''" not in text:
        return found
    out = list(text)
    for start, end in quotation_ranges(text):
        if end - start > 4 and text.startswith("''", start) and text.startswith("''", end - 2):
            out[start : start + 2] = [" ", "“"]
            out[end - 2 : end] = ["”", " "]
            found.openings.add(start + 1)
            found.closings.add(end - 1)
    found.text = "".join(out)
    return found

"""Tokens with offsets and quotation ranges for the attribution rules.

A token is a word (letters/digits with inner apostrophes or hyphens), an abbreviation with
inner dots ("U.S."), or one punctuation character. ``quoted`` marks tokens inside a
quotation: a reporting verb there belongs to someone else's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-]\w+)*|[^\w\s]")
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    low: str
    quoted: bool  # inside a quotation (someone else's words)


def tokenize(text: str, start: int, end: int, quoted_ranges: list[tuple[int, int]]) -> list[Tok]:
    """Tokens of ``text[start:end]`` with absolute offsets and an inside-a-quotation flag."""
    toks = []
    qi = 0
    for m in _TOKEN.finditer(text, start, end):
        s = m.start()
        while qi < len(quoted_ranges) and quoted_ranges[qi][1] <= s:
            qi += 1
        inside = qi < len(quoted_ranges) and quoted_ranges[qi][0] < s < quoted_ranges[qi][1] - 1
        toks.append(Tok(s, m.end(), m.group(), m.group().lower(), inside))
    return toks


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted stretches, quote marks included; never crosses a blank line."""
    ranges = []
    open_at = None
    straight_open = None
    for i, ch in enumerate(text):
        if ch == "\n" and text[i + 1 : i + 2] == "\n":
            open_at = straight_open = None
        elif ch in OPEN_QUOTES:
            open_at = i
        elif ch in CLOSE_QUOTES and open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
        elif ch == '"' or (ch == "'" and text[i + 1 : i + 2] == "'" and text[i - 1 : i] != "'"):
            # "''" (two apostrophes) stands for a double quote in some newswire text
            if straight_open is None:
                straight_open = i
            else:
                ranges.append((straight_open, i + 1))
                straight_open = None
    ranges.sort()
    return ranges

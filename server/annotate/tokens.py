"""Tokens with offsets and quotation ranges for the attribution rules.

A token is a word (letters/digits with inner apostrophes or hyphens), a number with inner
commas or dots ("1,000", "5.2"), an abbreviation with inner dots ("U.S."), or one punctuation
character. ``quoted`` marks tokens inside a
quotation: a reporting verb there belongs to someone else's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

# "1,000" and "5.2" are one number; "PG&E", "AT&T" one name
# ("E! News", "Yahoo! Finance": inside a sentence, a capitalized word with "!" before another
# capitalized word is a brand name; the sentence splitter has already cut real exclamations;
# "5:23PMRubio said": a live blog's time stamp glued to a name is a token of its own;
# "GunBroker.com", "Change.org": a web address is one name; "P5+1", "G7+1": a "+" inside a name joins it)
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}(?:-[a-z]+)*|[A-Z]\w*!(?=[ \t]+[A-Z])|\d{1,2}(?:AM|PM)(?=[A-Z])|\d+(?:[.,]\d+)+(?:[’'\-]\w+)*(?![\w’'\-])|\w+(?:[’'\-]\w+|&[A-Z]\w*|\+\w+|(?:\.\w+)*\.(?:com|org|net|gov|edu)\b)*|[^\w\s]")
_WORD_START = re.compile(r"\w")
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"


class Tok(NamedTuple):
    """One token; a named tuple because sentences make many of them (cheap to build)."""

    start: int
    end: int
    text: str
    low: str
    quoted: bool  # inside a quotation (someone else's words)


class Tokens(list):
    """The tokens of one sentence; remembers sentence-wide facts computed once."""

    title: bool | None = None  # headline capitalization, set by ``phrases.title_case``


def tokenize(text: str, start: int, end: int, quoted_ranges: list[tuple[int, int]]) -> Tokens:
    """Tokens of ``text[start:end]`` with absolute offsets and an inside-a-quotation flag."""
    toks = Tokens()
    qi = max(0, bisect_right(quoted_ranges, (start, start)) - 1)
    count = len(quoted_ranges)
    make = Tok._make  # (half the cost of calling the class: sentences make many tokens)
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        while qi < count and quoted_ranges[qi][1] <= s:
            qi += 1
        word = text[s:e]
        toks.append(make((s, e, word, word.lower(), qi < count and quoted_ranges[qi][0] < s < quoted_ranges[qi][1] - 1)))
    return toks


_QUOTE_MARK = re.compile(r"\n[ \t]*\n|[“”«»„\"]|''")


def quote_opening(toks, k: int) -> int:
    """Index of the first unquoted token at or before ``k``: the opening mark of the quotation
    whose words end at ``k`` (or the token itself when ``k`` is not quoted; -1 at the start)."""
    while k >= 0 and toks[k].quoted:
        k -= 1
    return k


def quotation_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted stretches, quote marks included; never crosses a blank line.

    Curly quotes pair by direction, straight quotes (and "''", two apostrophes standing for a
    double quote in some newswire text) pair in turn; a quote left open at a blank line is dropped.
    """
    ranges = []
    open_at = None
    straight_open = None
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            open_at = straight_open = None
        elif (mark in OPEN_QUOTES and not (open_at is not None and misturned_closer(text, m.start()))) or (
            mark == "”" and open_at is None and straight_open is None and misturned_opener(text, m.start())
        ):
            open_at = m.start()
        elif mark in CLOSE_QUOTES or (open_at is not None and straight_open is None):
            # a closing mark (or a straight one after a curly opening) ends the open quote;
            # pages mix styles ("He said,” ...), so a curly close also ends a straight opening
            begin = open_at if open_at is not None else straight_open
            if begin is not None:
                ranges.append((begin, m.end()))
            open_at = straight_open = None
        elif straight_open is None:
            if _straight_side(text, m.start(), m.end()) != "close":
                straight_open = m.start()  # (a closing-looking mark with nothing open is a stray)
        elif _straight_side(text, m.start(), m.end()) == "open":
            straight_open = m.start()  # a new quotation opens: the earlier mark was a stray
        else:
            ranges.append((straight_open, m.end()))
            straight_open = None
    ranges.sort()
    return ranges


def misturned_opener(text: str, start: int) -> bool:
    """The closing mark at ``start`` opens a quotation: it follows a colon or a line start and a
    capital follows it ('said: ”Bird flu in the year …”', a page's mistyped opening mark)."""
    before = text[max(0, start - 2) : start]
    return start + 1 < len(text) and text[start + 1].isupper() and (before.endswith(": ") or before.endswith(":") or start == 0 or before.endswith("\n"))


def misturned_closer(text: str, start: int) -> bool:
    """The opening mark at ``start`` closes the open quotation: it follows a comma or a stop and a
    space follows it ('“We are staying here,“ said Smith': a page's mistyped closing mark)."""
    return start > 0 and text[start - 1] in ",.!?" and (start + 1 == len(text) or text[start + 1].isspace())


def _straight_side(text: str, start: int, end: int) -> str:
    """"open" or "close" when a straight quote's neighbours tell ("said "We ..." / "... ," he"), else ""."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in "([{—–-") and after.isalnum():
        return "open"
    if after.isspace() or after in ".,;:!?)]}" and (before.isalnum() or before in ".,;:!?"):
        return "close" if not before.isspace() else ""
    return ""


def ed_form(tok: Tok) -> bool:
    """A lowercase word of five or more letters ending in "-ed": a past tense or participle."""
    return tok.text.islower() and tok.low.endswith("ed") and len(tok.low) > 4


def wordlike(text: str) -> bool:
    """The text starts with a letter or digit (a word token, not punctuation)."""
    return _WORD_START.match(text) is not None


def plural_shape(word: str) -> bool:
    """The word ends like a regular plural or a verb in -s ("advocates", "names"), not in "-ss" ("press")."""
    return word.endswith("s") and not word.endswith("ss")


def s_form(tok) -> bool:
    """A lowercase word ending in a single "s" ("labels", "claims", "covers"): a present verb or a plural noun."""
    return tok.text.isalpha() and tok.text.islower() and plural_shape(tok.low)


def dash_width(toks, m: int) -> int:
    """Tokens of a dash between words starting at ``m``: 1 for "—" or "–", 2 for "--" typed as two
    touching hyphens, 0 for anything else (a hyphen inside a word is no token of its own)."""
    if m < 0 or m >= len(toks):
        return 0
    t = toks[m]
    if t.text in ("—", "–"):
        return 1
    return 2 if t.text == "-" and m + 1 < len(toks) and toks[m + 1].text == "-" and toks[m + 1].start == t.end else 0

"""Paragraph-level boilerplate that sits inside article bodies.

readability-lxml and trafilatura both find the right container, then keep what the site put
inside it around the story: donation and subscription appeals, newsletter sign-ups,
"Source link" / "Originally published at" lines, share prompts, "Related:" / "Read more"
pointers, photo credits. Three general mechanisms remove them, driven by the patterns in
``server/data/boilerplate.tsv`` (one reason per entry):

1. **Containers** (``tag`` / ``class`` entries): the text walker skips captions, credits,
   bylines, share bars, newsletter boxes and screen-reader-only labels whole (``skip_element``).
2. **Standalone lines** (``line`` entries): a short paragraph that matches is dropped wherever
   it stands (``end`` entries: only among the last five); so is a short paragraph that is
   nearly all link text (unless it is a bare cited URL), or a short appeal. The lines of a
   ``<br>``-broken paragraph are judged one by one.
3. **A tail block**: publishers append appeals as several paragraphs at the end of the body,
   a call to action followed by first-person-plural talk ("we", "our", "us") about themselves.
   The earliest appeal in the second half of the body starts the block if at least 60% of
   the paragraphs from there to the end carry some signal (appeal, "we", a boilerplate line
   or a lone link); the whole block goes.

Quoted speech is never publisher talk: signals are read on the text outside quotation marks,
and a paragraph with an attribution verb ("said", "told") carries no appeal or "we" signal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from server.lexicon import load_table
from server.textblocks import Block

TABLE = "boilerplate.tsv"
LINE_MAX_WORDS = 30  # a "line" pattern only removes a short paragraph, never a long one
APPEAL_MAX_WORDS = 45  # a lone appeal longer than this is kept unless it is in a tail block
LINK_MAX_WORDS = 25  # a paragraph that is nearly all link text and this short is navigation
LINK_DENSITY = 0.7
END_ZONE = 5  # "end" patterns only apply among the last five paragraphs
CONTAINER_KEEP_CHARS = 600  # a matching container with this much paragraph text is not skipped
TAIL_SHARE = 0.6  # share of signalled paragraphs that makes a tail block boilerplate
# Appeals are a few sentences; a paragraph longer than this is running text, and searching
# it for appeal and "we" patterns would only cost time on pathological pages.
SIGNAL_MAX_WORDS = 300
_WORD = re.compile(r"\w+")
# A line that is only an address (a cited URL or e-mail) is a reference, not navigation.
_URL = re.compile(r"^\S*(https?://|www\.|\w@\w)\S*$")
# Text inside quotation marks: someone else's words, not the publisher's. A quotation left
# open runs to the end of the paragraph (news style when a quote spans paragraphs).
_QUOTED = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^«»]*(?:»|$)|„[^„“”]*(?:[“”]|$)|‘[^‘’]{12,}’")


@lru_cache(maxsize=None)
def _patterns() -> dict:
    by_type: dict[str, list[str]] = {}
    # line/end entries, grouped by the most words a matching paragraph may have
    limited: dict[tuple[str, int], list[str]] = {}
    for entry in load_table(TABLE):
        by_type.setdefault(entry.type, []).append(entry.entry)
        if entry.type in {"line", "end"}:
            limit = int(entry.extra[0]) if entry.extra else LINE_MAX_WORDS
            limited.setdefault((entry.type, limit), []).append(entry.entry)
    join = lambda entries: "|".join(f"(?:{p})" for p in entries)  # noqa: E731
    return {
        "tag": frozenset(by_type.get("tag", [])),
        "class": re.compile(f"(?:^|[^a-z0-9])(?:{join(by_type.get('class', []))})", re.IGNORECASE),
        "line": [(n, re.compile(join(e), re.IGNORECASE)) for (t, n), e in limited.items() if t == "line"],
        "end": [(n, re.compile(join(e), re.IGNORECASE)) for (t, n), e in limited.items() if t == "end"],
        "appeal": re.compile(join(by_type.get("appeal", [])), re.IGNORECASE),
        "we": re.compile(join(by_type.get("we", [])), re.IGNORECASE),
        "speech": re.compile(join(by_type.get("speech", [])), re.IGNORECASE),
    }


def _matches(groups: list[tuple[int, re.Pattern]], text: str, words: int) -> bool:
    return any(words <= limit and pattern.search(text) for limit, pattern in groups)


def skip_element(el: etree._Element) -> bool:
    """True for an element whose whole subtree is not article text (caption, share bar ...).

    A matching container that holds several paragraphs of running text is kept all the same:
    a class name alone must not cost the article its body.
    """
    pats = _patterns()
    if el.tag in pats["tag"]:
        return True
    hints = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    if not hints or pats["class"].search(hints.lower()) is None:
        return False
    paragraphs = el.findall(".//p")
    return len(paragraphs) < 3 or sum(len(p.text_content()) for p in paragraphs) < CONTAINER_KEEP_CHARS


@dataclass(frozen=True)
class Signals:
    line: bool  # a short paragraph matching a boilerplate line pattern
    linky: bool  # a short paragraph of nearly all link text
    appeal: bool  # a reader appeal outside quotation marks, not reported speech
    we: bool  # first-person-plural talk outside quotation marks, not reported speech
    words: int

    @property
    def strong(self) -> bool:
        return self.line or self.linky or self.appeal

    @property
    def standalone(self) -> bool:
        """Drop wherever it stands: a short boilerplate line, link-only line or short appeal."""
        return self.line or self.linky or (self.appeal and self.words <= APPEAL_MAX_WORDS)


def signals(block: Block, in_tail_zone: bool = True, at_end: bool = True) -> Signals:
    """Boilerplate signals of one paragraph.

    Appeals and "we" are read outside quotation marks, and a paragraph reporting speech
    carries neither. Outside the tail zone (the body's first half) only what can drop a
    paragraph on its own is computed.
    """
    pats = _patterns()
    words = len(_WORD.findall(block.text))
    line = _matches(pats["line"], block.text, words) or (at_end and _matches(pats["end"], block.text, words))
    linky = words <= LINK_MAX_WORDS and block.link_density >= LINK_DENSITY and not _URL.match(block.text)
    appeal = we = False
    if words <= SIGNAL_MAX_WORDS and (in_tail_zone or words <= APPEAL_MAX_WORDS):
        own = _QUOTED.sub(" ", block.text)
        if not pats["speech"].search(own):
            appeal = pats["appeal"].search(own) is not None
            we = in_tail_zone and pats["we"].search(own) is not None
    return Signals(line, linky, appeal, we, words)


def tail_start(marks: list[Signals]) -> int:
    """Index where a boilerplate tail block begins (``len(marks)`` when there is none)."""
    n = len(marks)
    for i in range(n // 2, n):
        if not marks[i].appeal:
            continue
        signalled = sum(1 for m in marks[i:] if m.strong or m.we)
        if signalled >= TAIL_SHARE * (n - i):
            return i
    return n


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the appeal tail block and without standalone boilerplate lines."""
    half, end_zone = len(blocks) // 2, len(blocks) - END_ZONE
    marks = [signals(b, i >= half, i >= end_zone) for i, b in enumerate(blocks)]
    end = tail_start(marks)
    return [b for b, m in zip(blocks[:end], marks) if not m.standalone]

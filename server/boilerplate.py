"""Paragraph-level boilerplate that sits inside article bodies.

readability-lxml and trafilatura both find the right container, then keep what the site put
inside it around the story: donation and subscription appeals, newsletter sign-ups,
"Source link" / "Originally published at" lines, share prompts, "Related:" / "Read more"
pointers, photo credits. Three general mechanisms remove them, driven by the patterns in
``server/data/boilerplate.tsv`` (one reason per entry):

1. **Containers** (``tag`` / ``class`` entries): the text walker skips captions, credits,
   bylines, share bars, newsletter boxes and screen-reader-only labels whole (``skip_element``).
2. **Standalone lines** (``line`` entries): a short paragraph that matches is dropped wherever
   it stands; so is a short paragraph that is nearly all link text, or a short appeal.
3. **A tail block**: publishers append appeals as several paragraphs at the end of the body,
   a call to action followed by first-person-plural talk ("we", "our", "us") about themselves.
   The earliest paragraph in the second half that carries a strong signal (an appeal, a
   boilerplate line or a lone link) starts the block if at least 60% of the paragraphs from
   there to the end carry some signal; the whole block goes.

Quoted speech is never publisher talk: signals are read on the text outside quotation marks,
and a paragraph with an attribution verb ("said", "told") carries no appeal or "we" signal.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from server.lexicon import load_table
from server.textblocks import Block

TABLE = "boilerplate.tsv"
LINE_MAX_WORDS = 30  # a "line" pattern only removes a short paragraph, never a long one
APPEAL_MAX_WORDS = 45  # a lone appeal longer than this is kept unless it is in a tail block
LINK_MAX_WORDS = 25  # a paragraph that is nearly all link text and this short is navigation
LINK_DENSITY = 0.8
TAIL_SHARE = 0.6  # share of signalled paragraphs that makes a tail block boilerplate
_WORD = re.compile(r"\w+")
# Text inside quotation marks: someone else's words, not the publisher's.
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]|‘[^‘’]{12,}’")


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern | frozenset]:
    by_type: dict[str, list[str]] = {}
    for entry in load_table(TABLE):
        by_type.setdefault(entry.type, []).append(entry.entry)
    join = lambda kind: "|".join(f"(?:{p})" for p in by_type.get(kind, []))  # noqa: E731
    return {
        "tag": frozenset(by_type.get("tag", [])),
        "class": re.compile(f"(?:^|[^a-z0-9])(?:{join('class')})", re.IGNORECASE),
        "line": re.compile(join("line"), re.IGNORECASE),
        "appeal": re.compile(join("appeal"), re.IGNORECASE),
        "we": re.compile(join("we"), re.IGNORECASE),
        "speech": re.compile(join("speech"), re.IGNORECASE),
    }


def skip_element(el: etree._Element) -> bool:
    """True for an element whose whole subtree is not article text (caption, share bar ...)."""
    pats = _patterns()
    if el.tag in pats["tag"]:
        return True
    hints = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
    return bool(hints) and pats["class"].search(hints.lower()) is not None


def signals(block: Block) -> tuple[bool, bool]:
    """(strong, weak) boilerplate signals of one paragraph.

    Strong: a boilerplate line, a reader appeal, or a short paragraph of nearly all link text.
    Weak: first-person-plural publisher talk. Both are read outside quotation marks, and a
    paragraph reporting speech carries neither appeal nor "we".
    """
    pats = _patterns()
    words = len(_WORD.findall(block.text))
    own = _QUOTED.sub(" ", block.text)
    speech = pats["speech"].search(own) is not None
    line = words <= LINE_MAX_WORDS and pats["line"].search(block.text) is not None
    linky = words <= LINK_MAX_WORDS and block.link_density >= LINK_DENSITY
    appeal = not speech and pats["appeal"].search(own) is not None
    we = not speech and pats["we"].search(own) is not None
    return line or linky or appeal, we


def is_boilerplate_line(block: Block) -> bool:
    """A paragraph to drop wherever it stands: a short boilerplate line, link list item or appeal."""
    pats = _patterns()
    words = len(_WORD.findall(block.text))
    if words <= LINE_MAX_WORDS and pats["line"].search(block.text):
        return True
    if words <= LINK_MAX_WORDS and block.link_density >= LINK_DENSITY:
        return True
    if words <= APPEAL_MAX_WORDS:
        own = _QUOTED.sub(" ", block.text)
        return pats["appeal"].search(own) is not None and not pats["speech"].search(own)
    return False


def tail_start(blocks: list[Block]) -> int:
    """Index where a boilerplate tail block begins (``len(blocks)`` when there is none)."""
    n = len(blocks)
    marks = [signals(b) for b in blocks]
    for i in range(n // 2, n):
        if not marks[i][0]:
            continue
        signalled = sum(1 for strong, weak in marks[i:] if strong or weak)
        if signalled >= TAIL_SHARE * (n - i):
            return i
    return n


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the appeal tail block and without standalone boilerplate lines."""
    if not blocks:
        return blocks
    blocks = blocks[: tail_start(blocks)]
    return [b for b in blocks if not is_boilerplate_line(b)]

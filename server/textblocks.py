"""Turn the cleaned article HTML into text blocks (paragraphs) the way a browser lays them out.

A block element (p, h1-h6, blockquote, li, pre, figcaption, tr, div ...) starts and ends a
block; inline elements run into the current one; a table row is one block, cells spaced. Whitespace collapses as the browser renders
it (any run becomes one space, except inside ``pre``). A single ``<br>`` is a line break
inside the block; two in a row (the old "paragraphs made of br" markup) end the block.
Each block carries its kind (heading, quote, list_item or paragraph, from the innermost
element that decides it) and how much of its text sits inside links, a signal the
boilerplate filter uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from lxml import etree

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr "
    "html legend li main menu nav ol p pre section summary table tbody tfoot thead tr ul".split()
)
# Content that never shows as text.
SKIP_TAGS = frozenset(
    "script style noscript template button select option textarea input svg math iframe "
    "object embed canvas audio video map head title meta link".split()
)
KIND_OF_TAG = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "list_item", "dt": "list_item", "dd": "list_item",
    "blockquote": "quote", "q": "quote",
}
_BREAK = "\x00"  # stands for <br>; NUL never survives input sanitising, so it cannot collide
_SPACE = re.compile(r"[^\S\x00]+")
_MAX_DEPTH = 300  # deeper nesting is read flat, which keeps the recursion within Python's limit


@dataclass
class Block:
    text: str
    kind: str  # "paragraph" | "heading" | "quote" | "list_item"
    tag: str  # the element that closed the block, e.g. "p", "h2", "figcaption"
    link_chars: int = 0  # characters of text inside <a>
    group: int = -1  # the lines of one paragraph (split at <br>) share a group

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


class _Walker:
    def __init__(self, skip: Callable[[etree._Element], bool] | None) -> None:
        self.skip = skip
        self.blocks: list[Block] = []
        self.pieces: list[tuple[str, bool]] = []  # (text, inside a link)
        self.group = 0

    def flush(self, kind: str, tag: str, pre: bool) -> None:
        if not self.pieces:
            return
        # Cut the pieces into lines at <br> (and at newlines inside <pre>), keeping per line
        # how much of its text is link text.
        lines: list[list[str]] = [["", ""]]
        for text, in_link in self.pieces:
            if pre:
                text = text.replace("\r", "").replace("\n", _BREAK)
            for i, part in enumerate(text.split(_BREAK)):
                if i:
                    lines.append(["", ""])
                lines[-1][0] += part
                if in_link:
                    lines[-1][1] += part
        self.pieces = []
        # Each line is its own block, so the boilerplate filter can judge it alone; lines of
        # one paragraph share a group and are joined again by ``join_lines``. An empty line
        # (a double <br>, or a blank line inside <pre>) starts a new paragraph.
        self.group += 1
        for raw, linked in lines:
            text = raw.rstrip() if pre else _SPACE.sub(" ", raw).strip()
            if not text.strip():
                self.group += 1
                continue
            link_chars = min(len(text), len(_SPACE.sub(" ", linked).strip()))
            self.blocks.append(Block(text, kind, tag, link_chars, self.group))

    def walk(self, el, kind: str, tag: str, pre: bool, in_link: bool, depth: int) -> None:
        name = el.tag if isinstance(el.tag, str) else None
        if name is not None:
            name = name.lower().rpartition("}")[2]
        if name is None or name in SKIP_TAGS or (self.skip is not None and self.skip(el)):
            pass  # comments, processing instructions and invisible content: only the tail shows
        elif name == "br":
            self.pieces.append((_BREAK, in_link))
        elif depth >= _MAX_DEPTH:
            # Pathological nesting: take the text flat instead of recursing further.
            self.pieces.append(("".join(el.itertext()), in_link))
        elif name in ("td", "th"):
            # A table row reads as one line, its cells apart (the browser puts a tab between
            # them); a cell holding paragraphs still breaks into blocks inside.
            self.pieces.append((" ", in_link))
            self.descend(el, kind, tag, pre, in_link, depth)
            self.pieces.append((" ", in_link))
        elif name in BLOCK_TAGS:
            self.flush(kind, tag, pre)
            own_kind = KIND_OF_TAG.get(name, kind)
            own_pre = pre or name == "pre"
            self.descend(el, own_kind, name, own_pre, in_link, depth)
            self.flush(own_kind, name, own_pre)
        else:
            self.descend(el, KIND_OF_TAG.get(name, kind) if name == "q" else kind, tag, pre,
                         in_link or name == "a", depth)
        if el.tail:
            self.pieces.append((el.tail, in_link))

    def descend(self, el, kind: str, tag: str, pre: bool, in_link: bool, depth: int) -> None:
        if el.text:
            self.pieces.append((el.text, in_link))
        for child in el:
            self.walk(child, kind, tag, pre, in_link, depth + 1)


def html_blocks(root: etree._Element, skip: Callable[[etree._Element], bool] | None = None) -> list[Block]:
    """Blocks of visible text under ``root`` in document order, empty ones left out.

    ``skip(element)`` returning True leaves out that element's subtree (its tail still shows).
    """
    walker = _Walker(skip)
    walker.descend(root, "paragraph", "div", False, False, 0)
    walker.flush("paragraph", "div", False)
    return [b for b in walker.blocks if b.text.strip()]


def join_lines(blocks: list[Block]) -> list[Block]:
    """Join consecutive lines of one paragraph (same group) back into one block, with "\\n"."""
    joined = join_adjacent(blocks, lambda last, block: "\n" if block.group >= 0 and block.group == last.group else None)
    for block in joined:
        block.text = block.text.strip()
    return [b for b in joined if b.text]


def join_adjacent(blocks: list[Block], separator: Callable[[Block, Block], str | None]) -> list[Block]:
    """Blocks with each one joined to the one before it where ``separator(before, block)`` gives
    the text between them (None keeps them apart); the joined block keeps the first one's kind."""
    joined: list[Block] = []
    for block in blocks:
        sep = separator(joined[-1], block) if joined else None
        if sep is not None:
            last = joined[-1]
            joined[-1] = Block(f"{last.text}{sep}{block.text}", last.kind, last.tag, last.link_chars + block.link_chars, last.group)
        else:
            joined.append(block)
    return joined

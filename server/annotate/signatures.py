"""Signature lines under embedded posts: "— Dele Alli (@dele_official) November 19, 2019".

A news page that embeds a tweet keeps its text as a paragraph and, below it, the line naming
the account and the date. That line credits the paragraph above it to the account: an
attribution whose source is the name, whose cue is the handle and whose claim is the post (its
trailing links left out). The patterns live in ``server/data/signatures.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from server.lexicon import load_table

_TRAILING_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+|[⬇️↓]+))+\s*$")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Signature:
    """Character ranges (start, end) of a signed post: the account's name, its handle, the post."""

    name: tuple[int, int]
    handle: tuple[int, int]
    post: tuple[int, int]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(e.entry, re.MULTILINE) for e in load_table("signatures.tsv"))


def signatures(text: str) -> list[Signature]:
    """The signed posts of ``text`` in order; a signature with no words above it is left out."""
    if "(@" not in text:
        return []
    found = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            post = _post_above(text, m.start())
            if post is not None:
                found.append(Signature(m.span("name"), m.span("handle"), post))
    return sorted(found, key=lambda s: s.name)


def _post_above(text: str, at: int) -> tuple[int, int] | None:
    """The paragraph above the signature line at ``at`` without its trailing links; a paragraph
    that is only links ("pic.twitter.com/…") leaves the one above it as the post."""
    end = at
    for _ in range(2):
        head = text[:end].rstrip()
        breaks = list(_PARAGRAPH_BREAK.finditer(head))
        start = breaks[-1].end() if breaks else 0
        body_end = start + len(_TRAILING_LINKS.sub("", head[start:]))
        if re.search(r"\w", text[start:body_end]):
            return (start, body_end)
        end = start
    return None

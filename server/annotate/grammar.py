"""Closed-class word sets of the attribution rules, read from ``attribution_grammar.tsv``, and word
endings that tell a part of speech, read from ``word_endings.tsv``.

``words("clause")`` is the set of words whose lines carry the type ``clause``; the rules name
the sets they use, so that no word list lives in the code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from server.lexicon import load_table


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Words of set ``name``; raises KeyError for a set the data file does not define."""
    found = frozenset(e.entry for e in load_table("attribution_grammar.tsv") if e.type == name)
    if not found:
        raise KeyError(f"no word set {name!r} in attribution_grammar.tsv")
    return found


@lru_cache(maxsize=None)
def ending(name: str, stem: str = r"\w{3,}") -> re.Pattern:
    """Pattern of a whole word: ``stem`` then one of the endings of set ``name`` in ``word_endings.tsv``
    ("political" matches ``ending("lowercase_adjective")``); raises KeyError for an unknown set."""
    found = [e.entry for e in load_table("word_endings.tsv") if e.type == name]
    if not found:
        raise KeyError(f"no ending set {name!r} in word_endings.tsv")
    return re.compile(rf"^{stem}(?:{'|'.join(map(re.escape, found))})$")

"""Closed-class word sets of the attribution rules, read from ``attribution_grammar.tsv``.

``words("clause")`` is the set of words whose lines carry the type ``clause``; the rules name
the sets they use, so that no word list lives in the code.
"""

from __future__ import annotations

from functools import lru_cache

from server.lexicon import load_table


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Words of set ``name``; raises KeyError for a set the data file does not define."""
    found = frozenset(e.entry for e in load_table("attribution_grammar.tsv") if e.type == name)
    if not found:
        raise KeyError(f"no word set {name!r} in attribution_grammar.tsv")
    return found

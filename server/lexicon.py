"""Loader for the word lists and patterns in ``server/data/*.tsv``.

Format, one entry a line, tab-separated:

    # comment lines and blank lines are ignored
    entry<TAB>type<TAB>reason

The first column is the word, phrase or regular expression; the second a category the
stage defines; the last is why the entry is there (a test checks that every entry has
one). Extra columns between type and reason are kept in ``Entry.extra``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Entry:
    entry: str
    type: str
    reason: str
    extra: tuple[str, ...] = ()
    line: int = 0


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[Entry, ...]:
    """Entries of ``server/data/<name>`` in file order; raises ValueError on a malformed line."""
    entries = []
    path = DATA_DIR / name
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) < 3 or not cols[0] or not cols[-1].strip():
            raise ValueError(f"{path}:{number}: expected 'entry<TAB>type<TAB>reason', got {raw!r}")
        entries.append(Entry(cols[0], cols[1], cols[-1].strip(), tuple(cols[2:-1]), number))
    return tuple(entries)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The most frequent English function words (``english_function_words.tsv``)."""
    return frozenset(e.entry for e in load_table("english_function_words.tsv"))

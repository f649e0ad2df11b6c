"""Hedge detection: the words that show how sure the writer (or the source) is.

``find_hedges(text, sentences)`` returns ``Span``s with ``label="hedge"`` and ``type`` one of
``modal`` (may, might, could), ``conditional`` (if, unless: the claim holds only under a
condition; its own type so that a reader or the extension can mute it), ``evidential``
(reportedly, seems, suggests), ``tentative`` (is considering, in early stages),
``approximator`` (about 200), ``distancing`` (so-called, alleged) and ``unsupported`` (weasel
and peacock wording no one is named for: "is widely regarded", "one of the most famous",
"many"). The cues are patterns in ``server/data/hedges.tsv`` and
``server/data/unsupported.tsv``; the known false readings (May the month, "could not be
reached", "appeared on TV") are vetoed by ``server/data/hedge_exceptions.tsv``; for the
ambiguous words that the hedge corpora cover, a small logistic model (``hedge_model``)
decides from the neighbouring words whether this occurrence is a hedge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from server.annotate import hedge_model
from server.annotate.regex_index import FirstCharIndex
from server.lexicon import load_table
from server.types import Sentence, Span

HEDGE_TABLE = "hedges.tsv"
UNSUPPORTED_TABLE = "unsupported.tsv"  # weasel and peacock wording, type "unsupported"
EXCEPTION_TABLE = "hedge_exceptions.tsv"
TYPES = ("modal", "conditional", "evidential", "tentative", "approximator", "distancing", "unsupported")

# Trimmed from both ends of a highlight: a cue is words, not the quotes or commas around them.
_EDGE_CHARS = " \t\r\n,.;:!?\"'“”‘’()[]{}"


@dataclass(frozen=True)
class Rule:
    key: str  # the entry as written in the table: the model's name for this cue
    pattern: re.Pattern
    type: str
    reason: str
    example: str


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule


def _whole_words(entry: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + entry + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def hedge_rules() -> tuple[Rule, ...]:
    """The cue patterns of ``hedges.tsv`` then ``unsupported.tsv``, compiled once."""
    rules = []
    for table in (HEDGE_TABLE, UNSUPPORTED_TABLE):
        for e in load_table(table):
            if e.type not in TYPES:
                raise ValueError(f"{table}:{e.line}: unknown hedge type {e.type!r}")
            rules.append(Rule(e.entry, _whole_words(e.entry), e.type, e.reason, e.extra[0] if e.extra else ""))
    return tuple(rules)


@lru_cache(maxsize=1)
def exception_patterns() -> tuple[re.Pattern, ...]:
    """The veto patterns of ``hedge_exceptions.tsv``, compiled once."""
    return tuple(_whole_words(e.entry) for e in load_table(EXCEPTION_TABLE))


def find_hedges(text: str, sentences: list[Sentence] | None = None) -> list[Span]:
    """Hedge spans of ``text``, sorted and non-overlapping, each with its type and reason.

    ``sentences`` (from ``server.segment.split_sentences``) tell where sentences start, which
    the disambiguation uses ("May" opening a sentence is the modal); when missing, sentence
    starts are guessed from end punctuation. Never raises on a string.
    """
    if not isinstance(text, str) or not text:
        return []
    starts = _sentence_starts(text, sentences)
    candidates = _vetoed(text, find_candidates(text))
    kept = [c for c in candidates if hedge_model.keep(text, c.start, c.end, c.rule.key, starts)]
    return [
        Span(c.start, c.end, text[c.start : c.end], "hedge", c.rule.type, None, c.rule.reason)
        for c in _without_overlaps(kept)
    ]


def without_credited(hedges: list[Span], credited: list[tuple[int, int]]) -> list[Span]:
    """``hedges`` without the ``unsupported`` ones inside a claim credited to a named source
    (``credited``: its (start, end) ranges): '“Jan is an awesome teacher,” Lee said' names who
    praises her, so the praise is Lee's, not wording no one is named for."""
    if not credited:
        return hedges
    return [h for h in hedges if h.type != "unsupported" or not any(a <= h.start and h.end <= b for a, b in credited)]


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every cue pattern (overlaps and false readings included)."""
    rules = hedge_rules()
    found = []
    for i, m in _rule_index().matches(text):
        start, end = _trim(text, *_highlight(m))
        if end > start:
            found.append(Candidate(start, end, rules[i]))
    return found


def _highlight(m: re.Match) -> tuple[int, int]:
    # "cue", "cue2", ...: the part to highlight (alternatives need distinct group names)
    for name in m.re.groupindex:
        if name.startswith("cue") and m.group(name) is not None:
            return m.span(name)
    return m.span()


@lru_cache(maxsize=1)
def _rule_index() -> FirstCharIndex:
    return FirstCharIndex([r.pattern for r in hedge_rules()], [r.key for r in hedge_rules()])


@lru_cache(maxsize=1)
def _exception_index() -> FirstCharIndex:
    return FirstCharIndex(list(exception_patterns()), [e.entry for e in load_table(EXCEPTION_TABLE)])


def _vetoed(text: str, candidates: list[Candidate]) -> list[Candidate]:
    if not candidates:
        return candidates
    blocked = bytearray(len(text))  # 1 where a veto covers the character
    for _, m in _exception_index().matches(text):
        start, end = _highlight(m)
        blocked[start:end] = b"\x01" * (end - start)
    return [c for c in candidates if not any(blocked[c.start : c.end])]


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    # Longest highlight first so "may or may not" beats "may"; ties go to the earlier entry.
    order = _rule_order()
    chosen: list[Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))
    for c in sorted(candidates, key=lambda c: (c.start - c.end, order[c.rule.key], c.start)):
        if not any(taken[c.start : c.end]):
            chosen.append(c)
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return sorted(chosen, key=lambda c: c.start)


@lru_cache(maxsize=1)
def _rule_order() -> dict[str, int]:
    return {rule.key: i for i, rule in enumerate(hedge_rules())}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    return start, end


_WORD_CHAR = re.compile(r"\w")
_GUESSED_START = re.compile(r"(?:^|[.!?][\"'”’)]*\s+|\n)\W*")


def _sentence_starts(text: str, sentences: list[Sentence] | None) -> list[int]:
    """Sorted offsets where sentences begin (first word character of each)."""
    if sentences:
        starts = []
        for s in sentences:
            m = _WORD_CHAR.search(text, s.start, s.end) if 0 <= s.start < s.end <= len(text) else None
            if m:
                starts.append(m.start())
        if starts:
            return sorted(starts)
    return [m.end() for m in _GUESSED_START.finditer(text)]



def warm_up() -> None:
    """Compile the cue tables and load the learned filter now rather than on the first text."""
    _rule_index()
    _exception_index()
    _rule_order()
    hedge_model.load_model()


# The service imports this module once, at start: the ~0.1 s of compiling ~200 patterns is
# paid then, not by the first article a reader opens.
warm_up()

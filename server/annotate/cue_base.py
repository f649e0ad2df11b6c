"""Shared pieces of the attribution cue rules: the lexicons, the candidate record, verb groups.

The lexicons come from ``server/data/attribution_*.tsv`` (loaded once): reporting-verb forms
with their class, cue phrases by kind, the verb-group modifiers and the false-positive patterns.
``Cand`` is one attribution found in a sentence before its spans are built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from server.annotate.grammar import words
from server.lexicon import load_table

_IRREGULAR_PAST = words("irregular_past")
_NOT_ADVERBS = words("ly_not_adverb")


@dataclass(frozen=True)
class VerbForm:
    """One inflected form of a reporting verb in ``attribution_verbs.tsv``."""

    lemma: str
    cls: str  # speech | complement | stance
    form: str
    words: int

    @property
    def ing(self) -> bool:
        """An -ing form, also of a particle verb ("saying", "pushing back against")."""
        return self.form.split()[0].endswith("ing")


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, VerbForm]:
    """Every listed form ("said", "points out") -> its ``VerbForm``."""
    forms: dict[str, VerbForm] = {}
    for e in load_table("attribution_verbs.tsv"):
        for form in e.extra[0].split(","):
            form = form.strip().lower()
            if form:
                forms[form] = VerbForm(e.entry, e.type, form, len(form.split()))
    return forms


@lru_cache(maxsize=1)
def verb_widths() -> dict[str, tuple[int, ...]]:
    """First word of a verb form -> the numbers of words of the forms it begins, longest first
    ("points" -> (2, 1): "points out", "points"); a word starting no form is not a key."""
    widths: dict[str, set[int]] = {}
    for form, vf in verb_forms().items():
        widths.setdefault(form.split()[0], set()).add(vf.words)
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in widths.items()}


@lru_cache(maxsize=1)
def cue_phrases() -> dict[str, list[tuple[str, ...]]]:
    """Cue phrases of ``attribution_cues.tsv`` by kind, each as a tuple of lowercase words."""
    kinds: dict[str, list[tuple[str, ...]]] = {}
    for e in load_table("attribution_cues.tsv"):
        kinds.setdefault(e.type, []).append(tuple(e.entry.lower().split()))
    return kinds


# Verb classes that report what someone said or thinks and take a clause ("said that", "showed
# that", "believes that"); "stance" and "raising" verbs do not.
REPORTING_CLASSES = frozenset({"speech", "complement", "opinion"})


@lru_cache(maxsize=None)
def cue_phrases_by_first_word(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cue phrases of one kind grouped by their first word, in file order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cue_phrases().get(kind, []):
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in index.items()}


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """First words of every verb form and cue phrase: a cheap gate before the full lookups."""
    words = {form.split()[0] for form in verb_forms()}
    for phrases in cue_phrases().values():
        words.update(p[0] for p in phrases)
    return frozenset(words)


@lru_cache(maxsize=1)
def passive_participles() -> frozenset[str]:
    """Participles of agentless passive weasels ("regarded", "believed")."""
    return frozenset(p[0] for p in cue_phrases().get("passive_weasel", []))


@lru_cache(maxsize=1)
def attitude_adjectives() -> frozenset[str]:
    """Adjectives of attitude that make a cue after a copula ("wary", "confident")."""
    return frozenset(p[0] for p in cue_phrases().get("attitude_adjective", []))


@lru_cache(maxsize=1)
def modifiers() -> frozenset[str]:
    """Auxiliaries, negations and adverbs that belong to a cue's verb group."""
    return frozenset(e.entry.lower() for e in load_table("attribution_modifiers.tsv"))


@lru_cache(maxsize=1)
def negations() -> frozenset[str]:
    """The negations of a cue's verb group ("not", "never", "wouldn't")."""
    return frozenset(e.entry.lower() for e in load_table("attribution_modifiers.tsv") if e.type == "neg")


@lru_cache(maxsize=1)
def outside_modifiers() -> frozenset[str]:
    """Modifiers that stand between the subject and the verb but belong to neither ("he too has denied")."""
    return frozenset(e.entry.lower() for e in load_table("attribution_modifiers.tsv") if e.type == "outside")


@lru_cache(maxsize=1)
def false_positives() -> list[re.Pattern]:
    """Compiled patterns whose matches are never cues ("so-called", "all told")."""
    return [re.compile(e.entry) for e in load_table("attribution_false_positives.tsv")]


@dataclass
class Cand:
    """One attribution found in a sentence: token ranges of cue and source, content offsets."""

    cue: tuple[int, int]  # token indices [i, j)
    source: tuple[int, int] | None
    content: tuple[int, int] | None  # character offsets
    source_after: bool = False
    cls: str = "speech"
    impersonal: bool = False  # "it is believed that": nobody is named
    passive: bool = False  # agentless passive weasel: no source at all
    impression: bool = False  # "X seems to ...": the writer's impression, no source at all
    inherit: bool = False  # source guessed from the sentence start ("..., saying ...")
    coordinated: bool = False  # "X did this and VERB ...": the verb shares the subject of an earlier verb
    rest: tuple[int, int] | None = None  # "At the heart of it, she said, is inequality": the content after a mid-sentence frame
    needs_speaker: bool = False  # "..., but added that ...": kept only after an attribution with a source in the sentence
    unspanned: bool = False  # the source range names the speaker, but another attribution's span draws it

    @property
    def holds_reports(self) -> bool:
        """Cues inside this content are reports within it; a poll's content holds figures and a digest's
        credit line ("… [Reuters.]") a whole item: their cues stay."""
        return self.cls not in ("poll", "credit")


def manner_adverb(tok) -> bool:
    """An -ly adverb inside the verb group ("forcefully told", "vocally called")."""
    return len(tok.low) > 4 and tok.low.endswith("ly") and tok.text.islower() and tok.low not in _NOT_ADVERBS


def form_is_participle(vf: VerbForm) -> bool:
    """True for past-participle-looking forms ("expected", "said", "thought")."""
    last = vf.form.split()[0]
    return last.endswith(("ed", "en")) or last in _IRREGULAR_PAST

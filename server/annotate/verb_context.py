"""What stands around a reporting verb: the clause shapes that decide whether it is a cue.

Quotations just before it ("“...,” Krauze wrote"), a particle that belongs to it ("asked
about"), a reduced relative ("a report released Sunday shows"), a relative subject ("the
union, which endorsed ..."), a characterization frame ("described X as Y"), a document issued
with a participle ("issued a statement, saying ..."), an amount after a capacity verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from server.annotate import sources as srcmod
from server.annotate.cue_base import VerbForm, modifiers, outside_modifiers
from server.annotate.cue_base import cue_phrases as _cue_phrases
from server.annotate.cue_base import verb_forms as _verb_forms
from server.annotate.grammar import words
from server.annotate.phrases import _TIME_WORDS, clear_source, comma_before, phrase_text, source_left
from server.annotate.tokens import CLOSE_QUOTES, wordlike

_AMOUNT_LEADS = words("amount_lead")
_BARE_PARTICLES = words("bare_particle")
_CLAUSE_WORDS = words("clause")
_DETERMINERS = words("determiner")
_IRREGULAR_PAST = words("irregular_past")
_ISSUED_DOCUMENTS = words("issued_document")
_ISSUE_VERBS = words("issue_verb")
_MESSAGE_NOUNS = words("message_noun")
_NUMBER_WORDS = words("number_word")
_PARTICLE_BLOCKERS = words("particle_blocker")
_RELATIVES = words("relative_pronoun")
_SUBJECT_PRONOUNS = words("subject_pronoun")

def issued_document(toks, g) -> int:
    """Start of ``issued/released a statement [date][,] V-ing`` before the participle at ``g``.

    Putting out a statement, letter or email that says something is one act of saying; the
    participle alone would lose the issuing verb. Returns ``g`` when the pattern is absent.
    """
    k = g - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    stop = k - 3
    while k > stop and k >= 0 and (toks[k].low in _TIME_WORDS or toks[k].text.isdigit()):
        k -= 1  # "Thursday", "Wednesday evening"
    if k < 2 or toks[k].low not in _ISSUED_DOCUMENTS:
        return g
    k -= 1
    if k >= 1 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _DETERMINERS:
        k -= 1  # "a brief statement", "a mass email"
    if k < 1 or toks[k].low not in ("a", "an"):
        return g
    k -= 1
    if k >= 1 and (toks[k - 1].low, toks[k].low) == ("put", "out"):
        return k - 1
    return k if toks[k].low in _ISSUE_VERBS else g


def subject_before_relative(toks, k) -> tuple[int, int] | None:
    """``NP that/who ... OBJECT VERB``: the noun phrase a relative clause hangs on, or None."""
    for m in range(k - 1, max(0, k - 12), -1):
        if toks[m].text in (",", ";", ":") or toks[m].quoted:
            return None
        if toks[m].low in _RELATIVES and m > 0:
            head = source_left(toks, m)
            return head if head is not None and head[1] == m else None
    return None


def quote_then_words(toks, k) -> int | None:
    """Index after the quotation when ``“...,” WORDS`` ends right before token ``k``, else None.

    "“...,” Mexican journalist and anchor León Krauze wrote": the subject scan stops at "and",
    but the frame still follows the quotation; so does a list of titles ("chairman, CEO and
    president Craig Menear said").
    """
    for m in range(k - 1, max(-1, k - 8), -1):
        t = toks[m]
        if t.text in CLOSE_QUOTES + '"':
            return m + 1 if m > 0 and toks[m - 1].text in (",", "?", "!") else None
        if t.text == "," and m > 0 and toks[m - 1].text.isalpha() and not toks[m - 1].quoted:
            continue  # "chairman, CEO and president Craig Menear": a list of titles
        if t.quoted or not t.text.isalpha() or (t.low in _CLAUSE_WORDS and t.low != "and"):
            return None
        if t.low in _verb_forms() and not (m == k - 1 and t.text.islower() and toks[k].text[:1].isupper()):
            return None  # (but right before the name it is a title: "writer and infertility advocate Jenn Palumbo")
    return None


@lru_cache(maxsize=1)
def particle_kinds() -> dict[str, str]:
    """One-word particles of ``attribution_cues.tsv`` -> their kind (particle, particle_nonspeech, ...)."""
    kinds = {}
    for kind in ("particle_passive", "particle_nonspeech", "particle"):  # the broadest kind wins
        for words_ in _cue_phrases().get(kind, []):
            if len(words_) == 1:
                kinds[words_[0]] = kind
    return kinds


def message_noun(toks, k) -> bool:
    """Token ``k`` is a noun naming a message ("calls", "a letter", "signs") before its wording."""
    return k > 0 and toks[k].text.islower() and toks[k].low in _MESSAGE_NOUNS and not toks[k].quoted


def quote_ends_before(text, start, asked: bool = False) -> bool:
    """True when the text before a sentence ends with a closing quotation mark; with ``asked``,
    one closing a question or exclamation ("“Why now?” asked Scarborough.": the splitter's cut)."""
    before = text[max(0, start - 3) : start].rstrip()
    if asked and not (len(before) > 1 and (before[-2] in "?!…" or before[-3:-1] == "..")):
        return False  # ('"… the series." Read our review.': after a full stop the quotation has ended its sentence)
    return bool(before) and before[-1] in CLOSE_QUOTES + '"\''


def speaker_after_quote(text, sent, toks, g) -> bool:
    """``“...,” NAME said by ...``: the verb of a speaker frame right after a quotation.

    "said by telephone" is then the manner of saying, not a reduced relative ("a report
    released by the office").
    """
    subj = source_left(toks, g)
    if subj is None:
        return False
    return comma_before(toks, subj[0]) or (subj[0] == 0 and quote_ends_before(text, sent.start))


def stranded_particle(toks, j, vf: VerbForm, passive: bool = False) -> bool:
    """A preposition or particle right after the verb that belongs to its predicate.

    "warned of", "called for", "commented on": PolNeAR (and a reader) take them with the verb.
    "as" joins a passive ("is seen as", "was described as"). "on"/"with" after a verb of saying rather open a date, medium or manner ("said on
    Tuesday", "said with a laugh"); a number or a date after the preposition is no object of
    the verb either ("said about 200", "said for years").
    """
    if j >= len(toks) or toks[j].quoted:
        return False
    kind = particle_kinds().get(toks[j].low)
    if kind is None or (kind == "particle_passive" and not passive) or (kind == "particle_nonspeech" and vf.cls == "speech"):
        return False
    if j + 1 >= len(toks):
        return toks[j].low in _BARE_PARTICLES
    nxt = toks[j + 1]
    if kind == "particle_passive" and nxt.low in _SUBJECT_PRONOUNS:
        return False  # "were booed as they made their way": "as" opens a clause of time
    if kind == "particle_passive" and j + 2 < len(toks) and toks[j + 2].low == toks[j].low:
        return False  # "could be announced as early as Friday": a comparison, "as ... as"
    return not (nxt.text[:1].isdigit() or nxt.low in _PARTICLE_BLOCKERS)


def reduced_relative(text, toks, i, j) -> bool:
    """``DOCUMENT VERB-ed [by/on ...] VERB``: a participle modifying a document noun, another verb follows."""
    subj = source_left(toks, i)
    if subj is None or srcmod.head_type(phrase_text(text, toks, subj)) != "document":
        return False
    for k in range(j, min(len(toks), j + 10)):
        vf = _verb_forms().get(toks[k].low)
        if vf is not None and vf.cls != "stance" and toks[k].low.endswith(("s", "ed")) | (toks[k].low in _IRREGULAR_PAST):
            return True
        if toks[k].text in (",", ";", ":", "(") or toks[k].low in _CLAUSE_WORDS:
            return False
    return False


def relative_subject(text, toks, g) -> bool:
    """``SOURCE[,] who/which/that VERB``: the relative pronoun stands for a clear source before it."""
    if g < 2 or toks[g - 1].low not in _RELATIVES:
        return False
    k = g - 2 if toks[g - 2].text != "," else g - 3
    if k < 0:
        return False
    if toks[g - 1].low in ("that", "which") and message_noun(toks, k):
        return True  # "a message that said, ...", "a sign which read ...": the message speaks its wording
    head = source_left(toks, k + 1)
    return head is not None and clear_source(text, toks, head) and not (head[1] - head[0] == 1 and toks[head[0]].low in _SUBJECT_PRONOUNS)


def amount_at(toks, k) -> bool:
    """An amount starts at token ``k`` ("about five hours", "$20", "up to 8K"), after at most two approximators."""
    start = k
    while k < len(toks) and k - start < 2 and toks[k].low in _AMOUNT_LEADS:
        k += 1
    return k < len(toks) and (toks[k].text[:1].isdigit() or toks[k].text[:1] in "$€£¥" or toks[k].low in _NUMBER_WORDS)


def as_frame(toks, k) -> bool:
    """``V [X] as Y``: "as" within a few words after the verb, before any punctuation or clause word."""
    for m in range(k, min(len(toks), k + 8)):
        if toks[m].low == "as":
            return m + 1 < len(toks) and re.match(r"\w|[“\"‘]", toks[m + 1].text) is not None
        if not wordlike(toks[m].text) or toks[m].low in _CLAUSE_WORDS or toks[m].quoted:
            return False
    return False


_BY_FRAME_VERBS = words("by_frame_verb")
_BY_FRAME_PARTICLES = words("by_frame_particle")


def by_frame_start(toks, g) -> int | None:
    """Where the cue opens when a verb of a speech's order and "by" stand right before the
    gerund at ``g`` ("He concluded by implying that …", "Hannity followed up by asking …",
    "The candidate began by talking about …"): the frame verb, with its auxiliaries and adverbs,
    is part of the cue. None when no such verb stands there ("won the nomination by promising …":
    an object between keeps the cue at the gerund)."""
    if g < 2 or toks[g - 1].low != "by":
        return None
    k = g - 2
    if toks[k].low in _BY_FRAME_PARTICLES and k > 0:
        k -= 1  # "followed up by", "started off by"
    if toks[k].low not in _BY_FRAME_VERBS:
        return None
    while k > 0 and toks[k - 1].low in modifiers() and toks[k - 1].low not in outside_modifiers():
        k -= 1  # "has begun by", "then concluded by"
    return k

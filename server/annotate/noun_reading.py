"""Is a reporting-verb form a verb here, or a noun? ("news reports", "the pledged delegates", "Wi-Fi 6 support").

``noun_reading`` looks at the words around one form; ``head_of_next_subject`` at a reporting
verb right after it ("Some protest leaders said": "leaders" is the subject's head noun).
"""

from __future__ import annotations

import re

from server.annotate.cue_base import REPORTING_CLASSES, VerbForm, manner_adverb
from server.annotate.cue_base import modifiers as _modifiers
from server.annotate.cue_base import verb_forms as _verb_forms
from server.annotate import sources as srcmod
from server.annotate.grammar import ending, words
from server.annotate.phrase_cues import POSSESSIVE_PRONOUNS
from server.annotate.phrases import _PEOPLE_SHARES, PEOPLE_TYPES, VERB_NOUN_COMPOUNDS, determiner_before_names, is_name, is_year, name_run, singular_determiner_before_names, source_left, title_case
from server.annotate.sources import is_number_word
from server.annotate.tokens import OPEN_QUOTES, ed_form, plural_shape as _plural_shape

_IRREGULAR_PAST = words("irregular_past")
_ARTICLES = words("article")  # "a", "an", "the"
_FIGURE = re.compile(r"^\d[\d,.]*$")  # "86.6", "1,000"
_QUANTITY_NOUNS = words("quantifier")
_PARTITIVES = words("partitive")  # "one of the ... dog shows"
_SUPERLATIVES = words("superlative_degree_word")  # "the best performing native ad campaigns"
_PLURAL_DETERMINERS = words("plural_determiner")
_NOUN_BEFORE = words("noun_before")
_DO_SUPPORT = words("do_support")
_HEADLINE_VERBS = words("headline_verb")
_PREPOSITIONS = words("preposition")
_EVENT_NOUNS = words("event_noun_form")
_NOUNY = words("noun_prone_form")
_SUBJECT_PRONOUNS = words("subject_pronoun")
_NOUN_FOLLOWERS = words("plural_noun_follower")
_DETERMINERS = words("determiner")
_OBJECT_PRONOUNS = words("object_pronoun")
_NOUN_POSTMODIFIERS = words("noun_postmodifier")
_RELATIVES = words("relative_pronoun")
_SINGULAR_PRONOUNS = words("singular_pronoun")
_FINITE_AUX = words("finite_aux")
_SINGULAR_FINITE = words("singular_finite")  # "Promise to add soldiers is met …": the verb of a noun subject
_WH_WORDS = words("wh_object") | words("relative_pronoun")  # "what he says is", "that says": a verb after them
_SINGULAR_DETERMINERS = words("singular_determiner")
_POSSESSIVE_DETERMINERS = words("possessive_determiner")  # "his", "their": a possessive opens the noun phrase
_NAME_ADJECTIVES = words("name_adjective")
_DEGREE_WORDS = words("degree_word")
_ADJECTIVE_DEGREE_WORDS = _DEGREE_WORDS | words("superlative_degree_word")
_IRREGULAR_PLURALS = words("irregular_plural")
_SURVEY_PARTICIPLES = words("survey_participle")
_IRREGULAR_PARTICIPLES = words("irregular_participle")  # "Documents seen by the Post"
_CLAUSE_WORDS = words("clause")
_COMPLEMENTIZERS = words("complementizer")  # "report that": a verb with its clause
_ADVERB_OR_ADJECTIVE = words("adverb_or_adjective")  # "further"
_ADJECTIVE_FORM = ending("lowercase_adjective")  # "political", "serious", "powerful"
_NOUNISH_ADJECTIVE_FORM = ending("nounish_adjective")  # "geomagnetic", "massive", but "the missive", "the public"
_NOUN_LIKE_ADJECTIVES = words("noun_like_adjective")  # "the public supports", "relatives say"
_COMPOUND_TAIL = ending("compound_adjective_tail")  # "Republican-leaning", "state-owned"
_SUCH = words("such_as")
_SUBORDINATORS = words("subordinator")  # "after", "before": also prepositions
_FLOATING_QUANTIFIERS = words("floating_quantifier")  # "of all reported contributions"
_TIME_WORDS = words("time_word")  # "week", "Sunday": their possessive opens a noun phrase
_POSSESSIVE_S = re.compile(r"['’]s$")


def head_of_next_subject(toks, j) -> bool:
    """The word is the head noun (or a modifier of it) of the subject of a reporting verb after it.

    "Refugee advocates also said ...", "Some protest leaders said ...": a finite verb of saying
    (after optional auxiliaries and adverbs) follows, so the word before it is a noun.
    """
    k = j
    mods = _modifiers()
    before = j - 2
    while before > 0 and toks[before].low in mods:
        before -= 1
    if before >= 0 and toks[before].low in _SUBJECT_PRONOUNS:
        return False  # "who he often says warned him": after its pronoun subject the word is the verb
    while k < len(toks) and toks[k].low in mods and not toks[k].quoted:
        k += 1
    if k >= len(toks) or toks[k].quoted or toks[k].text != toks[k].low:
        return False
    base = not toks[j - 1].low.endswith(("s", "ed", "ing")) and toks[j - 1].low not in _IRREGULAR_PAST  # ("The mayor said residents complained": a past verb, no noun)
    if base and k == j and k + 1 < len(toks) and toks[k].low.endswith("s") and toks[k].low not in _verb_forms() and toks[k].text.isalpha():
        k += 1  # "Some protest leaders said": a noun modifying the subject's head
    nxt = _verb_forms().get(toks[k].low)
    if nxt is not None and _plural_then_base_verb(toks, j, k, nxt):
        return True  # "Wall Street reform advocates believe it would ...": two finite verbs cannot follow each other
    if nxt is None or nxt.words != 1 or nxt.cls not in ("speech", "complement") or nxt.form == toks[j - 1].low:
        return False
    # only an unambiguous finite verb: "states", "remarks", "comments" may be plural nouns
    return nxt.form.endswith("ed") or nxt.form in _IRREGULAR_PAST or nxt.lemma == "say"


def _plural_then_base_verb(toks, j, k, nxt: VerbForm) -> bool:
    """The "-s" word before ``j`` and a bare reporting verb at ``k`` that opens a clause ("advocates
    believe it would", "critics say that"): the "-s" word is the plural subject, not a verb."""
    word = toks[j - 1]
    return (
        k == j and _plural_shape(word.low) and word.text.islower() and nxt.words == 1 and nxt.form == nxt.lemma
        and nxt.cls in ("speech", "opinion", "complement") and k + 1 < len(toks) and (toks[k + 1].low in _SUBJECT_PRONOUNS or toks[k + 1].low == "that")
    )


def _finite_aux_word(low: str) -> bool:
    """A finite auxiliary, negated or not ("were", "weren't", "has", "can’t")."""
    return low in _FINITE_AUX or (low[-3:] in ("n't", "n’t") and (low[:-3] in _FINITE_AUX or low[:-2] in _FINITE_AUX))


def _noun_modifier_word(tok) -> bool:
    """A lowercase word that may modify a noun after it, not a subject pronoun or an adverb ("donor" in "donor names")."""
    return tok.text.isalpha() and tok.text.islower() and tok.low not in _SUBJECT_PRONOUNS and tok.low not in _modifiers() and tok.low not in _WH_WORDS


def _singular_ing_modifier_before(toks, i) -> bool:
    """An -ing noun right before ``i`` in a phrase opened by a possessive or a singular determiner,
    with only lowercase words between ("Clinton's recent polling", "a fundraising"): one thing,
    so a bare verb form after it agrees with nothing ("Those attending decline" has no opener)."""
    k = i - 1
    if k < 1 or not (toks[k].text.islower() and toks[k].low.endswith("ing") and len(toks[k].low) > 5):
        return False
    for m in range(k - 1, max(-1, k - 4), -1):
        t = toks[m]
        if t.low in _SINGULAR_DETERMINERS or t.low.endswith(("'s", "’s")) or t.low in _POSSESSIVE_DETERMINERS:
            return True
        if not (t.text.isalpha() and t.text.islower()) or _plural_shape(t.low):
            return False
    return False


def _opening_modifier(toks, k) -> bool:
    """A Capitalized word opening the clause ("Interest" in "…: Interest rates are"), no pronoun."""
    opens = k == 0 or toks[k - 1].text in (":", "(", "—") or toks[k - 1].text in OPEN_QUOTES
    return opens and toks[k].text.isalpha() and toks[k].text[1:].islower() and toks[k].low not in _SUBJECT_PRONOUNS and toks[k].low not in _WH_WORDS


def _plural_list_before(toks, k) -> bool:
    """Token ``k`` is a plural noun opening a list after a preposition, article, comma or "-ing"
    verb ("including walkouts and", "of threats and"): no subject of a verb after "and"."""
    t = toks[k]
    return (
        t.text.isalpha() and t.text.islower() and _plural_shape(t.low) and t.low not in _verb_forms()
        and (toks[k - 1].low in _PREPOSITIONS or toks[k - 1].low in _DETERMINERS or toks[k - 1].text == "," or toks[k - 1].low.endswith("ing"))
    )


def _adjective_before(toks, k) -> bool:
    """Token ``k`` is a lowercase adjective by its form; an -ic or -ive form only after another
    modifier ("large geomagnetic"), since after a determiner it is often a noun ("the missive")."""
    t = toks[k]
    if not t.text.islower() or t.low in _NOUN_LIKE_ADJECTIVES:
        return False
    if _ADJECTIVE_FORM.match(t.low):
        return True
    before = toks[k - 1]
    return bool(_NOUNISH_ADJECTIVE_FORM.match(t.low)) and before.text.isalpha() and before.text.islower() and before.low not in _DETERMINERS and before.low not in _modifiers() and before.low not in _CLAUSE_WORDS and before.low not in _PREPOSITIONS


def _adverb_adjective(adverb, word) -> bool:
    """"increasingly diverse": an -ly adverb before a plain lowercase word that is no verb-group word."""
    function_word = word.low in _CLAUSE_WORDS or word.low in _PREPOSITIONS or word.low in _DETERMINERS or word.low in _SUBJECT_PRONOUNS or word.low in _OBJECT_PRONOUNS
    plain = word.text.isalpha() and word.text.islower() and not function_word and not word.low.endswith(("ed", "ly"))
    return manner_adverb(adverb) and plain and word.low not in _modifiers() and word.low not in _verb_forms()


def _quantity(toks, rng) -> bool:
    """The phrase counts people ("a mere 9 percent", "a majority of voters"): it takes a plural verb."""
    return any(toks[k].text[:1].isdigit() or toks[k].low in _QUANTITY_NOUNS for k in range(rng[0], rng[1]))


def _as_clause_verb(toks, g) -> bool:
    """The words before ``g`` are the subject of an as-clause opening the sentence or a
    parenthetical ("As the report notes, ...", "..., as the senator says, ...")."""
    if not any(toks[m].low == "as" for m in range(max(0, g - 12), g)):
        return False  # (cheap test first: most verbs have no "as" before them)
    subj = source_left(toks, g)
    if subj is None or subj[0] == 0 or toks[subj[0] - 1].low != "as":
        return False
    k = subj[0] - 1
    return k == 0 or toks[k - 1].text in (",", "—", "–", "(") or toks[k - 1].low in ("but", "and")


def _owned_share(toks, i) -> bool:
    """A possessive determiner, a number and "%" or "percent" end right before ``i`` ("His 32%
    support", "their 40 percent approval"): the figure is owned, so the word after it is a noun."""
    return i >= 3 and toks[i - 1].low in ("%", "percent") and toks[i - 2].text[:1].isdigit() and toks[i - 3].low in POSSESSIVE_PRONOUNS


def _name_modifier_in_object(toks, i) -> bool:
    """``PREPOSITION the NAME word``: the name modifies the word, and the phrase is the object of
    the preposition, so no clause starts there ("in the Taliban attack", "on the Obama plan").

    Not after a plural noun ("officials in the White House support ..." may be their verb), nor
    after "as" or "like", which open clauses."""
    if i + 1 < len(toks) and toks[i + 1].low == "that":
        return False  # "Data from the 2014 American Community Survey show that …": a verb with its clause
    k = i - 1
    while k >= 0 and is_name(toks[k]):
        k -= 1
    named = k < i - 1
    while k >= 1 and i - 1 - k < 4 and (toks[k].text.isdigit() or (toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _DETERMINERS and toks[k].low not in _CLAUSE_WORDS and toks[k].low not in _verb_forms())):
        k -= 1  # "after the initial Benghazi attack", "the 2012 Benghazi attack": an adjective or a year before the name
    if not named or k < 1 or toks[k].low not in _ARTICLES or title_case(toks):
        return False
    prep = toks[k - 1]
    if (prep.low not in _PREPOSITIONS and prep.low not in _SUBORDINATORS) or prep.low in ("as", "like", "than", "to"):
        return False  # (a subordinator such as "after" is a preposition here: a clause would take "attacked")
    before = toks[k - 2] if k >= 2 else None
    people = before is not None and before.text.islower() and _plural_shape(before.low) and (
        srcmod.head_type(before.low) is not None or srcmod.agent_word(before.text)
    )
    return not people and not _plural_participle_agent(toks, k - 1)  # ("officials in the White House support …": their verb; "hours after the Benghazi attack": a noun)


def _plural_participle_agent(toks, k) -> bool:
    """``PLURAL participle by`` ends at token ``k`` ("Documents obtained by", "Data compiled by"):
    the phrase after "by" is the participle's agent, so a base verb after it agrees with the
    plural before ("Documents obtained by the Post show …", "Files held by the agency show …")."""
    return k >= 2 and toks[k].low == "by" and toks[k - 1].text.islower() and (toks[k - 1].low.endswith("ed") or toks[k - 1].low in _IRREGULAR_PARTICIPLES) and (
        toks[k - 2].text.isalpha() and (_plural_shape(toks[k - 2].low) or toks[k - 2].low in _IRREGULAR_PLURALS)
    )


def _agent_before(toks, i) -> bool:
    """The noun phrase right before ``i`` is the agent of a participle after a plural subject
    ("Files held by the agency show", "Emails sent by the Obama administration show"): the
    singular noun it ends with is not the subject of the word at ``i``."""
    k = i - 1
    while k > 0 and i - k <= 4 and toks[k].text.isalpha() and (is_name(toks[k]) or (toks[k].text.islower() and toks[k].low not in _FUNCTION_WORDS)):
        k -= 1
    if k < i - 1 and toks[k].low in _ARTICLES:
        k -= 1
    return k < i - 1 and _plural_participle_agent(toks, k)


def _plain_word(toks, j) -> bool:
    """Token ``j`` is a lowercase content word (no preposition, determiner or clause word)."""
    if j >= len(toks):
        return False
    return _plain_lowercase(toks[j], _FUNCTION_WORDS)


def _noun_modifier_plural(toks, k) -> bool:
    """Token ``k`` is a plural common noun that names no speaker, after a determiner or adjective
    ("the jobs report", "The strong jobs report"): it modifies the noun after it."""
    t = toks[k]
    if not (t.text.isalpha() and t.text.islower() and _plural_shape(t.low)):
        return False
    if srcmod.head_type(t.low) is not None or srcmod.agent_word(t.text) or t.low in _verb_forms():
        return False
    before = toks[k - 1]
    return before.low in _DETERMINERS or (before.text.islower() and _ADJECTIVE_FORM.match(before.low) is not None) or (
        k > 1 and toks[k - 2].low in _DETERMINERS and before.text.isalpha() and before.text.islower()
    )


def _year_and_name_before(toks, i) -> bool:
    """``the YEAR Name ... WORD`` (or ``TIME's Name ... WORD``) ends at ``i``: a year after the
    article, or a time's possessive, makes the name a modifier of the word ("the 2012 Benghazi
    attack", "the 2015 Horizon League champions", "this week's Tunisia attack")."""
    k = i - 1
    while k > 0 and is_name(toks[k]):
        k -= 1
    possessive = _POSSESSIVE_S.search(toks[k].low)
    if k < i - 1 and possessive is not None and toks[k].low[: possessive.start()] in _TIME_WORDS:
        return True  # "this week's Tunisia attack", "Sunday's Iowa caucus": a time's possessive, a name, then its noun
    return k < i - 1 and k > 0 and toks[k].text.isdigit() and len(toks[k].text) == 4 and toks[k - 1].low in _ARTICLES


def _count(tok) -> bool:
    """A figure or number word above one ("51", "three"), not a year ("In 2016 polling shows")."""
    if _FIGURE.match(tok.text):
        return not is_year(tok.text) and tok.text != "1"
    return tok.text.islower() and is_number_word(tok.text) and tok.low != "one"


def _count_then_modifiers(toks, i) -> bool:
    """A count, then one to three lowercase words in the singular that name nobody, end at ``i``
    ("three free credit", "two local news"): they modify the plural noun the count needs."""
    k = i - 1
    while k >= i - 3 and k > 0 and _singular_modifier(toks[k]):
        k -= 1
    return k < i - 1 and _count(toks[k])


def _singular_modifier(tok) -> bool:
    low = tok.low
    return tok.text.isalpha() and tok.text.islower() and not low.endswith("s") and low not in _FUNCTION_WORDS and srcmod.head_type(low) is None and not srcmod.agent_word(tok.text)


def _prenominal_word(tok) -> bool:
    """A lower-case "-ing" or "-ed" word or an adjective, which a count puts before its noun ("acting",
    "related", "serious"); not a noun, which could head the subject ("9/11 commission says")."""
    low = tok.low
    return tok.text.isalpha() and tok.text.islower() and (low.endswith(("ing", "ed")) or _ADJECTIVE_FORM.match(low) is not None)


def _prenominal_participle(toks, i, j) -> bool:
    """The -ed word at ``i`` follows a preposition (and perhaps "all") and precedes a plain lowercase
    word: it modifies that noun ("about alleged fraud", "of all reported contributions"), since a
    preposition takes no verb. Not after a stranded preposition ("the firm he worked for reported")."""
    k = i - 1
    if k > 0 and toks[k].low in _FLOATING_QUANTIFIERS:
        k -= 1
    if toks[k].low not in _PREPOSITIONS or (k > 0 and (ed_form(toks[k - 1]) or toks[k - 1].low in _verb_forms())):
        return False
    return _plain_word(toks, j)


def _name_then_verb(toks, j) -> bool:
    """A capitalized name starts at ``j`` and a reporting verb follows it."""
    m = name_run(toks, j)
    return j < m < len(toks) and toks[m].low in _verb_forms()


def noun_reading(toks, g, i, j, vf: VerbForm) -> bool:
    """True when the verb form is rather a noun ("the report", "An NBC report printed ...")."""
    form = vf.form.split()[0]
    if j < len(toks) and f"{toks[i].low} {toks[j].low}" in VERB_NOUN_COMPOUNDS:
        return True  # "conservative think tank the Heritage Foundation": one noun
    if g == i and form in _NOUNY and toks[i].text.islower() and srcmod.head_type(form) in PEOPLE_TYPES and _name_then_verb(toks, j):
        return True  # "Consumer advocate Ralph Nader said": a title before the name of the speaker
    if i > 0 and toks[i].text[:1].isupper() and toks[i - 1].text not in OPEN_QUOTES + "\"'‘(" and not title_case(toks):
        return True  # "the United States", "The Washington Post": part of a name
    if g == i and form in _NOUNY and title_case(toks) and j < len(toks) and toks[i].text[:1].isupper() and _finite_title_verb(toks[j]):
        return True  # "The Daily Show Takes A Closer Look": before the headline's verb, a capitalized verb form is a noun of the name
    if form in _NOUNY and title_case(toks) and (j >= len(toks) or toks[j].text in (".", ",", ";", ":", ")", "!", "?")):
        return True  # a title ending in "... Get $10 Amazon Credit.": a noun-prone form that ends the clause
    if g == i and i > 0 and toks[i - 1].low in _DEGREE_WORDS and form == vf.lemma.split()[0]:
        return True  # "the more elaborate moves", "very critical": an adjective after a degree word
    if g == i and i > 0 and toks[i - 1].low in _ADJECTIVE_DEGREE_WORDS and form.endswith("ing"):
        return True  # "the most telling contradiction", "more revealing": an -ing adjective after a degree word
    if g == i and i > 1 and form.endswith("s") and toks[i - 1].low in _NAME_ADJECTIVES and toks[i - 2].text.islower():
        return True  # "deflected Republican attacks": an adjective before a plural noun ("Republican seeks" opens a clause)
    if g == i and i > 0 and form.endswith("s") and toks[i - 1].low in _PLURAL_DETERMINERS:
        return True  # "many disputes", "several reports"
    if g == i and i > 1 and form == vf.lemma.split()[0] and is_name(toks[i - 1]) and not toks[i - 1].low.endswith("s") and determiner_before_names(toks, i) and not title_case(toks) and (form in _NOUNY or not any(toks[x].text[:1].islower() for x in range(i)) or singular_determiner_before_names(toks, i)):
        return True  # "The SPLC report also notes": after "the" and a singular name the bare form heads the noun phrase ("The Brujas hope" keeps its verb; mid-sentence, "the" and a name take only a noun-prone form: "Sources in the Greater Los Angeles VA say")
    if g == i and i > 1 and toks[i - 1].low in _TIME_WORDS and toks[i - 1].text[:1].isupper() and toks[i - 2].low in _ARTICLES:
        return True  # "in a Friday tweet", "the Sunday statement": an article and a day open a noun phrase
    if g == i and form.endswith("s") and (_partitive_without_plural(toks, i) or _superlative_noun_phrase(toks, i)):
        return True  # "one of the world's most prestigious dog shows": "one of the ..." needs a plural noun; this is it
    if g == i and i > 1 and form.endswith("s") and toks[i - 2].low in _PLURAL_DETERMINERS and toks[i - 1].text.islower() and not toks[i - 1].low.endswith("s"):
        return True  # "Most tiger attacks", "many phone calls": one noun modifier between the determiner and its plural
    if g == i and i > 0 and form in _NOUNY and form.endswith("s") and toks[i - 1].text.islower() and is_number_word(toks[i - 1].text) and toks[i - 1].low != "one":
        return True  # "the two states that ...": a count takes a plural noun, never a verb in -s
    if g == i and i > 0 and form.endswith("s") and _FIGURE.match(toks[i - 1].text) and not is_year(toks[i - 1].text) and toks[i - 1].text != "1":
        return True  # "86.6 frames per second", "3 reports": a figure takes a plural noun ("In 2016 says" is no count)
    if g == i and i > 1 and form.endswith("s") and _count(toks[i - 2]) and _prenominal_word(toks[i - 1]):
        return True  # "51 acting credits", "three pending claims": a count and a modifier take a plural noun
    if g == i and form.endswith("s") and _count_then_modifiers(toks, i):
        return True  # "your three free credit reports": a count, then singular modifiers, takes a plural noun
    if g == i and i > 1 and form.endswith("s") and _adverb_adjective(toks[i - 2], toks[i - 1]):
        return True  # "increasingly diverse states", "highly critical reports": an adjective before a noun
    if g == i and i > 0 and form in _NOUNY and not form.endswith("s") and vf.cls in ("stance", "opinion") and toks[i - 1].text.islower() and (j >= len(toks) or toks[j].text in (".", ";")):
        return True  # "which requires two thirds support.": a stance verb takes an object, so at the clause end it is a noun
    if g == i and i > 1 and form.endswith("s") and _adjective_before(toks, i - 1):
        return True  # "large geomagnetic blasts", "serious doubts": an adjective takes a noun, not a verb
    if g == i and i > 0 and form.endswith("s") and "-" in toks[i - 1].text and _COMPOUND_TAIL.match(toks[i - 1].low.rsplit("-", 1)[1]):
        return True  # "Republican-leaning states", "state-owned firms": a hyphenated participle takes a noun
    if g == i and i > 0 and toks[i - 1].low in _NOUN_BEFORE and toks[i - 1].low not in ("that", "one", "no"):
        return True  # "the pledged delegates", "the reported details", "his remarks"
    if g == i - 1 and g > 0 and toks[g].low in _ADVERB_OR_ADJECTIVE and (
        ed_form(toks[g - 1]) or toks[g - 1].low in _IRREGULAR_PAST or toks[g - 1].low in _DETERMINERS or toks[g - 1].low in _PREPOSITIONS
    ):
        return True  # "Trump made further demands": an adjective before a noun after a verb, article or preposition
    if g == i and ed_form(toks[i]) and _prenominal_participle(toks, i, j):
        return True  # "about alleged fraud", "of all reported contributions": a participle before its noun
    if g == i and ed_form(toks[i]) and i > 1 and toks[i - 1].low.endswith("ing") and toks[i - 1].text.islower() and toks[i - 2].low in _PREPOSITIONS and _plain_word(toks, j):
        return True  # "of militarizing disputed waters": after a gerund the participle modifies its object
    if g == i and i > 1 and form == vf.lemma.split()[0] and toks[i - 2].low in _ARTICLES and (_ADJECTIVE_FORM.match(toks[i - 1].low) or _NOUNISH_ADJECTIVE_FORM.match(toks[i - 1].low)) and toks[i - 1].text.islower():
        return True  # "a comprehensive rebuke": an adjective after the article takes a noun
    if g == i and i > 2 and form in _NOUNY and _year_and_name_before(toks, i) and not (
        j < len(toks) and toks[j].low in _COMPLEMENTIZERS and vf.cls in REPORTING_CLASSES
    ):
        return True  # "the 2012 Benghazi attack that killed ...": a year and a name modify a noun ("... Survey show that" stays a verb)
    if g == i and i > 1 and form in _NOUNY and _noun_modifier_plural(toks, i - 1) and (j >= len(toks) or toks[j].low not in _COMPLEMENTIZERS):
        return True  # "the jobs report was released": a plural noun that names no speaker modifies the noun
    if g == i and i > 1 and _plural_shape(form) and _pronoun_and_verb_before(toks, i):
        return True  # "They file reports every week", "We deliver referral reports": the object of a verb that has its subject
    if g == i and form == vf.lemma.split()[0] and not form.endswith("s") and _singular_ing_modifier_before(toks, i):
        return True  # "Clinton's recent polling decline in Iowa": after a possessor's -ing noun a bare form is the head noun
    if g == i and i > 0 and form.endswith("s") and j < len(toks) and _finite_aux_word(toks[j].low) and (_noun_modifier_word(toks[i - 1]) or _opening_modifier(toks, i - 1)):
        return True  # "foreign donor names weren't disclosed", "…: Interest rates are headed up": a verb in -s takes no auxiliary after it
    if g == i and i > 2 and form.endswith("s") and toks[i - 1].low in ("and", "or") and _plural_list_before(toks, i - 2):
        return True  # "including walkouts and jeers": a plural noun joined to a plural noun
    if i == 0 and form == vf.lemma.split()[0] and j < len(toks) and toks[j].low == "to" and any(toks[m].low in _SINGULAR_FINITE for m in range(j + 1, len(toks))):
        return True  # "Promise to add soldiers is met with relief": a noun subject, no command
    if form.endswith(("ed", "ing")) or form in _IRREGULAR_PAST:
        return False
    if any(toks[m].low in _DO_SUPPORT for m in range(g, i)):
        return False  # "did not respond to questions": after "do" or "not" the word is a verb
    if g == i and i > 2 and form.endswith("s") and toks[i - 1].low == "and" and toks[i - 2].text.islower() and toks[i - 3].low in _PREPOSITIONS and (
        j < len(toks) and toks[j].low in _PREPOSITIONS
    ):
        return True  # "notes of praise and thanks": a noun joined to the object of a preposition
    if g == i and form.endswith("s") and j < len(toks) and toks[j].low == "as" and any(toks[m].low in _SUCH for m in range(max(0, i - 3), i)):
        return True  # "such TV shows as “ER”": the plural noun of "such ... as"
    if g == i and form in _NOUNY and _owned_share(toks, i):
        return True  # "His 32% support gives him a lead", "her 40 percent approval": a possessed figure, then its noun
    if g == i and form in _NOUNY and _name_modifier_in_object(toks, i):
        return True  # "most recently in the Taliban attack on the school": a name modifying a noun
    if g == i and form.endswith("s") and _as_clause_verb(toks, g):
        return False  # "As the senator notes, ...": the verb of an as-clause
    if g == i and i > 0 and toks[i - 1].low == "that" and i > 1 and (form.endswith("s") or toks[i - 2].low.endswith("s")):
        return False  # relative "a PAC that supports", "cities that support": a verb ("that report" is a noun)
    if g == i and i > 0 and (toks[i - 1].low in _NOUN_BEFORE or toks[i - 1].low.endswith(("’s", "'s", "s’"))):
        return True
    if g == i and i > 0 and toks[i - 1].low in _PREPOSITIONS and toks[i - 1].low != "to":
        return True  # "in comments to", "with support from"
    if g == i and form.endswith("s") and _frame_after_quotation(toks, i, j):
        return False  # '"Costs rose," the agency reports.': the frame of a quotation, its verb
    if form in _NOUNY and form.endswith("s") and g == i and i > 0 and toks[i - 1].low not in _SUBJECT_PRONOUNS and not (i > 1 and is_name(toks[i - 1]) and not title_case(toks)):
        if toks[i - 1].text[:1].isdigit() or j >= len(toks) or toks[j].text in (".", ",", ";", ":", ")", "-", "—", "–") or toks[j].low in _NOUN_FOLLOWERS:
            return True  # "media reports as ...", "terrorist attacks in Paris", "15 in ambush attacks --": a plural noun
    if form in _NOUNY and g == i and i > 0 and toks[i - 1].text.isdigit() and not (
        j < len(toks) and (is_name(toks[j]) or toks[j].low in _DETERMINERS or toks[j].low in _OBJECT_PRONOUNS)
    ):
        return True  # "Wi-Fi 6 support", "the 2016 report": a noun after a model number or year
    if g == i and i > 0 and toks[i - 1].low in _PEOPLE_SHARES and j < len(toks) and (
        is_name(toks[j]) or toks[j].low in _DETERMINERS or toks[j].low in _OBJECT_PRONOUNS or toks[j].low in _SUBJECT_PRONOUNS
    ):
        return False  # "31 percent call them unfair", "a majority support the plan", "a third say they ...": a verb
    if form in _NOUNY and g == i and i > 0 and (toks[i - 1].text.islower() or (i == 1 and toks[0].low in _DETERMINERS)) and toks[i - 1].low not in _SUBJECT_PRONOUNS and toks[i - 1].low not in _modifiers():
        # "news reports", "percent support": a noun after a noun; but "the governor supports",
        # "voters support": a verb agreeing with the noun before it
        plural_before = toks[i - 1].low.endswith("s") or toks[i - 1].low in _IRREGULAR_PLURALS  # "the data show"
        # "Some claim that …", "many report": a plural quantifier standing alone agrees with a bare verb ("the most support" is a noun)
        plural_before = plural_before or (toks[i - 1].low in _PLURAL_DETERMINERS and not (i > 1 and toks[i - 2].low in _DETERMINERS))
        verb_before = toks[i - 1].low.endswith(("ing", "ed")) and not (i > 1 and toks[i - 2].low in _DETERMINERS)
        verb_before = verb_before or any(ch.isdigit() for ch in toks[i - 1].text)  # "10-year notes"
        if toks[i - 1].low in _SURVEY_PARTICIPLES and i > 1 and toks[i - 2].text.isalpha() and toks[i - 2].text.islower():
            # "the voters polled support": the participle modifies the noun before it, which agrees with the verb
            plural_before, verb_before = toks[i - 2].low.endswith("s") or toks[i - 2].low in _IRREGULAR_PLURALS | _PLURAL_DETERMINERS, False
        if (form.endswith("s") == plural_before or verb_before) and not (not form.endswith("s") and _agent_before(toks, i)):
            return True  # ... or the object of a verb before it ("floating plans", but "the filing states")
        if i > 1 and toks[i - 2].low in _PREPOSITIONS and not plural_before:
            return True  # "the kinds of terrorist attacks": a bare singular after a preposition is no subject
    if form in _EVENT_NOUNS and g == i and i > 1 and toks[i - 1].text[:1].isupper() and toks[i - 2].low == "the":
        return True  # "The Paris attacks received coverage": a place names the event
    if form in _NOUNY and form.endswith("s") and g == i and i > 2 and toks[i - 1].text[:1].isupper() and toks[i - 2].low == "and" and toks[i - 3].text[:1].isupper() and not (
        j < len(toks) and (toks[j].low == "that" or toks[j].text in (":", '"', "“"))  # ("Procter and Gamble reports that ...": one company)
    ):
        return True  # "the Horowitz and Durham reports": two names take a plural verb ("report"), so this is their noun
    if j < len(toks):
        nxt = toks[j].low
        if nxt in _NOUN_POSTMODIFIERS and form in _NOUNY:
            return True
        nxt_form = _verb_forms().get(nxt)
        prev = toks[g - 1] if g > 0 else None  # (the word before the verb group: "who he often says warned")
        # "a race that it says will ...", "who officials say is ...": a verb agreeing with the
        # subject before it, whose reported clause has no "that"
        agrees = prev is not None and (
            (prev.low in _SUBJECT_PRONOUNS and (prev.low in _RELATIVES or form.endswith("s") == (prev.low in _SINGULAR_PRONOUNS)))
            or (is_name(prev) and form.endswith("s") and not title_case(toks))
            or (not form.endswith("s") and prev.low.endswith("s") and prev.low not in _NOUN_BEFORE)
        )
        headline_verb = title_case(toks) and toks[i].text[:1].isupper()  # "Pence Announces Plans ..."
        past_next = form in _NOUNY and ed_form(toks[j])  # "The October report exceeded ..."
        if not agrees and not headline_verb and (nxt in _FINITE_AUX or past_next or (nxt_form and (nxt.endswith(("ed", "s")) or nxt in _IRREGULAR_PAST))):
            return True
    if not form.endswith("s") and not (i > 0 and toks[i - 1].low == "to"):  # ("A senator went as far as to say": an infinitive, no noun)
        subj = source_left(toks, g)
        if subj is not None and toks[subj[0]].low in _SINGULAR_DETERMINERS and not _quantity(toks, subj):
            return True
        if subj is not None and (toks[subj[0]].low == "the" or toks[subj[0]].low in POSSESSIVE_PRONOUNS) and not toks[g - 1].low.endswith("s") and not _quantity(toks, subj) and (j >= len(toks) or toks[j].text in (".", ",", ";", ")")):
            return True  # "the full report.", "her TV show." (a singular subject cannot take "report"; "the two write." can)
    return False


_FUNCTION_WORDS = _PREPOSITIONS | _DETERMINERS | _CLAUSE_WORDS
_NOT_A_VERB = _FUNCTION_WORDS | _SUBJECT_PRONOUNS | _OBJECT_PRONOUNS | _FINITE_AUX | _DO_SUPPORT


def _partitive_without_plural(toks, i: int) -> bool:
    """``one of / some of / many of`` + determiners, possessives, adjectives and singular nouns
    right before ``i``: the phrase still lacks the plural noun it needs ("one of the most
    prestigious dog shows"); no pronoun or plural in between ("one of them says", "one of the
    officials says" keep the verb)."""
    if i < 3 or not toks[i - 1].text.isalpha() or not toks[i - 1].text.islower() or toks[i - 1].low in _DETERMINERS:
        return False
    for k in range(i - 1, max(0, i - 8), -1):
        t = toks[k]
        if t.low == "of":
            return toks[k - 1].low in _PARTITIVES and k < i - 1
        possessive = t.low.endswith(("'s", "’s"))
        if not possessive and (not t.text.replace("-", "").isalpha() or t.low in _OBJECT_PRONOUNS or t.low in _CLAUSE_WORDS or t.low in _PREPOSITIONS):
            return False
        if not possessive and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")):
            return False  # a plural is already there
    return False


def _superlative_noun_phrase(toks, i: int) -> bool:
    """"the best performing native ad campaigns": after "the" and a superlative, lowercase
    modifiers run up to the head noun, which the -s form at ``i`` is."""
    for k in range(i - 1, max(0, i - 6), -1):
        t = toks[k]
        if t.low in _SUPERLATIVES or (t.low.endswith("est") and len(t.low) > 4):
            return k > 0 and toks[k - 1].low == "the" and k < i - 1
        if not t.text.isalpha() or not t.text.islower() or t.low in _CLAUSE_WORDS or t.low in _PREPOSITIONS or t.low in _DETERMINERS:
            return False
    return False


def _pronoun_and_verb_before(toks, i: int) -> bool:
    """A subject pronoun (or a plural group name and an adverb), then a plain lowercase verb word
    (and at most one noun modifier) right before the -s form at ``i``: that verb has its subject,
    so the form is its object noun."""
    for k in (i - 1, i - 2):  # (i - 2: "We deliver referral reports", one modifier before the noun)
        if k < 1 or (k == i - 2 and not _plain_lowercase(toks[i - 1])):
            continue
        if not _plain_lowercase(toks[k]) or toks[k].low in _modifiers():
            continue
        m = k - 1
        while m > 0 and toks[m].low in _modifiers() and toks[m].text.islower():
            m -= 1  # "We also send referral reports"
        if toks[m].low in _SUBJECT_PRONOUNS and not toks[m].quoted:
            return True
        if m < k - 1 and toks[m].text[:1].isupper() and toks[m].text.isalpha() and _plural_shape(toks[m].low) and not toks[m].quoted:
            return True  # "Republicans also face challenges": a plural group name as the subject
    return False


def _plain_lowercase(tok, excluded: frozenset[str] = _NOT_A_VERB) -> bool:
    """A lowercase word of letters that is none of ``excluded`` (by default no function word,
    pronoun or auxiliary: a word that can be a verb)."""
    return tok.text.isalpha() and tok.text.islower() and tok.low not in excluded


def _frame_after_quotation(toks, i: int, j: int) -> bool:
    """A quotation, its comma, then an article, one singular noun and the word at ``i`` ending the
    clause ('"Costs rose," the agency reports.', '…," the petition states.'): a speaker frame."""
    if i < 4 or not (j >= len(toks) or toks[j].text in (".", ",", ";", "!", "?")):
        return False
    noun, article = toks[i - 1], toks[i - 2]
    if article.low not in _ARTICLES or not (noun.text.isalpha() and noun.text.islower()) or noun.low.endswith("s"):
        return False
    before = toks[i - 3].text
    return before in ("”", '"') or (before == "," and toks[i - 4].text in ("”", '"'))


def _finite_title_verb(tok) -> bool:
    """A capitalized verb in -s ("Takes", "Says") in a title-case line: the headline's own verb."""
    low = tok.low
    return tok.text[:1].isupper() and tok.text.isalpha() and _plural_shape(low) and (low in _verb_forms() or low in _HEADLINE_VERBS)


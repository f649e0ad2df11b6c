"""Typing a source phrase: named person, organization, document, anonymous or vague.

Decided from the words of ``server/data/attribution_sources.tsv`` and capitalization:
the head noun first ("six current and former officials" -> anonymous, "the report" ->
document, "critics" -> vague), then organization signals inside a Capitalized name ("NBC News",
"the State Department") or an acronym ("CNN"), then any other Capitalized name -> named person.
Pronouns are resolved against the attributions found before them (``resolve_pronoun``); the
ledger re-types names with the whole article in view in ``ledger_names``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from server.annotate.cue_base import verb_forms
from server.annotate.grammar import ending, words
from server.annotate.tokens import OPEN_QUOTES, dash_width, plural_shape, wordlike
from server.lexicon import function_words, load_table

TYPES = ("named_person", "organization", "document", "anonymous", "vague")
WORD = re.compile(r"[\w’'\-.]+")  # a word with its inner apostrophes, hyphens and dots
_WORD = WORD
_FIGURE = re.compile(r"^(?=[^\d]*\d)[\d.,%$]+$")  # (a digit in it: "." or "," alone is punctuation)
_CUT = words("head_cut")
SURNAME_MONTHS = frozenset(w.capitalize() for w in words("surname_month"))  # "Theresa May"
_POSTMOD_ADJECTIVES = words("postmodifier_adjective")  # "people close to the talks"
_INSTITUTION_PREPOSITIONS = words("institution_preposition")  # "scientists at the University of Oxford"
_PARTICIPLES = words("irregular_participle")  # "a poll taken"
_IRREGULAR_PAST = words("irregular_past")  # "the report Smith wrote"
_THING_NAME_WORDS = words("thing_name_word")  # "Hurricane Katrina", "Flight 370": names of no person
_RELATIVE_SUBJECT_PRONOUNS = words("personal_pronoun") & words("subject_pronoun")  # "the report he wrote"
_RELATIVE_SUBJECT_DETERMINERS = words("article") | words("possessive_determiner")  # "the report the agency released", "the letter his lawyer sent"
_LEAD = words("phrase_lead")
_QUANTIFIERS = words("quantifier")
_INDEFINITE = words("indefinite")
_VAGUE_QUANTIFIERS = words("quantifier") & words("vague_agent")  # "many", "most", "some": an unstated share of a group
_ASSORTED = words("plural_determiner") - words("determiner")  # "various", "numerous", "assorted": bodies not counted
_FOCUS_ADVERBS = words("focus_adverb")  # "Even Dub had ...": the adverb opens the clause, not the name
_CLAUSE_LEADS = words("clause")  # "If", "Though", "When": they open a sentence, not a name
_SINGULAR_DEFINITE = words("singular_definite")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
_QUOTED_TITLE = re.compile(r"^[“\"][^“”\"]+[”\"]$")
_ADVERB_SHAPE = ending("capitalized_adverb", stem="[A-Z][a-z]+")  # "Highly", "Clearly" (not "Kelly")
_ADJECTIVE_SHAPE = ending("capitalized_adjective")  # "Previous", "Effective"
_AGE_NOUN = ending("age_noun", stem=r"[\w-]+")  # "46-year-old"
_COMMON_OPENERS = words("common_opener")


@lru_cache(maxsize=1)
def _tables():
    heads: dict[str, str] = {}
    wholes: dict[str, str] = {}
    signals: dict[str, str] = {}
    labels: set[str] = set()
    for e in load_table("attribution_sources.tsv"):
        role = e.extra[0] if e.extra else "head"
        if role == "head":
            heads[e.entry.lower()] = e.type
        elif role == "whole":
            wholes[e.entry.lower()] = e.type
        elif role == "signal":
            signals[e.entry] = e.type
        elif role == "label":
            labels.add(e.entry.lower())
        elif role == "function":
            not_names.add(e.entry)
    return heads, wholes, signals, frozenset(labels)


not_names: set[str] = set()


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """Bodies named by two or more words that read like a person's name ("Rolling Stone", "The Hill", "Goldman Sachs")."""
    return {e.entry.lower(): e.type for e in load_table("attribution_sources.tsv") if e.extra and e.extra[0] == "body_name"}


@lru_cache(maxsize=4096)  # (a pure function of the string, asked for the same words again and again)
def is_name_word(word: str) -> bool:
    """Capitalized and not a function word or a date ("What", "Tuesday", "Let's")."""
    _tables()
    if _PARTICLE_NAME.match(word):
        return True  # "al-Jubeir", "el-Sisi", "d’Alema": a lowercase particle joined to a surname
    return word[:1].isupper() and word not in not_names and not capitalized_adverb(word)


def names_a_body(word: str) -> bool:
    """The capitalized word marks a body's name ("Reuters", "News", "Press") or is an acronym
    ("CNN", "NBC")."""
    return _tables()[2].get(word) == "organization" or _ACRONYM.match(word) is not None


def capitalized_adverb(word: str) -> bool:
    """A capitalized word shaped like an adverb ("Simply", "Clearly"; not "Kelly"): no name."""
    return _ADVERB_SHAPE.match(word) is not None


_PARTICLE_NAME = re.compile(r"^[a-z]{1,3}['’-][A-Z][a-z]")
_TITLE_ABBREVIATIONS = words("abbreviation")  # "Maj.", "Sen.", "Dr."
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")  # "Sgt. 1st Class Brian Marquez": part of a rank


def month_surname(words: list[str], k: int) -> bool:
    """``words[k]`` is a month that is a surname here: right after a name and not before a day
    number ("Theresa May said", not "in May 2019" or "on May 5")."""
    w = words[k].rstrip(".,")
    return (
        w in SURNAME_MONTHS
        and k > 0
        and is_name_word(words[k - 1].rstrip(".,"))
        and not (k + 1 < len(words) and words[k + 1][:1].isdigit())
    )


def name_words(words: list[str]) -> list[bool]:
    """For each word, whether it reads as part of a name in this phrase (``is_name_word``, or a
    month after a first name: "Theresa May", "Brian May")."""
    return [is_name_word(w) or month_surname(words, k) for k, w in enumerate(words)]


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    words = set()
    for e in load_table("attribution_verbs.tsv"):
        for form in e.extra[0].split(","):
            if " " not in form.strip():
                words.add(form.strip().lower())
    return frozenset(words)


def participle_word(word: str) -> bool:
    """A lowercase past participle ("stolen", "released"): it modifies or predicates, it names nobody."""
    low = word.lower()
    return word.islower() and (low in _PARTICIPLES or (low.endswith("ed") and len(low) > 4))


def looks_like_verb(low: str) -> bool:
    """True for a reporting-verb form (it ends a source phrase when scanning leftwards)."""
    return low in _verb_words()


_COMMON_SUFFIXES = tuple(sorted(words("common_noun_suffix")))


_AGENT_SUFFIXES = tuple(sorted(words("agent_suffix")))
_NOT_AGENTS = words("not_agent_noun")


_THING_ENDINGS = tuple(sorted(words("thing_agent_ending")))  # "computer", "statement": things shaped like agents


def agent_ending(low: str) -> bool:
    """A lowercase noun ends like a person or group of people ("challenger", "fishermen",
    "residents"), and is none of the things shaped like them ("water", "printers")."""
    bare = low[:-1] if low.endswith("s") else low
    return low.endswith(_AGENT_SUFFIXES) and low not in _NOT_AGENTS and bare not in _NOT_AGENTS and not bare.endswith(_THING_ENDINGS)


def agent_word(word: str) -> bool:
    """A lowercase noun shaped like a person or group of people ("the challenger", "biochemist")."""
    return word.islower() and len(word) > 4 and agent_ending(word.lower())


def common_noun_shape(word: str) -> bool:
    """A word shaped like an English common noun ("Cooperation", "Agreement", "Funding")."""
    return len(word) > 5 and word.lower().endswith(_COMMON_SUFFIXES)


def is_label_word(phrase: str) -> bool:
    """True for page labels that precede a colon without being a speaker ("Update:", "Note:")."""
    return phrase.strip().lower() in _tables()[3]


@lru_cache(maxsize=4096)  # (a pure function of the string, asked for the same words again and again)
def head_type(phrase: str) -> str | None:
    """Type given by the phrase's head noun ("officials", "report", "critics"), or None."""
    heads, wholes, signals, _ = _tables()
    words = _WORD.findall(phrase)
    if not words:
        return None
    low = [w.lower().rstrip(".,") for w in words]
    k = len(low)
    while k > 2 and (low[k - 1] in _DATE_WORDS or low[k - 1] in _DATE_PARTS or low[k - 1] in _PAGE_ADVERBS or _DAY_OR_YEAR.match(low[k - 1])):
        k -= 1  # ("the tweet shown above": the place on the page belongs to the participle too; "filed March 19": so does the day)
    if k < len(low) and k >= 2 and words[k - 1].islower() and (low[k - 1].endswith("ed") or low[k - 1] in _PARTICIPLES):
        words, low = words[:k], low[:k]  # "A poll released Sunday", "A poll taken last week": the date belongs to the participle
    if len(low) > 2 and words[-1].islower() and (low[-1].endswith("ed") or low[-1] in _PARTICIPLES) and _noun_type(heads, low[-2]) == "document":
        return "document"  # "A poll taken", "the report released": a participle after the document
    if len(low) == 1 and low[0] in wholes and wholes[low[0]] != "pronoun":
        return wholes[low[0]]
    # "a number of senators", "some of the officials": the head is in the of-phrase
    for k in range(len(low) - 2):
        if low[k] in _QUANTIFIERS and low[k + 1] == "of":
            if _document_then_zero_relative(words[k + 2 :]):
                return "document"  # "A series of text messages Volker provided": the documents, not their provider
            inner = head_type(" ".join(words[k + 2 :]))
            named = next((w for w in words[k + 2 :] if w.lower() not in ("the", "a", "an")), "")[:1].isupper()
            if low[k] in ("member", "members") and (inner == "organization" or (inner is None and named)):
                return "anonymous"  # "members of Congress": unnamed people of a named body
            if is_number_word(low[k]) and (inner == "vague" or (inner is None and words[-1].islower() and words[-1].endswith("s") and agent_word(words[-1]))):
                return "anonymous"  # "Two of those survivors": a counted few, like "two survivors"
            return inner
    if "by" in low[1:]:
        # "a poll released by ABC News", "an analysis by Lee Epstein", "officials quoted by
        # Reuters": the head before "by" types the phrase, not the agent after it (a "tally by
        # the Center ..." has no typed head and keeps the agent's type)
        h = low.index("by", 1) - 1
        if h >= 1 and words[h].islower() and low[h].endswith("ed"):
            h -= 1
            if h >= 1 and words[h].islower() and low[h].endswith("ly"):
                h -= 1  # ("Data previously collected by NASA": the adverb belongs to the participle)
        typed = _noun_type(heads, low[h])
        if typed is not None:
            return typed
    if len(words) > 2 and words[-1].islower() and words[-2][:1].isupper() and _noun_type(heads, low[-1]) is not None and "of" in low and all(w[:1].isupper() or w in _NAME_JOINERS for w in words[:-1]):
        typ = _noun_type(heads, low[-1])  # "Georgia Department of Corrections records", "Department of Justice officials": the name modifies the noun after it
        return "anonymous" if typ == "vague" else typ  # ("Bank of America analysts": unnamed people of a named body)
    # the head is the last word before a post-modifier ("officials familiar with ...")
    cut = len(low)
    for k in range(1, len(low)):
        if low[k] in _CUT or low[k] in _POSTMOD_ADJECTIVES:
            if low[k] == "familiar" and f"{low[k - 1]} familiar" in heads:
                return heads[f"{low[k - 1]} familiar"]
            cut = k
            break
    if cut >= 3 and cut < len(low) and low[cut - 1] in _DATE_WORDS:
        cut -= 2 if low[cut - 2] in ("this", "last") else 1  # "a lawsuit filed this month against": the date follows the participle
    if cut >= 2 and cut < len(low) and words[cut - 1].islower() and (low[cut - 1].endswith("ed") or low[cut - 1] in _PARTICIPLES):
        cut -= 1  # "people involved in the talks", "officials briefed on", "a video made in": the participle follows the head
    elif cut >= 2 and cut < len(low) and words[cut - 1].islower() and low[cut - 1].endswith("ing") and _noun_type(heads, low[cut - 2]) is not None:
        cut -= 1  # "officials traveling with him" (but "the most recent polling in Florida": the -ing word is the head)
    insiders = cut < len(low) and (low[cut] in _POSTMOD_ADJECTIVES or low[cut].endswith("ed"))
    # "scientists at the University of Oxford": unnamed people of a named institution
    insiders = insiders or (cut + 1 < len(low) and low[cut] in _INSTITUTION_PREPOSITIONS and any(is_name_word(w) for w in words[cut + 1 :]))
    head = low[cut - 1]
    if insiders and (_noun_type(heads, head) == "vague" or (_noun_type(heads, head) is None and agent_word(head))):
        return "anonymous"  # "people close to the talks", "experts at Harvard", "the organist at the church": unnamed insiders
    head_word = words[cut - 1]
    if head_word[:1].isupper() and head_word in signals and cut > 1:
        return signals[head_word]  # "NBC News", "the Chicago Police" (not a lone sentence-initial word)
    compound = _noun_type(heads, f"{low[cut - 2]} {head}") if cut >= 2 else None
    if compound is not None:
        return compound  # "the staff member", "two staff members": a two-word head noun
    if head in heads and heads[head] == "vague" and cut > 1 and "percent" not in low and (
        is_number_word(low[0]) or (len(low) > 2 and low[0] in ("the", "these", "those") and is_number_word(low[1]))
    ):
        return "anonymous"  # "Two people", "the three critics": a counted set of unnamed people, not a weasel
    if head_word[:1].isupper() and not head.endswith("s") and _noun_type(heads, head) != "role" and _surname_like(words, low, cut, heads, signals):
        return None  # "Tim Cook", "Adam Driver": a surname, not the common noun (a title such as "Home Secretary" is capitalized)
    return _noun_type(heads, head)


def _surname_like(words, low, cut, heads, signals) -> bool:
    """The Capitalized singular head ends a name: a first name before it (no head noun, body
    word, determiner, or word shaped like an adjective or a common noun)."""
    if cut == 1:
        return words[0].lower() in first_names()  # a lone word: "Police said" is the noun, "Cook said" a name, the table decides; "Bill said" is a first name
    before, blow = words[cut - 2], low[cut - 2]
    shaped = blow.endswith(("ed", "ing", "’s", "'s", "al")) or _ADJECTIVE_SHAPE.search(blow) or common_noun_shape(before)  # ("Final Column")
    return before[:1].isupper() and blow not in heads and before not in signals and blow not in _LEAD and not shaped  # ("Newly Released Document")


_OF_COMPOUND = re.compile(r"^([a-z]+)-(?:in|of|at)-[a-z]+$")  # "editor-in-chief", "commander-in-chief"
_PREFIXED = re.compile(r"^[a-z]+-([a-z]{3,})$")  # "neo-banks", "ex-officials"
_SIBILANT_PLURALS = ("ches", "shes", "sses", "xes", "zes")  # "churches", "businesses": "-es" after a hissing sound


def _noun_type(heads: dict, head: str) -> str | None:
    """Type of a head noun, singular or plural ("senators", "drivers": unnamed people)."""
    if head in heads:
        return heads[head]
    if _AGE_NOUN.match(head):
        return "role"  # "the 46-year-old": one person, like "the mayor"
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else ""
    if singular not in heads and head.endswith(_SIBILANT_PLURALS) and heads.get(head[:-2]) not in (None, "document"):
        singular = head[:-2]  # "churches", "coaches" (not "researches", a verb: documents take no "-es" here)
    if singular in heads:
        typ = heads[singular]
        return "anonymous" if typ == "role" else typ  # ("utilities", "agencies": "-ies" plurals too)
    compound = _OF_COMPOUND.match(head)
    if compound:
        return _noun_type(heads, compound.group(1))  # "editor-in-chief", "sister-in-law": the first noun is the head
    prefixed = _PREFIXED.match(head)
    if prefixed:
        return _noun_type(heads, prefixed.group(1))  # "neo-banks", "ex-officials", "co-founders": the noun after the prefix
    return None


_PERSON_OF = re.compile(r"^(?:[\w-]*\d[\w-]*\s+)?((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*) (?:of|from|with|at) (?:the [a-z]|(?:the )?(?:\d+(?:st|nd|rd|th)\s+)?[A-Z]|(?:[a-z][\w-]*\s+){1,3}[A-Z])")  # (an age, "43-year-old",) a title and two or three name words; then the body, named or not ("with the jail", "of digital consulting firm IMGE")


def one_of_a_place(phrase: str) -> str:
    """The Capitalized word of "a/an/one/another (lower-case or number words) Word" ("a Briton",
    "A 30-year-old British-Iranian", "one Syrian"), or "": one unnamed person named by where
    they are from (the ledger keeps a word the article uses as a name a name: "a rueful McIlroy")."""
    _, _, signals, _ = _tables()
    words = _WORD.findall(phrase)
    if not (2 <= len(words) <= 4 and words[0].lower() in _ONE_PERSON and is_name_word(words[-1])):
        return ""
    if words[-1] in signals or _ACRONYM.match(words[-1]) or words[-1].endswith("s") or not all(w[:1].islower() or w[:1].isdigit() for w in words[1:-1]):
        return ""
    return words[-1]


def person_of_outlet(phrase: str) -> str:
    """The person's name in "NAME of/from (the) ORGANIZATION" ("Sui-Lee Wee of the New York Times",
    "Hamid Ba'idinejad from Iran's Foreign Ministry"), or "".

    The words before "of" must be plain name words (no title, body or common noun: "Bank of
    America", "Secretary of State" are not persons), and no personal name may end the phrase
    ("Secretary of State Mike Pompeo" is the title of the name at its end)."""
    phrase = " ".join(phrase.split()).strip(" ,")
    m = _PERSON_OF.match(phrase)
    if m is None:
        return ""
    _, _, signals, _ = _tables()
    names = m.group(1).split()
    while len(names) > 2 and (names[0].rstrip(".").lower() in _TITLE_ABBREVIATIONS or head_type(names[0].lower()) == "role"):
        names = names[1:]  # "Maj. Andre Jeansonne of the 135th ...", "Lt. Col. Brian Rahn of ...", "Chancellor Gene Block of UCLA": titles lead the name
    if len(names) > 3 or any(w in signals or w.rstrip(".") in signals or not is_name_word(w) or common_noun_shape(w) or head_type(w) is not None for w in names):
        return ""
    tail = _WORD.findall(phrase[m.end(1) :].split(",")[0])  # ("of Aberdeenshire, Scotland": the place ends at its comma)
    if tail[:1] == ["of"] and len([w for w in tail if is_name_word(w)]) >= 2 and _ends_with_personal_name(tail, signals) and first_name_gender(" ".join(names)) is None:
        return ""  # ("Secretary of State Mike Pompeo"; but "Martin Taylor of Aberdeenshire" is Martin Taylor, "John Smith with the Sierra Club" John Smith, "Andrew Pincus of Mayer Brown" Andrew Pincus: a first name opens his name)
    return " ".join(names)


_TITLE_INSIDE = re.compile(r"[“\"][A-Z][^“”\"]{0,60}?[”\"]")  # a capitalized title in quotation marks inside a longer phrase


def is_quoted_title(phrase: str) -> bool:
    """True for a title in quotation marks ("“The Trumps,”"): a book, article or report."""
    return bool(_QUOTED_TITLE.match(phrase.strip()))


def who_aside(phrase: str, first: str) -> bool:
    """"Nyong'o, who won an Oscar,": an aside opened by "who" after a name "who" can stand for."""
    return phrase[len(first) + 1 :].lstrip().lower().startswith("who ") and who_names_person(first)


def who_names_person(name: str) -> bool:
    """"who" after this name makes it a person: a short name that is no acronym ("ISIS, who")
    and no plural ("the Houthis, who", "Democrats, who")."""
    name = name.strip()
    return bool(name) and not name.isupper() and not name.endswith("s") and len(name.split()) <= 3


_SURVEY_PARTICIPLES = words("survey_participle")  # "voters polled", "the senators surveyed"
_EXCEPTION_QUANTIFIERS = words("exception_quantifier")  # "Everyone but Hewlett"
_COLLECTION_NOUNS = words("collection_noun")  # "a string of tweets"
_PARTICIPLE_TAIL = re.compile(r"\s(?:dated|released|published|issued|posted|written|obtained|sent)\b")  # "documents dated January 15"


_AMPERSAND_NAME = re.compile(r"[A-Z][\w.]*\s?&\s?[A-Z]")  # "Procter & Gamble", "AT&T"


_INITIAL_SURNAME = re.compile(r"[A-Z]\.\s[A-Z][a-z][\w'’-]*")  # one initial, then a surname


def initial_and_surname(phrase: str) -> bool:
    """The phrase is one initial and a surname ("A. Hylton"): a person's name."""
    return _INITIAL_SURNAME.fullmatch(phrase.strip(" ,")) is not None


def _plural_group(word: str) -> bool:
    """A plural party or demonym ("Democrats", "Iowans"), which the ledger's table lists."""
    from server.annotate.ledger_names import plural_group_name  # (that module reads this one)

    return word[:1].isupper() and plural_group_name(word)


_TIME_LEADS = words("time_lead")  # "Last year, …", "Next week …": a date opens the sentence, no name
_RELATIVE_WORDS = words("relative_pronoun") - {"that"}  # ("said that the senators met": "that" also opens a reported clause)
_EXAMPLE_OPENERS = words("example_opener")  # "players, including Kane, who have …": the members named after the group
_RELATIVE_COORDINATORS = words("coordinator")  # "…, and who …": a second relative clause of the same noun


def _body_aside(name: str, aside: str) -> bool:
    """``aside``, set off by commas after ``name``, is a lower-case article and a body noun ("the
    official news agency", "a union") and ``name`` has no given name and no preposition: the
    name is the body's ("Xinhua, the official Chinese news agency,", "National Nurses United, a
    union,"; not "Chris Cillizza, The Washington Post," nor "Tom Lee of the Eurasia Group, a
    consultancy,")."""
    opener, parts = _WORD.findall(aside)[:1], _WORD.findall(name)
    return (
        bool(opener) and opener[0] in _RELATIVE_SUBJECT_DETERMINERS and head_type(aside) == "organization"
        and not any(w.lower() in given_names() or w.lower() in _PLACE_PREPOSITIONS or w.lower() == "for" for w in parts)
    )


def _unnamed_bodies(words: list[str], low: list[str]) -> bool:
    """A bare plural of a body noun, after nothing or a vague quantity ("churches", "several unions",
    "other companies"): no body is named. "The unions", "Both companies" point back to named ones."""
    rest = low[1:] if low[0] in _VAGUE_QUANTITY else low
    lower = words[len(words) - len(rest) :]
    return 1 <= len(rest) <= 2 and all(w.islower() or (k == 0 and len(rest) == len(words) and w[1:].islower()) for k, w in enumerate(lower)) and rest[0] not in _OPENING_WORDS and rest[-1].endswith("s") and head_type(rest[-1]) == "organization"


_VAGUE_QUANTITY = words("vague_quantity")
_OPENING_WORDS = words("determiner") | words("quantifier")  # ("the unions", "both companies": a determiner points back)
_BASED_MODIFIER = re.compile(r"\b[\w.’'-]+-based\s+")  # "Yemen-based", "U.S.-based": a modifier of where a body sits


@lru_cache(maxsize=4096)  # (a pure function of the string, asked for the same words again and again)
def classify(phrase: str) -> str:
    """Source type of ``phrase``: one of ``TYPES`` or ``"pronoun"`` (resolve it separately)."""
    heads, wholes, signals, _ = _tables()
    words = _WORD.findall(phrase)
    if not words:
        return "vague"
    low = [w.lower() for w in words]
    if len(words) > 3 and low[0] in ("a", "an") and low[1] in _COLLECTION_NOUNS and low[2] == "of":
        return classify(" ".join(words[3:]))  # "a string of tweets": the tweets type it (not "a" person)
    if len(words) > 2 and low[1] == "but" and low[0] in _EXCEPTION_QUANTIFIERS:
        return classify(low[0])  # "Everyone but Hewlett", "All but two": the quantifier, not the exception, types it
    if _unnamed_bodies(words, low):
        return "vague"  # "churches vowed", "several unions said": bodies the reader is not told the names of
    based = _BASED_MODIFIER.search(phrase)
    if based and _WORD.search(phrase[based.end() :]):
        return classify(phrase[: based.start()] + phrase[based.end() :])  # "The Yemen-based al Qaeda in the Arabian Peninsula": where a body sits does not type it
    relative = zero_relative_after_head(words)
    if relative is not None:
        return classify(" ".join(words[: relative[0]]))  # "the lawsuit Novak filed against the church", "Most people the Post interviewed": the head, not the clause's subject
    if len(words) > 1 and low[-1] in _SURVEY_PARTICIPLES:
        return classify(phrase[: phrase.rstrip().rfind(words[-1])])  # "the senators surveyed": the people, whoever polled them
    if len(words) == 1 and low[0] in wholes and not (len(words[0]) > 1 and _ACRONYM.match(words[0])):
        return wholes[low[0]]  # ("WHO" and "US" in capitals are the bodies, not the pronouns)
    share = _SHARE.match(phrase.strip())
    if share and is_number_word(share.group(1)) and is_number_word(share.group(2)):
        return "vague"  # "Nearly three in four", "One in five Americans": a share of poll respondents, nobody in particular
    if initial_and_surname(phrase):
        return "named_person"  # "A. Hylton": an initial and a surname name a person
    if _AMPERSAND_NAME.search(phrase) and all(w[:1].isupper() or (k == 0 and w == "the") for k, w in enumerate(words)):
        return "organization"  # "Procter & Gamble", "Ernst & Young", "AT&T": a firm's name, no person
    whole = " ".join(low[1:] if low[0] == "the" and " ".join(low) not in _outlets() else low)
    if len(words) > 1 and words[-1][:1].isupper() and whole in _outlets():
        return _outlets()[whole]  # "Rolling Stone", "The Hill", "the Muslim Brotherhood": a body's whole name, no person named Stone or Hill
    branch = next((k for k in range(1, len(low)) if low[k] in _PLACE_PREPOSITIONS), None)
    body = " ".join(low[1 if low[0] == "the" else 0 : branch]) if branch is not None else ""
    if body in _outlets():
        return _outlets()[body]  # "Al Qaeda in the Arabian Peninsula": the body's branch, no person
    dash = _DASH_ASIDE.search(phrase)
    if dash and _WORD.search(phrase[: dash.start()]):
        return classify(phrase[: dash.start()])  # "The agency -- citing internal documents --": the phrase before its aside decides
    if is_quoted_title(phrase):
        return "document"  # according to “The Trumps,”: a book, article or report named by its title
    untitled = _TITLE_INSIDE.sub("the title", phrase)
    if untitled != phrase:
        return classify(untitled)  # 'The producers of "Mission Impossible III"', 'the “Avatar” star': a title names no one
    if any(w in _ANONYMITY for w in low) and "," in phrase:
        return "anonymous"  # "The senator, speaking on condition of anonymity,": the source asked not to be named
    if len(words) > 3 and low[0] in _QUANTIFIERS and low[1] == "of" and low[2] in _PEOPLE_PRONOUNS and describes_people(low[3]):
        return classify(" ".join(words[2:]))  # "Many of those who live near the Thames": the people, not the river
    if low[0] in _PEOPLE_PRONOUNS and len(words) > 1 and describes_people(low[1]):
        return classify("people" + phrase.lstrip()[len(words[0]) :])  # "Those close to Trump" are people close to Trump, not Trump
    if len(words) > 2 and words[1].islower() and describes_people(low[1]) and phrase.lstrip().startswith(words[0]) and _plural_group(words[0]):
        if low[1].endswith("ing"):
            return "vague"  # "Democrats supporting Clinton": a share of a party or people, none named (not Clinton)
        return classify("people" + phrase.lstrip()[len(words[0]) :])  # "Democrats involved in the talks" are people involved in them (a group's insiders), no person
    head = _head_before_relative(phrase)
    if head:
        return classify(head)  # "The hacker who revealed the Clinton email address": the hacker, not Clinton
    if "," in phrase and not list_of_heads(phrase):
        first = phrase.split(",")[0]
        if _WORD.findall(first) and (phrase.split(",")[1].split() or [""])[0].lower() in _EXAMPLE_OPENERS:
            group = classify(first)  # "Military veterans, including Mr. Jebens,", "Rivals, especially Ted Cruz,": the group speaks, the name is one of them
            heads = _WORD.findall(first)
            named = group == "vague" and _unnamed_bodies(heads, [w.lower() for w in heads]) and any(w[:1].isupper() for w in _WORD.findall(phrase.split(",", 1)[1])[1:])
            return "organization" if named else group  # ("Other major unions, including the AFT and the AFL-CIO,": the bodies are named)
        if appositive_name(phrase):
            return "named_person"  # "A spokesman for the campaign, Brian Fallon,": the appositive names the speaker
        if phrase.split(",")[1].strip().isdigit() and first.strip() and all(is_name_word(w) for w in _WORD.findall(first)):
            return "named_person"  # "Smith, 45,": an age names a person
        if name_after_body(phrase):
            return head_type(_before_relative(first))  # "The group that owns her music, Big Machine,": a body's name
        if _personal_name(phrase.split(",")[1]) and not _names_the_body(first, phrase.split(",")[1].strip()):
            return "named_person"  # "The head of the committee on ethics, Mike Smith,", "The state's Republican national committeeman, John Hammond,"
        if first.strip() and any(is_name_word(w) for w in _WORD.findall(first)[1:] or _WORD.findall(first)):
            typ = classify(first)  # "Adam Schiff, the ranking Democrat on the Committee,": the name decides
            if typ == "named_person" and _body_aside(first, phrase.split(",")[1]):
                return "organization"  # "Xinhua, the official Chinese news agency,": the aside says what the lone name is
            return "named_person" if typ == "organization" and who_aside(phrase, first) else typ
        if head_type(first) is not None:
            return classify(first)  # "The mayor, a critic of the plan,": the head before the aside decides
    if " by " in phrase and head_type(phrase) == "document":
        return "document"  # "Data previously collected by NASA's Hubble Space Telescope", "the report by NASA's Jim Walsh": the document, not its author
    if led_by_name(phrase):
        return "named_person"  # "Researchers led by biophysicist Sebastian Wärmländer": the named leader answers for them
    ing = _ing_after_head(words, low)
    if ing is not None:
        return classify(" ".join(words[:ing]))  # "A lawyer representing the family", "Critics opposing the plan": the noun before the participle, not its object
    tail = _PARTICIPLE_TAIL.search(phrase)
    if tail is not None and head_type(phrase[: tail.start()]) == "document":
        return "document"  # "the VA's documents dated January 15": the date in the participle names no one
    if person_of_outlet(phrase) or _role_surname_of_body(words, low):
        return "named_person"  # "Alex Horton of the Washington Post", "professor Delury of Yonsei University": a person at an organization
    if "," not in phrase and _named_after_role(words, signals) and head_type(phrase) != "document":
        return "named_person"  # "the University of Liverpool biochemist Soraya Shirazi-Beechey"
    if _possessor_then_person(words):
        return "named_person"  # "Massachusetts Institute of Technology's Jim Walsh": the body's person, not the body
    of_at = low.index("of") if "of" in low[1:4] and any(w[:1].isupper() for w in words) else 0
    if of_at and words[of_at - 1].islower() and plural_shape(words[of_at - 1]) and agent_word(words[of_at - 1]) and classify(" ".join(words[of_at + 1 :])) not in ("organization", "document"):
        head = classify(" ".join(words[:of_at]))
        if head in ("vague", "anonymous"):
            return head  # "The producers of Mission Impossible III": the people, not the film's title ("members of Congress": a body's, typed by the ledger)
    typed = head_type(phrase)
    if typed == "role":
        # "the mayor" is one identifiable person; "a senator" is not
        return "anonymous" if low[0] in _INDEFINITE else "named_person"
    if typed == "organization" and len(words) == 2 and (low[0] in _VAGUE_QUANTIFIERS or low[0] in _ASSORTED) and plural_shape(words[1]):
        return "vague"  # "Many companies say", "Assorted manufacturers": an unstated share of many bodies, none named
    if typed:
        return typed
    caps = [w for k, (w, named) in enumerate(zip(words, name_words(words))) if named and not (k == 0 and low[0] in _LEAD)]
    if caps and _thing_of_name(words, low, caps):
        return "vague"  # "the popularity of Mr. Trump", "the success of Donald Trump": a thing of a person, no person
    if _named_after_body_noun(words):
        return "organization"  # "the nonprofit Fatal Encounters", "the group Human Rights Watch"
    if len(words) >= 2 and is_name_word(words[-1]) and not _ACRONYM.match(words[-1]) and words[-1] not in signals and words[-2].islower() and (
        head_type(words[-2]) in ("role", "anonymous") or agent_word(words[-2])
    ):
        return "named_person"  # "Marketing and PR expert Martin", "Cornell professor Dev": a surname after its role
    if _ends_with_personal_name(words, signals):
        return "named_person"  # "FBI Director James Comey", "NBC News anchor Lester Holt"
    if any(low[k] == "for" and is_name_word(words[k - 1]) and is_name_word(words[k + 1]) for k in range(1, len(words) - 1)):
        return "organization"  # "Centers for Disease Control", "Center for American Progress": a body's name
    if any(w.rstrip(".,’'s") in signals or w in signals for w in caps) or any(_ACRONYM.match(w.rstrip(".,’'")) and not is_name_suffix(w) and not _initials_before_particle(words, w) for w in caps):
        return "organization"
    if caps == [words[0]] and len(words) > 1 and (words[-1][:1].islower() or (words[-1][:1].isdigit() and low[0] in _COMMON_OPENERS)) and (
        common_noun_shape(words[0]) or _ADJECTIVE_SHAPE.search(low[0]) or low[0] in _COMMON_OPENERS
    ):
        caps = []  # "Subsequent treatment with steroids", "Recent studies": a capitalized common word, no name
    modified_agent = (
        words[-1].islower() and agent_word(words[-1]) and (low[0] in _ONE_PERSON or low[0] in _SINGULAR_DEFINITE) and len(words) <= 5
        and not any(w in _PHRASE_BREAKS for w in low)
    )
    if caps and (modified_agent or (low[0] in _ONE_PERSON and _caps_only_after_preposition(words, low, caps))):
        return "anonymous"  # "A former boss in Illinois", "one Weibo commenter", "The Romanian hacker": the names are a place or a modifier, the person is unnamed
    if caps and low[0] in _QUANTIFIERS and _caps_only_after_preposition(words, low, caps):
        # "Some in the Obama administration": unnamed members of a body; "many in Washington": a place, nobody in particular
        return "anonymous" if len(low) > 2 and low[2] == "the" else "vague"
    if caps and "," not in phrase and words[-1].islower() and not agent_word(words[-1]) and any(_POSSESSIVE_NAME.match(w) and w[:-2].lower() not in _CLITIC_HOSTS for w in caps) and not any(w in _PHRASE_BREAKS for w in low):
        return "vague"  # "Taylor's blood work", "Obama's speech": a thing of a person, no person
    if caps and _thing_before_place(words, low, caps):
        return "vague"  # "Their show of force in Rust Belt states": a thing in a named place, no person
    if caps and len(words) > 1 and low[0] in _VAGUE_QUANTIFIERS and words[1] in caps and plural_shape(words[1]):
        return "vague"  # "Many Republicans in Iowa", "Some Democrats": a share of a group, no person (nor the place)
    if caps:
        return "named_person"
    if low[0] in _ONE_PERSON:
        return "anonymous"  # "a neighbor", "one resident", "another partner": a single unnamed person
    if len(words) >= 2 and low[0] in _SINGULAR_DEFINITE and words[-1].islower() and not low[-1].endswith(("s", "ive")) and agent_word(words[-1]):
        return "anonymous"  # "the farmer", "the protester", "this shopkeeper": one person, not named
    return "vague"


_PAGE_ADVERBS = words("page_adverb")
_RELATIVE_AFTER_HEAD = re.compile(r"\s(?:" + "|".join(sorted(words("relative_pronoun"))) + r")\s")  # "The hacker who revealed …"


def _head_before_relative(phrase: str) -> str:
    """The head a relative clause follows right after a word, with no comma or dash before it ("The
    hacker" of "The hacker who revealed the Clinton email address"); "" for "those who …" and
    for none."""
    relative = _RELATIVE_AFTER_HEAD.search(phrase)
    if relative is None or not phrase[relative.start() - 1 : relative.start()].isalpha() or "," in phrase[: relative.start()]:
        return ""
    return "" if phrase.split()[0].lower() in _PEOPLE_PRONOUNS else phrase[: relative.start()]


_SHARE = re.compile(r"(?:\w+ly\s+)?([\w-]+)\s+(?:in|out\s+of)\s+([\w-]+)\b", re.IGNORECASE)  # "nearly three in four"
_JURISDICTIONS = words("jurisdiction_noun")  # "the state Supreme Court": the noun modifies the name
_POSSESSIVE_NAME = re.compile(r"^[A-Z][\w.-]*['’]s$")  # "Taylor's", "China’s"
_CLITIC_HOSTS = words("clitic_host")  # "That's", "It's": a pronoun and "is", no possessive
_LED_BY = re.compile(r"\b(?:led|headed|directed|chaired) by (?=\S)")
_PEOPLE_PRONOUNS = words("people_pronoun")
_PEOPLE_DESCRIPTION_STARTS = words("people_description_start") | _POSTMOD_ADJECTIVES | _INSTITUTION_PREPOSITIONS | _PARTICIPLES
_ONE_PERSON = words("one_person_lead")
_ANONYMITY = words("anonymity_marker")
_PHRASE_BREAKS = words("relative_pronoun") | words("preposition")  # "The list of new bundlers who aided her campaign": the last word is no head
_PLACE_PREPOSITIONS = _INSTITUTION_PREPOSITIONS | {"in"}  # "a boss in Illinois", "a teacher at Harvard"
_PREPOSITIONS = words("preposition")  # "images on Twitter that …": a document before the preposition
_ARTICLES = words("article")  # "a", "an", "the"
_THING_OF_PREPOSITIONS = _PLACE_PREPOSITIONS | {"of"}  # "the popularity of Mr. Trump", "the timeline of events in ..."


def _ing_after_head(words: list[str], low: list[str]) -> int | None:
    """Index of a participle in "-ing" right after a source noun that opens the phrase, a bare
    plural or after an article or a quantifier ("Critics opposing", "the lawyer representing",
    "Several delegates backing"; not "Another working document"), else None."""
    for k in (1, 2):
        if len(words) > k + 1 and words[k].islower() and low[k].endswith("ing") and len(low[k]) > 5 and ((low[0] in _ARTICLES or low[0] in _QUANTIFIERS) if k == 2 else low[0].endswith("s")):
            if words[k - 1].isalpha() and head_type(" ".join(words[:k])) is not None:
                return k
    return None


def led_by_name(phrase: str) -> bool:
    """A group "led by" (headed, directed, chaired by) a named person ("a team led by Francisco Etxeberria")."""
    led = _LED_BY.search(phrase)
    return led is not None and classify(phrase[led.end() :]) == "named_person"


def _personal_name(part: str) -> bool:
    """The part is a personal name alone ("John Hammond")."""
    names = part.split()
    return len(names) >= 2 and all(is_name_word(w) for w in names) and _ends_with_personal_name(["x"] + names, {})


def _thing_of_name(words: list[str], low: list[str], caps: list[str]) -> bool:
    """``the NOUN of NAME``: an article, a lowercase head that names no speaker, then a preposition
    before every capitalized word ("the popularity of Mr. Trump", "the timeline of events in San
    Bernardino"): the phrase is a thing, the names only say whose or where."""
    if len(words) < 4 or low[0] not in _SINGULAR_DEFINITE or low[2] not in _THING_OF_PREPOSITIONS:
        return False
    head, last = words[1], words[-1]
    if last.islower() and (head_type(last) is not None or agent_word(last)):
        return False  # "the state of Wisconsin public records": the phrase goes on to its own head
    return head.isalpha() and head.islower() and not agent_word(head) and head_type(head) is None and all(k > 2 for k, w in enumerate(words) if w in caps)


def _place_preposition(words: list[str], low: list[str]) -> int | None:
    """Index of the first place preposition after a lowercase word (or the first word), or None."""
    return next((k for k in range(1, len(words)) if low[k] in _PLACE_PREPOSITIONS and (words[k - 1].islower() or k == 1)), None)


def _caps_only_after_preposition(words: list[str], low: list[str], caps: list[str]) -> bool:
    """Every capitalized word sits after a preposition that follows a lowercase word ("a boss in Illinois")."""
    prep = _place_preposition(words, low)
    return prep is not None and all(k > prep for k, w in enumerate(words) if w in caps)


def _role_surname_of_body(words: list[str], low: list[str]) -> bool:
    """"professor Delury of Yonsei University", "the economist Smith at Harvard": a lowercase role,
    one Capitalized name, then "of"/"at"/"from" and a body: the named person."""
    k = 1 if low and low[0] in ("the", "a", "an") else 0
    return (
        len(words) >= k + 4 and words[k].islower() and head_type(low[k]) == "role"
        and is_name_word(words[k + 1]) and low[k + 2] in ("of", "at", "from") and any(is_name_word(w) for w in words[k + 3 :])
    )


def _thing_before_place(words: list[str], low: list[str], caps: list[str]) -> bool:
    """The names sit only after a place preposition whose head before it is a plain thing noun (no
    person word, no source noun): "the show of force in Rust Belt states", "the mood in Iowa"."""
    if not _caps_only_after_preposition(words, low, caps):
        return False
    prep = _place_preposition(words, low)
    head = words[prep - 1]
    phrase_words = [w for w in words[:prep] if w.lower() != "of"]  # ("the mood", "Their show of force": two words at least)
    return head.isalpha() and head.islower() and not agent_word(head) and head_type(head) is None and len(phrase_words) >= 2


def describes_people(word: str) -> bool:
    """The word after "those" describes the people meant ("those close to", "those siding with",
    "those who", "those in the room"); a noun after it is the head instead ("those officials")."""
    return word in _PEOPLE_DESCRIPTION_STARTS or word.endswith(("ing", "ed"))


_PARTICLES = words("name_particle")


def _initials_before_particle(words: list[str], word: str) -> bool:
    """``word``, in capitals, is a person's initials: a name particle and a surname follow it ("AB
    de Villiers", "JJ van Dyke"), as no body's acronym is followed."""
    k = words.index(word) if word in words else -1
    return 0 <= k < len(words) - 2 and words[k + 1] in _PARTICLES and is_name_word(words[k + 2])


def modified_common_noun(phrase: str, speakers=frozenset()) -> bool:
    """Capitalized modifiers before a plain lowercase head noun that names no speaker ("The Saudi
    airstrikes", "China's coal consumption"; not "Clinton aides", "Clinton herself", "Trump's
    running mate", "France in particular"; nor a head in ``speakers``, the ledger's nouns for
    people and bodies: "the Clinton camp"): typed as a person, it would be no one's name."""
    words = _WORD.findall(phrase)
    if len(words) < 2 or "," in phrase:
        return False
    low = [w.lower() for w in words]
    cut = next((k for k in range(2, len(low)) if low[k] in _CUT and low[k] != "of"), None)  # ("the Belgian region of Wallonia" is Wallonia)
    if cut is not None and words[cut - 1].islower():
        return modified_common_noun(" ".join(words[:cut]), speakers)  # "Sweden's relationship with the modern Islamic world": the head before "with"
    last = words[-1]
    if not (last.isalpha() and last.islower()) or low[-1].endswith(("self", "selves")) or agent_word(last) or head_type(phrase) is not None or low[-1] in speakers:
        return False
    if any(w in _CUT for w in low[1:]) or not any(is_name_word(w) for w in words[1:-1] or words[:1]):
        return False
    return all(is_name_word(w) or w.lower() in _LEAD or w.endswith(("’s", "'s")) for w in words[:-1])


_NAME_SUFFIXES = frozenset(w.lower() for w in words("name_suffix"))


def is_name_suffix(word: str) -> bool:
    """"Jr.", "III": a generational suffix after a surname (any case, with or without its period)."""
    return word.rstrip(".").lower() in _NAME_SUFFIXES


def _possessor_then_person(words: list[str]) -> bool:
    """A possessive, then a first name and a surname end the phrase ("MIT's Jim Walsh")."""
    k = max((m for m, w in enumerate(words) if w.endswith(("'s", "’s"))), default=None)
    if k is None or not 2 <= len(words) - k - 1 <= 3:
        return False
    after = words[k + 1 :]
    return after[0].lower() in first_names() and all(is_name_word(w) for w in after)


def _ends_with_personal_name(words: list[str], signals: dict[str, str]) -> bool:
    while len(words) > 2 and is_name_suffix(words[-1].rstrip(",")):
        words = words[:-1]  # "Bob Jones III", "James P. Kennedy Jr.": the suffix follows the surname
    run = 0
    flags = name_words(words)
    for k, (w, named) in enumerate(zip(reversed(words), reversed(flags))):
        w = w.rstrip(".,")
        initial = len(w) == 1 and w.isupper() and 0 < k < len(words) - 1  # "Louis D. Brandeis": a middle initial
        possessor = k > 0 and w.endswith(("'s", "’s"))  # "Human Rights Watch's Tanya Cooper": the body is no part of the name
        if named and not possessor and w not in signals and (initial or (not _ACRONYM.match(w) and not w.isupper())):
            run += 1
        else:
            break
    return run >= 2 and run < len(words)  # a title or description before a first + last name


def _final_name_start(words: list[str]) -> int:
    """Index where the run of name words that ends the phrase starts (``len(words)``: none)."""
    flags = name_words(words)
    k = len(words)
    while k > 0 and flags[k - 1]:
        k -= 1
    return k


def _document_then_zero_relative(words: list[str]) -> bool:
    """``the DOCUMENT SUBJECT VERB-ed ...``: a relative clause without "that" after a document noun
    ("the lawsuit Novak filed against the church", "the report the agency released")."""
    found = zero_relative_after_head(words)
    return found is not None and found[1] == "document"


def zero_relative_after_head(words: list[str]) -> tuple[int, str] | None:
    """``the NOUN SUBJECT VERB-ed ...`` in the first words: where a relative clause without "that"
    starts after a typed head noun, with the noun's type ("Most people the Post interviewed":
    (2, "vague"); "the lawsuit Novak filed": (2, "document")), or None."""
    for k in range(1, min(len(words) - 2, 4)):
        typ = _noun_type(_tables()[0], words[k].lower()) if words[k].islower() and words[k] not in _QUANTIFIERS else None
        if typ is None:  # ("half the senators surveyed": a share of a group, no head of a clause)
            continue
        m = _relative_subject_end(words, k + 1)
        if m is not None and m < len(words) and _past_shape(words[m]):
            return (k + 1, typ)
    return None


def _past_shape(word: str) -> bool:
    """A lowercase past form: "-ed", an irregular participle ("sent", "taken") or past ("wrote")."""
    return word.islower() and (word.endswith("ed") or word in _PARTICIPLES or word in _IRREGULAR_PAST)


def _relative_subject_end(words: list[str], k: int) -> int | None:
    """Where the subject of a relative clause opening at ``k`` ends: a run of names ("Novak"), a
    personal pronoun ("he"), or a determiner and up to two lowercase nouns ("the agency", "his
    office"); None when none opens there."""
    if k >= len(words):
        return None
    if is_name_word(words[k]):
        m = k + 1
        while m < len(words) and is_name_word(words[m]):
            m += 1
        return m
    low = words[k].lower()
    if low in _RELATIVE_SUBJECT_PRONOUNS:
        return k + 1
    if low not in _RELATIVE_SUBJECT_DETERMINERS:
        return None
    m = k + 1
    while m < len(words) and m - k <= 2 and words[m].isalpha() and (words[m].islower() or is_name_word(words[m])) and not _past_shape(words[m]):
        m += 1
    return m if m > k + 1 else None


def named_after_body_noun(phrase: str) -> bool:
    """"news agency Al Akhbar", "the nonprofit Fatal Encounters": a body noun introduces the name."""
    return _named_after_body_noun(_WORD.findall(phrase))


def _named_after_body_noun(words: list[str]) -> bool:
    """The phrase ends in a Capitalized name right after a lowercase noun for a body."""
    k = _final_name_start(words)
    if not (0 < k < len(words) and words[k - 1].islower() and head_type(words[k - 1]) == "organization") or words[k - 1] in _JURISDICTIONS:
        return False  # ("the state Supreme Court": the noun says which court)
    # "Clinton campaign Chairman John Podesta": a title in the name makes it a person's
    return not any(head_type(w.lower()) in ("role", "anonymous") or w.rstrip(".").lower() in _TITLE_ABBREVIATIONS for w in words[k:])


def _named_after_role(words: list[str], signals: dict[str, str]) -> bool:
    """The phrase ends with a first and last name right after a lowercase role or agent noun
    ("NBC News anchor Lester Holt", "the University of Liverpool biochemist Soraya Shirazi-Beechey"):
    the named person speaks, whatever body the words before name."""
    if not _ends_with_personal_name(words, signals):
        return False
    k = _final_name_start(words)
    role = words[k - 1] if k > 0 else ""
    if not (role.islower() and (head_type(role) in ("role", "anonymous") or agent_word(role))):
        return False
    # a preposition before the role must open a body's name ("of Liverpool biochemist"), not the
    # phrase the role sits in ("A spokesman for Democratic presidential candidate Hillary Clinton")
    for m in range(k - 2, -1, -1):
        if words[m].islower() and words[m] in _CUT:
            return all(w[:1].isupper() for w in words[m + 1 : k - 1])
    return True


def appositive_name(phrase: str) -> str:
    """The personal name in apposition after a role or an unnamed person ("UK Home Secretary,
    Sajid Javid,", "A spokesman for the campaign, Brian Fallon,"), or ""."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    if len(parts) < 2:
        return ""
    lead = parts[0].split(" (")[0]
    if head_type(lead) not in ("role", "anonymous") and not (_personal_name(parts[1]) and classify(lead) == "anonymous"):
        return ""  # ("The state's Republican national committeeman, John Hammond,": an unnamed person's description)
    name = person_of_outlet(parts[1]) or parts[1]  # "Another pollster, David Woodard of Clemson University,"
    names = name.split()
    if _names_the_body(lead, name):
        return ""
    if all(is_name_word(w) for w in names) and _ends_with_personal_name(["x"] + names, {}):
        return name
    plain = all(not (w.islower() and (w in _CUT or w.endswith("ed"))) for w in names)  # ("The aides, led by campaign manager Terry Sullivan," are not he)
    if len(parts) == 2 and names[0].islower() and plain and _ends_with_personal_name(names, _tables()[2]):
        return display_name(name, "named_person")  # "another witness, former White House Russia adviser Fiona Hill"
    return ""


def _names_the_body(lead: str, name: str) -> bool:
    """The name in apposition after "a member of … <body>" names that body, not the person: it
    opens with no given name ("A leading member of the Houthis' political wing, Ansar Allah,"; not "A member
    of the group, Ali Imad,", whose head is no part of a body with a name of its own)."""
    body = lead.split()[-1].lower() if " of " in lead else ""
    return body in _SUB_BODIES and bool(name.split()) and name.split()[0].lower() not in first_names()


_SUB_BODIES = words("sub_body_noun")


def _before_relative(phrase: str) -> str:
    """The noun phrase before a relative clause or a prepositional phrase ("The group that owns her
    music" -> "The group", "The head of the committee" -> "The head")."""
    return re.split(r"\s(?:that|which|who|of|about|in|on|for|at|from|with)\s", phrase)[0]


def name_after_body(phrase: str) -> str:
    """The name in apposition after an unnamed body ("The group that owns her music, Big Machine,"
    -> "Big Machine"), or ""."""
    return _name_after_body([p.strip() for p in " ".join(phrase.split()).strip(" ,;:").split(",") if p.strip()])


def _name_after_body(parts: list[str]) -> str:
    """"the nonprofit, Washington-based National Law Enforcement Officers Memorial Fund": the
    name that follows an unnamed body in apposition, or ""."""
    if len(parts) != 2:
        return ""
    head = _before_relative(parts[0])  # "The group that owns most of her music, Big Machine,"
    if head_type(head) not in ("organization", "document") or any(is_name_word(w) for w in _WORD.findall(head)):
        return ""
    words = _WORD.findall(parts[1])
    names = [w for w in words if is_name_word(w)]
    if len(names) < 2 or any(not is_name_word(w) and w.lower() not in _NAME_JOINERS for w in words):
        return ""
    while words and (words[0].lower() in _NAME_JOINERS or ("-" in words[0] and words[0].rsplit("-", 1)[1].islower())):
        words = words[1:]  # "the", "Washington-based": a modifier before the name
    return " ".join(words)


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|whom)\b", re.IGNORECASE)


_HANDLE = re.compile(r"(?<!\w)@\w{2,}")  # a social-media handle: the name its user goes by


_DASH_ASIDE = re.compile(r"\s(?:[—–]|--?)\s")  # " -- ", " — ": an aside between dashes
_ASIDE_BREAK = re.compile(_DASH_ASIDE.pattern + "|,")  # a comma or a dash, "--" too, between a phrase and its aside


_SERIAL_NAME = re.compile(r"\b([A-Z][\w’'-]+) of ((?:[A-Z][\w’'-]*, )+[A-Z][\w’'-]* and [A-Z])")  # "Ministry of Trade, Industry and Energy"
_NAME_COMMA = "\u2063"  # (an invisible separator holds a name's commas while the phrase is cut at the others)


def hold_name_commas(name: str) -> str:
    """The commas between the fields of a body's name ("Ministry of Trade, Industry and Energy")
    hidden, so that cutting the phrase at its commas keeps the name whole."""
    def hold(m: re.Match) -> str:
        return m.group(0) if head_type(m.group(1)) != "organization" else f"{m.group(1)} of {m.group(2).replace(',', _NAME_COMMA)}"
    return _SERIAL_NAME.sub(hold, name)


def release_name_commas(name: str) -> str:
    return name.replace(_NAME_COMMA, ",")


def display_name(phrase: str, typ: str = "") -> str:
    """The phrase as the ledger shows it (see ``_display_name``); a body's name keeps its inner
    commas ("the Ministry of Trade, Industry and Energy")."""
    return release_name_commas(_display_name(hold_name_commas(phrase), typ))


def _display_name(phrase: str, typ: str = "") -> str:
    """The phrase as the ledger shows it.

    Whitespace collapsed and edge punctuation trimmed; for a named person, the name without
    the description before it ("information anchor León Krauze" -> "León Krauze") or the
    appositive after it ("Jeff Weaver, Sanders’ campaign manager," -> "Jeff Weaver").
    """
    name = " ".join(phrase.split()).strip(" ,;:—–-")
    head = _head_before_relative(name) if typ == "named_person" and name[:1].isupper() else ""
    if head:
        name = head  # "Hacker who revealed private Clinton email address": the hacker, not Clinton
    if is_quoted_title(name):
        return name[0] + name[1:-1].rstrip(",. ") + name[-1]  # "“The Trumps,”" -> "“The Trumps”"
    dash = _DASH_ASIDE.search(name)
    if dash and _WORD.search(name[: dash.start()]):
        name = name[: dash.start()].strip(" ,;:")  # "Whit Ayres -- author of 2016 and Beyond --": the aside goes first
    if typ != "named_person" and _ASIDE_BREAK.search(name):
        name = _RELATIVE_ASIDE.split(name, 1)[0]  # "…officers, who spoke on condition of anonymity": the aside goes first
        # "The union, which endorsed Ruiz," / "Other unions, including the AFL-CIO," -> the head phrase
        # (a list stays whole: "six current and former army, law enforcement and intelligence officers")
        if not list_of_heads(name):
            parts = [p.strip() for p in _ASIDE_BREAK.split(name) if p.strip()]
            if parts:
                name = _name_after_body(parts) or parts[0]
    handle = _HANDLE.search(name)
    if handle and typ in ("named_person", "anonymous"):
        return handle.group(0)  # "Weibo user @Zoexiaoyizi of Baidu's music box" -> "@Zoexiaoyizi"
    words = _WORD.findall(name)
    if typ == "organization" and _named_after_body_noun(words):
        return " ".join(words[_final_name_start(words) :])  # "the nonprofit Fatal Encounters" -> "Fatal Encounters"
    person = person_of_outlet(name) if typ == "named_person" else ""
    if person:
        return person  # "Sui-Lee Wee of the New York Times" -> "Sui-Lee Wee"
    if typ == "named_person" and _role_surname_of_body(words, [w.lower() for w in words]):
        return next(w for w in words if is_name_word(w))  # "professor Delury of Yonsei University" -> "Delury"
    if typ == "named_person":
        parts = [p.strip() for p in name.split(",") if p.strip()]
        first = appositive_name(name) or (parts[0].split(" (")[0] if parts else name)
        if len(parts) >= 2 and _personal_name(parts[1]) and not _ends_with_personal_name(_WORD.findall(first), {}):
            first = parts[1]  # "The head of the committee on ethics in Congress, Mike Smith," -> "Mike Smith"
        words = first.split()
        run: list[str] = []
        run_end = len(words)  # index after the run's last word
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            if not run:
                run_end = k + 1
            if run and w.endswith(("'s", "’s")):
                break  # "CNN's Eliott C. McLaughlin": the outlet before the name is no part of it
            if w[:1].isupper() or _PARTICLE_NAME.match(w) or (run and w.lower() in _PARTICLES) or (run and _ORDINAL.match(w) and k > 0 and words[k - 1][:1].isupper()):
                run.insert(0, w)
            elif run and w.lower() in _OFFICE_LINKS and k > 0 and words[k - 1][:1].isupper():
                if len(run) >= 3:
                    initial = len(run) >= 4 and re.fullmatch(r"[A-Z]\.", run[-2]) is not None  # ("John F. Kerry": the initial is inside the name)
                    return " ".join(run[-3:] if initial else run[-2:])  # "Secretary of State Mike Pompeo" -> "Mike Pompeo"
                run.insert(0, w)  # "High Commissioner for Human Rights": an office, named whole
            elif run:
                break
        while len(run) > 2 and run[0].lower() in _LEAD and run[1].endswith("."):
            run.pop(0)  # "The Rev. James Martin": the article before an abbreviated title is no part of the name
        before = len(words) - len(run) - 1
        if run and before >= 2 and (words[before].endswith(("'s", "’s")) or words[before].lower() == "the"):
            before -= 1  # "The director of Japan's Kure Maritime Museum", "The chairman of the Conservative Party": the body's own words
        if run and before >= 1 and words[before].lower() in _INSTITUTION_PREPOSITIONS | {"of"} and head_type(words[before - 1].lower()) == "role":
            return first  # "The mayor of Rochester": the role names the person, the place is no name of theirs
        if run and run_end < len(words) and head_type(words[-1].lower()) == "role":
            return first  # "The Wikileaks founder": the name before the role is an organisation's, not the person's
        if run and _role_before_place(words, run_end - len(run), run_end):
            return first  # "The Saudi ambassador to the United States", "The head of the U.N. agency in Geneva": a place is no name of theirs
        if run:
            return " ".join(run)
    return name


def _role_before_place(words: list[str], run_start: int, run_end: int) -> bool:
    """The phrase opens with a lowercase role noun (after an article and adjectives) that a
    preposition follows, and the last run of capitalized words (``run_start`` to ``run_end``),
    after a preposition, is no personal name ("The Saudi ambassador to the United States", "The
    head of the U.N. refugee agency")."""
    cut = next((k for k, w in enumerate(words[:run_start]) if w.lower() in _PREPOSITIONS), None)
    if cut is None or cut == 0 or not words[cut - 1].islower() or head_type(words[cut - 1].lower()) != "role":
        return False
    before = run_start - 2 if run_start >= 2 and words[run_start - 1].lower() == "the" else run_start - 1
    if words[before].lower() not in _PREPOSITIONS:
        return False  # (the run is a preposition's object: "… of Khulna range SM Monir Uz Zaman" names the officer)
    run = words[run_start:run_end]
    return not (_ends_with_personal_name(["x"] + run, {}) and any(w.lower() in first_names() for w in run))  # ("United States" has the shape of a name, but no first name)


def list_of_heads(name: str) -> bool:
    """"six current and former army, law enforcement and intelligence officers": the comma joins a
    list of modifiers before one head noun, not an appositive or an aside."""
    parts = [p.strip() for p in name.strip(" ,").split(",")]
    if len(parts) != 2 or " and " not in f" {parts[1]} ":
        return False
    first = parts[1].split()[0]
    lead = parts[0].split()
    if not lead or (len(lead) >= 2 and not lead[-1].islower()):
        return False  # "Erika Holmes, spokeswoman for … Viticulture and Enology school": a name, then its aside
    return first.islower() and not first.endswith(("ing", "ed")) and first not in _LIST_BREAKERS


_LIST_BREAKERS = words("relative_pronoun") | words("appositive_opener") | words("determiner")  # an aside, not a list
_OFFICE_LINKS = words("office_link")  # "Secretary of State", "Commissioner for Human Rights"
_NAME_JOINERS = words("name_joiner")  # "Centers for Medicare and Medicaid Services"
_DATE_WORDS = words("time_word")  # "A poll released Sunday"
_DATE_PARTS = words("time_unit") | words("time_lead")  # "last week", "this month"
_DAY_OR_YEAR = re.compile(r"^(?:\d{1,2}|(?:19|20)\d\d)$")  # "filed March 19", "released in 2014"


def _typed_apart(whole: str, part: str) -> bool:
    """The phrase after the last comma, or its "of" phrase, is typed otherwise than the whole."""
    return classify(_after_person_of(part) or part) != classify(whole)


def _after_person_of(phrase: str) -> str | None:
    """The phrase after the last "of" when a person heads the phrase ("head of a union" -> "a union"), else None."""
    if " of " in phrase and classify(phrase.split(" of ")[0]) in ("named_person", "anonymous"):
        return phrase.rsplit(" of ", 1)[1]
    return None


def resolve_pronoun(phrase: str, text: str, toks, k: int, history) -> tuple[str, str]:
    """(type, ledger name) for a pronoun source at token ``k``.

    "he"/"she" point to the nearest named person before; "who"/"which"/"that" to the noun
    phrase before it (and its comma); "they"/"it" to the last source named nearby.
    """
    from server.annotate.phrases import source_left  # the same noun-phrase scanner

    word = phrase.strip().lower()
    if word in ("who", "which", "that") and k > 0:
        j = k - 1 if toks[k - 1].text == "," or dash_width(toks, k - 1) == 1 else k  # ("The senator — who said …": the dash opens the aside like a comma)
        if j == k and dash_width(toks, k - 2) == 2:
            j = k - 2  # ("the senator -- who said …": a dash typed as two hyphens)
        j = _before_dashed_aside(toks, j)  # ("the same men -- one of them wearing a red vest -- who repeat …": the men)
        verb_before = j > 1 and toks[j - 2].low in _MODAL_AUX  # ("they can trust": a verb, whatever the noun "trust" names; "sound to economists": a noun)
        if toks[j].text != "," and j < k and j > 0 and (verb_before or not (toks[j - 1].text[:1].isupper() or agent_word(toks[j - 1].text) or head_type(toks[j - 1].low) is not None)):
            j = k  # ("people they can trust -- who": after a dash only a name or a person noun is the antecedent)
        if j >= 2 and toks[j - 1].low in _ASIDE_WORDS and toks[j - 2].text == ",":
            j -= 2  # "an impression on Evans, too, who said": the aside word stands between the name and "who"
        rng = source_left(toks, j)
        if rng is not None:
            start = _extend_coordination(toks, rng[0])
            ante = text[toks[start].start : toks[rng[1] - 1].end]
            if word == "who" and start >= 2 and toks[start - 1].low in _PLACE_PREPOSITIONS and _is_place_phrase(ante):
                held = source_left(toks, start - 1)  # "a detention-center director in Reno, Nevada, who": a place is no "who"
                if held is not None:
                    start, rng = held[0], (held[0], rng[1])
                    ante = text[toks[start].start : toks[rng[1] - 1].end]
            opener = start if toks[start].low in _EXAMPLE_OPENERS else start - 1
            if word == "who" and opener >= 2 and toks[opener].low in _EXAMPLE_OPENERS and toks[opener - 1].text == "," and _plural_verb_after(toks, k):
                held = source_left(toks, opener - 1)  # "star players, including Harry Kane, who have praised": the players (an aside's opener, after its comma)
                if held is not None:
                    start, rng = held[0], held
                    ante = _speaking_part(text[toks[start].start : toks[rng[1] - 1].end])
            if word in ("that", "which") and start >= 2 and toks[start - 1].low in _PREPOSITIONS:
                held = source_left(toks, start - 1)  # "images on Twitter that appeared to show …": the images, not the platform
                if held is not None and head_type(text[toks[held[0]].start : toks[held[1] - 1].end]) == "document":
                    start, rng = held[0], (held[0], rng[1])
                    ante = text[toks[start].start : toks[rng[1] - 1].end]
            verb = _verb_in_phrase(toks, start, rng[1]) or _people_after_preposition(toks, start, rng[1]) if word == "who" else None
            if verb is not None:
                start = verb  # "But the judge sided with prosecutors, who argued …": "who" is the prosecutors
                ante = text[toks[start].start : toks[rng[1] - 1].end]
            if word in ("that", "which") and j == k and "," in ante and _typed_apart(ante, ante.rsplit(",", 1)[1].strip()):
                # "National Nurses United, a union that has endorsed …": a restrictive "that" takes the nearest
                # phrase when the whole reads otherwise ("the Wine Institute, a California trade group that" keeps the name)
                ante = ante.rsplit(",", 1)[1].strip()
            body = _after_person_of(ante) if word in ("that", "which") else None
            if body is not None and classify(body) not in ("named_person", "anonymous"):
                ante = body  # "head of a union that has endorsed …": a person is no "that"; the union is
            if word == "who" and " of " in ante and head_type(ante.split(" of ")[0]) == "document":
                ante = ante.rsplit(" of ", 1)[1]  # "a story of a woman who claims ...": "who" is the woman, not the story
            elif word == "who" and " against " in ante:
                ante = ante.rsplit(" against ", 1)[1]  # "12 votes against the mayor, who said …": the mayor, never the votes
            elif word == "who" and _singular_verb_after(toks, k):
                ante = _singular_object(ante)  # "Those siding with Hadi, who still claims ...": "who" is Hadi
            elif word == "who" and classify(ante) == "vague" and _thing_of_person(ante):
                ante = _thing_of_person(ante)  # "the claims from Jessica Leeds, who told ...": "who" is Leeds, never a thing
            typ = classify(ante)
            if word == "which" and typ == "named_person" and ante.split()[0].lower() in given_names():  # (a person's name; not "Saudi Arabia", "Pennsylvania")
                held = source_left(toks, start - 1) if start >= 2 and toks[start - 1].low in _PREPOSITIONS else None
                if held is None:
                    return "vague", ""  # "which" stands for no person
                ante = text[toks[held[0]].start : toks[held[1] - 1].end]  # ("disagreements with Carlos Tevez, the striker, which cast doubts": the disagreements)
                typ = classify(ante)
            if typ != "pronoun":
                name = display_name(ante, typ)
                last = ante.split()[-1]
                if typ == "named_person" and last.isalpha() and last.islower() and not name.endswith(last) and len(ante.split()) <= 4 and not any(w in _PHRASE_BREAKS or w == "and" for w in ante.lower().split()):
                    name = " ".join(ante.split())  # "The German automaker, which …": the ledger reads the head noun, not "The German"
                return typ, name
    if word in ("i", "we"):
        return "named_person", FIRST_PERSON  # first person: no antecedent to look for
    if word == "who" and k > 0 and toks[k - 1].low in _RELATIVE_COORDINATORS:
        first = next((j for j in range(k - 2, 0, -1) if toks[j].low == "who"), None)
        if first is not None:
            return resolve_pronoun(toks[first].text, text, toks, first, history)  # "Ted Cruz, who threatened …, and who has been hoping": the first relative's noun
    if word == "who" and k > 0 and toks[k - 1].text[:1].isalpha() and toks[k - 1].low not in _RELATIVE_COORDINATORS:
        return "vague", ""  # "a liar and bully who has pledged …": a relative takes only the phrase right before it, never an earlier speaker
    if word in ("he", "she", "who"):
        recent = history[-_LOOKBACK:]
        known = _genders(recent) if word != "who" else {}
        pos = toks[k].start if k < len(toks) else len(text)
        main = _main_clause_subject(text, toks, k, word, known) if word != "who" else ""
        if not main and word != "who" and k < len(toks) and toks[k].low in ("his", "her"):
            main = _possessor_is_subject(text, toks, k, word, known, recent)
        if main:
            return "named_person", main
        if word != "who" and recent:
            last = next((att for att in reversed(recent) if att.source is not None), recent[-1])  # ("Senator Mark Fisher was asked about it. He said": a passive's subject is a mention like any other)
            refocused = (
                _refocused_speaker(text, pos, recent, known, word)
                or _newcomer(text, pos, last, word)
                or _returning_person(text, pos, last, word)
                or _object_newcomer(text, toks[0].start, pos, last, word)
            )
            if refocused:
                return "named_person", refocused
            unnamed = _unnamed_speaker_just_before(text, pos, last, word) or _unnamed_newcomer(text, pos, last, word)
            if unnamed:
                return "anonymous", unnamed
        if word != "who" and toks:
            since = next((att.frame_end for att in reversed(recent) if att.source is not None), recent[-1].frame_end if recent else 0)
            narrated = _narrated_person(text, toks[0].start, pos, min(since, toks[0].start), word, known, recent)
            if narrated:
                return "named_person", narrated
        for att in reversed(recent):
            if att.name == FIRST_PERSON:
                return "named_person", ""  # ("I asked the mayor. She said …": never "I", and no one before the writer's own words either)
            if word != "who" and _inside_a_claim(att, recent):
                continue  # ("Hughes said Pratchett -- who spoke out about it -- had changed … "…," he said": an aside inside Hughes's claim)
            if att.type == "named_person" and att.name and not _country_name(att.name):
                if word != "who" and att.pronoun and att.source is not None and att.source.text.lower() == _OTHER_PRONOUN[word]:
                    continue  # ("Braun … He has denied it. … She claimed …": the mention just resolved as "he" is not "she")
                if (known.get(att.name) or (first_name_gender(att.name) if word != "who" else None) or _surname_gender(text, att.name, pos) or (_pronoun_gender(att.name, recent) if word != "who" else None) or word) != word:
                    continue  # "Mr. Trump said … she added", "Tim Longo … Longo said … she declined": "she" is not he
                return "named_person", att.name  # ("Israel believes ...": a country is no "he")
        bodies = {att.name for att in recent if att.type in ("organization", "document")}  # "Big Machine" spoke as a body
        name = _nearest_name_before(text, _quotation_opening_before(text, pos), bodies, word)
        if name:
            return "named_person", name
        return ("vague" if word == "who" else "named_person"), ""  # "he": one person, named elsewhere
    if word in ("it", "which"):
        for att in reversed(history[-3:]):
            if att.type in ("organization", "document") and att.name:
                return att.type, att.name
        body = _body_before(text, toks[k].start, toks[0].start) if word == "it" and k < len(toks) else None
        return _typed_name(body) if body else ("vague", "")
    if word in ("they", "we"):
        rest = text[toks[k].end : toks[-1].end].lower() if k < len(toks) else ""
        group = _group_before(text, toks[k].start, toks[0].start) if word == "they" and k < len(toks) else None
        if group and _newer_than_history(group, text, toks[0].start, history):
            return ("named_person", " ".join(group.split())) if _named_people(group) else _typed_name(group)
        for att in reversed(history[-3:]):
            if word == "they" and (att.name == FIRST_PERSON or _called_it(att)):
                break  # ("I hoped it was over. Later two men came …, and they said": never "I"; "The company said it would fire 20 workers. They said …": not the company, and no one before it)
            if att.name and not (word == "they" and (_one_named_person(att) or _one_unnamed_person(att) or re.search(rf"\b{re.escape(att.name.split()[-1].lower())}\b", rest))):
                return att.type, att.name  # (not a body its own sentence names after it: "They applied to Italy's high court")
        if group and _named_people(group):
            return "named_person", " ".join(group.split())  # "Knox and Sollecito …. They said": both, listed apart in the ledger
        if group and word == "they" and any(_called_it(att) and att.source is not None and att.source.text == group for att in history[-3:]):
            return "vague", ""  # ("The company said it would fire 20 workers. They said …": not the company the text called "it")
        return _typed_name(group) if group else ("vague", "")
    return "vague", ""


_FRONTED_PHRASE = re.compile(r"([A-Z][a-z]+)(?: [\w'’-]+){1,4}, ")  # "On Monday, ", "Over the weekend, ": a preposition's phrase before the subject
_DETERMINER_AT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Aa]n?) ")  # where a determined phrase ("the club", "an online message") may open
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*\s+(?=[“\"]?[A-Z0-9])")
_FINITE_AUX = words("finite_aux")
_MODAL_AUX = words("modal_aux")  # "can", "will": the word after one is a verb


def _before_dashed_aside(toks, j: int) -> int:
    """Where the noun phrase before a relative pronoun ends when the dash at ``j`` closes an aside
    opened by an earlier dash of the same kind in the sentence ("the same men -- one of them
    wearing a red vest -- who"): the opening dash; ``j`` otherwise (also for a dash that opens
    the relative clause itself: "The senator -- who said …")."""
    width = dash_width(toks, j)
    if width == 0:
        return j
    for m in range(j - 1, max(-1, j - _DASH_ASIDE_REACH), -1):
        if toks[m].low in _RELATIVE_WORDS or toks[m].text in ("(", ")", ";"):
            return j
        if dash_width(toks, m) == width and m + width < j:
            return m if m > 0 and toks[m - 1].text[:1].isalnum() else j
    return j


_DASH_ASIDE_REACH = 16  # tokens of a dashed aside between a noun and its relative pronoun


def _typed_name(phrase: str) -> tuple[str, str]:
    """(type, ledger name) of the antecedent phrase a pronoun stands for."""
    typ = classify(phrase)
    return typ, display_name(phrase, typ)


def _previous_sentence_start(text: str, sentence_start: int) -> int:
    """Where the sentence before the one starting at ``sentence_start`` starts, in its paragraph."""
    para = text.rfind("\n", 0, sentence_start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para, max(para, sentence_start - 1))]
    return ends[-1] if ends else para


def _last_subject(text: str, pos: int, sentence_start: int) -> str | None:
    """The last subject in this paragraph's sentence before ``pos`` or the one before it: a phrase
    that opens the sentence or a determiner, then within seven words a finite verb ("the club
    moved", "Western authorities have made"); not the object of a preposition, not the subject of a
    relative clause ("the incident in which a rider got …"), not inside the quotation that closes
    right before ``pos`` (its speaker names no one in their own words)."""
    pos = _quotation_opening_before(text, pos)
    start = _previous_sentence_start(text, sentence_start)
    opens = [m.start() for m in _DETERMINER_AT.finditer(text, start, pos)]
    lead = _FRONTED_PHRASE.match(text, start, pos)
    fronted = lead is not None and lead.group(1).lower() in _PREPOSITIONS  # ("On Monday, demonstrators packed …": the subject comes after the fronted phrase)
    lead = lead.end() if fronted else start
    first = text[lead:pos].split(None, 1)[:1]
    while first and (first[0].lower().rstrip(",") in _CLAUSE_LEADS or first[0].lower() in _LEAD or first[0].lower() in _FOCUS_ADVERBS) and not is_number_word(first[0]):
        lead += len(first[0]) + 1  # ("Yet Western authorities have made …": the connective is no part of the subject; a number is: "Three officers rushed …")
        first = text[lead:pos].split(None, 1)[:1]
    opening = first and (first[0][:1].isupper() or is_number_word(first[0]) or (fronted and plural_shape(first[0])))
    if opening and first[0].lower() not in function_words() and lead not in opens:
        opens.insert(0, lead)  # ("Western authorities have made …", "Three officers rushed …": a bare plural or a count opening the sentence)
    subject = None
    for at in opens:
        before = text[start:at].split()
        if before and (before[-1].lower() in _PREPOSITIONS or before[-1].lower() in _RELATIVE_WORDS):
            continue  # ("a biography by the group": a preposition's object is no subject; nor is a relative clause's)
        ws = text[at:pos].split(None, 8)[:8]
        for k in range(2 if _DETERMINER_AT.match(text, at) else 1, len(ws) - 1):
            if not ws[k - 1][-1:].isalnum() or "(" in ws[k - 1] or ")" in ws[k - 1] or ws[k - 1].lower() in _RELATIVE_WORDS:
                break  # (a phrase ends at a comma, a stop, a bracket ("New York (CNN)When …") or a relative: "an apology to anyone who might")
            verb = ws[k + 1] if ws[k].endswith("ly") and ws[k].islower() else ws[k]  # ("the club quickly said")
            if verb.islower() and verb.isalpha() and (verb in _FINITE_AUX or verb in _ANY_IRREGULAR_PAST or (verb.endswith("ed") and len(verb) > 4) or verb in verb_forms()):
                subject = " ".join(ws[:k])  # the phrase a finite verb follows
                break
    return subject


def _body_before(text: str, pos: int, sentence_start: int) -> str | None:
    """The body or document an "it" at ``pos`` reports for, when no attribution named one: the
    last subject of this sentence or the one before, when a head of those types leads it
    ("…, while the club moved quickly to suspend the five men. It said …": the club; not after
    "The live-stream is scheduled …", whose subject is neither)."""
    subject = _last_subject(text, pos, sentence_start)
    return subject if subject is not None and classify(subject) in ("organization", "document") else None


def _group_before(text: str, pos: int, sentence_start: int) -> str | None:
    """The group a "they" at ``pos`` stands for, when no attribution named one: the last subject
    of this sentence or the one before when it is plural people or a body ("Western authorities
    have made just such a link. They say …", "When the high court ruled …, they wrote …")."""
    subject = _last_subject(text, pos, sentence_start)
    if subject is None or subject.split()[0].lower() in _INDEFINITE:
        return None  # ("a spokesman said …. They …": one unnamed person is no "they")
    typ = classify(subject)
    plural = subject.split()[-1].lower().endswith("s") or " and " in subject
    return subject if (typ in ("anonymous", "vague") and plural) or typ == "organization" or _named_people(subject) else None


def _newer_than_history(group: str, text: str, sentence_start: int, history) -> bool:
    """The people ``group`` (a subject of this sentence or the one before) were written after every
    recent attribution: "The company said sales fell. The senators met … on Tuesday. They said …"
    (the senators, not the company). People only: "The talks stalled. They said …" keeps the last source."""
    typ = classify(group)
    people = typ == "anonymous" or (typ == "vague" and agent_word(group.split()[-1].lower())) or _named_people(group)  # ("demonstrators" reads vague; "the election returns" are no people)
    since = _previous_sentence_start(text, sentence_start)
    return people and not any(att.cue.start >= since for att in history[-3:])


def _named_people(phrase: str) -> bool:
    """Two names of people joined by "and" ("Amanda Knox and Raffaele Sollecito")."""
    parts = phrase.split(" and ")
    return len(parts) == 2 and all(p.strip() and all(is_name_word(w) for w in p.split()) and classify(p) == "named_person" for p in parts)


_FIRST_AND_LAST = re.compile(r"\b([A-Z][a-z]+) (?:[A-Z]\. )?([A-Z][\w'’-]+)")  # "Hans Haacke", "George W. Bush": a person's full name
_AGE_DESCRIPTOR = re.compile(r"^[Tt]he (?:\d+|[a-z]+(?:-[a-z]+)?)-year-old(?: [A-Za-z-]+)?$")  # "the 25-year-old", "the 71-year-old Australian"


def age_descriptor_person(phrase: str, text: str, pos: int, history) -> str | None:
    """The person an age descriptor points back to ("Daniel Ricciardo … the 25-year-old said"): the
    last named person cited before, when no other person's full name is written between that
    citation and ``pos``; None otherwise, or when ``phrase`` is no such descriptor."""
    if not _AGE_DESCRIPTOR.match(phrase.strip()):
        return None
    cited = next(
        (att for att in reversed(history[-_LOOKBACK:]) if att.type == "named_person" and att.name and not _AGE_DESCRIPTOR.match(att.name) and not _country_name(att.name) and att.name != FIRST_PERSON),
        None,
    )
    if cited is None:
        return None
    surname = cited.name.split()[-1]
    since = cited.cue.end
    for m in _FIRST_AND_LAST.finditer(text, since, pos):
        first, last = m.groups()
        before = text[max(since, m.start() - 8) : m.start()].split()
        if first.lower() in first_names() and last != surname and not (before and before[-1].lower() in _PLACE_PREPOSITIONS):
            if re.search(rf"\b{re.escape(surname)}\b", text[m.end() : pos]) is None:
                return None  # "Boris Johnson said … the artist Hans Haacke … said the 78-year-old": another person came in between ("at Albert Park" is a place)
            # ("Jose Mourinho has agreed to replace Mauricio Pochettino … Mourinho's representatives … The
            # 56-year-old said": the cited person, named again since, is the nearer one)
    return cited.name


def _verb_in_phrase(toks, a: int, b: int) -> int | None:
    """Where the object starts when ``toks[a:b]`` is a clause, not a noun phrase: an article, one
    singular noun, a past verb and a preposition before people ("the judge sided with
    prosecutors"); None otherwise ("officials involved with the talks" is a phrase)."""
    if b - a < 5 or toks[a].low not in _ARTICLES:
        return None
    noun, verb, prep = toks[a + 1], toks[a + 2], toks[a + 3]
    if not (noun.text.isalpha() and noun.text.islower() and not noun.low.endswith("s")):
        return None
    if not (verb.text.islower() and verb.low.endswith("ed") and prep.low in _PREPOSITIONS):
        return None
    obj = " ".join(t.text for t in toks[a + 4 : b])
    person = head_type(obj) in ("anonymous", "vague", "role") or agent_word(toks[b - 1].text) or all(is_name_word(t.text) for t in toks[a + 4 : b])
    return a + 4 if person else None


def _people_after_preposition(toks, a: int, b: int) -> int | None:
    """Where the people start in ``toks[a:b]`` when it ends with a preposition and people after a
    word that names no one ("months of pressure from lawmakers", "She met with the mayor"): "who"
    after it is those people. None when the word before the preposition is a person ("a
    spokesman for Smith, who": the spokesman) or nothing after it is people ("officials involved
    with the talks")."""
    m = next((m for m in range(b - 2, a, -1) if toks[m].low in _PREPOSITIONS), None)
    if m is None or m + 1 >= b:
        return None
    obj = " ".join(t.text for t in toks[m + 1 : b])
    people = head_type(obj) in ("anonymous", "vague", "role") or (toks[b - 1].text.islower() and agent_word(toks[b - 1].text))
    before = toks[m - 1]
    person_before = before.text[:1].isupper() or agent_word(before.text) or head_type(before.low) is not None or before.low in _PEOPLE_PRONOUNS
    return m + 1 if people and not person_before else None


def _main_clause_subject(text: str, toks, k: int, word: str, known: dict[str, str]) -> str:
    """The named person opening the sentence when "he"/"she" at token ``k`` opens an adverbial
    clause after it ("Zhou Guoping, an influential writer, enraged many when he said ..."):
    such a pronoun points back to the main clause's subject; "" otherwise."""
    from server.annotate.phrases import sentence_subject  # (phrases imports this module)

    if k < 2 or toks[k - 1].low not in _ADVERBIAL_OPENERS:
        return ""
    owner = _possessor_of_noun_before(text, toks, k - 1, word, known)
    if owner:
        return owner
    subj = sentence_subject(text, toks, k - 1)
    if subj is None or subj[1] >= k - 1 or subj[1] - subj[0] < 2:
        return ""
    phrase = text[toks[subj[0]].start : toks[subj[1] - 1].end]
    if not _personal_name(phrase) or _is_place_phrase(phrase):
        return ""  # (a person's full name only: not "Fla." nor "Democratic")
    m = subj[1]
    if toks[m].text == ",":  # over an appositive: "Zhou Guoping, an influential writer,"
        m = next((x + 1 for x in range(m + 1, min(k - 1, m + 10)) if toks[x].text == ","), m)
    if any(t.text[:1].isupper() or ((agent_word(t.text) or head_type(t.low) in ("role", "anonymous")) and not t.low.endswith("s")) for t in toks[m : k - 1]):
        return ""  # "X yanked the arm of a reporter as she tried": another person stands between ("enraged many" does not)
    name = display_name(phrase, "named_person")
    gender = known.get(name) or first_name_gender(name)
    return name if gender in (None, word) else ""


def _possessor_of_noun_before(text: str, toks, opener: int, word: str, known: dict[str, str]) -> str:
    """The person whose possessive opens the noun phrase, a preposition's object, right before a
    "when" at token ``opener`` ("questions about Trump's July 25 call when he asked …": the call is
    Trump's, and the when-clause says what happened in it); "" otherwise."""
    if toks[opener].low != "when":
        return ""  # ("drew Trump's ire after he told …": "after" dates the main verb, not the noun)
    for m in range(opener - 1, max(-1, opener - 6), -1):
        tok = toks[m].text
        if tok.endswith(("'s", "’s")) and tok[:1].isupper():
            if m == 0 or toks[m - 1].low not in _PREPOSITIONS:
                return ""  # (the object of a preposition, "questions about Trump's call when …"; not a verb's object)
            owner = tok[:-2]
            full = next((f for _, f in full_names_before(text, owner, toks[m].start)), owner)
            if full == owner and owner not in known:
                return ""  # (a lone capitalized possessive may be a body's: "Apple's July call")
            gender = known.get(full) or first_name_gender(full) or _surname_gender(text, owner, toks[m].start)
            return full if gender in (None, word) and not _is_place_phrase(owner) else ""
        if not (tok.islower() or tok.isdigit() or tok.lower() in _TIME_WORDS):
            return ""  # (only words of the noun phrase between: "Trump's July 25 call")
    return ""


_TIME_WORDS = words("time_word")  # "July", "Tuesday": a date inside the noun phrase


def _possessor_is_subject(text: str, toks, k: int, word: str, known: dict[str, str], recent) -> str:
    """The person opening the sentence when "his"/"her" at token ``k`` is in the same clause with no
    other person between ("Johnson is under fire for failing to deliver on his vow that …"): a
    full name, or a surname the text gave with a first name or a recent attribution names; ""
    otherwise."""
    from server.annotate.phrases import sentence_subject  # (phrases imports this module)

    subj = sentence_subject(text, toks, k)
    if subj is None or subj[1] >= k:
        return ""
    phrase = text[toks[subj[0]].start : toks[subj[1] - 1].end]
    name = display_name(phrase, "named_person")
    # the latest speaker of that name ("Johnson" for "Boris Johnson"), if any
    spoken = next((att.name for att in reversed(recent) if att.type == "named_person" and att.name and (att.name == name or att.name.endswith(" " + name))), None)
    full_before = subj[1] - subj[0] == 1 and re.search(r"\b[A-Z][a-z][\w’'\-]* " + re.escape(name) + r"\b", text[: toks[subj[0]].start]) is not None
    if not (spoken or full_before or (subj[1] - subj[0] >= 2 and _personal_name(phrase))) or _is_place_phrase(phrase):
        return ""  # (a surname alone counts once the text has given the full name: "Boris Johnson … Johnson is under fire")
    if any(t.text[:1].isupper() or t.text in (",", ";", ":") or t.low in _RELATIVE_OR_CLAUSE or head_type(t.low) in ("role", "anonymous") for t in toks[subj[1] : k]):
        return ""  # another person, an aside or another clause stands between
    name = spoken or name
    gender = known.get(name) or first_name_gender(name)
    return name if gender in (None, word) else ""


_RELATIVE_OR_CLAUSE = words("relative_pronoun") | words("coordinator") | words("adverbial_clause_opener")  # another clause before "his"


_GENDERED_TITLES = ("Mr", "Mrs", "Ms", "Miss")  # titles before a surname that tell "he" from "she" (``title_gender``)
_GENDERED_TITLE_WORDS = frozenset(t.lower() for t in _GENDERED_TITLES)
_SENTENCE_OPENS = r"(?:^|(?<=[.!?])[\"”’]?\s+|\n\s*)"  # where a sentence or a paragraph begins: the text's start, after a stop (and a closing quotation mark), after a line break


def _refocused_speaker(text: str, pos: int, recent, known: dict[str, str], word: str) -> str:
    """A speaker named earlier whose surname opens a sentence after the last attribution and before
    ``pos`` ("… said the UN rights chief. Netanyahu visited the settlement. "…," he told settler
    leaders": the sentence's subject is back in focus); "" when none is."""
    last = recent[-1]
    since = last.frame_end
    if since >= pos:
        return ""
    window = text[since:pos]
    best, best_at = "", -1
    for name in dict.fromkeys(att.name for att in reversed(recent) if att.type == "named_person" and att.name and not att.pronoun):  # the latest first: of two forms of one name opening the same sentence, the latest speaker's is kept, whatever the hash seed
        surname = name.split()[-1]
        if len(name.split()) < 2 or known.get(name, word) != word or _country_name(name) or surname not in window:
            continue  # (the plain substring test first: a pattern per surname is costly to build)
        for m in re.finditer(_SENTENCE_OPENS + r"(?:[A-Z][\w.’'-]*\s+){0,3}" + re.escape(surname) + r"\b(?!['’]s)", window):
            if m.start() > best_at:
                best, best_at = name, m.start()
    return best


_NEWCOMER = re.compile(_SENTENCE_OPENS + r"(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][\w-]+)\b(?!['’]s)(?! [A-Z])")  # (not "Grace Nathan's mother")
# after an opening phrase and its comma ("After his deployment, Mark Lippert returned …"; not a list of names,
# "Golda Meir, Moshe Dayan", nor an appositive, "His father, Homer Drew, was")
_NEWCOMER_AFTER_OPENER = re.compile(_SENTENCE_OPENS + r"[A-Z][a-z]* [a-z0-9][^.!?,;:\"“”]{0,55}, (?P<first>[A-Z][a-z]+) (?P<last>[A-Z][\w-]+)\b(?!['’]s)(?! [A-Z])(?!,)")


# after the role or title the sentence opens with ("Her rival Lisa Holm was less impressed", "Former
# Secretary of State Madeleine Albright backed the report"; each word checked by ``_role_words``)
_NEWCOMER_AFTER_ROLE = re.compile(_SENTENCE_OPENS + r"(?P<role>(?:[\w’'-]+\s+){1,5}?)(?P<first>[A-Z][a-z]+) (?P<last>[A-Z][\w-]+)\b(?!['’]s)(?! [A-Z])(?! and [A-Z])")


def _role_words(phrase: str) -> bool:
    """Every word is a determiner ("The", "Her"), "of" inside a title, or a word that is no other
    function word, adverb or verb ("rival", "wife", "Former Secretary of State"): the phrase names
    who the person is; no verb makes the name an object ("Police arrested John Smith", "Officers
    found Lisa Holm")."""
    ws = phrase.split()
    for i, w in enumerate(phrase.lower().split()):
        if w == "of" and 0 < i < len(ws) - 1 and ws[i - 1][:1].isupper() and ws[i + 1][:1].isupper():
            continue  # inside a title ("Secretary of State"; not "His appointment of James Zogby")
        if w in _ROLE_DETERMINERS:
            continue
        if w in function_words() or w in _NO_ROLE_ADVERBS or w.endswith(("ed", "ly")) or w in _ANY_IRREGULAR_PAST or w in verb_forms():
            return False  # ("Even Jimmy Fallon is streaming", "Asked about Lisa Holm, …")
    return True


_ROLE_DETERMINERS = words("determiner") | words("possessive_determiner")  # "The", "Her" before a role
_NO_ROLE_ADVERBS = words("focus_adverb") | words("sequence_adverb")  # "Even", "Then" before a name
_ANY_IRREGULAR_PAST = _IRREGULAR_PAST | words("other_irregular_past")


def _newcomer(text: str, pos: int, last, word: str) -> str:
    """A person first named after the last attribution, by a first name of the pronoun's gender,
    opening a sentence before ``pos`` ("… the judge sided with prosecutors. Jeff Bauman was
    suspicious … “I thought it was weird,” he said": Bauman); "" when none is."""
    since = last.frame_end
    if since >= pos:
        return ""
    found = [m for pattern in (_NEWCOMER, _NEWCOMER_AFTER_OPENER, _NEWCOMER_AFTER_ROLE) for m in pattern.finditer(text, since, pos) if first_names().get(m.group("first").lower()) == word]
    found = [m for m in found if m.re is not _NEWCOMER_AFTER_ROLE or _role_words(m.group("role"))]
    titled = [m for m in _NEWCOMER_TITLED.finditer(text, since, pos) if title_gender(m.group("title")) == word]
    last_found = max(found + titled, key=lambda m: m.start("last"), default=None)
    if last_found is None:
        return ""
    if last_found.re is _NEWCOMER_TITLED:  # "Mr. Sanders has pushed the agenda. … he has found"
        return _full_name_of_titled(text, last_found.start(), last_found["last"], word) or last_found.group("name")
    return f"{last_found['first']} {last_found['last']}"


def _full_name_of_titled(text: str, pos: int, surname: str, word: str) -> str:
    """The last full name with ``surname`` written before ``pos`` whose first name can be "he" or
    "she" as ``word`` says ("Kendall Jenner and her father, Bruce Jenner … Ms. Jenner": Kendall
    Jenner); "" when there is none."""
    names = first_names()
    fulls = [full for first, full in full_names_before(text, surname, pos) if names.get(first.lower()) in (None, word) and not opens_quotation(text, full, pos)]
    return fulls[-1] if fulls else ""


def opens_quotation(text: str, full: str, pos: int) -> bool:
    """The last writing of ``full`` before ``pos`` opens a quotation (a shirt that read "Fascist
    Trump" names no one "he" could be)."""
    at = text.rfind(full, 0, pos)
    return at > 0 and text[at - 1] in OPEN_QUOTES + "\"'‘"


# a surname after a title that tells the gender, opening a sentence ("Mr. Sanders has pushed …")
_NEWCOMER_TITLED = re.compile(_SENTENCE_OPENS + r"(?P<name>(?P<title>" + "|".join(_GENDERED_TITLES) + r")\. (?P<last>[A-Z][\w-]+))\b(?!['’]s)(?! [A-Z])")


# the Capitalized words opening a sentence, after a one-word opener and its comma ("Netanyahu held
# a rally", "Still, Gabbana has dropped hints", "Mr. Cruz spoke", "Avi Degani, a pollster,")
_NAME_OPENING = re.compile(_SENTENCE_OPENS + r"(?:[A-Z][a-z]+,\s+)?((?:[A-Z][a-z]{1,3}\.\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)")


def _quotation_opening_before(text: str, pos: int) -> int:
    """Where the quotation that closes right before ``pos`` opens ('“People love it. But Chicago is
    different,” he said': the speaker names no one inside their own words, so a name there is no
    antecedent of "he"); ``pos`` when no quotation closes there (``content.quotation_just_before``)."""
    from server.annotate.content import quotation_just_before  # (content imports this module)

    quote = quotation_just_before(text, pos)
    return quote[0] if quote is not None else pos


def _surname_gender(text: str, name: str, pos: int) -> str | None:
    """"he" or "she" for a lone surname that the text before ``pos`` writes after a first name of
    one gender ("Police Chief Tim Longo" before "Longo said"); None otherwise."""
    if " " in name or not name[:1].isupper() or text.find(" " + name, 0, pos) < 0:
        return None
    names = first_names()
    genders = {names.get(first.lower()) for first, _ in full_names_before(text, name, pos)} - {None}
    return next(iter(genders)) if len(genders) == 1 else None


def full_names_before(text: str, surname: str, pos: int):
    """(first name, full name) of each "First [Middle | I.] Surname" the text writes before ``pos``.
    A first name may be hyphenated ("Hans-Peter Bartels"; never its second half alone). A middle
    name counts after a listed given name ("Deborah Jordan Reynolds"); after any other word, the
    name is the middle one's ("Senator Marco Rubio": Marco)."""
    for m in re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:([A-Z][a-z]+) |[A-Z]\.? )?" + re.escape(surname) + r"\b").finditer(text, 0, pos):
        if m.group(2) and m.group(1).lower() not in given_names():
            yield m.group(2), text[m.start(2) : m.end()]
        else:
            yield m.group(1), m.group(0)


def _returning_person(text: str, pos: int, last, word: str) -> str:
    """A person named in full earlier in the article, by a first name of the pronoun's gender, whose
    surname alone opens the last sentence that opens with a name after the last attribution and
    before ``pos`` ("Pollster Avi Degani said the race was close. Netanyahu held a rally. “We will
    win,” he said": Benjamin Netanyahu, named before); "" when none is."""
    since = last.frame_end
    if since >= pos:
        return ""
    for m in sorted(_NAME_OPENING.finditer(text, since, pos), key=lambda m: -m.start(1)):
        run = [w for w in m.group(1).split() if not w.endswith(".")]  # ("Mr. Cruz": the title tells no first name)
        if not run or run[0].lower() in function_words() or run[0].lower() in _TIME_LEADS:
            continue  # ("He was the clear winner", "Then came the results", "Last year, he …": no name opens the sentence)
        surname = run[0]
        if len(run) > 1 or text.find(" " + surname, 0, m.start(1)) < 0:
            return ""  # (a full name, or a name not written before: the other readings decide)
        names = first_names()
        return next((full for first, full in full_names_before(text, surname, m.start(1)) if names.get(first.lower()) == word), "")
    return ""


def _object_newcomer(text: str, sentence_start: int, pos: int, last, word: str) -> str:
    """A person first named anywhere in the sentence just before the pronoun's, after the last
    attribution, by a first name of the pronoun's gender ("Police arrested Joe Smith on Monday. “I am
    innocent,” he said": Smith). Not when that sentence opens with "he"/"she" or with the last
    speaker's name: the speaker then carries on ("He thanked Joe Smith. “…,” he said"). Not when
    the pronoun's own sentence names a person of its gender before it ("… a man, Donald J. Trump,
    who … whenever he wanted")."""
    names = first_names()
    if any(names.get(m.group(1).lower()) == word for m in _FULL_NAME.finditer(text, sentence_start, pos)):
        return ""
    before = _previous_sentence_start(text, sentence_start)
    start = max(before, last.frame_end)
    opening = text[before:sentence_start].split(None, 1)[:1]
    if not opening or opening[0].lower() in _CARRYING_ON or (last.name and opening[0].strip(",") in last.name.split()):
        return ""
    found = [m for m in _FULL_NAME.finditer(text, start, sentence_start) if names.get(m.group(1).lower()) == word and not _named_before(text, m)]
    found = [m for m in found if not text[: m.start()].endswith(" and ")]  # (nor the second of two: "Yassine Labidi and Saber Khachnaou")
    if len(found) != 1 or _is_place_phrase(found[0].group(0)) or _known_person_before(text, before, found[0].start()):
        return ""  # (two people, a place "Prince George", or a person already known opening the sentence: "Last year, Nemtsov spoke to Anthony Bourdain")
    return found[0].group(0)


def _named_before(text: str, m: re.Match) -> bool:
    """The person of the full name ``m`` ("Anna Brown") was named before it: its surname was
    written alone or after the same first name, not only in another person's full name ("Inna
    Brown said …. … an interview with Anna Brown. She …": Anna is new)."""
    for at in (k.start() for k in re.finditer(rf"\b{re.escape(m.group(2))}\b", text[: m.start()])):
        before = WORD_BEFORE_NAME.search(text, max(0, at - 30), at)
        if before is None or before.group(1) == m.group(1) or before.group(1).lower() not in given_names():
            return True
    return False


WORD_BEFORE_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")  # the Capitalized word right before a name: its first name, if one (not "Lee" of "Sui-Lee Wee")


def _narrated_person(text: str, sentence_start: int, pos: int, since: int, word: str, known: dict[str, str], recent) -> str:
    """The named person a "he"/"she" at ``pos`` continues: the subject of the closest narration
    sentence after the last attribution (``since``), reading back over sentences that open with the
    same pronoun ("Tang is cooking rice. She swirls oil in the pan. "…," she says": Tang;
    "President Barack Obama's position has evolved. In 2012, he announced …": Obama, the possessor
    of a thing). A sentence about a thing is read over ("The council approved the budget"); a
    quotation, an unnamed person or a person of the other gender ends the search. "" when no
    sentence names one."""
    quoted_end, pos = pos, min(pos, _quotation_opening_before(text, pos))  # ('"… Since Reagan, we've added …," he says': not the speaker's own words)
    if pos < sentence_start:
        sentence_start = _previous_sentence_start(text, pos + 1)
    partial = since > 0  # (the text before ``since`` holds the attribution's own sentence, or the window is clipped)
    since = max(min(since, sentence_start), sentence_start - _NARRATION_WINDOW)
    starts = [since] + [m.end() for m in _STOP_THEN_SPACE.finditer(text, since, sentence_start) if (m.group(1) or "").lower() not in _TITLE_ABBREVIATIONS and len(m.group(1) or "") != 1]
    sentences = [(a, b) for a, b in zip(starts, starts[1:] + [sentence_start]) if b > a][1 if partial else 0 :]
    claim = (0, 0)  # the pronoun's own sentence before it, when that is the claim of a frame after it
    for a, b in reversed(sentences[-_NARRATION_SENTENCES:] + [(sentence_start, pos)]):
        own = a == sentence_start
        lead = a + len(text[a:b]) - len(text[a:b].lstrip())
        first = text[lead:b].split(None, 1)[:1]
        fronted = _OPENING_PHRASE.match(text, lead, b)  # ("After his deployment, Lippert returned …": a subordinator's phrase before the subject)
        subordinate = False
        while first and (first[0].lower() in _CLAUSE_LEADS or first[0].lower() in _FOCUS_ADVERBS or first[0].lower() in _NARRATION_CONNECTIVES):
            subordinate = subordinate or first[0].lower() in _CLAUSE_LEADS
            lead += len(first[0]) + 1  # ("And he made light …", "When Emily Martin … gave a talk, she said": the opener is no part of the subject)
            first = text[lead:b].split(None, 1)[:1]
        opening = _OPENING_PHRASE.match(text, lead, b) or (fronted if subordinate and fronted is not None and fronted.end() > lead else None)
        named = _FULL_NAME.match(text, lead)
        if opening is not None and (named is None or named.group(1).lower() in function_words()):
            lead = opening.end()  # ("In the village, Tang is cooking rice": the subject follows the phrase)
        if own and (lead >= b or (text[a:b].rstrip().endswith(",") and not subordinate)):
            claim = (a, b)
            continue  # ('"…," she says', "Obama was the first black president, he said": the frame's own claim names no speaker)
        if lead >= b or text[lead] in "\"“‘'":
            return ""  # a quotation: someone's words, no narration subject
        m = _NARRATED_SUBJECT.match(text, lead, b)
        if m is not None and (m.group("name").split()[0].lower() in function_words() or (own and m.group("verb") is None) or not _names_no_act(m.group("name")) or _owned_speaker(m.group("owned"))):
            m = None  # ("He is from Gaza", "Following Hamilton at grands prix, …", "Compaq, she predicted, …": no subject named)
        if m is None:
            m = _NARRATED_AFTER_ROLE.match(text, lead, b)
            if m is not None and (not _role_words(m.group("role")) or (own and m.group("verb") is None)):
                m = None  # ("Police arrested John Smith": a verb makes the name an object)
        if m is None:
            if first and first[0] == word.capitalize():
                continue  # "She swirls oil …", "He is from Gaza, and he says": the same person carries on; look further back
            subject = text[lead:b].split(None, 6)[:6]
            if any(w.lower().strip(",") in _PERSON_WORDS or agent_word(w.strip(",")) or head_type(w.lower().strip(",")) in ("role", "anonymous") for w in subject):
                return ""  # another person ("He thanked Joe Smith", "The Platte River employee told …"): the other readings decide
            continue  # a thing ("The council approved the budget"): read over it
        if own and re.search(rf"\b{_OBJECT_FORM[word]}\b", text[m.end("name") : pos]):
            return ""  # "Chelsea invited him …, but he declined": the subject did something to the one "he" is
        name = _narrated_name(text, m.group("name"), lead, recent, word, known)
        if not name:
            return ""
        if any(re.search(rf"\b{re.escape(w)}\b", text[pos:quoted_end] + " " + text[claim[0] : claim[1]]) for w in name.split() if w[:1].isupper() and not w.endswith(".")):
            continue  # ('"We gotta zap Lanny out of our universe," he wrote', "Livni, he said, has denounced …": a speaker does not name himself)
        gender = known.get(name) or first_name_gender(name) or _surname_gender(text, name.split()[-1], pos) or _pronoun_gender(name, recent) or _text_gender(text, name.split()[-1])
        if gender not in (None, word):
            continue  # ("Kelly Smith … he": not him; an earlier sentence may name him)
        return name
    return ""


def _owned_speaker(owned: str | None) -> bool:
    """The words after a possessive name a person, who is the sentence's subject and may be the
    "he" ("Obama's spokesman left early"), not a thing the person has ("Obama's position") nor a
    body, which is no "he" ("Obama's campaign team")."""
    return owned is not None and any(agent_word(w) or head_type(w.lower()) in ("role", "anonymous") for w in owned.split())


def _names_no_act(run: str) -> bool:
    """The Capitalized run opening a sentence is a name, not a participle opening a phrase
    ("Following Hamilton …", "Given Obama's rating, …")."""
    first = run.split()[0].lower()
    return not (len(run.split()) > 1 and (first.endswith("ing") or first in _ANY_IRREGULAR_PAST or first in verb_forms()))


@lru_cache(maxsize=64)  # (a few articles' worth: the texts it keeps are let go soon)
def _text_gender(text: str, surname: str) -> str | None:
    """"he" or "she" as the article's own sentences that open with ``surname`` speak of that person:
    two or more take "he"/"his"/"him" and at most a third as many "she"/"her", or the other way
    round ("Sanders used the phrase …, at which he predicted …"); None otherwise."""
    votes = {"he": 0, "she": 0}
    for m in re.finditer(_SENTENCE_OPENS + r"(?:[A-Z][\w.’'-]*\s+){0,3}" + re.escape(surname) + r"\b(?!['’]s)([^.!?\"“”]{0,200})", text):
        said = {_GENDER_OF_PRONOUN[w.lower()] for w in _GENDERED_PRONOUN.findall(m.group(1))}
        if len(said) == 1:
            votes[said.pop()] += 1
    best = max(votes, key=votes.get)
    return best if votes[best] >= 2 and 3 * votes[_OTHER_PRONOUN[best]] <= votes[best] else None


_GENDER_OF_PRONOUN = {"he": "he", "his": "he", "him": "he", "himself": "he", "she": "she", "her": "she", "hers": "she", "herself": "she"}
_GENDERED_PRONOUN = re.compile(r"\b(?:" + "|".join(_GENDER_OF_PRONOUN) + r")\b", re.IGNORECASE)


def _inside_a_claim(att, recent) -> bool:
    """The attribution is a "who" clause, or a verb joined to one, inside the claim of another recent
    attribution: an aside about a third person in someone else's words ("Hughes said Pratchett --
    who spoke out … and called for … -- had changed …"), not a new speaker."""
    if any(other is not att and _frame_splits(other, att) for other in recent[-_NESTING_REACH:]):
        return True  # ("Livni, he said, has denounced …": the frame splits its own claim's subject from its verb; Livni is spoken of)
    if att.source is not None and not (att.pronoun and att.source.text.lower() == "who"):
        return False  # (a speaker named in the claim, "Rhodes said Mr. Obama told …", stays one; a "who" and the verbs joined to it do not)
    return any(
        other is not att and other.content is not None and other.content.start < att.cue.start and att.cue.end <= other.content.end
        for other in recent[-_NESTING_REACH:]
    )


_NESTING_REACH = 4  # recent attributions that may hold another one's cue in their claim


def _frame_splits(frame, att) -> bool:
    """``frame`` stands between ``att``'s subject and its verb, and its claim (with the part after
    the frame) holds both: "Livni, he said, has denounced …" is his claim about Livni."""
    if frame.source is None or att.source is None or frame.content is None:
        return False
    end = (frame.rest or frame.content).end
    return att.source.end <= frame.source.start and frame.cue.end <= att.cue.start and frame.content.start <= att.source.start and att.cue.end <= end


def _pronoun_gender(name: str, recent) -> str | None:
    """"he" or "she" when two or more earlier pronouns resolved to ``name`` and all were that one
    ("Sanders is burrowing in … He's suggesting … he won …": Sanders is "he" from then on; one link
    alone may be wrong, and would spread)."""
    said = [att.source.text.lower() for att in recent if att.pronoun and att.name == name and att.source is not None and att.source.text.lower() in ("he", "she")]
    return said[0] if len(said) >= 2 and len(set(said)) == 1 else None


def _narrated_name(text: str, run: str, at: int, recent, word: str, known: dict[str, str]) -> str:
    """The person a Capitalized run opening a sentence at ``at`` names, in the ledger's words, when
    "he"/"she" (``word``) can stand for them: a source of that very name; for a surname alone
    ("Putin", "Mr. Obama", "Tang"), the full name last written with it, a given name first ("Dave
    Pelz", not "Chez Pelz"), or a source called by title and surname ("President Obama"); the run
    itself when it is a full personal name. "" for a place, a country, a body or a lone word the
    text names no person by."""
    run = " ".join(run.split())
    if _is_place_phrase(run) or _country_name(run) or classify(run) != "named_person" or any(w.lower() in _THING_NAME_WORDS for w in run.split()):
        return ""  # (not "Typhoon Haiyan", "Operation Desert Storm")

    def fits(name: str) -> bool:
        return (known.get(name) or first_name_gender(name) or title_gender(name.split()[0]) or _pronoun_gender(name, recent) or _text_gender(text, name.split()[-1]) or word) == word

    spoken = [att.name for att in reversed(recent) if att.type == "named_person" and att.name and fits(att.name)]
    if run in spoken:
        return run
    core = run.split()[1:] if run.split()[0].endswith(".") else run.split()
    if len(core) >= 2:
        return next((n for n in spoken if n.endswith(" " + " ".join(core))), run) if _personal_name(run) else ""
    surname = core[0]
    fulls = [f for first, f in full_names_before(text, surname, at) if first.lower() not in function_words() and fits(f)]
    if not fulls:
        earlier = re.search(rf"(?<![\w-]){re.escape(surname)}(?: [A-Z][\w’'-]+)+", text[:at])
        fulls = [earlier.group(0)] if earlier is not None and _personal_name(earlier.group(0)) else []
    given = [f for f in fulls if f.split()[0].lower() in given_names()]
    full = (given or fulls or [""])[-1]
    titled = [n for n in spoken if n.split()[-1] == surname and not any(w.lower() in given_names() for w in n.split()[:-1])]
    plain = {n: " ".join(w for w in n.split() if not _INITIAL.fullmatch(w)) for n in spoken}  # ("Loretta E. Lynch" is "Loretta Lynch")
    return next((n for n in spoken if full and (plain[n] == full or plain[n].endswith(" " + full))), "") or (titled[0] if titled else full)


_NARRATION_SENTENCES = 4  # sentences read back for a narration subject
_OBJECT_FORM = {"he": "him", "she": "her"}  # the object form of the pronoun, in the same sentence: another person
_OTHER_PRONOUN = {"he": "she", "she": "he"}
_INITIAL = re.compile(r"[A-Z]\.?")  # a middle initial
_NARRATION_WINDOW = 1500  # characters read back for them (a text without attributions stays linear)
_NARRATION_CONNECTIVES = words("coordinator") | words("sequence_adverb")  # "And", "But", "Then", "Yet" before the subject
_STOP_THEN_SPACE = re.compile(r"\b(\w*)[.!?][\"”’)]*\s+|\n\s*")  # a sentence's end, after the word it ends (not "Sen." nor "J.")
_NAME_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"  # "Putin", "O'Brien"; not "Obama's"
# a Capitalized name opening the sentence, then its verb (after an adverb: "Putin quickly said"), an appositive's
# comma ("Tang Xinying, 72, raises"), or a possessive and the thing it owns ("President Barack Obama's position")
_VERB_AFTER_NAME = (
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>" + "|".join(sorted(words("finite_aux") | words("modal_aux"))) + r"|[a-z]+ed|[a-z]+s|" + "|".join(sorted(_ANY_IRREGULAR_PAST)) + r")\b"
)
# a role before a first and last name opening the sentence, then its verb ("Clinton campaign manager Robby Mook
# released a memo"; each word of the role checked by ``_role_words``)
_NARRATED_AFTER_ROLE = re.compile(r"(?P<role>(?:[\w’'-]+\s+){1,5}?)(?P<name>[A-Z][a-z]+ [A-Z][\w-]+)\b(?!['’]s)(?! [A-Z])(?:" + _VERB_AFTER_NAME + ")")
_NARRATED_SUBJECT = re.compile(
    r"(?P<name>(?:[A-Z][a-z]{1,3}\.\s+)?" + _NAME_WORD + r"(?:[ \t]+(?:(?:" + "|".join(sorted(_PARTICLES)) + r")[ \t-])?" + _NAME_WORD + r")*)"
    r"(?:,|['’]s(?P<owned>(?:[ \t]+[a-z][\w-]*){1,3})[ \t]|" + _VERB_AFTER_NAME + ")"
)


def _known_person_before(text: str, start: int, end: int) -> bool:
    """A capitalized word between ``start`` and ``end`` is the surname of a full name written before."""
    return any(next(full_names_before(text, m.group(0), start), None) for m in _KNOWN_BEFORE.finditer(text, start, end))


_FULL_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:[A-Z]\. )?([A-Z][\w’'-]+)\b(?!['’]s)(?! [A-Z])(?! and [A-Z])")  # "Joe Smith", "Donald J. Trump"; not "Joe Smith's", nor the first of two
_KNOWN_BEFORE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_CARRYING_ON = words("person_pronoun") | words("possessive_determiner")  # "He thanked …", "His firm …": the last speaker carries on


# a sentence opened by one unnamed person of a gender ("A Berlin woman received probation", "One man …")
_UNNAMED_OPENING = re.compile(_SENTENCE_OPENS + r"(?P<np>(?:An?|One|Another)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+))\b(?!['’]s)")


def _unnamed_newcomer(text: str, pos: int, last, word: str) -> str:
    """An unnamed person of the pronoun's gender who opens a sentence after the last attribution
    and before ``pos`` ("Volker Beck said … A Berlin woman received probation after she had posted
    comments. “Filth out!” she wrote": the woman, not Beck); "" when none does."""
    since = last.frame_end
    if since >= pos:
        return ""
    nouns = _FEMALE if word == "she" else _MALE
    found = [m for m in _UNNAMED_OPENING.finditer(text, since, pos) if m.group("noun") in nouns]
    return found[-1].group("np") if found else ""


def _unnamed_speaker_just_before(text: str, pos: int, last, word: str) -> str:
    """The unnamed person of the attribution right before ``pos``, with at most one sentence and
    no first name between, when "he"/"she" can stand for them ("…, said an activist and a friend
    of the women, who asked not to be identified. "…," she said": the activist, not a name further
    back); "" otherwise. One person only ("an activist", "a senior official"), of no other gender."""
    if last.type != "anonymous" or last.source is None or not last.name or pos - last.cue.end > 400:
        return ""
    if last.kind == "passive" or text[max(0, last.source.start - 3) : last.source.start].lower() == "by ":
        return ""  # ("was asked by a caller …. "…," he said": the one asked answers)
    if last.content is not None and pos < last.content.end:
        return ""  # "an official said he would resign": inside the claim, "he" is someone else
    between = text[last.frame_end : pos]
    if re.search(rf"\b{word}\b", between, re.IGNORECASE):
        return ""  # "A former boss suggested he look at the job, so he traveled …": that "he" is someone else, and so is this one
    if len(re.findall(r"[.!?][\"”’]?\s", between)) > 2 or any(w.lower() in first_names() for w in re.findall(r"\b[A-Z][a-z]+\b", between)):
        return ""  # (more than one sentence between, or a person's first name: someone else may be meant)
    words_ = [w.lower() for w in _WORD.findall(last.name if last.pronoun else last.source.text)]  # ("… she said. "…," she added": the same person)
    if not words_ or words_[0] not in _ONE_PERSON or not (agent_word(words_[1] if len(words_) > 1 else "") or head_type(" ".join(words_[:2])) in ("role", "anonymous")):
        return ""  # ("officials", "two aides": more than one person; "another thread": no person)
    other = _MALE if word == "she" else _FEMALE
    return "" if set(words_) & other else last.name


def _one_named_person(att) -> bool:
    """The attribution cites one named person by a phrase of its own ("Swift", "Sen. John Smith"),
    whom "they" does not point to."""
    if att.type != "named_person" or " and " in att.name:
        return False
    if att.source is None:
        return bool(att.name)  # (a second verb of the person: "Maresca said … and added")
    if att.pronoun:
        return att.source.text.lower() in ("he", "she")  # ("he said" after "Maresca said": still one person)
    words_ = _WORD.findall(att.source.text)
    if not words_ or any(w.lower() in ("and", "or") for w in words_):
        return False
    if words_[0][:1].isupper():
        return not words_[-1].lower().endswith("s")
    name = _WORD.findall(att.name or "")
    return len(name) >= 2 and all(w[:1].isupper() for w in name)  # "organizer Signe Fischer": a role, then the person's full name


def _called_it(att) -> bool:
    """A body whose own claim speaks of it as "it" ("The company said it would fire 20 workers"): the
    text counts it as one, so a "they" after it is someone else (the workers)."""
    return att.type == "organization" and att.content is not None and _IT_OPENS.match(att.content.text) is not None


_IT_OPENS = re.compile(r"(?:that\s+)?it(?:['’]s|['’]d|['’]ll)?\b")  # "it would …", "that it had …", "it's …"


def _one_unnamed_person(att) -> bool:
    """The attribution cites one unnamed person ("A Louisiana judge", "one official"), whom "they"
    does not point to; a plural ("officials", "the police") or a body may be "they"."""
    if att.type != "anonymous" or att.source is None or att.pronoun:
        return False
    words_ = [w.lower() for w in _WORD.findall(att.source.text)]
    lead = [w.lower() for w in _WORD.findall(att.source.text.split(",")[0])]  # ("The aides, led by …": the head comes before the aside)
    if len(lead) > 1 and lead[0] in _SINGULAR_DEFINITE and not any(w in _PREPOSITIONS or w in ("and", "or") for w in lead):
        return not plural_shape(lead[-1]) and lead[-1] not in _IRREGULAR_PLURAL and lead[-1] not in _COLLECTIVE_PERSON  # ("the dispatcher", not "the officers", "the police" or "the family")
    return bool(words_) and words_[0] in _ONE_PERSON_OPENERS and "and" not in words_


_ONE_PERSON_OPENERS = words("singular_determiner") - {"each", "every"}  # "a judge", "one official", "another aide"
_IRREGULAR_PLURAL = words("irregular_plural")  # "the police", "the men": several people without an -s
_COLLECTIVE_PERSON = words("collective_person")  # "the family", "the staff": several people in a singular noun
_FEMALE = words("female_word")
_MALE = words("male_word")
_PERSON_WORDS = _CARRYING_ON | _MALE | _FEMALE  # a person opens the sentence: "He thanked …", "His firm …", "The man …" (``_narrated_person``)


def _genders(history) -> dict[str, str]:
    """Name -> "he" or "she" where the source phrase shows it by a title or role ("Mrs. Clinton",
    "spokeswoman Kelly Mohr"); a name shown both ways is left out. (Pronouns already resolved are
    not used: one wrong link would spread.)"""
    seen: dict[str, set[str]] = {}
    for att in history:
        if att.source is None or not att.name or att.pronoun:
            continue
        phrase = {w.lower().rstrip(".") for w in _WORD.findall(att.source.text)}
        marks = {"she"} if phrase & _FEMALE else set()
        marks |= {"he"} if phrase & _MALE else set()
        if not marks and att.type == "named_person":
            marks = {first_name_gender(att.name)} - {None}  # "Venus Williams": her first name says it
        seen.setdefault(att.name, set()).update(marks)
    return {name: next(iter(marks)) for name, marks in seen.items() if len(marks) == 1}


def first_name_gender(name: str) -> str | None:
    """"he" or "she" when the name opens with a first name that nearly always belongs to one gender
    (``server/data/first_names.tsv``: "Mary Smith" -> "she", also after a descriptor: "Olympian
    Bruce Jenner" -> "he", and right after a title: "Foreign Secretary Claudia Ruiz Massieu" ->
    "she", "Virginia Gov. Terry McAuliffe" -> None, not the state's "she"); None for a lone
    surname ("Williams"), an unlisted or a shared first name ("Taylor Swift")."""
    words = name.split()
    titled = [k for k, w in enumerate(words[:-2]) if w.rstrip(".").lower() in _TITLE_ABBREVIATIONS or head_type(w.lower()) is not None]
    after_title = words[titled[-1] + 1] if titled else ""
    if after_title[:1].isupper() and after_title.lower() in given_names():
        return first_names().get(after_title.lower())  # "Foreign Secretary Claudia Ruiz Massieu", "Virginia Gov. Terry McAuliffe": the name right after the title
    words_ = [w for w in words if w.rstrip(".").lower() not in _TITLE_ABBREVIATIONS and head_type(w.lower()) is None]
    if len(words_) < 2 or not words_[0][:1].isupper():
        return None
    # a descriptor may come first ("former Olympian Bruce Jenner" read as "Olympian Bruce Jenner"): a listed
    # first name right before the surname decides ("Los Angeles Fire Department … Chief Patrick Butler": "Patrick")
    first = words_[-2] if words_[-2].lower() in first_names() else words_[0]
    return first_names().get(first.lower())


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """First name (lowercase) -> "he" or "she", from ``server/data/first_names.tsv``."""
    return {e.entry: "she" if e.type == "female" else "he" for e in load_table("first_names.tsv")}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of either gender (lowercase), from ``server/data/given_names.tsv``: "charlie",
    "abid" (``first_names`` holds only those of one gender)."""
    return frozenset(e.entry for e in load_table("given_names.tsv")) | frozenset(first_names())


def _country_name(name: str) -> bool:
    """The name is a country's ("Israel"), which the ledger lists as a government, never a person."""
    from server.annotate.ledger_names import country_names  # (the ledger's geography; imported late, it imports this module)

    return name.strip() in country_names()


_STOP_LEFT = words("antecedent_stop")
_SINGULAR_FINITE = words("singular_finite")
_PLURAL_FINITE = words("finite_aux") - _SINGULAR_FINITE - {"had"}


def _speaking_part(phrase: str) -> str:
    """The part of ``phrase`` that can speak: after "the futures of", a thing's noun before "of"
    ("the futures of some of Spurs' star players" -> "some of Spurs' star players")."""
    head, sep, rest = phrase.partition(" of ")
    last = head.split()[-1] if head.split() else ""
    return rest if sep and last.islower() and last not in _QUANTIFIERS and not agent_word(last) and head_type(last) in (None, "document") else phrase


def _verb_number_after(toks, k: int) -> str | None:
    """"singular" or "plural": the number of the verb of the clause "who" opens at ``k`` ("who still
    claims", "who has"; "who have", "who were"); None when it does not tell."""
    from server.annotate.cue_base import modifiers

    for m in range(k + 1, min(k + 4, len(toks))):
        low = toks[m].low
        if low in _SINGULAR_FINITE or low in _PLURAL_FINITE:
            return "singular" if low in _SINGULAR_FINITE else "plural"
        if low not in modifiers():
            return "singular" if plural_shape(low) and low.isalpha() and len(low) > 3 else None
    return None


def _plural_verb_after(toks, k: int) -> bool:
    return _verb_number_after(toks, k) == "plural"


def _singular_verb_after(toks, k: int) -> bool:
    return _verb_number_after(toks, k) == "singular"


def _thing_of_person(ante: str) -> str:
    """The named person after the last preposition of a thing ("the claims from Jessica Leeds" ->
    "Jessica Leeds"), or ""."""
    words = _WORD.findall(ante)
    if not _thing_of_name(words, [w.lower() for w in words], [w for w in words[1:] if w[:1].isupper()]):
        return ""  # ("Supporters of Mr. Trump, who say": people, the antecedent itself)
    for prep in (" of ", " from ", " by ", " with ", " for ", " to "):
        obj = ante.rpartition(prep)[2]
        if obj != ante and classify(obj) == "named_person":
            return obj
    return ""


def _singular_object(ante: str) -> str:
    """The last name in a plural phrase ("Those siding with Hadi" -> "Hadi"), which a singular verb
    after "who" agrees with; the phrase itself when its head is no plural or no name ends it."""
    for prep in (" with ", " of ", " to ", " for "):
        head, sep, obj = ante.rpartition(prep)
        if sep:
            last = head.split()[-1].lower() if head.split() else ""
            plural = head.split()[0].lower() in _PEOPLE_PRONOUNS or plural_shape(last)
            return obj if plural and classify(obj) == "named_person" else ante
    return ante


def _extend_coordination(toks, start: int) -> int:
    """Widen a noun phrase over a coordination before it ("army, police and intelligence officers").

    A comma right before the phrase joins only a name in apposition ("Bill Daley, a former vice
    president who"); a verb ends the widening ("… people and outraged local officials and customers who")."""
    k = start
    while k >= 2 and start - k < 12 and toks[k - 1].low in (",", "and", "or"):
        m = k - 2
        if not wordlike(toks[m].text) or toks[m].low in _STOP_LEFT or _verb_word(toks[m]):
            break
        while m > 0 and wordlike(toks[m - 1].text) and toks[m - 1].low not in _STOP_LEFT and start - m < 12 and not _verb_word(toks[m - 1]):
            if toks[m - 1].low in ("and", "or") and m - 2 >= 0 and toks[m - 2].text == ",":
                break
            m -= 1
        if k == start and toks[k - 1].text == "," and not _apposition(toks, start):
            break  # "the GOP candidate's proposal, the groups who", "the Iraq War, radicals who": no apposition
        k = m
    return k


def _is_place_phrase(phrase: str) -> bool:
    """The phrase is a place, or a city by its state or country ("Reno, Nevada")."""
    from server.annotate.ledger_names import is_place  # (the ledger's geography; imported late, it imports this module)

    parts = [part.strip() for part in phrase.split(",") if part.strip()]
    return bool(parts) and is_place(parts[-1]) and all(p[:1].isupper() for p in parts)  # ("Reno, Nevada": a city by its state)


_APPOSITION_OPENERS = words("determiner")  # "a former vice president", "two of the women"
_ASIDE_WORDS = words("aside_adverb")  # "Evans, too, who"


def _apposition(toks, start: int) -> bool:
    """The phrase at ``start`` follows a name (or an age) and its comma as an appositive: it opens
    with a determiner or a number ("Bill Daley, a former vice president", "Arnold, 32, a former aide"),
    or it is a name after a name ("Reno, Nevada")."""
    before = toks[start - 2]
    if before.low in _ASIDE_WORDS:
        return False  # "Instead, the study -- which notes …": a sentence adverb, no name the phrase describes
    if before.text[:1].isupper() and toks[start].text[:1].isupper():
        return True  # "in Reno, Nevada, who": a place and its state (or a list of names)
    opens = toks[start].low in _APPOSITION_OPENERS or is_number_word(toks[start].text)
    return opens and (before.text[:1].isupper() or before.text.isdigit())


def _verb_word(tok) -> bool:
    """A lowercase verb form ("outraged", "affected", "says"): it ends a noun phrase scanned to its left."""
    return tok.text.islower() and (looks_like_verb(tok.low) or (tok.low.endswith("ed") and len(tok.low) > 4))


_LOOKBACK = 40  # attributions searched back for a pronoun's antecedent (keeps long texts linear)
# (a middle initial inside, an abbreviated suffix's dot: "Patrick W. Carlineo Jr."; grammar sets name_suffix and abbreviation_end)
_NAME_SEQ = re.compile(r"\b([A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+)+(?:(?:" + "|".join(f"(?<={re.escape(w)})" for w in sorted(w for w in words("name_suffix") if w.lower() in words("abbreviation_end"))) + r")\.)?)")
_LONE_CAP = re.compile(r"\b([A-Z][\w’'\-]+)\b(?!\s+[A-Z])")


_PERSONAL_WORDS = words("subject_pronoun") | words("second_person")  # "I'm", "We", "You": no name's words
_NAME_WINDOW = 1000  # characters searched back for a name "he" or "she" can be (a lead paragraph and a quote)


def _nearest_name_before(text: str, pos: int, bodies: set[str] = frozenset(), pronoun: str = "") -> str | None:
    """Last two-or-more-word Capitalized name in the ``_NAME_WINDOW`` characters before ``pos`` that is no place
    (nor one of ``bodies``, nor a name whose first name is of the other gender than ``pronoun``); a name
    that opens the same sentence as its subject goes first ("Vin Diesel has been paying tribute to his
    friend Paul Walker. … he revealed": Diesel)."""
    window = text[max(0, pos - _NAME_WINDOW) : pos]
    matches = list(_NAME_SEQ.finditer(window))
    full = _full_names(matches)
    titled = [m for m in _TITLED_SURNAME.finditer(window) if not any(o.start() <= m.start() < o.end() for o in matches)]  # "Ms. Lee", "Mr. Cruz"
    ordered = sorted(matches + titled + _surname_mentions(window, matches, full), key=lambda x: x.start())
    for m in reversed(ordered):
        name = _person_named(window, m, full, bodies, pronoun)
        if name is None:
            continue
        opening = _subject_start(window, m.start())
        first = next((o for o in ordered if o.start() == opening < m.start()), None)
        if first is not None and window[first.end() : first.end() + 1] == "." and first.group(1).split()[-1].lower() in _TITLE_ABBREVIATIONS:
            first = next((o for o in ordered if first.end() < o.start() <= first.end() + 2 and o.start() < m.start()), None)  # "Former Rep. Chris Shays": the name after the title
        subject = _person_named(window, first, full, bodies, pronoun) if first is not None and not _POSSESSIVE_END.search(first.group(1)) else None  # ("Given Obama's rating, …": a possessor is no subject)
        return subject or name
    return None


_POSSESSIVE_END = re.compile(r"['’]s$")
_TITLED_SURNAME = re.compile(r"\b((?:" + "|".join(_GENDERED_TITLES) + r")\.?\s+[A-Z][\w’'\-]+)\b(?!\s+[A-Z])")  # a surname after a title that tells the gender


def title_gender(title: str) -> str | None:
    """"he" or "she" for a title that tells the gender ("Mr.", "Ms.", "Miss"; the gender from the
    ``male_word`` and ``female_word`` tables), else None."""
    low = title.rstrip(".").lower()
    if low not in _GENDERED_TITLE_WORDS:
        return None
    return "he" if low in _MALE else "she" if low in _FEMALE else None


_SENTENCE_END = re.compile(r"([\w.]*)[.!?][\"”’]?\s+(?=[A-Z])")  # a stop, its closing mark and the capital after it
_OPENING_PHRASE = re.compile(r"[A-Z][\w'’]*(?:\s[\w'’]+){0,3},\s+(?=[A-Z])")  # "On Monday, ", "In 2013, ": before the subject


def _subject_start(window: str, at: int) -> int:
    """Where the subject of the sentence holding ``window[at]`` starts: after the last stop before it
    (not an abbreviation's: "Sen. Bernie Sanders") and a short opening phrase and its comma."""
    start = 0
    for m in _SENTENCE_END.finditer(window, 0, at + 1):
        word = m.group(1).rsplit(".", 1)[-1].lower()
        if word not in _TITLE_ABBREVIATIONS and len(word) > 1:
            start = m.end()
    phrase = _OPENING_PHRASE.match(window, start)
    return phrase.end() if phrase is not None and phrase.end() <= at else start


def _person_named(window: str, m, full: dict[str, str], bodies, pronoun: str) -> str | None:
    """The person a name match in ``window`` names, or None when it names none that ``pronoun`` can
    stand for (see ``_nearest_name_before``)."""
    from server.annotate.ledger_names import is_place, plural_group_name  # (it reads this module's tables)

    if m.group(1) in full:
        if full[m.group(1)] in bodies or (pronoun in ("he", "she") and first_name_gender(full[m.group(1)]) != pronoun):
            return None
        return full[m.group(1)]  # "Harvey Fierstein ... Fierstein, as a writer, won Tonys. He": the surname alone, the same person
    words_ = m.group(1).split()
    led = False
    while words_ and (words_[0].lower() in _CLAUSE_LEADS or words_[0].lower() in _LEAD or words_[0].lower() in _FOCUS_ADVERBS):
        words_, led = words_[1:], True  # "When Trump", "The Russian": a capitalized function word opens the sentence
    name = _POSSESSIVE_END.sub("", " ".join(words_))
    if len(words_) == 1 and words_[0].lower() in _TITLE_ABBREVIATIONS:
        return None  # "But Ms. Clinton": the title alone, cut off by its dot, names nobody
    if len(words_) == 2 and (title_gender(words_[0]) or pronoun) != pronoun:
        return None  # "Mr. Cruz" is no "she"
    if m.re is _TITLED_SURNAME:
        return _full_name_of_titled(window, m.start(), words_[1], pronoun) or name
    if any(re.split(r"['’]", w)[0].lower() in _PERSONAL_WORDS for w in words_):
        return None  # '"All I'm trying to do …"': a quotation's capitals, no name
    if any(w.lower() in _THING_NAME_WORDS for w in words_):
        return None  # "Hurricane Katrina", "Malaysia Airlines Flight 370": a storm or a flight is no "he" or "she"
    if name in bodies or (pronoun in ("he", "she") and first_name_gender(name) not in (None, pronoun)) or plural_group_name(name):
        return None  # a name the text already cites as a body is no "he" or "she"; nor "Mary Smith" a "he"; nor "Hoosier Republicans"
    if _quoted_title(window, m.start(), m.end()):
        return None  # 'won Tonys for "Torch Song Trilogy."': a title in quotation marks names no person
    if _INDEFINITE_BEFORE.search(window, 0, m.start()) and not led:
        return None  # "a parody of a Toyota Camry commercial": after "a", a name modifies a noun; nobody is named
    if (len(words_) >= 2 or (led and words_)) and not _object_of_preposition(window, m.start()) and not _modifies_noun(window, m.end()) and classify(name) == "named_person" and not is_place(name):
        return name  # ("New York" is no "she")
    return None


def _full_names(matches) -> dict[str, str]:
    """Surname -> the first-name-and-surname it was introduced with ("Fierstein" -> "Harvey Fierstein")."""
    full: dict[str, str] = {}
    for m in matches:
        parts = m.group(1).split()
        if len(parts) == 2 and first_name_gender(m.group(1)) is not None:
            full.setdefault(parts[1], m.group(1))
    return full


def _surname_mentions(window: str, matches, full: dict[str, str]) -> list:
    """The lone Capitalized words of ``window`` that are the surname of a full name before them."""
    spans = [(m.start(), m.end()) for m in matches]
    return [
        m for m in _LONE_CAP.finditer(window)
        if m.group(1) in full and not any(a <= m.start() < b for a, b in spans) and window.find(full[m.group(1)]) < m.start()
    ]


_QUOTE_CLOSE = re.compile(r"[,.!?]?[\"”]")


def _quoted_title(window: str, start: int, end: int) -> bool:
    """The Capitalized run is all a quotation holds ('"Torch Song Trilogy."'): a title, not a name."""
    close = _QUOTE_CLOSE.match(window, end)
    return close is not None and start > 0 and is_quoted_title(window[start - 1 : close.end()])


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
_OBJECT_PREPOSITIONS = words("object_preposition")
_ADVERBIAL_OPENERS = words("adverbial_clause_opener")


def _object_of_preposition(window: str, start: int) -> bool:
    """The name follows "of", "on", "in" ("the cover of Rolling Stone"): an object, which
    "he" or "she" rarely points back to when a subject name is nearer."""
    end = start
    for _ in range(3):  # ("owned by talent manager Scooter Braun": over the role words before the name)
        m = _WORD_BEFORE.search(window, max(0, end - 20), end)
        if m is None:
            return False
        if m.group(1) in _OBJECT_PREPOSITIONS:
            return True
        if head_type(m.group(1)) != "role" and not agent_word(m.group(1)):
            return False
        end = m.start()
    return False


_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n? $")


def _modifies_noun(window: str, end: int) -> bool:
    """The name run ending at ``end`` modifies the noun for people or bodies after it ("a Special
    Forces soldier", "the Obama administration"): it names no person "she" or "he" could be."""
    m = _NEXT_WORD.match(window, end)
    return m is not None and m.group(1) not in _DATE_WORDS and (agent_word(m.group(1)) or head_type(m.group(1)) is not None or m.group(1) in _NAMED_THINGS)


_NAMED_THINGS = words("named_thing")  # "the Chris Kyle Facebook page": a name run before one names no "she"
FIRST_PERSON = "the writer or the speaker quoted"  # resolve_pronoun's name for "I"/"we"
_NUMBER_WORDS = words("number_word")


def is_number_word(word: str) -> bool:
    """A figure or a number word ("12", "40%", "six", "twenty-one")."""
    low = word.lower()
    return bool(_FIGURE.match(low)) or low.split("-")[0] in _NUMBER_WORDS

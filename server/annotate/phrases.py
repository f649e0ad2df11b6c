"""Noun phrases around a cue: the source before the verb, after it, or at the sentence start.

POS-free heuristics over tokens: capitalization (``sources.is_name_word``), the closed-class
word sets of ``attribution_grammar.tsv`` and the source lexicon decide where a phrase starts
and ends.
"""

from __future__ import annotations

import re

from server.annotate import ledger_names as names
from server.annotate import sources as srcmod
from server.annotate.cue_base import negations, verb_forms
from server.annotate.grammar import ending, words
from server.annotate.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok, dash_width, ed_form, plural_shape, quote_opening, s_form, wordlike
from server.lexicon import function_words

_ABBREVIATIONS = words("abbreviation")
_ABBREVIATION_ENDS = words("abbreviation_end")  # "Ltd.", "Calif.": the period is the word's
_ARTICLES = words("article")  # "a", "an", "the"
_TIME_ADJECTIVES = words("time_adjective")  # "An earlier report", "a later version"
_ADVERB_WORDS = words("focus_adverb") | words("time_adverb") | words("intensifier")  # ("this only explains": no noun after "this")
_NAME_CHAR = re.compile(r"[\w'’.]")
_FOCUS_ADVERBS = words("focus_adverb")  # "Even Donald Trump said"
_SUBORDINATORS = words("subordinator")  # "after", "before", "since", "until", "as": also prepositions
_SUBORDINATE_OPENERS = words("subordinate_opener")  # "when", "because", "if": a subordinate clause opens inside a relative clause
_AMOUNT_LEADS = words("amount_lead")  # "more than", "nearly": before a count
_SUBJECT_CLAUSE_OPENERS = words("clause_opener")  # "When …, ", "Once …, ": a clause before the subject
_COORDINATING = words("verb_coordinator")  # "But", "Yet": no clause of their own before the subject
_CLAUSE_BREAKS = _COORDINATING | _SUBJECT_CLAUSE_OPENERS  # ", but …", ", while …": a new clause, not a description
_DO_FORMS = words("do_support")  # "did", "does": a finite verb of the clause
_INDEFINITE_PRONOUNS = words("indefinite_pronoun")  # "something Spohr reiterated"
_ASIDE_ADVERBS = words("aside_adverb")  # "However,", "Meanwhile,"
_NAME_JOINERS = words("name_joiner")  # "Centers for Medicare and Medicaid"
_AFTER_INVERTED = words("after_inverted_source")
_CLAUSE_LINKS = words("clause_link")
_CLAUSE_WORDS = words("clause")
_DETERMINERS = words("determiner")
_INVERTED_SOURCE_STOP = words("inverted_source_stop")
_KEEP_PREPS = words("postmodifier_preposition")
_LISTED_OBJECTS = words("headline_said_object")  # "Things", "Reasons" before a speaker in a title-case headline
_AGE_PREPS = words("age_preposition")
_SURVEY_PARTICIPLES = words("survey_participle")
_PREDETERMINERS = words("predeterminer")
_EXCEPTION_QUANTIFIERS = words("exception_quantifier")  # "All but two"
_NEGATED_QUANTIFIERS = words("negated_quantifier")  # "Not everyone"
_OBJECT_PRONOUNS = words("object_pronoun")  # "three-fourths of them"
_PERSONAL_PRONOUNS = words("personal_pronoun")
_PREPOSITIONS = words("preposition")
_QUANTIFIER_HEADS = words("quantifier_head")
_SUBJECT_PRONOUNS = words("subject_pronoun")
_PERSONAL_SUBJECTS = _SUBJECT_PRONOUNS - {"it", "which", "who"}  # "He and others": a pronoun for people
_RESULT_PARTICIPLES = words("result_participle")  # "leaving factory owners worried": the object of the participle
_RELATIVE_WORDS = words("relative_pronoun")
_PEOPLE_SHARES = words("people_share")
_APPOSITIVE_OPENERS = words("appositive_opener")
_DASH_ASIDE_OPENERS = words("dash_aside_opener")
_THAT_WORDS = words("complementizer")
_TIME_LEAD = words("time_lead")
_TIME_WORDS = words("time_word")
_DAY_PARTS = words("day_part")
_DATE_NOUNS = words("date_noun")  # "the same day": a date after a participle
_COMPARISON_WORDS = words("comparison_word")  # "more amicable than X suggests": the comparison's own verb
_COUNT_LEADS = words("count_lead")
_NOUN_PRONE = words("noun_prone_form")
PEOPLE_TYPES = ("role", "anonymous", "vague")  # head types of nouns for people ("advocate", "advocates")
VERB_NOUN_COMPOUNDS = words("verb_noun_compound")  # "think tank"
_TIME_UNITS = words("time_unit")
_PERSON_INDEFINITES = words("person_indefinite")
_TIME_ADVERBS = words("time_adverb")
_DATE_PREPOSITIONS = words("date_preposition")
_FINITE_AUX = words("finite_aux")
_QUESTION_AUX = words("question_aux")  # "Did the Foundation refuse ...?"
_BE_FORMS = words("be_aux")  # "who were briefed": a participle after "be" is the relative clause's own
_GERUND_PREPS = words("gerund_preposition")
_APPOSITIVE_RELATIVES = words("appositive_relative")
_IRREGULAR_PAST = words("irregular_past")
_SUBJECT_ENDING_AUX = _FINITE_AUX | words("modal_aux") | _BE_FORMS | _DO_FORMS | negations()  # "Border Patrol agents cannot hear …": the verb group starts
_PAST_FORMS = _IRREGULAR_PAST | words("other_irregular_past")  # "said", "sent", "began": an irregular past ends a subject
_PAST_ONLY = words("past_only")
ALL_PAST_FORMS = _PAST_FORMS | _PAST_ONLY  # "led", "became", "went", "broke": every irregular past, a finite verb
_OBJECT_AFTER_VERB = words("object_pronoun") | words("either_case_pronoun")
_POSTMOD_ADJECTIVES = words("postmodifier_adjective")
_PEOPLE_PRONOUNS = words("people_pronoun")
_SHARE_OPENERS = _PEOPLE_SHARES | _AMOUNT_LEADS  # "Half of those", "More than 40": a share, not a name
_SHARE_HEADS = _PEOPLE_SHARES | _QUANTIFIER_HEADS  # "89% of", "most of": a share of a group
_PRONOUNS_FOR_PEOPLE = _SUBJECT_PRONOUNS | _OBJECT_PRONOUNS | _PEOPLE_PRONOUNS  # "three-fourths of them"
_COORDINATORS = words("coordinator")
NOUN_OPENERS = _DETERMINERS | words("possessive_determiner")  # "The report the agency released", "his lawyer", "Most people": a noun phrase opens
_OBJECT_RELATIVES = _RELATIVE_WORDS - {"who", "whose"}  # "that", "which", "whom": an object relative clause opens ("The study that the university published")
PREPOSED_RELATIVES = _OBJECT_RELATIVES - {"that"}  # "with whom", "of which": after the clause's preposition
_CLAUSE_OPENING = NOUN_OPENERS | _SUBJECT_PRONOUNS | _PREPOSITIONS | words("finite_aux") | _COORDINATORS | _OBJECT_RELATIVES  # (no head noun: the relative clause or another phrase starts)
_ADJECTIVE_ENDING = ending("adjective_before_name", stem=r"\w{2,}")
_MONTH_ABBREVIATIONS = words("month_abbreviation")
_COORDINATION_LEADS = words("coordination_lead")
_MODAL_NAMES = words("modal_name")  # "Will Smith", "George Will"
_STATE_NAMES = words("state_name")
_WH_OBJECTS = words("wh_object")
_TITLE_INTRODUCERS = _PREPOSITIONS | _ARTICLES  # 'producers of "Mission Impossible III"', 'the “Avatar” star'
_SECOND_PERSON = words("second_person")
_COMPARATIVE_AMOUNTS = words("comparative_amount")  # "more", "fewer" before "than" and a number
_CAUSATIVES = words("causative_verb")
_BY_MEDIUM = words("by_medium")


def comma_before(toks, k) -> bool:
    """True when a comma or closing quote stands right before token ``k`` (a parenthetical slot)."""
    return k > 0 and toks[k - 1].text in (",", "”", '"', "'", "’") or (k > 1 and toks[k - 1].text in CLOSE_QUOTES)


def is_name(tok: Tok) -> bool:
    """True for a Capitalized token that is not a function word or a date."""
    return srcmod.is_name_word(tok.text)


_PLACE_PREPOSITIONS = words("place_preposition")


def before_names(toks, k: int) -> int:
    """Index of the token before the run of names that ends right before ``k`` (0 at the latest)."""
    m = k - 1
    while m > 0 and is_name(toks[m]):
        m -= 1
    return m


def _place_comma(toks, k, start) -> bool:
    """The comma at ``k`` joins a town to its state or country after "in"/"of"/"from" ("A man in
    Montabaur, Germany, who ...", "a teacher from Salem, Ohio,")."""
    place = toks[start].text if start + 1 >= len(toks) or not is_name(toks[start + 1]) else f"{toks[start].text} {toks[start + 1].text}"
    if not (names.is_place(place) or names.is_place(toks[start].text)) or k < 2 or not is_name(toks[k - 1]):
        return False
    return toks[before_names(toks, k)].low in _PLACE_PREPOSITIONS


def _serial_name_comma(toks, k, start, g) -> bool:
    """The comma at ``k`` separates fields in a body's name: capitalized words up to the verb with
    "and" between two of them after it, and capitalized words back to "of" after an organization
    noun before it ("Ministry of Trade, Industry and Energy", "Department of Health, Labor and
    Welfare"); not "In Texas, Cruz and Rubio said" (no body "of" before the comma)."""
    after = range(start, g)
    if not all(is_name(toks[m]) or toks[m].low == "and" for m in after):
        return False
    if not any(toks[m].low == "and" and m > start and m + 1 < g for m in after):
        return False
    m = k - 1
    while m > 0 and (is_name(toks[m]) or toks[m].text == ","):
        m -= 1
    return m > 0 and m < k - 1 and toks[m].low == "of" and srcmod.head_type(toks[m - 1].text) == "organization"


def _as_well_as_at(toks, k: int) -> bool:
    """"as well as" ends at ``k``, after a word: it joins two speakers like "and"."""
    return k >= 3 and toks[k].low == "as" and toks[k - 1].low == "well" and toks[k - 2].low == "as" and toks[k - 3].text[:1].isalnum()


def _and_inside_postmodifier(toks, k: int) -> bool:
    """The "and" at ``k`` joins two objects of a preposition that follows a noun for people ("Experts
    on China and trade policy", "Professors of law and economics", "People close to both the
    mayor and the governor"): one to four plain words back to the preposition, whose noun (or
    adjective or participle after one: "close to") opens the speaker. A name after the "and" may
    be a second speaker ("A spokesman for the plaintiffs and BeverageGrades, which …, said"):
    not joined."""
    if k + 1 >= len(toks) or not toks[k + 1].text.islower():
        return False
    for p in range(k - 1, max(0, k - 5), -1):
        t = toks[p]
        if t.low in _KEEP_PREPS:
            head = toks[p - 1] if p > 0 else None
            return p < k - 1 and head is not None and head.text.isalpha() and (srcmod.head_type(head.low) in PEOPLE_TYPES or srcmod.agent_word(head.text))
        if t.low in _PREPOSITIONS and p > 1 and p < k - 1 and participle_postmodifier(toks, p) is not None:
            return True  # "People close to the mayor and the governor said": the objects of "close to"
        if not t.text.isalpha() or t.low in _CLAUSE_WORDS:
            return False
    return False


def _ing_after_people(toks, k: int, start: int | None) -> bool:
    """The "-ing" word at ``k`` follows a plural noun for people ("Voters supporting Trump",
    "Several delegates supporting Clinton") and its object follows it: a reduced relative clause
    inside the subject, whatever verb the participle is."""
    t = toks[k]
    if start is None or k == 0 or not t.text.islower() or not t.low.endswith("ing") or start <= k:
        return False
    return plural_people_noun(toks[k - 1])


def plural_people_noun(tok) -> bool:
    """A plural noun for people or a group ("Voters", "delegates", "Republicans"), which an "-ing"
    phrase may describe; no auxiliary or determiner ending in "s" ("is", "was", "this")."""
    if not tok.text.isalpha() or not tok.low.endswith("s") or tok.low in _DETERMINERS or tok.low in _FINITE_AUX:
        return False
    return srcmod.head_type(tok.low) in PEOPLE_TYPES or srcmod.agent_word(tok.text) or (tok.text[:1].isupper() and (srcmod.classify(tok.text) == "vague" or names.plural_group_name(tok.text)))


def source_left(toks, g) -> tuple[int, int] | None:
    """Token range of the noun phrase ending right before index ``g`` (the verb group)."""
    named = _named_as_subject(toks, g)
    if named is not None:
        return named
    relative = _subject_with_relative_clause(toks, g)
    if relative is not None:
        return relative
    k = g - 1
    if k < 0 or toks[k].quoted or toks[k].low in _GERUND_PREPS:
        return None  # ("without naming him": a gerund's preposition, no subject)
    if toks[k].low in _SUBJECT_PRONOUNS or (toks[k].low in _SECOND_PERSON and (k == 0 or toks[k - 1].low not in _PREPOSITIONS)):
        return (k, g)  # ("Most of you know": the pronoun ends a phrase after a preposition)
    if srcmod.looks_like_verb(toks[k].low) and not is_name(toks[k]) and k > 0 and (is_name(toks[k - 1]) or toks[k - 1].low in _SUBJECT_PRONOUNS) and not srcmod.is_number_word(toks[k - 1].text) and not _past_verb_at(toks, g) and not determiner_before_names(toks, k) and not _possessive_opens_clause(toks, k - 1):
        return None  # "Trump says praise ...": a verb with its own subject stands before ("Two reports say": a noun; "Refugee advocates also said": before a past verb, a noun; "Starr's remarks": after a possessive opening the clause, a noun)
    if toks[k].text == ")":
        o = k - 1
        while o >= 0 and k - o < 8 and toks[o].text != "(":
            o -= 1
        if o > 0 and toks[o].text == "(":
            inner = source_left(toks, o)
            return (inner[0], g) if inner else None
    start = None
    words = 0
    while k >= 0 and words < 12:
        t = toks[k]
        title = _quoted_title_at(toks, k)
        if title is not None and (start is not None or (k - title > 2 and toks[title - 1].low not in _ARTICLES)):
            # (right before the verb, a one-word "name" is a scare quote: 'the “Lanny” referred to'; after an
            # article the title modifies a noun: 'the "Made in China" label imprinted on')
            start, words, k = title, words + k - title + 1, title - 1  # 'The producers of "Mission Impossible III" had wanted': a title inside the phrase
            continue
        if t.quoted or _CLOCK.match(t.text):
            break  # ("5:09PM Ted Cruz said": a live blog's time stamp opens the entry)
        if start is not None and k >= 2 and all(_capitals_word(toks[m]) for m in (k, k - 1, k - 2)):
            break  # ("… DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan said": a headline in capitals before the entry)
        if t.text == "." and k > 0 and (toks[k - 1].low in _ABBREVIATIONS or (start is not None and is_initial(toks, k - 1))):
            k -= 1  # "Sen.", "James P. Kennedy": the period belongs to an abbreviation or a middle initial
            continue
        if not wordlike(t.text):
            if t.text == "%" and k > 0 and toks[k - 1].text[:1].isdigit() and toks[k - 1].end == t.start:
                start, k, words = k, k - 1, words + 1  # "10% of voters", "A 69% majority": the sign belongs to its number
                continue
            if t.text in ("’", "'") and start is not None:  # possessive "Sanders’ campaign"
                k -= 1
                continue
            if t.text == "/" and start is not None and k > 0 and toks[k - 1].end == t.start and t.end == toks[k + 1].start:
                k -= 1  # "The latest Reuters/Ipsos opinion poll": a slash inside a name
                continue
            if t.text == "," and start is not None and _serial_name_comma(toks, k, start, g):
                k -= 1  # "the Ministry of Trade, Industry and Energy": a list of fields inside a body's name
                continue
            if t.text == "," and start is not None and _place_comma(toks, k, start):
                k -= 1  # "A man in Montabaur, Germany, who belonged to ...": a town and its country
                continue
            break
        low = t.low
        if surname_month(toks, k) or modal_name(toks, k):
            start, k, words = k, k - 1, words + 1  # "Theresa May said", "Will Smith said": a name, not the month or the modal
            continue
        head = _ing_postmodifier(toks, k - 1) if low in _DETERMINERS and start == k + 1 else None
        if head is not None:
            start, k, words = head, head - 1, words + k - head  # "the websites publishing this information have offered": the participle's object
            continue
        pronoun_and = low == "and" and start is not None and k > 0 and toks[k - 1].low in _SUBJECT_PRONOUNS and (k == 1 or not wordlike(toks[k - 2].text))
        if low == "but" and start is not None and k > 0 and toks[k - 1].low in _EXCEPTION_QUANTIFIERS:
            start, k, words = k - 1, k - 2, words + 2  # "All but two said", "Everyone but Hewlett agreed": "but" is "except"
            continue
        opens_phrase = start == k + 1 and low in _DETERMINERS and low not in _THAT_WORDS and toks[start].low not in _ADVERB_WORDS  # "This story said" (not "… said that officials", "this only explains")
        if start is not None and _as_well_as_at(toks, k):
            k -= 3  # "The mayor as well as the governor said": one speaker of two (the coordinator counts no words)
            continue
        if low == "and" and start is not None and _and_inside_postmodifier(toks, k):
            start, k, words = k, k - 1, words + 1  # "Experts on China and trade policy said": two objects of one preposition
            continue
        if low in _CLAUSE_WORDS and not (low in ("and",) and start is not None and k > 0 and is_name(toks[k - 1]) and is_name(toks[start])) and not pronoun_and and not opens_phrase:
            break  # ("…, she and others said": a pronoun and a noun phrase are one subject)
        if low in _PREPOSITIONS:
            part = participle_postmodifier(toks, k) if start is not None and k > 1 else None
            if part is not None:
                start = part  # "officials briefed on the matter": the participle and its object stay in
                words += k - part + 1
                k = part - 1
                continue
            if (low in _KEEP_PREPS or _to_postmodifier(toks, k) or _by_maker(toks, k) or _age_after_noun(toks, k, start)) and start is not None and k > 0 and (wordlike(toks[k - 1].text) or toks[k - 1].text == "%") and toks[k - 1].low not in _CLAUSE_WORDS | _PREPOSITIONS and (low != "on" or _on_postmodifier(toks, k)):
                start = k
                k -= 1
                words += 1
                continue
            break
        adjective_time = start == k + 1 and k > 0 and toks[k - 1].low in _ARTICLES and low in _TIME_ADJECTIVES  # "An earlier report": an adjective
        if low in _TIME_WORDS and (t.text.islower() or (k == 0 and toks[k + 1].text.islower())) and start is not None and not adjective_time:
            break  # "over the weekend Mr. Bewkes agreed", "Today most adults say": the subject starts after the time phrase
        if _pronoun_with_clitic(t) and start is not None:
            if start == k + 1 and start + 1 < g and toks[start].text.islower() and toks[start].low not in _DETERMINERS:
                start += 1  # (and the adjective of that clause: "it's possible")
            break  # "so it's possible Paramount is still deciding": a clause of its own before the subject
        if low in _PAST_ONLY and t.text.islower() and start is not None:
            break  # "The claim came in a statement posted on ...": a finite verb ends the noun phrase
        if low in _RESULT_PARTICIPLES and t.text.islower() and start is not None and k > 0 and toks[k - 1].text in (",", "—", "–"):
            break  # "…, leaving factory owners worried about …": the participle's object is the subject ("some keeping track say" is one phrase)
        if start == k + 1 and t.text.islower() and ed_form(t) and toks[start].low in _DETERMINERS and not _time_phrase_at(toks, start, g):
            break  # "The House bill provided all the money NASA requested": a past verb before its object ends the phrase ("a report released the same day said" keeps its date)
        if (low in _RELATIVE_WORDS or low in _WH_OBJECTS) and start is not None:
            break  # "hackers who U.S. officials say ...", "what Maduro said was ...": the subject starts after the relative word
        if srcmod.looks_like_verb(low) and title_case(toks) and is_name(t) and start is None:
            return None  # headline "Pence Announces Plans": a capitalized verb, not a subject
        if start is not None and low in _LISTED_OBJECTS and t.text[:1].isupper() and title_case(toks):
            break  # headline "10 Offensive Things Tom Brown Has Said": what was said, then the speaker of a zero relative
        compound = low in _NOUN_PRONE and start == k + 1 and toks[start].text.islower() and toks[start].low not in _DETERMINERS  # "talk show host"
        compound = compound or (start == k + 1 and f"{low} {toks[start].low}" in VERB_NOUN_COMPOUNDS)  # "the think tank"
        compound = compound or (start == k + 1 and low in _NOUN_PRONE and t.text.islower() and is_name(toks[start]) and srcmod.head_type(low) in PEOPLE_TYPES)  # "infertility advocate Jenn Palumbo": a title
        compound = compound or (start == k + 1 and toks[start].low == "of" and t.text.islower() and not low.endswith(("ed", "ing")))  # "in favor of punishment"
        adjective = k > 0 and toks[k - 1].low in _DETERMINERS and t.text.islower() and (ed_form(t) or (low.endswith("ing") and start == k + 1))  # "the alleged victim", "a retired general", "the ruling party"
        adjective = adjective or (start == k + 1 and low.endswith("ing") and modifies_closing_subject(toks, start))  # "..., lobbying records show."
        adjective = adjective or _ing_after_people(toks, k, start)  # "Voters supporting Trump said": the participle says which voters
        if start is not None and _perfect_infinitive_after_noun(toks, k):
            start, k, words = k - 2, k - 3, words + 3  # "The only two Arab states to have signed peace treaties": the infinitive describes the noun
            continue
        if srcmod.looks_like_verb(low) and start is not None and (not is_name(t) or title_case(toks)) and not compound and not adjective:
            break  # (in a headline, "Pence Announces Plans": the capitalized verb is no part of the name)
        if start is not None and k > 0 and past_verb_after_subject(toks, k):
            break  # "Police released dramatic video showing ...": the subject of "showing" is the video
        start = k
        words += 1
        if low in _DETERMINERS and low not in _QUANTIFIER_HEADS:
            # a determiner opens the noun phrase, unless it sits in a post-modifier
            # ("people familiar with the matter", "a spokesman for the campaign")
            if k >= 2 and (toks[k - 1].low in _KEEP_PREPS | {"familiar"} or _to_postmodifier(toks, k - 1)) and wordlike(toks[k - 2].text) and toks[k - 2].low not in _CLAUSE_WORDS:
                k -= 1
                continue
            if k >= 3 and toks[k - 1].low in _PREPOSITIONS and participle_postmodifier(toks, k - 1) is not None:
                k -= 1
                continue
            if k >= 3 and toks[k - 1].text.islower() and k + 1 < g and is_name(toks[k + 1]) and srcmod.head_type(f"{toks[k - 2].text} {toks[k - 1].text}") == "organization":
                k -= 1  # "Steve Bucci of conservative think tank the Heritage Foundation": a body noun, then its name
                continue
            if k >= 2 and toks[k - 1].low == "but" and toks[k - 2].low in _EXCEPTION_QUANTIFIERS:
                k -= 1  # "All but two said": the exception after "but" belongs to the quantifier before it
                continue
            if _as_well_as_at(toks, k - 1):
                k -= 1  # ("… as well as the governor": the phrase goes on before the coordinator)
                continue
            if k >= 2 and toks[k - 1].low == "and" and _and_inside_postmodifier(toks, k - 1):
                k -= 1  # ("People close to the mayor and the governor": the second object of "close to")
                continue
            if k >= 1 and low in _ARTICLES and toks[k - 1].low in _PREDETERMINERS:
                k -= 1  # "half the senators", "all the candidates": the quantifier before the article opens the phrase
                continue
            if k >= 1 and srcmod.is_number_word(low) and not is_year(low) and toks[k - 1].low in _DETERMINERS and not srcmod.is_number_word(toks[k - 1].low):
                k -= 1  # "The two lawmakers": the article before a count belongs to the phrase
                continue
            break
        k -= 1
    if start is None:
        return None
    while start < g - 1 and toks[start].low in _COORDINATORS:
        start += 1  # (the scan's word limit stopped right after a coordinator: "and Sen. Patrick Leahy as well as …" opens at the name)
    if g - start > 1 and toks[g - 1].low in _OBJECT_AFTER_VERB and toks[g - 2].text.islower() and toks[g - 2].low not in _PREPOSITIONS and toks[g - 2].low not in _DETERMINERS:
        return None  # "does make you wonder": the pronoun is the object of a verb before it, not a subject
    if start > 0 and toks[start - 1].low == "not" and toks[start].low in _NEGATED_QUANTIFIERS and (start == 1 or not wordlike(toks[start - 2].text)):
        start -= 1  # "Not everyone agreed", "Not all Republicans agree": the negation is the phrase's
    if toks[start].low == "against" and start > 0 and start + 1 < g and toks[start - 1].text.islower() and srcmod.looks_like_verb(toks[start - 1].low):
        start += 1  # "He argued against the theologian Helvedius, who said": the object of "argued against"
    elif toks[start].low in _PREPOSITIONS:
        return None  # "Those in favor of punishment have said": the scan stopped inside the phrase; a half is no speaker
    if g - start == 1 and toks[start].text.islower() and toks[start].low.endswith("ly") and srcmod.head_type(toks[start].low) is None:
        return None  # "but will likely ask": an adverb of the verb group, no speaker
    if toks[start].low in _FOCUS_ADVERBS and start < g - 1 and wordlike(toks[start + 1].text):
        start += 1  # "Even Donald Trump said", "Now Sembler says": the adverb is the clause's
    if toks[start].low in _INDEFINITE_PRONOUNS and start < g - 1 and wordlike(toks[start + 1].text):
        start += 1  # "…, something Spohr reiterated Thursday", "something government has shown": the pronoun is the object of a relative clause
    if _document_then_name(toks, start, g):
        start += 2  # "-- a statement Cooper said could prejudice the case": the document is the relative clause's object
    if toks[start].low == "all" and start < g - 1 and any(toks[m].low in ("was", "is") for m in range(g + 1, min(g + 3, len(toks)))):
        start += 1  # "All Turk wanted was to coach": a pseudo-cleft, "All" is no part of the speaker
    if start < g - 1 and toks[start].low in _CAUSATIVES and toks[start].text.islower() and _object_of_causative(toks, start + 1, g):
        start += 1  # "to make former England international Gary Lineker proclaim", "to watch Mitt Romney insist": the verb's object speaks
    return (coordinated_start(toks, _amount_lead(toks, start)), g)


def modifies_closing_subject(toks, j) -> bool:
    """A plural noun, a one-word reporting verb and the clause end follow the "-ing" word before
    ``j`` ("..., lobbying records show.", "..., polling averages suggest."): the "-ing" word is a
    modifier of that closing subject."""
    if j + 1 >= len(toks) or not (toks[j].text.isalpha() and toks[j].text.islower() and toks[j].low.endswith("s")):
        return False
    verb = verb_forms().get(toks[j + 1].low)
    return verb is not None and verb.words == 1 and toks[j].low not in verb_forms() and (j + 2 >= len(toks) or toks[j + 2].text in (".", ",", ";", "!", "?", ")"))


def _quoted_title_at(toks, k) -> int | None:
    """Index of the opening quotation mark when token ``k`` closes a short capitalized title that a
    preposition, article or possessive introduces ('producers of "Mission Impossible III"', 'the
    “Avatar” star'); None for a quotation of someone's words and for a title closing an
    appositive with its comma ('Washington, star of “Scandal,”', which the appositive rules read)."""
    if toks[k].text not in ("”", '"') or k < 3:
        return None
    o = k - 1
    while o > 0 and k - o <= 8 and toks[o].text not in ("“", '"'):
        o -= 1
    if toks[o].text not in ("“", '"') or o + 1 >= k or k - o > 8 or o == 0:
        return None
    inner = toks[o + 1 : k]
    if not inner[0].text[:1].isupper() or any(t.text in (".", "!", "?", ",") for t in inner):
        return None
    before = toks[o - 1].low
    return o if before in _TITLE_INTRODUCERS or before.endswith(("'s", "’s")) else None


def _capitals_word(tok) -> bool:
    """A word in capitals of two letters or more ("EXPLOSION", "AT")."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


def _document_then_name(toks, start: int, g: int) -> bool:
    """``a DOCUMENT Name`` right before the reporting verb: a relative clause without "that" whose
    subject is the name ("a statement Cooper said could ...", "the report Smith says is false").
    ``zero_relative_subject`` reads the same shape after a plain noun ("the money NASA requested
    ... would pay"); before any other verb a document keeps its name ("the lawsuit Novak filed")."""
    if g - start < 3 or g >= len(toks) or toks[g].low not in verb_forms() or toks[start].low not in _DETERMINERS or not toks[start + 1].text.islower():
        return False  # (only before a reporting verb: "the letter Comey sent to leaders informing them" is the letter's)
    return srcmod.head_type(toks[start + 1].low) == "document" and all(is_name(toks[m]) for m in range(start + 2, g))


def _possessive_opens_clause(toks, k: int) -> bool:
    """The word at ``k`` is a possessive ("Starr's", "Welch’s") that opens the sentence or a clause:
    it is the determiner of the subject noun after it, no subject of its own."""
    return toks[k].low.endswith(("'s", "’s")) and (k == 0 or not wordlike(toks[k - 1].text) or toks[k - 1].low in _CLAUSE_WORDS)


def _ing_postmodifier(toks, k: int) -> int | None:
    """Where ``the NOUNs VERB-ing`` ending at ``k`` starts, before the participle's own object ("the
    websites publishing this information"): the noun and its participle are part of the subject.
    A bare plural source noun opening the sentence takes one too ("Critics opposing the plan
    said"); None when no such phrase ends at ``k``."""
    t = toks[k]
    if k < 1 or not t.text.islower() or not t.low.endswith("ing"):
        return None
    noun = toks[k - 1]
    if k >= 2 and noun.text.isalpha() and noun.text.islower() and toks[k - 2].low in _ARTICLES and srcmod.head_type(noun.low) is not None and not noun.low.endswith("s"):
        return k - 2  # "A lawyer representing the family said": a source noun and its participle
    if not (noun.text.isalpha() and noun.low.endswith("s") and not srcmod.looks_like_verb(noun.low)):
        return None
    group = noun.text[:1].isupper() and srcmod.classify(noun.text) == "vague"  # "Republicans", "Democrats"
    if k >= 2 and (noun.text.islower() or group) and toks[k - 2].low in _DETERMINERS:
        return k - 2  # ("Many Republicans supporting Trump say")
    if (k == 1 or toks[k - 2].text in (",", ";", ":", "—")) and (srcmod.head_type(noun.low) is not None or group):
        return k - 1  # (a bare plural: "Critics", "Groups", "Residents"; also after a comma: "…, officials supporting the plan said")
    return None


_SINGULAR_DETERMINERS = words("singular_determiner")  # "any", "each", "every", "another"


def singular_determiner_before_names(toks, k: int) -> bool:
    """A lowercase singular determiner opens the run of names before ``k`` ("meeting any Russian
    challenge", "each Senate vote"): the word at ``k`` is a noun."""
    m = before_names(toks, k)
    return m < k - 1 and toks[m].low in _SINGULAR_DETERMINERS and toks[m].text.islower()


def determiner_before_names(toks, k: int) -> bool:
    """An article (and an adjective) opens the run of names before ``k`` ("an annual Southern
    Poverty Law Center report"): the word at ``k`` heads that noun phrase, it is no verb of the names."""
    if singular_determiner_before_names(toks, k):
        return True  # "meeting any Russian challenge", "each Senate vote": a singular determiner takes a noun
    m = before_names(toks, k)
    if m < k - 1 and m > 0 and toks[m].low in _ARTICLES and (toks[m - 1].low in _QUESTION_AUX or toks[m - 1].low in _PREPOSITIONS):
        return False  # "Did the Clinton Foundation refuse to ...?", "Documents obtained by the Post show": a subject, then its verb
    if m < k - 1 and m > 0 and toks[m].low not in _ARTICLES and toks[m].text.isalpha() and toks[m].text.islower() and toks[m].low not in _CLAUSE_WORDS and not srcmod.looks_like_verb(toks[m].low):
        m -= 1  # ("an annual Southern Poverty Law Center report": one adjective after the article)
    return m < k - 1 and toks[m].low in _ARTICLES


def _amount_lead(toks, start: int) -> int:
    """``start`` moved back over an approximator before a count ("More than 13 million people",
    "Nearly a third", "At least 20 officials", "Less than half"): it is part of the phrase."""
    m = start
    while m < len(toks) - 1 and m - start < 2 and toks[m].low in _AMOUNT_LEADS:
        m += 1  # (the scan may have taken "least" of "At least" already)
    t = toks[m]
    counted = t.text[:1].isdigit() or t.low in _PEOPLE_SHARES or (
        t.low in ("a", "an") and m + 1 < len(toks) and toks[m + 1].low in _PEOPLE_SHARES
    ) or (t.text.replace("-", "").isalpha() and srcmod.is_number_word(t.text))  # ("two-thirds")
    if not counted:
        return start
    k = m
    if k >= 3 and [x.low for x in toks[k - 3 : k]] in (["as", "many", "as"], ["as", "few", "as"]):
        return min(k - 3, start)  # "As many as three-fourths of them"
    while k > 0 and m - k < 2 and toks[k - 1].low in _AMOUNT_LEADS:
        k -= 1  # (two words at most: "more than", "at least", "up to")
    return min(k, start)


def _object_of_causative(toks, a, b) -> bool:
    """``toks[a:b]`` after "make"/"watch" is a noun phrase that can speak (not "made available")."""
    if b - a > 1 or is_name(toks[a]) or toks[a].low in _OBJECT_AFTER_VERB or toks[a].low in _SUBJECT_PRONOUNS:
        return True
    return srcmod.head_type(toks[a].low) is not None or srcmod.agent_word(toks[a].text) or toks[a].low.endswith("one")


_RELATIVE_REACH = 24  # tokens searched back for "who" ("the man who led Manchester City to its first title in 44 years back in 2012 says")


def _named_as_subject(toks, g) -> tuple[int, int] | None:
    """``NOUN PARTICIPLE (only) as “LABEL”`` right before the verb ("A 30-year-old British-Iranian
    identified only as “CE” told the court"): the noun phrase with the name it was given; else None."""
    k = g - 1
    if k < 4 or toks[k].text not in CLOSE_QUOTES + '"' or toks[k - 1].text == ",":
        return None  # ('Lehel, the hacker known as “Guccifer,” stated': the comma closes an appositive, read as one)
    o = k - 1
    while o > 0 and k - o <= 6 and toks[o].text not in OPEN_QUOTES + '"':
        o -= 1
    if toks[o].text not in OPEN_QUOTES + '"' or o < 3 or toks[o - 1].low != "as":
        return None
    p = o - 2
    while p > 0 and toks[p].text.islower() and toks[p].low.endswith("ly"):
        p -= 1  # ("identified only as")
    if not (toks[p].text.islower() and (ed_form(toks[p]) or toks[p].low in _PAST_FORMS)):
        return None
    head = source_left(toks, p)
    return (head[0], g) if head is not None and head[1] == p else None


def _subject_with_relative_clause(toks, g) -> tuple[int, int] | None:
    """``NOUN who VERB ... VERB``: the subject is the noun with its relative clause ("Current and
    former officials who spoke with The Huffington Post said"), not the end of the clause. A
    "that" clause is left out ("The group that won the award says" -> "The group"), but before an
    appositive's comma it is part of the head ("The group that owns her music, Big Machine,").

    Only "who" right after a noun and followed by a verb (a lowercase word that is no noun,
    determiner or pronoun); "hackers who U.S. officials say ..." is an object relative, whose
    own subject follows "who"."""
    if g < 1 or toks[g - 1].low in _RELATIVE_WORDS or toks[g - 1].low in _CLAUSE_WORDS:
        return None  # "a trader who felt ...": the relative pronoun is the subject; "... and said": a coordinated verb
    for k in range(g - 1, max(0, g - _RELATIVE_REACH), -1):
        t = toks[k]
        if t.quoted or not _NAME_CHAR.match(t.text):
            return None  # a comma, dash or quotation ends the search ("X, who ..., said": an appositive)
        if t.low == "whose" and k + 2 < g:
            return _whose_clause_subject(toks, k, g)
        if t.low not in ("who", "that") or k + 1 >= g:
            continue
        nxt = toks[k + 1]
        if not nxt.text.islower() or nxt.low in _DETERMINERS or nxt.low in _SUBJECT_PRONOUNS or nxt.low in _PREPOSITIONS or srcmod.head_type(nxt.low) is not None:
            return None
        verb_next = nxt.low in _FINITE_AUX or nxt.low in _IRREGULAR_PAST or (nxt.text.isalpha() and nxt.low.endswith(("s", "ed")) and not agent_noun(nxt))
        # a plural's bare verb before its object or infinitive ("Groups that oppose the plan said",
        # "Organizations that seek to combat …"): a noun is never followed by an article or "to" + verb
        verb_next = verb_next or (nxt.text.isalpha() and nxt.low not in _CLAUSE_WORDS and nxt.low not in function_words() and k + 2 < g and (toks[k + 2].low in _ARTICLES or (toks[k + 2].low == "to" and k + 3 < g and toks[k + 3].text.islower())))
        if t.low == "that" and (not verb_next or any(toks[m].low in _COORDINATORS or toks[m].low in _SUBJECT_PRONOUNS or toks[m].low in _RELATIVE_WORDS for m in range(k + 1, g))):
            return None  # "the themes that marketers hope", "… that can turn … and researchers hope": no subject relative
        if toks[k - 1].low in _CLAUSE_WORDS or toks[k - 1].low in _RELATIVE_WORDS:
            return None  # "... and who didn't want to be named said": a second relative clause
        if any(toks[m].low in _WH_OBJECTS for m in range(k + 2, g)):
            return None  # "those who commit what they deem …": the verb belongs to a free relative with its own subject
        if any(_opens_clause_before(toks, m, g) for m in range(k + 2, g)):
            return None  # "a report that can be shared … after a user reports": the verb is the subordinate clause's
        if any(_second_past_verb(toks, m) for m in range(k + 2, g)):
            return None  # "A reporter who was at the event heard Clarkson talk about ...": the clause's verb came, the subject is after it
        head = source_left(toks, k)
        if head is None or head[1] != k:
            return None
        if t.low == "that" and not (g < len(toks) and toks[g].text == ","):
            return head  # "The group that won the award says": PolNeAR leaves a "that" clause out of the source
        return (head[0], g)  # (but before an appositive it is part of the head: "The group that owns her music, Big Machine,")
    return None


def _whose_clause_subject(toks, k: int, g: int) -> tuple[int, int] | None:
    """``NOUN whose NOUN ... VERB ... VERB``: the noun with its "whose" clause ("people whose
    interactions with Trump have been largely positive are wary"), when the clause has a verb
    of its own before the main one at ``g``; else None ("the hacker whose cyber-mischief first
    revealed that …", "whose rhetoric has him often labeled brash": the verb is the clause's)."""
    owned = toks[k + 1]
    if not owned.text.isalpha() or owned.low in _DETERMINERS or owned.low in _CLAUSE_WORDS or owned.low in _PREPOSITIONS:
        return None
    if not any(toks[m].low in _FINITE_AUX or toks[m].low in _IRREGULAR_PAST for m in range(k + 2, g)):
        return None
    before = g - 1
    while before > k and toks[before].low.endswith("ly") and toks[before].text.islower():
        before -= 1
    if toks[before].low in _OBJECT_PRONOUNS:
        return None  # "the candidate whose rhetoric has him often labeled brash": the verb completes the clause's own
    if any(toks[m].low in _COMPARISON_WORDS for m in range(k + 2, g)):
        return None  # "the people whose history is more amicable than Netanyahu's portrayal suggests": the comparison's verb
    head = source_left(toks, k)
    return (head[0], g) if head is not None and head[1] == k else None


def _opens_clause_before(toks, m: int, g: int) -> bool:
    """A subordinator at ``m`` opens a clause whose verb is at ``g`` ("when officials say", "after a
    user reports"); "after", "before", "since", "until" and "as" only before an article and a noun
    right before the verb (not "after the 1960s wanted": a date, the main clause goes on)."""
    low = toks[m].low
    if low in _SUBORDINATE_OPENERS:
        return True
    return low in _SUBORDINATORS and g == m + 3 and toks[m + 1].low in _ARTICLES and toks[m + 2].text.isalpha() and toks[m + 2].low not in _TIME_WORDS


def _second_past_verb(toks, m: int) -> bool:
    """Token ``m`` is a past-tense verb after a noun, not a participle after "be" ("who was at the event
    heard": "heard" is the main verb; "who were briefed": "briefed" is the relative clause's own)."""
    t, before = toks[m], toks[m - 1]
    if not past_form(t):
        return False
    return before.text.isalpha() and before.low not in _BE_FORMS and before.low not in _FINITE_AUX and not before.low.endswith("ly") and before.low not in _DETERMINERS and before.low not in _PREPOSITIONS


def surname_month(toks, k: int) -> bool:
    """Token ``k`` is a month used as a surname ("Theresa May said"; ``sources.month_surname``)."""
    if toks[k].text not in srcmod.SURNAME_MONTHS:
        return False  # (the common case, decided without building the window)
    lo, hi = max(0, k - 1), min(len(toks), k + 2)
    return srcmod.month_surname([t.text for t in toks[lo:hi]], k - lo) and not title_case(toks)  # ("Trump May Not Have ...": a headline's modal)


def modal_name(toks, k: int) -> bool:
    """Token ``k`` is a capitalized modal used as a name, next to another name ("Will Smith said",
    "George Will wrote"; not in a title-case headline: "Trump Will Win")."""
    t = toks[k]
    if not (t.text.istitle() and t.low in _MODAL_NAMES):
        return False  # (the common case, decided from the token alone)
    beside = (k > 0 and is_name(toks[k - 1])) or (k + 1 < len(toks) and is_name(toks[k + 1]))
    # "“...,” Will wrote.": a modal takes no past form, so before one it is a name on its own
    past_next = k > 0 and k + 1 < len(toks) and (ed_form(toks[k + 1]) or toks[k + 1].low in _IRREGULAR_PAST)
    # "Will believes Christie …": nor a third-person -s form, even opening the sentence
    s_next = k + 1 < len(toks) and toks[k + 1].text.islower() and plural_shape(toks[k + 1].low) and srcmod.looks_like_verb(toks[k + 1].low)
    return (beside or past_next or s_next) and not title_case(toks)


def abbreviation_dot(toks, k) -> bool:
    """The dot at ``k`` (``k > 0``) ends an abbreviation ("Sen.", "Mrs."), a middle initial
    ("James P.") or a first initial before a name ("said J. J. Price", "J. Smith")."""
    return toks[k - 1].low in _ABBREVIATIONS or is_initial(toks, k - 1) or _first_initial(toks, k)


def _first_initial(toks, k: int) -> bool:
    """The capital before the dot at ``k`` opens a name: a Capitalized word follows the dot."""
    prev = toks[k - 1]
    return len(prev.text) == 1 and prev.text.isupper() and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha()


def is_initial(toks, k: int) -> bool:
    """True for a capital letter between two names ("James P. Kennedy"): a middle initial."""
    return len(toks[k].text) == 1 and toks[k].text.isupper() and k > 0 and is_name(toks[k - 1])


def participle_postmodifier(toks, k: int) -> int | None:
    """Index of the participle when the preposition at ``k`` follows one that modifies a plural,
    role or document noun ("officials briefed on", "people involved in", "a poll released
    Sunday by", "an email relating to"): the participle and the phrase after it are part of the source."""
    p = k - 1
    if p > 1 and toks[p].low in _TIME_WORDS and toks[p].low not in _TIME_LEAD:
        p -= 1  # "a poll released Sunday by ...": a date between participle and preposition
        if p > 1 and toks[p].low in ("this", "last"):
            p -= 1  # ("a lawsuit filed this month against the city")
    ing = toks[p].low.endswith("ing") and len(toks[p].low) > 4 and toks[p].text.isalpha() and toks[p].text.islower()  # "an email relating to", "people living in"
    if p < 1 or not (ed_form(toks[p]) or toks[p].low in _POSTMOD_ADJECTIVES or ing):
        return None  # ("people close to the talks": an adjective that takes a phrase, like a participle)
    noun = toks[p - 1]
    typ = srcmod.head_type(noun.low)
    if typ == "document" and k + 1 < len(toks) and (toks[k + 1].low in _TIME_WORDS or toks[k + 1].text[:1].isdigit()):
        return None  # "A council report released on Friday means ...": a date, not the report's maker
    if typ in ("anonymous", "role", "vague", "document") or agent_noun(noun) or noun.low in _PEOPLE_PRONOUNS or plural_people_noun(noun):
        return p  # ("those close to the president", "Democrats involved in the talks")
    return None


def past_verb_after_subject(toks, k: int) -> bool:
    """True when token ``k`` reads as a past-tense verb: a lowercase "-ed" word right after a
    name or a lowercase plural ("Police released", "officials leaked"), not after a determiner,
    number or adverb ("the unnamed officials", "two retired generals", "newly released")."""
    t, before = toks[k], toks[k - 1]
    if not ed_form(t):
        return False
    if is_name(before) and before.low not in _DETERMINERS and not before.low.endswith("ly"):
        return True
    if before.text.islower() and before.low.endswith("s") and not before.low.endswith(("ss", "ly")) and before.low not in _DETERMINERS:
        return True
    # "The outage outraged customers": a singular noun after its determiner, then an object
    after = toks[k + 1] if k + 1 < len(toks) else None
    return (
        k >= 2 and toks[k - 2].low in _DETERMINERS and before.text.isalpha() and before.text.islower() and before.low not in _DETERMINERS
        and not ed_form(before) and not before.low.endswith("ly") and after is not None and after.text.isalpha()
        and (after.low in _DETERMINERS or (after.text.islower() and len(after.low) > 3 and plural_shape(after.low)))
    )  # (an object: a determiner or a plural; not "a deal ironed out", "The slickly produced video")


def _on_postmodifier(toks, k: int) -> bool:
    """"on" at ``k`` joins a noun for people to what they sit on or know ("Republicans on the
    committee", "experts on terrorism"), not a verb ("relies on") or a date ("released on Friday")."""
    before, after = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    if after is None or after.low in _TIME_WORDS or after.text[:1].isdigit():
        return False
    return _people_noun(before) or (is_name(before) and before.low.endswith("s"))


def _people_noun(tok: Tok) -> bool:
    """A noun for people: a role, an unnamed or vague source noun ("officials", "critics"), or an
    agent noun ("demonstrators")."""
    return srcmod.head_type(tok.low) in ("anonymous", "vague", "role") or agent_noun(tok)


def _by_maker(toks, k) -> bool:
    """"by" at ``k`` names the maker of a document noun before it ("research by Dan Kahan",
    "an analysis by the Tax Policy Center"): the document keeps its maker."""
    return toks[k].low == "by" and k > 0 and (toks[k - 1].text.islower() or k == 1) and srcmod.head_type(toks[k - 1].low) == "document"


def _age_after_noun(toks, k, start) -> bool:
    """"over"/"under" at ``k`` before a one- to three-digit age that ends the phrase, after a
    lower-case noun or "those" ("Those over 45", "men under 35"): a post-modifier, not an amount."""
    return (
        toks[k].low in _AGE_PREPS
        and start == k + 1
        and toks[start].text.isdigit()
        and len(toks[start].text) <= 3
        and k > 0
        and toks[k - 1].text.isalpha()
        and (toks[k - 1].low == "those" or toks[k - 1].low not in _CLAUSE_WORDS | _PREPOSITIONS | _DETERMINERS)
        and not srcmod.looks_like_verb(toks[k - 1].low)
    )


def _perfect_infinitive_after_noun(toks, k) -> bool:
    """A participle at ``k`` after "to have" that follows a plural noun or a noun for people ("the
    only Arab states to have signed …", "the first officials to have seen …"): the infinitive is
    part of the noun phrase, not a verb of its own."""
    if k < 3 or toks[k - 1].low != "have" or toks[k - 2].low != "to" or not (ed_form(toks[k]) or toks[k].low in _PAST_FORMS):
        return False
    noun = toks[k - 3]
    return noun.text.isalpha() and not ed_form(noun) and (_people_noun(noun) or (noun.text.islower() and noun.low.endswith("s") and not noun.low.endswith("ss")))


def _to_postmodifier(toks, k) -> bool:
    """"to" at ``k`` joins a role or a message to its phrase ("the ambassador to the United States",
    "an adviser to the governor", "a letter to the board"), not a verb to its object."""
    if toks[k].low != "to" or k == 0 or k + 1 >= len(toks) or not (toks[k - 1].text.islower() or k == 1):
        return False  # ("Advisers to Mr. Rubio": the head may open the sentence)
    if not (toks[k + 1].low in _DETERMINERS or is_name(toks[k + 1])):
        return False  # "a special prosecutor to investigate": an infinitive
    return srcmod.head_type(toks[k - 1].low) in ("role", "anonymous", "document", "vague")  # ("Advisers to Mr. Rubio")


def _past_verb_at(toks, g: int) -> bool:
    """The verb group at ``g`` has a past-tense verb after its adverbs ("also said"): a word before it in -s is its subject noun."""
    from server.annotate.cue_base import modifiers  # (the verb-group words: adverbs, auxiliaries)

    m = g
    while m < len(toks) and (toks[m].low in modifiers() or (toks[m].text.islower() and toks[m].low.endswith("ly") and len(toks[m].low) > 4)):
        m += 1  # ("Two Arab states sharply criticised": a manner adverb too)
    return m < len(toks) and past_form(toks[m])


def past_form(tok) -> bool:
    """A lowercase past form: an irregular one ("said", "got") or an -ed word ("reported")."""
    return tok.text.islower() and (tok.low in _PAST_FORMS or ed_form(tok))


_CLITIC_TAIL = re.compile(r"['’](?:s|re|ve|d|ll|m)$")


def clitic_host(tok) -> str | None:
    """The word before a verb's clitic in one token ("they" in "they'll", "he" in "he's"), else None."""
    m = _CLITIC_TAIL.search(tok.low)
    return tok.low[: m.start()] if m is not None else None


def _pronoun_with_clitic(tok) -> bool:
    """"we're", "he's", "I'm": a subject pronoun and its verb in one token."""
    return clitic_host(tok) in _SUBJECT_PRONOUNS


def coordinated_start(toks, start: int) -> int:
    """Start of a subject noun phrase widened over "and"/"or" before ``start``.

    "Six current and former officials", "A senior official and two former diplomats": the
    words before the conjunction join the phrase when they open a clause (text start,
    punctuation or a complementizer before them) with a determiner, number or name, and hold
    no verb, preposition or clause word ("He left the room and officials said": no).
    """
    listed = start >= 2 and toks[start - 1].text == "," and is_name(toks[start - 2]) and is_name(toks[start]) and not _opening_adverb(toks[start - 2]) and (_list_ends_in_and(toks, start) or _CREDENTIAL.match(toks[start].text) is not None)  # "Ben Carson, Ted Cruz and Rand Paul" (not "Afterward, Sondland", nor "in homage to Lazar, Song wrote")
    if start < 2 or (toks[start - 1].low not in ("and", "or", "nor") and not listed):
        return start
    m = start - 2
    signs = 0  # (a percent sign does not count toward the width: "45% of Republicans, 28% of independents and")
    while m >= 0 and start - m <= 9 + signs:
        t = toks[m]
        if t.text == "," and m > 0 and is_name(toks[m - 1]) and (is_name(toks[m + 1]) or toks[m + 1].low in ("and", "or")):
            m -= 1  # "President Obama, Hillary Clinton, and other Democrats": a list of names
            continue
        if t.text == "." and m > 0 and toks[m - 1].low in _ABBREVIATIONS:
            m -= 1  # "Ms. Henry and other labor leaders": a title's dot
            continue
        if t.text == "," and m > 0 and wordlike(toks[m - 1].text) and toks[m + 1].text.islower() and toks[m + 1].low not in _CLAUSE_WORDS and not srcmod.looks_like_verb(toks[m - 1].low) and toks[m - 1].low not in _CLAUSE_WORDS:
            m -= 1  # "military, law enforcement and intelligence officials": a list of modifiers before one head
            continue
        if t.low in ("and", "or") and m > 0 and toks[m - 1].text.islower() and toks[m + 1].text.islower() and wordlike(toks[m - 1].text) and not srcmod.looks_like_verb(toks[m - 1].low) and not srcmod.looks_like_verb(toks[m + 1].low) and toks[m - 1].low not in _CLAUSE_WORDS:
            m -= 1  # "Six current and former military, … officials": coordinated modifiers inside the list
            continue
        if t.low == "of" and m > 0 and (toks[m - 1].text == "%" or toks[m - 1].low in _SHARE_HEADS or names.is_number_phrase(toks[m - 1].text)):
            m -= 1  # "89% of young Democrats and 83% of young Republicans": a share of a group is one conjunct
            continue
        if t.text == "," and m > 0 and wordlike(toks[m - 1].text) and toks[m + 1].text[:1].isdigit() and toks[m + 2].low in ("%", "percent"):
            m -= 1  # "45% of Republicans, 28% of independents and 12% of Democrats": a list of shares
            continue
        if t.text == "%" and m > 0 and toks[m - 1].text[:1].isdigit():
            m, signs = m - 1, signs + 1  # (the sign belongs to its number)
            continue
        if t.quoted or not wordlike(t.text):
            break
        if t.low in _SUBJECT_PRONOUNS and m + 2 == start and (m == 0 or not wordlike(toks[m - 1].text)):
            return m  # "They and their supporters said": a pronoun opening the clause joins the phrase
        if t.low in _CLAUSE_WORDS or t.low in _PREPOSITIONS or t.low in _SUBJECT_PRONOUNS or _pronoun_with_clitic(t):
            break  # ("We're grateful, excited and happy and we're going": a clause, not a list of subjects)
        if srcmod.looks_like_verb(t.low) and not is_name(t) and not (m == start - 2 and srcmod.head_type(t.text) is not None):
            break  # ("records" before "and" is the noun of "court records and polls")
        if (ed_form(t) or t.low in _PAST_ONLY or (t.low in _PAST_FORMS and t.text.islower())) and m > 0 and wordlike(toks[m - 1].text) and toks[m - 1].low not in _DETERMINERS and not toks[m - 1].text[:1].isdigit():
            break  # "The plan failed and others said", "Residents left the meeting and the mayor said": a verb after its subject (not "Several retired and active officers")
        m -= 1
    first = m + 1
    if first >= start - 1:
        return start
    opens = m < 0 or not wordlike(toks[m].text) and not toks[m].quoted or toks[m].low in _THAT_WORDS or (toks[m].low in _CLAUSE_WORDS and toks[m].low not in ("and", "or") and (m == 0 or not wordlike(toks[m - 1].text)))  # ("But Sanders and his supporters argue", "While business leaders and their groups push")
    lead = toks[first]
    if opens and (lead.low in _DETERMINERS or lead.low in _COORDINATION_LEADS or lead.low in _QUANTIFIER_HEADS or names.is_number_phrase(lead.text) or is_name(lead)):
        return first  # ("Neither the White House nor the State Department responded")
    if srcmod.head_type(toks[start - 2].text) is not None:
        return _bare_conjunct_start(toks, start - 2, first if opens else None) or start
    return start


def _bare_conjunct_start(toks, head: int, first: int | None) -> int | None:
    """Start of a first conjunct that is a bare source noun with at most two lowercase modifiers
    and opens a clause ("..., court records and polls show.", "Media reports and party sources
    described"); ``first`` is where the scan over the list found it, when that opens one."""
    if first is not None:
        return first
    m = head
    while m > 0 and head - m < 2 and toks[m - 1].text.islower() and wordlike(toks[m - 1].text) and toks[m - 1].low not in _CLAUSE_WORDS | _PREPOSITIONS | _DETERMINERS and not srcmod.looks_like_verb(toks[m - 1].low):
        m -= 1
    return m if m == 0 or (not wordlike(toks[m - 1].text) and not toks[m - 1].quoted) else None


def _list_ends_in_and(toks, start: int) -> bool:
    """The names from ``start`` on are joined by "and"/"or" before the verb ("Ted Cruz and Rand Paul
    said"): the comma before them continues a list of names."""
    m = start
    while m < len(toks) and (is_name(toks[m]) or toks[m].text in (",", ".")):
        m += 1
    return m + 1 < len(toks) and toks[m].low in ("and", "or") and is_name(toks[m + 1])


_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def is_year(word: str) -> bool:
    """A four-digit year from 1800 to 2099 ("2016"): a date, not a count."""
    return _YEAR.match(word) is not None


_CLOCK = re.compile(r"^\d{1,2}(?:AM|PM|am|pm)$")  # "09PM" of "5:09PM"
_CREDENTIAL = re.compile(r"^(?:[A-Z]\.){2,}$")  # "Phil Smith, M.D., medical director": a degree after the name, no list


def clear_source(text, toks, rng) -> bool:
    """True when the phrase is clearly a speaker: a name, a pronoun or a source noun."""
    comma = next((m for m in range(rng[0] + 1, rng[1]) if toks[m].text == ","), None)
    if comma is not None:
        rng = (rng[0], comma)  # "Clinton, without naming him,": the name before the aside decides
    if rng[1] - rng[0] > 1 and toks[rng[1] - 1].low in _SURVEY_PARTICIPLES:
        rng = (rng[0], rng[1] - 1)  # "the voters polled": the noun before the poll's participle decides
    phrase = phrase_text(text, toks, rng)
    if rng[0] == 0 and srcmod.common_noun_shape(toks[0].text) and toks[0].low not in _PEOPLE_SHARES and srcmod.head_type(phrase) is None and not _capitalized_inside(text, toks[0].text):
        return False  # "Cooperation with Mexico seems ...": a capitalized common noun, not a name ("Hannity" written so mid-sentence is one)
    if toks[rng[0]].low in _SUBJECT_PRONOUNS and rng[1] - rng[0] == 1:
        return toks[rng[0]].low not in ("it", "which")
    if toks[rng[0]].low in _PERSONAL_SUBJECTS and rng[1] - rng[0] > 2 and toks[rng[0] + 1].low == "and":
        # "He and others at the hearing", "She and her husband": the pronoun, and people the rest names
        return clear_source(text, toks, (rng[0] + 2, rng[1])) or srcmod.head_type(toks[rng[0] + 2].low) is not None
    if toks[rng[0]].low in _PEOPLE_PRONOUNS and rng[1] - rng[0] > 1 and srcmod.describes_people(toks[rng[0] + 1].low):
        return True  # "Those who know him, including two aides,": people the words after "those" describe
    if any(is_name(toks[k]) for k in range(max(rng[0], 1), rng[1])):
        return True  # a capitalized word that is not merely sentence-initial
    if is_name(toks[rng[0]]) and rng[1] - rng[0] <= 4 and toks[rng[0]].low not in _SHARE_OPENERS:  # (a share: below)
        possessor = toks[rng[0]].low.endswith(("'s", "’s"))  # "China's coal consumption appears": a named thing, typed vague, still a subject
        return possessor or srcmod.classify(phrase) != "vague" or srcmod.head_type(phrase) is not None
    if any((toks[k].text[:1].isdigit() and not is_year(toks[k].text)) or toks[k].low in _PEOPLE_SHARES for k in range(rng[0], rng[1])):
        # "31 percent", "More than half the senators surveyed": a share of the people polled (a year is none: "2011 jihadist activity");
        # a share "of" a thing is no one ("90% of all domestic terror attacks": "attacks" is no verb)
        of = next((k for k in range(rng[0], rng[1] - 1) if toks[k].low == "of"), None)
        last = toks[rng[1] - 1]
        return of is None or is_name(last) or last.text[:1].isupper() or srcmod.head_type(last.low) is not None or agent_noun(last) or last.low in _PRONOUNS_FOR_PEOPLE
    return srcmod.head_type(phrase) is not None or agent_noun(toks[rng[1] - 1])


def _capitalized_inside(text: str, word: str) -> bool:
    """The text writes ``word`` capitalized after a lowercase word or a first name ("said Hannity",
    "Sean Hannity") and never in lowercase: a name, whatever its ending."""
    if re.search(r"\b" + re.escape(word.lower()) + r"\b", text):
        return False
    for m in re.finditer(r"\b(\w[\w’']*)[ \t]+" + re.escape(word) + r"\b", text):
        if m.group(1).islower() or m.group(1).lower() in srcmod.first_names():
            return True  # ("host Hannity", "Sean Hannity")
    return False


def agent_noun(tok: Tok) -> bool:
    """A lowercase noun shaped like a person or group of people ("the challenger", "demonstrators")."""
    return srcmod.agent_word(tok.text)


def _second_noun_phrase(toks, start, e) -> bool:
    """"and" at ``e`` joins a second common noun phrase to the one opened by a determiner at ``start``
    ("said an activist and a friend of the women") or a second source noun that ends the phrase
    ("according to attendees and speakers,"), not a clause ("said the mayor and the chief agreed")."""
    n = len(toks)
    nxt = toks[e + 1] if e + 1 < n else None
    if nxt is not None and toks[e - 1].text.islower() and nxt.text.isalpha() and nxt.text.islower() and (e + 2 == n or not wordlike(toks[e + 2].text)):
        # "according to attendees and speakers,": two bare source nouns closing the phrase
        return srcmod.head_type(toks[e - 1].low) is not None and (srcmod.head_type(nxt.low) is not None or agent_noun(nxt))
    if not (toks[start].low in _DETERMINERS and toks[e - 1].text.islower() and e + 2 < n and toks[e + 1].low in _DETERMINERS):
        return False
    head = toks[e + 2]
    return head.text.isalpha() and head.text.islower() and not (e + 3 < n and (ed_form(toks[e + 3]) or srcmod.looks_like_verb(toks[e + 3].low)))


_INVERTED_SOURCE_WORDS = 12  # "Sgt. Michael Verlich of the Los Angeles County Sheriff's Department": words, not punctuation


def _coordinated_modifier(toks, start: int, e: int) -> bool:
    """"and"/"or" at ``e`` joins two lower-case modifiers of one plural noun for people right
    after ("state or federal judges", "state and local officials")."""
    if e != start + 1 or toks[e].low not in ("and", "or") or e + 2 >= len(toks):
        return False
    first, second, noun = toks[start], toks[e + 1], toks[e + 2]
    people = noun.low.endswith("s") and _people_noun(noun)
    return first.text.isalpha() and first.text.islower() and second.text.isalpha() and second.text.islower() and noun.text.islower() and people


def _name_with_to(toks, e: int) -> bool:
    """The "to" at ``e`` sits inside a body's name: capitalized words on both sides, the name
    going on for two words or more ("Alliance to Reclaim Our Schools", "Campaign to End Loneliness")."""
    n = len(toks)
    return is_name(toks[e - 1]) and e + 2 < n and toks[e + 1].text[:1].isupper() and toks[e + 2].text[:1].isupper() and toks[e + 1].text.isalpha() and toks[e + 2].text.isalpha()


def _title_and_titled_name(toks, e: int) -> bool:
    """The "and" at ``e`` joins two titles of one person whose name closes the clause ("former
    Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.")."""
    n = len(toks)
    prev = toks[e - 1]
    titled = (prev.text == "." and e > 1 and toks[e - 2].low in _ABBREVIATIONS) or srcmod.head_type(prev.low) == "role"
    if not titled:
        return False
    m = e + 1
    while m < n and m - e <= 10 and (wordlike(toks[m].text) or abbreviation_dot(toks, m)) and toks[m].low not in _CLAUSE_WORDS:
        m += 1
    return m > e + 2 and is_name(toks[m - 1]) and (m >= n or toks[m].text in (".", ",", ";"))


def source_right(toks, k, loose: bool = False) -> tuple[int, int] | None:
    """Noun phrase right after an inverted cue ("..., said Arturo Sarukhán, ...").

    ``loose``: any noun phrase, also lowercase ("according to recent polls").
    """
    n = len(toks)
    if k >= n or toks[k].quoted:
        return None
    start = k
    e = k
    while e < n and sum(1 for m in range(start, e) if toks[m].text.isalnum()) < _INVERTED_SOURCE_WORDS:
        t = toks[e]
        if t.text == "." and e > start and abbreviation_dot(toks, e):
            e += 1  # "Lt. Gen. James L. Terry": titles and middle initials keep their periods
            continue
        if not wordlike(t.text):
            if t.text in ("’", "'") and e > start:
                e += 1
                continue
            if t.text == "/" and e > start and e + 1 < n and toks[e - 1].end == t.start == toks[e + 1].start - 1:
                e += 1  # "9/11 widow Terry Strada": a slash inside a word
                continue
            if t.text == "@" and e > start and e + 1 < n and toks[e + 1].start == t.end:
                e += 1  # "said Weibo user @Zoexiaoyizi": a user's handle
                continue
            break
        if t.low == "of" and e > start and e + 1 < n and toks[e + 1].text.islower() and toks[e + 1].low.endswith("ing"):
            break  # "accused by critics of promoting ...": "of" and its gerund belong to the verb
        name_and = t.low == "and" and e > start and is_name(toks[e - 1]) and e + 1 < n and is_name(toks[e + 1])  # "the Centers for Medicare and Medicaid"
        name_and = name_and or (t.low == "and" and e > start and _second_noun_phrase(toks, start, e))
        name_and = name_and or _coordinated_modifier(toks, start, e)  # "by state or federal judges": two modifiers of one noun
        name_and = name_and or (t.low == "and" and e > start and _title_and_titled_name(toks, e))  # "said Pennsylvania Gov. and party Chairman Ed Rendell"
        name_and = name_and or (t.low == "to" and e > start and _name_with_to(toks, e))  # "the Alliance to Reclaim Our Schools"
        capitals = len(t.text) > 1 and t.text.isupper()  # "USA TODAY": a name in capitals, not the date word
        # "a report from more than 20 aid groups": an amount inside the phrase
        amount = t.low == "than" and toks[e - 1].low in _COMPARATIVE_AMOUNTS and e + 1 < n and srcmod.is_number_word(toks[e + 1].text)
        if e > start + 1 and toks[e - 1].text.islower() and ed_form(toks[e - 1]) and skip_time_after(toks, e) > e:
            e = skip_time_after(toks, e)  # "according to a study published Tuesday": the date is the participle's
            continue
        # "reads a Wednesday editorial in …": a weekday after an article modifies the noun
        dated_noun = t.low in _TIME_WORDS and toks[e - 1].low in _ARTICLES
        if e > start and (t.low in _CLAUSE_WORDS or t.low in _INVERTED_SOURCE_STOP) and not surname_month(toks, e) and not modal_name(toks, e) and not name_and and not capitals and not amount and not dated_noun:
            if t.low in _PREPOSITIONS and e > 1 and participle_postmodifier(toks, e) is not None:
                e += 1  # "according to people briefed on the talks": the participle's phrase stays in
                continue
            break
        e += 1
    if e == start:
        return None
    e = _party_tag_end(toks, e)  # "said Sen. Ben Sasse (R-Neb.)": the party and state are part of the name
    first = toks[start]
    lead_word = (first.text.isalpha() and first.text.islower() and not first.low.endswith("ly") and first.low not in _PREPOSITIONS) or first.text[:1].isdigit()  # ("9/11 widow Terry Strada"; "said of Chaffetz's request" names no speaker)
    role_then_name = lead_word and any(is_name(toks[m]) for m in range(start + 1, min(e, start + 5)))
    source_noun = first.text.islower() and first.low not in _THAT_WORDS | _PREPOSITIONS | _CLAUSE_WORDS and srcmod.head_type(phrase_text_of(toks, start, e)) is not None
    if source_noun and toks[e - 1].text.islower() and not loose and e + 1 < n and toks[e].text == ",":
        named = name_run(toks, e + 1)
        named = _origin_tail(toks, named) if named > e + 1 else named  # ("said a lawyer, Andrew Pincus of the law firm Mayer Brown.")
        if named > e + 1 and ends_inverted_source(toks, named):
            return (start, named)  # "said study author, Dr. Bernardo Lessa Horta,": a role and the name in apposition
    if first.low in _THAT_WORDS or not (loose or source_noun or is_name(first) or first.low in _DETERMINERS or first.low in _SUBJECT_PRONOUNS or role_then_name):
        return None  # ("said lead researcher Jane Doe": a lowercase role before the name is part of it)
    return (start, e)


def _origin_tail(toks, e: int) -> int:
    """After a name ending at ``e``, the end of a short "of"/"from" phrase saying where the person is
    from ("Andrew Pincus of the law firm Mayer Brown", "Jane Doe from Manchester") when the
    source ends with it; else ``e``."""
    if e >= len(toks) or toks[e].low not in _ORIGIN_PREPOSITIONS:
        return e
    m = e + 1
    while m < len(toks) and m - e <= 8 and wordlike(toks[m].text) and toks[m].low not in _CLAUSE_WORDS and not (toks[m].text.islower() and srcmod.looks_like_verb(toks[m].low)):
        m += 1
    return m if m > e + 1 and ends_inverted_source(toks, m) else e


def _party_tag_end(toks, e: int) -> int:
    """After a name ending at ``e``, the end of a short parenthetical opening with a capital right
    after it ("(R-Neb.)", "(D-Calif.)", "(I-Vt.)"), else ``e``."""
    if e + 2 >= len(toks) or toks[e].text != "(" or not is_name(toks[e - 1]) or not toks[e + 1].text[:1].isupper():
        return e
    close = next((m for m in range(e + 2, min(len(toks), e + 7)) if toks[m].text in (")", "(")), None)
    if close is None or toks[close].text != ")":
        return e
    after = close + 1  # the phrase must end there ("(Voice of the People) column" goes on: a gloss inside it)
    return after if after >= len(toks) or not wordlike(toks[after].text) or toks[after].low in _INVERTED_SOURCE_STOP else e


def phrase_text_of(toks, start, end) -> str:
    """The tokens ``start`` to ``end`` joined by spaces (enough for a head-noun lookup)."""
    return " ".join(t.text for t in toks[start:end])


def name_run(toks, k) -> int:
    """End of the run of name words (with title abbreviations and initials) that starts at ``k``."""
    e = k
    while e < len(toks) and (is_name(toks[e]) or (toks[e].text == "." and e > k and abbreviation_dot(toks, e))):
        e += 1
    return e


def name_after_comma(toks, src) -> tuple[int, int]:
    """An unnamed body or person, a comma, then its name closing the sentence: the source runs
    on to the name ("according to the nonprofit, Washington-based National Law Enforcement
    Officers Memorial Fund.", "..., said Olympic road race champion, Nicole Cooke.", "..., said
    another witness in the probe, former White House Russia adviser Fiona Hill."); else ``src``."""
    a, b = src
    n = len(toks)
    if b >= n or not toks[b - 1].text.islower():
        return src  # (the phrase must end in a common noun: "Sen. John Smith, the chairman" is named)
    if srcmod.head_type(toks[b - 1].low) not in _NAMED_BODIES and srcmod.head_type(phrase_text_of(toks, a, b)) not in _NAMED_BODIES:
        return src
    if toks[b].low in _PREPOSITIONS:  # "another witness in the impeachment probe, former ... Fiona Hill"
        b = next((m for m in range(b + 1, min(n, b + 7)) if not toks[m].text.isalnum() or toks[m].low in _CLAUSE_WORDS), n)
    if b + 2 >= n or toks[b].text != ",":
        return src
    names = 0
    for m in range(b + 1, min(n, b + 16)):
        t = toks[m]
        if t.text in (".", "!", "?") or (t.text == ")" and m + 1 >= n):
            final_name = m - b > 2 and is_name(toks[m - 1]) and is_name(toks[m - 2])
            return (a, m) if names >= 2 and m + 1 >= n - 1 and final_name else src
        if is_name(t):
            names += 1
        elif not (_describes_name(t) or t.low in _NAME_JOINERS or ("-" in t.text and t.text[:1].isupper())):
            return src  # a verb, clause word or preposition: a clause, not a name
    return src


_NAMED_BODIES = ("organization", "document", "role", "anonymous")
_ORIGIN_PREPOSITIONS = words("origin_preposition")


def appositive_after(toks, src, interrupted: bool = False) -> tuple[int, int]:
    """A source after its cue with the description that follows it to the end of the sentence:
    "..., said Arthur Hellman, a law professor at the University of Pittsburgh." (PolNeAR spans
    the description with the name, as for a subject with its appositive). The description ends
    before a quotation (its comma kept), before ", but …" or a participle (", adding …"), and
    at the sentence end; else ``src``. ``interrupted``: the frame interrupts a clause whose subject
    came before it ("This system, says X, helps direct …"), so a present verb ends the description."""
    a, b = src
    n = len(toks)
    if b + 1 >= n or toks[b].text != "," or not _opens_description(toks[b + 1]) or (interrupted and present_verb_at(toks, b + 1)):
        return src
    m = b + 1
    relative = False
    while m < n and m - b <= 40:
        t = toks[m]
        relative = relative or t.low in _RELATIVE_WORDS
        if not relative and t.text.islower() and (srcmod.looks_like_verb(t.low) or t.low in _FINITE_AUX) and not plural_noun_ending(toks, m):
            return src  # "…, said the company, Apple reported": a clause, not a description
        abbreviation = t.text == "." and m + 1 < n and (
            toks[m + 1].text == "," or toks[m + 1].start == t.end or abbreviation_dot(toks, m)
        )  # ("Calif.,", "TheIowaRepublican.com", "Sen.")
        if t.text in (".", "!", "?", ";", ":") and not abbreviation:  # ("of Tujunga, Calif., but": the period of an abbreviation)
            return (a, m)
        if t.quoted or t.text in OPEN_QUOTES or t.text == '"':
            return (a, m) if toks[m - 1].text == "," and m - 1 > b else src
        after_comma = toks[m + 1] if t.text == "," and m + 1 < n and not list_comma(toks, m) else None  # ("of history, law, and politics")
        if t.text in ("—", "–", "(", ")") or (after_comma is not None and (
            after_comma.low in _CLAUSE_BREAKS or after_comma.low in _FINITE_AUX or after_comma.low in _DO_FORMS
            or (after_comma.low in _PREPOSITIONS and after_comma.low not in _ORIGIN_PREPOSITIONS)
            or (after_comma.text.islower() and after_comma.low.endswith("ing")) or (interrupted and present_verb_at(toks, m + 1))
        )):  # (", is the ground itself", ", in a recent interview": the clause goes on; ", 32, of Chicago," is the description)
            return (a, m) if m > b + 1 else src
        m += 1
    return (a, m) if m >= n else src


def list_comma(toks, m) -> bool:
    """The comma at ``m`` separates items of a list of three or more with a comma before its "and"
    or "or" ("history, law, and politics", "Boeing Defense, Space, and Security"): one word, then
    ", and"; or "and"/"or" after it and a one-word item before it."""
    n = len(toks)
    if m < 1 or m + 1 >= n or toks[m].text != ",":
        return False
    if toks[m + 1].low in ("and", "or"):
        return m >= 3 and toks[m - 2].text == "," and wordlike(toks[m - 1].text)
    return m + 3 < n and wordlike(toks[m + 1].text) and toks[m + 2].text == "," and toks[m + 3].low in ("and", "or")


def present_verb_at(toks, m) -> bool:
    """A lowercase -s word at ``m`` before a lowercase word that is no preposition ("This system,
    says Richard Locksley, helps direct a systematic response"): the verb of the clause the frame
    interrupted, not a description of the source (a plural noun takes "of": "parents of two")."""
    if m + 1 >= len(toks):
        return False
    t, nxt = toks[m], toks[m + 1]
    return (
        t.text.isalpha() and t.text.islower() and t.low.endswith("s") and not t.low.endswith("ss") and not _SINGULAR_IN_S.match(t.low) and t.low not in function_words()
        and nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PREPOSITIONS and nxt.low not in _CLAUSE_WORDS and nxt.low not in _RELATIVE_WORDS
    )


def plural_noun_ending(toks, m) -> bool:
    """An -s word right after a noun or name that ends the sentence is a plural noun, not a verb
    ("the 2015 Horizon League champions.", "…, the league champions."); after a pronoun or an
    adverb it stays a verb ("as he proposes.", "what the campaign now hopes.")."""
    if not (toks[m].low.endswith("s") and m > 0 and m + 1 < len(toks) and toks[m + 1].text in (".", "!", "?", ";", ")")):
        return False
    before = toks[m - 1]
    return wordlike(before.text) and before.low not in _SUBJECT_PRONOUNS and before.low not in _RELATIVE_WORDS and not before.low.endswith("ly")


def _opens_description(tok) -> bool:
    """A word that can open a description of a person or body after a comma: an article, a
    title or role word, an age, a name or a relative pronoun; not a verb, a participle or a
    clause word ("…, said Smith, adding that …")."""
    low = tok.low
    if tok.quoted or not wordlike(tok.text):
        return False
    if low in _ARTICLES or low in _RELATIVE_WORDS or tok.text[:1].isdigit() or is_name(tok):
        return True  # ("…, said the official, who was not authorized to speak": why the source is unnamed)
    return tok.text.islower() and not low.endswith(("ing", "ed", "ly")) and low not in _CLAUSE_WORDS and low not in _PREPOSITIONS and not srcmod.looks_like_verb(low)


def _describes_name(tok) -> bool:
    """A lowercase word that may open a role before a name ("former", "adviser"): a plain word,
    no verb, clause word or preposition."""
    return tok.text.isalpha() and tok.low not in _CLAUSE_WORDS and tok.low not in _PREPOSITIONS and not srcmod.looks_like_verb(tok.low)


def ends_inverted_source(toks, e) -> bool:
    """An inverted source ("..., said Smith") ends the clause or runs into a modifier."""
    if e + 1 < len(toks) and toks[e].text == "." and toks[e + 1].start == toks[e].end and toks[e + 1].text[:1].isdigit():
        return False  # "Clinton with a 7.5-point lead": a decimal point, not a sentence end
    return e >= len(toks) or toks[e].text in (",", ".", "(", ";", "—", "–", "!", "?", ":", "”", '"') or toks[e].low in _AFTER_INVERTED


def document_head_in(toks, rng) -> bool:
    """A lowercase document noun inside the phrase ("A poll released by The Washington Post and
    ABC News"): the subject is a document even when a long agent follows it."""
    return any(toks[m].text.islower() and srcmod.head_type(toks[m].text) == "document" for m in range(*rng))


def document_before(toks, g) -> bool:
    """A document noun heads the phrase before the verb ("A poll released Sunday shows ...")."""
    k = g - 1
    while k >= 0 and g - k <= 8 and wordlike(toks[k].text) and toks[k].low not in _CLAUSE_LINKS:
        if srcmod.head_type(toks[k].text) == "document":
            return True
        k -= 1
    return False


def skip_time_before(toks, g) -> int:
    """Index where the subject ends when a date (or "here") stands before the verb ("X on
    Tuesday said", "X, less than two weeks ago, said", "X in recent weeks said", "X here said")."""
    k = g
    if k > 1 and toks[k - 1].low == "here" and toks[k - 2].text.isalpha() and toks[k - 2].low not in _CLAUSE_WORDS:
        return k - 1  # "Her campaign workers here said", "Experts here say": the place, like a date, is no part of the speaker
    day = k > 1 and toks[k - 1].text.isdigit() and len(toks[k - 1].text) <= 2 and _month_before(toks, k - 1)
    if day:
        k -= 3 if toks[k - 2].text == "." else 2  # "Trump on May 5 said", "on Jan. 5": from the month on, the date is skipped below
    dated = day or k > 0 and not surname_month(toks, k - 1) and not _day_part_alone(toks, k - 1) and (toks[k - 1].low in _TIME_WORDS or (
        toks[k - 1].low in _TIME_UNITS and toks[k - 1].text.islower() and k > 1 and (toks[k - 2].low in _TIME_LEAD or _count_word(toks[k - 2]))
    ))  # (a time unit in lowercase: "the Times said" names a paper)
    if dated and k > 1 and toks[k - 1].low in _TIME_WORDS and toks[k - 1].text[:1].isupper() and toks[k - 2].low in ("a", "an"):
        return g  # "Sean Spicer in a Friday tweet": a day before a noun modifies it; no date before a verb
    if dated:
        k -= 1
        while k > 0 and g - k < 6 and _date_word(toks[k - 1]):
            k -= 1
        if k > 1 and toks[k - 1].low in _DATE_PREPOSITIONS and toks[k].low not in _TIME_WORDS:
            k -= 1  # "in recent weeks", "over the past two years" (but "on Tuesday" keeps "on", which other rules read)
        if k < g and (toks[k].low in _TIME_LEAD | _TIME_WORDS or toks[k].low in _DATE_PREPOSITIONS or _count_word(toks[k])) and k > 0 and (
            wordlike(toks[k - 1].text) or toks[k - 1].text in (")", ",")
        ):
            return k  # (after a comma: "Beck, who backed Cruz, last week said")
    return g


def _time_phrase_at(toks, k: int, g: int) -> bool:
    """A time word within the three tokens from ``k`` (before ``g``): "the same day", "this week"."""
    return any(toks[m].low in _TIME_WORDS or toks[m].low in _TIME_UNITS or toks[m].low in _DATE_NOUNS for m in range(k, min(g, k + 3)))


def _day_part_alone(toks, k: int) -> bool:
    """"morning" (a part of the day) at ``k`` without a day or time word before it: a modifier
    ("the Fox and CNN morning shows"), not a date ("Tuesday morning", "this morning")."""
    return toks[k].low in _DAY_PARTS and not (k > 0 and (toks[k - 1].low in _TIME_LEAD or toks[k - 1].low in _TIME_WORDS))


def _date_word(tok) -> bool:
    """A word of a date before a verb ("last week", "in recent weeks", "two years")."""
    low = tok.low
    return low in _TIME_LEAD or low in _TIME_WORDS or low in _TIME_UNITS or _count_word(tok)


def _time_word(tok) -> bool:
    """A word of an opening time phrase ("Just weeks earlier", "Two days later", "Last year")."""
    return _date_word(tok) or tok.low in _TIME_ADVERBS


def _month_before(toks, k) -> bool:
    """A month name ("May", "March") or abbreviation ("Jan.") stands right before token ``k``."""
    if toks[k - 1].text == "." and k > 1:
        return toks[k - 2].low in _MONTH_ABBREVIATIONS
    return toks[k - 1].low in _TIME_WORDS and toks[k - 1].text[:1].isupper()


def _count_word(tok) -> bool:
    """A count in a date phrase ("two weeks ago", "less than 10 days later")."""
    return tok.text.isdigit() or (tok.text.islower() and (srcmod.is_number_word(tok.text) or tok.low in _COUNT_LEADS))


def by_medium(toks, k) -> bool:
    """"by telephone", "by email" at ``k``: the channel of a statement, not an agent."""
    return k + 1 < len(toks) and toks[k].low == "by" and toks[k + 1].low in _BY_MEDIUM


def skip_time_after(toks, k) -> int:
    """Index after a date phrase starting at ``k`` ("this week", "on Tuesday", "Wednesday evening"), else ``k``."""
    m = k
    while m < len(toks) and m - k < 3 and toks[m].low in _TIME_LEAD:
        m += 1
    if m >= len(toks) or toks[m].low not in _TIME_WORDS:
        return k
    while m < len(toks) and toks[m].low in _TIME_WORDS:
        m += 1
    return m


def appositive_subject(toks, g, text: str = "") -> tuple[int, int] | None:
    """``Name, appositive, VERB``: the name plus its appositive (PolNeAR spans both).

    Also a short aside ("Clinton, without naming him, accused ...") and dashes ("Some
    economists - including two governors - warn ..."); with ``text``, a source noun heads too.
    """
    delim = toks[g - 1].text
    k = g - 2
    double = delim == "-" and dash_width(toks, g - 2) == 2  # "The agency -- citing documents -- reported": a dash typed as two hyphens
    if double:
        k = g - 3
    nickname = _quoted_nickname(toks, g - 1)
    if nickname is not None:
        delim, k = ",", nickname  # 'the hacker known as “Guccifer,” stated': the comma sits inside the quotation
    stops = (",", ".", ";", ":", "”", '"') if delim == "," else (delim, ".", ";", ":", "”", '"')
    place = None  # the last comma of "Cambridge, Mass.," passed on the way
    while k >= 0 and g - k < 25 and (toks[k].text not in stops or place_punctuation(toks, k) or (delim == "," and list_comma(toks, k))) and not toks[k].quoted:
        place = k if toks[k].text == delim and place is None and not list_comma(toks, k) else place
        k -= 1  # ("a professor of history, law, and politics": the commas of a list inside the aside)
    if (k < 0 or toks[k].text != delim) and place is not None:
        k = place  # "Protesters in Grapevine, Texas, this week chanted": the state is the aside after all
    if k < 0 or toks[k].text != delim or g - k < 3 or (double and dash_width(toks, k - 1) != 2):
        return None
    if delim == "," and g - k == 4 and toks[k + 1].low == "or" and len(toks[k + 2].text) > 1 and toks[k + 2].text.isupper():
        inner = appositive_subject(toks, k + 1, text)  # "David Clohessy, director of the Survivors Network ..., or SNAP, said": the alias is an aside of the name before it
        if inner is not None:
            return (inner[0], g)
    opener = toks[k + 1]
    appositive = (
        opener.low in _DETERMINERS or opener.low in _APPOSITIVE_OPENERS or is_name(opener) or opener.low.endswith(("’s", "'s"))
        or srcmod.head_type(opener.low) == "role"  # ", chief executive of the London-based fact-checking website Full Fact,"
        or srcmod.head_type(phrase_text_of(toks, k + 1, next((m for m in range(k + 1, g) if toks[m].low in _PREPOSITIONS), g))) == "role"  # (", senior vice president at Boeing …,")
    )
    appositive = appositive or (delim != "," and opener.low in _DASH_ASIDE_OPENERS)  # "Democratic leaders — and, in particular, Tom Reid — insisted"
    participial = ed_form(opener) or (k + 2 < g and ed_form(toks[k + 2]) and (opener.low.endswith("ly") or opener.low == "first"))
    participial = participial or (opener.low.endswith("ing") and opener.low in verb_forms())  # ", noting that the races “are not comfortable,” added": a report's participle clause
    if not appositive and not participial and g - k > 10:
        return None  # what sits between the commas does not look like an appositive, a participle's phrase ("Starr's remarks, first reported by …,") or a short aside
    if _finite_before_relative(toks, k + 1, g - 1):
        return None  # ", the greenback may be in for some weakness, said X": a clause, not an appositive
    head = source_left(toks, k - 1 if double else k)
    if head is not None and head[1] - head[0] == 1 and head[0] == 0 and _opening_adverb(toks[0]):
        aside = (k + 1, g)  # "Similarly, Belgium's Institute for the Equality between Men and Women, said": the adverb is no head
        return aside if text and clear_source(text, toks, (k + 1, g - 1)) else None
    if head is not None and head[1] - head[0] == 1 and toks[head[0]].text.isdigit() and head[0] > 1 and toks[head[0] - 1].text == ",":
        head = source_left(toks, head[0] - 1)  # "Brianne Stone, 29, of Huntsville, Ala., says": the age is a first aside
    if head is not None and head[0] > 0 and all(_date_word(toks[m]) and not toks[m].text[:1].isdigit() for m in range(head[0], head[1])) and toks[head[1] - 1].low in _TIME_WORDS | _TIME_UNITS:
        dated = source_left(toks, skip_time_before(toks, head[1]))  # "veterans interviewed at rallies this week, including Mr. Jebens,": the date is the participle's
        head = (dated[0], head[1]) if dated is not None else None
    if head is None:
        return None
    if head[0] > 1 and toks[head[0] - 1].text == "," and _place_head(text, toks, head):
        inner = appositive_subject(toks, head[0], text)  # "Tom Brown, 30, of Raleigh, N.C., who was polled, said": the state closes the first aside
        if inner is not None:
            head = (inner[0], head[1])
    if head[0] > 1 and toks[head[0] - 1].text == "," and toks[head[0]].text.islower():
        first = source_left(toks, head[0] - 1)  # "Jeremy Hughes, chief executive of the Society, a charity, said": the name before both asides
        if first is not None and all(is_name(toks[m]) for m in range(first[0], first[1])) and (first[0] == 0 or not wordlike(toks[first[0] - 1].text) or toks[first[0] - 1].low in _CLAUSE_WORDS):
            head = (first[0], head[1])
    head = _name_before_relative(toks, head)
    name_only = all(is_name(toks[m]) or toks[m].text in (".", "’", "'", "&") for m in range(k + 1, g - 1))
    if name_only and head[0] > 0 and toks[0].low in _DETERMINERS and _plain_noun_phrase(toks, 0, head[0]):
        head = (0, head[1])  # "The maker of a controversial documentary about rape in India, Leslee Udwin,": the whole description
    named_aside = (head[0] == 0 or toks[head[0] - 1].low in _CLAUSE_WORDS) and name_only  # "The label, Big Machine,"
    if not any(is_name(toks[m]) for m in range(head[0], head[1])) and not (text and clear_source(text, toks, head)) and not named_aside:
        return None
    if g - k == 3 and toks[k + 1].low in _CLAUSE_WORDS:
        return head  # "Officials, however, said": the adverb between the commas is no appositive
    if toks[k + 1].low in _PREPOSITIONS and toks[k + 1].low not in _ORIGIN_PREPOSITIONS and not _quoted_nickname(toks, g - 1):
        return _subject_before_aside(toks, head)  # "African-American voters, in particular, said", "X, on a press call Friday, said": an adverbial, not a description
    return (_name_before_appositive(toks, head[0]), g)


def _place_head(text: str, toks, head: tuple[int, int]) -> bool:
    """The phrase found before an aside is a state (``state_name``, as for "Cambridge, Mass.,") or
    a place after a comma ("…, of Raleigh, N.C., who …"): the end of an earlier aside, not the speaker."""
    if head[1] - head[0] == 1 and toks[head[0]].low.rstrip(".") in _STATE_NAMES:
        return True
    return names.is_place(phrase_text(text, toks, head) if text else " ".join(t.text for t in toks[head[0] : head[1]]))


def _name_before_relative(toks, head: tuple[int, int]) -> tuple[int, int]:
    """``head`` ends a relative clause on a name ("Eddie Griffin, who at the time was a member
    of the AfroSpear, a group of bloggers, said"): the name with the clause, else ``head``."""
    m = head[0] - 1
    while m > 0 and head[0] - m < 8 and wordlike(toks[m].text) and toks[m].low != "who":
        m -= 1
    if m < 2 or toks[m].low != "who" or toks[m - 1].text != ",":
        return head
    first = source_left(toks, m - 1)
    if first is None or not all(is_name(toks[n]) or toks[n].text == "." for n in range(first[0], first[1])) or not (first[0] == 0 or not wordlike(toks[first[0] - 1].text) or toks[first[0] - 1].low in _CLAUSE_WORDS):
        return head  # ("Ms. Arnold, who helped found EDGE, an environmental group, said": a title's dot is in the name)
    return (first[0], head[1])


def _subject_before_aside(toks, head: tuple[int, int]) -> tuple[int, int]:
    """``head`` is itself an appositive inside a prepositional aside ("Netanyahu, with his wife,
    Sara, at his side, declared"): the subject before the aside, else ``head``."""
    if head[0] < 2 or toks[head[0] - 1].text != ",":
        return head
    inner = source_left(toks, head[0] - 1)  # "his wife"
    if inner is None or inner[0] < 3 or toks[inner[0] - 1].low not in _PREPOSITIONS or toks[inner[0] - 2].text != ",":
        return head
    outer = source_left(toks, inner[0] - 2)  # "Netanyahu"
    return outer if outer is not None and any(is_name(toks[m]) for m in range(outer[0], outer[1])) else head


def _name_before_appositive(toks, a: int) -> int:
    """Start of "Name, " before an appositive that opens with an article at ``a`` ("Willie Minor, an
    actor in Dallas, who runs a theater, recalled": the name is the subject), else ``a``."""
    if a < 3 or toks[a].low not in _ARTICLES or toks[a - 1].text != ",":
        return a
    name = source_left(toks, a - 1)
    if name is None or not all(is_name(toks[m]) or toks[m].text == "." for m in range(name[0], name[1])):
        return a
    return name[0] if name[0] == 0 or toks[name[0] - 1].low in _CLAUSE_WORDS or toks[name[0] - 1].text in (",", "“", '"') else a


_QUANTIFIER_WORDS = words("quantifier")  # ("a few others": the quantifier's own)
_RELATIVE_QUANTIFIERS = _QUANTIFIER_HEADS - words("floating_quantifier") - {"one"}  # ("The voters all said", "the game one fan called": no subject of their own)


def zero_relative_subject(toks, rng) -> tuple[int, int] | None:
    """``the money NASA requested``: a determiner and a plain common noun, then a name right before
    the verb, are an object and the subject of a relative clause without "that"; the name is the
    subject. A noun for a person, body or document before the name stays ("the nonprofit Fatal
    Encounters", "NBC News anchor Lester Holt"); so does any other range."""
    if rng is None or rng[1] - rng[0] < 3:
        return rng
    a, b = rng
    thing = toks[b - 2]
    if toks[b - 1].low in _RELATIVE_QUANTIFIERS and thing.text.isalpha() and thing.text.islower() and thing.low not in _CLAUSE_OPENING | _ADVERB_WORDS | _QUANTIFIER_WORDS and srcmod.head_type(thing.low) is None and not agent_noun(thing) and not srcmod.looks_like_verb(thing.low):
        return (b - 1, b)  # "a title game many are calling an “instant classic”": the quantifier after a thing noun is the relative clause's subject
    if toks[a].low in _PREDETERMINERS and b - a >= 4:
        a += 1  # ("all the money NASA requested")
    if toks[a].low != "the":
        return rng
    if b - a >= 4 and toks[a + 2].low in _QUANTIFIER_HEADS and toks[a + 1].text.isalpha() and toks[a + 1].text.islower() and srcmod.head_type(toks[a + 1].low) is None and not agent_noun(toks[a + 1]):
        return (a + 2, b)  # "the unease many women feel": a quantified group after a thing noun is the relative clause's subject
    m = _name_after_thing(toks, a, b)
    if m is None:
        return rng
    clause_end = next((k for k in range(b, len(toks)) if toks[k].text in (".", ";", "!", "?")), len(toks))
    if not any(toks[k].low in _FINITE_AUX for k in range(b + 1, clause_end)):
        return rng  # the main clause's verb must come after ("… requested in May would pay for landers")
    return (m, b)


def object_relative_head(toks, rng, end: int) -> tuple[int, int] | None:
    """``The report (that) the agency released on Monday found …``: a clause that opens with a
    determiner and a lowercase noun, then "that" (or nothing) and a relative clause with a subject
    of its own (names, a pronoun, or a determiner and a noun) and its past verb, before the main
    verb. The range found before that verb is a piece of the clause ("the agency released on
    Monday", "the church" of "… filed against the church"); the subject is the noun with its
    clause, from the clause's start to the end of ``rng``. Any other range comes back unchanged
    ("He told reporters that the firm hired last year found …": no determiner opens the clause).
    Without a range (no noun phrase ends right before the verb: "… he wrote in 2019 concluded")
    the clause is looked for before ``end``."""
    found = rng
    if rng is None and end > 2 and wordlike(toks[end - 1].text):
        rng = (end - 1, end)
    if rng is None or rng[0] < 2:
        return found
    c = rng[0]
    while c > 0 and rng[0] - c < 12 and wordlike(toks[c - 1].text) and not toks[c - 1].quoted and toks[c - 1].low not in _COORDINATORS and (toks[c - 1].low not in _CLAUSE_WORDS or _relative_that(toks, c - 1)):
        c -= 1
    if toks[c].low not in NOUN_OPENERS or c + 4 > rng[1]:
        return found
    m = c + 1
    while m < rng[1] and m - c <= 3 and toks[m].text.isalpha() and toks[m].text.islower() and toks[m].low not in _CLAUSE_OPENING and not ed_form(toks[m]):
        m += 1
    if m == c + 1 or m >= rng[1]:
        return found
    if toks[m].low in _OBJECT_RELATIVES:
        m += 1
    elif toks[m].low in _PREPOSITIONS and m + 1 < rng[1] and toks[m + 1].low in PREPOSED_RELATIVES:
        m += 2  # ("The scientists with whom we spoke said")
    verb = _relative_subject_end(toks, m, rng[1])
    if verb is None or verb <= m or verb >= rng[1] or not (ed_form(toks[verb]) or toks[verb].low in _PAST_FORMS):
        return found
    return (c, rng[1])


def _relative_that(toks, k: int) -> bool:
    """"that" or "whom" at ``k`` right after a lowercase noun ("The study that the university
    published"), or "whom"/"which" after its preposition ("The scientists with whom we spoke"):
    a relative pronoun inside the phrase, no clause boundary."""
    if toks[k].low in PREPOSED_RELATIVES and k > 1 and toks[k - 1].low in _PREPOSITIONS:
        k -= 1  # ("The scientists with whom we spoke": the preposition opens the clause)
    elif toks[k].low not in _OBJECT_RELATIVES:
        return False
    return k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 1].low not in _CLAUSE_OPENING and srcmod.head_type(toks[k - 1].low) is not None


def _relative_subject_end(toks, k: int, end: int) -> int | None:
    """Where the subject of a relative clause opening at ``k`` ends (before ``end``): a run of names
    ("Novak", "the White House"), a personal pronoun ("he"), or a determiner and up to two
    lowercase nouns ("the agency", "his lawyer"); None when none opens there."""
    if k >= end:
        return None
    if toks[k].low in _PERSONAL_SUBJECTS:
        return k + 1
    m = k + 1 if toks[k].low in NOUN_OPENERS else k
    start = m
    while m < end and m - start < 4 and toks[m].text.isalpha() and (is_name(toks[m]) or (toks[m].text.islower() and m - start < 2 and toks[m].low not in _CLAUSE_OPENING and not ed_form(toks[m]) and toks[m].low not in _PAST_FORMS)):
        m += 1
    return m if m > start else None


def object_zero_relative(toks, rng) -> tuple[int, int] | None:
    """``…, a word Trump then repeated``, ``It was the plan Obama endorsed``, ``have provided all the
    money NASA requested``: after a comma, a form of "be" or a perfect verb, a determiner and a plain common noun, then a name right before the verb, are
    the verb's object and the subject of a relative clause without "that": the name range (the
    noun is what the name repeated or endorsed, no claim of the name's); else None."""
    if rng is not None and rng[1] - rng[0] >= 3:
        m = _name_after_plural(toks, *rng)
        if m is not None:
            return (m, rng[1])  # "… from the 25 counties POLITICO identified as …": a plural takes no name in apposition
    if rng is None or rng[1] - rng[0] < 3 or rng[0] == 0:
        return None
    art = rng[0] + 1 if toks[rng[0]].low in _PREDETERMINERS else rng[0]  # ("provided all the money NASA requested")
    if toks[art].low not in _ARTICLES:
        return None
    before = rng[0] - 1 if toks[rng[0] - 1].low not in _FOCUS_ADVERBS or rng[0] < 2 else rng[0] - 2  # ("is now the place …")
    verb_before = toks[before].text.islower() and ed_form(toks[before]) and before > 0 and toks[before - 1].low in _FINITE_AUX  # "have provided all the money NASA requested"
    if toks[before].low not in _BE_FORMS and not verb_before and not (toks[before].text == "," and _finite_verb_before(toks, before)):
        return None  # (after a comma, a clause with its verb must come first: "Contacted by POLITICO, a terse Miller agreed")
    m = _name_after_thing(toks, art, rng[1])
    return (m, rng[1]) if m is not None else None


_ORDINAL_WORD = re.compile(r"(?:first|second|third|fourth|fifth|last|next|\d+(?:st|nd|rd|th))$")


_SINGULAR_IN_S = ending("singular_in_s")  # "prestigious", "census", "analysis", "politics": no plural noun


def _name_after_plural(toks, a: int, b: int) -> int | None:
    """Where a name ending at ``b`` starts right after a lowercase plural noun that follows an
    article, a number or an adjective ("the 25 counties POLITICO", "the emails Clinton"): a
    singular name is never in apposition to a plural, so it is the subject of a relative clause
    without "that"; None otherwise ("the agency Reuters", "officials Tuesday")."""
    m = b
    while m - 1 > a and is_name(toks[m - 1]) and not toks[m - 1].low.endswith(("s", "'s", "’s")):
        m -= 1
    if m == b or m - 1 <= a:
        return None
    noun = toks[m - 1]
    if not s_form(noun) or _SINGULAR_IN_S.match(noun.low) or _adjective_shaped(noun.low) or noun.low in _TIME_WORDS:
        return None
    opener = toks[m - 2]
    opens = opener.low in _ARTICLES or opener.low in _DETERMINERS or opener.text[:1].isdigit() or srcmod.is_number_word(opener.text) or _adjective_shaped(opener.low)
    return m if opens else None


def _finite_verb_before(toks, k: int) -> bool:
    """A lowercase finite verb (a form of "be", an auxiliary or a past form) stands before ``k``."""
    return any(t.text.islower() and (t.low in _FINITE_AUX or t.low in _BE_FORMS or past_form(t) or t.low.endswith("ed")) for t in toks[:k])


def _name_after_thing(toks, a: int, b: int) -> int | None:
    """Where a name ending at ``b`` starts after an article and one or two plain lowercase nouns
    at ``a`` ("the money NASA", "a word Trump"); None when a noun names a person, body, document
    or role ("the nonprofit Fatal Encounters", "NBC News anchor Lester Holt")."""
    m = next((k for k in range(a + 1, b) if is_name(toks[k])), None)
    if m is None or not 2 <= m - a <= 3:
        return None
    last = b - 1  # the name may end in a plural source noun: "the place Pentagon officials say"
    subject_noun = b - m >= 2 and toks[last].text.islower() and toks[last].low.endswith("s") and srcmod.head_type(toks[last].low) in ("anonymous", "vague")
    if not all(is_name(toks[k]) or toks[k].text == "." for k in range(m, last if subject_noun else b)):
        return None
    nouns = toks[a + 1 : m]
    if not all(t.text.isalpha() and t.text.islower() and t.low not in _PREPOSITIONS and not _adjective_shaped(t.low) for t in nouns):
        return None  # ("the biblical prophet Daniel", "the share of Republicans")
    # (an ordinal before the head is no speaker: "the third time AROS said")
    if srcmod.head_type(nouns[-1].low) is not None or any(agent_noun(t) for t in nouns) or any(
        srcmod.head_type(t.low) is not None and not _ORDINAL_WORD.match(t.low) for t in nouns[:-1]
    ) or any(srcmod.head_type(toks[k].low) == "role" for k in range(m, b)):
        return None  # ("the district GOP Chairman Chuck Williams": a title in the name)
    return m


def _adjective_shaped(word: str) -> bool:
    """A lowercase word shaped like an adjective ("biblical", "desperate"; "terse" is not caught)."""
    return bool(_ADJECTIVE_ENDING.match(word))


def _plain_noun_phrase(toks, a, b) -> bool:
    """``toks[a:b]`` reads as a noun phrase with prepositional phrases: words, no verb, clause word,
    comma or quotation ("The maker of a controversial documentary about")."""
    return all(
        wordlike(t.text) and not t.quoted and (t.low in _PREPOSITIONS or t.low in _DETERMINERS or (t.low not in _CLAUSE_WORDS and not srcmod.looks_like_verb(t.low)))
        for t in toks[a:b]
    )


def _opening_adverb(tok) -> bool:
    """A connective or sentence adverb opening the sentence ("Similarly,", "However,", "Shortly
    after"): a listed one, or an -ly word of six letters or more (names in -ly are shorter or
    end in -ley, -lly or -erly: "Emily", "Bradley", "Connolly", "Beverly")."""
    low = tok.low
    return low in _ASIDE_ADVERBS or (low.endswith("ly") and not low.endswith(("ley", "lly", "erly")) and len(low) >= 6 and srcmod.head_type(low) is None)  # (not "Bradley", "Connolly", "Beverly")


def _quoted_nickname(toks, k) -> int | None:
    """A quotation of up to 25 tokens closing at ``k`` with the aside's comma inside it ('known as “Guccifer,”',
    'the self-described “democratic socialist,”'), after a lowercase word or a possessive ('host of
    MSNBC’s “Morning Joe,”'): the index before its opening mark, where the scan for the aside goes
    on; else None."""
    if not (k > 2 and (toks[k].text in CLOSE_QUOTES or toks[k].text == '"') and toks[k - 1].text == "," and toks[k - 1].quoted):
        return None
    o = quote_opening(toks, k - 2)
    if k - o > 25 or o < 1 or toks[o].text not in OPEN_QUOTES + '"':
        return None  # (a quoted phrase ending the aside: 'known as “Guccifer,”', 'noting that the races "are not as comfortable as …,"')
    before = toks[o - 1]
    if not (before.text.replace("-", "").isalpha() and before.text.islower()) and not before.low.endswith(("'s", "’s")):
        return None
    return o - 1


def place_punctuation(toks, k) -> bool:
    """The comma or dot at ``k`` belongs to a place with its state ("retired in Cambridge, Mass.,",
    "from Des Moines, Iowa,") or ends an abbreviation ("Mrs.", "R-Wis.", "IG Ltd."): no end of an aside."""
    if toks[k].text == "." and k > 0:
        if abbreviation_dot(toks, k) or (toks[k - 1].text.startswith(("R-", "D-", "I-")) and "-" in toks[k - 1].text):
            return True  # "a spokesman for Mrs. Clinton,", "Ron Johnson, R-Wis.,": the dot of an abbreviation
        if toks[k - 1].end == toks[k].start and toks[k - 1].low in _ABBREVIATION_ENDS:
            return True  # "chief market strategist at IG Ltd., said": a word whose period is its own
        return toks[k - 1].low.rstrip(".") in _STATE_NAMES and k > 1 and toks[k - 2].text == ","
    if toks[k].text == "," and 0 < k < len(toks) - 1:
        return is_name(toks[k - 1]) and toks[k + 1].text[:1].isupper() and toks[k + 1].low.rstrip(".") in _STATE_NAMES
    return False


def _finite_before_relative(toks, a, b) -> bool:
    """A finite auxiliary in ``toks[a:b]`` before any relative word ("a delegate who is ..." has none)."""
    for m in range(a, b):
        if toks[m].low in _APPOSITIVE_RELATIVES:
            return False
        if toks[m].low in _FINITE_AUX:
            return True
    return False


def title_case(toks) -> bool:
    """Headline capitalization: most words of the sentence start with a capital (cached per sentence)."""
    cached = getattr(toks, "title", None)
    if cached is not None:
        return cached
    words = [t for t in toks if t.text[:1].isalpha()]
    titled = len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
    if hasattr(toks, "title"):
        toks.title = titled
    return titled


_OPENING_CONNECTIVES = words("opening_connective")  # "What's more,", "Even so,": the writer's link to the sentence before
_OPENING_CLAUSE_WORDS = _SUBJECT_CLAUSE_OPENERS | words("adverbial_clause_opener")  # "Although Trump won, …", "As the votes were counted, …": the subject follows the clause


def finite_word(tok) -> bool:
    """A lowercase word that is a finite verb or auxiliary ("did", "was", "left", "went")."""
    return tok.text.islower() and (tok.low in _FINITE_AUX or tok.low in _DO_FORMS or ed_form(tok) or tok.low in _PAST_FORMS or tok.low in _PAST_ONLY)


def _place_commas_end(toks, comma: int, g: int) -> int:
    """The comma after the place names that follow the comma at ``comma`` ("in Ames, Iowa, …",
    "in Concord, New Hampshire, …"): one or two Capitalized words closed by a comma; ``comma`` else."""
    if not toks[comma - 1].text[:1].isupper():
        return comma  # ("In an interview, Reid, who …": an appositive's comma, no place's)
    for width in (1, 2):
        close = comma + width + 1
        if close < g and toks[close].text == "," and all(t.text[:1].isupper() and t.text.isalpha() for t in toks[comma + 1 : close]) and names.is_place(" ".join(t.text for t in toks[comma + 1 : close])):
            return close  # (a state or country: "In an interview with CNN, Ilya Yashin, …" names the subject)
    return comma


def sentence_subject(text, toks, g, people: bool = False) -> tuple[int, int] | None:
    """The Capitalized noun phrase (or a source noun with its determiner) opening the sentence,
    speaker of a later ", saying ..." cue.

    An opening prepositional phrase closed by a comma ("In his speech, Graham urged ...") is
    skipped: the subject follows it. With ``people``, a bare noun for people opening the
    sentence counts too (the subject of a verb after "and": "Residents … and say").
    """
    k = 0
    colon = next((m for m in range(1, min(g, 5)) if toks[m].text == ":"), None)
    if colon is not None and srcmod.is_label_word(text[toks[0].start : toks[colon - 1].end]):
        found = sentence_subject(text, toks[colon + 1 :], g - colon - 1)  # "Editor's Note: CNN Marketplace Africa covers ...": the label is no subject
        return None if found is None else (found[0] + colon + 1, found[1] + colon + 1)
    if len(toks) > 2 and _opening_adverb(toks[0]) and toks[1].text == ",":
        found = sentence_subject(text, toks[2:], g - 2)  # "Somehow, Glenn survived and attacked ...": the subject follows the adverb
        return None if found is None else (found[0] + 2, found[1] + 2)
    if len(toks) > 1 and _opening_adverb(toks[0]) and toks[1].text.islower():
        return None  # "Shortly after ...", "Recently ...": an adverb opens the sentence, not a name
    connective = next((m for m in range(1, min(g, 5)) if toks[m].text == ","), None)
    if connective is not None and phrase_text(text, toks, (0, connective)).lower().replace("’", "'") in _OPENING_CONNECTIVES:
        found = sentence_subject(text, toks[connective + 1 :], g - connective - 1, people)  # "What's more, Trump skipped …": a connective, no subject
        return None if found is None else (found[0] + connective + 1, found[1] + connective + 1)
    if len(toks) > 2 and toks[0].low in _COORDINATORS and toks[0].text[:1].isupper():
        found = sentence_subject(text, toks[1:], g - 1)  # "And leading Democrats have become …": the conjunction is no part
        return None if found is None else (found[0] + 1, found[1] + 1)
    comma = next((m for m in range(1, min(g, 8)) if toks[m].text == ","), None)
    if comma is not None and all(_time_word(t) for t in toks[:comma]):
        found = sentence_subject(text, toks[comma + 1 :], g - comma - 1)  # "Just weeks earlier, Zhou Guoping, ...": a time opens the sentence
        return None if found is None else (found[0] + comma + 1, found[1] + comma + 1)
    clause_before = comma is not None and any(finite_word(toks[m]) for m in range(1, comma))
    # "Speaking in Harlem, Clinton …" (not "Following X Diaz-Balart reacted …,")
    opening_participle = toks and toks[0].text[:1].isupper() and toks[0].low.endswith("ing") and len(toks[0].low) > 4 and comma is not None and not clause_before
    if toks and (opening_participle or toks[0].low in _PREPOSITIONS or (toks[0].low in _OPENING_CLAUSE_WORDS and toks[0].low not in _COORDINATING)):
        if comma is not None and toks[0].low not in _PREPOSITIONS and not opening_participle and not clause_before:
            return None  # "When Robby Mook, Clinton's campaign manager, was asked": no clause before the comma
        if comma is None and toks[0].low in _PREPOSITIONS:
            comma = next((m for m in range(8, min(g, 15)) if toks[m].text == ","), None)  # ("At a campaign event in Ames on Sunday, Clinton …")
            if comma is not None and any(finite_word(toks[m]) for m in range(1, comma)):
                return None  # ("At the moment Sanders announced his candidacy, Mook …": a clause inside the phrase)
        if comma is None:
            return None
        if toks[0].low in _PREPOSITIONS:
            comma = _place_commas_end(toks, comma, g)  # ("In Ames, Iowa, Clinton …": the place's second comma)
        found = sentence_subject(text, toks[comma + 1 :], g - comma - 1)
        return None if found is None else (found[0] + comma + 1, found[1] + comma + 1)
    if toks and _pronoun_with_clitic(toks[0]):
        return (0, 1)  # "We're knocking on doors all over town, telling …": the pronoun and its verb in one word
    while k < g and toks[k].text not in (",", "(", "—", "–", ";", ":") and (toks[k].low not in _CLAUSE_WORDS or toks[k].low == "and"):
        if k > 0 and toks[k].text.islower() and (srcmod.looks_like_verb(toks[k].low) or toks[k].low.endswith(("ed", "ly", "n't", "n’t")) or toks[k].low in _PAST_FORMS or toks[k].low in _SUBJECT_ENDING_AUX):
            break  # the subject ends where its verb group starts ("Clinton repeatedly invoked ... and", "The commission didn't", "agents cannot")
        if k > 0 and toks[k].low in _PREPOSITIONS and k + 1 < g and toks[k + 1].low in _TIME_WORDS:
            break  # "Democrat Hillary Clinton on Saturday received …": the date is no part of the subject
        if k > 1 and toks[k].text.islower() and toks[k].low in _TIME_WORDS and k + 1 < g and (toks[k + 1].low.endswith("ed") or toks[k + 1].low in _PAST_FORMS or toks[k + 1].low in _SUBJECT_ENDING_AUX):
            break  # "The nurse later sued, claiming …": an adverb of time opens the verb group
        if k > 0 and toks[k - 1].low in _PERSON_INDEFINITES:
            break  # "Everyone comes and wants …": no noun follows "everyone"
        k += 1
    if k == 0 or k > 8 or toks[0].low in _PREPOSITIONS:
        return None  # ("In Iowa, ..." opens with an adverbial, not the subject)
    if k == 1 and toks[0].low in _PERSONAL_PRONOUNS:
        return (0, 1)
    while k > 0 and toks[k - 1].low == "and":
        k -= 1
    phrase = phrase_text(text, toks, (0, k))
    noun_subject = toks[0].low in _DETERMINERS and srcmod.head_type(phrase) in ("anonymous", "role", "document", "organization")
    if people and srcmod.head_type(phrase) == "vague" and toks[k - 1].text.islower():
        return (0, k)  # "Businesses and residents have complained … and say …": people named by a plural noun
    if not (any(is_name(toks[m]) for m in range(k)) or noun_subject) or srcmod.classify(phrase) in ("vague", "pronoun"):
        return None  # (a source noun with its determiner also opens the sentence: "The official, speaking …, said")
    return (0, k)


def phrase_text(text, toks, rng) -> str:
    """The text covered by the token range ``rng``."""
    return text[toks[rng[0]].start : toks[rng[1] - 1].end]

"""Where the attributed content lies: after the cue (that-clause, quote, colon) or before it.

Also the complement tests the cue rules use: does a that-clause, quote or colon follow the
verb, possibly after a short object or date ("told NBC News that ...")?
"""

from __future__ import annotations

import re

from server.annotate.cue_base import manner_adverb
from server.annotate.cue_base import verb_forms as _verb_forms
from server.annotate.grammar import words
from server.annotate.phrases import ALL_PAST_FORMS, abbreviation_dot, by_medium, clitic_host, is_year, name_run, past_form, skip_time_after
from server.annotate.sources import agent_word, head_type, is_number_word, names_a_body
from server.annotate.tokens import CLOSE_QUOTES, OPEN_QUOTES, dash_width, ed_form, misturned_opener, plural_shape, quotation_ranges, s_form, wordlike
from server.segment import skip_dateline

_THAT_WORDS = words("complementizer")
_ARTICLES = words("article")  # "a", "an", "the": an appositive opens with one (", the mayor,")
_QUESTION_WORDS = words("question_word")  # "why they were silent when …; when …": a list of clauses
_CLAUSE_WORDS = words("clause")
_DEMONSTRATIVES = _CLAUSE_WORDS & words("determiner")  # "this", "that": a pronoun subject before a frame's comma
_CLAUSE_SUBJECTS = words("subject_pronoun") - {"it", "which", "who"}  # he, she, they, we, I
_CLITIC_SUBJECT_HOSTS = words("clitic_host")  # "it's", "there's", "that's": a clause's subject and verb
_IRREGULAR_PAST = words("irregular_past")
_CLAIM_NOUNS = words("claim_noun")
_PREPOSITIONS = words("preposition")
_DO_FORMS = words("do_form")
_BARE_VERBS = words("bare_clause_verb")
_TIME_CLAUSE_OPENERS = words("adverbial_clause_opener") - {"if", "when"}  # ("asked if …", "remembered when …": what follows is asked, remembered)
_BARE_SUBJECTS = words("bare_clause_subject")
_DETERMINERS = words("determiner")
_SINGULAR_PRONOUNS = words("singular_pronoun")
_TIME_WORDS = words("time_word")
_CLOSING_TIME_LEADS = words("time_lead") - words("article")  # "in", "on", "last", "this": a date phrase opens
_DATE_PREPOSITIONS = words("date_preposition")
_HEARER_TIME_WORDS = words("hearer_time_word")  # "told reporters before the vote that …"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width characters pages leave between words
_SEQUENCE_ADVERBS = words("sequence_adverb")  # "and then tweeted": the adverb before a second verb
_OBJECT_CLAUSE_FORMS = words("object_clause_form")
_ADVERBIAL_OPENERS = words("adverbial_clause_opener")  # "After X denied his requests, ...": the object ends at the clause's comma
_OPENING_PREPOSITIONS = _PREPOSITIONS | words("opening_preposition")  # "Amid what X called Y, ...": so does a free relative's
_DANGLING_COORDINATOR = re.compile(r"\s(?:and|or)$")  # a content before the cue that ends in "and": half a coordination
_FOCUS_ADVERBS = words("focus_adverb")  # "Even as …": an adverb before the clause's opener
_OPENING_QUESTION_WORDS = _PREPOSITIONS | _THAT_WORDS  # "Pressed by", "Asked about", "Asked whether", "Asked if": a question put to the speaker
_DANGLING_OPENERS = words("dangling_opener")  # "Critics said X, but": a content ending in a word that opens the clause after it
_RECIPIENT_VERBS = words("recipient_verb")  # told, assured, reminded: the object is who heard the claim
HEARER_TOPIC = words("hearer_topic")  # "reminded voters of …": a topic after the hearer, no clause
_FINITE_AUX = words("finite_aux")
_MODAL_AUX = words("modal_aux")  # ("that refugees should burn": a subject before its modal)
_PRONOUN_WORDS = words("object_pronoun")  # "to him": no verb
_COPULAS = words("copula")  # "seem", "is": the infinitive after them carries the report
_QUANTIFIERS = words("quantifier")
_TOLD_THINGS = words("told_thing")
_PERSONAL_SUBJECTS = words("subject_pronoun") - {"it"}  # "comments he made in a 2005 video": a clause of its own inside the object
_RELATIVE_WORDS = words("relative_pronoun")  # "that", "which", "who": a relative clause opens
_MEDIUM_RELATIVES = words("medium_relative")  # "in a new video where she said …": a clause about the medium
_MEDIUM_NOUNS = words("medium_noun")  # "in a tweet", "during his speech": how a report was made
_MEDIUM_PREPOSITIONS = words("medium_tail_preposition")
_DEGREE_WORDS = words("degree_word")  # "know more about what …": a degree, no object
_TIME_UNITS = words("time_unit")  # "asked three times at what point …": how often, no object
_QUESTIONING_VERBS = words("questioning_verb")  # "questioning the patient on what …": the person asked
_MEDIUM_DETERMINERS = words("medium_determiner")  # "a", "his": a medium of the speaker's, not "in the letter" of the claim
_HEARER_REACH = 20  # tokens: "telling reporters during a visit to Scotland on Friday that ..."
_MAX_CONTENT = 1500  # characters: longer "sentences" are lists or run-on text, not one claim


def is_open_quote(toks, k) -> bool:
    """True when token ``k`` opens a quotation (curly, straight or doubled apostrophes)."""
    if k >= len(toks):
        return False
    t = toks[k].text
    if t == "”" and 0 < k < len(toks) - 1 and toks[k - 1].text == ":" and toks[k + 1].quoted:
        return True  # 'said: ”Bird flu …”': a mistyped opening mark (``tokens.misturned_opener``)
    return t in OPEN_QUOTES or t == '"' or (t == "'" and k + 1 < len(toks) and toks[k + 1].text == "'")


def complement_index(toks, k) -> int | None:
    """Where the that-clause, quote or colon starts, allowing a short object or date before it.

    "told NBC News that ...", "said on Tuesday that ...", "noted in an interview that ...".
    """
    if is_open_quote(toks, k) and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        after = after_title(toks, k)  # 'sources tell "The Hollywood Reporter" that ...': the quoted name is the addressee
        after = name_run(toks, after) if after is not None and after - k <= 5 else after  # ('told "Today's" Natalie Morales that': the show's host)
        if after is not None and after < len(toks) and toks[after].low == "that" and after - k <= 9 and all(
            t.text[:1].isupper() or not t.text[:1].isalpha() or t.low in _DETERMINERS or t.low in _PREPOSITIONS or t.low == "and" for t in toks[k + 1 : after - 1]
        ):
            return after
    if has_complement(toks, k):
        return k
    # "wanted to conserve the wood that they had": a "that" after an infinitive is the infinitive's
    # (a quotation or a colon after it may still be what was said)
    to_verb = k < len(toks) and infinitive(toks, k) and not any(toks[m].low in _COPULAS or toks[m].low.endswith(("’s", "'s")) for m in range(max(0, k - 3), k))
    if k + 1 < len(toks) and manner_adverb(toks[k]) and toks[k + 1].text in (",", ":"):
        return complement_index(toks, k + 1)  # "responded pointedly, with a smile: “…”": the manner, then the rest
    if k + 3 < len(toks) and toks[k].text == "," and toks[k + 1].low in ("with", "without"):
        close = next((m for m in range(k + 2, min(len(toks), k + 8)) if toks[m].text in (",", ":")), None)
        if close is not None and toks[close].text == ":" and has_complement(toks, close):
            return close  # "said, with a smile: “…”": a short manner aside, then the colon and the quotation
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low == "as":
        # "cautioned, as did the campaign itself, that ...": a comparison aside, then the clause
        close = next((m for m in range(k + 2, min(len(toks) - 1, k + 12)) if toks[m].text == ","), None)
        return close + 1 if close is not None and toks[close + 1].low == "that" else None
    if by_medium(toks, k):  # "said by telephone (this week) that ...": the channel, then the clause
        after = skip_time_after(toks, k + 2)
        return after if has_complement(toks, after) else None
    reach = 11 if k < len(toks) and toks[k].low in _PREPOSITIONS else 7  # "said in an email to The Associated Press that"
    place_end = None  # the comma that closes a place's second name ("in Austin, Texas, that …")
    for k2 in range(k + 1, min(len(toks), k + reach)):
        if k2 == place_end:
            continue
        if toks[k2].text == "," and toks[k2 - 1].text[:1].isupper() and k2 + 1 < len(toks) and toks[k2 + 1].text[:1].isupper() and not toks[k2 + 1].quoted:
            close = name_run(toks, k2 + 1)
            if close < len(toks) and toks[close].text == "," and close - k2 <= 4:
                place_end = close
                continue  # "said in Austin, Texas, that …": a place's comma, then its closing one
        if toks[k2 - 1].low in _CLAUSE_SUBJECTS and not toks[k2 - 1].quoted and not (toks[k2 - 1].low == "that" and toks[k2 - 2].low in _PREPOSITIONS):
            return None  # "said she found that ...": a that-less clause starts before the "that" (not a demonstrative: "in that case that")
        if toks[k2 - 1].low == "it" and _finite_verb(toks[k2]):
            return None  # "has shown it doesn't really know how to do": "it" opens a that-less clause ("called it a disaster" has no verb after it)
        if _clitic_subject(toks[k2 - 1]):
            return None  # "said there's no proof that …", "said it's unlikely that …": a subject and its verb open the clause before the "that"
        if _nested_report(toks, k2):
            return None  # "said officials agree that ...": a that-less clause with its own report starts before the "that"
        if toks[k2].low.endswith("ing") and toks[k2].low in _verb_forms() and any(toks[m].low in ("with", "without") for m in range(k, k2)):
            return None  # "said, with one spokesman adding that …": the clause is the spokesman's, whom "with" gives his own report
        infinitive_clause = to_verb and not any(toks[m].low in _PREPOSITIONS and toks[m].low != "to" for m in range(k, k2))  # ("declined to comment on whether": the topic's clause stays)
        if toks[k2].low in _THAT_WORDS and (infinitive_clause or _infinitive_before(toks, k, k2)):
            return None  # "vowed to resign if the bill passes", "declined to say whether": the clause is the infinitive's
        show = toks[k2 - 1].low == "on" and k2 + 1 < len(toks) and toks[k2 + 1].text[:1].isupper()  # 'told Dana Bash on "State of the Union" that'
        if is_open_quote(toks, k2) and (toks[k2 - 1].low.endswith(("’s", "'s")) or show):
            k2 = after_title(toks, k2)  # "told NBC’s “Meet the Press” that ...": a programme's title, not a quotation
            return k2 if k2 is not None and has_complement(toks, k2) else None
        if is_open_quote(toks, k2) and toks[k2 - 1].low in _DETERMINERS:
            return None  # 'complained about a "Top Gear" special': a quoted name inside the object, no quotation of the source
        if toks[k2 - 1].low in _PREPOSITIONS and is_open_quote(toks, k2) and _noun_then_preposition(toks, k, k2):
            # 'offer support for “Hey, Siri”', 'in an interview with “Meet the Press” that …': a quoted name the preposition takes
            after = after_title(toks, k2)
            return after if after is not None and has_complement(toks, after) else None
        if toks[k2].text == "," and k2 + 1 < len(toks):  # what follows a comma inside the object
            if toks[k2 + 1].low in _ARTICLES:
                close = next((m for m in range(k2 + 2, min(len(toks) - 1, k2 + 12)) if toks[m].text == "," or not wordlike(toks[m].text) or toks[m].low in _THAT_WORDS), None)
                if close is not None and toks[close].text == "," and toks[close + 1].low == "that" and not _finite_verb(toks[close + 2] if close + 2 < len(toks) else toks[close]):
                    return close + 1  # 'told John Smith, the mayor, that …', 'said on Weibo, a social media site, that …': an appositive, then the claim
            elif is_open_quote(toks, k2 + 1):
                that = _title_then_that(toks, k2 + 1) if toks[k2 - 1].text.islower() else None
                if that is not None:
                    return that  # 'wrote in her memoir, "Second Chances," that …': the book's title, then the claim
                if _quoted_relative(toks, k2 + 1):
                    return None  # 'announced the names of the dead, "who will never again return to us,"': the quotation describes the object
        if is_open_quote(toks, k2) and toks[k2 - 1].text not in (",", ":") and _fragment_in_clause(toks, k2):
            return None  # 'said the plan “may or may not” work': a quoted fragment inside the writer's clause
        verb_at = _after_adverbs(toks, k2 + 1)  # ("an administration that at last fulfilled their agendas")
        if toks[k2].low == "that" and verb_at < len(toks) and (_finite_verb(toks[verb_at]) or _past_then_object(toks, verb_at) or (_verb_shape(toks, verb_at) and _thing_noun(toks[k2 - 1]) and toks[k].low not in _PREPOSITIONS)):
            return None  # "showed a message that said ...", "charged with misdemeanors that carried two years' probation", "shows the racism that still exists": a relative pronoun
        if has_complement(toks, k2):
            object_claim = (toks[k2 - 1].low in _CLAIM_NOUNS and not any(toks[m].low in _PREPOSITIONS for m in range(k, k2))) or _object_with_topic(toks, k, k2)
            if not object_claim and _relative_after_object(toks, k, k2):
                return None  # "offers a free version that allows ...", "announced a plan that would ...": a relative clause
            return k if object_claim else k2  # "rejected his claim that ...": the object is the claim ("said in a statement that" is not)
        name_and = toks[k2].low == "and" and toks[k2 - 1].text[:1].isupper() and k2 + 1 < len(toks) and toks[k2 + 1].text[:1].isupper()
        if toks[k2].text == "." and abbreviation_dot(toks, k2):
            continue  # "said in an Oct. 26 letter that ...": the dot of an abbreviation
        demonstrative = toks[k2].low == "that" and toks[k2 - 1].low in _PREPOSITIONS  # ("concluded in that case that …")
        if not wordlike(toks[k2].text) or (toks[k2].low in _CLAUSE_WORDS and not name_and and not demonstrative):
            return None  # (an "and" inside a name goes on: "the Securities and Exchange Commission that")
        if toks[k2 - 1].text == "," and toks[k2].low.endswith("ing") and toks[k2].low in _verb_forms() and (
            any(is_open_quote(toks, m) for m in range(k2 + 1, min(len(toks), k2 + 3))) or (k2 + 1 < len(toks) and toks[k2 + 1].low == "that")
        ):
            return None  # "..., Nefzi said, adding, “...”", "..., Spohr said, adding that ...": the participle's own frame
    return None


def _object_with_topic(toks, k, k2) -> bool:
    """``V OBJECT PREP wh-clause``: "cited the lingering uncertainty over whether …", "expressing
    its concerns over how …": the object names what the clause is about, and the claim is the
    object with its clause; not a medium, a date, a hearer or a person asked before it ("said in an
    interview about whether", "told reporters about whether", "questioning the patient on what")."""
    if toks[k2].low == "that" or toks[k2].low not in _THAT_WORDS or k2 - 1 <= k or toks[k2 - 1].low not in _PREPOSITIONS:
        return False
    head = toks[k]
    if k > 0 and (toks[k - 1].low in _OBJECT_CLAUSE_FORMS or toks[k - 1].low in _QUESTIONING_VERBS):
        return False  # ("told reporters about whether …", "questioning the patient on what …": who heard or was asked)
    if head.low in _PREPOSITIONS or not (head.low in _DETERMINERS or (head.text.isalpha() and head.text.islower())):
        return False
    # (nor a degree or a count of times: "might know more about what happened", "asked three times at what point …")
    return not any(
        t.low in _TIME_WORDS or t.low in _TIME_UNITS or t.low in _DEGREE_WORDS or t.low in _PRONOUN_WORDS or t.low in _PREPOSITIONS or is_number_word(t.low) for t in toks[k : k2 - 1]
    )


def _nested_report(toks, k) -> bool:
    """A reporting verb at ``k`` agrees with the noun before it ("officials agree", "the poll
    shows", "Republicans say"): the noun is the subject of a clause of its own."""
    verb, noun = toks[k].low, toks[k - 1]
    if not toks[k].text.islower() or verb not in _verb_forms() or verb.endswith(("ing", "ed")) or not noun.text.isalpha():
        return False
    if noun.low in _PREPOSITIONS or noun.low in _DETERMINERS or noun.low in _CLAUSE_WORDS:
        return False
    if noun.text.islower() and k >= 2 and toks[k - 2].low not in _DETERMINERS and toks[k - 2].low not in _verb_forms():
        return False  # "dismissed European media reports that ...": a noun after its modifier ("said the poll shows", "said officials agree")
    return plural_shape(verb) != plural_shape(noun.low) and (head_type(noun.low) is not None or noun.text[:1].isupper() or agent_word(noun.text))


def _infinitive_before(toks, k, k2) -> bool:
    """An infinitive ends right before the clause word at ``k2`` ("to resign if", "asked the
    department to investigate whether"), its "to" after the cue's object but no preposition
    ("voting for the first time to acknowledge that" keeps the clause); not after a linking verb
    ("seem to show that", "she’s expected to argue that": the clause is the report's)."""
    if k2 - 2 < k or not infinitive(toks, k2 - 2) or any(toks[m].low in _PREPOSITIONS and toks[m].low != "to" for m in range(k - 1, k2 - 2)):
        return False
    return not any(toks[m].low in _COPULAS or toks[m].low.endswith(("’s", "'s")) for m in range(max(0, k - 2), k))


def infinitive(toks, k) -> bool:
    """"to" and a plain lowercase word at ``k`` that names no one ("to resign", not "to reporters",
    "to the panel", "to him"): an infinitive whose own object or clause follows."""
    if toks[k].low != "to" or k + 1 >= len(toks):
        return False
    verb = toks[k + 1]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.low in _DETERMINERS or verb.low in _PRONOUN_WORDS or verb.low in _CLAUSE_WORDS or verb.low in _THAT_WORDS:
        return False
    return head_type(verb.low) is None and not agent_word(verb.text)


def _finite_verb(tok) -> bool:
    """A lowercase finite verb ("said", "was", "would", "shows"): no subject can start here."""
    low = tok.low
    if not tok.text.islower():
        return False
    return low in _BARE_VERBS or (low in _verb_forms() and (low.endswith(("ed", "s")) or low in _IRREGULAR_PAST) and not low.endswith("ss"))


def _after_adverbs(toks, m: int) -> int:
    """Index of the first token at or after ``m`` that is no adverb of a verb group ("finally",
    "also", "at last"): where a relative clause's verb would stand."""
    while m < len(toks):
        if manner_adverb(toks[m]) or toks[m].low in _GROUP_ADVERBS:
            m += 1
        elif toks[m].low == "at" and m + 1 < len(toks) and toks[m + 1].low in ("last", "first"):
            m += 2
        else:
            break
    return m


_GROUP_ADVERBS = words("intensifier") | words("sequence_adverb") | words("aside_adverb")  # (before a verb: "that also said", "that never")


def _past_then_object(toks, m) -> bool:
    """A lowercase past form, then a determiner or a number ("carried two years", "killed the"):
    a verb whose subject came before it, not an adjective opening a clause ("armed men")."""
    if m + 1 >= len(toks) or not toks[m].text.islower() or not (toks[m].low.endswith("ed") or toks[m].low in _IRREGULAR_PAST):
        return False
    nxt = toks[m + 1]
    return nxt.low in _DETERMINERS or nxt.text[:1].isdigit() or is_number_word(nxt.text)


def _plural_then_verb(toks, m) -> bool:
    """A plural noun, then at ``m`` a verb in its plural present form ("the restrictions appear")
    or an irregular past that no preposition follows ("the rules made sense", not "the cuts made
    by"): the noun phrase is a clause's subject, not an object."""
    before, tok = toks[m - 1], toks[m]
    if not (tok.text.islower() and before.text.isalpha() and before.text.islower()):
        return False
    if not (s_form(before) or before.low in _IRREGULAR_PLURALS) or before.low in _DETERMINERS:
        return False
    if tok.low in _PLURAL_PRESENT_VERBS:
        return True
    return tok.low in ALL_PAST_FORMS and m + 1 < len(toks) and wordlike(toks[m + 1].text) and toks[m + 1].low not in _PREPOSITIONS


_PLURAL_PRESENT_VERBS = words("plural_present_verb")
_IRREGULAR_PLURALS = words("irregular_plural")


def _quoted_relative(toks, k) -> bool:
    """The quotation opening at ``k`` starts with a lowercase relative word ('“who will never
    return”', '“which will save lives”'): a clause on the noun before it, not the words reported."""
    m = k + 2 if toks[k].text == "'" else k + 1
    return m < len(toks) and toks[m].text in _QUOTED_RELATIVES


_QUOTED_RELATIVES = _RELATIVE_WORDS - _THAT_WORDS  # "who", "which", "whom", "whose"


def _verb_shape(toks, m) -> bool:
    """A lowercase word in -s or -ed at ``m`` that no subject precedes ("exists", "remained"):
    after "that", a verb whose subject is the relative pronoun itself; not a plural noun before a
    verb of its own ("that costs are rising", "that prices rose")."""
    tok, low = toks[m], toks[m].low
    if not (tok.text.isalpha() and tok.text.islower() and len(low) > 3) or low in _PRONOUN_WORDS or low in _DETERMINERS:
        return False
    nxt = toks[m + 1].low if m + 1 < len(toks) else ""
    if nxt in _FINITE_AUX or nxt in _MODAL_AUX or nxt.endswith(("n't", "n’t")) or nxt in _IRREGULAR_PAST or (nxt.endswith("ed") and len(nxt) > 4):
        return False
    return low.endswith("ed") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _thing_noun(tok) -> bool:
    """A lowercase noun naming no one who could be told something ("racism", "message"; not
    "voters", "the public", "him")."""
    return tok.text.isalpha() and tok.text.islower() and head_type(tok.low) is None and not agent_word(tok.text) and tok.low not in _PRONOUN_WORDS


def _holds_verb(toks, a: int, b: int) -> bool:
    """``toks[a:b]`` holds a finite verb or auxiliary ("is", "said", "would"): a clause, not a name."""
    return any(t.low in _BARE_VERBS or t.low in _FINITE_AUX for t in toks[a:b])


def _quoted_subject(toks, k) -> bool:
    """The quotation opening at ``k`` is the subject of a verb right after it ('"substantial
    progress" had been made', '"the Russian military" was involved'): its closing mark within
    eight words, then a finite verb."""
    close = next((m for m in range(k + 1, min(len(toks), k + 10)) if not toks[m].quoted and m > k + 1), None)
    if close is None or close + 1 >= len(toks) or toks[close].text not in CLOSE_QUOTES + '"':
        return False
    if _holds_verb(toks, k + 1, close):
        return False  # ('saying “it is more important to protect gun rights” increased': a quoted clause, the words said)
    verb = toks[close + 1]
    return verb.text.islower() and (verb.low in _BARE_VERBS or verb.low in _FINITE_AUX or (verb.low.endswith("ed") and len(verb.low) > 4))


def _fragment_in_clause(toks, k) -> bool:
    """The quotation opening at ``k`` starts with a lowercase word: a partial quotation inside
    the writer's own clause ('says Obama “knows full well …”', 'the plan “may or may not”
    work'), so the claim is the whole clause, not the quoted words alone."""
    m = k + 2 if toks[k].text == "'" else k + 1  # doubled apostrophes open with two tokens
    return m < len(toks) and toks[m].text[:1].islower()


def _noun_then_preposition(toks, k, k2) -> bool:
    """A lowercase noun, then a preposition, right before the quotation at ``k2`` ("support for
    “Hey, Siri”", "an interview with “Meet the Press”"): the quoted words are a name."""
    if k2 - k < 2 or toks[k2 - 1].low not in _PREPOSITIONS or toks[k2 - 1].low == "to":
        return False  # ('telling one agent to “Go to hell!”': an order, quoted)
    noun = toks[k2 - 2]
    return noun.text.isalpha() and noun.text.islower() and noun.low not in _PREPOSITIONS and noun.low not in _PRONOUN_WORDS


def _title_then_that(toks, q: int) -> int | None:
    """The index of "that" after a short quoted title opening at ``q`` (its first word
    capitalized, up to six words): 'wrote in her memoir, "Second Chances," that …'; else None."""
    if q + 1 >= len(toks) or not toks[q + 1].text[:1].isupper():
        return None
    after = after_title(toks, q)
    if after is None or after - q > 8 or after + 1 >= len(toks) or toks[after].low != "that" or _finite_verb(toks[after + 1]):
        return None  # ('wrote in a letter, "…," that was never sent': a relative "that")
    if _holds_verb(toks, q + 1, after):
        return None  # ('said, "We are sorry," that night': a quoted sentence, the words said)
    return after


def after_title(toks, k) -> int | None:
    """Index after the quoted title that opens at ``k`` (and a comma after it), or None."""
    closer = "”" if toks[k].text == "“" else toks[k].text
    for m in range(k + 1, min(len(toks), k + 12)):
        if toks[m].text == closer or (closer not in OPEN_QUOTES and toks[m].text in CLOSE_QUOTES):
            m += 1
            return m + 1 if m < len(toks) and toks[m].text == "," else m
    return None


def _relative_after_object(toks, k, k2) -> bool:
    """``V the/a NOUN ... that`` or ``V [ADJ] NOUNs that``: "that" opens a relative clause on the object, unless the verb
    takes a person and a clause ("told the paper that", "warned the public that") or the
    words are a date ("said this week that")."""
    bare_plural = k2 - k <= 3 and toks[k2 - 1].low.endswith("s") and all(
        t.text.islower() and t.text.replace("-", "").isalpha() and t.low not in _PREPOSITIONS for t in toks[k:k2]
    )  # ("said for months that": a time, not an object)
    # ("questioned NASA’s approach that, in their view, minimizes …": an aside after the relative "that")
    possessor = toks[k].low.endswith(("'s", "’s")) and toks[k].text[:1].isupper() and k2 + 1 < len(toks) and toks[k2 + 1].text == ","
    if (toks[k].low not in _DETERMINERS and not bare_plural and not possessor) or toks[k2].low != "that" or k == 0:
        return False  # ("reported third-quarter earnings that topped estimates": a bare plural object, then its relative clause)
    if toks[k - 1].low in _PREPOSITIONS:
        return False  # "posted on his Facebook page that ...": the page is where, not what
    return toks[k - 1].low not in _OBJECT_CLAUSE_FORMS and not any(toks[m].low in _TIME_WORDS for m in range(k, k2))


def has_complement(toks, k) -> bool:
    """True when a that-clause, a quote or a colon starts at token ``k``."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.low == "that" and k > 0 and (toks[k - 1].low in _DO_FORMS or toks[k - 1].low in _PREPOSITIONS) and k + 1 < len(toks) and toks[k + 1].text in (",", ".", ";", "!", "?", ")"):
        return False  # "found the way to do that, at least so far": the pronoun "that" ends the object, no clause ("added that, based on …" stays)
    if t.low == "that" and k > 0 and toks[k - 1].low in _PREPOSITIONS and k + 1 < len(toks) and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and toks[k + 1].low not in _BARE_SUBJECTS and toks[k + 1].low not in _DETERMINERS:
        return False  # "said in that interview that …", "at that meeting": a demonstrative before its noun ("differed in that it was …" stays)
    if t.low in _THAT_WORDS or t.text == ":" or is_open_quote(toks, k):
        return True
    if t.text == "," and is_open_quote(toks, k + 1):
        return True
    return False


def bare_clause(toks, k) -> bool:
    """True when a complement clause without "that" starts at token ``k``.

    "stated they were fine", "noted Latinos have a harder time", "suggests the former
    secretary of state is ...": a subject (pronoun, name or determiner phrase) and, within a
    few words and before any punctuation, a finite verb. An object noun phrase has no verb.
    """
    n = len(toks)
    if k + 1 >= n or toks[k].quoted:
        return False
    if is_open_quote(toks, k) and _fragment_in_clause(toks, k):
        return _quoted_subject(toks, k)  # 'said "substantial progress" had been made'
    t = toks[k]
    if _clitic_subject(t) and wordlike(toks[k + 1].text):
        return True  # "shows he's dead wrong", "said it's unlikely": a subject and its verb in one word
    if t.low in _BARE_SUBJECTS:
        nxt = toks[k + 1].low
        return nxt in _BARE_VERBS or (nxt.endswith("ed") and len(nxt) > 4) or (t.low in _SINGULAR_PRONOUNS and nxt.endswith("s") and len(nxt) > 3 and nxt.isalpha())
    if not (t.low in _DETERMINERS or (t.text[:1].isupper() and t.text.isalpha())):
        return False
    reach, m = k + 7, k
    while m + 1 < min(n, reach):
        m += 1
        low = toks[m].low
        if low == "," and t.low in _DETERMINERS and m + 1 < n and (toks[m + 1].low in _DETERMINERS or toks[m + 1].low == "and"):
            reach = min(m + 7, k + 20)
            continue  # "told you the quality of the driving, the cars, and the experience has declined": a list of noun phrases
        if low in _BARE_VERBS and toks[m - 1].low != "to":
            return True  # ("found the way to do that": an infinitive is no finite verb)
        if m > k + 1 and t.low in _DETERMINERS and _past_then_object(toks, m) and not any(toks[q].low in _CLAUSE_WORDS for q in range(k + 1, m)):
            return True  # "found the drug reduced deaths": a past verb with its own object after the noun phrase
        if m > k + 1 and t.low in _DETERMINERS and _plural_then_verb(toks, m) and not any(toks[q].low in _CLAUSE_WORDS for q in range(k + 1, m)):
            return True  # "told CNN the restrictions appear to work", "told reporters the rules made sense"
        if not wordlike(toks[m].text) or low in _THAT_WORDS or low in _BARE_SUBJECTS:
            return False
    return False


def content_after(text, sent, toks, k) -> tuple[int, int] | None:
    """Character range of the content after the cue ending at token ``k``, or None."""
    n = len(toks)
    if k >= n:
        return None
    k = complement_index(toks, k) or k
    t = toks[k]
    if t.text in (",", ":") and k + 1 < n:
        k += 1
        t = toks[k]
    if t.low == "that" and _relative_after_medium(toks, k):
        # "said in a statement that was released Monday that he was sorry": the first "that" is
        # the statement's relative pronoun; the claim opens at the next "that", if any
        k = next((m for m in range(k + 2, n) if toks[m].low == "that" and not toks[m].quoted), n)
        if k >= n - 1:
            return None
        t = toks[k]
    pronoun_clause = k + 1 < n and toks[k + 1].low in _BARE_SUBJECTS and t.low != "as"
    if t.low in _TIME_CLAUSE_OPENERS and (pronoun_clause or (t.low not in _PREPOSITIONS and k + 1 < n and bare_clause(toks, k + 1))):
        # "tweeted while the game was on", "said as he left the room that the deal was dead": a
        # clause of time or reason says when or why; the claim is a that-clause after it, if any
        # ("said after the bar fight Solis pursued him": a preposition's phrase inside the claim)
        k = next((m for m in range(k + 2, n - 1) if toks[m].low == "that" and not toks[m].quoted and bare_clause(toks, m + 1)), n)
        if k >= n - 1 or any(toks[m].text in (".", ";", "!", "?") for m in range(k)):
            return None
        t = toks[k]
    if t.low == "that" and k + 1 < n and toks[k + 1].text in (",", ".", ";") and not _aside_then_clause(toks, k + 1):
        return None  # "said that." / "said that, ...": no clause follows ("added that, in Wisconsin, X is …" has one)
    if t.text in (".", "!", "?", ";"):
        return None
    if t.low == "to" and k + 1 < n and toks[k + 1].text in (",", ".", ";", "!", "?", ")"):
        return None  # "Nemtsov didn't want to, preferring to walk": the infinitive's verb is left out, nothing to quote
    if t.low in ("and", "but") and k + 1 < n and toks[k + 1].text.islower():
        return None  # "he disagreed and performed a scan": a second verb of the subject, nothing said
    if (t.text in OPEN_QUOTES or t.text == '"' or (t.text == "”" and misturned_opener(text, t.start)) or text.startswith("''", t.start)) and not (
        _fragment_in_clause(toks, k) and _quoted_subject(toks, k)
    ):  # ('said "substantial progress" had been made': the quoted words are the clause's subject; the claim is the clause)
        close = quote_end(text, t.start)
        if close and _clause_goes_on_after(text, close, sent.end):
            pass  # 'said "we are proud" of the team': the quoted words are part of the claim, which goes on
        elif close:
            return (t.start, close)
        unclosed = _unclosed_to_paragraph_end(text, t.start)
        if unclosed is not None:
            return (t.start, unclosed)  # 'said: "I would like … credible.¶"However, …': a quotation that goes on in the next paragraph
    end = _object_end(toks, k, sent.end) if t.low not in _THAT_WORDS else sent.end
    end = min(end, _aside_end(toks, k, sent.end), _bracket_end(text, sent, t.start))
    if t.low not in _THAT_WORDS and t.low != "to":
        end = _medium_tail(toks, k, end)  # "called the KKK “abhorrent” in a tweet Sunday": the tweet is how, not what
        end = _time_tail(toks, k, end)  # "endorsed Clinton in November": when, not what
        end = _second_verb_end(toks, k, end)  # "denied the charges and counter-accused her": the subject's next act
    end = _semicolon_end(text, toks, k, end)
    claim = trim_content(text, t.start, _colon_before_framed_quotation(text, t.start, end))
    return through_quotation(text, sent, claim)


_GOES_ON = re.compile(r"[ \t]+(?:" + "|".join(sorted(words("quote_continuation"))) + r")\b")


def _clause_goes_on_after(text, close: int, end: int) -> bool:
    """A word that carries the quoted words' own phrase on follows the closing mark ('"we are
    proud" of the team', '"one or two instances" where …'): the claim does not end there. A comma,
    a stop or another verb of the subject ('"…" and left') ends it."""
    return close < end and text[close - 2 : close - 1] not in (",", ".", "!", "?") and _GOES_ON.match(text, close) is not None


def through_quotation(text, sent, claim: tuple[int, int] | None) -> tuple[int, int] | None:
    """The claim, run on to the close of a quotation it opens that goes on past the sentence and
    closes one ('said that “every word is true. No one has disputed a word.”', 'said Carson is
    "losing strength. Some of his support appears to be moving to Cruz."'); else the claim."""
    if claim is None or claim[1] < sent.end - 2:
        return claim
    opener = next((m for m in range(claim[0], claim[1]) if text[m] in "“\"" or text.startswith("''", m)), None)
    if opener is None or (text[opener] == '"' and text.count('"', claim[0], claim[1]) % 2 == 0):
        return claim
    close = quote_end(text, opener)
    width = 2 if text.startswith("''", opener) else 1
    if close is None or close <= sent.end:
        return claim
    if text[close - width - 1 : close - width] in (".", "!", "?") or text[close : close + 1] == ".":
        return trim_content(text, claim[0], close)  # (a very long quotation is cut like any claim)
    return claim


def _semicolon_end(text, toks, k: int, end: int) -> int:
    """Where a claim stops at a semicolon outside quotation marks before a clause ("pledged to work
    together; endorsement may come": the next clause is the writer's); a list keeps its semicolons
    ("is manifold: X; Y; and Z", "include a Bank of America in McLean; a BB&T in Fairfax")."""
    if text.find(";", toks[k].start, end) < 0 or (k > 0 and toks[k - 1].text == ":"):
        return end  # (no semicolon; "three goals: 1) …; 2) …")
    for m in range(k, len(toks) - 1):
        if toks[m].start >= end or toks[m].text == ":":
            return end
        nxt = toks[m + 1]
        item = nxt.low in ("and", "or", "a", "an", toks[k].low) or nxt.low in _THAT_WORDS or nxt.low in _QUESTION_WORDS or nxt.text[:1].isdigit()
        if toks[m].text == ";" and not toks[m].quoted and not item:
            return toks[m].start  # (the next item of a list stays: "a BB&T in Fairfax; an Essex Bank in …", "; and …", "when …; when …")
    return end


def _colon_before_framed_quotation(text, start: int, end: int) -> int:
    """Where a claim stops at a colon that opens a quotation closed by a comma, whose own frame
    follows ('defends his record in an ad: "We will win," the senator says'); else ``end``."""
    colon = text.find(":", start, end)
    if colon < 0:
        return end
    opener = colon + 1
    while opener < colon + 3 and opener < len(text) and text[opener].isspace():
        opener += 1  # (one or two spaces after the colon)
    if opener >= end or text[opener] not in OPEN_QUOTES + '"':
        return end
    close = quote_end(text, opener)
    return colon if close is not None and close <= end and text[close - 2 : close - 1] == "," else end


def _bracket_end(text, sent, pos: int) -> int:
    """Where the bracket that holds ``pos`` closes ("(44 percent say they want X), but …": the
    report inside the bracket ends with it); the sentence end when ``pos`` is in no bracket."""
    opened = text.rfind("(", sent.start, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0:
        return sent.end
    closed = text.find(")", pos, sent.end)
    return closed if closed >= 0 else sent.end


def _relative_after_medium(toks, k: int) -> bool:
    """"that" at ``k`` follows a medium noun and comes before a finite verb ("in a statement
    that was published"): a relative pronoun, no complementizer."""
    return 0 < k < len(toks) - 1 and toks[k - 1].low in _MEDIUM_NOUNS and (toks[k + 1].low in _FINITE_AUX or _finite_verb(toks[k + 1]))


def after_hearer(toks, k: int) -> int | None:
    """Where the claim starts after the hearer of a verb of telling that ends at token ``k``:
    "told reporters he thought …" (the clause's subject), "assured supporters at Kent State on
    Monday that …" ("that"), "reminded voters of …" (the preposition); None when the words after
    the verb are no hearer (a verb, a clause word, a quotation or a stop comes first)."""
    if k == 0 or k >= len(toks) or toks[k - 1].low not in _RECIPIENT_VERBS or not wordlike(toks[k].text):
        return None
    if toks[k].low in _PREPOSITIONS or toks[k].low in ("to", "that") or toks[k].low in _TOLD_THINGS or _finite_verb(toks[k]):
        return None  # ("warned to stay", "told in an interview", "told something": no hearer)
    subject = _subject_after_body(toks, k)
    if subject is not None:
        return subject  # "told Reuters Jones had resigned": the outlet heard it, Jones is the claim's subject
    timed = False  # inside a phrase of time after the hearer
    for m in range(k + 1, min(len(toks) - 1, k + _HEARER_REACH)):
        t, prev = toks[m], toks[m - 1]
        if t.low in _DETERMINERS and t.low not in _THAT_WORDS and m - k <= 3 and not any(toks[j].low in _PREPOSITIONS for j in range(k, m)) and bare_clause(toks, m):
            return m  # "will tell you the quality of the driving, the cars, and the experience has declined"
        if t.low == "that" and not _finite_verb(toks[m + 1]) and toks[m + 1].low not in _FINITE_AUX:
            return m  # (before a finite verb "that" is a relative pronoun: "told the group that was gathered")
        if _subject_pronoun(t.low) and toks[m + 1].text[:1].islower() and (prev.low not in _PREPOSITIONS or m - k == 1):
            return m  # ("told the crowd with him ...": "him" is the preposition's object)
        if t.low in HEARER_TOPIC and m - k <= 4 and not any(toks[j].low in _PREPOSITIONS for j in range(k, m)) and not (
            prev.low in _QUANTIFIERS or is_number_word(prev.text)
        ):  # ("told one of his protégés": "of" is inside the hearer)
            return m  # "reminded voters of the six years …", "told reporters about the plan"
        if (t.low in _TOLD_THINGS or (t.text.islower() and head_type(t.low) == "document")) and not timed:
            return None  # "tells the story of …": the object is what is told (not in a phrase of time: "after viewing the information")
        if t.text == "," and prev.text[:1].isupper() and toks[m + 1].text[:1].isupper():
            continue  # "at a town hall in Salem, New Hampshire, that …": a place's comma
        if t.low in _HEARER_TIME_WORDS and m > k:
            timed = True
            continue  # "told reporters before the vote that …": when it was told, then the claim
        if timed and ed_form(t) and toks[m + 1].low == "by":
            continue  # ("told CNN after viewing the information posted by Allen that …": a participle in the phrase of time)
        if (not wordlike(t.text) and t.text not in ("’s", "'s")) or t.low in _CLAUSE_WORDS or _finite_verb(t):
            return None
        if infinitive(toks, m):
            return None  # "told the man to remove the bedding the first time they spoke": the order is the claim, hearer and all
    return None


def _subject_after_body(toks, k: int) -> int | None:
    """Where a person's name starts inside the run of names at ``k`` that a finite verb follows,
    right after a body's name ("told Reuters Jones had resigned", "told The Associated Press John
    Smith was lying": the longest body first); None when the run is one name ("told NBC News")."""
    start = k + 1 if toks[k].low == "the" else k
    end = name_run(toks, start)
    if end - start < 2 or end >= len(toks) or not _finite_verb(toks[end]):
        return None  # (the names end at the verb: "told Fox News Channel viewers …" has a noun after them)
    for m in range(end - 1, start, -1):
        if names_a_body(toks[m - 1].text) and not names_a_body(toks[m].text):
            return m
    return None


def _clitic_subject(tok) -> bool:
    """A subject with its verb's clitic in one token ("it's", "there's", "they're", "he'd"): a
    clause starts there."""
    return clitic_host(tok) in _CLAUSE_SUBJECTS | _CLITIC_SUBJECT_HOSTS


def _subject_pronoun(low: str) -> bool:
    """"he", "they", or one with a clitic ("he’d", "they're"): a that-less clause can open here."""
    return low in _CLAUSE_SUBJECTS or low in ("it", "you") or low.replace("’", "'").split("'")[0] in _CLAUSE_SUBJECTS


def _aside_then_clause(toks, k: int) -> bool:
    """A comma at ``k`` opens a short aside that a second comma closes before more words
    ("that, in Wisconsin, Trump's coalition …", "that, on average, incomes grew")."""
    if toks[k].text != ",":
        return False
    reach = 30 if k + 1 < len(toks) and toks[k + 1].low in _ADVERBIAL_OPENERS else 12  # ("that, while 37 percent of Americans say …, 39 percent blame …": a clause)
    close = next((m for m in range(k + 2, min(len(toks), k + reach)) if toks[m].text in (",", ".", ";")), None)
    return close is not None and toks[close].text == "," and close + 1 < len(toks) and wordlike(toks[close + 1].text)


def _aside_end(toks, k: int, end: int) -> int:
    """Where a dash aside that holds the cue closes ("Rather than promoting marriage -- something
    government has shown it doesn't know how to do -- the agenda aims …": the claim ends at the
    second dash); ``end`` when no dash opens before ``k``."""
    if not any(dash_width(toks, m) for m in range(k)):
        return end
    return next((toks[m].start for m in range(k, len(toks)) if dash_width(toks, m) and not toks[m].quoted), end)


def _medium_tail(toks, k: int, end: int) -> int:
    """Where an object or bare clause stops before a closing phrase naming the medium of the
    report: "in a tweet Sunday", ", in an interview with CNN", "during a campaign rally" (the
    words after the medium noun: a date, "with"/"to" whom, no new clause); else ``end``."""
    stop = first_at_or_after(toks, k, end)
    for m in range(k + 1, stop - 2):
        if toks[m].low not in _MEDIUM_PREPOSITIONS or toks[m + 1].low not in _MEDIUM_DETERMINERS or toks[m].quoted:
            continue
        noun = next((q for q in range(m + 2, min(m + 6, stop)) if toks[q].low in _MEDIUM_NOUNS), None)
        if noun is None:
            continue
        tail = toks[noun + 1 : stop]
        participle = next((j for j in range(len(tail) - 1) if tail[j].text == "," and tail[j + 1].text.islower() and tail[j + 1].low.endswith("ing")), None)
        tail = tail[:participle]  # ("dismissed the notion in an interview Sunday, calling it …": the participle is a report of its own)
        relative = next((j for j in range(min(len(tail), 3)) if tail[j].low in _MEDIUM_RELATIVES and not tail[j].quoted and not (tail[j].low == "that" and _opens_claim(tail, j))), None)
        tail = tail[: relative - 1 if relative and tail[relative - 1].text == "," else relative]  # ("praised Clinton in a new video where she said …": the clause describes the medium)
        verbless = verbless_phrase(tail)  # ("in her first interview since his death", not "since he died")
        if len(tail) > 8 or any(
            (t.low in _CLAUSE_WORDS and not (verbless and t.low in _PREPOSITIONS)) or t.text in (",", ";", "(") or t.quoted or t.text in OPEN_QUOTES + CLOSE_QUOTES + '"'
            for t in tail if t.text not in ".!?"
        ):
            continue
        if any((t.low in _CLAUSE_WORDS or t.low in _PERSONAL_SUBJECTS) and not t.quoted for t in toks[k + 1 : m]):
            return end  # ("themes, all of which were present in her speech", "during stops and in his speech", "comments he made in a video": another clause's)
        cut = m - 1 if toks[m - 1].text == "," else m
        return toks[cut].start
    return end


def verbless_phrase(toks) -> bool:
    """No finite verb, past form or personal subject among ``toks``: "since his death" is a
    phrase, where "since he died" is a clause."""
    return not any(t.low in _FINITE_AUX or t.low in _PERSONAL_SUBJECTS or past_form(t) for t in toks)


def _opens_claim(tail, j: int) -> bool:
    """The "that" at ``j`` opens a that-clause, not a relative one: a subject follows it ("wrote in
    an essay that she had opted …"), not a verb ("a tweet that was met with replies")."""
    return j + 1 < len(tail) and (tail[j + 1].low in _BARE_SUBJECTS or tail[j + 1].text[:1].isupper())


def first_at_or_after(toks, k: int, end: int) -> int:
    """Index of the first token from ``k`` on that starts at or after offset ``end`` (len(toks) if none)."""
    return next((m for m in range(k, len(toks)) if toks[m].start >= end), len(toks))


def _second_verb_end(toks, k: int, end: int) -> int:
    """Where a noun-phrase object ends before "and" (or "but") and a second past verb of the subject
    ("described the merger a terrible deal and ranked Fiorina …", "denied the charges and
    counter-accused her"); else ``end``. Not inside a quotation, nor after a clause word."""
    stop = first_at_or_after(toks, k, end)
    for m in range(k + 1, stop - 1):
        t = toks[m]
        if t.low in _FINITE_AUX or past_form(t):
            return end  # (a clause: "said Croom shot and killed Wells", "said Fiorina was involved and shared …": its subject's verbs)
        if t.quoted or t.text in OPEN_QUOTES + CLOSE_QUOTES + '"':
            continue
        if t.text == "," and m + 1 < stop and _past_verb_with_object(toks, m + 1) and _verb_series_goes_on(toks, m + 2):
            return t.start  # "asked about the Muslim Brotherhood, called Omar a “terrorist” and said …": a series of the subject's verbs
        if t.text == "," and m - k <= 6 and not any(toks[q].text == "," for q in range(k, m)) and m + 2 < stop and toks[m + 1].low in _OBJECT_CLAUSE_LINKS and _subject_then_verb(toks, m + 2, stop):
            return t.start  # "acknowledged the error, but it only fueled the rumors": the writer's next clause (not after a list's comma, nor a long clause)
        verb = m + 2 if toks[m + 1].low in _SEQUENCE_ADVERBS and m + 2 < stop else m + 1  # ("and then tweeted")
        if t.low in ("and", "but") and toks[m - 1].text != "(" and _past_verb_with_object(toks, verb):
            before = m - 1 if m - 1 > k and toks[m - 1].text in (",", "-", "–", "—") else m
            return toks[before].start  # (", and dared …", "- and hit …": the mark goes too)
        if t.low in _CLAUSE_WORDS or t.low in _RELATIVE_WORDS:
            return end
    return end


_OBJECT_CLAUSE_LINKS = words("object_clause_link")  # "but", "and", "yet", "while"


def _subject_then_verb(toks, m: int, stop: int) -> bool:
    """A subject (a pronoun, or a determiner or name and up to three more words) at ``m``, then,
    after at most one adverb, a finite verb: a new clause ("it only fueled", "workers were")."""
    t = toks[m]
    if t.low in _BARE_SUBJECTS:
        q = m + 2 if m + 1 < stop and toks[m + 1].text.islower() and toks[m + 1].low.endswith("ly") else m + 1  # "it only fueled"
        return q < stop and (toks[q].low in _FINITE_AUX or past_form(toks[q]))
    if not (t.low in _DETERMINERS or (t.text[:1].isupper() and t.text.isalpha()) or s_form(t)):
        return False
    q = next((r for r in range(m + 1, min(stop, m + 5)) if toks[r].low in _FINITE_AUX or past_form(toks[r])), stop)
    return q < stop and all(wordlike(toks[r].text) for r in range(m, q))


def _verb_series_goes_on(toks, m: int) -> bool:
    """"and" and another past verb with its object after ``m`` in the sentence: the last of a series."""
    for q in range(m, len(toks) - 1):
        if toks[q].text in (".", ";", "!", "?", ","):
            return False
        if toks[q].low == "and":
            return toks[q + 1].text.islower() and past_form(toks[q + 1])
    return False


def _past_verb_with_object(toks, m: int) -> bool:
    """A lowercase past form ("ranked", "refused", "made") followed by what a verb takes: a
    determiner, a pronoun, a name, "to", a preposition or the clause end; before a bare noun it
    may be an adjective ("and trained volunteers") and does not count."""
    t = toks[m]
    if not (t.text.isalpha() or "-" in t.text) or t.low in _DETERMINERS or not past_form(t):
        return False
    if m + 1 >= len(toks):
        return True
    nxt = toks[m + 1]
    return nxt.low in _DETERMINERS or nxt.low in _PRONOUN_WORDS or nxt.text[:1].isupper() or nxt.low == "to" or nxt.low in _PREPOSITIONS or nxt.text in ".,;:!?"


def _time_tail(toks, k: int, end: int) -> int:
    """Where a noun-phrase object stops before a closing date: "in November", "on Thursday night",
    "last week", "in June 2015", "in 2012", "Monday" (a date phrase, then nothing but the full
    stop); else ``end``."""
    stop = first_at_or_after(toks, k, end)
    for m in range(k + 1, stop):
        lead = toks[m].low in _CLOSING_TIME_LEADS
        j = skip_time_after(toks, m) if lead or (toks[m].low in _TIME_WORDS and toks[m].text[:1].isupper()) else m
        if j == m and toks[m].low in _DATE_PREPOSITIONS and m + 1 < stop and is_year(toks[m + 1].text):
            j = m + 1  # "in 2012"
        if j == m:
            continue
        if j < stop and is_year(toks[j].text):
            j += 1  # "in June 2015"
        new_clause = j < stop and (toks[j].low == "but" or (toks[j].text == "," and j + 1 < stop and (toks[j + 1].low == "but" or (toks[j + 1].low.endswith("ing") and toks[j + 1].low not in _PREPOSITIONS))))
        if not new_clause and not all(t.text in ".!?" for t in toks[j:stop]):
            continue  # ("endorsed Trump in early June, but only after …", "voted for Obama in 2012 but will …": the date closes the object too)
        if any(_finite_verb(x) or x.low in _CLAUSE_WORDS or x.low in _RELATIVE_WORDS or x.low == "to" or not wordlike(x.text) for x in toks[k:m]):
            return end  # (a clause or an infinitive takes its own date: "said the chamber will vote on Monday")
        if all(x.low in _PREPOSITIONS for x in toks[k:m]):
            return end  # ("pledged for this year": no object before the date)
        return toks[m].start
    return end


def _object_end(toks, k: int, end: int) -> int:
    """Where an object after the cue ends: at the comma closing an opening adverbial clause
    ("After the commissioner denied his requests, Evans appealed", "Amid what two papers called
    a “rough week,” he slipped") or before ", so" and a new
    clause ("judges dismissed it, so Evans appealed"); else ``end``."""
    lead = 1 if len(toks) > 2 and toks[0].low in _FOCUS_ADVERBS and toks[1].low in _ADVERBIAL_OPENERS else 0  # "Even as critics welcome the ruling, …"
    if len(toks) > 3 and toks[2].low in _ADVERBIAL_OPENERS and _time_measure(toks[0], toks[1]):
        lead = 2  # "An hour after Hadi ordered the closure, Houthis raided …": how long after, then the clause
    elif len(toks) > 2 and toks[1].low in _ADVERBIAL_OPENERS and (toks[0].low in _TIME_UNITS or toks[0].low in _SHORT_TIME_UNITS):
        lead = 1  # "Minutes after the mayor announced the plan, …"
    opener = toks[lead].low in _ADVERBIAL_OPENERS or (toks[0].low in _OPENING_PREPOSITIONS and len(toks) > 1 and toks[1].low == "what")
    # "On the day that Samsung announced its features were shipping, I rushed …": a relative clause inside the opening phrase
    opener = opener or (toks[0].low in _OPENING_PREPOSITIONS and any(toks[m].low in _RELATIVE_WORDS for m in range(1, min(k, 6))))
    opened = opener and toks[0].text[:1].isupper() and not any(t.text == "," for t in toks[:k])  # (the cue inside the opening clause)
    for m in range(k, len(toks) - 1):
        if opened and toks[m].text in ('"', "”") and toks[m - 1].text == "," and m > k:
            return toks[m].end  # 'After the judge called it “unfair, even cruel,” Evans appealed': the comma sits inside the quotation
        if toks[m].quoted or toks[m].text in ('"', "“", "”"):
            continue  # (a comma inside a quotation is no clause end)
        if toks[m].text == "," and (opened or toks[m + 1].low == "so"):
            return toks[m].start
        if toks[m].text == "(":
            return end  # (an aside: its commas are no clause end)
    return end


def _time_measure(count, unit) -> bool:
    """"An hour", "Two days", "12 weeks": a count (an article, a number) and a unit of time."""
    counted = count.low in ("a", "an") or is_number_word(count.low) or count.text.isdigit()
    return counted and (unit.low in _TIME_UNITS or unit.low + "s" in _TIME_UNITS or unit.low in _SHORT_TIME_UNITS)


_SHORT_TIME_UNITS = words("short_time_unit")  # "minutes after", "moments before"


def content_before(text, sent, toks, k) -> tuple[int, int] | None:
    """Content is the part of the sentence before the (comma and) source or cue at token k."""
    end = toks[k].start if k < len(toks) else sent.end
    while end > sent.start and (text[end - 1].isspace() or text[end - 1] in "," + INVISIBLE):
        end -= 1  # (also a no-break space: "dead,\xa0 Obama said")
    start = skip_dateline(text, sent.start, end)  # "London (CNN)Israeli ...": the dateline is no part of the claim
    # A quotation that opened in an earlier sentence still belongs to this content.
    opened_here = any(c in text[start : end - 1] for c in OPEN_QUOTES + '"')  # '..., "to a place," X explained.'
    if end > start and text[end - 1] in CLOSE_QUOTES + '"' and text[start] not in OPEN_QUOTES + '"' and not opened_here:
        q = max(text.rfind("“", 0, start), text.rfind('"', 0, start))
        para = text.rfind("\n\n", 0, start)
        if q > para and q >= 0 and start - q < 2000:
            start = q
    if end > start and text[end - 1] in CLOSE_QUOTES + '"' and opened_here:
        q = max(text.rfind("“", start, end - 1), text.rfind('"', start, end - 1))
        lead = text[start:q].rstrip()
        last = lead[:-1].split()[-1:] if lead.endswith(":") else []  # the word before the colon
        dashed = lead.endswith(("—", "–", "--"))  # 'Yet Sondland has amended his testimony once — "I now do recall," he said.'
        if q > start and ((last and last[0].lower() not in _verb_forms()) or dashed):
            # 'told the Times that he tried …: "My book is fair," he said.': the frame's words are the
            # quotation (not after "said:", whose report the outer frame relays: 'X said: "…," the Times reported');
            # so are they after a dash, which ends the writer's words
            start = q
    if end - start < 2:
        return quotation_just_before(text, sent.start)  # "“Why now?” Scarborough asked.": the splitter cut after "?”"
    if text[start:end].lower() in _CLAUSE_WORDS and not (text[start:end].lower() in _DEMONSTRATIVES and text[end : end + 1] == ","):
        return None  # "But, she told ...", "When asked ...": a conjunction, not a claim ("This, he said, is …" is the subject)
    if _DANGLING_COORDINATOR.search(text, start, end):
        return None  # "As the attorneys sparred in court and witnesses testified": a half of a coordination, no claim
    first = text[start:end].split()[:2]
    if len(first) == 2 and first[0][:1].isupper() and first[0].lower().endswith("ed") and first[1].lower() in _OPENING_QUESTION_WORDS and "," not in text[start:end]:
        return None  # "Pressed by the host on what …, Lopez demurred", "Asked about the error, he …": the question put to the speaker, not a claim
    last = text[start:end].rstrip(" ,").split()[-1:]
    if last and last[0].lower() in _DANGLING_OPENERS:
        return None  # "Critics said the deal was bad, but the council insisted …": the words before open another clause
    colon = text.rfind(": ", start, end)
    after_colon = [t for t in toks if colon + 2 <= t.start and t.end <= end] if colon > start else []
    if len(after_colon) >= 3 and not quote_mark_in(text, start, end) and _clause_after_colon(after_colon):
        start = colon + 2  # "The tax did not hurt the city: it remained the top market, according to one index": what the index shows is the clause after the colon (a list after it completes the clause before)
    if _opening_adverbial(text, toks, start, end) and not _frame_inside_claim(text, end, sent.end):
        return None  # "In a statement, the company responded", "Later that day, Smith conceded": where or when, no claim
    if text[end - 1] == ",":
        end -= 1
    if end - start > _MAX_CONTENT:  # keep the words nearest the cue
        cut = text.find(" ", end - _MAX_CONTENT, end)
        start = cut + 1 if cut >= 0 else end - _MAX_CONTENT
    return (start, end)


def _clause_after_colon(after) -> bool:
    """The words after a colon open a clause of their own: a subject, then its verb ("it remained
    the top market", "The aircraft's pilot had to …"); not a list ("two steaks, fried potatoes, …",
    whose participles follow commas) nor a "that" clause completing the noun before the colon ("a
    different theory: that …", whose owner the lead-in names)."""
    if after[0].low == "that":
        return False
    verb = next((k for k, t in enumerate(after) if t.text.islower() and (t.low in _BARE_VERBS or t.low in _IRREGULAR_PAST or ed_form(t))), None)
    return verb is not None and verb > 0 and after[verb - 1].text != "," and after[verb - 1].low not in ("and", "or")


def _opening_adverbial(text, toks, start: int, end: int) -> bool:
    """``text[start:end]`` (before a comma) is a phrase of place, time or medium opening the
    sentence: a preposition or a time word first, then no verb, personal subject or quotation mark
    ("At a campaign event in Ames, Iowa, on Sunday", "In a statement", "Later that day")."""
    if "," not in text[end - 1 : end + 1] or any(c in text[start:end] for c in OPEN_QUOTES + CLOSE_QUOTES + '"'):
        return False  # (the cheap tests first: content_before runs for most frames)
    inside = [t for t in toks if start <= t.start and t.end <= end]
    if not inside:
        return False
    return (inside[0].low in _PREPOSITIONS or inside[0].low in _TIME_WORDS) and verbless_phrase(inside)


def _frame_inside_claim(text, end: int, sent_end: int) -> bool:
    """After the words ending at ``end`` (and their comma) the frame is set off by a comma and the
    claim goes on ("In the long run, many economists say, this effect could …"): the opening words
    are the claim's first half. A participle after that comma is the frame's own ("…, saying")."""
    rest = text[end:sent_end].lstrip(" ,")
    if "," not in rest:
        return False
    after = rest.split(",", 1)[1].split()
    return bool(after) and not after[0].lower().endswith("ing")


def adverbial_clause(text, start: int, end: int) -> bool:
    """``text[start:end]`` is one adverbial clause ("When Trump referred to the massacre", "As the
    results came in"), with no main clause after a comma outside its quotations."""
    head = text[start : min(end, start + 12)].split(None, 1)
    if not head or head[0].lower() not in _ADVERBIAL_OPENERS:
        return False
    quoted = quotation_ranges(text[start:end])  # ('When he said he would "protect our citizens,"')
    return not any(c in ",;:" and not any(a <= k < b for a, b in quoted) for k, c in enumerate(text[start:end]))


def end_before_space(text: str, pos: int) -> int:
    """``pos`` moved back over the whitespace before it (``len(text[:pos].rstrip())`` without the copy)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def quotation_just_before(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation that ends right before ``pos`` (only spaces between), in the same paragraph."""
    end = end_before_space(text, pos)
    if end < 2 or text[end - 1] not in CLOSE_QUOTES + '"' or "\n" in text[end:pos]:
        return None  # (a quotation ending the paragraph before is another's)
    opener = max(text.rfind("“", 0, end - 1), text.rfind('"', 0, end - 1))
    if opener < 0 or "\n" in text[opener:end] or end - opener > _MAX_CONTENT:
        return None
    if text[:opener].rstrip(" \t\xa0")[-1:] not in ("", "\n", ".", "!", "?", "”", '"'):
        return None  # 'Smith called Jones "a failed mayor." Jones fired back.': the quotation closes another's sentence
    return (opener, end)


def quote_mark_in(text: str, a: int, b: int) -> bool:
    """A quotation mark (curly or straight double) lies in ``text[a:b]``."""
    return any(q in text[a:b] for q in "“”\"")


def _unclosed_to_paragraph_end(text: str, start: int) -> int | None:
    """Where the paragraph ends when the quotation opening at ``start`` is never closed in it and
    the next paragraph opens with a quotation mark (the newswire way of quoting on across
    paragraphs); else None."""
    para = text.find("\n", start)
    if para < 0 or quote_mark_in(text, start + 1, para):
        return None
    after = text[para:].lstrip()
    return end_before_space(text, para) if after[:1] in ("“", '"') else None


def quote_end(text: str, start: int) -> int | None:
    """Offset just after the quote that opens at ``start`` (same paragraph), or None."""
    opener = text[start]
    if text.startswith("''", start):
        e = text.find("''", start + 2)  # ("''I watched him. And I learned from him.''": newswire's doubled apostrophes)
        para = text.find("\n\n", start)
        return None if e < 0 or 0 <= para < e else e + 2
    closer = "”" if opener in "“”" else ('"' if opener == '"' else "»")  # ('said: ”Bird flu …”': a mistyped opening mark)
    e = text.find(closer, start + 1)
    para = text.find("\n\n", start)
    if opener == "“" and (e < 0 or 0 <= para < e):
        e = text.find('"', start + 1)  # “… ." : a curly quotation closed by a straight mark (mixed typing)
    if e < 0 or (0 <= para < e):
        return None
    return e + 1


def clause_comma(text, start: int, end: int, last: bool = False) -> int:
    """Index of the first (or last) comma in ``text[start:end]`` that is no thousands separator
    ("$250,000"), or -1."""
    for m in (range(end - 1, start - 1, -1) if last else range(start, end)):
        if text[m] == "," and not (0 < m < len(text) - 1 and text[m - 1].isdigit() and text[m + 1].isdigit()):
            return m
    return -1


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")  # "U.S.", "D.C.", "p.m."
_WORD_PERIOD = re.compile(r"(?<![\w.])([A-Za-z]+)\.$")  # "Calif.", "Inc."
_ABBREVIATION_ENDS = words("abbreviation_end")  # "Calif", "Inc", "Jr"


def ends_in_abbreviation(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in an abbreviation whose last character is its period ("U.S.",
    "Calif.", "Inc.")."""
    tail = text[max(start, end - 12) : end]
    if _DOTTED.search(tail):
        return True
    word = _WORD_PERIOD.search(tail)
    return word is not None and word.group(1)[:1].isupper() and word.group(1).lower() in _ABBREVIATION_ENDS


def tight_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inwards past spaces of any kind: no-break, zero-width (``INVISIBLE``)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in INVISIBLE):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in INVISIBLE):
        start += 1
    return start, end


def trim_content(text, start, end) -> tuple[int, int] | None:
    """The range without space at either end and final punctuation; None when nearly empty.

    Content longer than ``_MAX_CONTENT`` is cut at the last space before the limit.
    """
    if end - start > _MAX_CONTENT:
        cut = text.rfind(" ", start, start + _MAX_CONTENT)
        end = cut if cut > start else start + _MAX_CONTENT
    # final punctuation; a trailing comma is the sentence's ("insists the GOP must be a party of
    # ideas, and has championed …"); so is a bracket opened before the claim ("(44 percent say
    # they want the Senate to convict.)")
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;!?" + INVISIBLE or (text[end - 1] == ")" and "(" not in text[start:end])):
        if text[end - 1] == "." and ends_in_abbreviation(text, start, end):
            break  # "… to the U.S.", "… in San Bernardino, Calif.": the period is the abbreviation's
        end -= 1
    start, end = tight_range(text, start, end)  # (no highlight opens or ends on a space of any kind)
    if end - start < 2:
        return None
    return (start, end)


def next_paragraph(text, end) -> tuple[int, int] | None:
    """The paragraph after a frame that ends a paragraph with a colon ("..., writing:"), or None.

    The quoted block a colon introduces is the content; it must start a new line.
    """
    start = end
    while start < len(text) and text[start] in " \t\r\n":
        start += 1
    if start >= len(text) or "\n" not in text[end:start]:
        return None
    stop = text.find("\n\n", start)
    return trim_content(text, start, stop if stop >= 0 else len(text))

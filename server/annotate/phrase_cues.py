"""Attribution cues other than reporting verbs: phrases, passives, attitudes, colons, viewpoints.

Each function looks at one sentence's tokens and returns a ``Cand`` (or None):
``according_to`` ("according to the report"), ``passive_candidate`` (agentless "is widely
regarded as"), ``impersonal`` ("it is believed that"), ``attitude_candidate`` ("Investors are
wary of ..."), ``viewpoint`` ("To many, ...") and ``headline_colon`` ("Name: claim").
"""

from __future__ import annotations

import re

from server.annotate import sources as srcmod
from server.annotate.content import bare_clause, content_after, content_before, has_complement, is_open_quote, quote_end, through_quotation, trim_content
from server.annotate.cue_base import Cand, manner_adverb, modifiers, verb_forms
from server.annotate.grammar import words
from server.annotate.phrases import clear_source, finite_word, is_name, name_after_comma, phrase_text, skip_time_after, source_left, source_right, title_case
from server.annotate.tokens import ed_form, wordlike
from server.lexicon import load_table
from server.segment import skip_dateline

_BE = words("be_aux")
_PERSON_RELATIVES = words("relative_pronoun") - {"which", "that"}  # "who", "whose", "whom"
_ARTICLES = words("article")  # "a", "an", "the"
_COUNT_FRAME_NOUNS = words("count_frame_noun")  # "By the AP's tally, …"
_LABEL_CHAR = re.compile(r"[\w.’',()\-]")
_PASSIVE_NEXT = words("passive_next")
_IMPERSONAL_AUX = words("impersonal_aux")
_IRREGULAR_PAST = words("irregular_past")
_DEMONSTRATIVES = words("demonstrative")
_HEADLINE_CONNECTORS = words("headline_connector")
_VAGUE_AGENTS = words("vague_agent")
_COPULAS = words("copula")
_INTENSIFIERS = words("intensifier")
_ATTITUDE_PREPOSITIONS = words("attitude_preposition")
_PREDICTING_MODALS = words("predicting_modal")  # "will be pleased": the writer's forecast of an attitude
_NON_ATTITUDE_PHRASES = words("non_attitude_phrase")  # "critical in the election": crucial, no view
_RAISING_ADJECTIVES = words("raising_adjective")
_VIEWPOINT_PRONOUNS = words("viewpoint_pronoun")
_EXPERIENCER_PARTICIPLES = words("experiencer_participle")
_DOUBT_NOUNS = words("doubt_noun")
VOICING_PARTICIPLES = words("voicing_participle")
_BE_OR_HAVE = _BE | words("perfect_aux")
_POLL_NOUNS = words("poll_noun")
_POLL_FOLLOWERS = words("poll_follower")
_IN_TAKERS = words("in_taker")
_CLAUSE = words("clause")
_DETERMINERS = words("determiner")
_CLAUSE_SUBJECT_WORDS = words("clause_subject")
_FINITE_AUX = words("finite_aux")
_SUBJECT_PRONOUNS = words("subject_pronoun")
_IRREGULAR_PARTICIPLES = words("irregular_participle")  # "written", "taken"
_SUBJECT_FORM = {e.entry: e.type for e in load_table("possessive_pronouns.tsv")}  # "his" -> "he"
POSSESSIVE_PRONOUNS = frozenset(_SUBJECT_FORM)  # "his", "her", "their", "its"
_DOUBT_TOPICS = words("doubt_topic")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_RELATIVES = words("relative_pronoun")
_AS_ADVERBIAL = words("as_adverbial")  # "as part of", "as well", "as usual": no characterization after a passive's agent
_PREPOSITIONS = words("preposition")


def passive_candidate(text, sent, toks, i, fps) -> Cand | None:
    """Agentless passive weasel: "X is widely regarded as ...", "X is said to ..."."""
    n = len(toks)
    g = i
    mods = modifiers()
    while g > 0 and toks[g - 1].low in mods and not toks[g - 1].quoted:
        g -= 1
    if fps.overlap(toks[g].start, toks[i].end):
        return None  # "is known as": naming
    if not any(toks[m].low in _BE for m in range(g, i)) or i + 1 >= n or impersonal(toks, i) is not None:
        return None  # (impersonal "it is said that" keeps "it" as its source span)
    nxt = toks[i + 1].low
    if nxt == "by":
        agent = source_right(toks, i + 2, loose=True)
        if agent is not None and _as_follows(toks, agent[1]):
            # "She is seen by other leaders of the party as credible": the agent holds the view of the subject
            rest = content_after(text, sent, toks, agent[1])  # ("as uniquely credible": the view itself)
            return Cand((g, i + 1), agent, content_before(text, sent, toks, g), source_after=True, rest=rest)
    if nxt == "by" and not (i + 2 < n and toks[i + 2].low in _VAGUE_AGENTS):
        return None  # a named agent: "was described by the mayor as ..." is handled as a verb
    reputation = toks[i].low == "known" and nxt == "for" and i + 2 < n  # "Ginsburg is known for speaking her mind": a reputation, credited to nobody
    if nxt not in _PASSIVE_NEXT and not reputation and not (toks[i].low in ("considered", "deemed") and toks[i + 1].text.isalpha()):
        return None
    while g < i and toks[g].low not in _BE:
        g += 1  # the cue starts at the auxiliary ("is widely regarded"), not at an earlier adverb
    e = i + 1
    if (nxt == "as" and i + 2 < n) or reputation:
        e += 1  # "is widely regarded as", "is known for": the role belongs to the judgment ("is expected to" keeps "to" out)
    content = trim_content(text, toks[e].start, sent.end)
    cand = Cand((g, e), None, content, passive=True, cls="passive")
    return cand


def passive_agent(text, sent, toks, g, ce, subj_end, particle: str = "") -> Cand | None:
    """``X was criticized by Y`` (the verb group ``toks[g:ce]``): Y is the source, X what the cue is about.

    ``particle`` is the preposition the verb takes after its object ("of" for "accuse"): "was
    accused of rape by a woman" has the agent after that object (then the object is the claim),
    "was accused by a woman of rape" has it before (the agent ends at the particle).
    None when no ``by`` and noun phrase follow the verb group.
    """
    n = len(toks)
    by = skip_time_after(toks, ce)  # "was supported Friday by Sen. Feinstein"
    charge = None
    if particle and toks[ce - 1].low == particle and (by >= n or toks[by].low != "by"):
        by = next((m for m in range(ce + 1, min(n, ce + 10)) if toks[m].low == "by" or not wordlike(toks[m].text) or toks[m].low in _CLAUSE), n)
        charge = (toks[ce].start, toks[by - 1].end) if by < n and toks[by].low == "by" else None
    if by >= n or toks[by].low != "by":
        return None
    agent = source_right(toks, by + 1, loose=True)
    if agent is None:
        return None
    agent = (agent[0], _agent_end(toks, agent, particle))
    if charge is not None:
        return Cand((g, ce), agent, charge, source_after=True)  # "was accused of rape by a woman": the charge is the claim
    if has_complement(toks, agent[1]):
        return Cand((g, ce), agent, content_after(text, sent, toks, agent[1]), source_after=True)
    patient = source_left(toks, subj_end)
    if patient is not None and patient[1] - patient[0] == 1 and toks[patient[0]].low in _RELATIVES and patient[0] > 1 and toks[patient[0] - 1].text == ",":
        patient = source_left(toks, patient[0] - 1)  # "The budget, which was rejected by ...": the antecedent
    about = None if patient is None else (toks[patient[0]].start, toks[patient[1] - 1].end)
    if about is None and particle and agent[1] < n and toks[agent[1]].low == particle:
        stop = next((m for m in range(agent[1] + 1, n) if toks[m].text in (",", ";", ".", "—")), n)
        about = trim_content(text, toks[agent[1] + 1].start, toks[stop - 1].end) if agent[1] + 1 < stop else None  # "Corbyn, a socialist, is accused by critics of promoting …": the charge
    return Cand((g, ce), agent, about, source_after=True, rest=_characterization(text, sent, toks, agent[1]))


def _characterization(text, sent, toks, k: int) -> tuple[int, int] | None:
    """``as`` and what follows at token ``k``, after a passive's agent ("was criticized by the
    mayor as “a waste of money”"): the agent's own words for the subject, the claim's second part."""
    if k + 1 >= len(toks) or toks[k].low != "as" or ed_form(toks[k + 1]) or toks[k + 1].low in _AS_ADVERBIAL:
        return None  # ("as expected", "as part of the deal", "as well": how or why, not the agent's words)
    said = content_after(text, sent, toks, k + 1)
    return (toks[k].start, said[1]) if said is not None else None


def _agent_end(toks, agent, particle: str = "") -> int:
    """The agent ends before a lowercase preposition other than "of" ("by the council for the delay"),
    or before the verb's own ``particle`` ("accused by a woman of rape")."""
    for m in range(agent[0] + 1, agent[1]):
        if toks[m].low == particle and toks[m].text.islower():
            return m
        if toks[m].low in _PREPOSITIONS and toks[m].low != "of" and toks[m].text.islower() and not (
            toks[m - 1].text[:1].isupper() and m + 1 < agent[1] and toks[m + 1].text[:1].isupper()
        ):
            return m  # ("Centers for Disease Control" keeps its "for")
    return agent[1]


def raised_doubts(text, sent, toks, i) -> Cand | None:
    """``Concerns were raised that ...``, ``Questions have been raised about ...``: doubts voiced by nobody named.

    The participle at ``i`` (``voicing_participle``) follows a form of "be" whose subject ends in
    a ``doubt_noun``; a "by" agent after it is the source.
    """
    g = i
    while g > 0 and toks[g - 1].low in _BE_OR_HAVE:
        g -= 1
    if g == i or g == 0 or toks[g - 1].low not in _DOUBT_NOUNS or not any(toks[m].low in _BE for m in range(g, i)):
        return None
    agent = passive_agent(text, sent, toks, g, i + 1, g)
    if agent is not None:
        return agent
    k = i + 1
    if k < len(toks) and toks[k].low in _DOUBT_TOPICS:
        k += 1  # the topic of the doubts: "raised about the contract"
    content = content_after(text, sent, toks, k) if k < len(toks) else None
    return Cand((g, i + 1), None, content, passive=True, cls="passive")


def experiencer_participle(tok) -> bool:
    """A participle whose passive subject holds the view ("were worried", "was quoted as saying")."""
    return tok.low in _EXPERIENCER_PARTICIPLES


def _as_follows(toks, k) -> bool:
    """"as" and a word right at ``k`` ("... by other leaders as uniquely credible")."""
    return k + 1 < len(toks) and toks[k].low == "as" and wordlike(toks[k + 1].text)


def attitude_candidate(text, sent, toks, i) -> Cand | None:
    """``SOURCE is [not/very] ADJ [of/about ...]``: an attitude the source holds ("are wary of")."""
    n = len(toks)
    if toks[i].low in _RAISING_ADJECTIVES and i + 1 < n and toks[i + 1].low == "to":
        return None  # "is sure to spur a war": the writer's prediction, no attitude of the subject
    if i + 1 < n and f"{toks[i].low} {toks[i + 1].low}" in _NON_ATTITUDE_PHRASES:
        return None  # "voters are critical in the election": crucial, no disapproval
    g = i
    mods = modifiers()
    while g > 0 and i - g < 5 and not toks[g - 1].quoted and (toks[g - 1].low in _INTENSIFIERS or manner_adverb(toks[g - 1])):
        g -= 1
    if g == 0 or toks[g - 1].low not in _COPULAS:
        return None  # "a skeptical voter", "sure enough": no copula, no attitude of a subject
    g -= 1
    while g > 0 and i - g < 8 and not toks[g - 1].quoted and (toks[g - 1].low in mods or toks[g - 1].low in _COPULAS):
        g -= 1
    if any(toks[m].low in _PREDICTING_MODALS for m in range(g, i)):
        return None  # "parents of young children will be pleased that ...": the writer's prediction, no attitude anyone voiced
    subj = source_left(toks, g)
    if subj is None or subj[1] != g or not clear_source(text, toks, subj):
        return None
    if subj[1] - subj[0] == 1 and toks[subj[0]].low in _DEMONSTRATIVES:
        return None  # "it is certain", "this is sure to": nobody holds the attitude
    e = i + 1
    if e < n and toks[e].low in _ATTITUDE_PREPOSITIONS:
        e += 1  # "wary of", "confident in": PolNeAR spans the preposition with the adjective
    content = content_after(text, sent, toks, e) if e < n and toks[e].text != "," else None  # ("is unhappy, according to …": no complement)
    return Cand((g, e), subj, content, cls="opinion")


def impersonal(toks, i) -> int | None:
    """Index of "it" in "it is/was/has been/had been VERB-ed", else None."""
    k = i - 1
    if k >= 0 and toks[k].low == "been":
        k -= 1
    if k >= 0 and toks[k].low in _IMPERSONAL_AUX:
        if k >= 1 and toks[k - 1].low == "it" and (toks[i].low.endswith("ed") or toks[i].low in _IRREGULAR_PAST):
            return k - 1
    return None


def according_to(text, sent, toks, i, j, src=None) -> Cand | None:
    """``according to X`` (cue ``toks[i:j]``): X is the source, the clause across the comma the content."""
    src = src or _quoted_title(text, toks, j) or source_right(toks, j, loose=True)
    if src is None:
        return None
    # Content: the clause on the other side of the comma.
    opening = i == 0 or toks[i - 1].text in ("(", "“", ":", ";", "—") or (toks[i - 1].text == '"' and not (i > 1 and toks[i - 2].quoted))  # ('"…," according to X': a closing quote)
    if opening or toks[i - 1].low in ("and", "but"):
        src = _with_appositive(toks, src)  # "According to Chekitan S. Dev, a professor at Cornell, hotels ..."
        k = src[1]
        if toks[k - 1].text == ",":
            k -= 1  # (the appositive's comma closes the source)
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k = _participle_aside_end(toks, k)  # "According to the study, published in BMJ Case Reports, the man had …"
        content = through_quotation(text, sent, trim_content(text, toks[k + 1].start, sent.end)) if k + 1 < len(toks) else None
    else:
        src = name_after_comma(toks, src)  # (a description after it may be the claim's: "according to filings, a huge sum for …")
        if _frame_then_aside(toks, i, src):
            # 'The President added, according to Tass, "The most serious …"': the aside credits the words the frame opens
            return Cand((i, j), src, content_after(text, sent, toks, src[1] + 1), source_after=True, cls="phrase")
        content = content_before(text, sent, toks, i)
        if content is not None and _POINTER_COPULA.fullmatch(text[content[0] : content[1]]):
            content = _previous_sentence(text, sent.start)  # "That's according to a report released Thursday": what "that" points to
        if toks[i - 1].text == ",":
            if content is not None and _opener_then_quotation(toks, content, i, src[1]):
                return Cand((i, j), src, content_after(text, sent, toks, src[1] + 1), source_after=True, cls="phrase")  # 'After that, according to the chief, "The officer drew …"': the quotation
            rest = _clause_after_frame(text, sent, toks, i, src[1])
            if content is None:
                return Cand((i, j), src, rest, source_after=True, cls="phrase")  # "… because, according to the charter, the ruling is binding": the clause after it (the words before open it)
            return Cand((i, j), src, content, source_after=True, cls="phrase", rest=rest)
    return Cand((i, j), src, content, source_after=True, cls="phrase")


def _opener_then_quotation(toks, content: tuple[int, int], i: int, k: int) -> bool:
    """The words before ", according to X," are an opener without a verb ("After that", "Later
    that night") and a quotation opens after X's comma: X's words are the quotation."""
    if k + 1 >= len(toks) or toks[k].text != "," or not is_open_quote(toks, k + 1):
        return False
    before = [t for t in toks[:i] if content[0] <= t.start < content[1]]
    if not before or (before[0].low not in _OPENER_WORDS and not before[0].low.endswith("ly")):
        return False  # ('The mayor, according to aides, "was furious."': a subject the quotation goes on from)
    return len(before) <= _OPENER_REACH and not any(finite_word(t) for t in before)


_OPENER_REACH = 5  # words of an opener before the frame ("Later that night in Paris")
_OPENER_WORDS = words("preposition") | words("sequence_adverb") | words("time_word")  # "After that", "Later", "Then", "Yesterday"


def _frame_then_aside(toks, i, src) -> bool:
    """", according to X," sits between a verb of saying and the quotation or that-clause it
    opens ("The President added, according to Tass, “…”", "the mayor said, according to the Post,
    that …"): X credits those words, not the frame before it."""
    k = src[1]
    if i >= 3 and toks[i - 1].text == "," and toks[i - 2].low == "that" and toks[i - 3].text.islower() and srcmod.looks_like_verb(toks[i - 3].low) and k + 1 < len(toks) and toks[k].text == ",":
        return True  # "The paper reported that, according to an audit, most funds were missing": the aside opens the clause
    if i < 2 or toks[i - 1].text != "," or k + 1 >= len(toks) or toks[k].text != "," or not (has_complement(toks, k + 1) or bare_clause(toks, k + 1)):
        return False  # (also a clause without "that": "Politico reported, according to sources, the deal was dead")
    for v in range(i - 2, max(-1, i - 2 - _FRAME_REACH), -1):
        t = toks[v]
        if t.text.islower() and srcmod.looks_like_verb(t.low):
            return True
        if not (t.text[:1].isupper() or t.text[:1].isdigit() or t.low in _FRAME_TAIL_WORDS or t.text == "."):
            return False  # ("announced a new brand that will, according to Anderson, “build …”": the aside interrupts the claim)
    return False


_FRAME_REACH = 8  # tokens before ", according to": a verb of saying and its date or place ("said in Red Square on Wednesday")
_FRAME_TAIL_WORDS = words("preposition") | words("time_word") | _ARTICLES  # the words of that date or place


_POINTER_COPULA = re.compile(r"(?i)(?:that|this|it)(?:['’]s| is| was)")  # "That's according to …"
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s")


def _previous_sentence(text, start: int) -> tuple[int, int] | None:
    """The sentence of the same paragraph that ends right before ``start``, or None."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == 0 or text[end - 1] == "\n":
        return None
    para = text.rfind("\n", 0, end) + 1
    begin = para
    for m in _SENTENCE_END.finditer(text, para, end - 1):
        begin = m.end()
    return trim_content(text, skip_dateline(text, begin, end), end)  # ("London (CNN)Britain needs ...": the dateline is no part of it)


def _clause_after_frame(text, sent, toks, i, k) -> tuple[int, int] | None:
    """"But the next day, according to Roffman, Trump made further demands": the claim goes on after
    the source's comma (``k``; the frame opens at ``i``) to the sentence end (a second content part);
    None when the sentence ends there or what follows describes the source (", who …", ", citing …")."""
    if k >= len(toks) or toks[k].text != "," or k + 1 >= len(toks):
        return None
    nxt = toks[k + 1]
    split_verb = i > 1 and toks[i - 2].low in _BE_OR_HAVE  # "He had, according to Alex Horton, killed a rabbit": the verb group goes on
    if not wordlike(nxt.text) or nxt.low in _RELATIVES or (nxt.text.islower() and nxt.low.endswith(("ing", "ed")) and not split_verb):
        return None
    end = next((m for m in range(k + 1, len(toks)) if toks[m].text in (".", ";", "!", "?")), len(toks))
    if not split_verb and not any(toks[m].low in _FINITE_AUX or (toks[m].text.islower() and srcmod.looks_like_verb(toks[m].low) and toks[m].low.endswith(("s", "ed"))) for m in range(k + 1, end)):
        return None  # "according to John Weaver, a Republican strategist.": a description, no clause
    return trim_content(text, nxt.start, sent.end)


def _with_appositive(toks, src) -> tuple[int, int]:
    """A named source with the appositive that follows it between commas (", a professor at
    Cornell,"): a role or a determiner opens it, a role or agent noun heads it and no verb group
    sits inside; else the source."""
    a, b = src
    n = len(toks)
    named = _name_in_apposition(toks, src)
    if named is not None:
        return named  # "According to Lisa's coach, Götz Brinkmann, that is …": the role's name is part of the source
    if b + 2 < n and toks[b].text == "," and (toks[b + 1].low == "which" or (toks[b + 1].low in _PERSON_RELATIVES and any(is_name(toks[k]) for k in range(a, b)))):
        # "According to Italian lawyer Nicola Canestrini, who works on extradition cases, Italy …", "According to
        # the report, which was released Monday, …": the source's own clause
        close = next((m for m in range(b + 2, min(n, b + 24)) if toks[m].text == "," or toks[m].quoted), None)
        return (a, close + 1) if close is not None and toks[close].text == "," and close + 1 < n else src
    if b + 2 >= n or toks[b].text != "," or not (toks[b + 1].low in _ARTICLES or srcmod.head_type(toks[b + 1].low) in ("role", "anonymous")):
        return src
    if not any(is_name(toks[k]) for k in range(a, b)):
        return src  # only a named person takes a role in apposition ("the report, the company, which ...")
    role = relative = False
    for m in range(b + 1, min(n, b + 24)):
        if role and toks[m].low in _PERSON_RELATIVES:
            relative = True  # ("a research fellow … who has conducted research on …": the role's own clause)
            continue
        if (toks[m].low in _FINITE_AUX and not relative) or toks[m].low in _SUBJECT_PRONOUNS or toks[m].quoted:
            return src
        role = role or (toks[m].text.islower() and (srcmod.head_type(toks[m].low) in ("role", "anonymous") or srcmod.agent_word(toks[m].text)))
        if toks[m].text == ",":
            return (a, m + 1) if role and m + 1 < n else src
    return src


def _name_in_apposition(toks, src) -> tuple[int, int] | None:
    """A source headed by a lowercase role ("Lisa's coach", "the coach") and a personal name between
    commas after it: the source with the name; else None."""
    a, b = src
    n = len(toks)
    head = toks[b - 1]
    if b + 3 >= n or toks[b].text != "," or not is_name(toks[b + 1]) or not head.text.islower() or srcmod.head_type(head.low) not in ("role", "anonymous"):
        return None
    e = b + 1
    while e < n and is_name(toks[e]):
        e += 1
    if e - (b + 1) < 2 or e >= n or toks[e].text != "," or srcmod.classify(" ".join(t.text for t in toks[b + 1 : e])) != "named_person":
        return None
    return (a, e + 1)


def _participle_aside_end(toks, k: int) -> int:
    """The comma closing a participle aside that opens at the comma ``k`` after an "according to"
    source (", published in BMJ Case Reports,", ", released Tuesday,"): it describes the source, and
    the claim starts after it; else ``k``."""
    n = len(toks)
    if k + 2 >= n or not toks[k + 1].text.islower() or not (ed_form(toks[k + 1]) or toks[k + 1].low in _IRREGULAR_PARTICIPLES):
        return k
    for m in range(k + 2, min(n - 1, k + 14)):
        if toks[m].quoted or toks[m].low in _FINITE_AUX or toks[m].low in _SUBJECT_PRONOUNS:
            return k
        if toks[m].text == ",":
            return m
    return k


_SHOUTED_HEADLINE = re.compile(r"(?:[^a-z\s]+[ \t\u00a0]+){3,}")  # three or more words with no lowercase letter


def digest_citation(text, sent, toks) -> Cand | None:
    """A news digest's credit line ending a paragraph ("… “Syrian roots.” [Reuters.]", "[WaPo.]"):
    the bracket is the cue, the name inside it the source, the paragraph before it the claim."""
    n = len(toks)
    if n < 3 or toks[-1].text != "]" or text[sent.end :].split("\n", 1)[0].strip():
        return None
    o = n - 2
    while o > 0 and n - o <= 8 and toks[o].text != "[":
        o -= 1
    inner_end = n - 2 if toks[n - 2].text == "." else n - 1
    if toks[o].text != "[" or inner_end <= o + 1 or not all(t.text[:1].isupper() or t.text in (".", "&", "'", "’") for t in toks[o + 1 : inner_end]):
        return None
    para = text.rfind("\n", 0, toks[o].start) + 1
    shout = _SHOUTED_HEADLINE.match(text, para, toks[o].start)
    if shout and re.search(r"[A-Z]{3}", shout.group()):
        para = shout.end()  # ("AT LEAST 10 KILLED IN ISTANBUL EXPLOSION Turkish President …": the item's headline is the digest's)
    content = trim_content(text, para, toks[o].start) if toks[o].start - para > 1 else None
    return Cand((o, n), (o + 1, inner_end), content, cls="credit", unspanned=True)  # (the name sits inside the cue's span, drawn once)


def by_count(text, sent, toks, i) -> Cand | None:
    """``By the AP's tally, …``, ``…, by some estimates.``: a "by" frame (opening the sentence or
    after a comma) whose noun phrase ends in a count word (``count_frame_noun``) before a comma or
    the sentence end; the phrase is the source, the clause across the comma the content."""
    if i > 0 and toks[i - 1].text != ",":
        return None
    n = len(toks)
    k = i + 1
    while k < n and k - i <= 10 and not toks[k].quoted and (wordlike(toks[k].text) or toks[k].text in ("'", "’")):
        k += 1
    if k == i + 1 or k >= n or toks[k - 1].low not in _COUNT_FRAME_NOUNS or toks[k].text not in (",", ".", ";"):
        return None
    if i > 0 and toks[k].text == ",":
        return None  # ("…, by some estimates, X": an aside inside the clause; the two ends read alike, left out)
    cand = according_to(text, sent, toks, i, i + 1, src=(i + 1, k))
    owner = next((m for m in range(i + 1, k - 1) if toks[m].low.endswith(("'s", "’s")) or toks[m].low in POSSESSIVE_PRONOUNS), None)
    if cand is not None and owner is not None:
        cand.source, cand.cls = (i + 1, owner + 1), "nominal"  # "By the AP's tally": the AP counted; "by his own account": he
    return cand


_POLL_WORD_CHAR = re.compile(r"[\w/&’'-]")  # a word of the poll's noun phrase, not punctuation


def in_poll(text, sent, toks, i) -> Cand | None:
    """``in the latest NBC News poll``, ``In a survey released Sunday, ...``: a poll as the source.

    The noun phrase after "in" must end in a poll word (``poll_noun``) within ten words; the
    content is the clause on the other side, as for "according to".
    """
    n = len(toks)
    head = None
    k = i + 1
    while k < n and k - i <= 10 and not toks[k].quoted:
        t = toks[k]
        if t.low in _POLL_NOUNS:
            head = k
        elif head is not None or not _POLL_WORD_CHAR.match(t.text) or (t.low in _CLAUSE and t.low != "and") or (t.low in _PREPOSITIONS and t.low != "of"):
            break
        k += 1
    if head is None or (i > 0 and toks[i - 1].low in _IN_TAKERS):
        return None  # "faith in polls": the noun before "in" takes it, nobody is cited
    if toks[head].low.endswith("s") and not any(toks[m].low == "of" or _POSSESSIVE.search(toks[m].text) for m in range(i + 1, head)):
        return None  # "trails in the polls", "leads in many Republican polls", "in Iowa surveys": polls in general, no particular one is cited
    end = head + 1
    if end < n and wordlike(toks[end].text) and not (
        toks[end].low in _POLL_FOLLOWERS or toks[end].low in _PREPOSITIONS or toks[end].low in _CLAUSE or skip_time_after(toks, end) > end
    ):
        return None  # "the survey department": the poll word is no head
    cand = according_to(text, sent, toks, i, i + 1, (i + 1, end))
    cand.cls = "poll"  # (its content keeps the cues inside it: "In a poll, 40 percent said ...")
    return cand


def possessed_claim(text, sent, toks, i) -> Cand | None:
    """``Trump's claim that ...``, ``his repeated contention that ...``: the possessor made the claim.

    The noun at ``i`` is a ``claim_noun``; a that-clause with its own subject must follow, and a
    possessive (a name or noun phrase with 's, or his/her/their/its) come right before it or
    before one adjective. The phrase must follow a word ("repeated his contention that ..."):
    as the sentence's subject, where its clause ends is not known.
    """
    n = len(toks)
    if i + 2 >= n or toks[i + 1].low != "that" or not _clause_subject(toks[i + 2]):
        return None
    k = i - 1
    if k > 0 and toks[k].text.islower() and toks[k].low not in POSSESSIVE_PRONOUNS and not _POSSESSIVE.search(toks[k].text):
        if toks[k].low in _PREPOSITIONS:
            return None  # "pardoned her after finding that …": a preposition is no adjective of the claim
        k -= 1  # "his repeated claim"
    if k < 0:
        return None
    if toks[k].low in POSSESSIVE_PRONOUNS:
        src = (k, k + 1)
    elif _POSSESSIVE.search(toks[k].text) and (is_name(toks[k]) or toks[k].text.islower()):
        src = (_possessor_start(toks, k), k + 1)
    elif toks[k].text in ("’", "'") and k > 0 and toks[k - 1].low.endswith("s") and toks[k - 1].end == toks[k].start:
        src = (_possessor_start(toks, k - 1), k)  # "Sanders’ charge", "the senators’ claim": the apostrophe is its own token
    else:
        return None
    if src[0] == 0 or not wordlike(toks[src[0] - 1].text):
        return None  # as the sentence's subject the clause runs into the main verb ("... was rigged was false")
    return Cand((i, i + 1), src, content_after(text, sent, toks, i + 1), cls="nominal")


def _possessor_start(toks, k) -> int:
    """First token of the noun phrase whose last word, at ``k``, is the possessive.

    "Bernie Sanders'": the run of names; "the union's", "the city council's": back to the
    determiner, across at most three lowercase words.
    """
    m = k
    if is_name(toks[k]):
        while m > 0 and ((is_name(toks[m - 1]) and toks[m - 1].low not in _CLAUSE) or (toks[m - 1].text == "." and m > 1 and is_name(toks[m - 2]) and toks[m - 2].end == toks[m - 1].start)):
            m -= 1  # ("Gov. Scott Walker's": the title's period is part of the name)
        return m
    while m > 0 and k - m < 3 and toks[m - 1].text.isalpha() and toks[m - 1].low not in _PREPOSITIONS and toks[m - 1].low not in _CLAUSE and toks[m - 1].low not in _DETERMINERS:
        m -= 1
    return m - 1 if m > 0 and toks[m - 1].low in _DETERMINERS else k


def _clause_subject(tok) -> bool:
    """A word that can open the subject of a that-clause ("that the", "that he", "that Obama", "that 90")."""
    return tok.low in _CLAUSE_SUBJECT_WORDS or is_name(tok) or tok.text[:1].isdigit()


def possessor(phrase: str) -> str:
    """The possessor without its "'s" ("Trump's" -> "Trump"), a possessive pronoun as its subject form."""
    low = phrase.lower()
    if low in POSSESSIVE_PRONOUNS:
        return _SUBJECT_FORM.get(low, low)
    return _POSSESSIVE.sub("", phrase).rstrip("’'")


def _quoted_title(text, toks, j) -> tuple[int, int] | None:
    """Token range of a quoted title right after the cue ("according to “Perfect Enough,”")."""
    if j >= len(toks) or toks[j].text not in ("“", '"'):
        return None
    close = quote_end(text, toks[j].start)
    if close is None or close - toks[j].start > 160:
        return None
    k = j + 1
    while k < len(toks) and toks[k].end < close:
        k += 1
    if k >= len(toks) or toks[k].end != close or k - j < 2 or not toks[j + 1].text[:1].isupper():
        return None  # a title starts with a capital ("“a person familiar with ...”" is a quoted phrase)
    return (j, k + 1)


def viewpoint(text, sent, toks) -> Cand | None:
    """``To SOURCE, CLAIM`` at the start of a sentence: the claim is how the source sees it.

    "To many, he is a provocateur." / "But to Ms. Gil, skateboarding is dissent." The source is a
    name, an object pronoun or a pronoun of quantity; "To date," or "To be sure," do not qualify.
    """
    k = 1 if toks and toks[0].low in ("but", "and") else 0
    n = len(toks)
    if k + 2 >= n or toks[k].low != "to" or title_case(toks):
        return None
    e = k + 1
    while e < n and e - k <= 5 and toks[e].text != ",":
        e += 1
    if e >= n or toks[e].text != "," or e == k + 1 or e + 1 >= n:
        return None
    phrase = toks[k + 1 : e]
    if len(phrase) == 1 and phrase[0].low in _VIEWPOINT_PRONOUNS:
        pass
    elif not all(is_name(t) or t.text == "." and m > 0 for m, t in enumerate(phrase)):
        return None  # "To date,", "To be sure,", "To win the state,"
    content = trim_content(text, toks[e + 1].start, sent.end)
    return Cand((k, k + 1), (k + 1, e), content, cls="phrase")


_VERB_FORMS = frozenset(verb_forms())  # "released the following statement": a verb before the colon


def headline_colon(text, sent, toks) -> Cand | None:
    """``Name: claim`` at the start of a paragraph (headline or interview-transcript style)."""
    para_start = sent.start == 0 or text[max(0, sent.start - 2) : sent.start].count("\n") >= 1
    if not para_start:
        return None
    first = 1 if toks and toks[0].text in ('"', "“", "‘", "'") else 0
    for k in range(first + 1, min(len(toks), first + 14)):
        if toks[k].text == ":":
            name = toks[first:k]
            if k + 1 >= len(toks) or (toks[k].quoted and not first):
                return None
            quote_next = is_open_quote(toks, k + 1) or toks[k + 1].text in ("‘", "'")
            named = all(is_name(t) or t.low in _HEADLINE_CONNECTORS or t.text in (".", ",", "’") for t in name) and is_name(name[0])
            if not named and quote_next:
                # "Jeremy Lott, author: “...”", "Former secretary of state Hillary Clinton: “...”": a
                # speaker line with an appositive or a title, introducing a quotation
                named = is_name(name[0]) and (is_name(name[-1]) or name[-1].text == ")" or name[-1].text.islower())
            if not named or (k - first > 7 and not quote_next):
                return None
            if any(t.text.isupper() and len(t.text) > 1 for t in name if t.text.isalpha()) and all(t.text.isupper() for t in name if t.text.isalpha()):
                return None  # an all-caps kicker ("BUSTED:", "FIX IS IN:"), not a speaker
            if any(srcmod.looks_like_verb(t.low) for t in name):
                return None  # a headline with its own verb ("X Endorses Y: ..."): the colon is no cue
            if any(" ".join(t.low for t in name[m:]) in _VERB_FORMS for m in range(1, len(name))):
                return None  # "President Clinton released the following statement: “…”": the verb before the colon is the cue
            phrase = phrase_text(text, toks, (first, k))
            if srcmod.is_label_word(phrase) or any(srcmod.is_label_word(" ".join(t.text for t in name[-w:])) for w in (1, 2)) or re.match(r"[\d$€£¥@]|https?$|www$", toks[k + 1].text):
                return None  # a page label ("Delegate Update:"), a table row ("Clinton: 1,769", "Price: $199"), a handle or link ("on Twitter: @AWRHawkins")
            if k == first + 1 and toks[k + 1].text[:1].islower():
                return None  # "Verdict: a great buy": a one-word label before a lowercase phrase, not a speaker's claim
            if text.count(text[toks[first].start : toks[k + 1].end]) > 1:
                return None  # "Star Wars Jedi: Fallen Order is …": a title and subtitle the article names again, no speaker
            content = through_quotation(text, sent, trim_content(text, toks[k + 1].start, sent.end))  # ('Tom Lee: "… figure. Who told you?"')
            return Cand((k, k + 1), (first, k), content, cls="phrase")
        if not _LABEL_CHAR.match(toks[k].text):
            return None
    return None


def evidential_adverb(text, sent, toks, i, verb_forms, verb_failed: bool = False) -> Cand | None:
    """"The company has reportedly taken heat ...": an adverb that credits the claim to reports.

    Before a reporting verb it is part of that verb's group ("reportedly said"), so it is a cue
    of its own only when the verb it modifies reports nothing; ``verb_failed`` says the verb
    after it was tried and is no cue here ("Cuccinelli reportedly reacted to the decision").
    """
    k = i + 1
    mods = modifiers()
    while k < len(toks) and toks[k].low in mods:
        k += 1
    if k < len(toks) and (toks[k].quoted or (toks[k].low in verb_forms and not verb_failed)):
        return None
    return Cand((i, i + 1), None, trim_content(text, toks[i + 1].start, sent.end) if i + 1 < len(toks) else None)

"""Attributions inside other attributions: which cues to keep and where each content ends.

A report nested in what someone else said belongs to the outer speaker ("Song said Clinton
had said ..."); a cue after a break (comma, dash, semicolon, sentence end) starts a clause of
its own, and the earlier content stops at that break.
"""

from __future__ import annotations

import re

from server.annotate import sources as srcmod
from server.annotate.content import clause_comma, quote_mark_in, trim_content
from server.annotate.cue_base import Cand, verb_forms
from server.annotate.grammar import words
from server.annotate.phrases import clitic_host, past_form, present_verb_at
from server.annotate.tokens import CLOSE_QUOTES, dash_width, ed_form, s_form, wordlike
from server.lexicon import function_words

_RELATIVES = words("relative_pronoun")
_THAT_WORDS = words("complementizer")
_PREPOSITIONS = words("preposition")
_CLAUSE_OPENERS = words("clause_opener")
_COORDINATORS = words("verb_coordinator")
_SEQUENCE_ADVERBS = words("sequence_adverb")
_ADVERBIAL_OPENERS = words("adverbial_clause_opener")
_SUBJECT_STARTS = words("subject_pronoun") | words("determiner")
_OPENER_ADVERBS = words("opener_adverb")  # "Long before …", "Even if …"


def drop_nested(text, toks, cands: list[Cand]) -> list[Cand]:
    """Drop cues that sit inside another attribution's content with no break before them.

    "Song said Clinton had said the plan would fail": PolNeAR (like a reader) credits the claim
    to the outer speaker; the inner report is part of what was said. A speech verb before the
    outer cue ("Clinton said X, Song recalled") and a cue after a comma, dash, semicolon or
    sentence end (", saying ...", "- others say ...") stay; the earlier content then ends at
    that break. A poll ("in the latest poll") holds figures, not words: cues inside its content stay; so does a
    claim named inside another ("rejected the union's argument that ..." is the union's claim too).
    """
    cands = _fold_clause_verbs(text, toks, cands)
    keep = []
    for c in cands:
        start = toks[c.cue[0]].start
        holder = next(
            (h for h in cands if h is not c and h.holds_reports and h.content and h.content[0] <= start < h.content[1] and not _BREAK.search(text, h.content[0], start) and not _holds_earlier(toks, c, h)),
            None,
        )
        if holder is not None and c.cls == "speech" and relative_cue(toks, holder):
            holder = None  # "groups that have endorsed him say ...": the relative clause ends before the main verb
        if holder is not None and c.cls != "nominal" and not (c.cls == "speech" and c.cue[0] < holder.cue[0]) and not new_clause(toks, c):
            continue
        keep.append(c)
    for c in keep:
        _end_content_before(text, toks, c, keep)
        _end_before_subordinate_report(text, toks, c, keep)
    for c in keep:
        _end_relative_clause(text, toks, c)
        _end_at_comma_before_main_verb(text, toks, c)
        _end_at_resumed_clause(text, toks, c)
        _end_fronted_clause(text, toks, c)
        _end_restrictive_claim(text, toks, c)
        _end_object_before_second_verb(text, toks, c)
        _end_before_absolute(text, toks, c)
        _end_before_fact_check(text, toks, c)
    for c in keep:
        _end_inside_subject(text, toks, c, keep)
    return keep


def _fold_clause_verbs(text, toks, cands: list[Cand]) -> list[Cand]:
    """A verb that is no verb of saying, coordinated right after a that-clause ("Yonhap reported
    that the suspect pushed Lippert down and started attacking him"), is the clause's own second
    verb: its subject is the clause's, so it is part of the claim, no report of the outer speaker."""
    out = []
    for c in cands:
        k = c.cue[0] - 1
        holder = None
        if c.coordinated and c.cls != "speech" and k > 0 and toks[k].low == "and" and not toks[c.cue[0]].low.endswith("ing"):  # ("telling CNN that …  and questioning …": the outer participle's)
            holder = next((h for h in out if h.content and h.content[1] <= toks[k].start and not text[h.content[1] : toks[k].start].strip()
                           and text[h.content[0] : h.content[0] + 5].lower() == "that "), None)
        if holder is None or not _agent_subject(text, toks, holder):
            out.append(c)  # ("He said that the plan failed and criticized the mayor": a plan criticizes nothing; he did)
            continue
        end = c.content[1] if c.content else toks[c.cue[1] - 1].end
        holder.content = (holder.content[0], end)  # (the claim runs on over the clause's second verb)
    return out


def _agent_subject(text, toks, h: Cand) -> bool:
    """The that-clause of ``h`` has a subject that can act: a person, people, a pronoun for them or
    a body ("that the suspect pushed …"; not "that the plan failed")."""
    first = next((m for m in range(h.cue[1], len(toks)) if toks[m].start >= h.content[0]), None)
    if first is None:
        return False
    verb = next((m for m in range(first + 2, min(len(toks), first + 8)) if toks[m].low in _FINITE_AUX or past_form(toks[m])), None)
    if verb is None:
        return False
    subject = text[toks[first + 1].start : toks[verb - 1].end]
    return srcmod.classify(subject) in ("named_person", "pronoun") or srcmod.head_type(subject) in ("anonymous", "vague", "role", "organization")


def _end_inside_subject(text, toks, c: Cand, cands: list[Cand]) -> None:
    """A report inside another attribution's speaker ends with that speaker ("The staff member who
    reported the call recalled that ...": the claim of "reported" is "the call", not the rest of the
    sentence; "Hacker who revealed private Clinton email address admits ...")."""
    if c.content is None:
        return
    for h in cands:
        if h is c or h.source is None or h.source_after or not (h.source[0] <= c.cue[0] and c.cue[1] <= h.source[1]):
            continue
        end = toks[h.source[1] - 1].end
        if c.content[0] < end < c.content[1]:
            c.content = trim_content(text, c.content[0], end)


def _holds_earlier(toks, c: Cand, h: Cand) -> bool:
    """``c`` comes after ``h`` and its content holds ``h``'s cue as ``h``'s holds ``c``'s: of two
    attributions nested in each other the later frame stays ("He agreed to sell it in 2010, records
    show.", "Braun is unhappy, according to the report."); dropping both lost the sentence's only one."""
    return c.cue[0] > h.cue[0] and h.cls != "speech" and c.content is not None and c.content[0] <= toks[h.cue[0]].start < c.content[1]  # (a speech verb before stays anyway and holds the later one)


def _end_relative_clause(text, toks, c: Cand) -> None:
    """", who denies the charge, has ...": the content of a cue in a non-restrictive relative
    clause ends at the comma that closes the clause."""
    if c.content is None or c.source_after or c.source is None:
        return
    led_by_preposition = _preposition_relative(toks, c.source[0])
    if not (led_by_preposition or (relative_cue(toks, c) and c.source[0] > 0 and toks[c.source[0] - 1].text == ",")):
        return
    close = clause_comma(text, c.content[0], c.content[1], last=True)
    if led_by_preposition and not _MAIN_VERB_AFTER.match(text, close + 1):
        return  # ", in which he discusses burying guns, dying free and ...": a list goes on, not the main clause
    if close > c.content[0] + 1 and not quote_mark_in(text, c.content[0], close):
        c.content = trim_content(text, c.content[0], close)


def _end_restrictive_claim(text, toks, c: Cand) -> None:
    """"Organizations that seek to combat misinformation cried foul": the claim of a cue in a
    restrictive relative clause is an infinitive's phrase (or a stance verb's object: "groups that
    have endorsed him say …"), which ends before the main clause's verb right after its object:
    a verb in -ed (not a participle before "by": "to fight the rule adopted by"), a reporting
    verb's past ("said") or present ("say"), or an auxiliary ("senators who wanted to attend the
    convention could be …")."""
    if c.content is None or c.source_after or not relative_cue(toks, c) or (c.source[0] > 0 and toks[c.source[0] - 1].text == ","):
        return
    first = next((m for m in range(c.cue[1], len(toks)) if toks[m].start >= c.content[0]), None)
    infinitive = first is not None and toks[first].low == "to"
    if infinitive:
        first += 3  # (the verb of "to" and a word of its object come first)
    elif first is not None and c.cls == "stance" and toks[first].low not in _THAT_WORDS and toks[first].text.isalpha() and not _takes_clause(toks, c):
        first += 1  # (a word of the object comes first)
    elif first is not None and (c.cls in _CLAUSE_TAKERS or c.cls == "stance" and (toks[first].low in _THAT_WORDS or _takes_clause(toks, c))):
        _end_claimed_clause(text, toks, c, first)
        return
    else:
        return
    finite = _FINITE_AUX if infinitive else _FINITE_NON_MODAL
    for m in range(first, len(toks)):
        t = toks[m]
        if t.start >= c.content[1] or not (_word(t) or t.text.isdigit()) or (not infinitive and t.low in _CLAUSE_WORDS):
            return  # (a noun object's own clause: "who preferred him when the poll was taken"; a number is a word of it: "22 years ago")
        prev = toks[m - 1]
        # (an -ed word after a noun object is as often its participle: "want access based on", "wants Grayson removed")
        participle = infinitive and ed_form(t) and not (m + 1 < len(toks) and toks[m + 1].low == "by")
        # (a modal after a noun object opens a clause as often: "who expect prices will rise")
        main_verb = participle or _main_clause_verb(t, finite) or (not infinitive and _past_before_its_object(toks, m))
        # (after an object pronoun an -ed word is a causative's participle: "to have them tested")
        if main_verb and t.text.islower() and _word(prev) and prev.low not in _NOT_OBJECTS and not (participle and prev.low in _OBJECT_PRONOUNS):
            c.content = trim_content(text, c.content[0], prev.end)
            return


def _past_before_its_object(toks, m: int) -> bool:
    """A past verb at ``m`` with an object after it, not a participle ("… the coach of fraud filed
    papers", "rail service donated money"; not "access based on", "the rule adopted by", "wants
    Grayson removed.")."""
    t = toks[m]
    if not (t.text.islower() and (ed_form(t) or t.low in _IRREGULAR_PAST or t.low in _OTHER_PAST)) or m + 1 >= len(toks):
        return False
    nxt = toks[m + 1]
    return nxt.text.isalpha() and nxt.low not in _PREPOSITIONS and nxt.low not in _FINITE_AUX and nxt.low != "by" and not ed_form(nxt) and nxt.low not in _IRREGULAR_PAST


def _end_claimed_clause(text, toks, c: Cand, first: int) -> None:
    """"Voters who say they'll vote in the primary are …": a reported clause in a restrictive
    relative clause ends before the main clause's verb, a finite "be" or "have" (or a negated
    "do", a reporting verb's past, "say") after the claim's own verb. A clause word, a comma, a
    dash or a quotation mark gives up (the verb may be theirs); two past forms in a row end it too
    ("the plan failed resigned on Monday"); after "and", "or", "but" a
    clause needs a verb of its own again ("say the fees are high and the service is poor"), and
    a pronoun inside the claim opens a clause of the subject's ("the plan they proposed was").""" 
    if toks[first].low in _THAT_WORDS:
        first += 1
    subject = first  # (a pronoun here is the claim's subject: the word after it its verb)
    has_verb = False
    for m in range(first, len(toks)):
        t = toks[m]
        if t.start >= c.content[1]:
            return
        if not _word(t) or t.low in _CLAUSE_WORDS:
            return
        if t.low in _COORDINATORS or t.low == "or":
            has_verb = False
            continue
        prev = toks[m - 1]
        main_verb = _main_clause_verb(t, _FINITE_NON_MODAL)
        # two past forms in a row, the second before the clause end or a preposition: "the plan failed resigned on Monday"
        main_verb = main_verb or (past_form(t) and past_form(prev) and (m + 1 >= len(toks) or toks[m + 1].text in (".", ",", ";") or toks[m + 1].low in _PREPOSITIONS))
        if has_verb and main_verb and t.text.islower() and prev.low not in _NOT_OBJECTS and prev.low not in _PERSONAL:
            c.content = trim_content(text, c.content[0], prev.end)
            return
        if prev.low in _PERSONAL and m != subject + 1 or _clitic_verb(t) and m != subject:
            continue  # (a clause of the claim's subject: "the plan they proposed was flawed")
        has_verb = has_verb or main_verb or _NEGATION.sub("", t.low) in _FINITE_AUX or _clitic_verb(t) or (m == subject + 1 and prev.low in _PERSONAL) or (
            (ed_form(t) or t.low in _IRREGULAR_PAST) and not (m + 1 < len(toks) and toks[m + 1].low == "by")
        )


def _main_clause_verb(t, finite) -> bool:
    """A verb that can open the main clause after a relative clause: an auxiliary of ``finite``
    ("don't", "wasn't": with its "not"), a negated "do", a reporting verb's irregular past, "say"."""
    aux = _NEGATION.sub("", t.low)
    return aux in finite or (aux in _DO_FORMS and aux != t.low) or (t.low in _IRREGULAR_PAST and t.low in verb_forms()) or t.low in _PRESENT_SAY


def _clitic_verb(tok) -> bool:
    """A pronoun with its verb ("they'll", "she's", "we're")."""
    return clitic_host(tok) in _PERSONAL | _CLITIC_HOSTS


_CLAUSE_TAKERS = ("speech", "opinion", "complement")  # verb classes whose object is a clause ("say", "believe", "show")
_PERSONAL = words("bare_clause_subject") | words("second_person")
_CLITIC_HOSTS = words("clitic_host")


def _end_at_comma_before_main_verb(text, toks, c: Cand) -> None:
    """"Ross, head of a union that has endorsed Sanders, spoke.": a relative clause inside an
    appositive ends at the comma before the main clause's verb (a past form or an auxiliary), if
    that comma is the claim's first."""
    # ("The victim, whom police identified as John Smith, died": an object relative clause in commas too; before
    # its present verb as well: "Commodity City, which Seymour says is the largest market, covers …"; inside an
    # appositive: "Lubitz, the co-pilot who authorities say crashed the plane, passed …")
    object_relative = c.source is not None and c.source[0] >= 2 and toks[c.source[0] - 1].low in _RELATIVES and _aside_opens_before(toks, c.source[0] - 1)
    if c.content is None or c.source_after or not (relative_cue(toks, c) or object_relative):
        return
    for m in range(c.cue[1], len(toks) - 1):
        if toks[m].start >= c.content[1]:
            return
        if toks[m].quoted:
            return
        t = toks[m + 1]
        if toks[m].text == "," and toks[m].start > c.content[0]:
            if t.text.islower() and (t.low in _FINITE_AUX or past_form(t) or (object_relative and _present_verb(toks, m + 1))) and not (m + 2 < len(toks) and toks[m + 2].low == "by"):
                c.content = trim_content(text, c.content[0], toks[m].start)
            return  # (only the first comma: a later one may close an aside inside the claim, "the plan, approved by X, was")


def _end_at_resumed_clause(text, toks, c: Cand) -> None:
    """The claim of a report set off by commas ends at the comma where the sentence resumes: its
    main verb ("The mayor, saying the plan was dead, has resigned") or a noun that sums the words
    up ("He hinted that a shakeup was imminent, comments that were echoed by aides")."""
    if c.content is None or c.source_after or c.cue[0] == 0:
        return
    aside = toks[c.cue[0] - 1].text == "," and toks[c.cue[0]].low.endswith("ing")
    for m in range(c.cue[1], len(toks) - 1):
        t = toks[m]
        if t.start >= c.content[1]:
            return
        if t.text not in (",", "—", "–") or t.quoted or t.start <= c.content[0]:
            continue
        nxt = toks[m + 1]
        resumed = aside and t.text == "," and nxt.text.islower() and nxt.low in _FINITE_AUX
        noun = m + 2 if nxt.low in _ARTICLES else m + 1  # ("— a message that …")
        summed = noun + 1 < len(toks) and toks[noun].low in _SUMMING_NOUNS and toks[noun + 1].low in _RELATIVES
        if resumed or summed:
            c.content = trim_content(text, c.content[0], t.start)
            return


_SUMMING_NOUNS = words("summing_noun")  # "…, comments that were echoed": a noun that sums up the words before
_ARTICLES = words("article")  # "— a message that …"


def _aside_opens_before(toks, k: int) -> bool:
    """A comma opens the aside that the relative pronoun at ``k`` belongs to: right before it
    (", which Seymour says …") or before the head noun of an appositive (", the co-pilot who
    authorities say …"), with no verb between."""
    for m in range(k - 1, max(-1, k - _APPOSITIVE_REACH), -1):
        if toks[m].text == ",":
            return True
        if not toks[m].text[:1].isalnum() or toks[m].low in _FINITE_AUX or past_form(toks[m]):
            return False
    return False


_APPOSITIVE_REACH = 6  # words of an appositive's head before its relative pronoun ("the German co-pilot who")


def _present_verb(toks, k: int) -> bool:
    """A present -s verb at ``k`` that no verb of saying is (``phrases.present_verb_at``), or an -s
    word before a number ("…, covers 4 million square meters"): the main clause's verb."""
    t = toks[k]
    if t.low in verb_forms() or k + 1 >= len(toks):
        return False
    return present_verb_at(toks, k) or (s_form(t) and toks[k + 1].text[:1].isdigit())


def _end_fronted_clause(text, toks, c: Cand) -> None:
    """"But if Carson implied that he would not criticize Cruz, he did not …", "Long before the
    union was ready to endorse a candidate, Trumka was …": a report inside an adverbial clause
    opening the sentence ends at the comma that closes the clause, before the main clause's subject."""
    if c.content is None or c.source_after or c.content[0] < toks[c.cue[0]].start:
        return
    k = 1 if toks and toks[0].low in _COORDINATORS else 0
    if k == 1 and len(toks) > 2 and toks[1].text == ",":
        k = 2  # ("But, since he challenged …, Scripps pulled …": the comma after the coordinator)
    if k + 1 < len(toks) and toks[k].low in _OPENER_ADVERBS:
        k += 1  # ("Long before …", "Even if …")
    participle = c.cue[0] == k and toks[k].low.endswith("ing") and toks[k].text[:1].isupper()  # "Discussing the show's success in an interview, the actor explained …"
    if k >= len(toks) or (toks[k].low not in _ADVERBIAL_OPENERS and not participle):
        return
    comma = next((m for m in range(k, len(toks) - 1) if toks[m].text == "," and not toks[m].quoted), None)
    if comma is None or comma < c.cue[1] or not c.content[0] < toks[comma].start < c.content[1]:
        return  # ("As the paper noted, it is surprising": the claim is the main clause after the comma)
    t = toks[comma + 1]
    run = comma + 1
    while run < len(toks) and toks[run].text[:1].isupper() and toks[run].text.isalpha():
        run += 1
    place = run < len(toks) and toks[run].text in (".", ",")  # ("in Bunkerville, Nev., others argue": a place's comma; "Calling Mr. Burr's challenger, Deborah Ross, …": an appositive)
    bare_subject = t.text.isalpha() and t.text.islower() and t.low not in function_words() and t.low not in _SEQUENCE_ADVERBS and comma + 2 < len(toks) and (toks[comma + 2].low in _FINITE_AUX or past_form(toks[comma + 2]))
    if t.low in _SUBJECT_STARTS or (t.text[:1].isupper() and t.text.isalpha() and not place) or bare_subject:
        c.content = trim_content(text, c.content[0], toks[comma].start)  # (a bare plural noun may open the main clause: ", rebels attacked …")


def _end_object_before_second_verb(text, toks, c: Cand) -> None:
    """A stance verb's object, or any verb's "to" phrase, ends before a second verb of the same
    subject ("who supported Ted Cruz during the primaries but recently joined the Trump campaign",
    "a union that has endorsed Mr. Sanders and that has been busing its members", "promised to
    protect Medicaid and hammered Bevin"): "and"/"but", maybe an adverb, then a past
    form before a determiner, a pronoun, a name or the clause end, or the relative pronoun again;
    not past a clause word or a comma inside the object, whose own clause or list may own the verb."""
    if c.content is None or c.source_after:
        return
    first = next((m for m in range(c.cue[1], len(toks)) if toks[m].start >= c.content[0]), None)
    if first is None or toks[first].low in _THAT_WORDS or not toks[first].text[:1].isalnum():
        return  # (a clause or a quotation is a claim of its own, with its own verbs)
    if c.cls != "stance" and toks[first].low != "to":
        return  # (but an infinitive takes no past form: "promised to protect Medicaid and hammered Bevin")
    for m in range(first + 1, len(toks) - 1):
        if toks[m].start >= c.content[1] or toks[m].quoted:
            return
        if toks[m].text == "," and toks[m + 1].low in ("and", "but") and _new_clause(toks, m + 2):
            end = toks[m - 1].end  # "approved the budget, but the mayor vetoed it": a clause of its own, the writer's
            if end > c.content[0]:
                c.content = trim_content(text, c.content[0], end)
            return
        if toks[m].low in _CLAUSE_WORDS or toks[m].low == "whose" or (toks[m].text == "," and toks[m + 1].low not in ("and", "but")):
            return  # (an inner clause or a list may own the verb after "and": "Buchanan, who made a showing but faltered")
        if toks[m].low not in ("and", "but"):
            continue
        k = m + 1
        while k < len(toks) - 1 and (toks[k].low in _SEQUENCE_ADVERBS or (toks[k].text.islower() and toks[k].low.endswith("ly") and len(toks[k].low) > 4)):
            k += 1  # "but recently joined", "and then left"
        if _second_predicate(toks, c, k):
            end = toks[m - 1].end if toks[m - 1].text != "," else toks[m - 2].end
            if end > c.content[0]:
                c.content = trim_content(text, c.content[0], end)
            return


def _end_before_absolute(text, toks, c: Cand) -> None:
    """A claim after its cue ends before ", with" and a noun phrase saying something ("criticised
    the decision, with officials saying it was illegal", "with Safadi warning of …"): the absolute
    phrase reports another speaker, no part of the claim (other absolute phrases, "with 40 percent
    supporting him", often elaborate it and stay)."""
    if c.content is None or c.source_after or c.content[0] < toks[c.cue[0]].start:
        return
    for m in range(c.cue[1], len(toks) - 2):
        if toks[m].start >= c.content[1] or toks[m].quoted:
            return
        if toks[m].text != "," or toks[m + 1].low != "with" or toks[m].start <= c.content[0]:
            continue
        for q in range(m + 2, min(len(toks), m + 9)):
            if not wordlike(toks[q].text):
                break
            vf = verb_forms().get(toks[q].low)
            if q > m + 2 and toks[q].text.islower() and toks[q].low.endswith("ing") and vf is not None and vf.cls == "speech":
                c.content = trim_content(text, c.content[0], toks[m].start)
                return
        return


_FACT_CHECK = re.compile(
    r"(,[”\"]?)\s+(?P<opener>" + "|".join(sorted(words("fact_check_opener"))) + r")\s+there(?:\s+(?:is|has\s+been|have\s+been)|['’]s)\s+(?:no|little)\s+(?:"
    + "|".join(sorted(words("absence_noun"))) + r")s?\b",
    re.IGNORECASE,
)


def _end_before_fact_check(text, toks, c: Cand) -> None:
    """A claim ends before the writer's check of it: ", though there is no indication …", ", but
    there is no evidence …" ("assailed the judge as biased, though there is no indication she
    has shown any bias": the bias is the senator's word, the check the writer's). Only in the
    present tense, the writer's own ("but that there was no evidence" is reported speech)."""
    if c.content is None:
        return
    m = _FACT_CHECK.search(text, c.content[0], c.content[1])
    if m is not None and not any(t.start == m.start("opener") and t.quoted for t in toks):  # (inside a quotation the words are the speaker's)
        c.content = trim_content(text, c.content[0], m.end(1))  # (a closing mark after the comma stays: 'the "Never Trumpers,"')


def _new_clause(toks, k: int) -> bool:
    """A subject and its finite verb start at ``k`` (", but the mayor vetoed it", ", and voters
    agreed"): a pronoun, a determiner, a name or a plural noun, then within four words and before
    any punctuation or clause word an auxiliary or a past form ("and related measures" has none)."""
    if k >= len(toks) or not toks[k].text.isalpha():
        return False
    first = toks[k]
    if not (first.low in _SUBJECT_STARTS or first.text[:1].isupper() or (first.text.islower() and first.low.endswith("s"))):
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        t = toks[m]
        if not t.text.isalpha() or t.low in _CLAUSE_WORDS:
            return False
        if t.text.islower() and (t.low in _FINITE_AUX or past_form(t)):
            return True
    return False


def _second_predicate(toks, c: Cand, k: int) -> bool:
    """Token ``k`` opens a second predicate: a past form with its object or the clause end after it,
    or the cue's relative pronoun again with a verb ("and that has been")."""
    t = toks[k]
    if relative_cue(toks, c) and t.low == toks[c.source[0]].low and k + 1 < len(toks) and (toks[k + 1].low in _FINITE_AUX or past_form(toks[k + 1])):
        return True
    if not past_form(t):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    # ("and walked out of the talks": a past form before its particle or preposition)
    return nxt is None or nxt.text in (".", ",", ";") or nxt.low in _OBJECT_OPENERS or nxt.text[:1].isupper() or nxt.low in _PARTICLES_AFTER_VERB


_OBJECT_OPENERS = words("determiner") | words("object_pronoun")  # "joined the campaign", "left him"
_PARTICLES_AFTER_VERB = words("verb_particle")  # "walked out", "stepped down", "gave up"


_FINITE_AUX = words("finite_aux") | words("modal_aux")  # "… the convention could be faced with …"
_IRREGULAR_PAST = words("irregular_past")  # of a reporting verb: "… to fight the rule said it was unfair"
_OTHER_PAST = words("other_irregular_past")  # "got", "took": a past verb of the main clause
_PRESENT_SAY = words("main_clause_say")  # "groups that have endorsed him say they …"
_OBJECT_PRONOUNS = words("object_pronoun")
_NOT_OBJECTS = _PREPOSITIONS | words("determiner") | _FINITE_AUX | words("be_aux") | _COORDINATORS  # no object ends on these
_CLAUSE_WORDS = _THAT_WORDS | _RELATIVES | _ADVERBIAL_OPENERS


def _takes_clause(toks, c: Cand) -> bool:
    """The cue's verb takes a clause without "that" as readily as a noun ("hopes good will triumph")."""
    form = verb_forms().get(toks[c.cue[1] - 1].low)
    return form is not None and form.lemma in _CLAUSE_STANCE


_FINITE_NON_MODAL = _FINITE_AUX - words("modal_aux")  # (after a noun object a modal opens a clause as often)
_DO_FORMS = words("do_form")  # negated: "the people who ordered the killings don't …" (not "as workers do")
_NEGATION = re.compile(r"n['’]t$")
_CLAUSE_STANCE = words("clause_stance_lemma")


def _word(tok) -> bool:
    """A word, possessives and hyphens included ("plan's", "anti-war"), not punctuation."""
    return tok.text[:1].isalpha() and tok.text.replace("’", "").replace("'", "").replace("-", "").isalpha()


_MAIN_VERB_AFTER = re.compile(r"\s+(?!and\b|or\b)[a-z]+(?<!ing)\b")  # ", killed 14 people", ", was really ...": the main clause's verb


def _preposition_relative(toks, k) -> bool:
    """", for which no group has claimed responsibility, killed ...": the subject at ``k`` opens a
    non-restrictive relative clause led by a preposition and "which" or "whom"."""
    return k >= 3 and toks[k - 1].low in ("which", "whom") and toks[k - 2].low in _PREPOSITIONS and toks[k - 3].text == ","


# a comma, dash, semicolon or sentence end between an earlier content and a later cue: the
# later attribution is a clause of its own ("X accused Y - others say Z")
_BREAK = re.compile(r",|;|\s[—–-]{1,2}\s|—|[.!?][’”\"']*\s")


# what may stand between that break and the later attribution's first word
_JUST_BEFORE = re.compile(r"^[\s\"“”‘’']*(?:(?:and|but|while|whereas|as|though|although|yet|which)\s+)?$", re.IGNORECASE)  # (", which auditors called …": another's words on it)


def _end_content_before(text, toks, c: Cand, cands: list[Cand]) -> None:
    """Cut an earlier attribution's content at a break right before ``c``'s own source or cue
    ("X said A, Song recalled": A ends at the comma); a break further back leaves it whole."""
    first_of_c = toks[min(c.cue[0], c.source[0] if c.source is not None and not c.source_after else c.cue[0])].start
    if c.source_after and c.content is not None and c.content[1] <= first_of_c and not text[c.content[1] : first_of_c].strip():
        first_of_c = c.content[0]  # "… - a fact later confirmed by the department": the claim right before the cue opens it
    for h in cands:
        # a source that opens before the content ("Beck, who opposed Trump, said"): the cue is the first word after it
        first = first_of_c if not h.content or h.content[0] < first_of_c else toks[c.cue[0]].start
        if h is c or not h.content or not (h.content[0] < first < h.content[1]) or h.cue[0] >= c.cue[0]:
            continue
        if aside_relative_inside(toks, c, h, cands):
            continue  # "said Pratchett, who spoke out about his condition, had been an inspiration": the aside is inside the claim
        breaks = [m for m in _BREAK.finditer(text, h.content[0], first)]
        if c.source is not None and not c.source_after and toks[c.source[0]].start >= h.content[0]:
            # "According to NPR, Li Jifeng, a doctor at the hospital, wrote that ...": the commas of
            # the later speaker's own appositive are no break before it
            breaks = [m for m in breaks if m.start() < toks[c.source[0]].start]
        if len(breaks) == 1 and _opens_with_adverbial(text, h.content[0], breaks[0].start()):
            continue  # "announced that while Clinton had mishandled …, he would not recommend …": the claim's own main clause follows
        if breaks and text[h.content[0] : breaks[0].start()].strip().lower() == "that":
            continue  # ("finds that, while 37 percent say …, 39 percent blame …": a comma right after "that" opens an interrupter inside the claim)
        aside = _aside_before(text, breaks, first)
        if aside is not None and aside[0] in _SUBORDINATE_WORDS:
            breaks = breaks[:-2]  # "… thrown out because, in part, Swedish authorities declined …": the clause is inside the claim
        if aside is not None and aside[0] in _CLAUSE_COORDINATORS and aside[1] - h.content[0] > 1:
            h.content = trim_content(text, h.content[0], aside[1])  # "… is needed but, in fact, experts say …": before "but"
        elif breaks and breaks[-1].start() - h.content[0] > 1 and _JUST_BEFORE.match(text[breaks[-1].end() : first]) and not _relative_aside_closed(text, breaks[-1].end(), first, h.content[1]):
            h.content = trim_content(text, h.content[0], _closing_quote_end(text, breaks[-1]))
        elif _coordinated_report(toks, c) and h.content[0] < toks[c.source[0] - 1].start:
            h.content = trim_content(text, h.content[0], toks[c.source[0] - 1].start)  # (no comma: the claim ends before "and")


def _relative_aside_closed(text, after_break: int, first: int, end: int) -> bool:
    """A "which" clause between the break and ``first`` that a comma closes before the claim's
    ``end`` ("argued the pipeline, which Republicans support, would fail"): the claim resumes after
    it, so it is no place to end the claim."""
    return text[after_break:first].strip().lower().startswith("which") and "," in text[first:end]


def _end_before_subordinate_report(text, toks, c: Cand, cands: list[Cand]) -> None:
    """Cut an earlier content that runs into a report of ``c``'s own clause after "before",
    "after" or "while" ("praising the team after saying the coach was wrong": the team was
    praised; what was said is the second report's)."""
    k = c.cue[0] - 1
    if k < 1 or toks[k].low not in _CLAUSE_OPENERS or not toks[c.cue[0]].low.endswith("ing") or (c.source is not None and not c.source_after):
        return
    at = toks[k].start
    for h in cands:
        if h is not c and h.content and h.content[0] < at < h.content[1] and h.cue[0] < c.cue[0] and at - h.content[0] > 1:
            h.content = trim_content(text, h.content[0], at)


def _relative_of_coordinated(toks, c: Cand, cands: list[Cand]) -> Cand | None:
    """The report of a relative pronoun whose clause ``c`` continues with a second verb, with no
    comma or dash between ("who spoke out about his condition and called for …"); else None."""
    return next(
        (x for x in cands if x is not c and relative_cue(toks, x) and x.source[0] < c.cue[0] and not any(toks[m].text == "," or dash_width(toks, m) for m in range(x.cue[1], c.cue[0]))),
        None,
    )


def aside_relative_inside(toks, c: Cand, h: Cand, cands: list[Cand]) -> bool:
    """``c`` is a report in a relative clause between commas or dashes ("Pratchett, who spoke out
    about his condition, had been …", also its second verb: "who spoke out … and called for …")
    whose head opens ``h``'s claim, and the claim goes on after the aside closes: the aside
    describes the claim's subject, the claim stays whole."""
    r = c if relative_cue(toks, c) else _relative_of_coordinated(toks, c, cands)
    if r is None or r is h or h.content is None or r.source[0] < 2 or not (toks[r.source[0] - 1].text == "," or dash_width(toks, r.source[0] - 1) or dash_width(toks, r.source[0] - 2) == 2):
        return False
    if toks[r.source[0] - 2].start < h.content[0]:
        return False  # (the head is before the claim: the relative clause is no part of it)
    close = next((m for m in range(c.cue[1], len(toks)) if toks[m].text == "," or dash_width(toks, m)), None)
    after = close + max(1, dash_width(toks, close)) if close is not None else len(toks)
    # the main clause's verb right after the close ("…, had been", "… — is"), not more of the aside ("…, a 12-year-old")
    return after + 1 < len(toks) and toks[after].end <= h.content[1] and (toks[after].low in _FINITE_AUX or past_form(toks[after]))


def _opens_with_adverbial(text, start: int, comma: int) -> bool:
    """The claim at ``start`` (after "that") opens with an adverbial clause or phrase that the
    comma at ``comma`` closes ("that while Clinton had mishandled …,", "that given Obama's
    popularity,", "despite being an alumna,", "that in 2010,")."""
    words_ = text[start:comma].split()
    after_that = bool(words_[:1]) and words_[0].lower() == "that"
    if after_that:
        words_ = words_[1:]
    opener = words_[0].lower().strip("“\"") if words_ else ""
    # (not "asked for a sentence of three years, calling …", nor a quotation that a frame closes: 'that “from his perspective,” he added')
    fronted = after_that and len(words_) >= 2 and opener in _CLAIM_PREPOSITIONS and words_[0][:1].isalpha()
    return (len(words_) >= 3 and opener in _CLAIM_ADVERBIAL_OPENERS or fronted) and "," not in text[start:comma]


def _aside_before(text, breaks: list[re.Match], first: int) -> tuple[str, int] | None:
    """(the word, where it starts) before a short aside whose two commas are the last ``breaks``,
    right before the later attribution at ``first`` ("because, in part, Swedish authorities
    declined", "but, in fact, experts say"); None when the last breaks are no such aside."""
    if len(breaks) < 2 or breaks[-1].group() != "," or breaks[-2].group() != "," or text[breaks[-1].end() : first].strip(" \"“”‘’'"):
        return None
    opener, aside = breaks[-2], text[breaks[-2].end() : breaks[-1].start()]
    word = _LAST_WORD.search(text, max(0, opener.start() - 20), opener.start())
    if word is None or not 0 < len(aside.split()) <= 5:
        return None
    return word.group(1).lower(), word.start(1)


_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s*$")
_SUBORDINATE_WORDS = _ADVERBIAL_OPENERS | {"that"}  # (the clause they open is part of what was said)
_CLAIM_ADVERBIAL_OPENERS = (_ADVERBIAL_OPENERS - {"as", "if"}) | words("concessive_opener")  # ("that as …" may be a comparison; "asked if …" is the question itself)
# "reported that at a press conference on Tuesday, his brother described …", "that in 2010, …": a
# fronted phrase of time or place ("of" opens none)
_CLAIM_PREPOSITIONS = (words("preposition") | words("opening_preposition")) - {"of", "to", "as", "like", "than", "per"}
_CLAUSE_COORDINATORS = words("coordinator")  # (the clause after them is the later speaker's)


def _closing_quote_end(text, brk: re.Match) -> int:
    """Where a content cut at ``brk`` ends: before a comma, or after the quotation mark that closes
    right behind it ('the plan was “dead,” adding ...' keeps “dead,” whole, as '“It is dead,” she
    said' does)."""
    end = brk.end()
    mark = brk.group().rstrip()
    if mark[:1] in ".!?" and len(mark) > 1:
        return brk.start() + len(mark)  # '… had “Syrian roots.” [Reuters.]': the quotation closes after its stop
    if brk.group() != "," or end >= len(text) or text[end] not in CLOSE_QUOTES + '"':
        return brk.start()
    return end + 1


def _coordinated_report(toks, c: Cand) -> bool:
    """"Smith said the plan was bad and Jones said it was good", "40 percent said yes and 30
    percent said no": "and", a subject of its own and a verb of saying make a second report,
    not part of the first one's claim ("and who claimed" is the same relative clause's; "after
    the agency and 14 groups called for" joins two subjects of one clause)."""
    k = c.source[0] - 1 if c.source is not None and not c.source_after else -1
    if not (c.cls == "speech" and k > 0 and toks[k].low == "and" and not relative_cue(toks, c)):
        return False
    return not any(t.low in _ADVERBIAL_OPENERS for t in toks[max(0, k - 6) : k])


def relative_cue(toks, c: Cand) -> bool:
    """The cue's source span is a relative pronoun ("the union, which endorsed ...")."""
    return c.source is not None and c.source[1] - c.source[0] == 1 and toks[c.source[0]].low in _RELATIVES


def new_clause(toks, c: Cand) -> bool:
    """The cue opens a clause of its own rather than a report inside the earlier content.

    "... was booed when she said X", "... claimed it, but officials have said X": a
    subordinating or contrasting conjunction before the cue's subject starts a new clause;
    "criticized the plan and said X": a verb of saying coordinated with the main verb.
    """
    if c.source is not None and c.source[0] > 0 and not c.source_after and toks[c.source[0] - 1].low in _CLAUSE_OPENERS:
        return True
    if _coordinated_report(toks, c):
        return True
    if c.source is None and c.cue[0] > 0 and toks[c.cue[0] - 1].low in _CLAUSE_OPENERS:
        return True  # "..., he told MSNBC when asked about ...": a reduced clause of its own
    k = c.cue[0] - 1
    if k > 0 and toks[k].low in _SEQUENCE_ADVERBS:
        k -= 1  # "and then said"
    return c.cls == "speech" and k >= 0 and toks[k].low in _COORDINATORS and (c.source is None or c.inherit)

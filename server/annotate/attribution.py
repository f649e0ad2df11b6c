"""Attribution detection: who (source) says (cue) what (content), one group per attribution.

A rule system over tokens, driven by the lexicons in ``server/data/attribution_*.tsv``; no parser
and no part-of-speech tagger. It looks for a reporting verb (or a phrase such as "according to",
or a headline colon "Name: ...") and then uses position to find the rest:

* ``SOURCE [aux/adverbs] VERB [that] CONTENT``  ("Critics have noted that ...");
* ``CONTENT, SOURCE VERB.`` and ``CONTENT," VERB SOURCE`` ("..., the report stated.",
  "“...,” said Arturo Sarukhán"); after a quotation, prepositional phrases after the verb ("wrote
  in an op-ed for The Post in March") are never the content: the quotation is;
* a colon frame ending a paragraph (", writing:") takes the next paragraph as its content;
* ``according to SOURCE, CONTENT`` / ``CONTENT, according to SOURCE`` / ``as described by X``;
* ``SOURCE, who VERB ...`` (the source span is "who"; its type and ledger name come from the
  phrase before it);
* weasels with nobody behind them: "it is believed that ..." (source "it", vague) and agentless
  passives "X is widely regarded as ..." (vague, no source span);
* a reporting-verb slot filled by an unknown word, for odd or machine-reworded text:
  ``..., the report WORD.``, ``Critics have WORD that ...`` and ``A report released on Tuesday
  WORDs that ...``;
* clause structures around the verb: participle clauses (", citing ...", "Noting that ..., X
  said"), a second verb of the same subject ("X invoked Y and suggested that ..."), relative
  subjects ("the union, which endorsed ..."), asides between subject and verb ("Park, 32,
  noted"), -ing clauses after their subject ("with polls showing ..."), catenative chains
  ("is trying to show"), title-case headline verbs ("Mayor Announces Plans");
* attitude adjectives after a copula ("Investors are wary of ..."), sentence-initial
  viewpoints ("To many, ..."), speaker lines before a quotation ("Jo Lott, author: “...”");
* passives: the agent is the source ("was criticized by the council"); without one the subject
  is never the speaker and the cue is attributed to nobody in particular ("Reporters were told
  that ..."), except for participles whose subject holds the view ("were worried that");
* a possessed claim noun before a that-clause ("rejected the union's argument that ...") and a
  poll after "in" ("a lead in the latest NBC News poll"), whose content keeps its own cues.

A report nested without a break inside what someone else said ("Ana said the mayor told aides
...") is part of that content, not an attribution of its own (``nesting``); infinitives ("to
say that") are not cues either (the verb governing them is).

The evidence a verb needs depends on its class (see ``attribution_verbs.tsv``): speech verbs
fire with a speaker, a complement or a parenthetical position; ambiguous verbs ("added",
"found", "shows") need a that-clause, quote or colon, a parenthetical slot, or a document as
subject, or a that-less clause ("stated they were fine"); opinion verbs also fire right after a
clear source; stance verbs ("endorsed", "criticized") need a clear source right before them,
or a characterization frame ("described the plan as ..."). Verbs inside a quotation are someone
else's words and are skipped, as are noun readings ("the report", "news reports") and the false
positives of ``attribution_false_positives.tsv`` (the noun tests live in ``noun_reading``, the
clause shapes around a verb in ``verb_context``).
Phrase scanning lives in ``phrases``, content
ranges in ``content``, source types in ``sources``, the cues other than verbs in
``phrase_cues``, nested attributions in ``nesting`` and the lexicons with the candidate record
in ``cue_base``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from server.annotate import sources as srcmod
from server.lexicon import function_words
from server.annotate.content import HEARER_TOPIC, adverbial_clause, after_hearer, after_title, bare_clause, clause_comma, complement_index, content_after, content_before, end_before_space, first_at_or_after, has_complement, infinitive, is_open_quote, next_paragraph, quote_end, quote_mark_in, tight_range, trim_content, verbless_phrase
from server.annotate.phrases import ALL_PAST_FORMS, abbreviation_dot, by_medium, finite_word, past_form, plural_noun_ending, present_verb_at, skip_time_after
from server.annotate.phrases import (
    NOUN_OPENERS,
    agent_noun,
    appositive_after,
    appositive_subject,
    clear_source,
    comma_before,
    document_before,
    document_head_in,
    ends_inverted_source,
    is_name,
    modal_name,
    modifies_closing_subject,
    name_after_comma,
    name_run,
    phrase_text,
    plural_people_noun,
    sentence_subject,
    skip_time_before,
    source_left,
    surname_month,
    source_right,
    title_case,
    object_relative_head,
    object_zero_relative,
    zero_relative_subject,
)
from server.annotate.cue_base import Cand as _Cand
from server.annotate.cue_base import REPORTING_CLASSES, VerbForm, form_is_participle
from server.annotate.cue_base import attitude_adjectives as _attitude_adjectives
from server.annotate.cue_base import cue_phrases as _cue_phrases
from server.annotate.cue_base import cue_phrases_by_first_word
from server.annotate.cue_base import false_positives as _false_positives
from server.annotate.cue_base import first_words as _first_words
from server.annotate.cue_base import manner_adverb as _manner_adverb
from server.annotate.cue_base import modifiers as _modifiers
from server.annotate.cue_base import negations
from server.annotate.cue_base import outside_modifiers
from server.annotate.cue_base import passive_participles as _passive_participles
from server.annotate.cue_base import verb_forms as _verb_forms
from server.annotate.cue_base import verb_widths as _verb_widths
from server.annotate.phrase_cues import according_to as _according_to
from server.annotate.phrase_cues import attitude_candidate as _attitude_candidate
from server.annotate.phrase_cues import evidential_adverb as _evidential_adverb
from server.annotate.ledger_names import is_place, speaker_nouns
from server.annotate.nesting import aside_relative_inside, drop_nested
from server.annotate.noun_reading import head_of_next_subject, noun_reading
from server.annotate.verb_context import (
    amount_at,
    by_frame_start,
    as_frame,
    issued_document,
    message_noun,
    particle_kinds,
    quote_ends_before,
    quote_then_words,
    reduced_relative,
    relative_subject,
    speaker_after_quote,
    stranded_particle,
    subject_before_relative,
)
from server.annotate.phrase_cues import headline_colon as _headline_colon
from server.annotate.phrase_cues import impersonal as _impersonal
from server.annotate.phrase_cues import VOICING_PARTICIPLES, by_count, digest_citation, experiencer_participle, in_poll, passive_agent, possessed_claim, possessor, raised_doubts
from server.annotate.phrase_cues import passive_candidate as _passive_candidate
from server.annotate.phrase_cues import viewpoint as _viewpoint
from server.annotate.signatures import signatures
from server.annotate.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tokens, dash_width, ed_form, misturned_closer, plural_shape, quotation_ranges, quote_opening, s_form, tokenize, wordlike
from server.annotate.grammar import words
from server.annotate.regex_index import FirstCharIndex, first_chars
from server.segment import skip_dateline
from server.types import Sentence, Span

_CLAUSE_WORDS = words("clause")
_DETERMINERS = words("determiner")
_PREPOSITIONS = words("preposition")
_SUBJECT_PRONOUNS = words("subject_pronoun")
_THAT_WORDS = words("complementizer")  # "that", "whether": a clause opens
_TIME_WORDS = words("time_word")  # "Tuesday", "week"
_IRREGULAR_PAST = words("irregular_past")
_IRREGULAR_PARTICIPLES = words("irregular_participle")  # "written", "taken": never a past tense
_PARTICIPLE_ONLY = words("participle_only")
_PERSONAL_PRONOUNS = words("personal_pronoun")
_DEMONSTRATIVES = words("demonstrative")


@dataclass
class Attribution:
    """One attribution: its parts (any may be missing but the cue), type and the ledger name."""

    group: int
    type: str
    name: str
    cue: Span
    source: Span | None = None
    content: Span | None = None
    rest: Span | None = None  # second part of the content, after a mid-sentence frame
    pronoun: bool = False  # the source span is a pronoun resolved to ``name``
    kind: str = "speech"  # the cue's class: speech, complement, opinion, stance, phrase, passive

    @property
    def frame_end(self) -> int:
        """Where the frame ends: after the cue or the source, whichever comes last."""
        return max(self.cue.end, self.source.end if self.source is not None else 0)


@dataclass
class Attributions:
    items: list[Attribution] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # the text's quotation ranges (``tokens.quotation_ranges``)

    @property
    def spans(self) -> list[Span]:
        """Every cue, source and content span of every attribution."""
        return [s for a in self.items for s in (a.cue, a.source, a.content, a.rest) if s is not None]


# --------------------------------------------------------------------------- main entry


def find_attributions(text: str, sentences: list[Sentence]) -> Attributions:
    """All attributions in ``text`` (sentences as ``server.segment.split_sentences`` gives them)."""
    result = Attributions()
    if not text:
        return result
    quoted = result.quoted = quotation_ranges(text)
    fps = _FalsePositiveSpans(text)
    history: list[Attribution] = []
    frame: Attribution | None = None  # "“…,” Klein said.": a quotation then its frame, ending the sentence before
    for whole in sentences:
        begin = skip_dateline(text, whole.start, whole.end)  # "PASADENA, Calif. (UPI) —" names no speaker
        for sent, toks in _pieces(text, whole, tokenize(text, begin, whole.end, quoted)):
            frame = _piece_attributions(text, sent, toks, fps, history, frame, result)
    for att in _signed_posts(text, result):
        _set_group(att, len(result.items) + 1)
        result.items.append(att)
    for att in result.items:
        att.content, att.rest = _tight(att.content), _tight(att.rest)
    return result


def _signed_posts(text: str, result: Attributions) -> list[Attribution]:
    """An attribution for each embedded post signed "— Name (@handle) Date" (``signatures``)
    unless a claim found above already holds most of its words."""
    claims = [(a.content.start, a.content.end) for a in result.items if a.content is not None and a.source is not None]
    out = []
    for sig in signatures(text):
        half = (sig.post[1] - sig.post[0]) / 2
        if any(min(b, sig.post[1]) - max(a, sig.post[0]) >= half for a, b in claims):
            continue  # (a frame above already credits the post: 'Noem tweeted: "…"')
        phrase = text[sig.name[0] : sig.name[1]]
        typ = srcmod.classify(phrase)
        if typ == "pronoun":
            continue
        out.append(_made_attribution(text, typ, srcmod.display_name(phrase, typ), sig.handle, sig.name, sig.post))
    return out


def _made_attribution(text: str, typ: str, name: str, cue: tuple[int, int], source: tuple[int, int], content: tuple[int, int]) -> Attribution:
    """An attribution built from character ranges, each span with the hover of its part (a signed
    post, a speaker a source quotes)."""
    from server.annotate.ledger import reason_for

    cue_text = text[cue[0] : cue[1]]
    def span(rng: tuple[int, int], label: str) -> Span:
        return Span(rng[0], rng[1], text[rng[0] : rng[1]], label, typ, None, reason_for(typ, label, name, cue_text))
    att = Attribution(0, typ, name, span(cue, "cue"), kind="speech")
    att.source, att.content = span(source, "source"), span(content, "content")
    return att


def _tight(span: Span | None) -> Span | None:
    """``span`` without spaces (no-break and zero-width ones too) at either end; None if nothing is left."""
    if span is None:
        return None
    a, b = tight_range(span.text, 0, len(span.text))
    if (a, b) == (0, len(span.text)):
        return span
    return replace(span, start=span.start + a, end=span.start + b, text=span.text[a:b]) if b > a else None


# Past this many tokens a "sentence" is read in pieces, cut after a comma, semicolon, colon or
# dash where one falls in the second half (the rules look back and forth within a sentence, so
# their time grows with its square): a page without sentence punctuation (a pasted list, a
# transcript) cannot take seconds. The longest sentences of the news corpora have ~100 tokens.
MAX_SENTENCE_TOKENS = 200
_PIECE_ENDS = frozenset({",", ";", ":", "—", "–"})


def _pieces(text: str, sent: Sentence, toks: Tokens) -> list[tuple[Sentence, Tokens]]:
    """The sentence and its tokens, or its pieces of at most ``MAX_SENTENCE_TOKENS`` tokens."""
    if len(toks) <= MAX_SENTENCE_TOKENS:
        return [(sent, toks)]
    pieces = []
    a = 0
    while a < len(toks):
        b = min(a + MAX_SENTENCE_TOKENS, len(toks))
        if b < len(toks):
            b = next((m + 1 for m in range(b - 1, a + MAX_SENTENCE_TOKENS // 2, -1) if toks[m].text in _PIECE_ENDS), b)
        start = sent.start if a == 0 else toks[a].start
        end = sent.end if b == len(toks) else toks[b - 1].end
        pieces.append((Sentence(start, end, text[start:end]), Tokens(toks[a:b])))
        a = b
    return pieces


def _piece_attributions(text, sent, toks, fps, history, frame, result) -> Attribution | None:
    """Add the attributions of one sentence (or piece) to ``result``; the frame it closes, if any."""
    if not toks:
        return frame
    found_here = _sentence_attributions(text, sent, toks, fps, history)
    close = _continued_quotation_end(text, frame, sent) if frame is not None else None
    if close is not None and all(f.cue.end <= close for f in found_here):
        # “…,” Klein said. “Fine, he votes for it years later.”: the next quotation is the same claim
        # (a report inside it is the speaker's own words: “I don’t feel like a lame duck.”)
        frame.rest = replace(frame.content, start=sent.start, end=close, text=text[sent.start : close])
        return None
    _leave_quotation_to_its_frame(text, result.items[-3:] + found_here)  # (the colon may end the sentence before the frame's)
    for found in found_here:
        _resume_quotation(text, found)
        _drop_claim_taken_before(found, result.items[-3:])
        _set_group(found, len(result.items) + 1)
        result.items.append(found)
    if frame is not None and frame.rest is None and frame.content is not None and frame.content.start < sent.start and sent.end <= frame.content.end + 1:
        return frame  # (a sentence inside the frame's quotation that runs on to the paragraph's end: the frame still holds)
    return _closing_frame(text, found_here, sent) or _reporting_frame(text, found_here, sent)


def _reporting_frame(text, found: list[Attribution], sent: Sentence) -> Attribution | None:
    """The sentence's last attribution when it reports one person's or body's words up to the
    sentence's end ("Police Chief Mike Koval said the man was unarmed."): a quotation standing
    alone right after it in the same paragraph goes on with that speaker ('"This was not a random
    place."'); None otherwise."""
    if not found:
        return None
    att = found[-1]
    if att.kind != "speech" or att.source is None or att.pronoun or att.content is None or att.rest is not None:
        return None  # (a pronoun's reading may be wrong, and the quotation would spread it: a named frame only)
    if att.type not in ("named_person", "organization") or att.content.start < att.cue.end or text[att.content.end : sent.end].strip() not in ("", "."):
        return None
    if att.cue.text.lower().startswith(_QUESTION_CUES) or att.content.text.rstrip(CLOSE_QUOTES + "\"' ").endswith("?"):
        return None  # ('"How did you train the cat?" he asked about the film. "I tried …"': the answer is someone else's)
    return att


_QUESTION_CUES = tuple(sorted(words("question_verb")))  # "asked", "wondered": the next quotation answers


def _leave_quotation_to_its_frame(text, found: list[Attribution]) -> None:
    """'Many praised Kutcher for raising the issue: "Thank you," wrote one poster.': a quotation
    after a colon that has a frame of its own after it is that frame's claim; the verb before the
    colon keeps its object ("Kutcher for raising the issue")."""
    for att in found:
        if att.content is None or att.content.start < att.cue.end or ":" not in text[att.cue.end : att.content.start]:
            continue
        if not any(o is not att and o.content is not None and (o.content.start, o.content.end) == (att.content.start, att.content.end) and o.cue.start >= o.content.end for o in found):
            continue
        colon = text.index(":", att.cue.end, att.content.start)
        a, b = tight_range(text, att.cue.end, colon)
        att.content = replace(att.content, start=a, end=b, text=text[a:b]) if b > a else None


def _drop_claim_taken_before(att: Attribution, earlier: list[Attribution]) -> None:
    """A claim before the cue that an earlier frame already took as the rest of its quotation
    ('“We will win,” the mayor said. “The plan is ready.” He added, “Let us …”': "The plan is
    ready" is the first frame's) is not this one's too; its own quotation after the cue stays."""
    if att.content is None or att.content.start >= att.cue.start:
        return
    if not any(e.rest is not None and e.rest.start <= att.content.start and att.content.end <= e.rest.end for e in earlier):
        return
    att.content, att.rest = (att.rest, None) if att.rest is not None else (None, None)


def _in_capitals(toks, i: int) -> bool:
    """The word at ``i`` and a word next to it are set in capitals ("WE’RE GEEKING OUT OVER THE
    ‘WONDER WOMAN’", "TELLING OF THE SYRIAN REFUGEE CRISIS"): a shouted headline or label, where
    no case tells a name from a verb."""
    def caps(k: int) -> bool:
        return 0 <= k < len(toks) and len(toks[k].text) > 1 and toks[k].text.isalpha() and toks[k].text.isupper()

    return caps(i) and (caps(i - 1) or caps(i + 1))


def _frame_ends_sentence(text, att: Attribution, sent: Sentence) -> bool:
    """The attribution is a quotation followed by its speaker frame, which ends the sentence (a
    date or a setting may close it), or a verb of saying followed by the quotation that ends it."""
    if att.content is None or att.rest is not None or not (att.content.text[:1] in OPEN_QUOTES + '"' or att.content.text.rstrip(" ,.")[-1:] in CLOSE_QUOTES + '"'):
        return False  # (a claim ending in a quotation counts: 'Suicides are "not meeting the demand," says Paul Rieckhoff.')
    if att.content.start >= att.cue.end:
        # 'Smith said: “We can win.”': a verb of saying, then the quotation that ends the sentence ("identified as “Sergey B.”" quotes a name)
        return att.kind == "speech" and text[att.content.end : sent.end].strip() in ("", ".")
    if att.content.end > att.cue.start:
        return False
    tail = _QUOTED_TITLE.sub("T", text[att.frame_end : sent.end].strip())  # ('… said on “Meet the Press.”': a programme's title)
    # (a date or a setting may close the frame: "Smith said Tuesday in an interview with the AP.")
    return tail in ("", ".") or (len(tail.split()) <= _FRAME_TAIL_WORDS and not any(q in tail for q in OPEN_QUOTES + CLOSE_QUOTES + '";'))


_FRAME_TAIL_WORDS = 12  # words after the speaker that may still close a frame ("… said Tuesday in an interview with The Associated Press.")
# a title in quotation marks after "on", "in" or a possessive, every word capitalized but the small ones
_QUOTED_TITLE = re.compile(r"(?<=\b(?:on|in) |’s |'s )[“\"][A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|and|a|an|to|in|on|for|with)){0,6}[.,]?[”\"]")


def _closing_frame(text, found: list[Attribution], sent: Sentence) -> Attribution | None:
    """The quotation frame that ends the sentence: the last attribution, or the one whose speaker
    holds the later ones ("“…,” said the mayor, who has opposed the plan since 2019.")."""
    for k in range(len(found) - 1, -1, -1):
        att = found[k]
        if _frame_ends_sentence(text, att, sent):
            return att
        if k > 0 and _participle_after_frame(text, att, found[k - 1]):
            continue  # '“…,” Sanders said, invoking the 2008 race.': the participle closes the frame's sentence
        same_speaker = k > 0 and (att.source is None or (found[k - 1].source is not None and att.source.start == found[k - 1].source.start))
        if same_speaker and att.cue.text.split()[0].endswith("ing") and _frame_ends_sentence(text, found[k - 1], sent):
            continue  # ('“…,” Lane told the AP after hinting at changes.': a participle inside the frame's tail)
        if not any(a.source is not None and a.source.start <= att.cue.start < a.source.end for a in found[:k]):
            return None
    return None


def _participle_after_frame(text, att: Attribution, before: Attribution) -> bool:
    """``att`` is an "-ing" report right after a comma that follows the earlier attribution's
    frame, with no source of its own ('“…,” Sanders said, invoking the 2008 race.')."""
    return att.cue.text.endswith("ing") and (att.source is None or (before.source is not None and att.source.start == before.source.start)) and text[before.frame_end : att.cue.start].strip() == ","


_RESUMED_QUOTATION = re.compile(r"[^“”\"\n.;:?!]{0,100}?,\s*(?=[“\"][a-z])")  # ', said Smith, the spokeswoman, "and …': the frame, then the quotation again


def _resume_quotation(text, att: Attribution) -> None:
    """'“We have offices,” said Formas, the spokeswoman, “and we are building …”': a quotation cut
    by its frame after a comma and resumed in lower case is one claim; the second part becomes the
    attribution's ``rest``."""
    if att.rest is not None or att.content is None or att.content.end > att.cue.start or not att.content.text.endswith((",”", ',"')):
        return
    last = att.frame_end
    if text[last - 1] == ",":
        last -= 1  # (the source span kept its appositive's closing comma)
    m = _RESUMED_QUOTATION.match(text, last)
    if m is None:
        return
    close = quote_end(text, m.end())
    if close is not None:
        att.rest = replace(att.content, start=m.end(), end=close, text=text[m.end() : close])


_ONE_PARAGRAPH = 1500  # characters: a text this short with no line break is one paragraph


def _quoted_on_across(text, frame: Attribution, sent: Sentence) -> bool:
    """The frame's quotation was left open at the end of its paragraph, and this sentence opens
    the next paragraph: the quotation goes on (the newswire convention)."""
    content = frame.content
    if content is None or content.start < frame.cue.end or text[content.start : content.start + 1] not in ("“", '"'):
        return False
    if quote_mark_in(text, content.start + 1, content.end):
        return False
    return text[content.end : sent.start].strip() == ""


def _next_paragraph_quotes_on(text, frame: Attribution, sent: Sentence) -> bool:
    """The frame closes its paragraph after a quotation of its speaker's ('"…," she said.'), and
    this sentence opens the next paragraph with a quotation: the speaker goes on (the news
    convention: a new speaker is named in the new quotation's own frame)."""
    content = frame.content
    if content is None or content.end > frame.cue.start or content.text[:1] not in ("“", '"'):
        return False
    return text[frame.frame_end : sent.start].count("\n") <= 2


def _stop_closes_quotation(text, start: int) -> bool:
    """The quotation right before ``start`` closes after a full stop ('“It was awful.”', not
    '“Why now?”' or '“… win Loudoun?’”'): it has ended its sentence."""
    before = text[max(0, start - 6) : start].rstrip().rstrip(CLOSE_QUOTES + '"\'')
    return before.endswith(".") and not before.endswith("..")


def _continued_quotation_end(text, frame: Attribution, sent: Sentence) -> int | None:
    """Where the quotation that opens the sentence right after the frame ends, when it continues
    the frame's claim: in the same paragraph, closing at the sentence's end or after it, or
    running on to the paragraph's end unclosed (a quotation that goes on in the next paragraph
    opens it again instead of closing); None otherwise."""
    opening = sent.start + 1 if text.startswith(" “", sent.start) else sent.start  # (a doubled '' read as " “")
    if text[opening : opening + 1] not in ("“", '"'):
        return None
    if "\n" in text[frame.cue.end : sent.start] and not _quoted_on_across(text, frame, sent) and not _next_paragraph_quotes_on(text, frame, sent):
        return None
    close = quote_end(text, opening)
    if close is None:
        para = text.find("\n", opening)
        if para < 0 and len(text) > _ONE_PARAGRAPH:
            return None  # (a long text with no line breaks: where its paragraphs end is unknown)
        para = len(text) if para < 0 else para
        unclosed = not quote_mark_in(text, opening + 1, para)
        return end_before_space(text, para) if unclosed and para - opening > 1 else None
    if text[close - 2 : close - 1] == ",":
        return None  # ('“It was a labor of love,” Diesel said.': a quotation ending in a comma waits for its own frame)
    if close > sent.end and _FRAME_AFTER_CLOSE.match(text, close) and (text[close - 2 : close - 1] == "," or text[close:].lstrip(" \t,")[:1].islower()):
        return None  # ('"Someone started a petition. We can do better!" he wrote.': the quotation has a frame of its own)
    if text[close - 2 : close - 1] in ("!", "?") and _own_frame_after(text, close):
        return None  # ('"…!" Henry wrote.': the splitter cut after "!”"; the quotation has a frame of its own)
    if close >= sent.end or text[close : sent.end].strip(" .") == "":
        return close
    return None  # ('"Non-paper" is a diplomatic term': a quoted word in the writer's sentence)


def _own_frame_after(text: str, close: int) -> bool:
    """A short frame follows the closing mark on its line: a verb of saying within its first five
    words after its subject, and a stop within thirteen words ('"…!" Henry wrote.', '"Why now?"
    the senator asked.', '"…?" Bishop wrote in a blog post.': a place or date may close it)."""
    m = _SHORT_FRAME.match(text, close)
    if m is None or len(m.group(1).split()) > _FRAME_TAIL_WORDS + 1:
        return False
    ws = [w.lower() for w in m.group(1).split()]
    verb = next((k for k in range(1, min(5, len(ws))) if ws[k] in _verb_forms()), None)
    return verb is not None and not any(w in _FINITE_AUX or w in _verb_forms() for w in ws[:verb])  # (the words before it are its subject: not "It was a question …")


_SHORT_FRAME = re.compile(r"[ \t]+([^\n.!?“”\"]{1,100}?)[ \t]*\.")  # the words after the closing mark, up to the stop


_FRAME_AFTER_CLOSE = re.compile(r"[ \t]*,?[ \t]*[\w'’.-]+(?:[ \t]+[\w'’.-]+)*?[ \t]+\w")  # words follow the closing mark on its line (after a comma or before a lowercase word: its frame)


class _FalsePositiveSpans:
    """(start, end) of every ``attribution_false_positives.tsv`` match, found on first use.

    Most texts never reach a candidate that needs them, so the patterns run lazily.
    """

    def __init__(self, text: str):
        self._text = text
        self._spans: list[tuple[int, int]] | None = None

    def __iter__(self):
        if self._spans is None:
            index, elsewhere = _false_positive_index()
            self._spans = [(m.start(), m.end()) for _, m in index.matches(self._text)]
            self._spans += [(m.start(), m.end()) for p in elsewhere for m in p.finditer(self._text)]
        return iter(self._spans)

    def overlap(self, start: int, end: int) -> bool:
        """A false-positive match overlaps ``text[start:end]``."""
        return any(s < end and start < e for s, e in self)


@lru_cache(maxsize=1)
def _false_positive_index() -> tuple[FirstCharIndex, list[re.Pattern]]:
    """The false-positive patterns that start at a word, indexed by first character (one pass over
    the text, see ``regex_index``), and the few that start elsewhere (", say,"), scanned each."""
    scoped, elsewhere = [], []
    for p in _false_positives():
        src = "(?i:" + p.pattern[4:] + ")" if p.pattern.startswith("(?i)") else p.pattern
        chars = first_chars(src)
        if chars is not None and all(ch.isalnum() for ch in chars):
            scoped.append(src)
        else:
            elsewhere.append(p)
    return FirstCharIndex([re.compile(src) for src in scoped], scoped), elsewhere


def _set_group(att: Attribution, group: int) -> None:
    att.group = group
    att.cue = _regrouped(att.cue, group)
    if att.source is not None:
        att.source = _regrouped(att.source, group)
    if att.content is not None:
        att.content = _regrouped(att.content, group)
    if att.rest is not None:
        att.rest = _regrouped(att.rest, group)


def _head_of_unclosed_relative(text, toks, subj):
    """"The Liberty Counsel, which filed the suit on behalf of the clerk said …": a relative
    clause whose closing comma is missing; the noun phrase before its ", which" (", who")
    speaks, not the relative verb's object."""
    if subj is None or subj[0] < 4 or toks[subj[0] - 2].low not in ("which", "who") or toks[subj[0] - 3].text != ",":
        return subj
    if not past_form(toks[subj[0] - 1]):
        return subj
    head = source_left(toks, subj[0] - 3)
    return head if head is not None and head[1] == subj[0] - 3 and clear_source(text, toks, head) else subj


def _subject_of_bare_verb_before(text, toks, k: int):
    """The subject right before a past verb that stands alone before the conjunction at ``k``
    ("When he mentioned it, I laughed and said …", "Trump smiled but said"): a pronoun or a name
    ending right before that verb; None otherwise (a verb with an object, no verb, a noun's participle)."""
    if k < 2 or not past_form(toks[k - 1]):
        return None
    subj = source_left(toks, k - 1)
    if subj is None or subj[1] != k - 1:
        return None
    named = is_name(toks[subj[1] - 1]) and clear_source(text, toks, subj)  # (not "the people ostracized and deemed …": a participle)
    return subj if (subj[1] - subj[0] == 1 and toks[subj[0]].low in _SUBJECT_PRONOUNS) or named else None


def _regrouped(span: Span, group: int) -> Span:
    # (what dataclasses.replace does, at a fifth of its cost: every attribution's spans pass here)
    return Span(span.start, span.end, span.text, span.label, span.type, group, span.reason)


def _sentence_attributions(text, sent, toks, fps, history) -> list[Attribution]:
    cands: list[_Cand] = []
    headline = _headline_colon(text, sent, toks)
    if headline:
        cands.append(headline)
    viewpoint = _viewpoint(text, sent, toks)
    if viewpoint:
        cands.append(viewpoint)
    forms = _verb_forms()
    lows = [t.low for t in toks]
    triggers, first_words, widths = _word_triggers(), _first_words(), _verb_widths()
    i = 0
    n = len(toks)
    taken_until = -1
    while i < n:
        if i < taken_until:
            i += 1
            continue
        cand = None
        low = toks[i].low
        if low in triggers and not toks[i].quoted:
            cand, takes = _word_candidate(text, sent, toks, i, fps, forms)
            if cand:
                cands.append(cand)
                if takes:
                    taken_until = cand.cue[1]
                i += 1
                continue
        acc = _match_phrase(toks, i, "source_after") if low in first_words else 0
        framed = 0 if acc or low not in first_words else _match_phrase(toks, i, "source_after_framed")
        if framed and not toks[i].quoted and _framed_source(text, toks, i, i + framed):
            cand = _according_to(text, sent, toks, i, i + framed)  # "..., per Feng."
        elif acc and not toks[i].quoted and not fps.overlap(toks[i].start, toks[i + acc - 1].end):
            cand = _according_to(text, sent, toks, i, i + acc)  # (not "according to a formula")
        elif low in first_words:
            for width in widths.get(low, ()):
                if i + width > n:
                    continue
                vf = forms.get(" ".join(lows[i : i + width]))
                end = i + width
                if vf is None and width > 1 and i + width < n and _manner_adverb(toks[i + 1]):
                    vf = forms.get(" ".join([lows[i]] + lows[i + 2 : i + width + 1]))  # "spoke briefly about", "spoke highly of": a manner adverb inside the phrase
                    end = i + width + 1
                if vf and vf.words == width:
                    cand = _verb_candidate(text, sent, toks, i, end, vf, fps)
                    if cand is not None:
                        cand.cls = vf.cls
                        holder = next(
                            (c for c in reversed(cands[-8:]) if c.holds_reports and c.content and c.content[0] <= toks[i].start < c.content[1]),
                            None,
                        )
                        if holder is not None and cand.coordinated and aside_relative_inside(toks, cand, holder, cands):
                            pass  # "said Pratchett -- who spoke out … and called for … -- had …": the relative clause's second verb, the claim stays whole
                        elif holder is not None and cand.coordinated and toks[cand.cue[0]].low in _MODALS and _clause_content(text, holder) and not _refusal(toks, cand, vf):
                            cand = None  # "said that it had received the letter and would respond": the clause's second verb, inside the claim
                        elif holder is not None and (cand.coordinated or _second_verb_after_object(toks, holder, cand)):
                            # "X invoked Obama and suggested that ...": a second verb of X, not part of what X invoked
                            cut = toks[cand.cue[0] - 1].start
                            holder.content = (holder.content[0], cut) if cut - holder.content[0] > 1 else None
                            if holder.content is not None:
                                holder.content = trim_content(text, holder.content[0], holder.content[1])
                        elif holder is not None and vf.ing and toks[cand.cue[1] - 1].text == ":" and cand.cue[0] > 0 and toks[cand.cue[0] - 1].text == ",":
                            # "X expressed sentiments in an op-ed, writing:": the colon frame is not part of the object
                            # (a verb with a subject of its own is inside the claim: "According to AFP, one user, which …, posted: …")
                            holder.content = trim_content(text, holder.content[0], toks[cand.cue[0] - 1].start)
                        elif vf.cls != "speech" and holder is not None and "," not in text[holder.content[0] : toks[i].start]:
                            cand = None  # a stance nested in what someone else said ("she said she wanted ...")
                    break
        if cand is None and not toks[i].quoted and (i + 2 >= n or toks[i + 1].low == "that") and not any(c.source_after for c in cands):
            # (the slot is sentence-final or before "that"; "According to police, the driver fled.": the frame has spoken)
            cand = _slot_candidate(text, sent, toks, i, fps)
        if cand:
            if cand.inherit and any(c.source is not None and c.cue[1] <= cand.cue[0] for c in cands[-8:]) and not (cand.source is not None and any(_host_clause_goes_on(toks, c, cand) for c in cands[-8:])):
                cand.source = None  # _build takes the speaker of the earlier attribution
            cands.append(cand)
            taken_until = cand.cue[1]
        i += 1
    for k, t in enumerate(toks):
        # "Cuccinelli reportedly reacted to …": the verb after the adverb reported nothing, so the
        # adverb credits the claim to reports after all
        if t.low in _evidential_adverbs() and not t.quoted and k + 1 < n and toks[k + 1].low in forms and not any(
            c.cue[0] <= k + 1 < c.cue[1] or c.cue[0] <= k < c.cue[1] for c in cands
        ):
            late = _evidential_adverb(text, sent, toks, k, forms, verb_failed=True)
            if late is not None:
                cands.append(late)
    cands = [c for c in cands if not c.needs_speaker or any(d.source is not None and d.cue[1] <= c.cue[0] for d in cands)]
    cands = [c for c in cands if not (c.source is None and c.content is not None and _only_date_or_number(text, c.content))]
    # "What did the prosecutors say?": a question asks for the claim; nobody is cited
    cands = [c for c in cands if not (c.content is None and c.source is not None and not c.source_after and _question_before(toks, c.source))]
    # "He felt confident that …", "Republicans seem confident …": the verb alone and the verb with
    # its adjective are one attribution, drawn once: the verb's (PolNeAR marks "seem")
    cands = [c for c in cands if not any(d is not c and c.cue[0] <= d.cue[0] and d.cue[1] <= c.cue[1] and d.cue != c.cue for d in cands)]
    credit = digest_citation(text, sent, toks)  # "… [Reuters.]": a digest's credit line
    if credit is not None and not any(c.cue[1] > credit.cue[0] for c in cands):
        cands.append(credit)
    cands.sort(key=lambda c: c.cue[0])
    if cands and cands[0].cue[0] == 1 and toks[0].low in _PERFECT_OPENERS and cands[0].source == (0, 1):
        cands[0].source = None  # ("Having claimed that …, the general …": the word opens the clause, it speaks for no one)
    opening = cands and cands[0].source is None and (cands[0].cue[0] == 0 or (cands[0].cue[0] == 1 and toks[0].low in _GERUND_PREPS | _PERFECT_OPENERS))
    if opening:  # ("Citing the attack, …", "After saying he was nervous, …")
        _opening_participle_speaker(text, toks, cands)
    for c in cands:
        frame = by_frame_start(toks, c.cue[0]) if toks[c.cue[0]].low.endswith("ing") else None
        if frame is not None and (c.source is None or c.source_after or c.source[1] <= frame):
            c.cue = (frame, c.cue[1])  # "He concluded by implying": the frame verb orders the speech
            if c.source is None:
                c.source = source_left(toks, skip_time_before(toks, frame))  # "Hannity followed up by asking": the subject before the frame verb
    cands = drop_nested(text, toks, cands)
    _cut_sources_at_inner_cues(toks, cands)
    _end_before_the_subjects_verb(text, toks, cands)
    _join_relayed_after_aside(text, toks, cands)
    for c in cands:
        if c.content is not None and not c.source_after and _place_or_hearer_only(toks, c):
            c.content = None  # "who wrote to her on Thursday", "writing in the Post in 2013": to whom, where or when, not what
        if c.source is not None and not c.source_after and not (c.cue[1] < len(toks) and toks[c.cue[1]].text == ",") and _name_before_open_appositive(text, toks, c.source[0]):
            c.source = (0, c.source[1])  # ("Mancini, the man who led City to its first title in 2012 says …": the name, its appositive unclosed; not "Netanyahu, the official said, saw …")
        if c.source is None and not c.passive and _states_something(text, c) and not any(d.cue[1] <= c.cue[0] for d in cands if d is not c):
            c.source = _host_subject(toks, c.cue[0])  # ("In 2009, in a speech, Netanyahu committed to talks, saying …": the clause's subject says it)
    out = []
    for c in cands:
        att = _build(text, toks, c, history)
        history.append(att)  # later pronouns in this sentence may point to it
        out.append(att)
        relayed = _relayed_speaker(text, att)
        if relayed is not None:
            history.append(relayed)  # ("… quoted Poroshenko as saying … He added": he is Poroshenko)
            out.append(relayed)
    return out


def _name_before_open_appositive(text, toks, k: int) -> bool:
    """The source phrase at ``k`` is a description ("the man who led …") right after a comma that
    follows a person's name opening the sentence ("Mancini, the man …"): an appositive whose
    closing comma is missing, so the name is the speaker. The name has a given name first or is
    written capitalized inside a sentence elsewhere ("Roberto Mancini"), unlike an adverb
    ("Regardless, the State Department said …")."""
    if k < 2 or k > 4 or toks[k - 1].text != "," or toks[k].low not in _APPOSITIVE_ARTICLES:
        return False
    words_ = [t.text for t in toks[: k - 1]]
    if not all(srcmod.is_name_word(w) for w in words_) or srcmod.classify(" ".join(words_)) != "named_person":
        return False
    return words_[0].lower() in srcmod.given_names() or re.search(rf"(?<=[\w,] ){re.escape(words_[-1])}\b", text) is not None


def _states_something(text, c: _Cand) -> bool:
    """The participle reports words or a view ("saying …", "believing …") or takes a clause, an
    infinitive or a quotation ("hoping to …"), not an act on a thing ("taking aim at a surge")."""
    if c.cls in ("speech", "opinion"):
        return True
    if c.content is None:
        return False
    first = (text[c.content[0] : c.content[1]].split(None, 1) or [""])[0].lower()
    return first in ("to", "that") or first[:1] in OPEN_QUOTES + '"'


def _host_subject(toks, i: int) -> tuple[int, int] | None:
    """The subject of the clause a participle after a comma at ``i`` closes ("In 2009, in a speech,
    Netanyahu committed to talks, saying …"): the phrase before the sentence's first finite verb
    whose phrase opens the sentence or follows the comma of a fronted phrase, when it can speak;
    None when a comma, conjunction or relative stands between that verb and the participle
    (another clause may own it)."""
    if i < 3 or toks[i - 1].text != "," or not toks[i].low.endswith("ing"):
        return None
    for m in range(1, i - 1):
        if not finite_word(toks[m]) or toks[m].quoted:
            continue
        subj = source_left(toks, m)
        if subj is None or (subj[0] > 0 and toks[subj[0] - 1].text != ",") or any(finite_word(t) for t in toks[subj[0] : subj[1]]):
            continue  # ("in a speech known as …,": a participle inside the fronted phrase, no subject before it)
        if any(t.text in ",;:—–" or t.low in _COORDINATORS or t.low in _RELATIVES or t.quoted for t in toks[m + 1 : i - 1]):
            return None
        words_ = [t.text for t in toks[subj[0] : subj[1]]]
        typ = srcmod.classify(" ".join(words_))
        person = srcmod.agent_word(words_[-1].lower()) or srcmod.head_type(words_[-1].lower()) in ("role", "anonymous")
        speaks = typ in ("named_person", "organization", "document", "pronoun") or (typ in ("anonymous", "vague") and person)  # (not "One of her first power moves")
        whole = len(words_) > 1 or words_[0].lower() not in function_words() or typ == "pronoun"  # (not a lone "the" cut from "the imposingly-named dam")
        return subj if speaks and whole else None  # (not "the steps in front of the school", a dam: no speaker)
    return None


def _join_relayed_after_aside(text, toks, cands: list[_Cand]) -> None:
    """"The AP quoted Wassim Bouhlel, a Nice native, as saying that …": the appositive's comma
    ended the claim of "quoted", and "as saying" became a participle with no speaker. The claim
    runs on through the participle's words, which ``_relayed_speaker`` then credits to the name."""
    for c, d in zip(cands, cands[1:]):
        if c.content is None or d.content is None or d.source is not None or toks[c.cue[1] - 1].low not in _RELAYING_VERBS:
            continue
        i = d.cue[0]
        if i >= 2 and toks[i].low in _RELAYED_PARTICIPLES and toks[i - 1].low == "as" and toks[i - 2].text == "," and toks[i - 2].start == c.content[1]:
            c.content = (c.content[0], d.content[1])
            cands.remove(d)
            return


_RELAYED_PARTICIPLES = ("saying", "telling")
_AS_SAYING = re.compile(r",?\s+as\s+(?:saying|telling\s+[^,:;.\"“]{1,40}?)(?=[\s,:])[,:]?\s+")
_RELAYING_VERBS = words("relaying_verb")
_OBJECT_PRONOUNS = words("object_only_pronoun") | words("personal_pronoun") | words("possessive_determiner")  # "quoted him (her) as saying"


def _relayed_speaker(text: str, att: Attribution) -> Attribution | None:
    """"The magazine quoted Jenner as saying she supported her father": Jenner said it, and the
    magazine relays it. The magazine's attribution keeps the whole ("Jenner as saying …", as PolNeAR
    marks it); this is Jenner's own: source "Jenner", cue "as saying", the words after it. None
    unless the cue is a relaying verb ("quoted", "cited") and its claim reads that way."""
    c = att.content
    if c is None or att.cue.text.split()[-1].lower() not in _RELAYING_VERBS:
        return None
    m = _AS_SAYING.search(c.text)
    if m is None or m.start() == 0 or m.end() >= len(c.text):
        return None
    phrase = c.text[: m.start()].strip()
    typ = srcmod.classify(phrase)
    if typ == "pronoun" or phrase.lower() in _OBJECT_PRONOUNS or not phrase[:1].isalnum():
        return None  # ("quoted him as saying": no name to list)
    cue_text = m.group(0).strip(" ,:\n\t")
    cue = c.start + m.start() + m.group(0).index(cue_text)
    return _made_attribution(text, typ, srcmod.display_name(phrase, typ), (cue, cue + len(cue_text)), (c.start, c.start + len(phrase)), (c.start + m.end(), c.end))


_DATE_OR_NUMBER = re.compile(r"[\W\d_]*(?:(?:" + "|".join(sorted(words("time_word"), key=len, reverse=True)) + r")\b[\W\d_]*)*", re.IGNORECASE)


def _participle_after_object(toks, i, ce) -> bool:
    """A speech "-ing" verb at ``i`` right after the object of a past verb, a thing that speaks
    no words ("left the meeting saying", "ended her speech Tuesday saying"), with a clause after
    it: a participle clause of the sentence's subject (a people, document or message noun is
    the speaker itself: "officials saying", "a statement saying", "signs saying")."""
    k = i - 1
    if k > 0 and toks[k].low in _TIME_WORDS:
        k -= 1  # (a day after the object: "signed the order Tuesday saying")
    noun = toks[k]
    if not (noun.text.isalpha() and noun.text.islower()) or srcmod.head_type(noun.low) is not None or agent_noun(noun) or message_noun(toks, k):
        return False
    det = k - 1
    if det < 1 or toks[det].low not in _DETERMINERS:
        return False
    verb = toks[det - 1]
    return past_form(verb) and ce < len(toks) and (has_complement(toks, ce) or bare_clause(toks, ce))


def _participle_after_named_object(toks, i, ce) -> bool:
    """A speech "-ing" verb at ``i`` right after a name that is the object of a preposition after a
    past verb ("tweeted back at Trump pointing out how …", "wrote to Obama saying …"), with a clause
    after it: a participle clause of the sentence's subject, not a report by the name."""
    k = i - 1
    while k > 0 and is_name(toks[k]) and not toks[k].low.endswith(("'s", "’s")):
        k -= 1
    if k == i - 1 or k < 1 or toks[k].low not in _PREPOSITIONS:
        return False
    verb = toks[k - 2] if k >= 2 and toks[k - 1].low in _BARE_PARTICLES else toks[k - 1]  # ("tweeted back at")
    return past_form(verb) and ce < len(toks) and (has_complement(toks, ce) or bare_clause(toks, ce) or toks[ce].low in _QUESTION_WORDS)


def _clause_content(text, holder) -> bool:
    """The holder's content opens a clause with its own subject ("that it had received …", "he
    would …"): a verb coordinated inside it shares that subject."""
    head = text[holder.content[0] : holder.content[0] + 40].split()
    if head and head[0].lower() in _THAT_WORDS:
        head = head[1:]
    return len(head) >= 2 and (head[0].lower() in _SUBJECT_PRONOUNS or head[0].lower() in _DETERMINERS or head[0][:1].isupper())


def _verb_ending(tok) -> bool:
    """A lowercase word in -ed or -ing ("helped", "gaining"): after a finite auxiliary ("had helped
    add", "are gaining favor") the verb of a verb group, never a speaker."""
    return tok.text.isalpha() and tok.text.islower() and len(tok.low) > 4 and tok.low.endswith(("ed", "ing"))


def _pronoun_then_verb(toks, subj) -> bool:
    """The source phrase is a subject pronoun and a lowercase word that cannot extend it ("She
    gives"), where "She and her defenders", "they themselves", "we all" are phrases."""
    if subj[1] - subj[0] < 2 or toks[subj[0]].low not in _SUBJECT_PRONOUNS or toks[subj[0]].low in _RELATIVES:
        return False
    if subj[0] > 0 and toks[subj[0] - 1].low in _RELATIVES:
        return False  # ("the scientists with whom we spoke said": a relative clause inside the source)
    nxt = toks[subj[0] + 1]
    return nxt.text.isalpha() and nxt.text.islower() and nxt.low not in _PRONOUN_EXTENDERS


def _refusal(toks, cand, vf) -> bool:
    """"would not say", "could not comment": a negated verb of saying after a modal is the speaker
    refusing to say more ("said two people had been arrested but would not say why"), not a
    second verb of the claim's subject."""
    return vf.cls == "speech" and any(t.low in _NEGATIONS for t in toks[cand.cue[0] : cand.cue[1]])


def _second_verb_after_object(toks, holder, cand) -> bool:
    """"A spokesman defended the march route and said the police had trained": a verb of saying
    after "and" ends the object of a stance verb, whose object is a noun phrase, not a clause
    with a subject of its own; not after a relative or clause word in the object ("defended the
    officer who arrived and said …")."""
    g = cand.cue[0]
    if holder.cls != "stance" or not cand.inherit or g < 2 or toks[g - 1].low not in ("and", "but"):
        return False
    if _gerund_cue(toks, cand.cue) and not _gerund_cue(toks, holder.cue):
        return False  # "called out the press for being biased and not reporting …": the gerunds pair
    first = next((k for k in range(g - 1) if holder.content[0] <= toks[k].start), g - 1)
    inside = toks[first : g - 1]
    # nor an infinitive's verbs: "called upon experts to interpret the milestone and explain …"
    return bool(inside) and not any(
        t.quoted or t.low in _RELATIVES or t.low in _THAT_WORDS or t.low in _CLAUSE_OPENERS or t.text in ",;:"
        or (t.low == "to" and k + 1 < g - 1 and toks[k + 1].text.islower() and toks[k + 1].low not in _DETERMINERS)
        for k, t in enumerate(inside, first)
    )


def _gerund_cue(toks, cue) -> bool:
    """The cue holds an "-ing" form ("calling for", "not reporting")."""
    return any(t.low.endswith("ing") for t in toks[cue[0] : cue[1]])


def _only_date_or_number(text, content: tuple[int, int]) -> bool:
    """The content is a date or a figure and nothing else ("— Announced March 23, 2015", "Pledged:
    781."): a list entry's label, not a claim of anyone's."""
    return _DATE_OR_NUMBER.fullmatch(text, content[0], content[1]) is not None


def _host_clause_goes_on(toks, frame: _Cand, cand: _Cand) -> bool:
    """"Smith was willing to plead guilty, her lawyers said, but consulted her trial lawyer and asked
    prosecutors …": the mid-sentence frame ``frame`` is followed by ", but"/", and" and a verb that
    reports nothing, so that verb and the ``cand`` coordinated after it go on the host clause, whose
    subject speaks; ", the mayor said, and added that …" goes on the frame."""
    if frame.content is None or frame.source is None or frame.source_after or frame.content[1] > toks[frame.source[0]].start:
        return False  # (the frame follows its claim: "…, her lawyers said")
    k = max(frame.cue[1], frame.source[1])
    if k + 2 >= cand.cue[0] or toks[k].text != "," or toks[k + 1].low not in ("and", "but"):
        return False
    verb = toks[k + 2]
    return verb.text.islower() and verb.text.isalpha() and verb.low not in _verb_forms() and verb.low not in function_words()


_ASIDE_REACH = 16  # tokens of a participle aside between commas ("…, even earning a theology degree while in prison, …")


def _end_before_the_subjects_verb(text, toks, cands: list[_Cand]) -> None:
    """"A petition saying the woman has changed her life had garnered 80,000 signatures": a
    participle right after the noun that opens the sentence makes that noun phrase the subject, so
    the claim ends before the main verb, the second finite verb that follows a word of the claim
    with no conjunction, relative or comma before it (not inside a relative: "the woman who …")."""
    for c in cands:
        if c.content is None or c.source is None or c.source_after or c.source[1] != c.cue[0] or not toks[c.cue[0]].low.endswith("ing"):
            continue
        if c.cue[1] - c.cue[0] != 1 or c.source[0] != 0 or toks[0].low in _SUBJECT_PRONOUNS:  # ("I", "they": no noun a participle could modify)
            continue  # (a noun phrase opens the sentence: not "I'm saying …", not "… breaks with resolutions declaring …")
        inside = [m for m in range(c.cue[1], len(toks)) if c.content[0] <= toks[m].start and toks[m].end <= c.content[1]]
        first = next((m for m in inside if finite_word(toks[m]) or present_verb_at(toks, m)), None)
        if first is None or any(toks[m].low in _RELATIVES or toks[m].low in _COORDINATORS or toks[m].text in ",;:" for m in inside if m < first):
            continue
        group_end = first
        while group_end + 1 < len(toks) and finite_word(toks[group_end + 1]):
            group_end += 1  # ("has changed": one verb group)
        if first > c.cue[1] and not toks[first].quoted and ((toks[-1].text in (".", "!") and not _second_finite_verb(toks, inside, group_end)) or toks[c.cue[1]].low in _REFLEXIVES):
            c.content = trim_content(text, c.content[0], toks[first - 1].end)  # ("An online group claiming affiliation with ISIS has threatened …": one finite verb, the subject's; the claim is the phrase before it)
            continue
        for m in inside:
            if m <= group_end + 1:
                continue
            if toks[m].text == ",":
                aside = m + 2 < len(toks) and (toks[m + 1].low.endswith("ing") or toks[m + 2].low.endswith("ing"))
                close = next((x for x in range(m + 1, min(len(toks) - 1, m + _ASIDE_REACH)) if toks[x].text == ","), None) if aside else m
                if close is not None and close + 1 < len(toks) and finite_word(toks[close + 1]) and not any(toks[x].low in _RELATIVES or toks[x].low in _COORDINATORS for x in range(m, close)):
                    # "… has turned her life around, even earning a degree in prison, had garnered …": the subject's verb after the aside
                    c.content = trim_content(text, c.content[0], toks[close - 1].end)
                    break
            if toks[m].low in _RELATIVES or toks[m].low in _COORDINATORS or toks[m].text in ",;:\"“”":
                break  # another clause or a quotation: the rule reads no further
            if finite_word(toks[m]) and (toks[m - 1].text[-1:].isalnum() or toks[m - 1].text in ("%", ")")):
                c.content = trim_content(text, c.content[0], toks[m - 1].end)
                break


_REFLEXIVES = words("reflexive_pronoun")  # "A group calling itself X posted …": the noun names itself


def _second_finite_verb(toks, inside: list[int], group_end: int) -> bool:
    """A finite verb follows the verb group ending at ``group_end`` within the claim, before a
    clause break (a comma, a conjunction, a relative, a quotation): the subject's own verb."""
    for m in inside:
        if m <= group_end + 1:
            continue
        if toks[m].text == "," and m + 2 < len(toks) and (toks[m + 1].low.endswith("ing") or toks[m + 2].low.endswith("ing")):
            close = next((x for x in range(m + 1, min(len(toks) - 1, m + _ASIDE_REACH)) if toks[x].text == ","), None)
            return close is not None and finite_word(toks[close + 1])  # ("…, even earning a degree in prison, had garnered …": the verb after the aside)
        if toks[m].low in _RELATIVES or toks[m].low in _COORDINATORS or toks[m].text in ",;:\"“”":
            return False
        if finite_word(toks[m]):
            return True
    return False


def _cut_sources_at_inner_cues(toks, cands: list[_Cand]) -> None:
    """"The agency, citing internal documents, reported ...", "The figures, which were first
    reported by Reuters, show ...": an aside holding a cue of its own is no part of the source,
    which ends at the aside's comma (one span, drawn once, when the inner cue has the same source)."""
    for c in cands:
        if c.source is None or c.source_after:
            continue
        a, b = c.source
        inner = [d for d in cands if d is not c and a < d.cue[0] < b]
        if not inner:
            continue
        comma = next((m for m in range(a + 1, inner[0].cue[0]) if toks[m].text == "," or dash_width(toks, m)), None)
        if comma is None:
            continue  # (the aside opens with a comma or a dash: "The senator — who said … — voted")
        c.source = (a, comma)
        for d in inner:
            if d.source == c.source:
                d.unspanned = True


def _opening_participle_speaker(text, toks, cands: list[_Cand]) -> None:
    """"Citing the attack, Mr. Will urged ...", "Noting that it failed, the senator moved on", "After
    saying he was nervous, the man left": the speaker of a participle clause opening the sentence is the subject of the main clause after its comma (the
    source of a later cue there, else a Capitalized or source-noun phrase before a lowercase verb);
    the participle's content ends at that comma."""
    first = cands[0]
    if not ((toks[first.cue[0]].low.endswith("ing") or toks[0].low in _PERFECT_OPENERS) and first.content is not None):
        return
    n = len(toks)
    for m in range(first.cue[1], n - 2):
        if toks[m].text != "," or toks[m].quoted:
            continue
        later = next((c for c in cands[1:] if c.source is not None and c.source[0] == m + 1 and not c.source_after), None)
        if later is not None:
            subject, first.unspanned = later.source, True  # (one source span, as for "X said ... and added ...")
        else:
            found = sentence_subject(text, toks[m + 1 :], n - m - 1)
            if found is None or m + 1 + found[1] >= n or not toks[m + 1 + found[1]].text.islower():
                continue
            subject = (found[0] + m + 1, found[1] + m + 1)
        first.source = subject
        if first.content[1] > toks[m].start:
            first.content = trim_content(text, first.content[0], toks[m].start)
        return


@lru_cache(maxsize=1)
def _evidential_adverbs() -> frozenset[str]:
    """The one-word evidential adverbs of ``attribution_cues.tsv`` ("reportedly", "allegedly")."""
    return frozenset(p[0] for p in _cue_phrases().get("evidential_adverb", []) if len(p) == 1)


@lru_cache(maxsize=1)
def _word_triggers() -> frozenset[str]:
    """Every word that can start a cue in ``_word_candidate`` (most tokens skip it at one lookup)."""
    return _passive_participles() | _evidential_adverbs() | _attitude_adjectives() | VOICING_PARTICIPLES | _CLAIM_NOUNS | {"in", "by"}


def _word_candidate(text, sent, toks, i, fps, forms) -> tuple[_Cand | None, bool]:
    """A cue started at token ``i`` by a word that is no reporting verb, and whether it takes its tokens.

    Tried in order: an agentless passive weasel ("is widely regarded as"), an evidential adverb
    ("reportedly"), an attitude adjective ("are wary of"), doubts raised by nobody named
    ("Concerns were raised that"), a possessed claim ("Trump's claim that"), a poll ("in the
    latest poll"). Later cues may start inside an adverb's or a poll's
    cue, not inside the others'.
    """
    low = toks[i].low
    cand = None
    if low in _passive_participles():
        cand = _passive_candidate(text, sent, toks, i, fps)
    if cand is None and low in _evidential_adverbs():
        cand = _evidential_adverb(text, sent, toks, i, forms)
        if cand is not None:
            return cand, False
    if cand is None and low in _attitude_adjectives():
        cand = _attitude_candidate(text, sent, toks, i)
    if cand is None and low in VOICING_PARTICIPLES:
        cand = raised_doubts(text, sent, toks, i)
    if cand is None and low in _CLAIM_NOUNS:
        cand = possessed_claim(text, sent, toks, i)
    if cand is None and low == "in":
        cand = in_poll(text, sent, toks, i)
        if cand is not None:
            return cand, False
    if cand is None and low == "by":
        cand = by_count(text, sent, toks, i)  # "By the AP's tally, …"
    return cand, cand is not None


def _match_phrase(toks, i, kind: str) -> int:
    """Length of the first cue phrase of ``kind`` (file order) that starts at token ``i``, or 0."""
    if i >= len(toks):
        return 0
    for phrase in cue_phrases_by_first_word(kind).get(toks[i].low, ()):
        k = len(phrase)
        if i + k <= len(toks) and all(toks[i + j].low == phrase[j] for j in range(1, k)):
            return k
    return 0


# --------------------------------------------------------------------------- verbs


_GOING_ON_VERBS = words("going_on_verb")  # "continue": a document goes on with its words only before a colon or a quotation
_PLURAL_FINITE = words("plural_finite")  # "states that have": the relative clause's verb agrees with a plural noun
_STATEMENT_ACTS = words("statement_act")  # "issued the following statement:": a cue only before the words
_SETTING_PREPOSITIONS = words("setting_preposition")  # "to her", "in the Post", "outside the hotel": no claim


def _place_or_hearer_only(toks, c: _Cand) -> bool:
    """The claim right after the cue is one short prepositional phrase of hearer, place, outlet or
    time, with no verb or quotation ("wrote to her on Thursday", "writing in the Post in 2013",
    "protested outside the hotel")."""
    inside = [t for t in toks[c.cue[1] :] if c.content[0] <= t.start < c.content[1]]
    if not inside or toks[c.cue[1] - 1].end > c.content[0] or inside[0].low not in _SETTING_PREPOSITIONS or len(inside) > 8 or len(inside) < 2:
        return False
    if inside[0].low == "to" and not (inside[1].low in _PERSONAL_OBJECTS or is_name(inside[1])):
        return False  # ("plans to root for Iowa", "confessed to the killing": an infinitive or a deed, not a hearer)
    if inside[0].low == "to" and any(t.low in _PREPOSITIONS and t.low not in _SETTING_PREPOSITIONS for t in inside[1:]):
        return False  # ("apologized to Smith for the emails": after the hearer, what the words were about)
    return all(t.text.isalnum() or t.text in (".", ",", "’", "'") for t in inside) and not any(
        t.text.islower() and (ed_form(t) or t.low in _FINITE_AUX or t.low in _verb_forms()) for t in inside[1:]
    )


def _verb_candidate(text, sent, toks, i, j, vf: VerbForm, fps) -> _Cand | None:
    if toks[i].quoted:
        return None  # a reporting verb inside a quotation belongs to someone else's words
    if _in_capitals(toks, i):
        return None  # "TELLING OF THE SYRIAN REFUGEE CRISIS": a headline in capitals, no verb to be told apart
    if i > 0 and toks[i].text[:1].isupper() and is_name(toks[i - 1]) and not title_case(toks):
        return None  # "CNN's Samira Said contributed", "Edward Said": a surname after a first name, not the verb
    vs, ve = toks[i].start, toks[j - 1].end
    if fps.overlap(vs, ve):
        return None
    if j + 1 < len(toks) and toks[i].low in _CATENATIVES and toks[j].low == "to" and toks[j + 1].low in _verb_forms():
        return None  # "continued to say": the chain is one cue, found at its last verb
    if j + 1 < len(toks) and toks[j - 1].low.endswith("s") and toks[j].low == "that" and toks[j + 1].low in _PLURAL_FINITE:
        return None  # "Ohio and Iowa, states that have long favored Republicans": a plural noun and its relative clause
    if vf.ing and i > 0 and toks[i - 1].low in _DETERMINERS and j + 1 < len(toks) and toks[j].text.islower() and plural_shape(toks[j].text) and (toks[j + 1].low in _PREPOSITIONS or toks[j + 1].text in (".", ",", ";")):
        return None  # "some warning signs for the mayor": the "-ing" word modifies a plural noun ("with many saying …" stays)
    if vf.ing and _modifier_of_speaking_subject(toks, i, j):
        return None  # "Several delegates supporting Clinton said …": the "-ing" phrase says which delegates; "said" is the report
    if vf.lemma in _STATEMENT_ACTS and not (j < len(toks) and (toks[j].text == ":" or is_open_quote(toks, j) or (toks[j].text == "," and is_open_quote(toks, j + 1)))):
        return None  # "issued a statement Tuesday saying …" is one cue of the participle's; "issued a statement." alone is only the act
    if vf.lemma == "go on" and j < len(toks) and toks[j].low == "to":
        return None  # "went on to endorse": the chain is one cue, found at its last verb
    if vf.lemma == "feel" and j < len(toks) and toks[j].low in _FEELING_STATES:
        return None  # "he felt well again", "She felt better": a state of body or mood, no view
    if vf.lemma in _BYLINE_VERBS and _writes_for_outlet(toks, j) and not _as_frame_opening(toks, i):
        return None  # "Emily Feng reports for NPR", "She writes for The Atlantic": whom the writer works for, no report ("As Emily Feng reports for NPR, …" frames the clause after it)
    if j < len(toks) and toks[j].low == "of" and toks[j - 1].low == "out":
        return None  # "spoke out of turn", "point out of the window": "out of" is one preposition, no "speak out"
    if _possessor_then_modifier(toks, i, j):
        return None  # "Stadia's recommended Chromecast Ultra", "the Party's presumed White House nominee": an adjective
    if vf.lemma == "feel" and _resemblance(toks, j):
        return None  # "The new bank feels a little like the old one": a likeness, no view (not "I feel like they lied")
    raising, expletive = vf.cls == "raising", False
    if raising:
        # "appeared to endorse", "seems that": a judgment; "appeared on television" is no cue
        expletive = _expletive_it_before(toks, i, j)  # "it appears, though, that …", "it seems Trump will …"
        if j >= len(toks) or (toks[j].low not in _RAISING_NEXT and not _impression_predicate(toks, j) and not expletive):
            return None
        vf = replace(vf, cls="stance")
    if i > 0 and toks[i - 1].text in ("-", "<", "/", "#", "@") and toks[i - 1].end == toks[i].start:
        return None  # "so-called", "self-described", markup ("<tweet"), hashtags
    n = len(toks)
    # Verb group: auxiliaries, negation and adverbs right before the verb belong to the cue.
    g = _group_start(toks, i)
    if g == i - 1 and toks[g].low in _MODALS and (vf.form.split()[0].endswith("ed") or vf.form.split()[0] in _IRREGULAR_PAST):
        g = i  # "Will described Trump as ...": a modal takes no past form, so "Will" is a name
    if g < i and toks[g].low in _FLOATING_QUANTIFIERS and (g == 0 or toks[g - 1].low in _PREPOSITIONS or toks[g].text[:1].isupper()):
        g += 1  # "Both have promised", "of all reported": the quantifier is the subject or a determiner
    if g < i and g > 0 and toks[g].low in _SEQUENCE_ADVERBS and toks[g - 1].low in _COORDINATORS | {","}:
        g += 1  # "..., then tweeted", "and then said": the adverb links the clauses, not the verb group
    if g == i and j < n and toks[j].low == "to" and toks[i].low in _ADJECTIVE_BEFORE_TO:
        return None  # "Republicans opposed to Trump say …": an adjective of the noun before it ("are opposed to" keeps its "be")
    if _unasserted_modal(toks, g, i, vf.cls == "speech" or vf.lemma in _EVIDENCE_LEMMAS):
        return None  # "Americans must recognize …", "We might know more if …": what someone should or could do, no report made
    go_on = g > 2 and toks[g - 1].low == "to" and toks[g - 2].low == "on" and toks[g - 3].low in _GO_FORMS
    # "went as far as to tweet", "has gone so far as to say": one chain, like "went on to"
    go_far = g > 4 and [t.low for t in toks[g - 4 : g]] in (["so", "far", "as", "to"], ["as", "far", "as", "to"]) and toks[g - 5].low in _GO_FORMS | {"gone"}
    if g == i and i > 0 and vf.ing and toks[i - 1].low in _GERUND_CATENATIVES:
        g = _group_start(toks, g - 1)  # "begins yelling", "kept saying": the chain is one cue, its subject comes before it
    elif (g > 1 and toks[g - 1].low == "to" and toks[g - 2].low in _CATENATIVES) or go_on or go_far:
        # "is trying to show", "has begun to rebut", "is quick to point out", "went on to
        # endorse": PolNeAR spans the whole chain, with the auxiliaries before it
        g = _group_start(toks, g - (5 if go_far else 3 if go_on else 2))
    elif g > 0 and toks[g - 1].low in ("to",) and not vf.lemma.startswith("go on") and not (g == i and past_form(toks[i]) and toks[i].low != vf.lemma.split()[0]):
        # An infinitive ("to say that ...", "declined to comment") reports no act of saying: the
        # verb that governs it carries the attribution, if any ("declined", "is quick to", "went on");
        # a past form is none ("The doctors we spoke to said …": "to" is the relative clause's)
        if vf.cls not in ("stance", "speech") or not _headline_future(text, toks, g):
            return None
        g -= 1  # "AFL-CIO to endorse Clinton.": a headline's future, "to" and the verb are the cue
    # The cue may close with a colon or a phrase such as "in a statement".
    ce = j
    suffix = _match_phrase(toks, j, "cue_suffix")
    passive = any(toks[m].low in _BE for m in range(g, i)) and form_is_participle(vf)
    its_said = i > 0 and toks[i - 1].low in _ITS and j < n and toks[j].low == "that"  # "It's said that ...": "'s" is "is"
    if g == i and i > 0 and form_is_participle(vf) and (_be_clitic(toks[i - 1].text, ("m", "re")) or its_said):
        g, passive = i - 1, True  # "I'm told that ...", "we're told": "'m"/"'re" is "am"/"are", an agentless passive
    if g == i and i > 0 and form_is_participle(vf) and j < n and toks[j].low == "to" and _progressive_clitic(toks[i - 1].text) and not _report_follows(toks, j):
        # "He's said to be the second dog": "'s" before a participle and "to" is "is", an agentless passive
        return _Cand((g, j), None, content_after(text, sent, toks, j), passive=True, cls="passive")
    # "a passenger accused of gun smuggling": the verb takes its object before the preposition
    # ("accused him of"), so right before it, the participle is a passive without "be"
    passive = passive or (g == i and ed_form(toks[i]) and j < n and f"{vf.lemma} {toks[j].low}" in _OBJECT_PREPOSITIONS)
    if g == i and i > 0 and ed_form(toks[i]) and j < n and f"{vf.lemma} {toks[j].low}" in _SUSPICION_PREPOSITIONS and toks[i - 1].text.isalpha():
        return None  # "the three men suspected of taking it": the men are the suspects, nobody is cited
    if suffix:
        ce = j + suffix
    elif stranded_particle(toks, j, vf, passive=passive):
        ce = j + 1  # "asked about", "said of", "called for": the preposition belongs to the predicate
    passive_to = passive and ce < n and toks[ce].low == "to"
    if ce < n and toks[ce].text == ":" :
        ce += 1
    if noun_reading(toks, g, i, j, vf) or head_of_next_subject(toks, j):
        return None
    if toks[i].low in _ADJECTIVE_PARTICIPLES and any(toks[m].low in _BE for m in range(g, i)) and (_ends_clause(toks, j) or toks[j].low in _PREPOSITIONS):
        return None  # "early results are promising.", "the signs are encouraging for us": an adjective, no speech
    if g == i and i > 0 and toks[i - 1].low in ("and", "or") and toks[i].low in _PARTICIPLE_ONLY and not (j < n and toks[j].low == "by"):
        return None  # "photography and written text": a participle with no "have" or "be" is no verb of the subject before it
    if vf.lemma in _NO_CUE_OBJECTS and _object_among(toks, j, _NO_CUE_OBJECTS[vf.lemma]):
        return None  # "Sanders addressed a Wednesday night rally", "seek her party's nomination": an audience or a pursuit, no point taken up
    if vf.lemma == "want" and any(toks[m].low in ("may", "might") for m in range(g, i)):
        return None  # "Donald Trump may want to check his stats": the writer's advice, no wish of Trump's
    if vf.lemma == "see" and j < n and toks[j].low in _FINITE_AUX:
        return None  # "the doctors he first saw had no clue": a relative clause without "that" ends at "saw"; nobody sees anything as a view
    if vf.lemma in _OBJECT_VERBS and (_ends_clause(toks, j) or (toks[j].low not in ("to", "on") and (toks[j].low in _PREPOSITIONS or toks[j].low in _CLAUSE_WORDS))):
        return None  # "NASA's exploration plans since ...", "Tax Plans Would All Cost": the noun, no intention ("plans to close", "planned a rally" are)
    if g == i and i > 0 and toks[i].low in _NAMING_PARTICIPLES and j < n and is_name(toks[j]) and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].low not in _SUBJECT_PRONOUNS:
        return None  # "a 52-year-old resident named Caroline": the name the person goes by, nobody names anything
    if vf.lemma in _ROLE_VERBS and not _as_in_clause(toks, j) and not (j < n and toks[j].low in _CAST_JUDGMENTS):
        return None  # "von Bargen portrayed a Southern lawman": a part played, no view of anyone
    if g > 0 and g == i and toks[g - 1].low in _LINKING_VERBS:
        return None  # "its defense remained suspect": a predicate adjective, no verb
    head = j + 1 if j + 1 < n and toks[j].text in OPEN_QUOTES + '"' else j  # ('the congressman’s alleged “paramours”': the noun in quotation marks)
    if g > 0 and _POSSESSIVE_S.search(toks[g - 1].text) and toks[g - 1].low[:-2] not in _NOT_POSSESSORS and ed_form(toks[i]) and head < n and toks[head].text.isalpha() and toks[head].text.islower() and (
        toks[head].low not in _PREPOSITIONS and toks[head].low not in _DETERMINERS and toks[head].low not in _CLAUSE_WORDS
    ):
        return None  # "Libya's internationally recognized government": a possessive, not "Libya is"
    if vf.ing and g == i and modifies_closing_subject(toks, j):
        return None  # "..., lobbying records show.": the "-ing" word modifies the closing subject, whose verb reports
    if vf.ing and g == i and i > 0 and toks[i - 1].low in _GERUND_ADJECTIVES:
        return None  # "It is worth noting that ...": the writer's own remark
    if vf.ing and g == i:
        g = issued_document(toks, g)  # "issued a statement Thursday, saying ...": one cue
    subj_end = skip_time_before(toks, g)  # "Trump on Tuesday said": the subject is before the date
    if subj_end == g and g > 1 and toks[g - 1].low in _LINKING_VERBS and toks[g].low in _CATENATIVES and toks[g].low != "to":
        subj_end = g - 1  # "the court's conservatives seemed ready to say": the linking verb is no part of the speaker
    if g > 1 and toks[g - 1].text == "," and ce < n and toks[ce].low == "by" and form_is_participle(vf) and vf.cls == "speech" and vf.lemma not in _DOCUMENT_MAKING and wordlike(toks[g - 2].text):
        # "The move, first reported by Bloomberg, would ...": an aside naming who reported the thing before it
        src = source_right(toks, ce + 1, loose=True)
        after = skip_time_after(toks, src[1]) if src is not None else n  # ("first reported by The New York Times on Tuesday,")
        if src is not None and after < n and toks[after].text == ",":
            return _Cand((g, ce), src, content_before(text, sent, toks, g - 1), source_after=True)  # (PolNeAR leaves "by" out of the cue)
    if 0 < g < i and ce < n and toks[ce].low == "by" and form_is_participle(vf) and vf.cls == "speech" and vf.lemma not in _DOCUMENT_MAKING and _reduced_relative_after_noun(toks, g, i):
        # "— a fact first reported by Christopher Heath, a TV reporter": the agent reported the noun before (the claim)
        src = source_right(toks, ce + 1, loose=True)
        noun = source_left(toks, g)
        if src is not None and noun is not None:
            return _Cand((g, ce), appositive_after(toks, src), (toks[noun[0]].start, toks[noun[1] - 1].end), source_after=True)
    by_at = skip_time_after(toks, j) if j < n and toks[j].low != "by" else j  # ("the move announced on Monday by Pompeo")
    if g == i and by_at < n and toks[by_at].low == "by" and form_is_participle(vf) and not by_medium(toks, by_at) and not (i > 0 and (toks[i - 1].low == "as" or toks[i - 1].low in _CLAUSE_OPENERS)) and not (speaker_after_quote(text, sent, toks, g) and (vf.cls == "speech" or not _after_quotation(toks, g))):
        # reduced relative "a report released by the office": the agent follows ('"…," he said by
        # phone' is a frame; '"Amazon Mom," a program offered by the retailer' is not)
        return None
    if g > 0 and toks[g - 1].low == "as" and ce < n and toks[ce].low in ("by", "in") and form_is_participle(vf):
        # "as described by FBI Director James Comey", "as first reported in The Wall Street
        # Journal", "as pointed out in our report": after "in", only a document or an outlet
        src = source_right(toks, ce + 1, loose=True)
        if src is not None and (toks[ce].low == "by" or srcmod.classify(phrase_text(text, toks, src)) in ("document", "organization")):
            return _Cand((g - 1, ce + 1), src, content_before(text, sent, toks, g - 1), source_after=True)
    if g == i and i > 0 and vf.lemma in _DOCUMENT_MAKING and form_is_participle(vf) and srcmod.head_type(toks[i - 1].text) == "document":
        return None  # "a statement posted on a site": the document was posted; it posts nothing
    if passive and vf.lemma in _DOCUMENT_MAKING and (j >= n or toks[j].low != "by") and _headed_by_document(text, toks, g):
        return None  # "The listing was posted on a site": the document was posted; nobody is cited
    if g == i and i > 1 and vf.lemma in _DOCUMENT_MAKING and (ed_form(toks[i]) or toks[i].low in _IRREGULAR_PARTICIPLES) and toks[i - 1].text == "," and j < n and toks[j].low in _PREPOSITIONS and (
        toks[i - 2].text.islower() and srcmod.head_type(toks[i - 2].text) in (None, "document") and not srcmod.agent_word(toks[i - 2].text)
    ):
        return None  # "The list, written on a page from a diary,": a participle describing the thing before the comma
    if g == i and form_is_participle(vf) and _named_as_then_verb(toks, j):
        return None  # 'A man identified only as "CE" told the court', 'the girl, referred to only as "Girl 1," had been …': a name given, then the clause's verb
    speaker_before = i > 0 and vf.cls == "speech" and (srcmod.head_type(toks[i - 1].low) is not None or srcmod.agent_word(toks[i - 1].text))  # ('Other parents said "family restrooms" would …': people say, things are labelled)
    if g == i and form_is_participle(vf) and _labelled_then_verb(toks, j) and not (i > 0 and (is_name(toks[i - 1]) or toks[i - 1].low in _SUBJECT_PRONOUNS or toks[i - 1].text == ",")) and not speaker_before:
        return None  # 'the deaths considered "non-felonious" were from accidents': a label, then the clause's verb ('Kerry said "substantial progress" had been made': a name's verb, or an aside's after its comma)
    if g == i and i > 0 and toks[i].low in _PARTICIPLE_ONLY and toks[i - 1].text.isalpha() and toks[i - 1].low not in _SUBJECT_PRONOUNS | {"as"} and not (j < n and toks[j].low == "by"):
        return None  # "the items shown in the photographs are ordinary": without "have" or "be" a participle that is no past tense modifies the noun before it
    if g == i and i > 2 and ed_form(toks[i]) and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and (toks[i - 2].low in _BE or (toks[i - 2].low in _DETERMINERS and toks[i - 3].low in _BE)) and (
        srcmod.head_type(toks[i - 1].low) in (None, "document") and not srcmod.agent_word(toks[i - 1].text) and _plain_noun(toks[i - 1])
    ):
        return None  # "Stories of the Congo were narratives whispered into his upbringing": a participle after a predicate noun modifies it ("The problem is critics claimed …" opens a clause)
    if g == i and vf.form.endswith("ed") and reduced_relative(text, toks, i, j):
        return None  # "A poll released Sunday shows ...": the document is the subject of the later verb
    imp = _impersonal(toks, i)
    if imp is not None and has_complement(toks, j):
        return _Cand((imp + 1, j), (imp, imp + 1), content_after(text, sent, toks, j), impersonal=True)
    # "The plan was criticized (by the union)": the subject of a passive is not its speaker; the
    # agent is, and without one the claim is attributed to nobody in particular
    # ("Kasich was encouraged to run by Sununu", "was encouraged by Sununu to run": someone urged him; "were encouraged to see" alone is a feeling)
    directed = any(toks[m].low == "to" and toks[m + 1].text.isalpha() and toks[m + 1].text.islower() for m in range(ce, n - 1)) and any(toks[m].low == "by" for m in range(ce, n))
    agentless = passive and g < i and (not experiencer_participle(toks[i]) or directed)
    if passive and g == i:  # "a passenger accused of gun smuggling": nobody named accuses; the charge is the content
        stop = next((m for m in range(ce, n) if toks[m].text in (",", ";", ".", "—") or toks[m].low in _FINITE_AUX), n)  # ("… was arrested": the main clause goes on)
        charge = trim_content(text, toks[ce].start, toks[stop - 1].end) if ce < stop else None
        return _Cand((g, ce), None, charge, passive=True, cls="passive")
    quoted_by = _quoted_then_by(toks, ce) if g == i and not passive and ed_form(toks[i]) else None
    if quoted_by is not None:
        # "Leonard Nimoy called “irreplaceable” by Tom Selleck": a participle with no "be" whose
        # quoted words come before a by-agent is a passive; the agent called the subject that
        by_agent = passive_agent(text, sent, toks, g, quoted_by, subj_end)
        if by_agent is not None:
            return replace(by_agent, cue=(g, ce), rest=(toks[ce].start, toks[quoted_by - 1].end))
    if agentless:
        particle = next((p for p in _PARTICLE_WORDS if f"{vf.lemma} {p}" in _OBJECT_PREPOSITIONS), "")  # "accuse" takes "of"
        by_agent = passive_agent(text, sent, toks, g, ce, subj_end, particle)
        if by_agent is not None and vf.cls == "complement" and vf.lemma not in _PASSIVE_REPORTS and not _clause_after_agent(toks, by_agent.source[1]):
            return None  # "Fellaini was found by Carrick": a verb of finding or showing with no clause reports nothing
        if by_agent is not None and vf.lemma in _PHYSICAL_SENSE_VERBS and _by_force(toks, g, ce, by_agent.source):
            return None  # "The marchers were brutally attacked by state troopers": an assault
        if by_agent is not None:
            return by_agent
    subj = source_left(toks, subj_end)
    if subj is not None and subj[1] - subj[0] == 1 and subj[0] > 0 and toks[subj[0] - 1].low in _FINITE_AUX and _verb_ending(toks[subj[0]]):
        return None  # "The articles had helped add momentum", "Boutiques are gaining favor": a verb chain, no speaker
    if subj is not None and _pronoun_then_verb(toks, subj):
        return None  # "She gives credit to …": the word before is the pronoun's verb; this one is its object
    if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low in _OBJECT_ONLY:
        subj = subject_before_relative(toks, subj[0])  # "groups that endorsed him say": "him" is no subject
    subj = _name_before_role(text, toks, subj)
    if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low in _PAGE_ADVERBS and subj[0] > 1:
        head = source_left(toks, subj[0] - 1)  # "the tweet shown above claimed": the tweet, not "above"
        subj = (head[0], subj[1]) if head is not None and head[1] == subj[0] - 1 else None
    subj = zero_relative_subject(toks, subj)  # "the money NASA requested": NASA
    subj = object_relative_head(toks, subj, subj_end)  # "The report the agency released on Monday found": the report
    if subj is not None and vf.lemma in _DOCUMENT_MAKING and _inside_document_relative(toks, subj, ce):
        return None  # "The letter she wrote to the board said …": what she wrote is the letter, whose verb comes later
    # "…, a point Feinstein also acknowledged", "It was the plan Obama endorsed": the name speaks;
    # the noun before it (and the clause before its comma) is what was acknowledged
    object_relative = object_zero_relative(toks, subj)
    antecedent = subj[0] if object_relative is not None else None
    subj = object_relative or subj
    if vf.ing and g == i and subj is not None:
        subj = _object_of_verb_with(toks, subj)  # "The move breaks with Security Council resolutions declaring …": the resolutions declare
    if subj is not None and subj[1] == subj_end < g and toks[subj_end - 1].text.islower() and (ed_form(toks[subj_end - 1]) or srcmod.participle_word(toks[subj_end - 1].text)):
        subj = (subj[0], g)  # "The report published Tuesday said", "A poll taken last week shows": the date is the participle's
    inverted = None
    # "Beck, who backed Cruz, last week said": the date after the comma stands between the
    # subject and its verb; the subject is found from the comma
    g_src = subj_end if subj_end < g and toks[subj_end - 1].text == "," else g
    prev = toks[g_src - 1].text if g_src > 0 else ""
    if prev == "“" and misturned_closer(text, toks[g_src - 1].start):
        prev = "”"  # ('“We are staying here,“ said Smith': a mistyped closing mark)
    # "“Why now?” Scarborough asked.": the splitter ends a sentence at "?”" or "!”", so the
    # speaker frame opens a sentence of its own; it is still the parenthetical after a quote
    after_quote = g == 0 and quote_ends_before(text, sent.start, asked=toks[0].text[:1].isupper())  # (a lowercase verb: the splitter cut a frame)
    if after_quote:
        prev = "”"
    # ", citing ...", "— noting that ...", sentence-initial "Noting that ..., Smith said": a
    # participle clause whose speaker is the subject of the main clause
    participle = vf.ing and (
        prev in (",", "—", "–")
        or (prev in CLOSE_QUOTES + '"' and g_src > 1 and toks[g_src - 2].text == ",")  # 'a defense of “New York values,” saying ...', also straight quotes
        or (prev == "and" and _participle_before(toks, g_src - 1))  # ", calling it “illogical” and saying ...": a second participle
        or (g == 0 and toks[i].text[:1].isupper() and any(t.text == "," for t in toks[j : j + 30]))
    )
    if vf.ing and vf.cls == "speech" and g == i and not participle and (_participle_after_object(toks, i, ce) or _participle_after_named_object(toks, i, ce)):
        participle, subj = True, None  # "He left the meeting saying the plan was dead": the subject of "left" speaks, not the meeting
    aside = appositive_subject(toks, g_src, text) if subj is None and prev == "," else None  # "Critics, including X, say ..."
    negated_group = any(toks[m].low in _NEGATIONS or toks[m].low in _DO_SUPPORT for m in range(g, i))  # ("…, did not mention Trump by name": no inverted speaker follows a negated verb)
    if vf.cls != "stance" and vf.lemma not in _ADDRESSEE_VERBS and vf.lemma not in _NO_INVERSION and not participle and not passive and not negated_group and toks[ce - 1].text != ":" and not has_complement(toks, ce) and (prev in (",", "”", '"', "’", "'") or (g > 1 and toks[g - 2].text in (",",) and prev in CLOSE_QUOTES)):
        inverted = source_right(toks, ce)
        if inverted is None and g > 1 and _quotation_ends_at(toks, g - 1) and ce < n and toks[ce].low not in _PREPOSITIONS:
            # "“...,” said one of two witnesses who ...": any noun phrase after a quotation (not '… the “whistleblower,”
            # read into the record a rewriting': a verb's particle and object)
            inverted = source_right(toks, ce, loose=True)
        full_name_ends = inverted is not None and is_name(toks[inverted[0]]) and inverted[1] - inverted[0] > 1 and (inverted[1] >= n or not wordlike(toks[inverted[1]].text))
        full_name_ends = full_name_ends or (inverted is not None and is_name(toks[inverted[0]]) and _role_appositive_after(toks, inverted[1]))  # "said AbdulSalam, one of the Houthi spokesmen."
        if inverted is not None and aside is not None and not full_name_ends and clear_source(text, toks, aside):
            inverted = None  # "Critics, including X, say ...": the aside is the subject unless a full name follows the verb (or it names no speaker)
        if inverted is not None and inverted[1] - inverted[0] == 1 and srcmod.participle_word(toks[inverted[0]].text):
            inverted = None  # "The dress that Nyong'o, who won an Oscar, reported stolen Wednesday": a participle names nobody
        if inverted is not None and any(
            toks[m].text.islower() and not toks[m].low.endswith("ing") and "-" not in toks[m].text and toks[m].low not in _NOUN_PRONE and (toks[m].low.endswith("ed") or srcmod.looks_like_verb(toks[m].low))
            and not _participle_then_preposition(toks, m)  # ("said officials briefed on the talks": a participle's phrase, no clause)
            for m in range(inverted[0] + 1, inverted[1])
        ):
            inverted = None  # "Lena Park, 32, noted the department returned ...": a clause, not a speaker
        second_verb = inverted is not None and inverted[1] + 1 < n and toks[inverted[1]].low == "and" and toks[inverted[1] + 1].low in _verb_forms() and _quotation_ends_at(toks, g - 1)
        if inverted is not None and not ends_inverted_source(toks, inverted[1]) and not second_verb:
            inverted = None  # "Name, appositive, said the group would ...": not an inversion ('“…,” said Smith and added that …' is)
    if inverted is None and subj is None and g == 0 and vf.cls == "speech":
        inverted = _opening_inversion(toks, ce)  # 'Wrote one poster, "…"'
        if inverted is not None:
            return _Cand((g, ce), inverted, content_after(text, sent, toks, inverted[1]), source_after=True)
    if subj is None and inverted is None and (prev in (",", "—", "–", "-") or (prev in CLOSE_QUOTES + '"' and g_src > 1 and toks[g_src - 2].text == ",")) and not participle:
        subj = appositive_subject(toks, g_src, text)
    inherit = False
    # "Trump angered many by calling Mexicans rapists": a gerund after a preposition inside the
    # sentence speaks for the main clause's subject
    gerund_frame = vf.ing and g_src > 1 and prev in _GERUND_PREPS
    if vf.ing and prev in ("and", "or") and subj is None and _gerund_of_preposition_before(toks, g_src - 1):
        return None  # "called out the press for being biased and not reporting fairly": the preposition's second gerund, the press's
    if subj is None and inverted is None and (participle or prev in ("and", "but", ",") or gerund_frame):
        subj = sentence_subject(text, toks, g_src, people=prev in ("and", "but"))
        if prev in ("and", "but") and subj is not None and subj[1] == g_src - 1:
            subj = None  # "Attack specific policies and propose alternatives": no verb of its own before "and", so no subject
        inherit = True  # a speaker named earlier in the sentence wins over this guess
        if subj is None and prev in ("and", "but") and not participle:
            subj = _subject_of_bare_verb_before(text, toks, g_src - 1)  # "…, I laughed and said": the first verb's subject
            inherit = subj is None
        if gerund_frame and not participle:
            subj = _gerund_speaker(text, toks, subj)
    # "... and criticized the plan": a second verb of the sentence's subject
    coordinated = inherit and prev in ("and", "but") and subj is not None and clear_source(text, toks, subj)
    # "Zimmerman, 32, noted ...", "Judicial Watch, in releasing the email, noted ...": the subject
    # opens the sentence and a parenthetical separates it from its verb
    interrupted = inherit and prev == "," and not participle and subj is not None and subj[1] < g - 1 and toks[subj[1]].text == "," and clear_source(text, toks, subj)
    coordinated = coordinated or interrupted
    relative = (subj is None or (subj[1] - subj[0] == 1 and toks[subj[0]].low in _RELATIVES)) and relative_subject(text, toks, g)
    if relative:
        subj = (g - 1, g)  # "the union, which endorsed ...": the source span is the relative pronoun
    complement = passive_to or complement_index(toks, ce) is not None or (ce >= n and toks[ce - 1].text == ":")
    if not complement and vf.cls in ("complement", "opinion") and subj is not None and bare_clause(toks, ce):
        complement = True  # "stated they were fine": a that-less clause
    after_date = skip_time_after(toks, ce)  # "..., he observed this week, ..."
    clause_start = ce
    hearer_end = None if complement else after_hearer(toks, ce)
    if hearer_end is not None:
        # "told reporters he thought …", "assured supporters at Kent State on Monday that …": the
        # hearer is no part of the claim; "reminded voters of …" names its topic, no clause
        clause_start, complement = hearer_end, toks[hearer_end].low not in HEARER_TOPIC
    aside_end = None if complement else _comma_aside_end(toks, after_date)
    if aside_end is not None and (has_complement(toks, aside_end) or (toks[after_date + 1].low in _ASIDE_OPENERS and bare_clause(toks, aside_end))):
        complement, clause_start = True, aside_end  # "He said, however, that ...", "testified, for example, that", "said, given the depth, he was sure": the aside is no end of the frame
    if not complement and after_date > ce and subj is not None and bare_clause(toks, after_date):
        complement, clause_start = True, after_date  # "said Monday it would ...", "said on Tuesday he was ...": the date is no part of the claim
    medium_end = _medium_then_clause(toks, ce) if not complement and subj is not None else None
    if medium_end is not None:
        complement, clause_start = True, medium_end  # "said in an interview she was tired": the medium is no part of the claim
    parenthetical = subj is not None and (after_date >= n or toks[after_date].text in (".", ",", ";", "!", "?")) and (
        comma_before(toks, subj[0] if antecedent is None else antecedent) or (subj[0] == 0 and quote_ends_before(text, sent.start))
    ) and not any(toks[m].low in _DEONTIC_MODALS for m in range(g, i))  # ("That said, people should not worry.": advice, no frame)
    # "“Really,” she added when ...", "“...,” Trump added to People.": the speaker frame right
    # after a quotation reports it whatever follows the verb
    quote_frame = subj is not None and subj[1] == g and (
        (subj[0] > 1 and _quotation_ends_at(toks, subj[0] - 1))
        or (subj[0] > 1 and toks[subj[0] - 1].text == "," and _closing_quote(toks, subj[0] - 2))
        or (subj[0] == 0 and quote_ends_before(text, sent.start) and (not _stop_closes_quotation(text, sent.start) or ce >= n or not wordlike(toks[ce].text)))
    )  # ('“It was awful.” Critics warned of delays': after its full stop the quotation has ended; a verb with words after it is no frame)
    if quote_frame and subj[0] > 1 and ce < n and wordlike(toks[ce].text) and toks[ce].low not in _PREPOSITIONS and _fragment_quotation(toks, subj[0] - 2):
        quote_frame = False  # 'their “reveries about ... job,” Will urged the electorate to ...': a quoted phrase of the writer's clause, then a verb with its object
    parenthetical = parenthetical or quote_frame
    if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low in _GENERIC_SUBJECTS:
        return None  # generic "you're talking about", "let's see": nobody is cited
    if subj is not None and subj[1] - subj[0] <= 2 and toks[subj[0]].text[:1].isupper() and any(t.text == ":" for t in toks[j : j + _LABEL_REACH]) and srcmod.is_label_word(phrase_text(text, toks, subj)):
        return None  # '… environment.” Correction added Nov. 18, 2019: …': a page's note before its colon, nobody cited ("Sources say" is no label)
    if subj is not None and subj[1] - subj[0] == 1 and srcmod.capitalized_adverb(toks[subj[0]].text):
        return None  # "Simply assuming that the miners will adapt is naive": a gerund subject after an adverb, nobody cited
    if vf.lemma in _PHYSICAL_SENSE_VERBS and (subj is not None and toks[subj[1] - 1].low in _VIOLENT_AGENTS or _by_force(toks, g, ce, None)):
        return None  # "The gunmen attacked iconic targets", "physically attacked him": an assault, not a verbal attack
    if g == i and _plural_noun_before_past(toks, i, j):
        return None  # "Hyla's offbeat questions led to …": an -s word right before an irregular past is its subject noun
    if subj is not None and g == i and (form_is_participle(vf) or s_form(toks[i])) and subj[0] > 1 and toks[subj[0] - 1].low in _BE and (
        toks[subj[0] - 2].low == "there" or (subj[0] > 2 and toks[subj[0] - 2].low in _FINITE_AUX and toks[subj[0] - 3].low == "there")
    ):
        return None  # "There were 248 cases reported worldwide", "There have been 20 tornadoes reported": a participle on the noun of "there were" ("there are no party labels on the ballot": an -s word is its noun)
    if vf.lemma in _NAMING_VERBS and not complement and bare_clause(toks, ce):
        return None  # "Luxury brands Longines and Jaguar will be sponsoring …": a verb of naming takes no clause; a noun here
    if subj is not None and vf.lemma in _LINKING_VERBS and vf.cls == "opinion" and _thing_head(toks, subj):
        return None  # "A Wi-Fi 6 mesh router feels like a future pick": a thing feels like nothing; a linking verb
    if subj is not None and not complement and _participle_on_thing(toks, subj, g, i, ce):
        return None  # "The project announced last year has stalled": the thing announced, nobody cited
    # ("a race that it says will reward Rubio": "that" is the subject of the clause "it" reports)
    relative_claim = subj is not None and subj[0] > 0 and toks[subj[0] - 1].low in ("that", "which") and ce < n and (toks[ce].low in _FINITE_AUX or toks[ce].low in _MODALS)
    it_reports = vf.cls == "speech" and subj is not None and toks[subj[0]].low == "it" and (complement or parenthetical or prev == "," or subj[0] == 0 or relative_claim)
    if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low in _DEMONSTRATIVES and vf.cls in ("speech", "stance") and not it_reports and not expletive:
        return None  # "This would explain ...": a thing, not a speaker
    if subj is not None and subj[0] > 0 and toks[subj[0] - 1].low in _PREPOSITIONS and toks[subj[0] - 1].low not in _SUBORDINATORS and (
        vf.cls in ("stance", "opinion") or toks[subj[0] - 1].low != "with"  # ("with polls showing ...": the absolute clause's subject)
    ):
        # "under many brand names", "of that time demanded": the phrase is an object; but
        # "Researchers led by X say", "the leader of the militant group says": the head before it speaks
        subj = _head_before_preposition(text, toks, subj) if vf.cls not in ("stance", "opinion") or toks[subj[0] - 1].low in _HEAD_OBJECT_PREPOSITIONS else None
        if subj is None and g == i and plural_shape(toks[g].low) and toks[g].text.islower() and ce < n and (toks[ce].low in _PREPOSITIONS or toks[ce].text in (",", ".", ";", ")")):
            return None  # "appeared on Sunday interview shows amid ...": a plural noun after a preposition's object, no verb (before a preposition or a stop: "finds that" stays a verb)
    subj = _head_of_unclosed_relative(text, toks, subj)
    # "with polls showing ...", "groups supporting Christie", "a video showing him ...": an -ing
    # clause after the noun phrase that is its subject
    absolute = subj is not None and subj[0] > 0 and toks[subj[0] - 1].low == "with"
    postnominal = g == i and i > 0 and subj is not None and subj[1] == g and toks[i - 1].text.islower() and (
        srcmod.head_type(toks[i - 1].text) is not None or agent_noun(toks[i - 1])
    )
    if postnominal and vf.ing and i > 2 and toks[i - 2].low == "of" and toks[i - 3].low in _COUNT_NOUNS:
        return None  # "The number of states offering same-sex marriages has surged": what is counted, no report
    # "911 calls saying shots were fired", "signs saying ...": a message noun and its wording
    if not postnominal and g == i and vf.cls == "speech" and vf.ing and message_noun(toks, i - 1):
        postnominal = True
        k = i - 1
        if k > 0 and (toks[k - 1].low in _DETERMINERS or toks[k - 1].text.isdigit()):
            k -= 1  # "a letter", "911 calls"
        subj = (k, i)  # the message is the source; the verb before it is not part of it
    gerund = vf.ing and prev.lower() in _GERUND_PREPS  # "after blasting the report", "by calling him"
    if vf.ing and (absolute or postnominal or gerund) and ce < n and toks[ce].text not in (".", ",", ";", ")"):
        participle = True
    progressive = g == i and i > 0 and _progressive_clitic(toks[i - 1].text)  # "He's saying", "they’re pointing out"
    if vf.ing and not (participle or complement or progressive or g < i or prev.lower() in _GERUND_PREPS):
        return None  # "collision warning", "the reporting": a noun, not a cue
    follows_frame = False
    if vf.cls == "speech":
        ok = subj is not None or inverted is not None or complement or participle or (ce < n and toks[ce].text not in (".", ")"))
    elif vf.cls in ("complement", "opinion"):
        doc_subject = document_before(toks, g) or (subj is not None and subj[1] == g and document_head_in(toks, subj))
        as_clause = subj is not None and subj[0] > 0 and toks[subj[0] - 1].low == "as" and (ce >= n or toks[ce].text in (",", ".")) and vf.lemma not in _TEMPORAL_AS_VERBS
        # ("rushed to her side as soon as he heard": "as soon as" opens a time, no frame of what he heard)
        as_clause = as_clause and not (subj[0] > 2 and toks[subj[0] - 2].low in _AS_AS_DEGREES and toks[subj[0] - 3].low == "as")
        doc_subject = doc_subject and vf.lemma not in _LINKING_VERBS and vf.lemma not in _GOING_ON_VERBS  # ("The report proved controversial", "The report continued a trend")
        ok = complement or inverted is not None or parenthetical or as_clause or (doc_subject and ce < n)
        # "“...,” she said, but added that ...": a second verb of a speaker framed earlier in the sentence
        follows_frame = complement and subj is None and prev in ("and", "but") and g_src > 1  # (also without the comma: "said he welcomed it and added, “…”")
        if ok and subj is None and inverted is None and not participle and not (doc_subject and ce < n) and not follows_frame:
            ok = False  # "found that" with no one before it is most often not attribution
        if not ok and vf.cls == "opinion" and ce < n and toks[ce].text not in (".", ",", ";", ")"):
            ok = (subj is not None and (subj[1] in (g, subj_end) or _aside_between(toks, subj, g)) and clear_source(text, toks, subj)) or coordinated or relative or participle
        if not ok and vf.cls == "opinion" and (ce >= n or toks[ce].text in (".", "!")) and subj is not None and subj[1] == g:
            ok = any(is_name(toks[m]) for m in range(subj[0], subj[1])) and clear_source(text, toks, subj)  # "Dianne Bystrom agreed."
    elif vf.lemma in _CAPACITY_VERBS and (amount_at(toks, ce) or _priced(toks, ce)):
        ok = False  # "The AirPods offer about five hours", "supports up to 8K video": a product's capacity; "Amazon is offering the iPad for $799": a sale
    elif vf.lemma in _NAMING_BY_CALL and not passive and toks[ce - 1].low == vf.form.split()[-1] and _person_called(toks, ce):
        ok = False  # "The mayor called a plumber on Sunday": a phone call to a person, no name given to anything
    else:  # stance
        ok = ce < n and not (not passive and _stance_without_object(toks, subj, ce)) and not (not passive and _date_then_clause_end(toks, subj, ce, after_date)) and (
            (subj is not None and (subj[1] in (g, subj_end) or _aside_between(toks, subj, g)) and clear_source(text, toks, subj))
            or participle
            or coordinated
            or relative
            or (complement and subj is not None)
            or expletive
            or (vf.lemma in _AS_FRAME and as_frame(toks, ce) and not any(toks[m].low in _BE for m in range(max(0, g - 1), i)))
        )
    if not ok and title_case(toks) and toks[i].text[:1].isupper() and g == i and subj is not None and subj[1] == g and ce < n:
        # headline "Zoe Saldana Responds To Critics", "Voters Support Sending Her Back": the verb
        # of a title-case headline after its named subject
        ok = toks[ce].text not in (".", ",", ";", ")") and any(is_name(toks[m]) for m in range(subj[0], subj[1])) and clear_source(text, toks, subj)
    if not ok:
        return None
    if inverted is not None and subj is None:
        named = name_after_comma(toks, inverted)  # "..., said Olympic road race champion, Nicole Cooke."
        interrupted = _subject_before_frame(toks, g)  # "This system, says Richard Locksley, an immunologist, helps direct …"
        inverted = named if named != inverted else appositive_after(toks, inverted, interrupted)  # "..., said Arthur Hellman, a law professor at …"
        content = content_before(text, sent, toks, g)
        return _Cand((g, ce), inverted, content, source_after=True, rest=_rest_after_inverted_frame(text, sent, toks, inverted) if interrupted else None)
    content = None
    clause_final = _ends_clause(toks, after_date, medium=not complement) or (  # "John said Sunday on Instagram.", "she said in an interview."
        after_date > ce and not complement and _ends_clause(toks, ce, medium=True)  # "said in a Monday interview.": the weekday modifies the medium
    )
    if after_date > ce and after_date < n and clause_start == ce and infinitive(toks, after_date) and (vf.cls == "stance" or not clause_final):
        clause_final, clause_start = False, after_date  # "The board decided on Tuesday to close the plant": after the date, the infinitive is the object
    to_at = after_date + 1 if after_date + 1 < n and _manner_adverb(toks[after_date]) else after_date  # ("wrote directly to the government")
    if not clause_final and vf.cls == "speech" and toks[to_at].low == "to":
        told = _addressee_end(toks, to_at + 1)  # "..., the source claimed to the outlet.": whom it was said to
        clause_final = told is not None and _ends_clause(toks, skip_time_after(toks, told))
    if not clause_final and not complement and vf.lemma in _ADDRESSEE_VERBS:
        addressee = source_right(toks, ce, loose=True)  # "..., Hamilton told Newsweek.": the outlet was told
        if addressee is not None:
            end = skip_time_after(toks, addressee[1])
            clause_final = _ends_clause(toks, end, medium=True)
        told = _addressee_end(toks, ce)
        told = skip_time_after(toks, told) if told is not None else None
        clause_final = clause_final or (told is not None and (told >= n or toks[told].text in (".", "!", "?")))  # 'told CNN's "State of the Union."': the show heard it
        past = told is not None and _past_clause(toks, told)
        if past:
            clause_final = False  # "told CNN the plan failed": a clause follows the short addressee, not more of it
        if not clause_final and told is not None and (past or bare_clause(toks, told)):
            clause_start = told  # "Sources told CNN the president is weighing a pardon": the clause after the addressee
        elif not clause_final and told is not None and told + 1 < n and toks[told].text == "," and (toks[told + 1].text in OPEN_QUOTES or toks[told + 1].text == '"'):
            clause_start = told + 1  # "telling CBS' “60 Minutes” in January, “deadlines should not be dogmas”": the quotation
    # "“...,” Krauze wrote in an op-ed for The Post in March": a prepositional phrase after the
    # verb of a speaker frame is where or when it was said, never what was said
    # (but "to" and a verb is the verb's infinitive object: 'He wrote that …. Moyer declined to speak to CNN.')
    frame_tail = not complement and not participle and ce < n and ((toks[ce].low in _PREPOSITIONS and not infinitive(toks, ce)) or (quote_frame and after_date > ce))
    split_quote = subj is not None and (subj[0] > 0 or text[: end_before_space(text, sent.start)].endswith(("?”", "!”", '?"', '!"')))
    if quote_frame and split_quote and not participle and ce < n and not has_complement(toks, ce) and not bare_clause(toks, ce) and toks[ce].text not in (".", "!", "?"):
        # "“...,” Gowdy said sarcastically.", "..., Bond said onstage Tuesday night.", "... Cruz said
        # after a brief “I'm sorry”": whatever follows the verb of a frame right after a quotation
        # (in the same sentence, or cut off by the splitter after "?”") is how, where or when it was
        # said, unless a clause follows; the quotation is what was said
        frame_tail, complement = True, False
    if frame_tail and not quote_frame:
        after = quote_then_words(toks, subj[0]) if subj is not None and subj[1] == g else None
        frame_tail = after is not None or _as_frame_opening(toks, i)  # ("As Emily Feng reports for NPR, …": the outlet is where)
        if after is not None:
            subj = (after, subj[1])  # the whole frame subject ("Mexican journalist and anchor X")
    # "At the heart of it, she said, is inequality", "“We are ready,” she said, “and we will win.”":
    # a frame inside the claim; the claim is both parts
    # "HP, as Gizmodo explained, is a rare condition": an as-clause between commas frames the claim too
    as_aside = subj is not None and subj[0] > 1 and toks[subj[0] - 1].low == "as" and toks[subj[0] - 2].text == ","
    mid_frame = (parenthetical or as_aside) and subj is not None and subj[0] < g and not (participle or agentless) and after_date + 1 < n and toks[after_date].text == ","
    mid_frame = mid_frame and toks[after_date + 1].low not in _MEDIUM_PREPOSITIONS  # ('..., Heyward said, via Brian Batko of the Post-Gazette.': the channel, no more of the claim)
    quote_next = mid_frame and (toks[after_date + 1].text in OPEN_QUOTES or toks[after_date + 1].text == '"')
    whole_quotation = quote_frame and (toks[0].text in OPEN_QUOTES or toks[0].text == '"')  # the sentence opens with the quotation the frame closes
    opening_condition = quote_next and not quote_frame and toks[0].low in _CONDITION_OPENERS and not toks[0].quoted  # ('If the bill passes, he said, "prices will rise."': the condition is the claim's)
    lowercase_go_on = quote_next and not quote_frame and after_date + 2 < n and toks[after_date + 2].text.islower() and toks[0].low in _DETERMINERS and not toks[0].quoted and not any(
        t.text in OPEN_QUOTES + CLOSE_QUOTES + '",' or t.low in _FINITE_AUX or past_form(t) for t in toks[: subj[0] - 1]
    )  # ('The new plan, she said, "would cost too much."': the subject the frame interrupts, then the quotation of its predicate)
    opening_condition = opening_condition or lowercase_go_on
    mid_frame = mid_frame and (quote_frame or opening_condition if quote_next else not complement and not whole_quotation)  # a quotation continues a quotation ('“…,” McCaughey says, as her dog snuffles …': the scene, no more of the claim)
    rest = _content_after_frame(text, sent, toks, after_date + 1) if mid_frame else None
    if rest is not None:
        content = content_before(text, sent, toks, subj[0] - 1 if as_aside else subj[0])
        if content is not None:
            return _Cand((g, ce), subj, content, inherit=inherit, coordinated=coordinated, rest=rest)
        if subj[0] > 0 and toks[subj[0] - 1].text == ",":
            return _Cand((g, ce), subj, rest, inherit=inherit, coordinated=coordinated)  # "Instead, they say, it is about empathy": before the frame only an opener; the claim follows it
    if (complement or participle or not clause_final) and not frame_tail:
        content = content_after(text, sent, toks, clause_start)
        if content is not None and vf.lemma in _TOPIC_VERBS and not complement and particle_kinds().get(toks[ce].low) == "particle_nonspeech":
            content = None  # "X said of Mrs. Clinton's plan.", "said with a smile.": a topic or manner, not what was said
        if content is not None and ce < n and _manner_adverb(toks[ce]) and content == (toks[ce].start, toks[ce].end):
            content = None  # "the crowd applauded loudly": how, not what
    if content is not None and subj is not None and subj[0] > 0 and toks[subj[0] - 1].low == "what" and ce < n and toks[ce].low in _BE:
        # "What most people don't realize is that it's quite arid", "what Maduro said was their
        # involvement": a pseudo-cleft, the claim follows "is" (a clause, a quotation or a noun phrase;
        # "What he said was shocking": an adjective, the writer's judgment of words not given)
        nxt = toks[ce + 1] if ce + 1 < n else None
        phrase = nxt is not None and (nxt.low in _DETERMINERS or nxt.text[:1].isupper() or nxt.text[:1].isdigit())
        content = content_after(text, sent, toks, ce + 1) if has_complement(toks, ce + 1) or phrase else None
    if content is None and ce >= n and toks[ce - 1].text == ":":
        content = next_paragraph(text, toks[ce - 1].end)  # "..., writing:" then the quoted block
        if content is None:
            return _Cand((g, ce), subj, None, inherit=inherit, coordinated=coordinated)  # not the frame's own words
    wh_object = subj is not None and subj[0] > 0 and toks[subj[0] - 1].low in _WH_OBJECTS and not comma_before(toks, subj[0] - 1)
    # "a charge that Colorado Republican leaders strongly denied, noting ...": an object relative;
    # the verb's object is the noun before "that", and nothing before it was said
    wh_object = wh_object or (subj is not None and clause_final and subj[0] > 1 and toks[subj[0] - 1].low in ("that", "which") and _noun_before_relative(toks, subj[0] - 2))
    wh_object = wh_object or (antecedent is not None and toks[antecedent - 1].text != ",") or _question_before(toks, subj)  # "What did the prosecutors say?": nothing before it is a claim
    wh_object = wh_object or (subj is not None and subj[0] > 0 and toks[subj[0] - 1].low == "which")  # "The messages, which she has reported to Facebook, saddened her": the object, no claim
    # "-- something he later apologized for": a zero relative; "something" is the verb's object
    wh_object = wh_object or (subj is not None and subj[0] > 0 and toks[subj[0] - 1].low in _INDEFINITE_OBJECTS)
    # "… feels like the last story we heard.": a pronoun after a noun phrase opens a zero relative
    wh_object = wh_object or (clause_final and subj is not None and _noun_then_pronoun(toks, subj))
    # "..., the crowd booed and jeered him": a second verb follows, the words before were not booed
    verb_next = ce + 1 < n and toks[ce].low in ("and", "but") and toks[ce + 1].text.islower() and not quote_frame  # ("“…,” she said and hung up")
    if content is None and not wh_object and not relative and not verb_next and not (inherit and prev in ("and", "but")) and (subj is None or comma_before(toks, subj[0]) or clause_final or frame_tail):
        # ("revealed what he would say": the wh-word is the object of "say"; nothing before it was
        # said; nor before "…, said Hill, who will testify Thursday": the relative pronoun's antecedent)
        front = subj[0] if subj and subj[0] < g else g
        if antecedent is not None:
            front = antecedent  # (the claim ends at the comma before "a point")
        if front > 0 and toks[front - 1].low == "as":
            front -= 1  # "“It is over,” as one aide put it": "as" belongs to the frame
            if front > 0 and toks[front - 1].low in _AS_MODIFIERS:
                front -= 1  # ("The plan failed, just as he predicted": so does the adverb before it)
        content = content_before(text, sent, toks, front)
        if content is not None and vf.cls == "stance" and adverbial_clause(text, *content):
            content = None  # "After the vote was counted, the senator objected.": when, not what the stance was about
        if content is not None and _date_only(toks, content):
            content = None  # "Earlier this month, 47 senators wrote to the government.", "On Monday, the senator objected.": when, not what
        as_at = front + 1 if toks[front].low in _AS_MODIFIERS and front + 1 < n and toks[front + 1].low == "as" else front  # ("Just as he predicted, …")
        if toks[as_at].low == "as" and (front == 0 or (front == 1 and toks[0].low in _COORDINATORS)):
            comma = next((m for m in range(ce, n) if toks[m].text == ","), None)  # "As the poll shows, voters are angry"
            new_frame = comma is not None and comma + 2 < n and toks[comma + 1].low in _SUBJECT_PRONOUNS and toks[comma + 2].low in _verb_forms()
            if new_frame:
                return None  # ("As the crowd cheered, he said, “…”": the scene of another's report, no claim of the crowd's)
            content = trim_content(text, toks[comma + 1].start, sent.end) if comma is not None and comma + 1 < n else content
        if content is not None and _adverb_only(text, content):
            close = _frame_close(toks, ce, after_date)
            if close is not None and toks[close + 1].text[:1].isalpha() and not toks[close + 1].low.endswith("ing") and toks[close + 1].low not in _PREPOSITIONS:
                content = trim_content(text, toks[close + 1].start, sent.end)  # "Still, Rubin said, he doesn't consider …": the adverb opens the claim after the frame
    if subj is not None and subj[1] - subj[0] == 1 and _nothing_subject(toks[subj[0]].low, agentless):
        return None  # "Nothing is said about ...", "Little is known", "whatever's written": no claim is attributed
    if agentless:
        if subj is not None and subj[1] - subj[0] == 1 and toks[subj[0]].low == "it" and complement:
            return _Cand((g, ce), subj, content, impersonal=True)  # "It is commonly assumed that ..."
        if not (complement or ce > j):
            if toks[i].low not in _JUDGMENT_PARTICIPLES:
                return None  # "The price was not announced": nothing is claimed, by anyone
            # "The mayor was criticized": a judgment nobody is named for, about the subject
            content = (toks[subj[0]].start, toks[subj[1] - 1].end) if subj is not None else None
        return _Cand((g, ce), None, content, passive=True, cls="passive")
    if absolute and content is not None and subj[0] == 1:
        comma = clause_comma(text, content[0], content[1])
        if comma > content[0] and not quote_mark_in(text, content[0], comma):
            content = trim_content(text, content[0], comma)  # "With polls showing her ahead, Clinton ...": the opening phrase ends at its comma
    if gerund and content is not None and g > 1 and toks[g - 2].text == ",":
        comma = clause_comma(text, content[0], content[1])
        if comma > content[0]:
            content = trim_content(text, content[0], comma)  # "X, without naming him, accused ...": the aside ends at its comma
    if raising and subj is not None and subj[1] <= g and not _report_follows(toks, j):
        # "Carson seems to recognize his problem": the writer's impression of Carson, not Carson's
        # view; the cue stands without a source (PolNeAR marks none either). "She appeared to imply
        # that ...", "the emails seem to show that ...": a report by the subject, hedged, keeps it
        return _Cand((g, ce), None, content, impression=True)
    if content is not None and subj is not None and subj[0] > 1 and toks[subj[0] - 1].low in ("which", "who") and toks[subj[0] - 2].text == ",":
        # "The plan, which officials say will cost $5 billion, is dead": the aside ends at the comma before the main verb
        comma = next((m for m in range(ce, n - 1) if toks[m].text == "," and not toks[m].quoted and content[0] < toks[m].start < content[1] and _finite_word_at(toks, m + 1)), None)
        if comma is not None:
            content = trim_content(text, content[0], toks[comma].start) or content
    # ("said he welcomed it and added, “…”": with no subject of its own, a second verb of the framed speaker)
    return _Cand((g, ce), subj, content, inherit=inherit, coordinated=coordinated or (follows_frame and subj is None), needs_speaker=follows_frame and subj is None)


def _medium_then_clause(toks, k: int) -> int | None:
    """Where a that-less clause starts after a medium phrase opening at ``k`` ("said in an
    interview she was tired", "said in a press conference at her next tournament she …"): a
    preposition, a medium noun within the phrase, no punctuation or quotation before the clause;
    None otherwise."""
    if k >= len(toks) or toks[k].low not in _MEDIUM_LEADS:
        return None
    named = k + 2 if k + 2 < len(toks) and toks[k + 1].low == "the" else k + 1
    if named < len(toks) and is_name(toks[named]) and not toks[named].quoted:
        end = name_run(toks, named)  # "claimed in USA Today he was the victim", "said in Washington she …": where, not what
        if end + 1 < len(toks) and toks[end].text[:1].isupper() and not bare_clause(toks, end):
            end += 1  # ("USA Today": a name's last word the run leaves out)
        return end if end < len(toks) and bare_clause(toks, end) else None
    medium = False
    for m in range(k + 1, min(len(toks), k + _MEDIUM_REACH)):
        if toks[m].quoted or not wordlike(toks[m].text):
            return None
        if medium and bare_clause(toks, m):
            return m
        medium = medium or toks[m].low in _MEDIUM_WORDS
    return None


_MEDIUM_LEADS = words("medium_lead")  # "in", "during": a medium phrase opens
_MEDIUM_WORDS = words("medium_noun")  # "interview", "statement", "conference"
_MEDIUM_REACH = 10  # tokens a medium phrase may take before the clause ("in a press conference at her next tournament")


def _subject_before_frame(toks, g) -> bool:
    """The words before an inverted frame at ``g`` are only the subject of a clause the frame
    interrupts ("Part of the problem in detecting tunnels, say experts …, is the ground itself",
    "And Trump, said Sunshine, …, doesn't forgive"): a comma before the cue, at most
    ``_FRAME_SUBJECT_WORDS`` words, no quotation and no finite or past verb among them."""
    if g < 2 or g > _FRAME_SUBJECT_WORDS + 1 or toks[g - 1].text != ",":
        return False
    return not any(
        t.quoted or t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES or t.text in ('"', ",", ";", ":") or t.low in _FINITE_AUX or t.low in _DO_SUPPORT or past_form(t) or present_verb_at(toks, m)
        for m, t in enumerate(toks[: g - 1])
    )


_AS_AS_DEGREES = words("as_as_degree")  # "as soon as", "as long as": a conjunction of time or condition, no "as" frame
_AS_MODIFIERS = words("as_modifier")  # "just as he predicted"
_LABEL_REACH = 8  # tokens after a verb within which a page note's colon falls ("Correction added Nov. 18, 2019:")
_FRAME_SUBJECT_WORDS = 12  # words before an inverted frame that may still be one subject ("Part of the problem in detecting tunnels")


def _rest_after_inverted_frame(text, sent, toks, src) -> tuple[int, int] | None:
    """The claim's second part after an inverted frame that interrupts it ("This system, says
    Richard Locksley, helps direct …": "helps direct …"), when a verb opens it; else None."""
    k = src[1]
    if k + 1 >= len(toks) or toks[k].text != ",":
        return None
    opener = toks[k + 1]
    if not (opener.low in _FINITE_AUX or opener.low in _DO_SUPPORT or present_verb_at(toks, k + 1)):
        return None  # ("…, predicted Madeleine Kunin, the former governor": a description of the source, no more of the claim)
    return _content_after_frame(text, sent, toks, k + 1)


def _content_after_frame(text, sent, toks, k) -> tuple[int, int] | None:
    """The claim's second part after a mid-sentence frame ("X, she said, is the issue"), or None.

    None when the words after the frame are a frame of their own: a participle or a phrase of
    place or medium ("..., she said, adding that ...", "..., he said, in an interview"), or they
    hold another reporting verb.
    """
    if k >= len(toks) or toks[k].low in _PREPOSITIONS or toks[k].low in _COORDINATORS:
        return None
    if toks[k].low in _ASIDE_ADVERBS and (k + 1 >= len(toks) or toks[k + 1].text in (".", "!", "?", ",")):
        return None  # "..., Smith said, however.": an aside adverb, no second part
    if toks[k].text in OPEN_QUOTES or toks[k].text == '"':
        close = quote_end(text, toks[k].start)
        return (toks[k].start, close) if close else None
    first = _verb_forms().get(toks[k].low) if toks[k].text.islower() and not toks[k].low.endswith("ing") else None
    # ("And police, he said, found a replica gun", "These cells, she found, release cytokines": a verb
    # right after the frame is the predicate of the subject before it, no report of its own)
    after = k + 1 if first is not None else k
    if any(
        t.text.islower() and t.low not in _NOUN_PRONE and t.low in _verb_forms() and _verb_forms()[t.low].cls in ("speech", "complement") and toks[m - 1].low not in _DETERMINERS
        for m, t in enumerate(toks[after:], start=after)
    ):
        return None  # (another report follows; "after a signal": a noun after its determiner is none)
    if toks[k].low.endswith("ing"):
        return None  # "..., he said, referring to ...": a participle clause of its own
    return trim_content(text, toks[k].start, sent.end)


_RELATIVES = words("relative_pronoun")
_CLAUSE_OPENERS = words("clause_opener")
_FLOATING_QUANTIFIERS = words("floating_quantifier")
_GO_FORMS = words("go_form")
_OBJECT_ONLY = words("object_only_pronoun")
_PERSONAL_OBJECTS = _OBJECT_ONLY | {"you", "it", "her"}  # "wrote to her": the hearer
_DEGREE_ADVERBS = words("degree_word") | words("superlative_degree_word")  # "is best described as"
_LIVE_REPORT_FORMS = words("live_report_form")  # "live tweeted"
_OBJECT_PRONOUNS = words("object_pronoun") | words("either_case_pronoun")  # "told him", "told you"
_SEQUENCE_ADVERBS = words("sequence_adverb")
_REPORT_ADVERBS = words("report_adverb")  # "a fact first reported by …"
_CATENATIVES = words("catenative")
_RAISING_NEXT = words("raising_next")
_SUBORDINATORS = words("subordinator")
_HEAD_OBJECT_PREPOSITIONS = words("head_object_preposition")


_AUX = words("perfect_aux")
_NOTHING_WORDS = words("nothing_word")
_GERUND_CATENATIVES = words("gerund_catenative")
_ADDRESSEE_VERBS = words("addressee_verb")
_MEDIUM_PREPOSITIONS = words("medium_preposition")
_JUDGMENT_PARTICIPLES = words("judgment_participle")
_CAPACITY_VERBS = words("capacity_verb")
_NAMING_BY_CALL = words("phone_verb")  # "call": naming needs a second complement ("called the plan a disaster")
_CALL_ENDS = words("phone_call_end")  # what may follow the one person phoned: a time, a place, "and", "himself"
_POSSESSIVES = words("possessive_determiner")


def _person_called(toks, ce: int) -> bool:
    """The object of "call" at ``ce`` is one noun phrase for people, opened by a determiner, with
    nothing after it that could be what they are called ("called a plumber on Sunday", "is calling
    major donors himself", "called a delegate candidate, Clara Powers, and"): a phone call."""
    n = len(toks)
    k = ce
    bare = k < n and not (toks[k].low in _DETERMINERS or toks[k].low in _POSSESSIVES)
    if not bare:
        k += 1
    elif k >= n or not toks[k].text.islower() or toks[k].low in _PREPOSITIONS:
        return False  # ("called upon residents to …": a particle; "called police incompetent")
    start = k
    while k < n and (toks[k].text.replace("-", "").isalpha() and toks[k].text.islower()) and toks[k].low not in _DETERMINERS and toks[k].low not in _CALL_ENDS:
        k += 1
    if k - start > 3 or any(plural_shape(toks[m].text) or toks[m].low.endswith("ing") for m in range(start, k - 1)):
        return False  # "called his opponents losers": two noun phrases, the second names the first
    if k == start or (bare and not plural_shape(toks[k - 1].text)) or not (srcmod.head_type(toks[k - 1].low) in ("role", "anonymous", "vague") or agent_noun(toks[k - 1])):
        return False
    if k < n and toks[k].text == "," and k + 1 < n and is_name(toks[k + 1]):
        k = next((m for m in range(k + 1, n) if not is_name(toks[m])), n)  # (", Clara Powers,": the appositive names the person)
        k = k + 1 if k < n and toks[k].text == "," else k
    return k >= n or toks[k].text in (".", ",", ";", "!", "?") or toks[k].low in _CALL_ENDS


_CLAIM_NOUNS = words("claim_noun")
_MODALS = words("modal_aux")
_PRONOUN_EXTENDERS = words("pronoun_extender")
_NEGATIONS = negations()
_DO_SUPPORT = words("do_support")  # "did not mention": no inverted speaker after it
_INDEFINITE_ARTICLES = words("article") - {"the"}  # "It seems like an extravagant hope": a likeness
_AS_FRAME = words("as_frame_verb")
_ROLE_VERBS = words("role_verb")
_LINKING_VERBS = words("linking_verb")
_COUNT_NOUNS = words("count_noun")
_FEELING_STATES = words("feeling_state")
_LIKENESS_DEGREE = words("likeness_degree")  # "a little", "just", "almost" before "like"
_HEADLINE_WORDS = 12  # tokens: a headline's future ("X to endorse Y.") is short
_BYLINE_VERBS = words("byline_verb")  # "write", "report": "writes for The Atlantic" is a job
_BYLINE_PLACE_PREPOSITIONS = words("byline_place_preposition")  # "wrote in London": a credit line
_DEONTIC_MODALS = words("deontic_modal")
_UNASSERTED_MODALS = words("unasserted_modal")
_ADJECTIVE_BEFORE_TO = words("adjective_participle_to")  # "opposed to", "committed to"
_POSSIBILITY_MODALS = words("possibility_modal")
_EVIDENCE_LEMMAS = words("evidence_verb")  # "show", "suggest": "It could show that …" reports what a record may show
_SEEING_FORMS = words("seeing_form")  # "can see", "can tell": a view held
_PERSON_INDEFINITES = words("person_indefinite")  # "anyone", "everyone": a modal report of theirs is a vague source
_OBJECT_VERBS = words("object_verb")
_NO_CUE_OBJECTS = {  # verb -> objects that make it no cue
    "address": words("audience_noun"),
    "seek": words("pursuit_noun"),
    "assert": words("power_noun"),
    "support": words("self_support_object"),
    "show signs of": words("symptom_noun"),
    "show no sign of": words("symptom_noun"),
    "show no sign": words("symptom_noun"),
}
_ADJECTIVE_PARTICIPLES = words("adjective_participle")
_PAGE_ADVERBS = words("page_adverb")
_CAST_JUDGMENTS = words("cast_judgment")
_PHYSICAL_SENSE_VERBS = words("physical_sense_verb")
_NAMING_PARTICIPLES = words("naming_participle")
_NAMING_VERBS = words("naming_verb")  # "called the plan a disgrace": an object and what it is called, never a clause
_APPEARANCE_WORDS = words("appearance_word")  # "the ads appear alongside articles": showing up, no impression
_SETTING_OPENERS = words("opening_preposition") | _PREPOSITIONS | words("adverbial_clause_opener")  # "Amid …,", "When …,": an adverbial opening
_NOT_SLOT_WORDS = words("not_slot_word") | words("other_irregular_past")  # "..., many, many more.", "..., he fell.": no odd reporting verb
_VIOLENT_AGENTS = words("violent_agent")
_ASIDE_ADVERBS = words("aside_adverb")
_ASIDE_OPENERS = words("aside_opener")
_INTRANSITIVE_PAST = words("intransitive_past")
_APPOSITIVE_ARTICLES = words("article")  # ", a spokesman for ...", ", the group's leader"
_TEMPORAL_AS_VERBS = words("temporal_as_verb")  # "As the hearing went on, ...": time, not a report
_WH_OBJECTS = words("wh_object")  # "what he would say": a free relative, the verb's object
_QUESTION_WORDS = words("question_word")
_BARE_PARTICLES = words("bare_particle")
_INDEFINITE_OBJECTS = words("indefinite_pronoun")  # "something he apologized for"
_TIME_UNITS = words("time_unit")  # "Sixty years after her execution, …": a span of time speaks for no one
_QUESTION_AUX = words("question_aux")


def _comma_aside_end(toks, k) -> int | None:
    """Index after an aside set off by commas at ``k``: an adverb (", however,", ", for example,")
    or who relays the words ('added, according to the official Tass news agency, "…"')."""
    relayed = k + 2 < len(toks) and toks[k + 1].low == "according" and toks[k + 2].low == "to"
    phrase = k + 2 < len(toks) and toks[k + 1].low in _ASIDE_OPENERS  # ("said, given the depth of the wreck, he was sure")
    close = next((m for m in range(k + 2, min(len(toks), k + (_RELAYED_ASIDE_REACH if relayed or phrase else 5))) if toks[m].text == ","), None)
    if k >= len(toks) or toks[k].text != "," or close is None or close + 1 >= len(toks):
        return None
    if phrase:
        return close + 1 if has_complement(toks, close + 1) or bare_clause(toks, close + 1) else None
    return close + 1 if relayed or " ".join(t.low for t in toks[k + 1 : close]) in _ASIDE_ADVERBS else None


_RELAYED_ASIDE_REACH = 14  # tokens from the comma to the close of ", according to …," (a source with its description)


def _headline_future(text, toks, g: int) -> bool:
    """A short headline whose subject opens it and whose verb is "to" and an infinitive ("AFL-CIO
    to endorse Clinton.", "Rep. Welch to back Sanders for president."): news writes the future
    so; no finite verb stands before "to"."""
    if g < 2 or len(toks) > _HEADLINE_WORDS:
        return False
    subj = source_left(toks, g - 1)
    if subj is None or subj[0] != 0 or subj[1] != g - 1 or toks[g - 1].text != "to":
        return False  # (not "St. Paul Votes To Condemn": a title-case headline hides its verb)
    if not all(t.text[:1].isupper() or t.text in (",", ".", "&") for t in toks[: g - 1]):
        return False  # a name opens it ("Sanders pushes Dems to reject", "We need to remember" have a verb)
    if toks[-1].text == "!" or (g - 1 == 1 and _lowercase_elsewhere(text, toks[0].text)):
        return False  # "Hope to see you there!": a capitalized common word, no name
    return srcmod.classify(phrase_text(text, toks, subj)) in ("named_person", "organization", "anonymous", "vague")


def _as_frame_opening(toks, i: int) -> bool:
    """The verb at ``i`` is in an "As X V …," clause opening the sentence, which frames the
    clause after its comma ("As Emily Feng reports for NPR, the first cases came to light …")."""
    k = 1 if toks and toks[0].low in _COORDINATORS else 0
    return k < i and toks[k].low == "as" and any(t.text == "," for t in toks[i + 1 :]) and not any(t.text == "," for t in toks[k:i])


def _writes_for_outlet(toks, j: int) -> bool:
    """"for" and a capitalized name (an outlet: "for NPR", "for The Atlantic") follow the verb, and
    no claim after it ("wrote for the Post that …" keeps its clause); or "in" and a place that
    ends the sentence (a credit line: "Laura Smith-Spark wrote in London.")."""
    if j + 1 >= len(toks) or (toks[j].low != "for" and toks[j].low not in _BYLINE_PLACE_PREPOSITIONS):
        return False
    k = j + 1 + (toks[j + 1].low == "the")
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return False
    while k < len(toks) and toks[k].text[:1].isupper():
        k += 1
    if toks[j].low != "for":
        # "Laura Smith-Spark wrote in London", "Almasy reported and wrote in Atlanta": where the writer filed from, as the
        # sentence (or its clause) ends; "wrote in Foreign Affairs that …" and "reported in Kiev on the fighting" report,
        # and so does a frame after a quotation ("'…,' Craig Morris wrote in German Energy Transition.")
        closes = k >= len(toks) or toks[k].text in (".", ";") or (toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low == "and")
        return closes and not any(t.quoted or t.text in CLOSE_QUOTES + "\"'" for t in toks[:j]) and not any(t.low == "as" for t in toks[max(0, j - 4) : j])  # ("as first reported in The Wall Street Journal": a frame)
    return not has_complement(toks, k)


def _name_possessive(host: str) -> bool:
    """``host`` is a Capitalized word with "'s" that no pronoun carries ("Macy's", "Stadia's"; not
    "He's", "That's"): a name's possessive, or its "has"/"is"."""
    m = _CLITIC.search(host)
    return m is not None and m.group(0)[1:].lower() == "s" and host[:1].isupper() and host[: m.start()].lower() not in _CLITIC_PRONOUNS


def _inside_document_relative(toks, subj, ce: int) -> bool:
    """The verb (of making a document) after ``subj`` opens a relative clause without "that" after
    a document noun, and takes no clause of its own ("The report he wrote in 2019 concluded …",
    "In the letter she wrote to the board, …"): its object is the document, which is no claim."""
    a = subj[0]
    if a < 2 or subj[1] - a > 4 or has_complement(toks, ce) or bare_clause(toks, ce):
        return False
    noun = toks[a - 1]
    if not (noun.text.isalpha() and noun.text.islower() and srcmod.head_type(noun.low) == "document"):
        return False
    det = a - 2 if toks[a - 2].low in NOUN_OPENERS else a - 3
    return det >= 0 and toks[det].low in NOUN_OPENERS and (det == a - 2 or toks[a - 2].text.islower())


def _plain_noun(tok) -> bool:
    """A lowercase word that may be a noun: no adverb ("best", "widely"), relative or personal pronoun."""
    low = tok.low
    return not (low.endswith("ly") or low in _modifiers() or low in _RELATIVES or low in _SUBJECT_PRONOUNS or low in _OBJECT_ONLY or low in _DEGREE_ADVERBS)


def _reduced_relative_after_noun(toks, g: int, i: int) -> bool:
    """Only adverbs stand before the participle at ``i`` ("first reported", "originally
    disclosed"), no "have" or "be", and a plain lowercase noun before them ("a fact first
    reported by ..."): a participle modifying the noun, not a verb of its own."""
    if not all(toks[m].low.endswith("ly") or toks[m].low in _SEQUENCE_ADVERBS or toks[m].low in _REPORT_ADVERBS for m in range(g, i)):
        return False
    noun = toks[g - 1]
    return noun.text.isalpha() and noun.text.islower() and noun.low not in _PREPOSITIONS and noun.low not in _CLAUSE_WORDS and noun.low not in _DETERMINERS and noun.low not in _SUBJECT_PRONOUNS and noun.low not in _BE and noun.low not in _FINITE_AUX and noun.low not in _MODALS


def _possessor_then_modifier(toks, i: int, j: int) -> bool:
    """The "-ed" form at ``i`` follows a name's possessive and comes before a noun: it modifies
    that noun ("Stadia's recommended Chromecast", "Trump's proposed wall"); "'s" as "has" takes
    an object with its determiner ("Google's recommended the update")."""
    if i == 0 or j != i + 1 or j >= len(toks) or not ed_form(toks[i]):
        return False
    if not _name_possessive(toks[i - 1].text):
        return False
    nxt = toks[j]
    if nxt.text in OPEN_QUOTES or nxt.text == '"':
        # "Israel's stated “all options are on the table” policy": a quoted modifier, then the noun
        close = next((m for m in range(j + 1, len(toks)) if not toks[m].quoted), len(toks))
        if close + 1 >= len(toks) or toks[close].text not in CLOSE_QUOTES + '"' or not toks[close + 1].text.islower():
            return False
        nxt = toks[close + 1]
    return nxt.text.isalpha() and nxt.low not in _DETERMINERS and nxt.low not in _PREPOSITIONS and nxt.low not in _CLAUSE_WORDS and nxt.low not in _SUBJECT_PRONOUNS and nxt.low not in _THAT_WORDS


def _resemblance(toks, j: int) -> bool:
    """"like" (after up to three degree words: "a little like") and a noun phrase that is no
    clause: what something feels like, not what someone feels ("feel like they lied")."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].low in _LIKENESS_DEGREE:
        k += 1
    if k + 1 >= len(toks) or toks[k].low != "like" or bare_clause(toks, k + 1) or re.split("['’]", toks[k + 1].low)[0] in _SUBJECT_PRONOUNS:
        return False  # ("like they’ve had": a clause)
    end = next((m for m in range(k + 1, len(toks)) if not wordlike(toks[m].text)), len(toks))
    # ("like a new world opened for me": a clause; "like the last story we heard": a relative clause
    # without "that" inside the noun phrase, whose verb follows its pronoun subject)
    return not any(
        (past_form(toks[m]) or toks[m].low in _FINITE_AUX) and not (m - 1 > k + 1 and toks[m - 1].low in _SUBJECT_PRONOUNS)
        for m in range(k + 1, end)
    )


def _noun_then_pronoun(toks, subj) -> bool:
    """The subject is a personal pronoun right after a noun phrase's plain lower-case noun ("the
    last story we heard", "the things they said"): a relative clause without "that", whose
    verb's object is that noun; nothing before it was said."""
    k = subj[0]
    if subj[1] - k != 1 or toks[k].low not in _PERSONAL_PRONOUNS or k < 2:
        return False
    noun = toks[k - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or noun.low in _CLAUSE_WORDS or noun.low in _PREPOSITIONS or noun.low in _DETERMINERS or noun.low.endswith("ly") or past_form(noun) or noun.low in _FINITE_AUX:
        return False
    return any(toks[m].low in _DETERMINERS for m in range(max(0, k - 4), k - 1))


def _modifier_of_speaking_subject(toks, i: int, j: int) -> bool:
    """The "-ing" cue at ``i``..``j`` follows a plural noun directly and, after at most four words of
    its object (a name or a noun phrase, no comma or clause word), a finite verb of saying comes
    ("Voters supporting Trump said …", "Several delegates supporting Clinton say …"): a reduced
    relative clause inside the subject, no report of its own."""
    if i == 0 or not plural_people_noun(toks[i - 1]):
        return False  # (not after a verb's auxiliary: "Trump is discrediting …", "he was planning …")
    for m in range(j, min(len(toks), j + 5)):
        t = toks[m]
        if t.text in (",", ";", ":", "(", "—") or t.low in _CLAUSE_WORDS or t.quoted:
            return False
        vf = _verb_forms().get(t.low)
        if m > j and vf is not None and vf.cls == "speech" and not vf.ing:
            return True
    return False


def _gerund_of_preposition_before(toks, k: int) -> bool:
    """A gerund right after a preposition other than a frame's ("for being", "of having") opens the
    phrase that the "and" at ``k`` continues, with no comma or clause word between: the next gerund
    is that phrase's second one, whose doer is the preposition's object, no speaker (the gerund
    and at most one word before the "and": "for being biased and not reporting")."""
    for m in range(k - 1, max(0, k - 3), -1):
        t = toks[m]
        if t.low.endswith("ing") and toks[m - 1].low in _PREPOSITIONS and toks[m - 1].low not in _GERUND_PREPS:
            return True
        if t.text in (",", ";", ":") or t.low in _CLAUSE_WORDS:
            return False
    return False


def _gerund_speaker(text, toks, subj):
    """The main clause's subject as the speaker of a gerund after a preposition ("Trump angered
    many by calling …"), with the name in apposition after it ("The country's foreign minister,
    Margot Wallstrom, has come under scrutiny after criticizing …"); None unless it names a clear
    source that is no place and no opening phrase ("Originally from Chechnya, the family …")."""
    if subj is None or not clear_source(text, toks, subj) or is_place(phrase_text(text, toks, subj)) or is_place(toks[subj[1] - 1].text):
        return None
    if toks[subj[1] - 1].low in _TIME_UNITS:
        return None  # "Sixty years after her execution, the board pardoned her after finding …"
    e = subj[1]
    if e < len(toks) and toks[e].text == ",":
        named = name_run(toks, e + 1)
        if named > e + 1 and named < len(toks) and toks[named].text == ",":
            return (subj[0], named + 1)
        return None  # "Originally from Chechnya, the family …": an opening phrase, not the subject
    return subj


def _adverb_only(text, content) -> bool:
    """The claim before a mid-sentence frame is a lone sentence adverb ("Still,", "Eventually,")."""
    return text[content[0] : content[1]].strip(" ,").lower() in _ASIDE_ADVERBS


def _frame_close(toks, ce, after_date) -> int | None:
    """The comma that closes a mid-sentence frame ending at ``after_date`` (or after its hearer:
    "Le-May told ITV,"), when a word follows it; else None."""
    k = after_date
    if k < len(toks) and toks[k].text != "," and toks[ce - 1].low in _RECIPIENT_FORMS:
        k = _addressee_end(toks, k) or k
    return k if k + 1 < len(toks) and toks[k].text == "," else None


_RECIPIENT_FORMS = words("recipient_verb")  # "told", "assured": a hearer may follow inside the frame


def _by_force(toks, g, ce, agent) -> bool:
    """An adverb of force in the verb group ("were brutally attacked") or an armed agent after
    "by" ("attacked by state troopers"): the attack is no criticism."""
    return any(toks[m].low in _FORCE_ADVERBS for m in range(g, ce)) or (agent is not None and toks[agent[1] - 1].low in _VIOLENT_AGENTS)


_FORCE_ADVERBS = words("force_adverb")
_NOT_ADVERBS = words("ly_not_adverb")  # "Family", "Early" in a headline are no adverbs of the verb


def _opening_inversion(toks, ce) -> tuple[int, int] | None:
    """The speaker after a verb of saying that opens the sentence, before a colon or a comma and a
    quotation ('Wrote one poster, "…"', 'Tweeted Garry Kasparov, chairman of …: "…"', 'Says
    Smith: "…"'); a participle's opening clause ("Asked about it, Smith said") is no inversion."""
    if ce == 0 or not toks[0].text[:1].isupper() or not _OPENING_FORM.search(toks[ce - 1].low):
        return None
    src = source_right(toks, ce)
    if src is None or src[1] + 1 >= len(toks) or toks[src[1]].text not in (",", ":"):
        return None
    if toks[src[1]].text == "," and toks[src[1] + 1].text not in OPEN_QUOTES + '"':
        named = name_after_comma(toks, src)  # (an appositive first: "Tweeted Garry Kasparov, chairman of X: …")
        src = named if named != src else appositive_after(toks, src)
        if src[1] + 1 >= len(toks) or toks[src[1]].text != ":":
            return None
    return src


_OPENING_FORM = re.compile(r"(?<!ask)(?:ed|s|said|told|wrote|spoke)$")  # a finite past or present, not "Asked …," (a participle)


def _question_before(toks, subj) -> bool:
    """The subject follows a question word and an inverted auxiliary ("What exactly did Clinton
    tell the FBI?"): the words before it ask for the claim, they are none."""
    if subj is None or subj[0] < 2 or toks[subj[0] - 1].low not in _QUESTION_AUX or toks[-1].text != "?":
        return False
    return any(t.low in _QUESTION_WORDS for t in toks[max(0, subj[0] - 4) : subj[0] - 1])


_GERUND_PREPS = words("gerund_preposition")
_CONDITION_OPENERS = words("condition_opener")  # "If …, he said, “…”": the condition belongs to the quoted claim
_PERFECT_OPENERS = words("perfect_participle_opener")  # "Having claimed …, the general …"
_GENERIC_SUBJECTS = words("generic_subject")
_BE = words("be_aux")
_NOUN_PRONE = words("noun_prone_form")
_NO_INVERSION = words("no_inversion")
_OBJECT_PREPOSITIONS = words("object_then_preposition")  # "accuse of": "accused him of"
_PARTICLE_WORDS = sorted({entry.split()[-1] for entry in _OBJECT_PREPOSITIONS})  # "of", "with", "for"
_SUSPICION_PREPOSITIONS = words("suspicion_preposition")  # "the men suspected of taking it"
_COORDINATORS = words("coordinator")
_PASSIVE_REPORTS = words("passive_report")


def _aside_between(toks, subj, g) -> bool:
    """An adverbial aside between commas separates the subject from its verb ("Democrats, meanwhile,
    blasted …", "Mr. Coleman, for example, had endorsed …"; appositive_subject keeps only the head)."""
    return subj[1] < g - 2 and toks[subj[1]].text == "," and toks[g - 1].text == "," and g - subj[1] <= 8


_CLAUSE_OPENERS_AFTER = words("adverbial_clause_opener") - {"as", "if"}  # ("as"/"if" may open what was said: "asked if …")
_SUBJECT_WORDS = words("bare_clause_subject") | words("determiner")


def _stance_without_object(toks, subj, ce) -> bool:
    """A stance verb ends its clause after a subject that opens the sentence or follows "and"/"but"
    ("The crowd applauded.", "the 2015 Horizon League champions."): a position needs its object,
    unless the object came first ("an arrangement the campaign has criticized", "…, Donald scolded.").
    A manner adverb is no object ("The crowd applauded loudly.")."""
    while ce + 1 < len(toks) and _manner_adverb(toks[ce]):
        ce += 1
    clause_after = toks[ce].low in _CLAUSE_OPENERS_AFTER and ce + 1 < len(toks) and toks[ce + 1].low in _SUBJECT_WORDS
    if toks[ce].text not in (".", "!", "?", ";", ")") and not clause_after:
        return False  # (")": "(28-5, Horizon League champions)" ends its aside; "Folks called after they heard shots": a clause of time, no object)
    if subj is not None and subj[1] == ce - 1 and plural_noun_ending(toks, ce - 1) and (subj[0] == 0 or toks[subj[0] - 1].low != "as"):
        return True  # "the 2015 Horizon League champions." (but "as Sanders proposes." frames a claim)
    return subj is None or subj[0] == 0 or toks[subj[0] - 1].low in _COORDINATORS


def _date_then_clause_end(toks, subj, ce, after_date) -> bool:
    """Only a date follows a stance verb before its clause ends ("voters who decided over the last
    month,", "The crowd applauded on Tuesday."): no object, as in ``_stance_without_object``, for a
    subject that opens the sentence, follows "and"/"but" or is a relative pronoun ("a position that
    Warren advocated over the weekend" has its object first)."""
    if not (after_date > ce and _ends_clause(toks, after_date)):
        return False
    return subj is None or subj[0] == 0 or toks[subj[0] - 1].low in _COORDINATORS or (subj[1] - subj[0] == 1 and toks[subj[0]].low in _RELATIVES)


def _past_clause(toks, k: int) -> bool:
    """A determiner phrase and its past-tense verb start at ``k`` ("told CNN the plan failed"): after a
    short addressee, a clause, not more of the object."""
    if k >= len(toks) or toks[k].low not in _DETERMINERS:
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        if not wordlike(toks[m].text):
            return False
        if ed_form(toks[m]) and m > k + 1:
            return True
    return False


def _clause_after_agent(toks, k: int) -> bool:
    """A clause or an infinitive follows the agent ("was found by researchers to cut deaths")."""
    return has_complement(toks, k) or (k < len(toks) and toks[k].low == "to")


_TOPIC_VERBS = words("topic_verb")
_DOCUMENT_MAKING = words("document_making_verb")
_GERUND_ADJECTIVES = words("gerund_adjective")  # "worth noting"
_FINITE_AUX = words("finite_aux")


def _slot_candidate(text, sent, toks, i, fps) -> _Cand | None:
    """An unknown word in a reporting-verb slot (the text may use unusual wording).

    ``..., the report WORD.`` at the end of a sentence, or ``SOURCE [has/have] WORD that ...``
    where SOURCE is a source noun ("critics", "the report", "officials").
    """
    t = toks[i]
    n = len(toks)
    final = i + 1 == n or (toks[i + 1].text in (".", "!", "?") and i + 2 >= n)
    if not (final or (i + 1 < n and toks[i + 1].low == "that")):
        return None
    if not t.text.isalpha() or not t.text.islower() or t.low in _CLAUSE_WORDS or t.low in _PREPOSITIONS:
        return None
    g = i
    while g > 0 and toks[g - 1].low in _AUX:
        g -= 1
    if final and not any(comma_before(toks, m) for m in range(max(0, g - 4), g)):
        return None  # (at the end, only ", the report WORD." is a slot: a comma or a quotation at most four words before)
    if t.low in _DETERMINERS or t.low in _NOT_SLOT_WORDS or t.low in _TIME_UNITS or fps.overlap(t.start, t.end):
        return None  # (a span of time is no verb: "in the 18 years that Kim Jong Il was leader")
    if srcmod.head_type(t.low) is not None or agent_noun(t):
        return None  # "said Jane Doe, the chief executive.": a role noun ends the phrase, no verb
    subj = source_left(toks, g)
    aside = subj is None and g > 0 and toks[g - 1].text == ","
    if aside:
        subj = appositive_subject(toks, g, text)  # "An attorney for Pagliano, Mark MacDougall, streesed that ..."
    if not final and g == i and t.low.endswith("s") and (subj is None or subj[1] != g or srcmod.head_type(phrase_text(text, toks, subj)) != "document"):
        doc = _document_subject(text, toks, i)  # "A report released on Tuesday means that ..."
        if doc is not None:
            return _Cand((i, i + 1), doc, trim_content(text, toks[i + 1].start, sent.end) if i + 2 < n else None)
    if subj is None or subj[1] != g:
        return None
    phrase = phrase_text(text, toks, subj)
    head = srcmod.head_type(phrase)
    if final and comma_before(toks, subj[0]) and subj[1] - subj[0] <= 4:
        pronoun = subj[1] - subj[0] == 1 and toks[subj[0]].low in _PERSONAL_PRONOUNS
        if not pronoun and (head is None or toks[subj[0]].low not in _DETERMINERS or not toks[g - 1].text.islower()):
            return None  # ", the report WORD." / ", he WORD." ("..., CrowdTangle chief executive.", "..., a senior Labour Party figure." are no report)
        claim = content_before(text, sent, toks, subj[0])
        if claim is None or _adverbial_opening(text, claim):
            return None  # "Amid what critics called a “rough week,” he slipped.": an adverbial, no claim before (nor "After the vote, she shrugged.")
        return _Cand((g, i + 1), subj, claim)
    person = (subj[1] - subj[0] == 1 and toks[subj[0]].low in _PERSONAL_PRONOUNS) or (
        subj[1] - subj[0] <= 3 and all(is_name(toks[m]) for m in range(subj[0], subj[1])) and srcmod.classify(phrase) == "named_person"
    ) or (aside and not final)  # a name with its appositive ("The lawyer, Mark MacDougall,")
    clause_next = i + 2 < n and (toks[i + 2].low in _DETERMINERS or toks[i + 2].low in _SUBJECT_PRONOUNS or is_name(toks[i + 2]))
    if i + 1 < n and toks[i + 1].low == "that" and clause_next and (head in ("anonymous", "vague", "document") or person) and (
        g < i or t.low.endswith("ed") or (head == "document" and toks[subj[0]].low in _DETERMINERS and toks[i + 2].low not in _SUBJECT_PRONOUNS)
    ):  # "the report prompt that ...": a document subject makes even a bare unknown word a reporting slot
        return _Cand((g, i + 1), subj, trim_content(text, toks[i + 1].start, sent.end) if i + 2 < n else None)
    return None


def _object_of_verb_with(toks, subj):
    """The noun phrase after "with" when a verb-like lowercase word stands before it inside the
    subject of an "-ing" participle ("breaks with Security Council resolutions declaring …"): a
    reduced relative on that phrase; the words before are another clause."""
    for m in range(subj[1] - 2, subj[0], -1):
        if toks[m].low == "with" and toks[m - 1].text.isalpha() and toks[m - 1].text.islower() and toks[m - 1].low.endswith(("s", "ed")) and not agent_noun(toks[m - 1]) and srcmod.head_type(toks[m - 1].low) is None:
            return (m + 1, subj[1])
    return subj


def _adverbial_opening(text, claim: tuple[int, int]) -> bool:
    """The words before ", he WORD." open with a preposition or a subordinator and quote nobody
    ("Amid the storm, he …", "When the vote came, she …"; a quotation mark inside is a title or a
    scare quote): an adverbial phrase, not a claim."""
    first = text[claim[0] : claim[1]].split(maxsplit=1)[0].lower() if claim[1] > claim[0] else ""
    quoted = text[claim[1] - 1] in CLOSE_QUOTES + '"' if claim[1] > claim[0] else False  # '"After all, we won," he …'
    return first in _SETTING_OPENERS and not quoted


def _participle_before(toks, k) -> bool:
    """An "-ing" verb after a comma or dash before token ``k`` in the clause (", calling it … and
    saying"): a participle clause that a coordinated "-ing" verb continues."""
    for m in range(k - 1, max(0, k - 15), -1):
        if toks[m].text in (".", ";", "!", "?"):
            return False
        if toks[m].low.endswith("ing") and toks[m].text.islower() and toks[m - 1].text in (",", "—", "–"):
            return toks[m].low in _verb_forms()
    return False


def _addressee_end(toks, k) -> int | None:
    """End of a short addressee at ``k``: a pronoun ("told him"), a name ("told The Washington
    Post", "told CNN") or one person or group noun ("told reporters", "told the crowd"); None for anything longer."""
    n = len(toks)
    if k >= n:
        return None
    if toks[k].low in _OBJECT_PRONOUNS:
        return k + 1
    start = k + 1 if toks[k].low == "the" and k + 1 < n and is_name(toks[k + 1]) else k
    if is_name(toks[start]):
        end = name_run(toks, start)
        quote_at = end + 1 if end + 1 < n and toks[end].text in ("'", "’") else end if _POSSESSIVE_S.search(toks[end - 1].text) else None
        if quote_at is not None and quote_at < n and is_open_quote(toks, quote_at):
            after = after_title(toks, quote_at)  # "told CBS' “60 Minutes”", "told CNN's “State of the Union”": a show of the network
            if after is not None:
                end = after - 1 if toks[after - 1].text == "," else after
        if end < n and toks[end].text.islower() and (srcmod.head_type(toks[end].low) is not None or agent_noun(toks[end]) or (quote_at is not None and toks[end].low in _MEDIUM_WORDS)):
            end += 1  # "wrote to the Iranian government", "told the Senate committee", 'told NBC's "Today" show': the name modifies a body, people or a show
        return end
    if toks[k].low in _DETERMINERS and k + 1 < n:
        k += 1  # "told the crowd", "told his aides"
    t = toks[k]
    if t.text.islower() and t.low not in _DETERMINERS and (srcmod.head_type(t.low) is not None or agent_noun(t)):
        return _addressee_end(toks, k + 1) if k + 1 < n and is_name(toks[k + 1]) else k + 1  # "told host Sean Hannity"
    return None


def _document_subject(text, toks, i) -> tuple[int, int] | None:
    """``DOCUMENT [VERB-ed [on DATE]] WORDs that CLAUSE``: the document noun phrase subject of ``i``.

    A present-tense verb the lexicon does not know ("means", "suggests" reworded) after a
    report, study or poll, with a that-clause and a new subject after it, reports what the
    document says. The phrase may carry a reduced relative ("printed on Tuesday"), which is
    left out of the source span.
    """
    n = len(toks)
    if i + 2 >= n or not (toks[i + 2].low in _DETERMINERS or toks[i + 2].low in _SUBJECT_PRONOUNS or is_name(toks[i + 2])):
        return None
    end = skip_time_before(toks, i)
    if end < i and end > 0 and toks[end - 1].low in _PREPOSITIONS:
        end -= 1  # "on Tuesday": skip_time_before leaves the preposition
    if end > 0 and end < i + 1 and toks[end - 1].text.islower() and toks[end - 1].low.endswith("ed"):
        end -= 1  # "printed", "released": a participle modifying the document
    if end < 1 or srcmod.head_type(toks[end - 1].text) != "document" or not toks[end - 1].text.islower():
        return None
    k = end - 1
    while k > 0 and end - k < 6 and wordlike(toks[k - 1].text) and not toks[k - 1].quoted:
        low = toks[k - 1].low
        if low in _CLAUSE_WORDS or low in _PREPOSITIONS or low in _verb_forms() and not is_name(toks[k - 1]):
            break
        k -= 1
        if low in _DETERMINERS:
            break
    if toks[k].low not in _DETERMINERS and not toks[k].low.endswith(("’s", "'s")):
        return None  # a bare noun ("news reports that ...") may be anything
    return (k, end)


# --------------------------------------------------------------------------- assembly


def _group_start(toks, g) -> int:
    """Start of the verb group ending before token ``g``: auxiliaries, negation and adverbs join it."""
    mods = _modifiers()
    while g > 0 and (toks[g - 1].low in mods or _manner_adverb(toks[g - 1]) or _title_case_adverb(toks, g - 1)) and not toks[g - 1].quoted and not surname_month(toks, g - 1) and not modal_name(toks, g - 1):
        if toks[g - 1].low in _OUTSIDE_MODIFIERS and (g == 1 or not wordlike(toks[g - 2].text)):
            break  # ("Each said": with no subject before it, the quantifier is the subject)
        g -= 1  # ("Theresa May said": the month after a first name is her surname, not the modal; "Will says": a name)
    if g > 0 and toks[g].low == "longer" and toks[g - 1].low == "no":
        return _group_start(toks, g - 1)  # "no longer believed": the pair negates the verb ("no" alone is no modifier: "made no mention")
    if g > 0 and toks[g - 1].low == "live" and toks[g].low in _LIVE_REPORT_FORMS:
        return _group_start(toks, g - 1)  # "Fans live tweeted the debate": "live" is how, not who
    return g


def _quoted_then_by(toks, k: int) -> int | None:
    """Index of a "by" right after a quotation that opens at token ``k`` ('called “irreplaceable” by'), or None."""
    if k >= len(toks) or not is_open_quote(toks, k):
        return None
    m = k + 1
    while m < len(toks) and toks[m].quoted:
        m += 1
    m += 1  # the closing mark
    return m if m < len(toks) and toks[m].low == "by" and m - k <= 12 else None


def _unasserted_modal(toks, g: int, i: int, speech: bool) -> bool:
    """The verb group before the verb at ``i`` holds a modal of duty or ability ("must", "can"), or
    of possibility ("might") before a verb that is no verb of ``speech`` or evidence ("It could
    show that …" reports what a record may show), with no negation and no
    perfect "have": what someone should, can or might do or think is no report anyone made ("could
    not confirm" refuses one; "may have told" reports one, hedged; "Critics might argue that …"
    puts words in a possible speaker's mouth, a vague attribution, as does "Anyone could see …";
    so does "I must say" or "We … can say that …" of the speaker's own words)."""
    group = [toks[m].low for m in range(g, i)]
    if not any(w in _UNASSERTED_MODALS or (w in _POSSIBILITY_MODALS and not speech) for w in group) or any(w in _NEGATIONS or w == "have" for w in group):
        return False
    if toks[i].low == "heard" and group[-1] == "be":
        return False  # "a reporter can be heard asking": a report someone heard
    if "can" in group and toks[i].low in _SEEING_FORMS and not (g > 0 and toks[g - 1].low in ("we", "you", "i")):
        return False  # "Muller can also see parallels", "Everyone can see …": a view the subject holds ("so we can see how …": a purpose)
    if g > 0 and toks[g - 1].low in _PERSON_INDEFINITES:
        return False  # "Anyone could see the collapse was coming": the writer's claim put in everyone's mouth, a vague source
    first_person = any(re.split("['’]", toks[m].low)[0] in ("i", "we") for m in range(g))
    return not (speech and first_person)  # ("I must say", "We've tested it and can say that …": the speaker says it now)


def _title_case_adverb(toks, k) -> bool:
    """A capitalized adverb inside a title-case headline's verb group ("GOP Candidates Resoundingly
    Reject …", "Trump Strongly Denies …"): the headline capitalizes it; it is no part of the name."""
    return k > 0 and srcmod.capitalized_adverb(toks[k].text) and toks[k].low not in _NOT_ADVERBS and title_case(toks)


def _role_appositive_after(toks, k: int) -> bool:
    """A comma at ``k`` opens an appositive that says who the name before it is (", one of the
    Houthi spokesmen", ", a spokesman for ...", ", the group's leader")."""
    if k + 2 >= len(toks) or toks[k].text != ",":
        return False
    nxt = toks[k + 1]
    if nxt.low == "one" and toks[k + 2].low == "of":
        return True
    return nxt.low in _APPOSITIVE_ARTICLES and (srcmod.head_type(toks[k + 2].low) == "role" or agent_noun(toks[k + 2]))


def _date_only(toks, rng) -> bool:
    """The character range ``rng`` holds a date phrase and nothing else ("Earlier this month", "On Monday")."""
    first = first_at_or_after(toks, 0, rng[0])
    if first >= len(toks):
        return False
    m = first + 1 if toks[first].low in _PREPOSITIONS else first
    end = skip_time_after(toks, m)
    return end > m and (end >= len(toks) or toks[end].start >= rng[1])


def _ends_clause(toks, k, medium: bool = False) -> bool:
    """The clause ends at token ``k``; with ``medium``, also after a short phrase there ("on Instagram.")."""
    return k >= len(toks) or toks[k].text in (".", ",", ";", "!", "?", ")") or (medium and _medium_to_clause_end(toks, k))


_TITLE_QUOTES = OPEN_QUOTES + CLOSE_QUOTES + '"'


def _first_mark(toks, m: int, limit: int) -> int:
    """Index of the first clause-ending mark from ``m`` on, before ``limit`` (else ``limit``, or the end)."""
    return next((q for q in range(m, min(len(toks), limit)) if toks[q].text in (".", ",", ";", "!", "?")), min(len(toks), limit))


_SHORT_MEDIUM, _LONG_MEDIUM = 10, 16  # tokens of a medium phrase closing a frame; past the first, only with no verb in it


def _medium_to_clause_end(toks, k) -> bool:
    """A short prepositional phrase from ``k`` to the clause end ("on Instagram.", "in an interview,");
    a longer one with no verb ("in her first TV interview since his death in central Moscow last
    week."), not "at least six planes filled the skies with messages."."""
    if toks[k].low not in _MEDIUM_PREPOSITIONS and not by_medium(toks, k):
        return False
    end = _first_mark(toks, k, k + _LONG_MEDIUM)
    if end >= len(toks) and k + _SHORT_MEDIUM < len(toks):
        return False  # (the sentence ends without a mark past a short phrase)
    if end < len(toks) and toks[end].text not in (".", ",", ";", "!", "?"):
        return False  # (no mark within reach)
    if end - k >= _SHORT_MEDIUM and (not verbless_phrase(toks[k:end]) or end < len(toks) and toks[end].text not in (".", "!", "?")):
        return False  # (a long phrase closes the sentence: after its comma, more may be said)
    for m in range(k + 1, end):
        if toks[m].low in _CLAUSE_WORDS and toks[m].low in _PREPOSITIONS and verbless_phrase(toks[m:end]):
            continue  # ("in her first TV interview since his death.": a time phrase, no clause)
        if toks[m].low in _CLAUSE_WORDS or not (re.match(r"[\w'’-]", toks[m].text) or toks[m].text in _TITLE_QUOTES):
            return False  # (a show's title in quotation marks stays inside: 'on MSNBC’s “Morning Joe.”')
    return True


def _build(text, toks, c: _Cand, history: list[Attribution]) -> Attribution:
    from server.annotate.ledger import reason_for

    first = c.cue[0]
    while first < c.cue[1] - 1 and toks[first].low in _OUTSIDE_MODIFIERS:
        first += 1  # "he too has denied": the adverb is in neither the source nor the cue
    cue_s, cue_e = toks[first].start, toks[c.cue[1] - 1].end
    clitic = 0
    subject_before = c.source is not None and c.source[1] == c.cue[0] and not c.source_after and c.cls != "nominal"
    # "He's been named": an agentless passive whose content is the subject right before the cue
    about_before = c.passive and c.cue[0] > 0 and c.content is not None and c.content[1] == toks[c.cue[0] - 1].end
    if subject_before or about_before or (c.passive and c.cue[0] > 0 and toks[c.cue[0]].low == "been"):
        host = toks[c.cue[0] - 1].text
        m = _CLITIC.search(host)
        possessive = _name_possessive(host) and toks[c.cue[0]].low != "been"
        if possessive and (_finite_word_at(toks, c.cue[0]) or toks[c.cue[0]].low in _PRESENT_SAY):
            m = None  # "Macy's has said", "Seattle Children's said": the store's or hospital's name, not "has" ("Christie's been" is)
        elif possessive:
            clitic = len(m.group(0))  # "the Supreme Court's ruling": the possessive is in neither span
            m = None
        if m and m.start() > 0:
            clitic = len(m.group(0))  # "He's suggesting": the auxiliary belongs to the cue, "He" is the source
            cue_s = toks[c.cue[0] - 1].end - clitic
            if about_before:
                c.content = (c.content[0], cue_s)
    if not clitic and c.source is not None and c.source[1] - c.source[0] == 1 and not subject_before:
        m = _CLITIC.search(toks[c.source[0]].text)
        if m and m.start() > 0 and toks[c.source[0]].text[: m.start()].lower() in _SUBJECT_PRONOUNS:
            clitic = len(m.group(0))  # "We've spent days on it and can say …": the source is "We"
    cue_text = text[cue_s:cue_e]
    src_span = None
    name = ""
    typ = "vague"
    pronoun = False
    unresolved = ""  # an unresolved pronoun source ("She said"), named by its own word on hover
    if c.source is not None:
        s0, s1 = toks[c.source[0]].start, toks[c.source[1] - 1].end - clitic
        phrase = text[s0:s1]
        if c.cls == "nominal":  # "Trump's claim": the source is "Trump", a pronoun "his" is resolved as "he"
            owner = possessor(phrase)
            if phrase.startswith(owner) and phrase[len(owner):] in ("'s", "’s", "'", "’"):
                s1 = s0 + len(owner)  # the span drops the "'s" ("its" stays whole)
            phrase = owner
        typ = srcmod.classify(phrase)
        if typ == "named_person" and c.source[1] - c.source[0] == 1 and _lowercase_elsewhere(text, toks[c.source[0]].text):
            typ = "vague"  # "Traders cited ...": the text also writes "traders", so it is no name
        if typ == "named_person" and _sentence_case_only(toks, c.source):
            lowered = srcmod.classify(phrase[:1].lower() + phrase[1:])
            typ = typ if lowered in ("named_person", "pronoun") else lowered  # "High school chums told ...": the capital is the sentence's
        if typ == "named_person" and srcmod.modified_common_noun(phrase, speaker_nouns()) and not srcmod.led_by_name(phrase):
            typ = "vague"  # "The Saudi airstrikes appear to ...": the names only modify a head that is no one
        if typ == "named_person" and cue_text.lower() in _OUTLET_CUES and phrase.split()[0].lower() not in srcmod.given_names():
            typ = "organization"  # "As reported by Western Journalism": what reports a story is an outlet, unless a person's given name opens it
        if typ == "named_person" and c.source[1] - c.source[0] == 1:
            typ = next((att.type for att in reversed(history) if att.name == phrase and att.type in ("organization", "document") and not att.pronoun), typ)  # ("the news agency Ukrinform … , Ukrinform reported": the body named before)
        name = srcmod.display_name(phrase, typ)
        if typ == "named_person":
            name = srcmod.age_descriptor_person(phrase, text, s0, history) or name  # "the 25-year-old said": the person named before
        if c.impersonal:
            typ, name = "vague", "unnamed (impersonal “" + " ".join(t.text for t in toks[c.source[0] : c.cue[1]]) + "”)"
        elif typ == "pronoun":
            pronoun = True
            typ, name = srcmod.resolve_pronoun(phrase, text, toks, c.source[0], history)
        src_span = (s0, s1)
        if pronoun and not name:
            unresolved = text[s0:s1]
    elif not c.passive and not c.impression and history and history[-1].cue.end <= cue_s and _same_sentence(text, history[-1].cue.end, cue_s) and not _own_subject_between(text, toks, history[-1], cue_s):
        # a participle cue ("..., saying ...") inherits the speaker of its sentence, an unresolved "She" too
        prev = history[-1]
        typ, name = prev.type, prev.name
        if prev.pronoun and not name and prev.source is not None:
            unresolved = prev.source.text
    key = "passive" if c.passive else "impression" if c.impression else ("unknown" if not name else "first_person" if name == srcmod.FIRST_PERSON else typ)
    if src_span and " ".join(text[src_span[0] : src_span[1]].lower().split()) in _NEGATIVE_SOURCES:
        key = "nobody"  # "No one has offered any evidence": an absence the writer reports, no weasel source
    label_name = name or "no source given"
    if unresolved:
        key, label_name = "pronoun", unresolved
    kind = _report_kind(text, c, cue_text, cue_s, cue_e)
    cue = Span(cue_s, cue_e, cue_text, "cue", typ, None, reason_for(key, "cue", label_name, cue_text, kind))
    att = Attribution(0, typ, name, cue, pronoun=pronoun, kind=kind)
    if src_span and not c.unspanned:
        att.source = Span(src_span[0], src_span[1], text[src_span[0] : src_span[1]], "source", typ, None, reason_for(key, "source", label_name, cue_text))
    if c.content and c.content[1] > c.content[0]:
        cs, ce = c.content
        att.content = Span(cs, ce, text[cs:ce], "content", typ, None, reason_for(key, "content", label_name, cue_text, kind))
        if c.rest and c.rest[1] > c.rest[0]:
            rs, re_ = c.rest
            att.rest = Span(rs, re_, text[rs:re_], "content", typ, None, reason_for(key, "content", label_name, cue_text, kind))
    return att


_OUTSIDE_MODIFIERS = outside_modifiers()
_NEGATIVE_SOURCES = words("negative_source")  # "No one", "Nobody": nobody spoke
_OUTLET_CUES = words("outlet_cue")  # "as reported by": the source is an outlet
_CLITIC = re.compile(r"['’](?:s|re|ve|d|ll|m)$", re.IGNORECASE)
_PRESENT_SAY = words("present_report_form")  # "Macy's says": a present verb after a store's name
_CLITIC_PRONOUNS = words("subject_pronoun") | words("clitic_host")  # "He's said", "That's saying": "'s" is "has" or "is"
_ITS = ("it's", "it’s")  # "it is" before a participle and "that": the impersonal passive
_BE_CLITIC = re.compile(r"['’](s|re|m)$", re.IGNORECASE)  # "he's", "they’re", "I'm": a pronoun and "is"/"are"/"am"
_POSSESSIVE_S = re.compile(r"\w['’]s$", re.IGNORECASE)
_NOT_POSSESSORS = words("clitic_host")  # "he's" is "he has", never a possessive


def _framed_source(text, toks, i, j) -> bool:
    """A ``source_after_framed`` phrase ("per") cites only as a frame of its own (sentence start or
    after a comma) before a name, "the" and a name, or a source noun ("..., per Feng.", "..., per
    the WHO.", "Per the report, ..."), not in "$5 per share" or "per capita"."""
    if i > 0 and toks[i - 1].text != ",":
        return False
    src = source_right(toks, j, loose=True)
    if src is None:
        return False
    named = is_name(toks[j]) or (toks[j].low == "the" and j + 1 < len(toks) and is_name(toks[j + 1]))
    return named or srcmod.head_type(phrase_text(text, toks, src)) is not None


def _name_before_role(text, toks, subj):
    """'“…,” Walter Ngai Kai-shu, secretary general of the monastery told local media': an
    unnamed role after a comma, the name before it opening the frame (the aside lacks its
    closing comma); the subject is the name with its role. Else ``subj`` unchanged."""
    if subj is None or subj[0] < 2 or toks[subj[0] - 1].text != "," or not toks[subj[0]].text.islower():
        return subj
    if srcmod.head_type(phrase_text(text, toks, subj)) != "role":
        return subj
    k = subj[0] - 2
    while k >= 0 and is_name(toks[k]) and not toks[k].quoted:
        k -= 1
    if k == subj[0] - 2 or subj[0] - 2 - k < 2:
        return subj  # a full name (two words or more), not a lone capital
    if k >= 0 and not _closing_quote(toks, k):
        return subj
    return (k + 1, subj[1])


def _priced(toks, k) -> bool:
    """A price in the object before the clause ends ("the iPad Pro for $799", "from £25"); not
    after an infinitive ("offered to pay $5 million" is a position the source took)."""
    if k < len(toks) and toks[k].low == "to":
        return False
    for m in range(k, min(len(toks), k + 16)):
        if toks[m].text in ("$", "€", "£", "¥"):
            return True
        if toks[m].text in (".", ";", "!", "?") or toks[m].low in _CLAUSE_WORDS:
            return False
    return False


def _noun_before_relative(toks, k) -> bool:
    """Token ``k`` is a lowercase noun that "that" can follow as a relative pronoun ("a charge
    that"), not a verb whose complement "that" opens ("said that", "believes that")."""
    tok = toks[k]
    if not (tok.text.isalpha() and tok.text.islower()) or tok.low in _PREPOSITIONS or tok.low in _CLAUSE_OPENERS or tok.low.endswith(("ly", "ed")):
        return False
    return tok.low not in _verb_forms() or (k > 0 and toks[k - 1].low in _DETERMINERS)  # ("a charge", "the claim")


def _plural_noun_before_past(toks, i: int, j: int) -> bool:
    """The -s word at ``i``, after a lowercase modifier, is right before an irregular past form
    ("offbeat questions led", "early reports came"): a verb takes no finite verb after it, so it is
    the plural noun that ends that verb's subject."""
    if i == 0 or not (toks[i - 1].text.isalpha() and toks[i - 1].text.islower()) or toks[i - 1].low in _SUBJECT_PRONOUNS:
        return False  # ("an event that Carson says led him to Christ": a speaker, then a clause without its subject)
    return s_form(toks[i]) and j == i + 1 and j < len(toks) and toks[j].text.islower() and toks[j].low in ALL_PAST_FORMS


def _named_as_then_verb(toks, j) -> bool:
    """After the participle at ``j``: adverbs ("only"), "as", a label (quoted, or a run of names and
    its comma), then a finite verb: the participle names the thing before it ("identified only as
    “CE” told the court"), it reports nothing."""
    k = j
    while k < len(toks) and toks[k].text.islower() and toks[k].low.endswith("ly"):
        k += 1
    if k + 1 >= len(toks) or toks[k].low != "as":
        return False
    k += 1
    if is_open_quote(toks, k):
        after = after_title(toks, k)
    elif is_name(toks[k]):
        after = name_run(toks, k)
        after = after + 1 if after < len(toks) and toks[after].text == "," else after
    else:
        return False
    return after is not None and after < len(toks) and toks[after].text.islower() and (toks[after].low in _FINITE_AUX or past_form(toks[after]))


def _labelled_then_verb(toks, j) -> bool:
    """A short quoted label after the participle, then a finite verb: 'X considered "Y" were ...'."""
    after = after_title(toks, j) if is_open_quote(toks, j) else None
    return after is not None and after - j <= 7 and after < len(toks) and toks[after].low in _FINITE_AUX


def _closing_quote(toks, k) -> int:
    """Tokens in the closing quotation mark that ends at ``k``: 1 for ” or ", 2 for a doubled '' (0: none)."""
    if k < 0 or k >= len(toks):
        return 0
    if toks[k].text in CLOSE_QUOTES or toks[k].text == '"':
        return 1
    return 2 if toks[k].text == "'" and k > 0 and toks[k - 1].text == "'" and toks[k - 1].end == toks[k].start else 0


def _report_follows(toks, k) -> bool:
    """"to" and a verb of saying or thinking at ``k`` ("appeared to imply", "is expected to argue"):
    the subject reports, however hedged, so it stays the source."""
    if k + 1 >= len(toks) or toks[k].low != "to" or toks[k + 1].low not in _verb_forms():
        return False
    return _verb_forms()[toks[k + 1].low].cls in REPORTING_CLASSES


def _after_quotation(toks, g) -> bool:
    """The subject before the verb group at ``g`` follows a quotation ('"Amazon Mom," a program offered')."""
    subj = source_left(toks, g)
    return subj is not None and subj[0] > 0 and _quotation_ends_at(toks, subj[0] - 1)


def _headed_by_document(text, toks, g) -> bool:
    """The subject before the verb group at ``g`` is headed by a document ("The new listing for the firearm")."""
    subj = source_left(toks, g)
    return subj is not None and srcmod.head_type(phrase_text(text, toks, subj)) == "document"


def _quotation_ends_at(toks, k) -> bool:
    """A quoted sentence ends at token ``k``: its closing mark after , ? ! or . (also after a nested
    quote's closing mark: "‘Enough is enough,’”")."""
    marks = _closing_quote(toks, k)
    if not marks:
        return False
    k -= marks
    while k > 0 and toks[k].text in ("'", "’"):
        k -= 1
    return k >= 0 and toks[k].text in (",", "?", "!", ".")


def _fragment_quotation(toks, k) -> bool:
    """The quotation ending at token ``k`` is a phrase of the writer's own clause ('and their
    “reveries about ... job,” Will urged'): a lowercase word inside the sentence opens it, no
    reporting verb, conjunction or "that"."""
    k = quote_opening(toks, k)
    if k >= 0 and (toks[k].text in OPEN_QUOTES or toks[k].text == '"'):
        k -= 1
    return k > 0 and toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _COORDINATORS and toks[k].low != "that" and toks[k].low not in _verb_forms()


def _be_clitic(word: str, forms: tuple[str, ...]) -> bool:
    """A pronoun with a clitic "be" of ``forms`` ("s", "re", "m"): "He's", "they’re", "I'm"."""
    m = _BE_CLITIC.search(word)
    host = word[: m.start()].lower() if m else ""
    return m is not None and m.group(1).lower() in forms and (host in _NOT_POSSESSORS or host in _SUBJECT_PRONOUNS or host == "you")


def _object_among(toks, j: int, nouns: frozenset[str]) -> bool:
    """The object starting at ``j`` has one of ``nouns`` before any preposition ("a Wednesday night
    rally", "the Black Women's Agenda Symposium", "big, boisterous rallies", "a fifth term")."""
    for m in range(j, min(len(toks), j + 8)):
        if toks[m].low in nouns:
            return True
        if toks[m].low in _PREPOSITIONS or toks[m].low in _CLAUSE_WORDS or toks[m].text in (".", ";", ":", "—"):
            return False
    return False


def _impression_predicate(toks, j: int) -> bool:
    """A predicate right after "seem"/"appear" ("seemed equally unperturbed", "appeared
    paralyzed", "seems unfair"): the writer's impression of the subject; not a place or an
    occasion ("appeared on television", "appeared in court", "appear alongside articles",
    "appeared together"), a clause or a comma."""
    t = toks[j]
    return t.text.isalpha() and t.text.islower() and t.low not in _PREPOSITIONS and t.low not in _CLAUSE_WORDS and t.low not in _DETERMINERS and t.low not in _APPEARANCE_WORDS


def _expletive_it_before(toks, i: int, j: int) -> bool:
    """"it" before "seem"/"appear" at ``i`` and a clause after it at ``j``: the empty "it" of the
    writer's impression ("it appears that the photographs had been doctored", "It appears,
    though, that …", "It seems Trump's campaign will go on", "it appears he has little chance",
    "It seemed like the members have decided"); not "it appears to be damaging the economy"
    (the "it" of a thing before "to") or "it seems like an extravagant hope" (a likeness)."""
    if i == 0 or toks[i - 1].low != "it" or j >= len(toks):
        return False
    if toks[j].text == "," and j + 2 < len(toks) and toks[j + 1].low in _ASIDE_ADVERBS and toks[j + 2].text == ",":
        j += 3  # (", though, that")
    if j >= len(toks) or toks[j].quoted:
        return False
    t = toks[j]
    if t.low == "like":
        return j + 1 < len(toks) and toks[j + 1].low not in _INDEFINITE_ARTICLES  # ("It seems like an extravagant hope": a likeness of "it")
    return t.low == "that" or (t.low == "as" and j + 1 < len(toks) and toks[j + 1].low in ("if", "though")) or (
        t.low in _SUBJECT_PRONOUNS and t.low != "it"
    ) or (t.text[:1].isupper() and is_name(t))


def _nothing_subject(word: str, passive: bool) -> bool:
    """A subject that names no one and no claim before a passive ("Nothing is said", "whatever's
    written": the clitic "'s" is "is")."""
    m = _BE_CLITIC.search(word)
    if m is None:
        return passive and word in _NOTHING_WORDS
    return m.group(1).lower() == "s" and word[: m.start()] in _NOTHING_WORDS


def _participle_then_preposition(toks, m: int) -> bool:
    """An -ed participle, maybe a date, then a preposition ("briefed on", "briefed Monday on")."""
    if not ed_form(toks[m]):
        return False
    k = skip_time_after(toks, m + 1)
    return k < len(toks) and toks[k].low in _PREPOSITIONS


def _finite_word_at(toks, m: int) -> bool:
    """Token ``m`` is a finite verb or auxiliary ("…, was a major factor", "…, will not apply")."""
    t = toks[m]
    return t.text.islower() and (t.low in _FINITE_AUX or t.low in _MODALS or t.low in _IRREGULAR_PAST or (ed_form(t) and not t.low.endswith("ing")))


def _thing_head(toks, subj) -> bool:
    """The subject's last word is a lowercase noun for no person or body ("a mesh router", "adoption")."""
    head = toks[subj[1] - 1]
    return head.text.isalpha() and head.text.islower() and not agent_noun(head) and head.low not in _SUBJECT_PRONOUNS and srcmod.head_type(head.low) is None


def _participle_on_thing(toks, subj, g: int, i: int, ce: int) -> bool:
    """A past participle right after a noun for a thing, then (a date or a short phrase and) the
    clause end or a finite verb: a reduced relative clause ("The project announced last year has
    stalled", "its mat project first announced in 2017."), not the thing speaking. Not after a
    quotation or a comma ('"Be quiet," the guide whispered.': a frame) or "as" (an as-clause)."""
    head = toks[subj[1] - 1]
    if subj[1] != g or (subj[0] > 0 and (toks[subj[0] - 1].low == "as" or not wordlike(toks[subj[0] - 1].text))) or not (ed_form(toks[i]) or toks[i].low in _IRREGULAR_PARTICIPLES) or any(toks[m].low in _BE or toks[m].low in _AUX or toks[m].low in _MODALS for m in range(g, i)):
        return False
    if not head.text.isalpha() or not head.text.islower() or srcmod.head_type(head.low) is not None or agent_noun(head) or head.low in _SUBJECT_PRONOUNS:
        return False
    if any(toks[m].low in _PREPOSITIONS or toks[m].low in _RELATIVES for m in range(subj[0], subj[1])):
        return False  # "Officers who observed him before his arrest testified": the head is not the last noun
    if toks[i].low in _IRREGULAR_PARTICIPLES:
        return True  # "the case number written on it in silver marker": a participle-only form is no finite verb
    m = skip_time_after(toks, ce)
    if m < len(toks) and toks[m].low in ("in", "on", "at") and m + 1 < len(toks) and (toks[m + 1].text.isdigit() or skip_time_after(toks, m + 1) > m + 1):
        m = skip_time_after(toks, m + 1) if not toks[m + 1].text.isdigit() else m + 2  # "in 2017", "on Monday"
    return _ends_clause(toks, m) or (m < len(toks) and toks[m].low in _FINITE_AUX)


def _progressive_clitic(word: str) -> bool:
    """"He's", "they’re": a pronoun with a clitic "is"/"are" (a progressive -ing verb follows)."""
    return _be_clitic(word, ("s", "re"))


def _sentence_case_only(toks, rng) -> bool:
    """The source opens the sentence and only its first word is capitalized ("High school chums"),
    not a name with a word after it ("Clinton herself", "Trump's aides")."""
    a, b = rng
    if b - a < 2 or not (a == 0 or (a == 1 and toks[0].text in OPEN_QUOTES + '"')):
        return False
    rest = toks[a + 1 : b]
    if toks[a].low.endswith(("'s", "’s")) or rest[-1].low.endswith(("self", "selves")) or rest[-1].low in speaker_nouns():
        return False  # "Trump's running mate", "Clinton herself", "Clinton camp"
    return all(t.text.isalpha() and t.text.islower() and t.low not in _PREPOSITIONS and t.low not in _CLAUSE_WORDS for t in rest)


def _lowercase_elsewhere(text: str, word: str) -> bool:
    """True when ``word`` (Capitalized) also occurs in lowercase in ``text``: a common noun."""
    low = word.lower()
    return low != word and low in text and re.search(r"\b" + re.escape(low) + r"\b", text) is not None


def _report_kind(text, c: _Cand, cue_text: str, cue_s: int, cue_e: int) -> str:
    """The cue's verb class, or "rejection" for another's claim the source rejects ("scoffed at
    suggestions that …"), or "unsaid" for a verb of saying after "without" ("without saying …")."""
    if c.content and _rejects_claim(text, cue_text, cue_e, c.content[0]):
        return "rejection"
    if c.content and any(w in _DENIAL_VERBS for w in cue_text.lower().split()) and _asks_for_something(text[c.content[0] : c.content[1]]):
        return "refusal"  # "denied her request for a stay": a decision on a request, no claim denied
    if c.cls == "speech" and _WITHOUT_BEFORE.search(text, max(0, cue_s - 12), cue_s):
        return "unsaid"
    return c.cls


def _rejects_claim(text, cue_text: str, cue_end: int, content_start: int) -> bool:
    """A verb of rejection whose object is another's claim, the content its that-clause ("scoffed at
    suggestions that the match was fixed"): the clause is what the source rejects, not its claim."""
    between = text[cue_end:content_start].lower().split()
    return (
        any(w in _REJECTION_VERBS for w in cue_text.lower().split())
        and text.startswith("that", content_start)
        and 1 <= len(between) <= 3
        and between[-1] in _REJECTED_CLAIM_NOUNS
        and all(w in _REJECTION_LINKS for w in between[:-1])
    )


def _asks_for_something(content: str) -> bool:
    """The content opens with a request or what one asks for ("her request for a stay", "his
    application for parole", "bail"), after at most three words before it."""
    return any(w.strip(",.;:") in _REQUESTED_THINGS for w in content.lower().split()[:4])


_DENIAL_VERBS = words("denial_verb")
_REQUESTED_THINGS = words("requested_thing")
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+$", re.IGNORECASE)  # "…, without saying where he had gone": a report not made
_REJECTION_VERBS = words("rejection_verb")
_REJECTED_CLAIM_NOUNS = words("rejected_claim_noun")
_REJECTION_LINKS = words("rejection_link")  # "scoffed at the idea", "laughed off the rumors"


def _same_sentence(text, a, b) -> bool:
    """No sentence ends between ``a`` and ``b``: a stop, then any closing quote marks, then a space
    ('… were "short." The real truth, say …'); not the stop of "a.m." or of an ellipsis."""
    return not _SENTENCE_BREAK.search(text, a, b)


_SENTENCE_BREAK = re.compile(r"(?<!\.\.)(?<!\ba\.m)(?<!\bp\.m)[.!?](?:\s|[”\"’']+\s+(?=[“\"‘]?[A-Z0-9]))")  # ('“… over here!” line' goes on)


def _own_subject_between(text, toks, prev: Attribution, b: int) -> bool:
    """A finite cue at offset ``b`` belongs to a clause with a subject of its own that opens after
    the cue of ``prev`` ("when a student showed up and told him", "a woman who called and said").
    Not a participle (", saying", "while acknowledging": the main clause's), not a verb after ", and"
    ("She thanked all those who supported her, and said …": coordinated with the main clause), not
    after a relative of ``prev``'s own source ("said Ann Lee, who was there and recalled …"), and
    not for an opener inside a quotation."""
    k = next((i for i, t in enumerate(toks) if t.start >= b), len(toks))
    if k == len(toks) or toks[k].low.endswith("ing") or (k >= 2 and toks[k - 1].low in _COORDINATORS and toks[k - 2].text == ","):
        return False
    source_end = prev.source.end if prev.source is not None else -1
    return any(
        prev.cue.end <= t.start and t.low in _OWN_SUBJECT_OPENERS and not t.quoted and not _aside_of_source(text[source_end : t.start])
        and not any(x.low in _SPEAKER_PRONOUNS for x in toks[m + 1 : k])  # ("…, although at the mention of email she laughed and admitted": the speaker again)
        for m, t in enumerate(toks[: k - 1])  # (not right before the cue: "when asked about it" has no subject)
    )


def _aside_of_source(between: str) -> bool:
    """The words between a source and a relative after it are nothing or one aside in commas ("said
    Ann Lee, then a friend of the family, who was there and recalled …"): the relative is the source's."""
    stripped = between.strip()
    return stripped.strip(",") == "" or (stripped.startswith(",") and stripped.endswith(",") and stripped.count(",") == 2 and len(stripped.split()) <= 10)


_SPEAKER_PRONOUNS = words("person_pronoun")  # "he", "she"
_OWN_SUBJECT_OPENERS = words("own_subject_opener")


def _as_in_clause(toks, k) -> bool:
    """"as" within a dozen tokens after ``k`` and before the sentence's end ("portrayed “illegal” immigrants as")."""
    for m in range(k, min(len(toks), k + 12)):
        if toks[m].low == "as":
            return True
        if toks[m].text in (";", "!", "?") or (toks[m].text == "." and not (m > 0 and abbreviation_dot(toks, m))):
            return False  # ("actor Michael B. Jordan as the Human Torch": an initial's dot goes on)
    return False


def _head_before_preposition(text, toks, subj):
    """The noun phrase that the object ``subj`` and its preposition complete ("a team led by
    Francisco Etxeberria", "the leader of the militant group"), or None when no clear source
    heads it ("caught on a recording bragging")."""
    prep = subj[0] - 1
    participle = prep > 0 and toks[prep - 1].text.islower() and (ed_form(toks[prep - 1]) or toks[prep - 1].low in _IRREGULAR_PARTICIPLES or toks[prep - 1].low in _IRREGULAR_PAST)
    if participle and toks[prep - 1].low in _INTRANSITIVE_PAST:
        return None  # "Carson appeared on Sunday interview shows": a finite verb with no passive, no noun it post-modifies
    k = prep - 1 if participle else prep  # ("led by", "commissioned by": the participle belongs to the head)
    head = source_left(toks, k)
    if head is None or head[1] != k or toks[head[0]].low in _RELATIVES:
        return None
    whole = (head[0], subj[1])
    return whole if clear_source(text, toks, head) else None

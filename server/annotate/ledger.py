"""The source ledger (who is cited, how often, saying what), the stats, and the hover reasons.

Each source name is re-read with the whole article in view (``ledger_source``): long phrases
are cut to their head noun phrase, phrases that name no speaker ("that", "gas mileage") are
left out of the ledger (their spans stay), and a lone Capitalized word is a person only when
the article introduces it as one (``ledger_names.refine_type``). Names are merged when one is the
surname (or given name) of the other ("Krauze" and "León Krauze"), or when they differ only by
a determiner ("a report" / "The report"). Shares are over
attributions: ``named_share`` counts sources a reader can check (named people,
organizations, documents), ``anonymous_share`` unnamed insiders, ``vague_share`` weasel
wording and attributions with no source at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from server.annotate import ledger_names as names
from server.annotate import sources as srcmod
from server.annotate.cue_base import negations
from server.annotate.grammar import words
from server.annotate.tokens import OPEN_QUOTES
from server.lexicon import load_table
from server.types import Sentence, SourceEntry, Span

NAMED_TYPES = ("named_person", "organization", "document")
NOT_WRITER_HEDGES = frozenset({"conditional", "unsupported"})
_SAID_LIMIT = 5  # quotes kept per source in the ledger
_SAID_CHARS = 240


@lru_cache(maxsize=1)
def _templates() -> dict[tuple[str, str], str]:
    return {(e.entry, e.type): e.reason for e in load_table("attribution_reasons.tsv")}


def reason_for(source_type: str, label: str, name: str, cue: str = "", kind: str = "speech") -> str:
    """One-line hover text for a span of ``label`` whose source is of ``source_type`` (the cue's
    verb class ``kind``: a negated verb of saying is no negated belief)."""
    table = _templates()
    if label == "content" and (_negated(cue) or kind == "unsaid"):
        source_type = "negated" if kind in ("speech", "unsaid") else "negated_view"  # "did not say that …" / "didn't know that …": what the source did not say, or not hold
    elif label == "content" and kind == "refusal":
        source_type = "refusal"  # "denied her request for a stay": a decision, not a claim denied
    elif label == "content" and (_denied(cue) or kind == "rejection"):
        source_type = "denied"  # "denied that …": the source says the claim is not so
    elif label in ("cue", "content") and kind in ("stance", "refusal") and source_type in NAMED_TYPES:
        source_type = "stance"  # "wants the stadium finished", "declined an interview": a position or an act, not words "said on the record"
    template = table.get((source_type, label)) or table.get(("unknown", label)) or "{name}"
    return template.format(name=_lowered_opening(name), cue=cue)


def _lowered_opening(name: str) -> str:
    """``name`` with a capitalized determiner before a lower-case word lowered, for use inside a
    sentence ("What the mayor said", "What many doctors said"); "The Washington Post" keeps its
    capital."""
    first, _, rest = name.partition(" ")
    return first.lower() + " " + rest if rest[:1].islower() and (len(first) == 1 or first[1:].islower()) and first.lower() in _OPENING_DETERMINERS else name  # ("A former boss": a one-letter article too)


_OPENING_DETERMINERS = words("determiner")  # "The", "A", "Many", "Some", "Those" open a phrase


_DETERMINERS = words("name_key_determiner")
_NEGATIVE_SOURCES = words("negative_source")  # "No one", "Nobody": nobody spoke, no line
_PERSONAL = words("person_pronoun")  # "he", "she": a person, not a body
_FIRST_PERSON = words("singular_first_person")  # "I", "me", "my": one person speaking, not a body
_RELAYING = words("relaying_verb")  # "quoted", "cited": the source passes on another's words
_QUOTED_WORD = re.compile(r"\b([A-Za-z]+)\b(?=(['’][a-z]|\s+[a-z])?)")  # a word, and an apostrophe or a lower-case word after it


def _key(name: str) -> str:
    words = names.trim_name(name).lower().replace("’", "'").split()  # "Attorney’s Office" = "attorney's office"
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


_BUSINESS_POSSESSIVE = re.compile(r"((?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*)['’]s")  # a whole source that is a name's possessive: "Macy's", "Seattle Children's"


def _named_elsewhere(word: str, evidence: names.DocumentEvidence | None) -> bool:
    """The article uses ``word`` as a name: the surname of a full name ("Rory McIlroy" before "a
    rueful McIlroy"), a company's name, or a place's."""
    return names.is_place(word) or (evidence is not None and (word in evidence.full or word in evidence.org or word in evidence.places))


def _full_name(words_: str) -> bool:
    """Two or more words opening with a first name ("John Smith"): a person ("John Smith's said" is
    "has said"), where "Seattle Children's" names a hospital."""
    parts = words_.split()
    return len(parts) > 1 and parts[0].lower() in srcmod.first_names()


def _person_or_place(word: str, evidence: names.DocumentEvidence | None) -> bool:
    """The article speaks of ``word`` as a person, or it names a country or place ("Israel's")."""
    return names.is_place(word) or (evidence is not None and (evidence.person(word) or word in evidence.places))


_SURNAME_OF_BODY = re.compile(r"^([A-Z][\w’'-]+) (?:of|at|from) (?:the )?(?=[A-Z])")  # "Sacks of Cornell University", "Wee of the Times"


def ledger_source(name: str, typ: str, evidence: names.DocumentEvidence | None = None) -> tuple[str, str] | None:
    """(name, type) under which the ledger lists a source, or None to leave it out.

    Long phrases are cut to their head noun phrase (and retyped from it); junk that names no
    speaker is left out (``ledger_names.plausible_source``); the type is re-read with the article
    in view (``ledger_names.refine_type``); places are left out.
    """
    if typ == "document" and srcmod.is_quoted_title(name):
        return srcmod.display_name(name), "document"  # a book or article title, commas and all
    if not name or not names.plausible_source(name, evidence) or " ".join(name.lower().split()) in _NEGATIVE_SOURCES:
        return None  # ("Nobody said …": no source to list)
    body = srcmod.name_after_body(name) if typ in ("organization", "document") else ""
    if body:
        return body, typ  # "The group that owns her music, Big Machine," is listed as Big Machine
    native = srcmod.one_of_a_place(name) if typ in ("named_person", "organization", "vague") else ""
    if native and not _named_elsewhere(native, evidence):
        return srcmod.display_name(name, "anonymous"), "anonymous"  # "A 30-year-old British-Iranian said": one unnamed person
    shop = _BUSINESS_POSSESSIVE.fullmatch(" ".join(name.split()).strip(" ,;:"))
    if shop and typ in ("named_person", "organization") and not _person_or_place(shop.group(1), evidence) and not _full_name(shop.group(1)):
        return shop.group(0), "organization"  # "Macy's said", "according to Jane's": a business named with its founder's "'s", not a person
    clean = names.cut_name(name)
    if clean != " ".join(name.split()).strip(" ,;:—–-"):
        retyped = srcmod.classify(clean)
        if retyped != "pronoun":
            typ = retyped
        clean = srcmod.display_name(clean, typ) or clean
    elif typ in ("anonymous", "vague") and srcmod.classify(clean) == "named_person" and len(clean.split()) >= 2:
        if all(srcmod.is_name_word(w) for w in clean.split()):
            typ = "named_person"  # "Andy Beshear — whose father ...": the name, not the appositive, types it
    surname = _SURNAME_OF_BODY.match(clean)
    if surname and evidence is not None and evidence.person(surname.group(1)) and srcmod.classify(clean[surname.end() - 1 :]) == "organization":
        return surname.group(1), "named_person"  # "Sacks of Cornell University" after "Gavin Lavi Sacks": the person, at the body
    typ = names.refine_type(clean, typ, evidence)
    if typ == "named_person":
        clean = names.strip_place_prefix(clean)
    return (clean, typ) if typ else None


def _says_he_or_she(att) -> bool:
    """The claim, not quoted, opens with "he" or "she" (after "that"): a body would say "it"."""
    if att.content is None or att.content.start < att.cue.end:
        return False  # ("He lied, Smith said": the claim before the frame may be of anyone)
    words = att.content.text.split()[:2]
    if words and words[0].lower() == "that":
        words = words[1:]
    return bool(words) and words[0].lower() in _PERSONAL


def _speaks_as_i(att) -> bool:
    """The quotation the source speaks says "I", "me" or "my": one person talking ("“I can never
    get over this,” wrote Kelly"); a body speaks as "we"."""
    if att.content is None or att.content.text[:1] not in OPEN_QUOTES + '"' or any(w.lower() in _RELAYING for w in att.cue.text.split()):
        return False  # ("Ukrinform quoted Poroshenko as saying": another's words)
    # ("I" only before a verb or a clitic: "I think", "I'm"; not "World War I"; the quotation may go on after the frame)
    said = att.content.text + (" " + att.rest.text if att.rest is not None else "")
    return any(w.lower() in _FIRST_PERSON and (w != "I" or nxt) and w != "i" for w, nxt in _QUOTED_WORD.findall(said))


def _fuller_name(att, evidence: names.DocumentEvidence | None = None) -> str:
    """The source phrase itself when the ledger name dropped its head noun.

    "the British royal" is shown as "British" by the person-name display; the ledger types
    the whole phrase instead, so a demonym before a noun is not read as a group.
    """
    if att.source is None or att.pronoun or not att.name or att.name.startswith("@"):
        return att.name  # ("@Zoexiaoyizi": a handle is the whole name)
    phrase = names.cut_name(att.source.text)
    words = phrase.split()
    before = [w.lower() for w in words[:-1]]
    named = att.name.lower().split()
    if len(words) > len(named) and words[-1][:1].islower() and all(w in before for w in named) and srcmod.classify(phrase) != "pronoun" and not srcmod.person_of_outlet(phrase):
        return phrase  # (not "Carrie Rudzki with the jail": a person and her body)
    if names.one_member(words) and [w.lower() for w in words[1:]] == named:
        return phrase  # "the Utah Republican" is one identifiable member; "Utah Republican" reads as the group
    native = srcmod.one_of_a_place(phrase)
    if native.lower() == " ".join(named) and not _named_elsewhere(native, evidence):
        return phrase  # "A 30-year-old British-Iranian" is one unnamed person; "British-Iranian" reads as a name
    return att.name


def _retype(att, typ: str, name: str) -> None:
    """Give the attribution and its spans the ledger's type, so hovers and panel agree."""
    if att.type == typ and att.name == name:
        return
    att.type, att.name = typ, name
    for part in ("cue", "source", "content", "rest"):
        span = getattr(att, part)
        if span is not None:
            setattr(att, part, replace(span, type=typ, reason=reason_for(typ, span.label, name, att.cue.text, att.kind)))


def build_ledger(attributions, text: str = "") -> list[SourceEntry]:
    """One ``SourceEntry`` per distinct source, most cited first (ties: first cited first).

    ``text`` is the article: its other mentions of a name type it ("Gov. Beshear" is a person,
    "Nissan Motor Co." a company). Attributions whose source the ledger retypes get the new
    type on their spans too; those it leaves out (pronouns left unresolved, phrases naming no
    speaker, places) keep their spans but get no ledger line.
    """
    if not attributions.items:
        return []  # (no need to read the article for names)
    evidence = names.DocumentEvidence(text if isinstance(text, str) else "")
    evidence.add_names(a.name for a in attributions.items if a.type == "named_person" and not a.pronoun)
    # "Madonna ... she called ...": a lone name that "he" or "she" points back to is a person
    evidence.add_persons(a.name for a in attributions.items if a.pronoun and a.source is not None and a.source.text.lower() in _PERSONAL)
    # "The group that owns her music, Big Machine, says": the name is a body's
    evidence.add_bodies(srcmod.name_after_body(a.source.text) for a in attributions.items if a.source is not None and a.type in ("organization", "document") and not a.pronoun)
    # "news agency Al Akhbar ... Al Akhbar said": a name a body noun introduces is that body's
    evidence.add_bodies(a.name for a in attributions.items if a.source is not None and a.type == "organization" and not a.pronoun and srcmod.named_after_body_noun(a.source.text))
    # "Trump said he would win", "Smith told CNN she had not decided": the claim's "he" or "she" is the speaker
    evidence.add_persons(a.name for a in attributions.items if a.source is not None and not a.pronoun and a.type in ("named_person", "organization") and _says_he_or_she(a))
    # "“I never gave up,” said Kelly": a quotation in the first person singular is a person's
    evidence.add_persons(a.name for a in attributions.items if a.source is not None and not a.pronoun and a.type in ("named_person", "organization") and _speaks_as_i(a))
    # "Nyong'o, who won an Oscar, said", "Smith, who told reporters": "who" stands for a person
    evidence.add_persons(a.name for a in attributions.items if a.source is not None and a.type == "named_person" and _who_person(a))
    entries: dict[tuple[str, str], dict] = {}
    order: list[tuple[str, str]] = []
    namesakes: dict[str, str] = {}  # a lone surname -> the full name it stands for (read once per name)
    for att in attributions.items:
        if not att.name:
            continue
        fuller = _fuller_name(att, evidence)
        listed = ledger_source(fuller, att.type if fuller == att.name else srcmod.classify(fuller), evidence)
        if listed is None:
            continue
        if att.pronoun and att.source is not None and att.source.text.lower() in _PERSONAL and listed[1] == "organization" and not listed[0].lower().startswith("the "):
            listed = (listed[0], "named_person")  # "he" or "she" points to a person, whatever the lone name looks like
        if att.source is not None and listed[1] == "vague" and names.is_number_phrase(listed[0]):
            listed = names.poll_share(listed[0], text[att.source.end : att.source.end + 120] if isinstance(text, str) else "")
        if listed[1] == "named_person" and isinstance(text, str):
            if listed[0] not in namesakes:
                namesakes[listed[0]] = _namesake(text, listed[0]) or _sole_full_name_of_titled(text, listed[0]) or listed[0]
            listed = (namesakes[listed[0]], listed[1])
        _retype(att, listed[1], listed[0])
        earlier = _unnamed_again(att, entries)
        if earlier is not None:
            _retype(att, "anonymous", entries[earlier]["name"])  # "one legal expert ... the expert said": the same unnamed person
        elif listed[1] in ("organization", "vague"):
            earlier = _body_again(listed[0], entries, text if isinstance(text, str) else "")
            if earlier is not None:
                _retype(att, "organization", entries[earlier]["name"])  # "The Syrian Observatory ... according to the observatory"
        elif listed[1] == "document":
            earlier = _document_again(listed[0], entries)
            if earlier is not None:
                _retype(att, "document", entries[earlier]["name"])  # "A Justice Department report found … The federal report said"
        conjuncts = _conjuncts(att, evidence)
        if len({typ for _, typ in conjuncts}) == 1 and not att.pronoun:
            _retype(att, conjuncts[0][1], _joined([name for name, _ in conjuncts]))  # the hovers name them all: "Saudi Arabia and Egypt", not "Egypt"
        for name, typ in conjuncts or [(att.name, att.type)]:  # "Ted Cruz and Rand Paul said": each of them
            _credit(entries, order, att, earlier or (_key(name), typ), name, typ)
    _fold_roles(entries, order, evidence, text if isinstance(text, str) else "")
    _fold_possessed_roles(entries, order, text if isinstance(text, str) else "")
    ranked = sorted(order, key=lambda k: (-entries[k]["n"], order.index(k)))
    return [SourceEntry(entries[k]["name"], entries[k]["type"], entries[k]["n"], entries[k]["said"]) for k in ranked]


def _credit(entries: dict, order: list, att, key: tuple[str, str], name: str, typ: str) -> None:
    """Count the attribution ``att`` for the source ``name`` (its entry found by ``key``, or new)."""
    if typ == "named_person":
        key = _merge_person(key, entries)
    elif typ == "organization":
        key = _merge_body(key, entries, name)
    if key not in entries:
        entries[key] = {"name": name, "type": typ, "n": 0, "said": [], "titles": set()}
        order.append(key)
    entry = entries[key]
    entry["n"] += 1
    if att.source is not None and not att.pronoun:
        entry["titles"].update(w.lower() for w in att.source.text.split()[:-1])  # "Durst attorney DeGuerin": "the attorney" may join it
    if len(name) > len(entry["name"]) and typ in ("named_person", "organization") and not att.pronoun and not _titled_surname(name, entry["name"]):
        entry["name"] = name  # prefer the full name once it has been seen (not "Mrs. Rao" over "Amy Rao")
    said = None
    bare = att.content is not None and att.rest is None and att.content.text.strip(" ,.").lower() in _BARE_PRONOUNS  # ("It was first reported by The Post": "It" says nothing; "This, according to X, is a problem" does)
    if att.content is not None and len(entry["said"]) < _SAID_LIMIT and not bare:
        said = _said(att)
    elif (att.content is None or bare) and att.cue is not None and len(entry["said"]) < _SAID_LIMIT:
        said = att.cue.text.rstrip(":")  # "declined comment", "did not respond to": what the source did, when nothing (or only "it") was said
    if said is not None:
        said = said if len(said) <= _SAID_CHARS else said[: _SAID_CHARS - 1] + "…"
        if said not in entry["said"]:  # "responded and confirmed that …": one claim, listed once
            entry["said"].append(said)


def _titled_surname(name: str, other: str) -> bool:
    """``name`` is a title and the surname ``other`` ends with ("Mrs. Rao" beside "Amy Rao"): the
    title stands in for the given name, so the name is no fuller."""
    words, others = name.split(), other.split()
    return len(words) == 2 and names.is_title(words[0].rstrip(".").capitalize()) and len(others) >= 2 and others[-1] == words[-1]


_CONJUNCTION = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|nor|as well as)\s+")
_JOINED = re.compile(r"\s(?:and|or|nor|as well as)\s")
_CORRELATIVE = re.compile(r"^(?:both|neither|either)\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")  # "Rep. Bob Goodlatte (R-Va.)": a party and state aside


def _conjuncts(att, evidence: names.DocumentEvidence) -> list[tuple[str, str]]:
    """The named sources a coordinated source phrase joins ("Ted Cruz and Rand Paul", "Neither the
    White House nor the Pentagon"), each with its ledger name and type; [] for anything else.

    Every part must be a full name, a body after "the", an acronym, or a single word the
    article introduces as a person ("Simon and Schuster" stays one name; "current and former
    officials" is one group)."""
    if att.source is None or att.type not in ("named_person", "organization"):
        return []
    if att.pronoun and not (att.name and _JOINED.search(att.name)):
        return []  # (a "they" that stands for "Knox and Sollecito" lists both)
    phrase = _CORRELATIVE.sub("", " ".join(_PARENTHESES.sub("", att.name if att.pronoun else att.source.text).split()).strip(" ,;:"))  # ("Rep. Bob Goodlatte (R-Va.)": the party and state aside)
    if not _JOINED.search(phrase):
        return []  # ("YIAGA Program Manager, Cynthia Mbamalu": a title and its holder, no list)
    parts = [p.strip() for p in _CONJUNCTION.split(phrase) if p.strip()]
    if len(parts) > 2 and parts[-1].split()[0].lower() in ("other", "others"):
        parts = parts[:-1]  # "President Obama, Hillary Clinton and other Democrats": the named ones
    if len(parts) >= 2:
        parts[0] = _after_plural_role(parts[0])  # "Former presidents Vicente Fox and Felipe Calderon": the role is both men's
    people = any(len(p.split()) >= 2 and srcmod.classify(p) == "named_person" for p in parts)
    if len(parts) < 2 or not all(_named_part(p, evidence, people) for p in parts):
        return []
    listed = [ledger_source(p, srcmod.classify(p), evidence) for p in parts]
    if people:  # "Chaffetz and Rep. Bob Goodlatte": beside a person's full name, a lone surname is a person's
        listed = [(x[0], "named_person") if x is not None and x[1] == "organization" and _lone_surname(p, evidence) else x for p, x in zip(parts, listed)]
    return [x for x in listed if x is not None] if all(x is not None and x[1] in ("named_person", "organization") for x in listed) else []


def _joined(names_: list[str]) -> str:
    """"A and B", "A, B and C": the sources of one coordinated phrase, as a hover names them."""
    return names_[0] if len(names_) == 1 else ", ".join(names_[:-1]) + " and " + names_[-1]


def _after_plural_role(part: str) -> str:
    """The name after a plural role that opens the first part of a coordination ("Former
    presidents Vicente Fox" -> "Vicente Fox", "Sens. Ted Cruz" -> "Ted Cruz"); the part itself
    when no such role leads it or no full name follows."""
    words = part.split()
    for k in range(1, min(4, len(words) - 1)):
        lead, rest = words[:k], words[k:]
        plural_role = lead[-1].rstrip(".").endswith("s") and (lead[-1].islower() or lead[-1].endswith("."))  # "presidents", "Sens."
        if plural_role and all(srcmod.is_name_word(w) for w in rest) and srcmod.classify(" ".join(rest)) == "named_person":
            return " ".join(rest)
    return part


def _lone_surname(word: str, evidence: names.DocumentEvidence) -> bool:
    """One Capitalized word that names no place or body the article knows ("Chaffetz"; not
    "Iowa", "NATO" or a company the article marks as one): beside a person's full name, a surname."""
    return " " not in word and word[1:].islower() and not names.is_place(word) and word not in evidence.org and word not in evidence.places


def _named_part(part: str, evidence: names.DocumentEvidence, people: bool = False) -> bool:
    """A part of a coordination that names a source of its own: a body after its own "the" ("The
    Times and the Post"; not "The National Oceanic and Atmospheric Administration"), a country, an
    acronym, a full name, or a word the article introduces as a person; beside another part that is a
    person's full name (``people``), also a lone surname that names no place or body the article
    knows ("Clinton and Sen. Bernie Sanders")."""
    words = part.split()
    if words[0].lower() == "the":
        return len(words) > 1 and all(srcmod.is_name_word(w) for w in words[1:])
    if part in names.country_names():
        return True  # "Saudi Arabia and Egypt have spoken": each country's government
    if not all(srcmod.is_name_word(w) for w in words):
        return False
    if len(words) == 1:
        return (len(words[0]) > 1 and words[0].isupper()) or evidence.person(words[0]) or (people and _lone_surname(words[0], evidence))
    return srcmod.classify(part) == "named_person"


def _namesake(text: str, name: str) -> str | None:
    """The full name a lone surname stands for when the article names two people with it: the
    one it introduced first ("Loistine Hoskin ... Kimberly Hoskin ... Hoskin said" is Loistine;
    writers give the later namesake its full name each time: "Scott Kelly ... his twin brother,
    Mark Kelly ... Kelly said" is Scott). With one full name only, that name when its first word
    is a given name of either gender ("Emily Feng ... Feng said", "Charlie Beck ... Beck said").
    None when the name is not one word, the name goes on after the surname ("Walter Ngai
    Kai-shu"), a name of three words stands beside another ("William Bruce James II … Trinidad
    James"), or no full name is found: the ledger then joins it as usual."""
    if " " in name or not name[:1].isupper():
        return None
    full, kin, longer, kin_longer = [], [], False, False
    at = text.find(" " + name)
    while at >= 0:  # (the name itself first: a plain search, no pattern to compile per name)
        end = at + 1 + len(name)
        first = _WORD_BEFORE.search(text, max(0, at - 29), at + 1)
        if (end == len(text) or not text[end].isalnum()) and first and _given_name(first.group(1)):
            inside = _inside_longer_name(text, first.start(1))
            if _named_as_kin(text, first.start(1)):
                kin.append(first.group(1))  # ("his wife, Gabriela Violeta Lazar": the lone surname is hers only if no one else has it)
                kin_longer = kin_longer or inside
            else:
                full.append(first.group(1))
                longer = longer or inside
            if _CAPITAL_NEXT.match(text, end):
                return None  # "Walter Ngai Kai-shu": the name goes on after the surname; the ledger joins it as usual
        at = text.find(" " + name, end)
    if not full and kin:
        full, longer = kin, kin_longer
    if longer and len(set(full)) >= 2:
        # "William Bruce James II … Trinidad James … James said": with a name of three words among
        # them, which one came first tells nothing; the ledger joins the surname as usual
        return None
    seen = Counter(full)
    full = [first for first in full if seen[first] > 1 or first.lower() in srcmod.given_names() or _middle_name(text, first, name)]  # (not "Following Netanyahu", "at Chez Pelz": once, and no first name; "Marcel Lehel Lazar" has one)
    if len(set(full)) >= 2:
        return f"{full[0]} {name}"
    if full and (full[0].lower() in srcmod.given_names() or _middle_name(text, full[0], name)):
        return f"{_middle_name(text, full[0], name)}{full[0]} {name}"  # one full name: "Emily Feng … Feng said" is listed as Emily Feng
    return None


def _sole_full_name_of_titled(text: str, name: str) -> str | None:
    """The one full name the whole article writes for a surname after a title of gender ("Mr.
    Rogan" and "Representative James E. Rogan"), its first name of that gender or of none known;
    None when the article writes none, or two ("Mr. Trump" beside Donald and Eric Trump). (The
    pronoun resolver's ``sources._full_name_of_titled`` takes the last one before a pronoun.)"""
    words = name.split()
    gender = srcmod.title_gender(words[0]) if len(words) == 2 else None
    if gender is None:
        return None
    given = srcmod.first_names()
    found = {full for first, full in srcmod.full_names_before(text, words[1], len(text)) if given.get(first.lower()) in (None, gender) and _given_name(first) and not srcmod.opens_quotation(text, full, len(text))}
    return found.pop() if len(found) == 1 else None


def _named_as_kin(text: str, at: int) -> bool:
    """The full name whose first or middle name starts at ``at`` follows a family tie ("his wife,
    Gabriela Violeta Lazar"): a relative of the article's person, whom the lone surname is not."""
    return _KIN_BEFORE.search(text, max(0, at - 60), at) is not None


_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(words("kin_noun"))) + r"),?\s+(?:[A-Z][a-z]+\s+)?$")  # "his wife, Gabriela ", "Smith's twin brother "


def _middle_name(text: str, given: str, name: str) -> str:
    """The first name before ``given`` when the article writes the three ("Owen" of "Dr. Owen John
    Dempsey"), with its space; else ""."""
    at = text.find(f" {given} {name}")
    m = _WORD_BEFORE.search(text, max(0, at - 29), at + 1) if at > 0 else None  # (a plain search: no pattern per name)
    return m.group(1) + " " if m and m.group(1).lower() in srcmod.given_names() and _given_name(m.group(1)) else ""


_WORD_BEFORE = srcmod.WORD_BEFORE_NAME  # the Capitalized word right before a name (not "Lee" of "Sui-Lee Wee")


def _inside_longer_name(text: str, at: int) -> bool:
    """The word at ``at`` follows another word that reads as a given name: it is a middle name
    ("Harmeet Shah Singh": "Shah Singh" is no person of its own). "Chief Charlie Beck" and a
    sentence's first word that is no given name ("Following Benjamin Netanyahu") are none."""
    before = _WORD_BEFORE.search(text, max(0, at - 29), at)
    if before is None or not _given_name(before.group(1)):
        return False
    opening = text[: before.start(1)].rstrip(" \"“‘'(")
    return before.group(1).lower() in srcmod.given_names() or (bool(opening) and opening[-1] not in ".!?:\n")


_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]+-[a-z]+\b")  # a hyphened given name after the surname ("Ngai Kai-shu")


def _given_name(word: str) -> bool:
    """A Capitalized word that can be a first name: no function word, title or role ("When", "Mr",
    "Mayor"), and no place unless a listed first name ("Paul", also a parish in Cape Verde)."""
    return srcmod.is_name_word(word) and not names.is_title(word) and srcmod.head_type(word) is None and (not names.is_place(word) or word.lower() in srcmod.first_names())


def _said(att) -> str:
    """What the ledger lists for one attribution: the content, led by the cue unless it is a verb of saying.

    "The union endorsed the plan" lists "endorsed: the plan", not a bare "the plan"; a passive
    with its agent reads actively ("The mayor was criticized by the council" lists the council
    with "criticized: The mayor").
    """
    claim = att.content.text if att.rest is None else f"{att.content.text.rstrip(',')} … {att.rest.text}"
    claim = _THAT_OPENING.sub("", claim, count=1) or claim  # the highlight keeps "that"; the ledger lists the claim itself
    if att.kind in _PLAIN_KINDS and not _negated(att.cue.text) and not _denied(att.cue.text):
        return claim  # (but "did not say: the talks had failed", "denied: anything was amiss": a claim not made or denied is no claim of the source)
    cue = att.cue.text.rstrip(":")  # ("agreed:" lists as "agreed: …", not "agreed:: …")
    if att.kind == "unsaid":
        cue = "without " + cue  # ("…, without saying where Hadi had gone": what the source did not say)
    if att.source is not None and att.source.start > att.cue.start:
        cue = " ".join(w for w in cue.split() if w.lower() not in _BE_WORDS) or cue
    return f"{cue}: {claim}"


_PLAIN_KINDS = ("speech", "complement", "phrase", "poll", "credit")  # what these said needs no cue word before it
_BARE_PRONOUNS = words("subject_pronoun") | words("object_pronoun") | (words("clause") & words("determiner"))  # a claim that is only "It", "this", "him"
_THAT_OPENING = re.compile(r"^that\s+(?!(?:" + "|".join(sorted(words("finite_aux"))) + r")\b)(?=\S)", re.IGNORECASE)  # (not the pronoun: "that is a distinct possibility")
_BE_WORDS = words("be_aux") | words("perfect_aux")  # auxiliaries a passive cue drops ("was criticized")
_BODY_PREPOSITIONS = words("body_name_preposition")  # "Office for the Western District"
_BODY_KIND_NOUNS = words("body_kind_noun")  # "The Independent newspaper": the kind of body after its name
_OTHER_BODY_NOUNS = words("other_body_noun")  # "the state", "the administration": rarely the body named with that word


def _negated(cue: str) -> bool:
    """The cue's verb group holds a negation ("did not say", "has never claimed", "won't confirm")."""
    return any(w in negations() for w in cue.lower().split())


def _denied(cue: str) -> bool:
    """The cue is a verb of denial ("denied", "denies"): what follows is what the source says is not so."""
    return any(w in _DENIAL_VERBS for w in cue.lower().split())


_DENIAL_VERBS = words("denial_verb")


def _who_person(att) -> bool:
    """The source is "who" standing for a name, or a name with a "who" aside, that "who" makes a person."""
    src = att.source.text
    if att.pronoun:
        return src.lower() == "who" and srcmod.who_names_person(att.name)
    return srcmod.who_aside(src, src.split(",")[0])


def _unnamed_again(att, entries: dict) -> tuple[str, str] | None:
    """The anonymous entry that a definite role points back to ("One legal expert said ... the
    expert added", "a Saudi adviser ... the Saudi adviser", "Two scientists ... The scientists"),
    when no named person carries that title; else None."""
    if att.type not in ("named_person", "anonymous", "vague") or not att.name.lower().startswith("the ") or not 1 <= att.name.count(" ") <= 3:
        return None
    words = _key(att.name).split()
    if not 1 <= len(words) <= 3:
        return None
    role = words[-1]
    if any(k[1] == "named_person" and (role in k[0].split()[:-1] or role in _key(e["name"]).split()[:-1]) for k, e in entries.items()):
        return None  # "Mayor John Smith ... the mayor": a named holder of the title (see _fold_roles)
    # ("a Saudi adviser ... the Saudi adviser": the same words after the article; "A source familiar
    # with the talks ... The source": the head noun before its post-modifier; one such entry only)
    unnamed = [k for k in entries if k[1] == "anonymous" and not entries[k]["name"].lower().startswith("the ")]
    earlier = [k for k in unnamed if k[0].split()[-len(words) :] == words]
    if not earlier and len(words) > 1:
        # "Security sources from both countries … The security sources said": the words before the post-modifier
        earlier = [k for k in unnamed if _head_words(entries[k]["name"])[-len(words) :] == words]
    if not earlier and len(words) == 1:
        earlier = [k for k in unnamed if role in k[0].split()[:3]]
    if not earlier and words == ["source"]:
        # "An insider told … The source further claimed": the one unnamed person cited so far
        earlier = [k for k in unnamed if entries[k]["name"].split()[0].lower() in _ONE_PERSON]
    return earlier[0] if len(earlier) == 1 else None


def _body_again(name: str, entries: dict, text: str = "") -> tuple[str, str] | None:
    """The one organization entry that "the" and a lower-case noun (with at most one lower-case
    modifier: "the news agency") points back to: the noun is the head of the body's name ("the
    observatory" after "The Syrian Observatory for Human Rights", "the ministry" after "the Foreign
    Ministry", "the court" after "A Mexican court"), or the article calls the body so ("the Wine
    Institute, a California trade group", "his club Sunderland", "Us Weekly magazine"); None when
    no body, or two, fit, or the noun usually means another body ("the state")."""
    words_ = name.split()
    noun = words_[-1]
    if not 2 <= len(words_) <= 3 or words_[0].lower() != "the" or not all(w.replace("-", "").isalpha() and w.islower() for w in words_[1:]) or noun in _OTHER_BODY_NOUNS:
        return None
    return _only_holder(name, entries, "organization", lambda held: _head_word(held) == noun or _called(text, held, noun))


def _called(text: str, name: str, noun: str) -> bool:
    """The article calls the body ``name`` a ``noun``: in an appositive ("CAGE, an advocacy group,"),
    before the name ("the militant group Jundallah") or after it ("Us Weekly magazine")."""
    core = " ".join(w for w in name.split() if not w.islower() and w != "The")
    if not text or not core or not core[:1].isupper():
        return False
    core, noun_ = re.escape(core), re.escape(noun)
    return re.search(rf"\b{core},? (?:(?:a|an|the) [\w'’ -]{{0,40}}?)?{noun_}\b|\b{noun_} (?:called |named )?{core}\b", text) is not None


def _document_again(name: str, entries: dict) -> tuple[str, str] | None:
    """The one earlier document entry that "the" (or "this") and a lower-case noun, with at most two
    lower-case modifiers, points back to: the noun heads that document's name ("the report" or "the
    federal report" after "A Justice Department report released Wednesday"); None when no document,
    or two, hold that noun, or the same words already have their line."""
    words_ = name.split()
    if not 2 <= len(words_) <= 4 or words_[0].lower() not in _BACK_POINTING or not all(w.isalpha() and w.islower() for w in words_[1:]):
        return None
    return _only_holder(name, entries, "document", lambda held: words_[-1] in held.lower().split())


def _only_holder(name: str, entries: dict, typ: str, holds) -> tuple[str, str] | None:
    """The one entry of ``typ`` whose name ``holds`` accepts, that ``name`` points back to; None
    when none or two do, or when the same words already have their line ("his website ... the
    website")."""
    if any(k[0] == _key(name) for k in entries):
        return None
    holders = [k for k in entries if k[1] == typ and holds(entries[k]["name"])]
    return holders[0] if len(holders) == 1 else None


_BACK_POINTING = words("back_pointing_determiner")  # "the report", "this study": one named before


def _head_word(name: str) -> str:
    """The lower-cased head noun of a body's name: its last word, or the word before "of", "for" …
    ("Ministry of Tourism and Antiquities" -> "ministry")."""
    words_ = name.split()
    for k, w in enumerate(words_[1:], 1):
        if w in _BODY_PREPOSITIONS:
            return words_[k - 1].lower()
    return words_[-1].lower() if len(words_) > 1 else ""


def _fold_roles(entries: dict, order: list, evidence: names.DocumentEvidence, text: str = "") -> None:
    """"The president" (or a place's: "Cleveland's mayor") joins the one named person whose name
    carries that title, or whom the article introduces with it ("The Wikileaks founder" and
    "Wikileaks co-founder Julian Assange").

    "Venezuelan President Nicolas Maduro said ... The President added ...": one source, not two.
    With no such person, or two of them, the role keeps its own line.
    """
    for key in list(order):
        role, typ = key
        _, of, body = entries[key]["name"].partition(" of ")
        words = (role.partition(" of ")[0] if of and not any(w[:1].isupper() for w in body.split()) else role).split()  # "the mayor", "the police chief"; "the leader of the militant group": the leader (not "… of United Health Care Workers East": that body's)
        place = _place_possessive(entries[key]["name"], evidence)
        if place:
            words = words[1:]  # "Cleveland's mayor": the mayor (of the place the article is about)
        bare_title = entries[key]["name"][:1].isupper() and srcmod.head_type(entries[key]["name"]) == "role" and not any(w[:1].islower() for w in entries[key]["name"].split())
        if typ != "named_person" or len(words) > 3 or not (place or bare_title or entries[key]["name"].lower().startswith("the ")):
            continue  # ("Prime Minister" alone: the article's one prime minister, named elsewhere)
        holders = [
            k for k in order
            if k != key and k[1] == typ and (
                all(w in _title_words(k[0].split()[:-1]) or w in _title_words(_key(entries[k]["name"]).split()[:-1]) or w in entries[k]["titles"] for w in words)
                or _introduced_as(text, entries[key]["name"], entries[k]["name"])
                or _described_near(text, words, entries[k]["name"], _title_words(_key(entries[k]["name"]).split()[:-1]) | entries[k]["titles"])
            )
        ]
        if not holders and text:
            entries[key]["name"] = _named_in_apposition(text, entries[key]["name"], words, evidence) or entries[key]["name"]
        if len(holders) == 1:
            _fold_into(entries, order, key, holders[0])


def _fold_into(entries: dict, order: list, key, holder) -> None:
    """Move the entry ``key`` into the entry ``holder``: its count and what it said."""
    target, folded = entries[holder], entries.pop(key)
    order.remove(key)
    target["n"] += folded["n"]
    target["said"] = (target["said"] + folded["said"])[:_SAID_LIMIT]


def _named_in_apposition(text: str, role: str, words_: list[str], evidence: names.DocumentEvidence) -> str | None:
    """The person the article last named, with a known given name, before the role's first
    mention, when it named them with every word of the role and is no source of their own:
    "Jeremy Clarkson, the television presenter, … The presenter said"; "television presenter
    Jeremy Clarkson". Their full name is the role's name in the ledger; else None."""
    needed = {w.lower() for w in words_ if w.lower() not in _INCIDENTAL} - {"the"}
    first = re.search(r"(?<![\w-])" + re.escape(role) + r"(?![\w-])", text, re.IGNORECASE)
    if not needed or first is None:
        return None
    named = {}
    for name in evidence.names:
        if len(name.split()) >= 2 and name.split()[0].lower() in srcmod.first_names():
            before = list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text[: first.start()]))
            if before:
                named[name] = before
    if not named:
        return None
    last = max(named, key=lambda n: named[n][-1].start())
    for m in named[last]:
        aside = re.match(r",\s+(?:the|a|an|[A-Z][\w.-]*['’]s)\s+([^,.;:()\n]{1,60})", text[m.end() :])
        head = _head_words(aside.group(1)) if aside else []
        if head and head[-1] == words_[-1].lower() and needed <= set(head) and not (set(head) & _RANK_WORDS) - needed:
            return last  # (the aside's own head: not "a lawyer for the mayor", nor "a deputy mayor")
    intro = re.search(r"(\w+)\s+" + re.escape(words_[-1]) + r"\s+" + re.escape(last), text[: first.start()], re.IGNORECASE)
    if intro and intro.group(1).lower() in _RANK_WORDS - needed:
        return None  # "Deputy Mayor Ann Lee" holds no "the mayor"
    return last if _introduced_as(text[: first.start()], role, last) else None


def _head_words(phrase: str) -> list[str]:
    """The lowercased words of a noun phrase up to its first preposition ("lawyer for the mayor" -> ["lawyer"])."""
    out = []
    for w in phrase.split():
        w = w.lower().strip(".,'’")
        if w in _PREPOSITIONS:
            break
        out.append(w)
    return out


_RANK_WORDS = words("rank_modifier")  # "deputy", "vice", "former": another holder than the role's
_PREPOSITIONS = words("preposition")


def _fold_possessed_roles(entries: dict, order: list, text: str) -> None:
    """"Nowsch's lawyer" joins the one named person the article introduced as Nowsch's lawyer or by a
    name for the same role ("Nowsch's attorney, Conrad Claus,"; the synonyms are the grammar sets
    ``lawyer_word`` and ``spokesperson_word``). With no such person, or two, the line stays."""
    for key in list(order):
        m = _POSSESSED_ROLE.fullmatch(entries[key]["name"])
        if m is None or key not in entries:
            continue
        role = m.group("role").lower()
        same = next((group for group in _ROLE_SYNONYMS if role in group), {role})
        pattern = "(?i:" + re.escape(m.group("owner")) + r")['’]s\s+(?:" + "|".join(sorted(same)) + r"),\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+),"
        named = {found.group(1) for found in re.finditer(pattern, text)}
        holders = [k for k in order if k != key and entries[k]["type"] == "named_person" and any(entries[k]["name"] == n or entries[k]["name"].endswith(" " + n) for n in named)]
        if len(holders) == 1:
            _fold_into(entries, order, key, holders[0])


_POSSESSED_ROLE = re.compile(r"(?P<owner>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[Tt]he [a-z]+)['’]s (?P<role>[a-z]+)")  # "Nowsch's lawyer", "the mayor's attorney"
_ROLE_SYNONYMS = (words("lawyer_word"), words("spokesperson_word"))


def _title_words(words_: list[str]) -> set[str]:
    """The words of a name's titles, with the role each abbreviation stands for ("gov." -> "governor")."""
    full = _abbreviated_titles()
    return set(words_) | {full[w.rstrip(".")] for w in words_ if w.rstrip(".") in full}


@lru_cache(maxsize=1)
def _abbreviated_titles() -> dict[str, str]:
    return {e.entry: e.type for e in load_table("title_abbreviations.tsv")}


def _introduced_as(text: str, role: str, name: str) -> bool:
    """The article writes the role's words (its "the" aside, "co-" allowed before the last one, or
    an abbreviated title for it) right before the full ``name`` (or a first name and the lone
    surname): "Wikileaks co-founder Julian Assange" for "The Wikileaks founder"."""
    words_ = role.split()[1:]
    if not words_:
        return False
    named = re.escape(name.strip())
    if " " not in name.strip():
        named = r"(?-i:[A-Z][\w'’-]+) " + named  # a lone surname, "Pratchett": its full name, "author Terry Pratchett"
    last = [re.escape(words_[-1])] + [re.escape(a) + r"\." for a, full in _abbreviated_titles().items() if full == words_[-1].lower()]  # ("the governor": "Gov. Gary Herbert")
    pattern = r"\b" + "".join(re.escape(w) + r"\s+" for w in words_[:-1]) + r"(?:co-)?(?:" + "|".join(last) + r"),?\s+" + named + r"\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


_INCIDENTAL = words("incidental_role_adjective")  # "three-term", "longtime": how the role was held, not which


def _described_near(text: str, role: list[str], name: str, titles: set[str]) -> bool:
    """Every word of ``role`` ("vermont senator"; "three-term" and the like aside) is one of the
    name's ``titles`` or among the words the article writes next to a mention of the full
    ``name``: before it, up to five words back within the sentence ("Former Texas Gov. Rick
    Perry" for "the former three-term governor"), or in the aside after it ("Bernie Sanders, the
    Vermont senator,", "Marco Rubio of Florida"). A lone name, or a role of one word (which the
    titles alone judge), counts for nothing here."""
    needed = {w for w in role if w not in _INCIDENTAL} - titles
    bare = " ".join(_after_title(name.split()))
    if len(role) < 2 or " " not in bare or name[:4].lower() == "the ":
        return False  # (a role written as a name, "The former three-term governor", holds no other role)
    if not needed:
        return True
    for m in re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", text):
        before = srcmod.WORD.findall(text[max(0, m.start() - 80) : m.start()])[-5:]
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            if w.endswith((".", "!", "?")) and w.rstrip(".").lower() not in _abbreviated_titles() and len(w.rstrip(".")) > 1:
                before = before[k + 1 :]  # the sentence before ends there
                break
        aside = re.match(r"(?:,| of| \()([^,.;:()\n]{1,60})", text[m.end() :])
        near = _title_words([w.lower().rstrip(".,") for w in before] + [w.lower() for w in srcmod.WORD.findall(aside.group(1) if aside else "")])
        if needed <= near:
            return True
    return False


_POSSESSOR_THEN_ROLE = re.compile(r"((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s\s+[a-z]")  # "Cleveland's mayor"


def _place_possessive(name: str, evidence: names.DocumentEvidence) -> bool:
    """``name`` opens with the possessive of a name the article gives no person and goes on in
    lower case ("Cleveland's mayor", "Cuyahoga County's medical examiner"): a role of a place or
    body, no name of its own ("Trump's lawyer" is a person's lawyer, not the article's one lawyer)."""
    m = _POSSESSOR_THEN_ROLE.match(name)
    return m is not None and not any(evidence.person(w) for w in m.group(1).split())


def _merge_body(key: tuple[str, str], entries: dict, name: str = "") -> tuple[str, str]:
    """The entry an organization joins: one whose name ends in this one's two or more words
    ("the Memorial Fund" and "National Law Enforcement Officers Memorial Fund"), or the reverse;
    or, for "the" and one Capitalized word, a longer name ending in that word ("the Post" and
    "The Washington Post", "the Times" and "The New York Times"), or the reverse."""
    words = key[0].split()
    for other in entries:
        if other[1] != key[1] or other == key:
            continue
        if _one_ends_the_other(words, other[0].split()) or _one_heads_the_other(words, other[0].split()):
            return other
        if _short_form(name, key[0], other[0]) or _short_form(entries[other]["name"], other[0], key[0]):
            return other
        if _described_form(key[0], other[0]) or _described_form(other[0], key[0]) or _reordered_form(key[0], other[0]) or _reordered_form(other[0], key[0]):
            return other
        if name and (_acronym_of(name, entries[other]["name"]) or _acronym_of(entries[other]["name"], name)):
            return other
    return key


def _acronym_of(short: str, long_: str) -> bool:
    """``short`` ends in the acronym of the body ``long_`` names: the initials of its capitalized
    words ("WHO", "the World Health Organization"; "the CDC", "the Centers for Disease Control and
    Prevention", also after a leading modifier of the long name: "the Chinese Center for Disease
    Control ..."); words before the acronym must open the long name too ("the Chinese CDC")."""
    words = [w for w in short.split() if w.lower() not in _DETERMINERS]
    lw = [w for w in long_.split() if w.lower() not in _DETERMINERS]
    if not words or len(lw) < 2 or any(w.endswith(("'s", "’s")) for w in lw):
        return False  # ("the EU" is not "the European Union's top court")
    acronym = words[-1].replace(".", "")
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()) or lw[: len(words) - 1] != words[:-1]:
        return False
    initials = "".join(w[0] for w in lw[len(words) - 1 :] if w[:1].isupper()).upper()
    return any(acronym == i or (len(acronym) >= 3 and i.startswith(acronym)) for i in (initials, initials[1:]))


def _short_form(name: str, key: str, other: str) -> bool:
    """``name`` is "the" and one Capitalized word that ends the longer ``other`` key ("the Post",
    "washington post"); not an acronym, a name of its own ("the VA" is not "the Los Angeles VA")."""
    words = name.split()
    ow = other.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() and not words[1].isupper() and len(ow) >= 2 and ow[-1] == key


def _described_form(short: str, long_: str) -> bool:
    """``long_`` is the name ``short`` and a word (or two) saying what kind of body it is
    ("independent newspaper of the united kingdom" for "independent", "anadolu agency" for
    "anadolu"), maybe after possessives and hyphenated modifiers ("russia's state-run tass news
    agency" for "tass")."""
    words, ow = short.split(), long_.split()
    for at in range(len(ow) - len(words)):
        kind = ow[at + len(words) : at + len(words) + 2]
        if ow[at : at + len(words)] == words and any(w in _BODY_KIND_NOUNS for w in kind) and all(w.endswith("'s") or "-" in w for w in ow[:at]):
            return bool(words)
    return False


def _reordered_form(short: str, long_: str) -> bool:
    """The shorter name's words, two or more and ending in a body noun, all stand in the longer
    name, which names the body with "of": "the corrections department" and "the georgia
    department of corrections", "the state department" and "the department of state"."""
    words, ow = short.split(), long_.split()
    return 2 <= len(words) < len(ow) and "of" in ow and srcmod.head_type(words[-1]) == "organization" and set(words) <= set(ow)


def _one_heads_the_other(words: list[str], ow: list[str]) -> bool:
    """The shorter name, of two words or more, opens the longer one before a preposition ("the U.S.
    attorney's office" and "the U.S. Attorney's Office for the Western District")."""
    short, long_ = (words, ow) if len(words) < len(ow) else (ow, words)
    return len(short) >= 2 and long_[: len(short)] == short and long_[len(short)] in _BODY_PREPOSITIONS


def _merge_person(key: tuple[str, str], entries: dict) -> tuple[str, str]:
    """The entry a person's name joins: same name, or one is a lone surname (or given name) of the other,
    or the other's last words ("Lessa Horta" of "Dr. Bernardo Lessa Horta")."""
    name, typ = key
    words = [w for w in name.split() if not srcmod.is_name_suffix(w)]
    for other in entries:
        if other[1] != typ or other == key:
            continue
        # the entry's key and its current name (a lone "Ferguson" grown into "Ferguson Mayor James Knowles")
        for other_name in dict.fromkeys((other[0], _key(entries[other]["name"]))):
            if _same_person(words, [w for w in other_name.split() if not srcmod.is_name_suffix(w)]):
                return other
    return _titled_surname_of(words, typ, entries) or key


def _titled_surname_of(words: list[str], typ: str, entries: dict) -> tuple[str, str] | None:
    """The one full name a surname after a title stands for ("Mr. Trump" and "Donald Trump", "Ms.
    Jenner" and "Kendall Jenner"); None when no full name or more than one of a gender that fits
    has that surname ("Mrs. Trump" is no "Donald Trump"; "Mr. Trump" beside Melania and Donald
    Trump is either)."""
    if len(words) != 2 or not names.is_title(words[0].capitalize()):
        return None
    found = []
    for other in entries:
        ow = [w for w in _after_title(other[0].split()) if not srcmod.is_name_suffix(w)]
        if other[1] == typ and len(ow) >= 2 and ow[-1] == words[-1] and _genders_agree(words, ow):
            found.append(other)
    return found[0] if len(found) == 1 else None


def _one_ends_the_other(words: list[str], ow: list[str]) -> bool:
    """The shorter name, of two words or more, is how the longer one ends."""
    short, long_ = (words, ow) if len(words) < len(ow) else (ow, words)
    return len(short) >= 2 and long_[-len(short) :] == short


def _same_person(words: list[str], ow: list[str]) -> bool:
    if not words or not ow:
        return False
    if words == ow or (names.bare_surname(words[-1]) == names.bare_surname(ow[-1]) and (len(words) == 1 or len(ow) == 1)):
        return True  # ("Jubeir" and "Adel al-Jubeir")
    if _one_ends_the_other(words, ow):
        return True  # "Lessa Horta" and "Dr. Bernardo Lessa Horta": a two-word surname
    bare, other = _after_title(words), _after_title(ow)
    if (bare != words or other != ow) and bare[-1] == other[-1] and (len(bare) == 1 or len(other) == 1) and len(bare) + len(other) > 2:
        return True  # "President Obama" and "President Barack Obama": the titles aside, a surname and its full name
    # "Li" and "Li Jifeng", "Lee" and "Prime Minister Lee Hsien Loong": some names put the surname
    # first, after any title ("President" alone is a title, see _fold_roles)
    lone, rest = (words, other) if len(words) == 1 else (ow, bare)  # (the longer one's name after its title)
    return (
        len(lone) == 1 and lone[0] == rest[0]
        and srcmod.head_type(lone[0]) != "role"
        and not any(srcmod.head_type(w) == "role" for w in rest[1:])  # ("AFL-CIO" is no surname of "AFL-CIO President Richard Trumka")
    )


def _genders_agree(words: list[str], ow: list[str]) -> bool:
    """No title or first name of one says "he" where the other's says "she" ("Mrs. Trump" is no
    "Donald Trump")."""
    genders = {_gender_word(ws[0]) for ws in (words, ow)} - {None}
    return len(genders) < 2


def _gender_word(word: str) -> str | None:
    w = word.rstrip(".")
    return "she" if w in _FEMALE_WORDS else "he" if w in _MALE_WORDS else srcmod.first_names().get(w)


_FEMALE_WORDS, _MALE_WORDS = words("female_word"), words("male_word")  # "mrs", "ms"; "mr"
_ONE_PERSON = words("one_person_lead")  # "a", "an", "one", "another": one unnamed person


def _after_title(words: list[str]) -> list[str]:
    """The name after a leading title of up to three words ("prime minister lee hsien loong" ->
    "lee hsien loong"); the words themselves when no title leads or nothing would be left."""
    for k in (3, 2, 1):
        if len(words) > k and srcmod.head_type(" ".join(words[:k])) == "role":
            return words[k:]
    return words


def compute_stats(spans: list[Span], attributions, sentences: list[Sentence]) -> dict[str, float]:
    """Shares of named/anonymous/vague attributions, hedges per 100 sentences, counts per label/type."""
    total = len(attributions.items)
    by_type = {t: 0 for t in ("named_person", "organization", "document", "anonymous", "vague")}
    for att in attributions.items:
        by_type[att.type] = by_type.get(att.type, 0) + 1
    hedge_spans = [s for s in spans if s.label == "hedge"]
    # The writer's own uncertainty: conditions ("if") are grammar and unsupported judgements
    # ("one of the most") are counted with vague wording, each under its own hedge_<type>.
    hedges = [s for s in hedge_spans if s.type not in NOT_WRITER_HEDGES]
    stats: dict[str, float] = {
        "attributions": float(total),
        "named_share": (sum(by_type[t] for t in NAMED_TYPES) / total) if total else 0.0,
        "anonymous_share": (by_type["anonymous"] / total) if total else 0.0,
        "vague_share": (by_type["vague"] / total) if total else 0.0,
        "hedges": float(len(hedges)),
        "hedges_per_100_sentences": (100.0 * len(hedges) / len(sentences)) if sentences else 0.0,
        "sentences": float(len(sentences)),
    }
    for t, n in by_type.items():
        stats[f"type_{t}"] = float(n)
    for label in ("cue", "source", "content", "hedge"):
        stats[f"label_{label}"] = float(sum(1 for s in spans if s.label == label))
    for s in hedge_spans:
        stats[f"hedge_{s.type}"] = stats.get(f"hedge_{s.type}", 0.0) + 1.0
    return stats


# The service imports this module once, at start: the given-name table (~0.05 s to read) is
# loaded then, not by the first article whose ledger names someone by surname alone.
srcmod.given_names()

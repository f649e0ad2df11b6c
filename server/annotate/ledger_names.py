"""Ledger typing: each source name re-read with the whole article in view.

A lone Capitalized word is a person only when the text also introduces it as one ("Andy
Beshear", "Gov. Beshear"); otherwise it is a company, a government or a place. The word lists
are roles of ``ledger_sources.tsv`` (title, group, speaker, trim, org_mark, place), a file span
detection never reads, so typing here never moves a span. ``sources`` types a phrase on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from server.annotate.grammar import ending, words
from server.annotate.sources import (
    _ACRONYM,
    _LEAD,
    FIRST_PERSON,
    _ends_with_personal_name,
    _tables,
    agent_ending,
    agent_word,
    capitalized_adverb,
    describes_people,
    first_names,
    given_names,
    head_type,
    hold_name_commas,
    initial_and_surname,
    is_name_suffix,
    is_name_word,
    is_number_word,
    list_of_heads,
    not_names,
    release_name_commas,
    zero_relative_after_head,
)
from server.annotate.tokens import plural_shape
from server.lexicon import load_table

_PREPOSITIONS = words("name_preposition")
_EXCEPTION_QUANTIFIERS = words("exception_quantifier")  # "All but two"
_AMOUNT_LEADS = words("amount_lead")  # "more than"
_PREDETERMINERS = words("predeterminer")  # "half the"
_FIRST_NAME_BODIES = words("first_name_body")
_ARTICLES = words("article")  # "a", "an", "the"
_PRONOUNS = words("name_pronoun")
_NAME_PARTICLES = words("name_particle")
_PEOPLE_PRONOUNS = words("people_pronoun")
_QUANTIFIER_WORDS = words("quantifier")  # "Many of those who …"
_NAME_JOINERS = words("name_joiner")  # "Centers for Medicare and Medicaid Services"
_INNER_JOINERS = words("inner_name_joiner")  # "Institute for the Equality between Men and Women"
_ARTICLE_JOINERS = words("article_name_joiner")  # "the International Centre for the Study of Radicalisation"
_APOSTROPHE_TAIL = re.compile(r"[’']s?$")
_CONTRACTION = re.compile(r"[’'](?:s|ve|ll|re|d|m)$", re.IGNORECASE)
_ADJECTIVE = ending("sentence_start_adjective")  # "Recent", "Effective"
_DETERMINERS_SPEAKER = words("speaker_determiner")
_POLL_NOUNS = words("poll_noun")
_POSTMODIFIER_PREPOSITIONS = words("postmodifier_preposition")
_IRREGULAR_PLURALS = words("irregular_plural")  # "police", "people": a group, no one person
_APPOSITIVE_ENDS = words("preposition") | words("relative_pronoun") | {"and", "or"}  # "a spokesman for", "a rebel group that", "a pilot and": the head is before it


@lru_cache(maxsize=1)
def _ledger_roles() -> dict[str, dict[str, str]]:
    roles: dict[str, dict[str, str]] = {
        r: {} for r in ("title", "group", "speaker", "trim", "org_mark", "place", "person_mark", "org_prep", "quantity", "not_name", "title_tail")
    }
    for e in load_table("ledger_sources.tsv"):
        role = e.extra[0] if e.extra else ""
        if role in roles:
            key = e.entry if role in ("title", "org_mark", "place", "person_mark", "org_prep", "not_name", "title_tail") else e.entry.lower()
            roles[role].setdefault(key, e.type)
    return roles


@lru_cache(maxsize=1)
def _geography() -> tuple[frozenset[str], frozenset[str]]:
    """(country names, sub-national place names) from pycountry plus the TSV short forms."""
    countries = set(_ledger_roles()["place"])
    try:
        import pycountry  # ISO country and subdivision names (requirements: pycountry==26.2.16)
    except ImportError:  # without it only the TSV's short forms are known
        return frozenset(countries), frozenset()
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            if getattr(c, attr, None):
                countries.add(getattr(c, attr))
    places = {s.name for s in pycountry.subdivisions if " " not in s.name or s.name.count(" ") <= 2}
    return frozenset(countries), frozenset(places - countries)


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The U.S. states' names ("Alabama", "Ohio"): a group's name may end in one ("Equality Alabama");
    smaller places are also surnames ("Rivera", "Kerry", "Miranda")."""
    try:
        import pycountry
    except ImportError:
        return frozenset()
    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))


def country_names() -> frozenset[str]:
    """The country names of the geography table ("Israel", "Vietnam")."""
    return _geography()[0]


def _bare(word: str) -> str:
    return _CONTRACTION.sub("", word.strip(".,;:!?\"“”‘’()[]"))


def _tokens(name: str) -> list[str]:
    return [w for w in (_bare(w) for w in name.split()) if w]


@lru_cache(maxsize=4096)  # (a pure function of the string)
def trim_name(name: str) -> str:
    """``name`` without edge adverbs/conjunctions ("Yet Sondland" -> "Sondland") and a possessive."""
    trim = _ledger_roles()["trim"]
    words = name.split()
    while words and _bare(words[0]).lower() in trim and not (len(words) > 2 and words[1].lower() == "but" and words[0].lower() in _EXCEPTION_QUANTIFIERS):
        words = words[1:]  # (but "All but two": the quantifier and its exception are the phrase)
    while words and _bare(words[-1]).lower() in trim:
        words = words[:-1]
    if words:
        words[-1] = _APOSTROPHE_TAIL.sub("", words[-1]) or words[-1]
    return " ".join(words)


@lru_cache(maxsize=None)
def _name_breaks(relative: bool, comma: bool) -> re.Pattern:
    """Where a source phrase's name ends: a dash, semicolon or bracket; a relative pronoun
    (unless the phrase is "those who ..."); a comma (unless it lists heads)."""
    return re.compile(r"\s+[—–]\s*|\s+-{1,2}\s+|;|\s\(" + (r"|\s(?:who|whose|which|that|whom)\s" if relative else "") + ("|," if comma else ""))


_POSTMOD_ADJECTIVES = words("postmodifier_adjective")  # "close", "familiar": a phrase follows them ("people close to the mayor")


@lru_cache(maxsize=4096)  # (a pure function of the string)
def cut_name(name: str, max_words: int = 8) -> str:
    """The head noun phrase of a long source phrase.

    Cut at a dash, comma, parenthesis or relative word ("Andy Beshear — whose father ..." ->
    "Andy Beshear"); a phrase still over ``max_words`` words is cut before its first
    preposition or coordination.
    """
    name = " ".join(name.split())
    last = name.rsplit(",", 1)[-1].split(" and ")[-1].strip()
    if "," in name and name.split(",")[0].islower() and _ends_with_personal_name(["x"] + last.split(), {}):
        name = last  # "chairman, CEO and president Craig Menear": the roles lead the name
    listed = list_of_heads(name)  # "six current and former military, law enforcement and intelligence officials"
    lead = name.split()[:5]
    if len(lead) == 5 and lead[0].lower() in _QUANTIFIER_WORDS and lead[1].lower() == "of":
        lead = lead[2:]  # ("Many of those who live near the Thames")
    described = len(lead) >= 2 and lead[0].lower() in _PEOPLE_PRONOUNS and lead[1].lower() == "who"  # "Those who know him": the clause is the description
    name = hold_name_commas(name)  # "Ministry of Trade, Industry and Energy": one name
    name = release_name_commas(_name_breaks(relative=not described, comma=not listed).split(name)[0].strip())
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _PREPOSITIONS:
        words.pop()  # "The scientists with whom we spoke": the preposition opened the relative clause
    described = described or (len(words) > 2 and words[2].lower() in _PREPOSITIONS and (words[1].lower() in _POSTMOD_ADJECTIVES or (words[1].islower() and words[1].lower().endswith("ed"))))  # "People close to …", "Democrats involved in …": one description
    if len(words) > (max_words + 4 if described else max_words) and not listed:  # ("many of those who were for the annexation of Crimea": one description)
        for k in range(1, len(words)):
            joiner = words[k].lower() in _INNER_JOINERS or (words[k].lower() in _ARTICLE_JOINERS and words[0].lower() in _ARTICLES)
            inside = joiner and words[k - 1][:1].isupper() and k + 1 < len(words) and (words[k + 1][:1].isupper() or (words[k + 1] == "the" and k + 2 < len(words) and words[k + 2][:1].isupper()))
            complement = words[k].lower() == "of" and k <= 3 and words[k - 1].islower() and head_type(words[k - 1].lower()) == "role"
            if (words[k].lower() in _PREPOSITIONS or words[k].lower() in ("and", "or")) and not inside and not complement:
                words = words[:k]  # (not inside a name: "Institute for the Equality between Men and Women"; "The head of the U.N. refugee agency in Geneva": the role keeps its "of")
                break
        name_like = all(w[:1].isupper() or w.lower() in _INNER_JOINERS | _NAME_JOINERS for w in words)
        words = words[: 12 if name_like else max_words]  # ("The Institute for the Equality between Men and Women": one name)
    relative = zero_relative_after_head(words)
    if relative is not None and relative[1] == "document":
        words = words[: relative[0]]  # "the lawsuit Novak filed against the church" -> "the lawsuit"
    while relative is None and len(words) > 2 and words[-1][:1].islower() and words[-1].lower().endswith("ed"):
        words = words[:-1]  # "a paper published" -> "a paper" (not "Most people the Post interviewed": a relative clause's verb)
    if len(words) > 2 and words[-1][:1].islower() and words[-1].lower().endswith("ing") and plural_shape(words[-2]):
        words = words[:-1]  # "Republican activists clamoring (to block …)" -> "Republican activists": the cut left the participle alone
    return trim_name(" ".join(words))


def _head_phrase(words: list[str]) -> list[str]:
    """The words up to the head noun: before the first preposition, past trailing participles."""
    quantity = _ledger_roles()["quantity"]
    lead = [w.lower() for w in words[:3]]
    if len(words) > 2 and lead[1] == "than" and lead[0] in _AMOUNT_LEADS:
        return _head_phrase(words[2:])  # "more than half the counties": the count after the approximator
    for k in range(min(2, len(words) - 2)):
        if lead[k] in quantity and lead[k + 1] == "of":
            return _head_phrase(words[k + 2 :])  # "Lots of folks", "a number of senators"
        if lead[k] in _PREDETERMINERS and lead[k + 1] in _ARTICLES:
            return _head_phrase(words[k + 2 :])  # "half the counties", "all the candidates"
    for k, w in enumerate(words):
        low = w.lower()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        participle = k > 0 and low.endswith("ed") and w[:1].islower() and (nxt in _PREPOSITIONS or is_number_word(nxt))
        participle = participle or (k > 0 and low.endswith("ing") and w[:1].islower() and nxt in _PREPOSITIONS and len(words[k - 1]) > 3 and plural_shape(words[k - 1]))  # "Officials traveling with him"
        participle = participle or (k > 0 and low.endswith("ing") and len(low) > 5 and w[:1].islower() and plural_shape(words[k - 1]) and head_type(words[k - 1].lower()) is not None)  # "officials supporting the plan"
        if low in _PREPOSITIONS or participle:
            words = words[:k]  # "officials in Kabul", "adults aged 26 or older", "data released by"
            break
    while len(words) > 1 and words[-1].lower().endswith("ed") and words[-1][:1].islower():
        words = words[:-1]  # "a paper published", "data released"
    if len(words) == 1 and words[0].lower().endswith("ed") and words[0][:1].islower():
        return []
    return words


def _head(words: list[str]) -> str:
    """Head noun of a source phrase ("" when it has none)."""
    phrase = _head_phrase(words)
    return phrase[-1] if phrase else ""



_TOWN_COMMA_PLACE = re.compile(r"([A-Z](?<!\w[A-Z])[\w\-]+),[ \t]+([A-Z][\w ]+?)\b(?=[,.;)]|$)")  # "Greenbelt, Maryland"
_NAME_COMMA_AGE = re.compile(r"([A-Z](?<!\w[A-Z])[\w\-]+),[ \t]+\d{1,3},")  # "Smith, 45,"
# "Smith, the mayor", "Li Jifeng, a doctor at", "Jones, his lawyer", "Cyndee, Kimmy's closest
# friend": the name (one or two words), then a role opened by an article or a possessive
_ROLE_OPENER = "|".join(sorted(words("article") | words("possessive_determiner"))) + r"|(?:the[ \t]+)?[A-Za-z][\w\-]*['’]s"
_NAME_COMMA_ROLE = re.compile(r"([A-Z](?<!\w[A-Z])[\w\-]+)(?:[ \t]+([A-Z][\w\-]+))?,[ \t]+(?:" + _ROLE_OPENER + r")[ \t]+((?:[a-z][\w\-]*[ \t]+){0,3}[a-z][\w\-]*)(?![\w’'])")
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[a-z\-]+\b")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z\-]+)[ \t]+$")  # the lowercase word right before a name (searched up to it)
_WORD_CHAR_AT, _POSSESSIVE_AT = re.compile(r"\w"), re.compile(r"[’']s")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n][\s“\"]*)$")  # (of the three characters before a run of names)


def _verb_phrase_before(text: str, at: int) -> bool:
    """The lowercase word before the preposition at ``at`` is a verb or the object of one ("took
    aim at", "laughed at", "jabs at", "shots at"): the name after it is whom the act aims at, which
    may be a person; a workplace follows a person noun ("an analyst at Wedbush")."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return False
    word = before.group(1)
    return not (head_type(word) is not None or agent_ending(word))


@lru_cache(maxsize=1)
def _mark_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A Capitalized word before a company or leader mark ("Toyota's shares", "the Trump
    administration"), and after a preposition of workplace ("an analyst at Wedbush"); only the
    table's lower-case marks can follow, so the rest of the text is never looked at in Python."""
    roles = _ledger_roles()
    marks = sorted({m for m in (*roles["org_mark"], *roles["person_mark"]) if re.fullmatch("[a-z]+", m)}, key=len, reverse=True)
    marked = re.compile(r"([A-Z](?<!\w[A-Z])[\w\-]+)(?:[’']s)?[\s\-]+(" + "|".join(marks) + r")(?![a-z])")
    # each preposition opens with its first letter, then looks back for the word start
    preps = "|".join(re.escape(p[0]) + r"(?<!\w" + re.escape(p[0]) + ")" + re.escape(p[1:]) for p in roles["org_prep"])
    return marked, re.compile(r"(?:" + preps + r")\s+([A-Z][\w\-]+)\b(?![’']s)(?!\s+[A-Z])")


class DocumentEvidence:
    """What the whole article says about its Capitalized words.

    ``titled``: words after a title ("Gov. Beshear", "President Trump"), before a role in apposition
    ("Smith, the mayor,") or pointed back to by "he"/"she" (``add_persons``); ``full``: last words of
    multi-word names ("Andy Beshear"); ``led``: leaders' surnames ("the Trump administration");
    ``org``: words marked as companies or places ("Nissan Motor Co.", "Toyota's shares", "at
    Wedbush"); ``places``: towns ("Greenbelt, Maryland"); ``lower``: words the text also writes
    in lowercase (common nouns).
    """

    # (a nickname in quotation marks may sit inside: 'Moshe "Bogy" Yaalon')
    _CAP_RUN = re.compile(r"[A-Z][\w’'\-.]*(?:[ \t]+(?:(?:de|da|van|von|del|la|bin|al)[ \t]+|[\"“][A-Z][\w’'\-.]*[\"”][ \t]+)?[A-Z][\w’'\-.]*)+")

    def __init__(self, text: str = "") -> None:
        roles = _ledger_roles()
        titles, marks = roles["title"], roles["org_mark"]
        countries, places = _geography()
        _, _, signals, _ = _tables()
        self.titled: set[str] = set()
        self.full: set[str] = set()
        self.org: set[str] = set()
        self.places: set[str] = set()
        self.given: set[str] = set()
        self.led: set[str] = set()
        self.names: set[str] = set()  # the names themselves ("Farid El Alagui"): a name inside a longer one is part of it
        self.lower = frozenset(_LOWER_WORD.findall(text))
        self._text = text
        for raw, opens in self._sentence_runs(text, titles):
            run = [_bare(w) for w in raw]
            if run[0] not in titles and opens:
                if run[0].lower() in self.lower or (_ADJECTIVE.search(run[0].lower()) and run[0].lower() not in first_names()):  # ("Emily Feng": a first name)
                    run = run[1:]  # "Recent Samsung TVs": a sentence-initial common word is no first name
            while run and run[0] in not_names:
                run = run[1:]
            while run and (run[-1] in not_names or is_name_suffix(run[-1])):
                run = run[:-1]  # "Patrick W. Carlineo Jr." -> the surname is Carlineo
            if len(run) < 2:
                continue
            for a, b in zip(run, run[1:]):
                if b in marks:
                    self.org.add(a)
            # the name is the run of plain Capitalized words at the end, after any title or
            # body ("White House Press Secretary Stephanie Grisham" -> "Stephanie Grisham")
            tail: list[str] = []
            for k in range(len(run) - 1, -1, -1):
                w = run[k]
                middle_name = w in places and tail and k > 0 and run[k - 1].lower() in first_names()  # "Andrew Paul Tahmooressi": a middle name, not the town
                middle_name = middle_name or (w in places and tail and w.lower() in first_names())  # "Challenger Paul Nehlen": a first name before the surname, not the parish
                if (w in titles or w + "." in titles or w in signals or w in marks or w in countries or w in places or w in not_names or (w.isupper() and len(w) > 1)) and not middle_name:
                    break
                tail.insert(0, w)
            if not tail or len(tail) > 4 or " ".join(tail) in places:
                continue
            self.names.add(" ".join(tail))
            if len(run) == 2 and tail == run[1:] and run[0] in countries:
                self.full.add(tail[-1])  # "Jordan Henderson", "Israel Katz": a country's name as a first name ("Henderson told" is a person)
                continue
            if len(tail) < len(run) and (run[-len(tail) - 1] in titles or run[-len(tail) - 1] + "." in titles):
                self.titled.add(tail[-1])  # "Gov. Beshear", "Dr. Owen John Dempsey"
            if len(tail) >= 2:
                self.full.add(tail[-1])
        # (each pattern opens with its capital, not with "\b": the engine then scans for it in C)
        for m in _TOWN_COMMA_PLACE.finditer(text):
            if m.group(2) in places or m.group(2) in countries:
                self.places.add(m.group(1))  # "Greenbelt, Maryland": a town
        for m in _NAME_COMMA_ROLE.finditer(text):
            first, last = (m.group(1), m.group(2)) if m.group(2) else (None, m.group(1))
            head = _appositive_head(m.group(3).split())
            if head_type(head) in ("role", "anonymous") and not plural_shape(head) and head not in _IRREGULAR_PLURALS:
                # "Smith, the mayor,", "Jones, a spokesman for ...": a person with a role ("the
                # Carabinieri, Italy's military police,": a body)
                self.titled.add(last)
                if first and first not in titles and first not in not_names and first.lower() not in self.lower:
                    self.given.add(first)  # "Li Jifeng, a doctor at …": the first word may be the surname ("Li said")
        for m in _NAME_COMMA_AGE.finditer(text):
            self.titled.add(m.group(1))  # "Smith, 45,": an age names a person
        person_marks = roles["person_mark"]
        marked, at_place = _mark_patterns()
        for m in marked.finditer(text):
            if m.group(2) in marks:
                self.org.add(m.group(1))  # "Toyota's shares", "a Nissan spokesman"
            elif m.group(2) in person_marks and m.group(1) not in countries and m.group(1) not in not_names:
                self.led.add(m.group(1))  # "the Trump administration", "Obama-era"
        for m in at_place.finditer(text):
            if not _verb_phrase_before(text, m.start()):
                self.org.add(m.group(1))  # "an analyst at Wedbush" (not "took aim at Sanders", "laughed at Trump")

    def add_names(self, names) -> None:
        """Take the surnames of multi-word person names found as sources ("Andy Beshear")."""
        for name in names:
            titles = _ledger_roles()["title"]
            words = [w for w in _tokens(strip_place_prefix(name)) if not is_name_suffix(w)]
            cut = max((k for k, w in enumerate(words) if w in titles or w + "." in titles), default=-1)
            words = words[cut + 1 :]  # "President Donald Trump", "AFL-CIO President Richard Trumka": the given name is after the title
            if len(words) >= 2 and is_name_word(words[-1]) and words[0].lower() not in _LEAD and words[0] not in not_names:
                self.full.update({words[-1], words[-1][:1].upper() + words[-1][1:]})  # ("al-Jubeir", "Al-Jubeir" opening a sentence)
                bare = bare_surname(words[-1])
                if bare != words[-1] and bare[:1].isupper():
                    self.full.add(bare)  # "Jubeir" alone, after "Adel al-Jubeir"
                self.given.add(words[0])  # "Li" after "Li Jifeng": a name may put the surname first

    def add_bodies(self, names) -> None:
        """Take names given to a body in apposition ("The group that owns her music, Big Machine,"):
        the name is an organization wherever the article uses it."""
        for name in names:
            words = _tokens(name)
            if words:
                self.org.add(_bare(words[-1]))

    def add_persons(self, names) -> None:
        """Take lone names that "he" or "she" points back to as persons ("Madonna ... she said")."""
        for name in names:
            if name and " " not in name.strip():
                self.titled.add(name.strip())

    def longer_name(self, name: str) -> bool:
        """The article writes ``name`` at the end of a longer name ("Farid El Alagui" for "El Alagui")."""
        return any(n.endswith(" " + name) for n in self.names)

    def _sentence_runs(self, text: str, titles) -> Iterator[tuple[list[str], bool]]:
        """The runs of Capitalized words, each cut where a sentence ends inside it ("… Benjamin
        Netanyahu. Reiterating", "… The Conversation. London Apple CEO Tim Cook": both parts are
        runs), with whether the run opens a sentence."""
        for m in self._CAP_RUN.finditer(text):
            raw = [w for w in m.group(0).split() if w[0] not in '"“']  # (the nickname is no part of the name)
            opens = _OPENS_SENTENCE.search(text[max(0, m.start() - 3) : m.start()]) is not None
            while raw:
                end = next((k for k, w in enumerate(raw[:-1]) if _ends_sentence(w, titles)), len(raw) - 1)
                yield raw[: end + 1], opens
                raw, opens = raw[end + 1 :], True

    def person(self, word: str) -> bool:
        """Introduced as a person: after a title, or as the surname of a full name (with either
        apostrophe: "O'Neill" and "O’Neill" are one name)."""
        return any(
            w in self.titled or ((w in self.full or w in self.given or w in self.led) and w not in self.org)
            for w in {word, word.replace("'", "’"), word.replace("’", "'")}
        )

    def after_person_noun(self, word: str) -> bool:
        """The article writes ``word`` right after a role noun ("the theologian Helvedius", "the
        rapper Drake"): introduced as a person. Asked only of a lone word that
        nothing else types, so the text is searched then, not for every word."""
        text, at = self._text, self._text.find(word)
        while at >= 0:
            end = at + len(word)
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if before is not None and not _WORD_CHAR_AT.match(text, end) and not _POSSESSIVE_AT.match(text, end) and head_type(before.group(1)) == "role":
                return True  # (not "anonymous" words, which read as adjectives too: "the official Tass news agency")
            at = text.find(word, at + 1)
        return False


def _appositive_head(words: list[str]) -> str:
    """The head noun of a short appositive: its last word before a preposition or a relative word
    ("a spokesman for" -> "spokesman", "a minority rebel group that" -> "group", not "rebel")."""
    for k, w in enumerate(words):
        if k > 0 and w in _APPOSITIVE_ENDS:
            return words[k - 1]
    return words[-1] if words else ""


def bare_surname(word: str) -> str:
    """A surname without a particle joined to it ("al-Jubeir" -> "Jubeir", as the text writes it
    alone); the word itself otherwise."""
    head, sep, rest = word.partition("-")
    return rest if sep and rest and head.lower() in _NAME_PARTICLES else word


def plausible_source(name: str, evidence: DocumentEvidence | None = None) -> bool:
    """True when ``name`` is a noun phrase that can name a speaker.

    False for pronouns and relative words left unresolved ("that", "now you"), phrases with
    no noun head ("be disciplined", "twice"), and heads that cannot speak ("gas mileage",
    "500 federal tax", "alarming levels"). A plausible head is a source noun of the TSV, a
    role or agent noun ("drivers"), a Capitalized name or acronym, or a poll share ("Fifty-one").
    """
    if not name or name == FIRST_PERSON:
        return False
    if re.fullmatch(r"@\w{2,}", name):
        return True  # "@Zoexiaoyizi": a user's handle names the user
    words = _tokens(trim_name(cut_name(name)))
    if not words or words[0].lower() in _PREPOSITIONS:
        return False
    if len(words) > 3 and words[0].lower() in _QUANTIFIER_WORDS and words[1].lower() == "of" and words[2].lower() in _PEOPLE_PRONOUNS:
        words = words[2:]  # ("Some of those close to Trump": a share of the people described)
    if len(words) > 1 and (words[0].lower() in _PEOPLE_PRONOUNS or (words[0][:1].isupper() and plural_group_name(words[0]))) and words[1].islower() and describes_people(words[1].lower()):
        return True  # "Those close to Trump", "Republicans familiar with the talks": people the words after the first describe
    roles = _ledger_roles()
    if all(((w.lower() in _PRONOUNS and not _ACRONYM.match(w)) or w in not_names) and w.lower() not in roles["speaker"] for w in words):
        return False  # (but "Some", "Many", "Others": a quantifier that stands for people is weasel wording to list)
    head = _head(words)
    if not head or (head.lower() in _PRONOUNS and not _ACRONYM.match(head)):
        return False  # (but "WHO", "US": a body's initials)
    low = head.lower()
    if head_type(" ".join(_head_phrase(words))) is not None or low in roles["speaker"] or low in roles["group"]:
        return True
    if is_number_word(head):
        share = len(words) >= 3 and words[-2].lower() in ("in", "of") and is_number_word(words[-1])  # "4 in 10", "Nearly 6 in 10": a poll's share
        return head[:1].isalpha() or "%" in head or "percent" in [w.lower() for w in words] or share
    if head[:1].isupper() or is_name_word(head):  # ("al-Jubeir": a particle before the surname)
        given = len(words) >= 2 and words[-2].lower() in first_names()  # "James May", "Theresa May": a surname after a first name
        if (head in not_names and not given) or head in roles["not_name"] or capitalized_adverb(head):
            return False  # ("Reportedly"; but "Chelly", "Kelly", "Italy" are names)
        if len(words) == 1 and evidence is not None and low in evidence.lower and not head.isupper():
            return False  # "Blood", "Enemy": a sentence-initial common noun
        return True
    if not agent_ending(low):
        return False
    if low.endswith("s"):
        return True  # "drivers", "residents": plural agent nouns name groups of people
    # a singular agent noun needs a determiner: "the organizer" speaks, "easier" / "violent" do not
    return not low.endswith(("ent", "ant")) and len(words) > 1 and words[0].lower() in _DETERMINERS_SPEAKER


def _ends_sentence(word: str, titles) -> bool:
    """A word with a final period that ends a sentence: no title ("Gen."), initial ("D.") or acronym ("U.S.")."""
    bare = word.rstrip(".")
    return word.endswith(".") and len(bare) > 2 and "." not in bare and word not in titles and bare not in titles


def _outlet_then_person(content: list[str]) -> bool:
    """"The Washington Post's Terrence McCoy": a possessive body, then a first and last name."""
    cut = next((k for k, w in enumerate(content) if w.endswith(("'s", "’s"))), None)
    return cut is not None and len(content) - cut - 1 >= 2


def is_place(word: str) -> bool:
    """A country or sub-national place name ("Mexico", "New York", "Ohio")."""
    countries, places = _geography()
    return word in countries or word in places or _bare(word) in places


def is_title(word: str) -> bool:
    """A title before a name ("Mr.", "Gov.", "Mayor"): ledger_sources.tsv, role title."""
    return word in _ledger_roles()["title"]


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Common nouns the ledger knows as people or bodies ("camp", "media", "veteran")."""
    return frozenset(_ledger_roles()["speaker"])


def one_member(words: list[str]) -> bool:
    """An article, then a singular party or demonym: one member ("the Republican", "the Utah
    Republican", "a Russian"), not the whole group ("Republicans", "the French", "the Chinese")."""
    last = words[-1] if words else ""
    return (
        len(words) >= 2 and words[0].lower() in _ARTICLES and _group_word(last, _ledger_roles())
        and not last.endswith(("s", "sh", "ch", "ese")) and last.lower() != "swiss"
    )


def plural_group_name(name: str) -> bool:
    """``name`` ends in a plural party or demonym ("Hoosier Republicans", "Iowa Democrats"): a
    group, never the person "he" or "she" points to."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and _group_word(last, _ledger_roles())


def _group_word(word: str, roles: dict) -> bool:
    """A party or demonym, singular or plural ("Republican", "Americans")."""
    return word.lower() in roles["group"] or (word.endswith("s") and word[:-1].lower() in roles["group"])


_FOREIGN_ARTICLES = words("foreign_article")
_CAMEL_CASE = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]+")  # a capital after three or more lowercase letters: "BeverageGrades"


def _group_modifier(word: str, evidence: DocumentEvidence) -> bool:
    """A Capitalized word before a plural group word that names no person ("Progressive Democrats",
    "Establishment Republicans"; not "Lee Lee French"): not a first name, nor a name after a title."""
    return word[:1].isupper() and word.lower() not in first_names() and word not in evidence.titled


def refine_type(name: str, typ: str, evidence: DocumentEvidence | None = None) -> str:
    """The ledger type of ``name`` (typed ``typ`` from its sentence alone), given the article.

    A lone Capitalized word is a person only when the article introduces it as one (title or
    full name); else a country, company or other body speaking (organization), a place (""
    = leave out of the ledger), or a group ("Americans" -> vague). Number sources are poll
    shares (vague). A common-noun head of the TSV decides ("The German automaker" -> organization).
    """
    evidence = evidence or DocumentEvidence()
    roles = _ledger_roles()
    words = _tokens(name)
    if not words:
        return typ
    content = [w for w in words if w.lower() not in _LEAD and w not in not_names]
    if content and is_number_word(content[0]) and typ in ("named_person", "vague", "anonymous"):
        if any(w.lower() in _POLL_NOUNS for w in words):
            return "document"
        return "vague"
    head = _head(words)
    first = content[0] if content else ""
    group = _group_word(first, roles)
    at = words.index(first) + 1 if group else 0
    if group and at + 1 < len(words) and words[at].lower() in _POSTMODIFIER_PREPOSITIONS:
        if words[at + 1] == "the" or (words[at + 1][:1].isupper() and not is_place(words[at + 1])):
            return "anonymous"  # "Republicans on the committee", "Democrats in Congress": unnamed members of a body
        return "vague"  # "Americans from both parties", "Republicans in Iowa": a group, no one in particular
    if typ != "named_person" or not head or initial_and_surname(name):
        return typ  # ("A. Hylton": the initial introduces a person)
    if 2 <= len(words) <= 3 and words[0].lower() in _FOREIGN_ARTICLES and words[0][:1].isupper() and all(w[:1].isupper() for w in words) and words[-1] not in evidence.titled and not evidence.longer_name(name):
        return "organization"  # "El Pais", "Der Spiegel": a title opened by another language's article, not a person
    if content and _group_word(content[-1], roles) and all(_group_word(w, roles) or is_place(w) or (content[-1].endswith("s") and _group_modifier(w, evidence)) for w in content[:-1]) and (
        len(content) >= 2 or one_member(words)
    ):
        if one_member(words):
            # "The Wisconsin Republican said": one member, identifiable after "the" (like "the mayor"), unnamed after "a"
            return "named_person" if words[0].lower() == "the" else "anonymous"
        return "vague"  # "Shiite Muslims", "Iowa Republicans": a group, no one in particular ("Lee French" stays a person)
    if len(content) == 1 and content[0][:1].isupper():
        word = content[0]
        if words[0].lower() == "the" and word.endswith("s") and evidence.person(word[:-1]):
            return "named_person"  # "The Netanyahus", "the Obamas": a family of a person the article names
        countries, places = _geography()
        if word.endswith("s") and word.lower() in roles["group"]:
            return "vague"  # "Jews", "Americans": a plural group word is no one's surname, whatever the text says of it
        if words[0].lower() == "the" and _demonym(word, countries | places):
            return "named_person"  # "The Texan said", "the Iowan": one person of a place, identifiable after "the" (like "the mayor")
        if word in countries and word not in evidence.full and word not in evidence.titled:
            return "organization"  # "China said" after "China's teen top guns": only a full name or a title makes a country's name a person's
        if _CAMEL_CASE.match(word) and word not in evidence.titled:
            return "organization"  # "BeverageGrades", "CrowdTangle", "WikiLeaks": a brand's run-together name ("McDonald", "DeSantis" are persons)
        if evidence.person(word) or word in roles["title"]:
            return "named_person"  # introduced as a person ("Jay Jay French"), or a title alone ("the Pope")
        if _group_word(word, roles):
            return "vague"
        if head_type(word) not in (None, "role"):
            return head_type(word)
        if roles["speaker"].get(word.lower()):
            return roles["speaker"][word.lower()]  # "Anyone could see ...": a word for people in general
        if word in countries or name.strip() in countries:
            return "organization"  # "Vietnam said": a government speaking
        if word in places or word in evidence.places:
            return ""
        if word.endswith("s") and agent_ending(word.lower()):
            return "vague"  # "Traders", "Voters": a group named by a plural agent noun
        if word[1:].islower() and word.lower() in first_names() and word.lower() not in _FIRST_NAME_BODIES:
            return "named_person"  # "Deanna told Rick": a first name alone (or a surname that is one: "Clinton", "Ryan")
        if not word.isupper() and evidence.after_person_noun(word):
            return "named_person"  # "the theologian Helvedius, who said ...": a person noun introduces the name
        return "organization"
    last = _bare(content[-1]) if content else ""
    if len(content) >= 2 and last in evidence.org and last not in evidence.titled and all(w[:1].isupper() for w in content):
        return "organization"  # "Home Depot" where the text speaks of "Home Depot shares"
    spoken = roles["speaker"].get(head.lower()) or (head_type(head) if head[:1].islower() and head_type(head) in ("organization", "document") else None)  # (and the span table's bodies: "carmaker")
    surname = spoken in ("vague", "anonymous") and head[:1].isupper() and len(content) == 2 and is_name_word(content[0]) and content[0].lower() not in roles["speaker"]
    if spoken and not surname and (head[:1].islower() or not _ends_with_personal_name(words, {})):
        return spoken  # "The German automaker", "Dick Clark Productions": the noun decides ("Karen Friend": a surname)
    low = head.lower()
    if head[:1].islower() and head_type(head) is None and low.endswith("s") and agent_ending(low):
        return "vague"  # "star players": a group
    countries, places = _geography()
    if " ".join(content) in places:
        return ""
    if " ".join(content) in countries:
        return "organization"
    of = content.index("of") if "of" in content else -1
    if of >= 2 and content[of - 1].endswith("s") and content[0].lower() not in first_names() and all(w[:1].isupper() for w in content[:of]) and content[0] not in roles["title"]:
        return "organization"  # "Boy Scouts of America", "Veterans of Foreign Wars": a plural name with "of" is a body ("Jane Doe of Austin" has a first name)
    if len(content) == 2 and (content[1] in countries or content[1] in _us_states()) and content[0].lower() not in given_names() and content[1] not in evidence.titled and not evidence.longer_name(name):
        return "organization"  # "Equality Alabama", "Progress Ohio": a word and a place name a group; a person's first name would come first ("Kerry Washington")
    if words[0].lower() == "the" and len(content) >= 1 and all(w[:1].isupper() for w in content) and not _outlet_then_person(content):
        if len(content) >= 2 and _bare(content[-1]) in roles["title"]:
            return typ  # "The Madison Police Chief said": a title after "the" is the one person holding it
        return "organization"  # "The Hollywood Reporter": a person's name takes no article
    return typ


def _demonym(word: str, places) -> bool:
    """``word`` names one person of a place the tables know: "Texan" (Texas), "Iowan" (Iowa),
    "Ohioan" (Ohio), "Floridian" (Florida), "Californian" (California)."""
    if len(word) < 5 or not word.endswith("n") or word.endswith("s"):
        return False
    return any(stem in places for stem in (word[:-1], word[:-1] + "s", word[:-2], word[:-3] + "a"))


def strip_place_prefix(name: str) -> str:
    """A person's name without a country, a demonym or a common role before it ("Ukraine Marie
    Yovanovitch" -> "Marie Yovanovitch", "Slovak Peter Sagan" -> "Peter Sagan", "Journalist Hakim
    Almasmari" -> "Hakim Almasmari"); titles stay ("Mayor ...")."""
    words = name.split()
    countries, places = _geography()
    if len(words) >= 3 and re.match(r"^[A-Z]\.$", words[1]):
        return name  # "Mara T. Oduya": a middle initial follows a given name, not a place
    for n in (3, 2):  # "South Carolina Gov. Nikki Haley" -> "Gov. Nikki Haley": a place of two or three words goes whole ("South" is no place of its own)
        place = " ".join(words[:n])
        if len(words) >= n + 2 and (place in countries or place in places):
            whole = words[n] not in _ledger_roles()["org_mark"] and all(w[:1].isupper() for w in words[n:])  # ("New York City Mayor …": the place goes on)
            return " ".join(words[n:]) if whole else name
    demonym = bool(words) and _group_word(words[0], _ledger_roles()) and _ends_with_personal_name(["x"] + words[1:], _tables()[2])  # "Democrat Nancy Pelosi" (not "Catholic Charities USA")
    if len(words) >= 3 and (_bare(words[0]) in countries or words[0] in countries or _bare(words[0]) in places or demonym) and words[1] not in _ledger_roles()["org_mark"]:
        if all(w[:1].isupper() for w in words[1:]):
            return " ".join(words[1:])
    if len(words) >= 3 and words[0] not in _ledger_roles()["title"] and words[1] not in _ledger_roles()["org_mark"] and words[1] not in _ledger_roles()["title"] and words[1] not in _ledger_roles()["title_tail"] and all(is_name_word(w) for w in words[1:]):
        low = words[0].lower()
        if head_type(low) in ("role", "anonymous") or agent_word(low):
            return " ".join(words[1:])  # "Journalist Hakim Almasmari": a role opening the sentence, no part of the name (but "Solicitor General …": one title)
    return name


def is_number_phrase(name: str) -> bool:
    """True when ``name`` starts with a number ("Fifty-one", "51 percent"): a poll share."""
    words = [w for w in _tokens(name) if w.lower() not in ("the", "a", "an", "some", "about", "nearly", "almost")]
    return bool(words) and is_number_word(words[0])


_SHARE_TAIL = re.compile(r"^\s*(percent|per cent|%)?(\s+of\s+[^.,;:“”\"]{0,60}?\b(?:poll|survey|study)\b)?", re.IGNORECASE)


def poll_share(name: str, after: str) -> tuple[str, str]:
    """(name, type) of a number source given the text right after it.

    "Fifty-one" + " percent say" -> ("Fifty-one percent", vague): a share of some crowd;
    "51 percent of voters in the Gallup poll" -> document: the poll is the checkable source.
    """
    m = _SHARE_TAIL.match(after or "")
    if m is None:
        return name, "vague"
    full = " ".join((name + (" " + m.group(1) if m.group(1) else "") + (m.group(2) or "")).split())
    return full, ("document" if m.group(2) else "vague")

"""Run many whole-word regular expressions over a text in one pass.

Scanning a text once per pattern costs ~0.3 ms per pattern per 1,000 words with Python's
``re`` (a leading word-boundary check defeats its literal-prefix search), too slow for the
~150 hedge patterns. Instead, the beginnings every match must start with (up to three
characters, read off the parsed patterns) are joined into one trie-shaped "finder" pattern
that scans the text in C for the word starts worth a look. At each of those, the patterns are
grouped by their first character: one combined "screen" pattern of the group says whether any
of them matches, and only then are they tried one by one: those whose beginnings share the
text's first two letters (a quarter of the first letter's group, for the hedge patterns).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c, _parser as _sre_parse
    from re._casefix import _EXTRA_CASES  # letters the case-blind engine matches beyond lower and upper case
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
    from sre_compile import _ignorecase_fixes as _EXTRA_CASES  # type: ignore[no-redef]

# a word start: a word character after a non-word one, or an apostrophe before a word ("'s")
_WORD_START = r"(?:(?<!\w)(?=\w)|(?=['’]\w))"
_MAX_RANGE = 256  # a wider character class is treated as "any character"
PREFIX_LENGTH = 7  # characters of a beginning the finder looks for ("the so-" rather than "the")
_MAX_LETTERS = 8  # a pattern that may begin with more single letters than this is scanned alone (digits do not count: numbers are few)
_MAX_PREFIXES = 400  # past this many beginnings of one pattern, they are cut one character shorter


class FirstCharIndex:
    """Patterns found through their beginnings, then grouped by their lower-cased first character.

    A pattern whose beginnings say little (unknown, or many single letters: "[A-Z][a-z]+ May")
    would make every word a candidate; it is scanned on its own instead (in C, at its starts).
    """

    def __init__(self, patterns: list[re.Pattern], sources: list[str]):
        self._patterns = patterns
        self._alone: list[tuple[int, re.Pattern, str | None]] = []  # (pattern number, its finder, a literal every match holds)
        by_char: dict[str, list[int]] = {}
        by_pair: dict[str, set[int]] = {}
        heads: set[str] = set()
        for i, source in enumerate(sources):
            chars = first_chars(source, patterns[i].flags)
            beginnings = first_prefixes(source, patterns[i].flags)
            if chars is None or beginnings is None or sum(len(b) == 1 and b.isalpha() for b in beginnings) > _MAX_LETTERS:
                finder = re.compile(_WORD_START + "(?=" + patterns[i].pattern + ")", patterns[i].flags)
                self._alone.append((i, finder, required_literal(source, patterns[i].flags)))
                continue
            heads |= beginnings
            for ch in chars:
                by_char.setdefault(ch, []).append(i)
            for b in beginnings:
                by_pair.setdefault(b[:2], set()).add(i)
        # each word start tries its patterns in file order, as a scan per pattern would
        self._table = {ch: sorted(ids) for ch, ids in by_char.items()}
        # the patterns worth trying where the text's first two letters are known: those with a
        # beginning of those two letters or of the first alone
        self._pairs = {
            pair: sorted(ids | by_pair.get(pair[0], set())) for pair, ids in by_pair.items() if len(pair) == 2 and pair.isascii()
        }
        screens: dict[tuple[int, ...], re.Pattern] = {}

        def screen(ids: list[int]) -> re.Pattern:
            if tuple(ids) not in screens:
                # each pattern keeps its own case rule ("(?i:…)" or "(?-i:…)") inside the joined screen
                joined = "|".join(_case_scoped(patterns[i]) for i in ids)
                screens[tuple(ids)] = re.compile(joined, patterns[ids[0]].flags & ~re.IGNORECASE)
            return screens[tuple(ids)]

        self._screen, self._fold_cache = screen, {}
        # (a screen per two letters joins fewer patterns, so it answers sooner)
        self._pair_screens = {pair: (screen(ids), ids) for pair, ids in self._pairs.items()}
        # zero-width, so that a beginning running into the next word ("a p") hides no word start;
        # the same finder scans a lower-cased copy of the text without the case flag (faster)
        self._finder = _finder(heads, re.IGNORECASE)
        self._low_finder = _finder(heads, 0) if not any(_FOLDS_APART.search(h) for h in heads) else None

    def matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """(pattern number, match) for every pattern matching at any word start of ``text``, in
        the order of the text, then of the patterns."""
        found = list(self._indexed_matches(text)) if self._finder is not None else []
        if self._alone:
            patterns = self._patterns
            for i, finder, literal in self._alone:
                if literal is not None and literal not in text:
                    continue  # (the words every match holds are not in the text: no scan)
                found += [(i, patterns[i].match(text, w.start())) for w in finder.finditer(text)]
            found.sort(key=lambda hit: (hit[1].start(), hit[0]))
        return iter(found)

    def _indexed_matches(self, text: str) -> Iterator[tuple[int, re.Match]]:
        patterns, pair_screens = self._patterns, self._pair_screens
        low = text.lower()
        if self._low_finder is not None and len(low) == len(text) and not _FOLDS_APART.search(text):
            finder = self._low_finder
        else:  # (rare letters: the engine's case rule, on the text itself)
            finder, low = self._finder, text
            if self._low_finder is None:
                pair_screens = {}  # a beginning with such a letter: every start reads its letter's folds
        for w in finder.finditer(low):
            pos = w.start()
            pair = low[pos : pos + 2]
            # (ASCII letters fold only to their other case, given no beginning has a rare letter)
            found = pair_screens.get(pair.lower()) if pair.isascii() else None
            screen, ids = found if found is not None else self._folded(text[pos])
            if screen is None or screen.match(text, pos) is None:
                continue
            for i in ids:
                m = patterns[i].match(text, pos)
                if m is not None:
                    yield i, m

    def _folded(self, ch: str) -> tuple[re.Pattern | None, list[int]]:
        """The screen and patterns for a word opening with ``ch``: those whose first letter the
        engine's case-blind rule takes for it ("ſ" for "s", "İ" for "i", "K" for "k")."""
        if ch not in self._fold_cache:  # (bounded: only letters that open a beginning reach here)
            ids = sorted({i for k, group in self._table.items() if re.fullmatch(re.escape(k), ch, re.IGNORECASE) for i in group})
            self._fold_cache[ch] = (self._screen(ids) if ids else None, ids)
        return self._fold_cache[ch]


def _finder(heads: set[str], flags: int) -> re.Pattern | None:
    """The word starts where one of ``heads`` (lower-cased beginnings) begins: a word character
    after a non-word one ("\\b", one step for the engine), or an apostrophe before a word ("'s")."""
    words = {h for h in heads if re.match(r"\w", h)}
    marks = {h for h in heads if h[:1] in "'’"}  # (a beginning of other punctuation never starts a word)
    alternatives = [r"\b(?=" + trie_pattern(words) + ")"] if words else []
    alternatives += [r"(?=['’]\w)(?=" + trie_pattern(marks) + ")"] if marks else []
    return re.compile("|".join(alternatives), flags) if alternatives else None


# Letters whose lower-case form is not the one the engine's case-blind matching uses: a final "Σ"
# lowers to "ς"; "ſ", "ı", "ϐ" ... match "s", "i", "β" without being their lower case. A text with
# any of them is scanned with the case flag instead of lower-cased (so is one whose lower-cased copy
# is longer: "İ" lowers to two characters).
_FOLDS_APART = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted({0x3A3} | {cp for key, folds in _EXTRA_CASES.items() for cp in (key, *folds) if cp > 0x7F})) + "]"
)


def trie_pattern(words: set[str]) -> str:
    """A regular expression matching any of ``words`` (escaped), shaped as a trie so that the
    engine compares each character once; a word that is the beginning of another ends it there
    (the finder only needs to know that some beginning matches)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        if "" in node:
            return ""  # a shorter beginning already matches
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return branch(trie)


def first_prefixes(source: str, flags: int = 0, length: int = PREFIX_LENGTH) -> frozenset[str] | None:
    """Lower-cased strings, each at most ``length`` characters, one of which begins every match
    of ``source``; None when they are unknown or too many. A superset test: a beginning is cut
    short wherever the pattern turns vague (a wide class, a repeat), never made longer."""
    try:
        tree = _sre_parse.parse(source, flags)
        open_heads, done = _extend(list(tree), {""}, length)
    except Exception:  # an exotic construct, or too many beginnings (_TooMany)
        return None
    heads = open_heads | done
    if not heads or "" in heads:
        return None
    return frozenset(heads)


def required_literal(source: str, flags: int = 0) -> str | None:
    """The longest run of case-sensitive literal characters (three or more) that every match of
    ``source`` contains ("May" in "[A-Z][a-z]+ (?-i:May)"), else None: a text without it needs no scan."""
    try:
        tree = _sre_parse.parse(source, flags)
    except Exception:
        return None
    runs: list[str] = []

    def walk(items: list, fold: bool, run: list[str]) -> list[str]:
        for op, av in items:
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                continue  # zero-width: the run goes on
            if op is _c.LITERAL and not fold:
                run.append(chr(av))
                continue
            if op is _c.SUBPATTERN:
                add, remove = av[1], av[2]
                inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
                run = walk(list(av[-1]), inner, run)
                continue
            runs.append("".join(run))  # anything else ends the run
            run = []
        return run

    runs.append("".join(walk(list(tree), bool(flags & re.IGNORECASE), [])))
    best = max(runs, key=len)
    return best if len(best) >= 3 else None


class _TooMany(ValueError):
    """More beginnings than ``_MAX_PREFIXES`` through alternatives or repeats."""


def _extend(items: list, heads: set[str], length: int) -> tuple[set[str], set[str]]:
    """(beginnings still growing, beginnings cut or complete) after the parsed ``items``."""
    done: set[str] = set()
    for op, av in items:
        if not heads:
            break
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width
        if op is _c.LITERAL:
            chars = {chr(av).lower()}
        elif op is _c.IN and (chars := _class_chars(av)) is not None:
            pass
        elif op is _c.SUBPATTERN:
            heads, cut = _extend(list(av[-1]), heads, length)
            done |= cut
            continue
        elif op is _c.BRANCH:
            grown: set[str] = set()
            for alternative in av[1]:
                alt_open, alt_done = _extend(list(alternative), set(heads), length)
                grown |= alt_open
                done |= alt_done
            heads = grown
            _check(heads, done)
            continue
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or getattr(_c, "POSSESSIVE_REPEAT", None) is op:
            low, _high, body = av
            once_open, once_done = _extend(list(body), set(heads), length)
            done |= once_open | once_done  # after one pass the rest is unknown: cut there
            if low > 0:
                heads = set()
            _check(heads, done)
            continue
        else:
            done |= heads  # anything else: the beginning ends here
            heads = set()
            break
        if len(heads) * len(chars) + len(done) > _MAX_PREFIXES:
            done |= heads  # too many ways on: the beginnings end here
            heads = set()
            break
        grown = {h + ch for h in heads for ch in chars}
        done |= {h for h in grown if len(h) >= length}
        heads = {h for h in grown if len(h) < length}
    return heads, done


def _class_chars(av: list) -> set[str] | None:
    chars: set[str] = set()
    for kind, arg in av:
        if kind is _c.LITERAL:
            chars.add(chr(arg).lower())
        elif kind is _c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            chars.update(chr(x).lower() for x in range(arg[0], arg[1] + 1))
        else:
            return None
    return chars


def _check(heads: set[str], done: set[str]) -> None:
    if len(heads) + len(done) > _MAX_PREFIXES:
        raise _TooMany


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def _case_scoped(pattern: re.Pattern) -> str:
    """The screen part of ``pattern`` with its case rule written in, so that patterns compiled with
    and without ``re.IGNORECASE`` can share one screen."""
    return ("(?i:" if pattern.flags & re.IGNORECASE else "(?-i:") + _ungrouped(pattern.pattern) + ")"


@lru_cache(maxsize=None)
def _ungrouped(source: str) -> str:
    """``source`` with its named groups made anonymous and its lookarounds dropped, so that
    many can be joined into a screen that compiles quickly.

    Dropping a lookaround only lets the screen accept more, never less: the screen stays a
    superset test, and every pattern it lets through is then matched in full."""
    return "(?:" + _NAMED_GROUP.sub("(?:", _without_lookarounds(source)) + ")"


# escapes, character classes (a leading "]" is literal), lookaround openers, parentheses, the rest
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\(\?<?[=!]|[()]|[^\\\[()]+", re.DOTALL)


def _without_lookarounds(source: str) -> str:
    out: list[str] = []
    depth = 0  # > 0 while inside a dropped lookaround
    skip_quantifier = False
    for m in _TOKEN.finditer(source):
        token = m.group()
        if depth:
            if token == "(" or token.startswith("(?") and len(token) <= 4 and token[-1] in "=!":
                depth += 1
            elif token == ")":
                depth -= 1
                skip_quantifier = depth == 0
            continue
        if token.startswith("(?") and token[-1] in "=!" and len(token) <= 4:
            depth = 1
            continue
        if skip_quantifier:
            # a quantifier after the dropped lookaround would now follow nothing
            token = token.lstrip("?*+") if token[0] in "?*+" else token
            skip_quantifier = False
        out.append(token)
    if depth:  # unbalanced (never for a compiled pattern): keep the source as it was
        return source
    return "".join(out)


def first_chars(source: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of ``source`` can start with; None when unknown/any."""
    try:
        tree = _sre_parse.parse(source, flags)
        chars, nullable = _first(list(tree))
    except Exception:  # an exotic construct: try the pattern everywhere
        return None
    if chars is None or nullable:
        return None
    return frozenset(ch.lower() for ch in chars)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(first characters, can the sequence match empty) of a parsed pattern sequence."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for kind, arg in av:
                if kind is _c.LITERAL:
                    out.add(chr(arg))
                elif kind is _c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
                    out.update(chr(x) for x in range(arg[0], arg[1] + 1))
                else:
                    return None, False
            return out, False
        if op is _c.SUBPATTERN:
            sub, nullable = _first(list(av[-1]))
        elif op is _c.BRANCH:
            sub, nullable = set(), False
            for alternative in av[1]:
                alt, alt_nullable = _first(list(alternative))
                if alt is None:
                    return None, False
                sub |= alt
                nullable = nullable or alt_nullable
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or getattr(_c, "POSSESSIVE_REPEAT", None) is op:
            low, _high, body = av
            sub, nullable = _first(list(body))
            nullable = nullable or low == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True

"""The one-pass matcher (``server.annotate.regex_index``) must report exactly what each pattern
finds when tried alone at every word start: its beginnings, finder and screens are shortcuts."""

from __future__ import annotations

import random
import re

import pytest

from server.annotate.regex_index import FirstCharIndex, first_prefixes, required_literal, trie_pattern

_WORD_STARTS = re.compile(r"(?<!\w)\w|['’](?=\w)")


def _one_by_one(patterns: list[re.Pattern], text: str) -> list[tuple[int, tuple[int, int]]]:
    starts = [m.start() for m in _WORD_STARTS.finditer(text)]
    return sorted((i, m.span()) for pos in starts for i, p in enumerate(patterns) if (m := p.match(text, pos)))


def _indexed(patterns: list[re.Pattern], text: str) -> list[tuple[int, tuple[int, int]]]:
    index = FirstCharIndex(patterns, [p.pattern for p in patterns])
    return [(i, m.span()) for i, m in index.matches(text)]


@pytest.mark.parametrize(
    "source, expected",
    [
        (r"(?<!\w)(?:may(?:be)?|could)(?!\w)", {"may", "maybe", "could"}),
        (r"(?:re)?ported", {"re", "ported"}),  # an optional part: cut where it begins
        (r"(?i:ab[cd]e{0,2}\s)", {"abc", "abd", "abce", "abde"}),  # a repeat: cut after one pass
        (r"(?:a|an)\s+x", {"a", "an"}),  # a wide class (\s) ends the beginning
        (r"So-called", {"so-call"}),  # lower-cased, at most seven characters
    ],
)
def test_beginnings_are_read_off_the_pattern(source, expected):
    assert first_prefixes(source, re.IGNORECASE) == expected


@pytest.mark.parametrize("source", [r"\w+ said", r"(?:x)?", r".said", r"[^a]b"])
def test_beginnings_unknown_when_a_match_may_start_anywhere(source):
    assert first_prefixes(source) is None


def test_too_many_beginnings_are_cut_shorter():
    # 26 × 26 two-letter beginnings are more than the cap: only the first letter is kept
    assert first_prefixes(r"[a-z][a-z]+ May") == frozenset("abcdefghijklmnopqrstuvwxyz")


def test_trie_pattern_matches_exactly_the_words_or_their_shorter_beginnings():
    rng = random.Random(7)
    words = {"".join(rng.choice("abc ") for _ in range(rng.randint(1, 5))) for _ in range(60)}
    finder = re.compile("(?:" + trie_pattern(words) + ")")
    for _ in range(500):
        probe = "".join(rng.choice("abc ") for _ in range(6))
        assert (finder.match(probe) is not None) == any(probe.startswith(w) for w in words), probe
    assert re.fullmatch(trie_pattern({"a.b", "a?"}), "a.b") and not re.match(trie_pattern({"a.b"}), "axb")


def test_a_beginning_that_runs_into_the_next_word_hides_no_word_start():
    # "a p" is a beginning of the first pattern; "potential" must still be tried
    patterns = [re.compile(r"(?<!\w)a p\w+", re.I), re.compile(r"(?<!\w)potential(?!\w)", re.I)]
    text = "a guide to a potential victory"
    assert _indexed(patterns, text) == _one_by_one(patterns, text) == [(0, (11, 22)), (1, (13, 22))]


def test_patterns_with_vague_beginnings_are_scanned_alone_and_merged_in_text_order():
    patterns = [
        re.compile(r"(?<!\w)(?-i:[A-Z][a-z]+\.? )(?P<cue>May)(?!\w)"),  # any capitalised word first
        re.compile(r"(?<!\w)may(?!\w)", re.I),
        re.compile(r"\w+ly\b"),  # unknown beginnings
    ]
    text = "Theresa May may resign; Mrs. May reportedly may not. It's 'May' really."
    got = _indexed(patterns, text)
    assert sorted(got) == _one_by_one(patterns, text)
    assert got == sorted(got, key=lambda hit: (hit[1][0], hit[0]))  # the text's order, then the patterns'
    assert (0, (0, 11)) in got and (2, (33, 43)) in got


_PLAIN = (
    "It is reported that the so-called plan may fail; Smith's aide could not say. "
    "Reportedly, a report's author, Jones May, said it's likely. The May plan reports nothing. 'Some' MIGHT, ’tis known. "
)


@pytest.mark.parametrize(
    "text",
    [
        _PLAIN,  # (scanned lower-cased)
        _PLAIN + "ſome İstanbul reports, ſo-called, \u212aNOWN ones",  # letters the engine folds ("ſ" is "s", "\u212a" is "k")
        _PLAIN + "MAYBE ıt ΜΑΥΣ, ΚΝΟΣ",  # a dotless "ı" matches "i"; a final "Σ" lowers to "ς"
    ],
)
def test_random_pattern_sets_agree_with_one_by_one_matching(text):
    rng = random.Random(11)
    pieces = ["may", "could", "so-called", "the ", "a ", "'s", "[A-Z][a-z]+ ", r"\w+ly", "(?:re)?port(?:s|ed)", "it is", "some", "known",
              "might", "most", "m[ai]", "about", "an? ", "s", "['’]tis", "ist", "ıt", "μαυσ"]  # (shared first letters: the two-letter table)
    for _ in range(80):
        chosen = rng.sample(pieces, 4)
        patterns = [re.compile(r"(?<!\w)(?:" + p + r")", rng.choice([0, re.IGNORECASE])) for p in chosen]
        assert sorted(_indexed(patterns, text)) == _one_by_one(patterns, text), chosen


def test_a_pattern_opening_with_any_digit_is_indexed_not_scanned_alone():
    # ten one-digit beginnings make only numbers candidates, not every word: the letter cap ignores them
    patterns = [re.compile(r"(?<!\w)(?:[0-9][0-9,.]*|two|few)\s+confirmed", re.I), re.compile(r"(?<!\w)[a-z]+ May")]
    index = FirstCharIndex(patterns, [p.pattern for p in patterns])
    assert [i for i, _, _ in index._alone] == [1]
    text = "There are 1,200 confirmed cases, two confirmed deaths and few confirmed recoveries; in May 3"
    assert _indexed(patterns, text) == _one_by_one(patterns, text) and len(_indexed(patterns, text)) == 5  # ("200" after the comma starts a word too)


@pytest.mark.parametrize(
    "source, flags, expected",
    [
        (r"(?<!\w)(?-i:[A-Z][a-z]+\.? )(?P<cue>(?-i:May))\b", re.I, " May"),  # the case-sensitive words every match holds
        (r"(?i:abc)def", 0, "def"),  # (a case-blind run is no exact substring)
        (r"a(?:bc|de)fgh", 0, "fgh"),  # an alternative ends a run
        (r"x(?:May)?y", 0, None),  # an optional part holds nothing for sure; shorter runs are no use
    ],
)
def test_the_literal_every_match_holds_is_read_off_the_pattern(source, flags, expected):
    assert required_literal(source, flags) == expected


def test_a_pattern_scanned_alone_is_skipped_on_a_text_without_its_literal():
    # (a text without "May" was scanned at every capitalised word)
    patterns = [re.compile(r"(?<!\w)(?-i:[A-Z][a-z]+\.? )(?P<cue>(?-i:May))(?!\w)", re.I), re.compile(r"(?<!\w)may(?!\w)", re.I)]
    index = FirstCharIndex(patterns, [p.pattern for p in patterns])
    assert [literal for _, _, literal in index._alone] == [" May"]
    for text in ("Theresa May may resign.", "Theresa MAY may resign.", "Nobody here may resign."):
        assert sorted((i, m.span()) for i, m in index.matches(text)) == _one_by_one(patterns, text)

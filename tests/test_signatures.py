"""Signed embedded posts ("— Name (@handle) Date") credit the paragraph above them."""

from __future__ import annotations

import pytest

from server.annotate import annotate
from server.annotate.signatures import signatures
from server.lexicon import load_table


@pytest.mark.parametrize("entry", load_table("signatures.tsv"), ids=lambda e: e.type)
def test_every_signature_pattern_finds_its_example(entry):
    text = "I can’t thank this man enough.\n\n" + entry.extra[0]
    found = signatures(text)
    assert len(found) == 1
    assert text[found[0].post[0] : found[0].post[1]] == "I can’t thank this man enough."


PAGE = (
    "A whole lot of people on Twitter pointed it out.\n\n"
    "Yes this is real and the state spent half a million dollars on it: https://t.co/Nc0nKoXGBP\n\n"
    "— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019\n\n"
    "Hey Twitter, the point of this ad campaign is to raise awareness.\n\n"
    "⬇️⬇️⬇️https://t.co/hopPjqa95w\n\n"
    "— Governor Kristi Noem (@govkristinoem) November 18, 2019\n\n"
    "The campaign cost $449,000."
)


def test_a_signed_post_is_an_attribution_to_the_account():
    result = annotate(PAGE)
    said = {e.name: e.said for e in result.sources}
    # the links after the words and a paragraph of links alone are no part of the post
    assert said == {
        "Dianna E. Anderson": ["Yes this is real and the state spent half a million dollars on it:"],
        "Governor Kristi Noem": ["Hey Twitter, the point of this ad campaign is to raise awareness."],
    }
    cues = [s.text for s in result.spans if s.label == "cue"]
    assert cues == ["@diannaeanderson", "@govkristinoem"]
    assert all(PAGE[s.start : s.end] == s.text for s in result.spans)


@pytest.mark.parametrize(
    "text",
    [
        "— Dele Alli (@dele_official) November 19, 2019",  # nothing above it
        "Follow her — Jane Doe (@janedoe) on Twitter.",  # no signature line of its own
        "Read more.\n\nSpurs fans (@SpursFans) are angry, the club said in 2019.",
    ],
)
def test_no_signed_post_without_a_signature_line_under_words(text):
    assert signatures(text) == []

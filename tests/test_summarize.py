"""The summary stage with the real all-MiniLM-L6-v2 model (loaded once per module)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.errors import BadRequest
from server.segment import split_sentences
from server.summarize import Summarizer, get_summarizer
from server.summary_features import clean_sentence, quality_flags
from server.types import Summary

SEED = (Path(__file__).with_name("fixtures") / "seed_article.txt").read_text(encoding="utf-8")
APPEAL_START = "Offended, shocked"
ARTICLE = SEED[: SEED.index(APPEAL_START)].strip()
APPEAL = SEED[SEED.index(APPEAL_START) :]

# Hand-written story: every sentence but the dateline one is a plain news sentence.
STORY = (
    "WASHINGTON (CNN) -- The city council voted on Tuesday to close the old river bridge "
    "after engineers found deep cracks in two of its supports. "
    "The bridge carries about 12,000 cars a day between the north and south districts. "
    "Engineers said repairs could take up to two years and cost roughly $40 million. "
    "Mayor Ana Ortiz called the closure painful but necessary. "
    "Buses will be rerouted over the highway bridge, adding about 15 minutes to trips. "
    "Read more: Follow us on social media for updates. "
    "Local shop owners worry that fewer customers will reach the riverfront market. "
    "The council plans a public meeting next week to explain the detour."
)


@pytest.fixture(scope="module")
def summarizer() -> Summarizer:
    return get_summarizer()


def assert_consistent(text: str, summary: Summary) -> None:
    assert isinstance(summary, Summary)
    for s in summary.sentences:
        assert text[s.start : s.end] == s.text
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts), "sentences must be in article order"
    assert len(set(starts)) == len(starts)
    if summary.method == "extractive":
        assert summary.text == " ".join(s.text for s in summary.sentences)


def test_seed_summary_names_report_officials_and_unilateral_strikes(summarizer):
    summary = summarizer.summarize(ARTICLE)
    assert_consistent(ARTICLE, summary)
    assert len(summary.sentences) == 3
    assert summary.method == "extractive"
    text = summary.text.lower()
    assert "report" in text
    assert any(w in text for w in ("officials", "officers", "sources", "nameless", "anonymous"))
    assert any(w in text for w in ("strike", "bomb", "army pressure", "military"))
    assert "consent" in text or "with out" in text


def test_seed_full_page_text_never_picks_the_donation_appeal(summarizer):
    appeal_sentences = {s.text for s in split_sentences(APPEAL)}
    for n in (1, 3, 5, 7):
        summary = summarizer.summarize(SEED, n=n)
        assert_consistent(SEED, summary)
        assert len(summary.sentences) == n
        assert not appeal_sentences & {s.text for s in summary.sentences}


def test_extractive_every_word_is_the_articles(summarizer):
    summary = summarizer.summarize(STORY, title="Council closes cracked river bridge")
    assert_consistent(STORY, summary)
    assert all(s.text in STORY for s in summary.sentences)


@pytest.mark.parametrize("n", range(1, 8))
def test_length_setting_is_honoured(summarizer, n):
    summary = summarizer.summarize(ARTICLE, n=n)
    assert len(summary.sentences) == n
    assert_consistent(ARTICLE, summary)


def test_n_beyond_sentence_count_returns_every_sentence(summarizer):
    text = "The dam held overnight. Residents returned home on Sunday."
    summary = summarizer.summarize(text, n=7)
    assert [s.text for s in summary.sentences] == [s.text for s in split_sentences(text)]
    assert summary.text == text


def test_promo_line_is_not_chosen(summarizer):
    for n in (1, 3, 5, 7):
        summary = summarizer.summarize(STORY, n=n)
        assert not any("Follow us" in s.text for s in summary.sentences)


def test_one_sentence_and_empty_articles(summarizer):
    one = "  The museum reopened on Friday after a two-year renovation.  "
    summary = summarizer.summarize(one)
    assert summary.text == one.strip()
    assert_consistent(one, summary)
    for empty in ("", "   \n\n  "):
        summary = summarizer.summarize(empty)
        assert summary.text == "" and summary.sentences == []


@pytest.mark.parametrize("n", [0, 8, -1, 100, 2.5, "3", None, True])
def test_out_of_range_n_is_a_bad_request(summarizer, n):
    with pytest.raises(BadRequest) as err:
        summarizer.summarize(ARTICLE, n=n)
    assert "1" in err.value.message and "7" in err.value.message


def test_given_sentences_are_used_and_invalid_ones_dropped(summarizer):
    text = "Alpha rose sharply on Monday. Beta fell. Gamma was flat all week."
    sentences = split_sentences(text)
    bogus = type(sentences[0])(0, 5, "wrong")
    shuffled = [sentences[2], bogus, sentences[0], None, "Beta fell.", sentences[1], sentences[0]]
    summary = summarizer.summarize(text, n=3, sentences=shuffled)
    assert [s.text for s in summary.sentences] == [s.text for s in sentences]


def test_dangling_pronoun_is_pulled_with_or_dropped_for_its_referent(summarizer):
    # When a chosen sentence opens with a pronoun, its previous sentence should be chosen too
    # on this story (each "It"/"They" sentence depends on the one before).
    text = (
        "The national weather service issued a flood warning for the lower valley on Monday. "
        "It covers twelve towns along the river. "
        "Farmers moved cattle to higher ground overnight. "
        "They said the water rose faster than in the 2019 flood. "
        "Schools in the valley will stay closed until Wednesday."
    )
    summary = summarizer.summarize(text, n=2)
    chosen = [s.text for s in summary.sentences]
    all_texts = [s.text for s in split_sentences(text)]
    for s in chosen:
        if s.startswith(("It ", "They ")):
            assert all_texts[all_texts.index(s) - 1] in chosen


def test_dateline_is_removed_in_features_not_offsets():
    assert clean_sentence("WASHINGTON (CNN) -- The Senate voted.") == "The Senate voted."
    assert clean_sentence("(CNN)It was late.") == "It was late."
    assert clean_sentence("The Senate voted.") == "The Senate voted."


def test_quality_flags():
    assert quality_flags("Read more: Follow us on Twitter for updates.")["flagged"] == 1
    assert quality_flags("Please support independent media with a monthly donation.")["flagged"] == 1
    assert quality_flags("The bridge carries 12,000 cars a day.")["flagged"] == 0
    assert quality_flags('"We will rebuild," the mayor said.')["quote_no_speaker"] == 0
    assert quality_flags('"We will rebuild."')["quote_no_speaker"] == 1
    assert quality_flags("Will the bridge reopen?")["question"] == 1
    assert quality_flags("They left at noon.")["dangling"] == 1
    assert quality_flags("US officials left at noon.")["address"] == 0
    assert quality_flags("We have borne witness to chaos.")["address"] == 1


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=400), n=st.integers(1, 7), title=st.one_of(st.none(), st.text(max_size=40)))
def test_any_string_gets_a_valid_summary(summarizer, text, n, title):
    summary = summarizer.summarize(text, title=title, n=n)
    assert_consistent(text, summary)
    assert len(summary.sentences) <= n


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from([
    "The mayor said the budget would pass.", "It was late.", "\"No,\" he said.", "Shares fell 4%.",
    "Read more here.", "Why?", "(CNN)", "Officials may delay the vote.", "\n\n", "ü ☃ 𝔘",
]), min_size=0, max_size=30))
def test_sentence_soup_gets_a_valid_summary(summarizer, parts):
    text = " ".join(parts)
    summary = summarizer.summarize(text, n=3)
    assert_consistent(text, summary)
    assert len(summary.sentences) == min(3, len(split_sentences(text)))


def test_get_summarizer_is_cached():
    assert get_summarizer() is get_summarizer()

"""Optional abstractive path, on a tiny random BART the test builds; it must fall back when unfaithful."""

from __future__ import annotations

import pytest

from server import abstractive
from server.abstractive import AbstractiveRewriter, keeps_hedges_and_attributions
from server.summarize import Summarizer
from tests.tiny_models import build_tiny_bart

ARTICLE = (
    "The regional health agency said the outbreak may have peaked last week. "
    "Case numbers fell by about a third in the capital, according to the agency's report. "
    "Hospitals reported fewer admissions on Monday. "
    "Schools could reopen next month if the trend holds, officials told reporters. "
    "The agency will publish new figures on Friday."
)


@pytest.fixture(scope="module")
def bart_dir(tmp_path_factory):
    return build_tiny_bart(tmp_path_factory.mktemp("tiny_bart"))


@pytest.fixture(scope="module")
def summarizer(bart_dir):
    return Summarizer(abstractive_dir=str(bart_dir))


def test_tiny_model_loads_and_generates(bart_dir):
    out = AbstractiveRewriter(bart_dir).generate("alpha beta gamma.")
    assert isinstance(out, str)


def test_unfaithful_rewrite_falls_back_to_extractive(summarizer):
    # The random model's vocabulary has no English words, so it cannot keep "may" or "said".
    summary = summarizer.summarize(ARTICLE, n=2)
    plain = Summarizer().summarize(ARTICLE, n=2)
    assert summary.method == "extractive"
    assert summary.sentences == plain.sentences
    assert summary.text == plain.text


def test_faithful_rewrite_is_used_and_traceable(summarizer, monkeypatch):
    def faithful(source: str) -> str:
        return "In short: " + source

    monkeypatch.setattr(summarizer.abstractive, "generate", faithful)
    summary = summarizer.summarize(ARTICLE, n=2)
    assert summary.method == "abstractive"
    assert summary.text != " ".join(s.text for s in summary.sentences)
    assert all(ARTICLE[s.start : s.end] == s.text for s in summary.sentences)


def test_rewrite_that_raises_keeps_the_extractive_summary(summarizer, monkeypatch):
    def broken(source: str) -> str:
        raise RuntimeError("out of memory")

    monkeypatch.setattr(summarizer.abstractive, "generate", broken)
    assert summarizer.summarize(ARTICLE, n=2).method == "extractive"


def test_dropping_a_hedge_fails_the_check():
    source = "The agency said the outbreak may have peaked."
    assert keeps_hedges_and_attributions(source, "The agency said the outbreak may have peaked last week.")
    assert not keeps_hedges_and_attributions(source, "The agency said the outbreak has peaked.")


def test_dropping_the_attribution_fails_the_check():
    source = "The agency said the outbreak may have peaked."
    assert not keeps_hedges_and_attributions(source, "The outbreak may have peaked.")


def test_reporting_verb_may_change_tense():
    source = "The agency said the outbreak may have peaked."
    assert keeps_hedges_and_attributions(source, "The agency says the outbreak may have peaked.")


def test_lexicon_fallback_when_annotator_is_unavailable(monkeypatch):
    def no_annotator(source):
        return abstractive._lexicon_terms(source)

    monkeypatch.setattr(abstractive, "required_terms", no_annotator)
    source = "Officials said the bridge might close."
    assert keeps_hedges_and_attributions(source, "The bridge might close, officials said.")
    assert not keeps_hedges_and_attributions(source, "The bridge will close, officials said.")
    assert not keeps_hedges_and_attributions(source, "The bridge might close.")


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="SUMMARY_MODEL"):
        AbstractiveRewriter(tmp_path)

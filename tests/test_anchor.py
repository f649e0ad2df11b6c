"""server.anchor: quote selectors and overlay categories for the extension."""

from hypothesis import given
from hypothesis import strategies as st

from server.anchor import CONTEXT, anchor, category_of
from server.types import Span

TEXT = (
    "The mayor said on Monday that the bridge would reopen in spring.\n\n"
    "Officials who spoke on condition of anonymity said the repairs may take longer. "
    "Some critics argue the plan is probably too costly, according to a city report."
)


def span(sub: str, label: str, type_: str, group: int | None = None, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span(start, start + len(sub), sub, label, type_, group, f"{label}: {type_}")


def test_quote_selector_fields_match_the_text():
    spans = [span("said", "cue", "named_person", 0), span("may", "hedge", "modal", nth=1)]
    out = anchor(TEXT, spans)
    assert [h.id for h in out] == [0, 1]
    for h in out:
        assert h.exact == TEXT[h.start : h.end]
        assert h.prefix == TEXT[max(0, h.start - CONTEXT) : h.start]
        assert h.suffix == TEXT[h.end : h.end + CONTEXT]
        assert len(h.prefix) <= CONTEXT and len(h.suffix) <= CONTEXT
    assert out[0].prefix == "The mayor "
    assert out[1].suffix.startswith(" take longer.")


def test_prefix_and_suffix_tell_repeated_quotes_apart():
    first, second = anchor(TEXT, [span("said", "cue", "named_person", 0), span("said", "cue", "anonymous", 1, nth=1)])
    assert first.exact == second.exact == "said"
    assert first.prefix != second.prefix and first.suffix != second.suffix


def test_categories_follow_the_group_source_type():
    spans = [
        span("The mayor", "source", "named_person", 0),
        span("said", "cue", "cue", 0),
        span("the bridge would reopen in spring", "content", "content", 0),
        span("Officials who spoke on condition of anonymity", "source", "anonymous", 1),
        span("said", "cue", "cue", 1, nth=1),
        span("Some critics", "source", "vague", 2),
        span("a city report", "source", "document", 3),
        span("may", "hedge", "modal", nth=1),
        span("probably", "hedge", "adverb"),
    ]
    cats = {(h.exact, h.group): h.category for h in anchor(TEXT, spans)}
    assert cats[("The mayor", 0)] == cats[("said", 0)] == "named"
    assert cats[("the bridge would reopen in spring", 0)] == "named"
    assert cats[("Officials who spoke on condition of anonymity", 1)] == "anonymous"
    assert cats[("said", 1)] == "anonymous"
    assert cats[("Some critics", 2)] == "vague"
    assert cats[("a city report", 3)] == "named"
    assert cats[("may", None)] == cats[("probably", None)] == "hedge"


def test_group_type_comes_from_the_source_span_whatever_the_order():
    cue = span("said", "cue", "organization", 4)
    source = span("The mayor", "source", "anonymous", 4)
    assert [h.category for h in anchor(TEXT, [cue, source])] == ["anonymous", "anonymous"]


def test_unsupported_judgements_share_the_vague_colour():
    # weasel/peacock wording ("widely regarded") asks "who says so?", like a vague source
    assert category_of(Span(0, 3, "The", "hedge", "unsupported", None, "")) == "vague"
    assert category_of(Span(0, 3, "The", "hedge", "modal", None, "")) == "hedge"
    assert category_of(Span(0, 3, "The", "hedge", "approximator", None, "")) == "hedge"


def test_unknown_source_type_reads_as_vague():
    assert category_of(Span(0, 3, "The", "source", "mystery", None, "")) == "vague"


def test_long_content_spans_are_kept():
    para = TEXT.split("\n\n")[1]
    (h,) = anchor(TEXT, [span(para, "content", "anonymous", 1)])
    assert h.exact == para and h.label == "content" and h.category == "anonymous"


def test_bad_offsets_are_clipped_or_skipped():
    spans = [
        Span(-5, 3, "The", "hedge", "x", None, "r"),
        Span(len(TEXT) - 4, len(TEXT) + 50, "", "hedge", "x", None, "r"),
        Span(10, 10, "", "hedge", "x", None, "r"),
        Span(20, 5, "", "hedge", "x", None, "r"),
        "not a span",
    ]
    out = anchor(TEXT, spans)  # type: ignore[arg-type]
    assert [(h.start, h.end) for h in out] == [(0, 3), (len(TEXT) - 4, len(TEXT))]
    assert [h.id for h in out] == [0, 1]


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-10, 250), st.integers(-10, 250)), max_size=8))
def test_never_raises_and_exact_always_matches(text, ranges):
    spans = [Span(s, e, text[s:e] if 0 <= s <= e else "", "hedge", "modal", None, "r") for s, e in ranges]
    for h in anchor(text, spans):
        assert h.exact == text[h.start : h.end] and h.exact.strip()
        assert text[: h.start].endswith(h.prefix) and text[h.end :].startswith(h.suffix)


def test_non_string_text_gives_no_highlights():
    assert anchor(None, [Span(0, 3, "abc", "hedge", "x", None, "r")]) == []  # type: ignore[arg-type]


def test_conditional_hedges_are_not_drawn():
    text = "If the vote fails, the plan may be dropped."
    spans = [Span(0, 2, "If", "hedge", "conditional", None, "Condition"),
             Span(28, 31, "may", "hedge", "modal", None, "Hedge")]
    assert [h.exact for h in anchor(text, spans)] == ["may"]

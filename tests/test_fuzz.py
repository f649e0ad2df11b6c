"""Property-based fuzzing of the pipeline's entry points (hypothesis).

In the suite these run the default profile (100 examples each); `make fuzz` runs the
"long" profile (20,000 examples). Properties: no exception other than the documented
NoArticle on any input, and every offset valid (text[start:end] equals the claimed text).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from server.annotate import annotate
from server.anchor import anchor
from server.errors import NoArticle
from server.extract import extract
from server.segment import split_sentences

TAGS = ["p", "div", "article", "main", "h1", "h2", "blockquote", "li", "ul", "span", "a",
        "script", "style", "br", "figure", "figcaption", "nav", "footer", "b", "i"]
WORDS = ["said", "told", "according to", "officials", "may", "reportedly", "Critics",
         "the report", "John Smith", "“", "”", '"', ",", ".", "\n\n", "about", "\u202e",
         "\x00", "\ud800", "é", "日本", "—", "?", "Source link", "we", "donate", "\xa0", "\u200b", "he said", "''", "'"]

fragments = st.one_of(
    st.text(max_size=40),
    st.sampled_from(WORDS),
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(["<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&#xD800;", "<p class='x'>",
                     '<meta property="og:title" content="', '<html lang="', "<a href='/'>"]),
)
html_like = st.lists(fragments, max_size=60).map("".join)
prose = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)


@given(html_like)
def test_extract_returns_article_or_no_article(html):
    try:
        article = extract(html)
    except NoArticle:
        return
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(article.text)
        assert article.text[p.start:p.end].strip()


@given(st.one_of(prose, st.text()))
def test_segment_offsets_valid(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


@given(st.one_of(prose, st.text()))
def test_annotate_and_anchor_offsets_valid(text):
    annotation = annotate(text)
    for span in annotation.spans:
        assert text[span.start:span.end] == span.text
        assert span.reason
        assert span.text == span.text.strip().strip("\u200b")  # no highlight opens or ends on a space
    for h in anchor(text, annotation.spans):
        assert text[h.start:h.end] == h.exact
        assert text[:h.start].endswith(h.prefix) and text[h.end:].startswith(h.suffix)

"""Extraction stage: HTML in, Article out (text, paragraphs, metadata, no boilerplate)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.boilerplate import drop_boilerplate, signals, skip_element
from server.errors import NoArticle
from server.extract import extract
from server.lexicon import load_table
from server.textblocks import Block

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if (p / "expected.json").exists())


def _norm(text: str) -> str:
    return " ".join(text.split())


def _check_paragraphs(article) -> None:
    assert article.paragraphs, "an article has paragraphs"
    pos = 0
    for i, p in enumerate(article.paragraphs):
        assert p.kind in {"paragraph", "heading", "quote", "list_item"}
        assert p.start == pos, "paragraphs tile the text, separated by one blank line"
        chunk = article.text[p.start : p.end]
        assert chunk and chunk == chunk.strip() and "\n\n" not in chunk
        pos = p.end + 2
        if i < len(article.paragraphs) - 1:
            assert article.text[p.end : p.end + 2] == "\n\n"
    assert article.paragraphs[-1].end == len(article.text)


# --- the seed page ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    html = (FIXTURES / "seed" / "page.html").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / "seed" / "expected_article.json").read_text(encoding="utf-8"))
    return extract(html), expected


def test_seed_keeps_every_article_paragraph(seed):
    article, expected = seed
    missing = [s for s in expected["must_include"] if s not in article.text]
    assert not missing


def test_seed_drops_appeal_source_link_and_page_chrome(seed):
    article, expected = seed
    kept = [s for s in expected["must_exclude"] if s in article.text]
    assert not kept


def test_seed_metadata(seed):
    article, expected = seed
    assert article.title == expected["title"]
    assert article.published and article.published.startswith("2025-04-10")
    assert article.site_name == "Dogecoin Today"
    assert article.lang == "en-US"
    _check_paragraphs(article)
    assert article.paragraphs[-1].kind == "quote"  # the article ends on the blockquote


# --- real pages ---------------------------------------------------------------------------


@pytest.mark.parametrize("folder", PAGES, ids=[p.name for p in PAGES])
def test_real_page(folder):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    article = extract((folder / "page.html").read_text(encoding="utf-8"), expected.get("url"))
    text = _norm(article.text)
    assert [s for s in expected["must_include"] if _norm(s) not in text] == []
    assert [s for s in expected["must_exclude"] if _norm(s) in text] == []
    assert article.title and article.published
    _check_paragraphs(article)


def test_real_pages_are_enough():
    assert len(PAGES) >= 4


# --- hand-written pages -------------------------------------------------------------------

STRUCTURED = """<!doctype html><html lang="fr"><head><title>Harbour works | Coastal Gazette</title>
<meta property="og:title" content="Harbour works begin after a long delay">
<meta property="og:site_name" content="Coastal Gazette">
<meta property="article:published_time" content="2024-03-05T08:30:00+01:00">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour works begin after a long delay", "datePublished": "2024-03-05T08:30:00+01:00",
 "author": {"@type": "Person", "name": "Marta Lindqvist"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour works begin after a long delay</h1>
<p>The council started dredging the old harbour on Monday, three years after the plan was first
approved, and expects the first phase to be finished before the summer season opens.</p>
<h2>Why it took so long</h2>
<p>Funding from the regional government arrived late, and a court case over the contract held up
the tender for most of last year while two bidders argued about the terms.</p>
<blockquote><p>This is the most important investment the town has seen in a generation.</p></blockquote>
<ul><li>Phase one: dredging the inner basin</li><li>Phase two: rebuilding the north pier</li></ul>
<p>Line one of an address<br>Line two of an address</p>
<table><tr><th>Phase</th><th>Cost</th></tr><tr><td>Dredging</td><td>4.2 million</td></tr></table>
<p>Residents can follow the progress on the council's website, where weekly updates and a
timetable of the noisier works will be published.</p>
</article><footer>Contact us</footer></body></html>"""


def test_structured_page_kinds_and_offsets():
    article = extract(STRUCTURED)
    _check_paragraphs(article)
    by_text = {article.text[p.start : p.end]: p.kind for p in article.paragraphs}
    assert by_text["Why it took so long"] == "heading"
    assert by_text["This is the most important investment the town has seen in a generation."] == "quote"
    assert by_text["Phase one: dredging the inner basin"] == "list_item"
    assert by_text["Phase two: rebuilding the north pier"] == "list_item"
    assert by_text["Line one of an address\nLine two of an address"] == "paragraph"
    assert by_text["Phase Cost"] == "paragraph" and by_text["Dredging 4.2 million"] == "paragraph"
    assert "Harbour works begin" not in article.text  # the title heading has its own field
    assert "Home" not in article.text and "Contact us" not in article.text


def test_structured_page_metadata():
    article = extract(STRUCTURED, "https://gazette.example/harbour")
    assert article.title == "Harbour works begin after a long delay"
    assert article.byline == "Marta Lindqvist"
    assert article.published == "2024-03-05T08:30:00+01:00"
    assert article.site_name == "Coastal Gazette"
    assert article.lang == "fr"
    assert article.url == "https://gazette.example/harbour"


def test_whitespace_collapses_like_a_browser():
    html = ("<html><body><article><p>  Several   words\n\tspread over\n  lines, with "
            "<b>bold</b>and <i> italic </i> text, make one sentence that is long enough "
            "to be read as the article body of this small page.</p></article></body></html>")
    article = extract(html)
    assert article.text == ("Several words spread over lines, with boldand italic text, make one "
                            "sentence that is long enough to be read as the article body of this small page.")


@pytest.mark.parametrize("html", [
    "",
    "   ",
    "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>",
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "\x00\x01\x02",
])
def test_no_article(html):
    with pytest.raises(NoArticle, match="No readable article found on this page"):
        extract(html)


# --- boilerplate --------------------------------------------------------------------------

# One hand-written example per entry of boilerplate.tsv, keyed by the entry's line number
# order: (type, example). For ``tag``/``class`` the example is an element's tag and class.
EXAMPLES = {
    "figcaption": ("tag", "figcaption"),
    "caption": ("class", "div|image-caption"),
    "credits?(?![a-z])": ("class", "span|photo-credit"),
    "byline": ("class", "p|article-byline"),
    "author-?(bio|info|box|card|details)": ("class", "div|author-bio"),
    "(timestamp|dateline|pubdate)": ("class", "span|timestamp"),
    "(date|time)(?![a-z])": ("class", "span|entry-date"),
    "(share|sharing|social)(?![a-z])": ("class", "div|share-bar"),
    "(newsletter|subscribe|subscription|signup|sign-up)": ("class", "aside|newsletter-box"),
    "related(?![a-z])": ("class", "ul|related-links"),
    "(ads?|advert|advertisement|sponsored)(?![a-z])": ("class", "div|ad-slot"),
    "(visually-hidden|sr-only|off-screen|offscreen|screen-reader|screenreader)": ("class", "span|off-screen"),
    "(?<![\\w-])(hidden|d-none|is-hidden|hide)(?![\\w-])": ("class", "div|gallery hidden"),
    "(newsletter-signup|inline-newsletter)": ("class", "div|inline-newsletter"),
}
LINE_EXAMPLES = [
    "Source link",
    "Source: Lakeside Weekly",
    "This article was originally published on The Valley Review.",
    "First appeared on riverbank.example.org",
    "Related: How the bridge vote was won",
    "Tags: harbour, ferry",
    "READ MORE about the county budget",
    "Don't miss our weekend guide",
    "Share this article",
    "Share on Facebook",
    "Advertisement",
    "Photo: Anna Berg / Valley Review",
    "Image copyright Lakeside Photos",
    "Credit: Lakeside Photos",
    "Volunteers clear the beach on Sunday. (AP Photo/Jane Roe)",
    "Media playback is unsupported on your device",
    "Click here for the full timetable",
    "CLICK HERE TO GET OUR APP",
    "Follow us on Instagram for more pictures",
    "The author can be reached at desk@paper.example",
    "Have a tip? Send it to the newsroom.",
    "Email the reporter at desk@paper.example",
    "Kim Park contributed to this report.",
    "Additional reporting by Kim Park",
    "Reporting by Kim Park; Editing by Lee Chan",
    "By Kim Park",
    "Updated 9:14 am, March 3, 2024",
    "Kim Park is a reporter for the Valley Review.",
    "This document is subject to copyright.",
    "Copyright 2024 Valley Review",
    "All rights reserved.",
    "Citation: Bridge report (2024) retrieved 3 March 2024",
    "We may earn a commission when you buy through links on this page.",
    "Sign up for the morning briefing",
    "Get the Valley Review app",
    "Advertisement - scroll to continue",
    "This story was produced in partnership with the Harbour Trust.",
    "Listen to Valley Radio live every morning",
]
APPEAL_EXAMPLES = [
    "Support independent journalism today.",
    "Donate today to keep the lights on.",
    "Support our reporting with a gift.",
    "Your donation doubles this week.",
    "A monthly gift keeps this going.",
    "We run on your support.",
    "Become a member and read without limits.",
    "Join our community of readers.",
    "Subscribe now for the full archive.",
    "The best stories, delivered to your inbox.",
    "This site is reader-funded and reader-supported.",
    "Our newsletter is free: sign up below.",
    "We can't do this without you.",
    "This site is reader-funded.",
    "Please consider a contribution.",
    "Take action with us.",
]


def test_every_class_and_tag_entry_fires():
    import lxml.html

    entries = [e for e in load_table("boilerplate.tsv") if e.type in {"tag", "class"}]
    assert {e.entry for e in entries} == set(EXAMPLES)
    for entry in entries:
        kind, example = EXAMPLES[entry.entry]
        assert kind == entry.type
        tag, _, cls = example.partition("|")
        el = lxml.html.fragment_fromstring(f'<{tag} class="{cls}">x</{tag}>')
        assert skip_element(el), entry.entry
    assert not skip_element(lxml.html.fragment_fromstring('<div class="article-body">x</div>'))
    assert not skip_element(lxml.html.fragment_fromstring('<div class="header-lead">x</div>'))
    assert not skip_element(lxml.html.fragment_fromstring('<div class="body field--label-hidden">x</div>'))


def test_every_line_entry_fires_on_an_example():
    entries = [e for e in load_table("boilerplate.tsv") if e.type in {"line", "end"}]
    for entry in entries:
        pattern = re.compile(entry.entry, re.IGNORECASE)
        hits = [x for x in LINE_EXAMPLES if pattern.search(x)]
        assert hits, f"no example for line entry {entry.entry!r}"
    for example in LINE_EXAMPLES:
        assert signals(Block(example, "paragraph", "p")).line, example


def test_every_appeal_entry_fires_on_an_example():
    entries = [e for e in load_table("boilerplate.tsv") if e.type == "appeal"]
    for entry in entries:
        pattern = re.compile(entry.entry, re.IGNORECASE)
        assert any(pattern.search(x) for x in APPEAL_EXAMPLES), f"no example for {entry.entry!r}"
    for example in APPEAL_EXAMPLES:
        assert signals(Block(example, "paragraph", "p")).appeal, example


def test_every_entry_has_a_known_type_and_reason():
    for entry in load_table("boilerplate.tsv"):
        assert entry.type in {"tag", "class", "line", "end", "appeal", "we", "speech"}
        assert len(entry.reason) > 10
        if entry.extra:
            assert entry.type in {"line", "end"} and int(entry.extra[0]) > 0


NEWS_SENTENCES = [
    "The billionaire made a donation of $10 million to the hospital last year.",
    "Netflix will raise the price of your subscription next month.",
    "The agency will take action against polluters who miss the deadline.",
    "The state will fund local news outlets through a new grant program.",
    "Police need your help to identify the driver.",
    "Jones is a former reporter for the Gazette who now runs a bakery.",
    "Published in 2018, the study followed 2,000 adults for a decade and found little effect.",
    "The hotline can be reached at any hour.",
    "By the end of the week, the pier was open again.",
]


def test_news_sentences_that_resemble_boilerplate_are_kept():
    blocks = _blocks(BODY[0], *NEWS_SENTENCES, *BODY[1:], *BODY)
    assert [b.text for b in drop_boilerplate(blocks)] == [b.text for b in blocks]


def _blocks(*texts):
    return [Block(t, "paragraph", "p") for t in texts]


BODY = [
    "The city council voted on Tuesday to close the old ferry terminal by the end of next year.",
    "Officials said the building had become too costly to repair after two winters of storms.",
    "The ferry service will move to a temporary pier on the south side of the harbour.",
    "Passengers should expect longer walks to the boats while the new terminal is built.",
    "Construction is due to start in the spring, according to the port authority's plan.",
]


def test_appeal_tail_block_is_trimmed():
    tail = [
        "Tired of bad news? Support independent journalism.",
        "We have covered this harbour for forty years.",
        "Our reporters spend weeks on every story like this one.",
        "It will be a long year ahead.",
        "If you value what we do, please make a one-time gift.",
        "Source link",
    ]
    kept = drop_boilerplate(_blocks(*BODY, *tail))
    assert [b.text for b in kept] == BODY


def test_quoted_we_at_the_end_is_kept():
    ending = [
        "“We will keep fighting for this ferry, and we need everyone's support,” said Ana Ruiz, who chairs the residents' group.",
        "“Our members want a say in the design of the new terminal,” she added.",
        "The group said it would make a donation of benches to the temporary pier.",
        "“We will rebuild the pier ourselves if we have to. Please support the rebuilding fund,",
        "“and our volunteers will do the rest,” Ruiz said.",
    ]
    blocks = _blocks(*BODY, *ending)
    assert [b.text for b in drop_boilerplate(blocks)] == BODY + ending


def test_long_article_paragraph_with_we_is_not_a_tail():
    ending = [
        "We spoke to a dozen passengers at the pier, and most of them had not heard about the plan.",
        "Our survey of local shops found that half expect to lose trade during the works.",
    ]
    blocks = _blocks(*BODY, *ending)
    assert [b.text for b in drop_boilerplate(blocks)] == BODY + ending


def test_lone_link_line_dropped_but_cited_url_kept():
    blocks = [Block("Read the full council report", "paragraph", "p", link_chars=28),
              Block("https://council.example/report.pdf", "paragraph", "p", link_chars=34)]
    assert [b.text for b in drop_boilerplate(_blocks(*BODY) + blocks)] == BODY + [blocks[1].text]


# --- robustness ---------------------------------------------------------------------------


def _extract_or_none(html):
    try:
        article = extract(html)
    except NoArticle:
        return None
    _check_paragraphs(article)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", article.text)
    return article


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_string_gives_article_or_no_article(text):
    _extract_or_none(text)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<br>", "<li>", "<blockquote>", "<h2>",
                                 "word ", "more words here. ", "\x00", "\ud800", "&amp;", "<script>",
                                 "</div>", "<a href='x'>", "</a>", "“we said” ", "\x0c"]), max_size=80))
def test_markup_soup_gives_article_or_no_article(parts):
    _extract_or_none("<html><body>" + "".join(parts))


def test_pathological_inputs():
    paragraph = "<p>" + "A sentence long enough to count as text in an article body. " * 5 + "</p>"
    cases = [
        "<div>" * 5000 + paragraph + "</div>" * 5000,
        "<span>" * 3000 + "deep text " * 20 + "</span>" * 3000,
        "<html><body>" + paragraph + "\ud83d lone surrogate \udc00 and NUL\x00</body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body>" + paragraph + "</body></html>",
        bytes(range(256)).decode("latin-1") * 20,
        "<script>" + "x" * 10000,
    ]
    for html in cases:
        _extract_or_none(html)
    article = _extract_or_none(cases[2])
    assert article is not None and "lone surrogate and NUL" in article.text


def test_we_and_speech_entries_fire():
    for entry in load_table("boilerplate.tsv"):
        if entry.type in {"we", "speech"}:
            assert re.search(entry.entry, "We said our piece to us, she told them, he says", re.IGNORECASE)
    assert signals(Block("We have covered this harbour for forty years.", "paragraph", "p")).we
    assert not signals(Block("We have covered this harbour for years, the editor said.", "paragraph", "p")).we
    assert not signals(Block("“We have covered this harbour for years.”", "paragraph", "p")).we


def test_a_sentence_split_around_an_inline_element_is_joined_again():
    # readability wraps the loose text of a div in paragraphs and leaves a link or an <em> outside them:
    # "… predicted that the city will" + "need a public vote …" had been two paragraphs
    article = extract((FIXTURES / "split_inline.html").read_text(encoding="utf-8"))
    assert "given the source is Harbor Times, we would not rule out" in article.text
    assert "argued that the city will need a public vote" in article.text
    # guards: a caption ending in a name before a new sentence stays its own paragraph, and the offsets hold
    assert "photo via City Hall\n\nThe report says" in article.text
    assert all(article.text[p.start : p.end].strip() == article.text[p.start : p.end] for p in article.paragraphs)

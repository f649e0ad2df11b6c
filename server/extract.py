"""Extraction stage: page HTML in, ``Article`` (clean text, paragraphs, metadata) out.

Which library does what, and why:

- **lxml** parses the page once (``lxml.html.document_fromstring``): fast, tolerant of broken
  markup, and both libraries below accept its tree, so nothing is parsed twice.
- **readability-lxml** (``Document(tree).summary(html_partial=True)``) finds the main content:
  it scores text blocks by length, commas and class/id hints and keeps the best one with
  its related siblings. ``html_partial=True`` matters: in 0.9 plain ``summary()`` returns an
  empty body on some real pages.
- **trafilatura** (the steps of its ``extract_metadata``) and **htmldate** read title, author,
  date and site name from OpenGraph, JSON-LD and the usual markup, where readability has
  none of these; see ``server.metadata``. The extra cost is about 1 ms a page.
- Our own code walks readability's HTML into paragraphs the way a browser lays them out
  (``server.textblocks``) and drops the boilerplate that both libraries keep inside article
  bodies: donation appeals, newsletter sign-ups, "Source link" lines, photo credits, captions
  (``server.boilerplate``, patterns with their reasons in ``server/data/boilerplate.tsv``).

On the article-extraction benchmark's development pages this scores F1 0.99 where plain
readability-lxml and trafilatura score 0.96, at about 1.3 times readability's time
(``bench/extraction.py``).
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml import etree
from readability import Document

from server.boilerplate import drop_boilerplate, skip_element
from server.errors import NoArticle
from server.lexicon import function_words
from server.metadata import Metadata, read_metadata
from server.textblocks import Block, html_blocks, join_adjacent, join_lines
from server.types import Article, Paragraph

log = logging.getLogger(__name__)

# NUL and C0/C1 control characters (tab, newline, carriage return kept) and lone surrogates:
# libxml2 rejects or truncates at them, and they must not reach the article text.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# lxml refuses a str that still declares a byte encoding.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_WORD = re.compile(r"\w+")
MIN_WORDS = 5  # below this, what is left is a stray label, not an article


def extract(html: str, url: str | None = None) -> Article:
    """The main article of ``html``: text, paragraphs and metadata.

    ``text`` is the paragraphs joined by one blank line; each ``Paragraph`` gives the offsets
    of one of them and its kind (paragraph, heading, quote, list_item). Raises ``NoArticle``
    when the page holds no readable article; any other input problem also ends there.
    """
    html = sanitize(html)
    tree = _parse(html)
    if tree is None:
        raise NoArticle("No readable article found on this page: it is empty or not HTML.")
    _drop_invisible(tree)
    _unhide_embedded_posts(tree)
    try:
        summary = Document(tree).summary(html_partial=True)  # no url: we need no absolute links
        body = lxml.html.fragment_fromstring(summary, create_parent="div")
        blocks = html_blocks(body, skip_element)
    except Exception as exc:  # readability raises Unparseable, lxml ParserError on odd input
        log.debug("readability failed: %r", exc)
        body, blocks = None, []
    meta = read_metadata(tree, url, body)
    blocks = _without_title(blocks, meta.title)
    blocks = _without_byline(blocks, meta.byline)
    blocks = _rejoin_split_sentences(join_lines(drop_boilerplate(blocks)))
    if sum(len(_WORD.findall(b.text)) for b in blocks) < MIN_WORDS:
        raise NoArticle("No readable article found on this page: it has no paragraphs of text.")
    return _article(blocks, meta)


def sanitize(html) -> str:
    """``html`` as a str without NUL, control characters or lone surrogates."""
    if isinstance(html, (bytes, bytearray)):
        html = bytes(html).decode("utf-8", errors="replace")
    elif not isinstance(html, str):
        html = "" if html is None else str(html)
    return _UNSAFE_CHARS.sub("", html)


def _parse(html: str) -> etree._Element | None:
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _without_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the headline at the top of the body: the title has its own field.

    That is a heading repeating the title, or the page's ``h1`` among the first blocks
    (sites often word the ``<title>`` differently from the headline), and any other block
    that only repeats the title.
    """
    key = _WORD.findall(title.lower()) if title else None
    for i, block in enumerate(blocks[:3]):
        if block.kind == "heading" and (block.tag == "h1" or _WORD.findall(block.text.lower()) == key):
            blocks = blocks[:i] + blocks[i + 1 :]
            break
    # Galleries and share boxes repeat the title further down.
    return [b for b in blocks if len(b.text) > 300 or _WORD.findall(b.text.lower()) != key]


def _without_byline(blocks: list[Block], byline: str | None) -> list[Block]:
    """Drop short blocks that only repeat the author's name: the byline has its own field."""
    if not byline:
        return blocks
    key = _WORD.findall(byline.lower())
    return [b for b in blocks if len(b.text) > 80 or _WORD.findall(b.text.lower()) not in (key, ["by"] + key)]


def _drop_invisible(tree: etree._Element) -> None:
    """Remove scripts, styles, SVG and comments before readability copies and cleans the tree.

    readability would drop them too, but only after deep-copying them: removing them first
    saves about a millisecond a page. JSON-LD scripts stay: the metadata step reads them.
    """
    for el in list(tree.iter("script", "style", "noscript", "svg", "template", etree.Comment)):
        if el.tag == "script" and (el.get("type") or "").strip().lower() == "application/ld+json":
            continue
        if el.getparent() is not None:
            el.drop_tree()


def _unhide_embedded_posts(tree: etree._Element) -> None:
    """Let readability keep quoted social-media posts embedded in the story.

    readability drops any element whose class says "tweet" or "twitter" as unlikely
    content, and the wrapper divs of such embeds for their links and "media"/"social"
    classes, which removes posts the story quotes (``blockquote.twitter-tweet``). We rename
    the blockquote's class and unwrap the wrappers that hold nothing else.
    """
    for quote in list(tree.iter("blockquote")):
        hints = (quote.get("class") or "").lower()
        if "tweet" not in hints and "twitter" not in hints:
            continue
        quote.set("class", "embedded-post")
        for _ in range(3):
            parent = quote.getparent()
            if parent is None or parent.tag not in {"div", "figure", "span", "section"} or len(parent) != 1:
                break
            if (parent.text or "").strip() or parent.getparent() is None:
                break
            parent.drop_tag()


def _rejoin_split_sentences(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that stops mid-sentence to the next one.

    readability wraps the loose text of a ``div`` in paragraphs and leaves its inline elements
    (a link, an ``em``) outside them, so "predicted that Apple will <a>transition its …</a>"
    comes back as two paragraphs. A paragraph of eight words or more that ends in a letter, no
    punctuation, before one that opens in lowercase (not a web address) or after a function
    word ("the source is" + "DigiTimes, we would …") is the same sentence.
    """
    return join_adjacent(blocks, lambda last, block: " " if _continues(last, block) else None)


def _continues(last: Block, block: Block) -> bool:
    words = last.text.split()
    if last.kind != "paragraph" or block.kind != "paragraph" or not last.text[-1:].isalpha() or len(words) < 8:
        return False
    first = block.text.split(maxsplit=1)[0] if block.text.strip() else ""
    if not first[:1].isalpha() or first.lower().startswith(("http", "www.")):
        return False
    return first[:1].islower() or words[-1].lower() in function_words()


def _article(blocks: list[Block], meta: Metadata) -> Article:
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for block in blocks:
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(block.text)
        paragraphs.append(Paragraph(pos, pos + len(block.text), block.kind))
        pos += len(block.text)
    return Article(
        title=meta.title,
        byline=meta.byline,
        published=meta.published,
        site_name=meta.site_name,
        lang=meta.lang,
        url=meta.url,
        text="".join(parts),
        paragraphs=paragraphs,
    )

"""The analysis pipeline: one call from page HTML to the ``Analysis`` the API returns.

Stages, in order, each a module with one job and a plain-data result (``server.types``):

1. ``server.extract``    HTML -> Article (readability-lxml, metadata, in-body boilerplate removed)
2. ``server.segment``    Article.text -> sentences with offsets (blingfire), shared by 3 and 4
3. ``server.summarize``  sentences -> Summary (MiniLM embeddings + a learned sentence scorer)
4. ``server.annotate``   sentences -> Annotation (attribution and hedge spans, the sources ledger)
5. ``server.anchor``     spans -> Highlights with TextQuoteSelectors for the extension

The pipeline checks its deadline between stages, so a request past its time budget stops
at the next stage boundary instead of running on.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import replace

from server import __version__
from server.anchor import anchor
from server.annotate import annotate
from server.config import load_config
from server.errors import Timeout
from server.extract import extract
from server.segment import split_sentences
from server.summarize import check_length, get_summarizer
from server.types import Analysis, Annotation, Article, Paragraph, Summary


class Pipeline:
    """Holds the loaded models; ``analyze`` runs every stage on one page."""

    def __init__(self, config: dict | None = None):
        self.config = load_config(config)

    @property
    def summarizer(self):
        """Loaded on first use (``extract`` and ``annotate`` need no model), then cached."""
        return get_summarizer(self.config["EMBEDDING_MODEL"], self.config["SUMMARY_MODEL"])

    def extract(self, html: str, url: str | None = None) -> Article:
        """The article, cut at a paragraph boundary to MAX_TEXT_CHARS for the later stages."""
        return bound_article(extract(html, url), self.config["MAX_TEXT_CHARS"])

    def summarize(self, text: str, title: str | None = None, n: int | None = None) -> Summary:
        return self.summarizer.summarize(text, title=title, n=self._length(n))

    def _length(self, n: int | None) -> int:
        return check_length(self.config["SUMMARY_SENTENCES"] if n is None else n)

    def annotate(self, text: str) -> Annotation:
        return annotate(text)

    def analyze(
        self, html: str, url: str | None = None, n: int | None = None, deadline: float | None = None
    ) -> Analysis:
        """Run every stage; raises NoArticle (422), BadRequest (400) or Timeout (503)."""
        n = self._length(n)  # checked before extraction, so a bad length costs no work
        timings: dict[str, float] = {}
        clock = _StageClock(timings, deadline)
        with clock("extract"):
            article = self.extract(html, url)
        with clock("segment"):
            sentences = split_sentences(article.text)
        with clock("summarize"):
            summary = self.summarizer.summarize(
                article.text, title=article.title, n=n, sentences=sentences
            )
        with clock("annotate"):
            annotation = annotate(article.text, sentences)
        with clock("anchor"):
            highlights = anchor(article.text, annotation.spans)
        timings["total"] = round(sum(timings.values()), 1)
        return Analysis(
            article=article,
            summary=summary,
            highlights=highlights,
            sources=annotation.sources,
            stats=annotation.stats,
            timings_ms=timings,
            version=__version__,
        )


def bound_article(article: Article, max_chars: int) -> Article:
    """``article`` with at most ``max_chars`` of text, whole paragraphs kept where possible."""
    if len(article.text) <= max_chars:
        return article
    kept = [p for p in article.paragraphs if p.end <= max_chars]
    if not kept:  # a single paragraph longer than the bound: cut inside it
        first = article.paragraphs[0].kind if article.paragraphs else "paragraph"
        text = article.text[:max_chars].rstrip()
        kept = [Paragraph(0, len(text), first)]
    else:
        text = article.text[: kept[-1].end]
    return replace(article, text=text, paragraphs=kept, truncated=True)


class _StageClock:
    """Times each stage into ``timings`` (ms) and raises Timeout once the deadline has passed."""

    def __init__(self, timings: dict[str, float], deadline: float | None):
        self.timings = timings
        self.deadline = deadline

    @contextmanager
    def __call__(self, stage: str):
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise Timeout(f"The analysis took too long and stopped before the '{stage}' stage.")
        start = time.perf_counter()
        yield
        self.timings[stage] = round((time.perf_counter() - start) * 1000, 1)

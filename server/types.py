"""Plain-data results shared by every stage, the API, the CLI, the tests and the benchmarks.

Each stage returns one of these dataclasses; ``to_dict`` turns any of them into the JSON
shape the API documents in ``server/openapi.json``. Offsets are Python string indices
(Unicode code points) into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "paragraph" | "heading" | "quote" | "list_item"


@dataclass(frozen=True)
class Article:
    title: str | None
    byline: str | None
    published: str | None  # ISO 8601 when the page carries a date
    site_name: str | None
    lang: str | None
    url: str | None
    text: str  # paragraphs joined by a blank line
    paragraphs: list[Paragraph] = field(default_factory=list)
    truncated: bool = False  # True when the text was cut to the configured length bound


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Summary:
    text: str  # the chosen sentences joined by a space
    sentences: list[Sentence]
    method: str  # "extractive" | "abstractive"


@dataclass(frozen=True)
class Span:
    """One annotated stretch of article text; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str  # "cue" | "source" | "content" | "hedge"
    type: str  # source type for attribution parts, hedge type for hedges
    group: int | None  # shared by the cue, source and content of one attribution
    reason: str  # one line the reader sees on hover


@dataclass(frozen=True)
class SourceEntry:
    """One distinct source in the ledger: who, what kind, how often, and what they said."""

    name: str
    type: str
    attributions: int
    said: list[str]


@dataclass(frozen=True)
class Annotation:
    spans: list[Span]
    sources: list[SourceEntry]
    stats: dict[str, float]


@dataclass(frozen=True)
class Highlight:
    """A span plus what the extension needs to find it on the live page (TextQuoteSelector)."""

    id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    label: str
    type: str
    category: str  # "named" | "anonymous" | "vague" | "hedge": the colour in the overlay
    group: int | None
    reason: str


@dataclass(frozen=True)
class Analysis:
    article: Article
    summary: Summary | None
    highlights: list[Highlight]
    sources: list[SourceEntry]
    stats: dict[str, float]
    timings_ms: dict[str, float]
    version: str


def to_dict(obj: Any) -> Any:
    """JSON-ready dict of any result dataclass (nested dataclasses and lists included)."""
    return asdict(obj)

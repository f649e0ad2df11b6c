"""Article metadata (title, byline, date, site name, language) from the page's parsed tree.

trafilatura reads them: we call the steps of its ``extract_metadata`` that we need
(``examine_meta`` for OpenGraph and ``<meta>`` tags, ``extract_meta_json`` for JSON-LD
``NewsArticle``/``Person``, ``extract_title`` for the ``<title>`` minus the site suffix or the
lone ``h1``, ``extract_sitename``, and its byline XPaths on the article's subtree), and
htmldate's ``find_date`` for the date, with ``extensive_search=False`` so that it keeps to
its fast checks (markup, JSON-LD and URL, not a scan of every date-looking string). Both
accept the lxml tree we already parsed, so the page is parsed once; the whole step costs
about 1 ms a page (``extract_metadata`` itself also reads categories, tags and licence and
deep-copies the page to look for an author, about 4 ms more).

htmldate gives a day (``YYYY-MM-DD``). When the page also states the full timestamp in
machine-readable form (``article:published_time``, JSON-LD ``datePublished``, ``<time
datetime>``) on that same day, we keep that ISO 8601 timestamp instead. The language comes
from ``<html lang>`` (or ``og:locale`` / ``content-language``), which trafilatura does not read.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from server.textblocks import _SPACE

log = logging.getLogger(__name__)

_TIMESTAMP_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time' "
    "or @itemprop='datePublished' or @name='pubdate' or @name='publishdate' "
    "or @property='og:published_time' or @name='parsely-pub-date' or @name='date']/@content"
    " | //time[@datetime]/@datetime"
)
_LANG_XPATH = (
    "/html/@lang | /html/@xml:lang | //meta[@property='og:locale']/@content"
    " | //meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content"
)


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    site_name: str | None = None
    lang: str | None = None
    url: str | None = None


def read_metadata(tree: etree._Element, url: str | None = None,
                  article: etree._Element | None = None) -> Metadata:
    """Metadata of the page ``tree`` (an lxml HTML tree, not modified). Never raises.

    ``article`` is the main-content subtree when known: without an author in the page's
    metadata, the byline is looked for there, which is much cheaper than the whole page.
    """
    try:
        found = _trafilatura_fields(tree, url, article)
    except Exception:  # a library bug on odd markup must not lose the article itself
        log.debug("trafilatura metadata failed", exc_info=True)
        found = {}
    day = _clean(found.get("date"))
    return Metadata(
        title=_clean(found.get("title")),
        byline=_clean(found.get("author")),
        published=_timestamp(tree, day) or day,
        site_name=_clean(found.get("sitename")),
        lang=_language(tree),
        url=url or _clean(found.get("url")),
    )


def _trafilatura_fields(tree: etree._Element, url: str | None,
                        article: etree._Element | None) -> dict[str, str | None]:
    """The fields of trafilatura's ``extract_metadata`` that we use, and only those.

    The steps are trafilatura's own functions (pinned version); the body search for an
    author runs on the article subtree only, which is far cheaper than on the whole page.
    """
    # Imported here: trafilatura's import costs ~0.3 s, paid once, only by callers that extract.
    from htmldate import find_date
    from trafilatura.json_metadata import normalize_authors
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_metainfo
    from trafilatura.metadata import extract_sitename, extract_title, extract_url
    from trafilatura.xpaths import AUTHOR_XPATHS

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a login name ("admin"), not a person's name
    meta = extract_meta_json(tree, meta)
    title = meta.title or extract_title(tree)
    sitename = meta.sitename or extract_sitename(tree)
    date = find_date(tree, url=url or meta.url, original_date=True, extensive_search=False)
    author = meta.author
    if not author and article is not None:
        found = extract_metainfo(article, AUTHOR_XPATHS, len_limit=120)
        author = normalize_authors(None, found) if found else None
    if author and " " not in author.strip():
        author = None  # a login name ("admin") from a rel=author link, not a person's name
    if sitename:
        sitename = sitename.lstrip("@")
    page_url = meta.url or (None if url else extract_url(tree))
    return {"title": title, "author": author, "date": date, "sitename": sitename, "url": page_url}


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _timestamp(tree: etree._Element, day: str | None) -> str | None:
    """A full ISO 8601 timestamp stated in the markup for the day htmldate found."""
    candidates = [str(v) for v in _xpath(tree, _TIMESTAMP_XPATH)]
    candidates += _json_ld_dates(tree)
    for value in candidates:
        value = value.strip()
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if day is None or stamp.date().isoformat() == day:
            return stamp.isoformat() if "T" in value or " " in value else stamp.date().isoformat()
    return None


def _json_ld_dates(tree: etree._Element) -> list[str]:
    dates = []
    for script in _xpath(tree, "//script[@type='application/ld+json']/text()")[:10]:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack and len(dates) < 20:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    dates.append(item["datePublished"])
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return dates


def _language(tree: etree._Element) -> str | None:
    for value in _xpath(tree, _LANG_XPATH):
        value = str(value).strip().replace("_", "-")
        if 2 <= len(value) <= 20 and value.replace("-", "").isalnum():
            return value
    return None


def _xpath(tree: etree._Element, expr: str) -> list:
    try:
        return tree.xpath(expr, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    except (etree.XPathError, ValueError):
        return []

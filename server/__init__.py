"""Sourcelight analysis service: page HTML in, cleaned article, summary and highlights out.

The pipeline (see ``server.pipeline``) runs these stages, each a module with one job
and a plain-data result defined in ``server.types``:

extract (HTML -> Article) -> segment (Article.text -> sentences) -> summarize
-> annotate (sources, hedges) -> anchor (selectors the extension uses on the live page).
"""

__version__ = "0.1.0"

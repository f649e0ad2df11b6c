"""The Flask layer: parse the request, call the pipeline, serialise the result. Nothing more.

``create_app(config=None)`` builds the app (defaults, then environment, then ``config``).
Every answer is JSON, errors included: ``{"error": {"code", "message"}}`` with a 4xx status
a person can act on, or 503 with ``Retry-After`` when a request runs past its time budget.
"""

from __future__ import annotations

import json
import logging
import re
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from flask import Flask, Response, g, jsonify, request
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from server import __version__
from server.config import load_config
from server.errors import BadRequest, SourcelightError, Timeout, UnsupportedMediaType
from server.pipeline import Pipeline
from server.types import to_dict

log = logging.getLogger("sourcelight")
OPENAPI_PATH = Path(__file__).with_name("openapi.json")
_HTTP_CODES = {400: "bad_request", 403: "forbidden_origin", 404: "not_found",
               405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type"}


def create_app(config: dict | None = None, pipeline: Pipeline | None = None) -> Flask:
    """The Sourcelight API. ``pipeline`` lets a caller share already-loaded models."""
    app = Flask(__name__)
    app.config.update(load_config(config))
    app.json.sort_keys = False
    pipeline = pipeline or Pipeline(dict(app.config))
    app.extensions["sourcelight.pipeline"] = pipeline
    # Two workers match the two cores; a request waits in the queue within its time budget.
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="analyze")
    allowed = re.compile(app.config["ALLOWED_ORIGINS"])
    CORS(app, resources={r"/api/*": {"origins": [allowed]}}, methods=["GET", "POST", "OPTIONS"],
         allow_headers=["Content-Type"], max_age=600)

    @app.before_request
    def _check_origin():
        g.started = time.perf_counter()
        origin = request.headers.get("Origin")
        if origin is not None and not allowed.match(origin):
            return _error(403, "forbidden_origin",
                          f"Requests from {origin!r} are not allowed: only the Sourcelight "
                          "extension and local tools without an Origin may call this service.")
        return None

    @app.after_request
    def _log(response: Response):
        # Privacy: sizes, timings and status only; never the page, its URL or its text.
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info("%s %s -> %s in=%sB out=%sB %.0fms", request.method, request.path,
                 response.status_code, request.content_length or 0,
                 response.calculate_content_length() or 0, elapsed)
        return response

    @app.get("/api/health")
    def health():
        return jsonify(status="ok", version=__version__,
                       embedding_model=app.config["EMBEDDING_MODEL"] or "all-MiniLM-L6-v2 (embedded)",
                       summary_model=app.config["SUMMARY_MODEL"])

    @app.get("/api/openapi.json")
    def openapi():
        return Response(OPENAPI_PATH.read_text(encoding="utf-8"), mimetype="application/json")

    @app.post("/api/analyze")
    def analyze():
        html, url, n = _parse_analyze_request()
        budget = float(app.config["TIME_BUDGET_S"])
        future = executor.submit(pipeline.analyze, html, url, n, time.monotonic() + budget)
        try:
            result = future.result(timeout=budget)
        except FutureTimeout:
            future.cancel()
            raise Timeout(f"The analysis took longer than {budget:g} s; try again shortly, "
                          "or raise SOURCELIGHT_TIME_BUDGET_S.") from None
        return jsonify(to_dict(result))

    @app.errorhandler(SourcelightError)
    def _sourcelight_error(exc: SourcelightError):
        response = jsonify(exc.to_dict())
        response.status_code = exc.status
        if isinstance(exc, Timeout):
            response.headers["Retry-After"] = "5"
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        messages = {
            404: f"No such endpoint: {request.path}. See /api/openapi.json for the API.",
            405: f"{request.method} is not allowed on {request.path}. See /api/openapi.json.",
            413: "The page is larger than the limit of "
                 f"{app.config['MAX_CONTENT_LENGTH'] // 1_000_000} MB; "
                 "raise SOURCELIGHT_MAX_CONTENT_LENGTH to analyse it.",
        }
        message = messages.get(exc.code, exc.description or exc.name)
        return _error(exc.code or 400, _HTTP_CODES.get(exc.code, "http_error"), message)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        # A bug, not a bad page: log the type only (no page content) and answer in JSON.
        log.exception("unexpected %s", type(exc).__name__)
        return _error(500, "internal_error", "Sourcelight hit an internal error on this page.")

    return app


def _parse_analyze_request() -> tuple[str, str | None, int | None]:
    if not request.mimetype or request.mimetype != "application/json":
        raise UnsupportedMediaType(
            f"Send the page as JSON with 'Content-Type: application/json' "
            f"(got {request.mimetype or 'no content type'!r}).")
    raw = request.get_data(cache=False)
    if not raw.strip():
        raise BadRequest('The request body is empty; send {"html": "<html>...</html>"}.')
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"The request body is not valid JSON ({_short(exc)}).") from None
    if not isinstance(body, dict):
        raise BadRequest('The JSON body must be an object like {"html": "..."}.')
    html = body.get("html")
    if html is None:
        raise BadRequest("The JSON body has no 'html' field; send the page's HTML as a string.")
    if not isinstance(html, str):
        raise BadRequest(f"'html' must be a string, got {type(html).__name__}.")
    url = body.get("url")
    if url is not None and not isinstance(url, str):
        raise BadRequest(f"'url' must be a string when given, got {type(url).__name__}.")
    n = body.get("sentences")
    if n is not None and (isinstance(n, bool) or not isinstance(n, int)):
        raise BadRequest(f"'sentences' must be an integer from 1 to 7, got {n!r}.")
    return html, url, n


def _error(status: int, code: str, message: str) -> Response:
    response = jsonify({"error": {"code": code, "message": message}})
    response.status_code = status
    return response


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:120]

"""The HTTP API through Flask's test client: shapes, statuses and messages."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXTENSION_ORIGIN


def _post(client, body, **kwargs):
    return client.post("/api/analyze", data=json.dumps(body), content_type="application/json",
                       **kwargs)


def test_health(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"


def test_analyze_seed_page_returns_every_field(client, seed_html):
    response = _post(client, {"html": seed_html, "url": "https://example.org/a"})
    assert response.status_code == 200
    body = response.get_json()
    assert list(body) == ["article", "summary", "highlights", "sources", "stats",
                          "timings_ms", "version"]
    article = body["article"]
    assert article["title"].startswith("Trump White House Is Considering Using Drones")
    assert "Source link" not in article["text"]
    assert body["summary"]["sentences"], "the seed article gets a summary"
    for sentence in body["summary"]["sentences"]:
        assert article["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    assert body["highlights"], "the seed article has sources and hedges"
    for h in body["highlights"]:
        assert article["text"][h["start"]:h["end"]] == h["exact"]
        assert h["category"] in {"named", "anonymous", "vague", "hedge"}
        assert h["reason"]
    assert {s["type"] for s in body["sources"]} >= {"named_person", "anonymous"}
    assert set(body["timings_ms"]) >= {"extract", "summarize", "annotate", "total"}


def test_summary_length_is_configurable(client, seed_html):
    body = _post(client, {"html": seed_html, "sentences": 5}).get_json()
    assert len(body["summary"]["sentences"]) == 5


@pytest.mark.parametrize("data, content_type, status, code, words", [
    ("", "application/json", 400, "bad_request", "empty"),
    ("{not json", "application/json", 400, "bad_request", "not valid JSON"),
    ("[1, 2]", "application/json", 400, "bad_request", "object"),
    ('{"url": "https://x.org"}', "application/json", 400, "bad_request", "'html'"),
    ('{"html": 42}', "application/json", 400, "bad_request", "must be a string"),
    ('{"html": "<p>x</p>", "url": 5}', "application/json", 400, "bad_request", "'url'"),
    ('{"html": "<p>x</p>", "sentences": 9}', "application/json", 400, "bad_request", "between 1 and 7"),
    ('{"html": "<p>x</p>", "sentences": "3"}', "application/json", 400, "bad_request", "integer"),
    ('{"html": "<p>hi</p>"}', "text/plain", 415, "unsupported_media_type", "application/json"),
    ('{"html": "<p>hi</p>"}', None, 415, "unsupported_media_type", "Content-Type"),
    (b'{"html": "\xff\xfe"}', "application/json", 400, "bad_request", "not valid JSON"),
])
def test_bad_requests_get_json_errors(client, data, content_type, status, code, words):
    response = client.post("/api/analyze", data=data, content_type=content_type)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["code"] == code
    assert words in error["message"]


def test_page_without_article_is_422(client):
    response = _post(client, {"html": "<html><body><nav><a href='/'>Home</a></nav></body></html>"})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "no_article"
    assert "article" in error["message"].lower()


def test_body_over_limit_is_413(app):
    from server.app import create_app

    small = create_app({"MAX_CONTENT_LENGTH": 1000}, pipeline=None).test_client()
    response = _post(small, {"html": "<p>" + "word " * 500 + "</p>"})
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"
    assert "SOURCELIGHT_MAX_CONTENT_LENGTH" in response.get_json()["error"]["message"]


def test_unknown_path_and_wrong_method_are_json(client):
    missing = client.get("/api/nothing")
    assert missing.status_code == 404
    assert missing.get_json()["error"]["code"] == "not_found"
    wrong = client.get("/api/analyze")
    assert wrong.status_code == 405
    assert wrong.get_json()["error"]["code"] == "method_not_allowed"


@pytest.mark.parametrize("origin, status", [
    (None, 200),
    (EXTENSION_ORIGIN, 200),
    ("moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", 200),
    ("http://127.0.0.1:9000", 403),
    ("https://evil.example", 403),
    ("null", 403),
    ("chrome-extension://not-an-id", 403),
])
def test_origin_policy(client, origin, status):
    headers = {"Origin": origin} if origin else {}
    response = client.get("/api/health", headers=headers)
    assert response.status_code == status
    if status == 403:
        assert response.get_json()["error"]["code"] == "forbidden_origin"


def test_cors_headers_only_for_extension_origins(client):
    ok = client.options("/api/analyze", headers={
        "Origin": EXTENSION_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert ok.headers.get("Access-Control-Allow-Origin") == EXTENSION_ORIGIN
    page = client.options("/api/analyze", headers={
        "Origin": "https://news.example", "Access-Control-Request-Method": "POST"})
    assert page.status_code == 403
    assert "Access-Control-Allow-Origin" not in page.headers


def test_openapi_documents_every_route(app, client):
    spec = client.get("/api/openapi.json").get_json()
    documented = set(spec["paths"])
    routed = {rule.rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert documented == routed


def test_openapi_analysis_schema_matches_response(client, seed_html):
    spec = client.get("/api/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    body = _post(client, {"html": seed_html}).get_json()
    assert set(body) == set(schemas["Analysis"]["required"])
    assert set(body["article"]) == set(schemas["Article"]["required"])
    assert set(body["highlights"][0]) == set(schemas["Highlight"]["required"])
    assert set(body["sources"][0]) == set(schemas["Source"]["required"])
    assert set(body["summary"]) == set(schemas["Summary"]["required"])


def test_time_budget_answers_503_with_retry_after(seed_html):
    from server.app import create_app

    slow = create_app({"TIME_BUDGET_S": 0.0}).test_client()
    response = _post(slow, {"html": seed_html})
    assert response.status_code == 503
    assert response.headers["Retry-After"]
    assert response.get_json()["error"]["code"] == "timeout"


def test_logs_carry_no_page_content(client, seed_html, caplog):
    caplog.set_level("DEBUG")
    assert _post(client, {"html": seed_html, "url": "https://secret.example/page"}).status_code == 200
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST /api/analyze -> 200" in logged
    assert "Sarukh" not in logged and "secret.example" not in logged

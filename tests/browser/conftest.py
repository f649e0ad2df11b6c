"""Fixtures for the end-to-end tests: the real app, a static page server, and Chromium with the
unpacked extension (helpers in extension_driver.py).

Without Chromium or Playwright the tests skip, except under CI=true, where a missing browser is
a failure.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from extension_driver import CHROMIUM, ROOT, SEED, analyze_directly, click, launch, open_page, serve_directory, start_backend, wait_for_state


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the extension in headless Chromium")


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)


def _require_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        reason = "Playwright for Python is not installed (pip install playwright; no browser download needed)"
    else:
        if Path(CHROMIUM).exists():
            return
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set SOURCELIGHT_CHROMIUM)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def backend():
    _require_browser()
    server, url = start_backend()
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def site():
    """Static server for tests/ (fixture pages on their own port, so their own origin)."""
    server, url = serve_directory(ROOT / "tests")
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser(backend, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx, sw = launch(p, tmp_path_factory.mktemp("profile"), backend)
        worker_errors: list = []
        sw.on("console", lambda m: worker_errors.append(m) if m.type == "error" else None)
        ctx.sl_worker_errors = worker_errors  # type: ignore[attr-defined]
        yield ctx, sw
        ctx.close()


@pytest.fixture
def page(browser, site, backend):
    """A fresh tab with a unique token for its URL; console errors go to `page.sl_errors`."""
    ctx, sw = browser
    sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", backend)
    tab = ctx.new_page()
    tab.sl_errors = []  # type: ignore[attr-defined]
    # (message, url of the script or resource it came from)
    tab.on("console", lambda m: tab.sl_errors.append((m.text, m.location.get("url", "")))
           if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.sl_errors.append((str(e), "")))
    tab.sl_site = site  # type: ignore[attr-defined]
    tab.sl_token = uuid.uuid4().hex  # type: ignore[attr-defined]
    yield tab
    tab.close()


@pytest.fixture
def seed(page, browser, backend):
    """The seed article, annotated by a click; yields (page, server answer, hook state)."""
    open_page(page, SEED)
    data = analyze_directly(backend, page)
    click(browser, page)
    state = wait_for_state(page)
    assert state["status"] == "ready", state
    yield page, data, state

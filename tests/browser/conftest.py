"""Fixtures for the end-to-end tests: the real app, a static page server, and Chromium with the
unpacked extension (see docs in tests/browser/README.md).

Chromium is Debian's /usr/bin/chromium (or $SOURCELIGHT_CHROMIUM), driven headless by
Playwright; `playwright install` is never needed. Without a browser the tests skip, except under
CI=true, where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
FIXTURES = ROOT / "tests" / "fixtures"
CHROMIUM = os.environ.get("SOURCELIGHT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-extension-debugging",
    f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
]


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


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_directory(directory: Path):
    """Start a static file server for `directory` on a free port; returns (server, base_url)."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def start_backend(config: dict | None = None):
    """Run the real app (server.app.create_app) in a thread; returns (server, base_url)."""
    from werkzeug.serving import make_server

    from server.app import create_app

    app = create_app(config)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def launch(playwright, profile_dir: Path, backend_url: str):
    """Chromium with the unpacked extension; returns (context, service_worker)."""
    ctx = playwright.chromium.launch_persistent_context(
        str(profile_dir), executable_path=CHROMIUM, headless=True, args=FLAGS)
    sw = ctx.service_workers[0] if ctx.service_workers else ctx.wait_for_event("serviceworker")
    sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", backend_url)
    return ctx, sw


def trigger_action(ctx, sw, page):
    """Click the toolbar button for `page` (CDP Extensions.triggerAction on its tab target)."""
    ext_id = sw.url.split("/")[2]
    cdp = ctx.browser.new_browser_cdp_session()
    try:
        infos = cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        target = next(t["targetId"] for t in infos if t["url"] == page.url)
        cdp.send("Extensions.triggerAction", {"id": ext_id, "targetId": target})
    finally:
        cdp.detach()


def wait_for_state(page, status=("ready", "error"), timeout=30000) -> dict:
    """The panel's test hook (data-sl-state) once it reaches one of `status`."""
    page.wait_for_function(
        """statuses => {
            const host = document.getElementById('sourcelight-panel');
            const raw = host && host.getAttribute('data-sl-state');
            return raw && statuses.includes(JSON.parse(raw).status);
        }""",
        arg=list(status), timeout=timeout)
    return json.loads(page.locator("#sourcelight-panel").get_attribute("data-sl-state"))


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
        errors: list[str] = []
        sw_console = []
        sw.on("console", lambda m: sw_console.append(m) if m.type == "error" else None)
        ctx.sl_worker_errors = sw_console  # type: ignore[attr-defined]
        ctx.sl_errors = errors  # type: ignore[attr-defined]
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


def open_page(page, name: str):
    """Navigate the test tab to `name` (a path under tests/) at a unique URL."""
    page.goto(f"{page.sl_site}/{name}?t={page.sl_token}")
    return page

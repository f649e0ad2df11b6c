"""Driving the extension in headless Chromium: launch, click the toolbar button, read the hook.

Shared by the fixtures in conftest.py and the tests. Chromium is Debian's /usr/bin/chromium (or
$SOURCELIGHT_CHROMIUM); Playwright drives it and never downloads a browser.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
SEED = "fixtures/seed/page.html"  # the seed article page, served from tests/
CHROMIUM = os.environ.get("SOURCELIGHT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CONTENT_FILES = ["content/anchor.js", "content/highlight.js", "content/panel.js", "content/navigate.js",
                 "content/main.js"]

FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-extension-debugging",
    f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
]


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


def open_page(page, name: str):
    """Navigate the test tab to `name` (a path under tests/) at a unique URL."""
    page.goto(f"{page.sl_site}/{name}?t={page.sl_token}")
    return page


def count_listeners(browser, page, events: tuple[str, ...]) -> int:
    """Listeners of ``events`` on the document in every JS world of the page, the extension's
    isolated world included (CDP DOMDebugger, one evaluation per context)."""
    ctx, _ = browser
    cdp = ctx.new_cdp_session(page)
    contexts = []
    cdp.on("Runtime.executionContextCreated", lambda e: contexts.append(e["context"]["id"]))
    try:
        cdp.send("Runtime.enable")
        page.evaluate("1")  # let the context events arrive
        total = 0
        for context_id in contexts:
            doc = cdp.send("Runtime.evaluate", {"expression": "document", "contextId": context_id})
            found = cdp.send("DOMDebugger.getEventListeners", {"objectId": doc["result"]["objectId"]})
            total += sum(1 for item in found["listeners"] if item["type"] in events)
        return total
    finally:
        cdp.detach()


def analyze_directly(backend: str, page) -> dict:
    """What the server answers for the page's current HTML (no Origin: a local tool)."""
    html = page.evaluate("document.documentElement.outerHTML")
    request = urllib.request.Request(
        f"{backend}/api/analyze", data=json.dumps({"html": html, "url": page.url}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


def click(browser, page):
    ctx, sw = browser
    trigger_action(ctx, sw, page)

"""Anchoring benchmark: the extension on real pages, in headless Chromium, against the real app.

    .venv/bin/python bench/anchoring.py ../shared/corpus/extraction [--limit N] [--screenshot PATH]

Each ``<id>.html`` of CORPUS_DIR is served from a local static server (requests to any other
host are aborted and the pages' own scripts blocked, unless ``--scripts``: the run is offline
and repeatable), opened in Chromium with the unpacked
extension, and the toolbar button is clicked (CDP ``Extensions.triggerAction``). The app
(``server.app.create_app``) runs in a thread. For every page the benchmark compares the
highlights the server returned with the marks the extension drew:

- placed: the highlight has marks on the page;
- not found: the extension reported it missing (never placed on a look-alike);
- misplaced: its marks, joined in document order, do not read as its quote (compared with
  whitespace and invisible characters removed: block boundaries need not be text nodes).

As a check on the choice between repeated quotes, the benchmark also counts placed highlights
that break the article's order on the page (outside the longest order-keeping run).

Click-to-highlights is the wall time from the click to the panel's ``data-sl-state`` turning
"ready" (server time included). The annotated seed page, with one tooltip showing, is saved as
a screenshot (``docs/screenshot.png`` by default) for the README. Last line:

    placed P of M (x %), not found N, misplaced K, median click-to-highlights T ms
"""

from __future__ import annotations

import argparse
import bisect
import functools
import http.server
import json
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXTENSION = ROOT / "extension"
SEED = ROOT / "tests" / "fixtures" / "seed" / "page.html"
CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-extension-debugging",
    f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}",
]
INVISIBLE = re.compile(r"[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]+")
MARK_TEXTS = """() => {
    const out = {};
    for (const m of document.querySelectorAll('sourcelight-mark')) {
        out[m.dataset.slId] = (out[m.dataset.slId] ?? '') + m.textContent;
    }
    return out;
}"""
# Document order of each highlight's first mark.
MARK_ORDER = """() => {
    const order = [];
    for (const m of document.querySelectorAll('sourcelight-mark')) {
        if (!order.includes(m.dataset.slId)) order.push(m.dataset.slId);
    }
    return order.map(Number);
}"""
STATE = """() => {
    const raw = document.getElementById('sourcelight-panel')?.getAttribute('data-sl-state');
    const state = raw && JSON.parse(raw);
    return state && state.status !== 'loading' ? state : null;
}"""


class _PageHandler(http.server.SimpleHTTPRequestHandler):
    """Static pages as utf-8 (the corpus' encoding); optionally with their scripts blocked."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".html": "text/html; charset=utf-8"}
    block_scripts = True

    def end_headers(self):
        if self.block_scripts:
            # Offline, publishers' scripts only fail or redirect (one sends http to https);
            # the extension's content scripts are not subject to the page's CSP.
            self.send_header("Content-Security-Policy", "script-src 'none'")
        super().end_headers()

    def log_message(self, *args):
        pass


def serve(directory: Path, block_scripts: bool = True) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(type("Handler", (_PageHandler,), {"block_scripts": block_scripts}),
                                directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def start_app():
    from werkzeug.serving import make_server

    from server.app import create_app

    server = make_server("127.0.0.1", 0, create_app(), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def analyze(backend: str, html: str, url: str) -> tuple[int, dict]:
    """The server's answer for `html` (status, body), asked directly (no Origin)."""
    request = urllib.request.Request(
        f"{backend}/api/analyze", data=json.dumps({"html": html, "url": url}).encode(),
        headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def bare(text: str) -> str:
    return INVISIBLE.sub("", text)


def out_of_order(highlights: list[dict], page_order: list[int]) -> int:
    """Placed highlights outside the longest run that keeps the article's order on the page.

    A quote put on the wrong one of several identical passages usually breaks the order;
    pages that lay the article out of source order (rare) count here too.
    """
    rank = {hid: i for i, hid in enumerate(page_order)}
    ordered = sorted((h for h in highlights if h["id"] in rank), key=lambda h: (h["start"], -h["end"]))
    sequence = [rank[h["id"]] for h in ordered]
    tails: list[int] = []  # patience sorting: length of the longest increasing subsequence
    for value in sequence:
        i = bisect.bisect_left(tails, value)
        tails[i:i + 1] = [value]
    return len(sequence) - len(tails)


class Runner:
    """One browser with the extension, a static server per directory, and the app."""

    def __init__(self, playwright, backend: str):
        self.backend = backend
        self.ctx = playwright.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="sl-bench-"), executable_path=CHROMIUM, headless=True,
            args=FLAGS, viewport={"width": 1280, "height": 800})
        self.sw = self.ctx.service_workers[0] if self.ctx.service_workers else self.ctx.wait_for_event("serviceworker")
        self.sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", backend)
        self.ext_id = self.sw.url.split("/")[2]
        self.cdp = self.ctx.browser.new_browser_cdp_session()

    def open(self, url: str):
        page = self.ctx.new_page()
        # Offline and repeatable: only the local page server answers.
        page.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]).*"), lambda route: route.abort())
        page.goto(f"{url}?t={uuid.uuid4().hex}", wait_until="load", timeout=60000)
        return page

    def click(self, page) -> tuple[dict, float]:
        """Click the toolbar button; (hook state, ms from click to highlights)."""
        infos = self.cdp.send("Target.getTargets", {"filter": [{"type": "tab"}]})["targetInfos"]
        target = next(t["targetId"] for t in infos if t["url"] == page.url)
        started = time.perf_counter()
        self.cdp.send("Extensions.triggerAction", {"id": self.ext_id, "targetId": target})
        handle = page.wait_for_function(STATE, timeout=120000, polling=10)
        elapsed = (time.perf_counter() - started) * 1000
        return handle.json_value(), elapsed

    def close(self):
        self.ctx.close()


def measure_page(runner: Runner, page) -> dict:
    html = page.evaluate("document.documentElement.outerHTML")
    status, body = analyze(runner.backend, html, page.url)
    state, ms = runner.click(page)
    if status != 200 or state.get("status") != "ready":
        return {"status": status, "error": (body.get("error") or {}).get("code") or state.get("error")}
    exact = {h["id"]: bare(h["exact"]) for h in body["highlights"]}
    drawn = page.evaluate(MARK_TEXTS)
    misplaced = [int(i) for i, text in drawn.items() if bare(text) != exact.get(int(i))]
    disorder = out_of_order(body["highlights"], page.evaluate(MARK_ORDER))
    return {
        "status": status,
        "total": len(exact),
        "placed": len(drawn),
        "not_found": len(state["notFound"]),
        "misplaced": misplaced,
        "out_of_order": disorder,
        "missing": [body["highlights"][i]["exact"][:80] for i in state["notFound"]],
        "ms": ms,
        "server_ms": state.get("serverMs"),
        "state_total": state["total"],
    }


def screenshot(runner: Runner, path: Path):
    """The annotated seed page with one highlight's tooltip showing."""
    server, base = serve(SEED.parent)
    try:
        page = runner.open(f"{base}/{SEED.name}")
        state, _ = runner.click(page)
        if state.get("status") == "ready":
            mark = page.locator('sourcelight-mark[data-sl-cat="anonymous"]:not([data-sl-label="content"])')
            if not mark.count():
                mark = page.locator('sourcelight-mark:not([data-sl-label="content"])')
            mark.first.scroll_into_view_if_needed()
            page.mouse.wheel(0, -120)
            mark.first.hover()
            page.locator("#sourcelight-panel .tip").wait_for(state="visible")
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))
        page.close()
        print(f"screenshot: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="directory of <id>.html pages")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--screenshot", type=Path, default=ROOT / "docs" / "screenshot.png",
                        help="where to save the annotated seed page ('' to skip)")
    parser.add_argument("--scripts", action="store_true",
                        help="let the pages' own scripts run (blocked by default: offline they only fail)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list quotes not found")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    pages = sorted(args.corpus.glob("*.html"))[: args.limit or None]
    app_server, backend = start_app()
    page_server, base = serve(args.corpus, block_scripts=not args.scripts)
    totals = {"total": 0, "placed": 0, "not_found": 0, "misplaced": 0, "out_of_order": 0}
    timings, server_timings, no_article = [], [], []
    try:
        with sync_playwright() as p:
            runner = Runner(p, backend)
            analyze(backend, SEED.read_text(encoding="utf-8"), "http://warm.up/")  # load models once
            for path in pages:
                page = runner.open(f"{base}/{path.name}")
                try:
                    if not page.url.startswith(base):
                        result = {"status": "-", "error": f"the page left for {page.url[:40]}"}
                    else:
                        result = measure_page(runner, page)
                finally:
                    page.close()
                if "error" in result:
                    no_article.append(path.stem)
                    print(f"{path.stem[:12]}  {result['status']} {result['error']}")
                    continue
                for key in ("total", "placed", "not_found", "out_of_order"):
                    totals[key] += result[key]
                totals["misplaced"] += len(result["misplaced"])
                timings.append(result["ms"])
                if result["server_ms"] is not None:
                    server_timings.append((result["ms"], result["server_ms"]))
                print(f"{path.stem[:12]}  placed {result['placed']:3d}/{result['total']:3d}  "
                      f"not found {result['not_found']:2d}  misplaced {len(result['misplaced'])}  "
                      f"out of order {result['out_of_order']}  "
                      f"{result['ms']:6.0f} ms")
                if args.verbose:
                    for quote in result["missing"]:
                        print(f"    not found: {quote!r}")
            if str(args.screenshot) not in ("", "."):
                screenshot(runner, args.screenshot.resolve())
            runner.close()
    finally:
        page_server.shutdown()
        app_server.shutdown()
    share = 100 * totals["placed"] / totals["total"] if totals["total"] else 0.0
    median = statistics.median(timings) if timings else float("nan")
    print(f"pages {len(pages)}, annotated {len(timings)}, no article or error {len(no_article)}")
    print(f"placed out of the article's order (likely a wrong repeat): {totals['out_of_order']}")
    if server_timings:
        overhead = [ms - server for ms, server in server_timings]
        server = statistics.median(server for _, server in server_timings)
        print(f"median server time (pipeline timings_ms.total) {server:.0f} ms, "
              f"median extension time (click-to-highlights minus server) {statistics.median(overhead):.0f} ms")
    print(f"placed {totals['placed']} of {totals['total']} ({share:.1f} %), not found {totals['not_found']}, "
          f"misplaced {totals['misplaced']}, median click-to-highlights {median:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

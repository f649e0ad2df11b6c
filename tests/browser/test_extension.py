"""The extension in headless Chromium against the real app: click, read the annotated page, copy."""

from __future__ import annotations

import re
import socket

from extension_driver import CONTENT_FILES, SEED, click, count_listeners, open_page, wait_for_state
from playwright.sync_api import expect

from server.anchor import anchor
from server.types import Span, to_dict

PANEL = "#sourcelight-panel"
NETWORK_NOISE = re.compile(r"Failed to load resource|net::ERR_CONNECTION_REFUSED")


def mark_texts(page) -> dict[int, str]:
    """Text of each placed highlight: its marks joined in document order, whitespace removed
    (block boundaries need not be text nodes, so spaces are not comparable)."""
    return {int(k): v for k, v in page.evaluate("""() => {
        const out = {};
        for (const m of document.querySelectorAll('sourcelight-mark')) {
            out[m.dataset.slId] = (out[m.dataset.slId] ?? '') + m.textContent;
        }
        for (const k in out) out[k] = out[k].replace(/[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]/g, '').replace(/\\s+/g, '');
        return out;
    }""").items()}


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub("[\u00ad\u200b-\u200d\u2060\ufeff]", "", text)).strip()


def bare(text: str) -> str:
    return norm(text).replace(" ", "")


def no_errors(page, browser, allow: re.Pattern | None = None):
    """No console errors in the page or the worker (a fixture page's own missing images aside)."""
    ctx, _ = browser
    page_errors = [e for e, url in page.sl_errors
                   if not (allow and allow.search(e)) and not (url.startswith(page.sl_site) and "404" in e)]
    worker_errors = [m.text for m in ctx.sl_worker_errors if not (allow and allow.search(m.text))]
    ctx.sl_worker_errors.clear()
    assert page_errors == [] and worker_errors == []


def test_seed_page_is_annotated_in_every_category(seed, browser):
    page, data, state = seed
    assert state["total"] == len(data["highlights"])
    assert state["placed"] >= 0.9 * state["total"]
    cats = set(page.eval_on_selector_all("sourcelight-mark", "ms => ms.map(m => m.dataset.slCat)"))
    assert {"named", "anonymous", "vague", "hedge"} <= cats
    # Every placed highlight reads exactly its quote (nothing placed on a look-alike).
    exact = {h["id"]: bare(h["exact"]) for h in data["highlights"]}
    placed = mark_texts(page)
    assert len(placed) == state["placed"]
    assert {i: t for i, t in placed.items() if t != exact[i]} == {}
    expect(page.locator(f"{PANEL} .placement")).to_have_text(
        f"placed {state['placed']} of {state['total']} highlights")
    no_errors(page, browser)


def test_hover_shows_the_reason(seed, browser):
    page, data, _ = seed
    reasons = {h["id"]: h["reason"] for h in data["highlights"]}
    hedge = page.locator('sourcelight-mark[data-sl-cat="hedge"]').first
    hedge.scroll_into_view_if_needed()
    hedge.hover()
    tip = page.locator(f"{PANEL} .tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text(reasons[int(hedge.get_attribute("data-sl-id"))])
    expect(tip).to_contain_text("Hedge")
    page.mouse.move(5, 5)
    expect(tip).to_be_hidden()
    no_errors(page, browser)


def test_toggle_hides_and_shows_a_category(seed, browser):
    page, _, _ = seed
    mark = page.locator('sourcelight-mark[data-sl-cat="hedge"]:not([data-sl-label="content"])').first
    background = lambda: mark.evaluate("m => getComputedStyle(m).backgroundColor")  # noqa: E731
    shown = background()
    assert shown not in ("rgba(0, 0, 0, 0)", "transparent")
    toggle = page.locator(f'{PANEL} button.toggle[data-cat="hedge"]')
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert background() == "rgba(0, 0, 0, 0)"
    named = page.locator('sourcelight-mark[data-sl-cat="named"]:not([data-sl-label="content"])').first
    assert named.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert background() == shown
    no_errors(page, browser)


def test_copy_summary_and_markdown(seed, browser):
    page, data, _ = seed
    ctx, _ = browser
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=page.sl_site)
    shown = page.locator(f"{PANEL} .summary").inner_text()
    assert norm(shown) == norm(data["summary"]["text"])
    page.evaluate("navigator.clipboard.writeText('sentinel')")
    page.get_by_role("button", name="Copy summary").click()
    expect(page.locator(f"{PANEL} .status")).to_have_text("Copied")
    assert norm(page.evaluate("navigator.clipboard.readText()")) == norm(shown)

    page.get_by_role("button", name="Copy as Markdown").click()
    expect(page.locator(f"{PANEL} .status")).to_have_text("Copied as Markdown")
    markdown = page.evaluate("navigator.clipboard.readText()")
    base = page.url.split("#")[0]
    assert markdown.startswith("## [") and f"]({base})" in markdown.splitlines()[0]
    links = re.findall(r"^- \[.*\]\((\S+)\)$", markdown, flags=re.M)
    assert len(links) == len(data["summary"]["sentences"])
    for link in links:
        assert link.startswith(f"{base}#:~:text=")
        directive = link.split("#:~:text=", 1)[1]
        assert "-" not in directive and "&" not in directive and " " not in directive
        assert directive.count(",") <= 1  # only the start,end separator stays a bare comma
    no_errors(page, browser)


def test_summary_sentence_leads_to_its_place_on_the_page(seed, browser):
    page, data, _ = seed
    last = data["summary"]["sentences"][-1]
    page.locator(f"{PANEL} .sentence").last.click()
    page.wait_for_function("() => getSelection().toString().length > 0")
    assert bare(page.evaluate("getSelection().toString()")) == bare(last["text"])
    no_errors(page, browser)


def test_ledger_lists_sources_and_leads_to_a_mention(seed, browser):
    page, data, _ = seed
    names = page.locator(f"{PANEL} .sources .who")
    expect(names).to_have_count(len(data["sources"]))
    top = max(data["sources"], key=lambda s: s["attributions"])
    expect(names.first).to_have_text(top["name"])
    names.first.click()
    active = page.locator('sourcelight-mark[data-sl-active][data-sl-label="source"]')
    expect(active.first).to_be_attached()
    assert top["name"].lower() in norm(" ".join(active.all_text_contents())).lower()
    no_errors(page, browser)


LAYOUT = """() => [...document.body.querySelectorAll('p, h1, h2, li, a, blockquote')]
    .map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); })"""


def test_highlights_leave_the_page_layout_alone(page, browser):
    open_page(page, SEED)
    before = page.evaluate(LAYOUT)
    click(browser, page)
    assert wait_for_state(page)["placed"] > 0
    assert page.evaluate(LAYOUT) == before
    no_errors(page, browser)


def test_second_click_removes_every_trace(page, browser):
    open_page(page, SEED)
    before = page.evaluate("document.documentElement.outerHTML")
    listeners = lambda: count_listeners(browser, page, ("mouseover", "mouseout"))  # noqa: E731
    baseline = listeners()
    click(browser, page)
    assert wait_for_state(page)["status"] == "ready"
    assert page.locator("sourcelight-mark").count() > 0
    assert listeners() > baseline
    click(browser, page)
    expect(page.locator(PANEL)).to_have_count(0)
    assert page.locator("sourcelight-mark").count() == 0
    assert page.locator("#sourcelight-style").count() == 0
    assert listeners() == baseline
    assert page.evaluate("document.documentElement.outerHTML") == before
    no_errors(page, browser)


def test_server_down_says_how_to_start_it(page, browser, backend):
    ctx, sw = browser
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", closed)
    open_page(page, SEED)
    click(browser, page)
    state = wait_for_state(page)
    assert state == {"status": "error", "error": "server_down"}
    alert = page.locator(f"{PANEL} [role=alert]")
    expect(alert).to_contain_text("server isn't running")
    expect(alert).to_contain_text("make run")
    expect(alert).to_contain_text(closed)
    assert page.locator("sourcelight-mark").count() == 0
    assert badge(sw, page) == "!"
    # Once the server is up, "Try again" analyses the page without another toolbar click.
    sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", backend)
    page.get_by_role("button", name="Try again").click()
    assert wait_for_state(page, status=("ready",))["placed"] > 0
    assert badge(sw, page) == str(page.locator("sourcelight-mark[data-sl-id]").evaluate_all(
        "ms => new Set(ms.map(m => m.dataset.slId)).size"))
    no_errors(page, browser, allow=NETWORK_NOISE)


def test_a_click_while_loading_cancels_the_analysis(page, browser):
    _, sw = browser
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        sw.evaluate("u => chrome.storage.local.set({backendUrl: u})", f"http://127.0.0.1:{silent.getsockname()[1]}")
        open_page(page, SEED)
        click(browser, page)
        assert wait_for_state(page, status=("loading",)) == {"status": "loading"}
        expect(page.locator(f"{PANEL} .loading")).to_be_visible()
        click(browser, page)
        expect(page.locator(PANEL)).to_have_count(0)
    # The socket is closed now: an analysis that had not been cancelled would fail and show
    # "server isn't running"; a cancelled one shows nothing.
    page.wait_for_timeout(1000)
    expect(page.locator(PANEL)).to_have_count(0)
    assert badge(sw, page) == ""
    no_errors(page, browser, allow=NETWORK_NOISE)


def test_page_without_article_says_so(page, browser):
    _, sw = browser
    open_page(page, "browser/pages/no-article.html")
    click(browser, page)
    state = wait_for_state(page)
    assert state == {"status": "error", "error": "no_article"}
    expect(page.locator(f"{PANEL} [role=alert]")).to_contain_text("No article on this page")
    assert badge(sw, page) == "!"
    no_errors(page, browser, allow=re.compile(r"status of 422"))


def test_page_in_another_language_has_a_summary_and_says_why_nothing_is_marked(page, browser):
    open_page(page, "browser/pages/portuguese.html")
    click(browser, page)
    assert wait_for_state(page)["status"] == "ready"
    expect(page.locator(f"{PANEL} .summary")).to_contain_text("piloto")
    expect(page.locator(f"{PANEL} .language")).to_contain_text("English articles only")
    assert page.locator("sourcelight-mark").count() == 0
    no_errors(page, browser)


def badge(sw, page) -> str:
    return sw.evaluate("""async url => {
        const tab = (await chrome.tabs.query({})).find(t => t.url === url);
        return chrome.action.getBadgeText({tabId: tab.id});
    }""", page.url)


# --- anchoring on a hand-written page, with highlights made by server.anchor -------------------

TRICKY_TEXT = "\n\n".join([
    "Harbour bridge repairs may run into next year",
    "The harbour bridge will stay closed until spring, the city engineer, Dana Okafor, said on Monday.",
    "Officials who spoke on condition of anonymity said the repairs could take longer. "
    "“It may be much worse,” one of them said.",
    "Some residents say the detour adds an hour.\nOthers say it is fine.",
    "Critics say the cost is roughly twice the estimate, according to a council report.",
    "The engineer said the work may finish in May.",
    "This sentence exists only in the extracted text.",
])


def span(sub, label, type_, group=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TRICKY_TEXT.index(sub, start + 1)
    return Span(start, start + len(sub), sub, label, type_, group, f"{label} ({type_}) #{nth}")


TRICKY_SPANS = [
    span("The harbour bridge will stay closed until spring", "content", "named_person", 0),
    span("the city engineer, Dana Okafor", "source", "named_person", 0),
    span("said", "cue", "named_person", 0),
    span("Officials who spoke on condition of anonymity", "source", "anonymous", 1),
    span("said", "cue", "anonymous", 1, nth=1),
    span("could", "hedge", "modal"),
    span("It may be much worse", "content", "anonymous", 2),
    span("may", "hedge", "modal", nth=1),
    span("one of them", "source", "anonymous", 2),
    span("said", "cue", "anonymous", 2, nth=2),
    span("Some residents say the detour adds an hour.\nOthers say it is fine.", "content", "vague", 3),
    span("roughly", "hedge", "approximator"),
    span("according to a council report", "cue", "document", 4),
    span("may", "hedge", "modal", nth=2),
    span("finish in May.", "content", "named_person", 6),
    span("This sentence exists only in the extracted text.", "content", "vague", 5),
]


def show_in_tab(sw, page, data):
    """Hand an analysis to the content scripts directly (the worker's own code path after fetch)."""
    return sw.evaluate("""async ([url, data, files]) => {
        const tab = (await chrome.tabs.query({})).find(t => t.url === url);
        await chrome.scripting.executeScript({target: {tabId: tab.id}, files});
        const [r] = await chrome.scripting.executeScript({target: {tabId: tab.id},
            func: o => globalThis.sourcelight.show(o), args: [{ok: true, data}]});
        return r.result;
    }""", [page.url, data, CONTENT_FILES])


def test_quotes_are_anchored_exactly_or_reported_missing(page, browser):
    _, sw = browser
    open_page(page, "browser/pages/tricky.html")
    before = page.evaluate("document.body.innerHTML")
    highlights = [to_dict(h) for h in anchor(TRICKY_TEXT, TRICKY_SPANS)]
    data = {"article": {"title": "Harbour bridge", "url": page.url, "text": TRICKY_TEXT},
            "summary": None, "highlights": highlights, "sources": []}
    state = show_in_tab(sw, page, data)
    by_text = {(h["exact"], h["reason"]): h["id"] for h in highlights}
    missing = by_text[("This sentence exists only in the extracted text.", "content (vague) #0")]
    assert state["notFound"] == [missing]
    assert state["placed"] == len(highlights) - 1

    placed = mark_texts(page)
    assert placed == {h["id"]: bare(h["exact"]) for h in highlights if h["id"] != missing}

    def where(sub, nth=0):
        hid = next(h["id"] for h in highlights if h["exact"] == sub and h["reason"].endswith(f"#{nth}"))
        return page.eval_on_selector_all(
            f'sourcelight-mark[data-sl-id="{hid}"]', "ms => [...new Set(ms.map(m => m.closest('[id]')?.id))]")

    assert where("said") == ["p1"] and where("said", 1) == ["p2"] and where("said", 2) == ["p2"]
    assert where("may", 1) == ["p2"] and where("may", 2) == ["p5"]
    assert where("It may be much worse") == ["p2"]  # not the pull quote above it
    assert where("finish in May.") == ["p5"]  # the page shows a block break the text lacks
    assert where("the city engineer, Dana Okafor") == ["p1", "okafor"]  # across the link
    assert where("according to a council report") == ["p4"]  # across a soft hyphen
    # Hidden copies and scripts are never marked; the link still works.
    assert page.locator(".ad sourcelight-mark, script sourcelight-mark").count() == 0
    assert page.locator("#okafor").get_attribute("href") == "https://example.org/okafor"
    assert page.locator("#okafor sourcelight-mark").count() == 1
    expect(page.locator(f"{PANEL} .notfound")).to_contain_text("This sentence exists only")

    page.locator(f"{PANEL} button.close").click()
    expect(page.locator(PANEL)).to_have_count(0)
    assert page.evaluate("document.body.innerHTML") == before
    no_errors(page, browser)


def test_options_page_saves_the_server_url_and_default_categories(browser, backend):
    ctx, sw = browser
    options = ctx.new_page()
    try:
        options.goto(f"chrome-extension://{sw.url.split('/')[2]}/options.html")
        expect(options.locator("#backendUrl")).to_have_value(backend)
        options.fill("#backendUrl", "http://example.com:8765")
        options.get_by_role("button", name="Save").click()
        expect(options.locator("#status")).to_contain_text("127.0.0.1")
        assert sw.evaluate("async () => (await chrome.storage.local.get('backendUrl')).backendUrl") == backend

        options.fill("#backendUrl", backend + "/")
        options.uncheck("input[name=hedge]")
        options.get_by_role("button", name="Save").click()
        expect(options.locator("#status")).to_have_text("Saved.")
        stored = sw.evaluate("() => chrome.storage.local.get(['backendUrl', 'categoriesOn'])")
        assert stored == {"backendUrl": backend,
                          "categoriesOn": {"named": True, "anonymous": True, "vague": True, "hedge": False}}
        options.get_by_role("button", name="Check server").click()
        expect(options.locator("#status")).to_contain_text("The server answers")
    finally:
        sw.evaluate("() => chrome.storage.local.remove('categoriesOn')")
        options.close()


def test_categories_off_by_default_start_hidden(page, browser):
    _, sw = browser
    sw.evaluate("() => chrome.storage.local.set({categoriesOn: {hedge: false}})")
    try:
        open_page(page, SEED)
        click(browser, page)
        assert wait_for_state(page)["status"] == "ready"
        toggle = page.locator(f'{PANEL} button.toggle[data-cat="hedge"]')
        expect(toggle).to_have_attribute("aria-pressed", "false")
        hedge = page.locator('sourcelight-mark[data-sl-cat="hedge"]').first
        assert hedge.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    finally:
        sw.evaluate("() => chrome.storage.local.remove('categoriesOn')")
    no_errors(page, browser)

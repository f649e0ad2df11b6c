"""Keyboard and screen-reader access to the highlights: Previous/Next in the panel, the shortcuts,
the roving focus on the marks, the explanation on focus, and a clean page after clearing."""

from __future__ import annotations

from extension_driver import SEED, click, count_listeners, open_page, wait_for_state
from playwright.sync_api import expect
from test_extension import PANEL, bare, no_errors

NEXT = f"{PANEL} .stepper button.next"
PREV = f"{PANEL} .stepper button.prev"
READOUT = f"{PANEL} .stepper .readout"
TIP = f"{PANEL} .tip"
ADDED_ATTRIBUTES = "sourcelight-mark[tabindex], sourcelight-mark[role], sourcelight-mark[aria-description], " \
    "sourcelight-mark[data-sl-current]"


def document_order(page) -> list[tuple[int, str]]:
    """(id, category) of every placed highlight, by where its first mark is in the document."""
    return [tuple(x) for x in page.evaluate("""() => {
        const seen = new Set(), out = [];
        for (const m of document.querySelectorAll('sourcelight-mark')) {
            if (seen.has(m.dataset.slId)) continue;
            seen.add(m.dataset.slId);
            out.push([Number(m.dataset.slId), m.dataset.slCat]);
        }
        return out;
    }""")]


def focused(page) -> dict | None:
    """The focused element of the page when it is a mark: its id and the attributes it got."""
    return page.evaluate("""() => {
        const m = document.activeElement;
        if (!m || m.localName !== 'sourcelight-mark') return null;
        const r = m.getBoundingClientRect();
        return {id: Number(m.dataset.slId), tabindex: m.getAttribute('tabindex'), role: m.getAttribute('role'),
                description: m.getAttribute('aria-description'),
                outline: getComputedStyle(m).outlineStyle + ' ' + getComputedStyle(m).outlineWidth,
                inView: r.bottom > 0 && r.top < innerHeight};
    }""")


def focused_id(page) -> int | None:
    f = focused(page)
    return f and f["id"]


def accessible_description(browser, page, selector: str) -> str:
    """The description Chromium's accessibility tree gives the element (what a screen reader reads)."""
    ctx, _ = browser
    cdp = ctx.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
        return ax.get("description", {}).get("value", "")
    finally:
        cdp.detach()


def test_next_and_previous_step_through_the_highlights_in_document_order(seed, browser):
    page, data, state = seed
    highlights = {h["id"]: h for h in data["highlights"]}
    order = [i for i, _ in document_order(page)]
    assert len(order) == state["placed"] >= 3
    expect(page.locator(READOUT)).to_have_text(f"{len(order)} highlights")
    assert page.locator(ADDED_ATTRIBUTES).count() == 0  # nothing before the first step

    page.locator(NEXT).click()
    first = highlights[order[0]]
    page.wait_for_function(f"() => document.activeElement?.dataset?.slId === '{order[0]}'")
    mark = focused(page)
    assert mark["tabindex"] == "-1" and mark["role"] == "mark" and mark["inView"]
    assert mark["outline"] == "solid 2px"
    assert first["reason"] in mark["description"]
    # The explanation shows on focus, as on hover: in the tooltip and in the panel.
    expect(page.locator(TIP)).to_be_visible()
    expect(page.locator(f"{TIP} .reason")).to_have_text(first["reason"])
    expect(page.locator(f"{PANEL} .current .reason")).to_have_text(first["reason"])
    expect(page.locator(READOUT)).to_have_text(f"1 of {len(order)}")
    selector = f'sourcelight-mark[data-sl-id="{order[0]}"][tabindex]'
    assert first["reason"] in accessible_description(browser, page, selector)

    page.keyboard.press("j")  # focus is on the highlight now
    assert focused_id(page) == order[1]
    expect(page.locator(f"{TIP} .reason")).to_have_text(highlights[order[1]]["reason"])
    expect(page.locator(READOUT)).to_have_text(f"2 of {len(order)}")
    # A roving focus: one focusable mark at a time, the previous one back to plain.
    assert page.locator("sourcelight-mark[tabindex]").count() == 1
    assert page.locator(f'sourcelight-mark[data-sl-id="{order[0]}"][data-sl-current]').count() == 0

    page.keyboard.press("Alt+Shift+N")
    assert focused_id(page) == order[2]
    page.keyboard.press("k")
    assert focused_id(page) == order[1]
    page.keyboard.press("Alt+Shift+P")
    assert focused_id(page) == order[0]
    page.locator(PREV).click()  # wraps around to the last
    page.wait_for_function(f"() => document.activeElement?.dataset?.slId === '{order[-1]}'")
    expect(page.locator(READOUT)).to_have_text(f"{len(order)} of {len(order)}")
    page.locator(NEXT).click()
    page.wait_for_function(f"() => document.activeElement?.dataset?.slId === '{order[0]}'")
    no_errors(page, browser)


def test_a_category_toggled_off_is_skipped(seed, browser):
    page, _, _ = seed
    order = document_order(page)
    shown = [i for i, cat in order if cat != "hedge"]
    assert 0 < len(shown) < len(order)
    # Stand on a hedge first: hiding its category takes the focus ring off it.
    first_hedge = next(i for i, cat in order if cat == "hedge")
    page.locator(NEXT).click()
    for _ in range(len(order)):
        if focused_id(page) == first_hedge:
            break
        page.keyboard.press("j")
    assert focused_id(page) == first_hedge
    page.locator(f'{PANEL} button.toggle[data-cat="hedge"]').click()
    assert page.locator(ADDED_ATTRIBUTES).count() == 0
    expect(page.locator(READOUT)).to_have_text(f"{len(shown)} highlights")

    # Next goes on from where the hidden hedge stood, through every shown highlight and around.
    start = [i for i, _ in order].index(first_hedge)
    after = next(i for i, cat in order[start + 1:] + order[:start] if cat != "hedge")
    page.locator(NEXT).click()
    visited = [focused_id(page)]
    for _ in range(len(shown)):
        page.keyboard.press("j")
        visited.append(focused_id(page))
    k = shown.index(after)
    assert visited == shown[k:] + shown[:k] + [after]
    expect(page.locator(READOUT)).to_have_text(f"{k + 1} of {len(shown)}")
    no_errors(page, browser)


def test_stepping_through_one_kind_only(seed, browser):
    page, _, _ = seed
    named = [i for i, cat in document_order(page) if cat == "named"]
    assert len(named) >= 2
    page.locator(f"{PANEL} .stepper select").select_option("named")
    expect(page.locator(READOUT)).to_have_text(f"{len(named)} highlights")
    page.locator(NEXT).click()
    page.wait_for_function(f"() => document.activeElement?.dataset?.slId === '{named[0]}'")
    page.keyboard.press("j")
    assert focused_id(page) == named[1]
    expect(page.locator(READOUT)).to_have_text(f"2 of {len(named)}")
    no_errors(page, browser)


def test_escape_hides_the_explanation_then_returns_to_the_panel_then_folds_it(seed, browser):
    page, _, _ = seed
    order = [i for i, _ in document_order(page)]
    page.locator(NEXT).focus()
    page.keyboard.press("Enter")
    assert focused_id(page) == order[0]
    expect(page.locator(TIP)).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(TIP)).to_be_hidden()
    assert focused_id(page) == order[0]
    page.keyboard.press("Escape")
    expect(page.locator(NEXT)).to_be_focused()
    page.keyboard.press("j")  # j in the panel steps on from the current highlight
    assert focused_id(page) == order[1]
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    collapse = page.locator(f"{PANEL} button.collapse")
    expect(collapse).to_have_attribute("aria-expanded", "false")
    expect(collapse).to_be_focused()
    expect(page.locator(f"{PANEL} .body")).to_be_hidden()
    expect(page.locator(NEXT)).to_be_visible()  # the stepper stays at hand when folded
    no_errors(page, browser)


def test_escape_dismisses_the_hover_tooltip(seed, browser):
    page, _, _ = seed
    mark = page.locator('sourcelight-mark[data-sl-cat="hedge"]').first
    mark.scroll_into_view_if_needed()
    mark.hover()
    expect(page.locator(TIP)).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(TIP)).to_be_hidden()
    no_errors(page, browser)


def test_shortcuts_leave_typing_on_the_page_alone(seed, browser):
    page, _, _ = seed
    order = [i for i, _ in document_order(page)]
    box = page.locator("textarea[name=comment]")
    box.focus()
    page.keyboard.type("jk")
    page.keyboard.press("Alt+Shift+N")
    page.keyboard.press("Escape")
    expect(box).to_have_value("jk")
    expect(box).to_be_focused()
    assert page.locator(ADDED_ATTRIBUTES).count() == 0
    expect(page.locator(READOUT)).to_have_text(f"{len(order)} highlights")
    # Plain letters elsewhere on the page are the page's; Alt+Shift+N works from anywhere.
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("j")
    assert focused_id(page) is None and page.locator(ADDED_ATTRIBUTES).count() == 0
    page.keyboard.press("Alt+Shift+N")
    assert focused_id(page) == order[0]
    no_errors(page, browser)


KEY_EVENTS = ("keydown", "focusin", "focusout", "scroll")


def test_clearing_after_stepping_restores_the_page(page, browser):
    open_page(page, SEED)
    before = page.evaluate("document.documentElement.outerHTML")
    baseline = count_listeners(browser, page, KEY_EVENTS)
    click(browser, page)
    assert wait_for_state(page)["status"] == "ready"
    assert count_listeners(browser, page, KEY_EVENTS) > baseline
    page.locator(NEXT).click()
    page.keyboard.press("j")
    assert page.locator(ADDED_ATTRIBUTES).count() > 0
    click(browser, page)
    expect(page.locator(PANEL)).to_have_count(0)
    assert page.locator(ADDED_ATTRIBUTES).count() == 0
    assert page.evaluate("document.documentElement.outerHTML") == before
    assert count_listeners(browser, page, KEY_EVENTS) == baseline
    page.keyboard.press("Alt+Shift+N")  # nothing left to answer it
    assert page.evaluate("document.documentElement.outerHTML") == before
    no_errors(page, browser)


def test_summary_sentences_work_from_the_keyboard(seed, browser):
    page, data, _ = seed
    first = data["summary"]["sentences"][0]
    page.locator(f"{PANEL} .summary .sentence").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => getSelection().toString().length > 0")
    assert bare(page.evaluate("getSelection().toString()")) == bare(first["text"])
    no_errors(page, browser)


def test_shortcuts_follow_the_keyboard_layout(seed, browser):
    page, _, _ = seed
    order = [i for i, _ in document_order(page)]
    press = """([key, code]) => document.body.dispatchEvent(new KeyboardEvent('keydown',
        {key, code, altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true}))"""
    page.evaluate(press, ["˜", "KeyN"])  # Option+Shift+N on a Mac types a tilde
    assert focused_id(page) == order[0]
    page.evaluate(press, ["N", "KeyB"])  # Dvorak: the N is where QWERTY has B
    assert focused_id(page) == order[1]
    page.evaluate(press, ["B", "KeyN"])  # ...and the key where QWERTY has N types B
    assert focused_id(page) == order[1]
    no_errors(page, browser)


def test_a_highlight_behind_the_panel_folds_it_on_a_narrow_window(page, browser):
    page.set_viewport_size({"width": 720, "height": 700})
    open_page(page, SEED)
    click(browser, page)
    assert wait_for_state(page)["status"] == "ready"
    panel_box = f"document.querySelector('{PANEL}').shadowRoot.querySelector('.panel')"
    expect(page.locator(f"{PANEL} .panel")).not_to_have_class("panel collapsed")
    covered = page.evaluate(f"""() => {{
        const box = {panel_box}.getBoundingClientRect();
        return [...document.querySelectorAll('sourcelight-mark')].some(m => {{
            const r = m.getBoundingClientRect();
            return r.left < box.right && box.left < r.right;
        }});
    }}""")
    assert covered  # at this width the panel stands over the article's text
    for _ in range(3):
        page.locator(NEXT).click()
        overlap = page.evaluate(f"""() => {{
            const box = {panel_box}.getBoundingClientRect(), r = document.activeElement.getBoundingClientRect();
            return r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
        }}""")
        assert not overlap
    expect(page.locator(f"{PANEL} .panel")).to_have_class("panel collapsed")
    expect(page.locator(NEXT)).to_be_visible()  # the stepper stays at hand
    no_errors(page, browser)

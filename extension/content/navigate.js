// Keyboard and screen-reader access to the highlights: step through them in document order.
//
// A roving focus, driven from the panel: only the current highlight's first mark is focusable
// (tabindex=-1, never a tab stop, so a page with hundreds of highlights keeps its tab order),
// gets role="mark" and an aria-description with its explanation, and every piece of it an
// outline (data-sl-current). The explanation cannot be linked with aria-describedby: IDs do not
// reach into the panel's shadow root, hence aria-description. Toggled-off categories (and,
// with a filter, the other categories) are skipped. clear() removes every attribute added here.
//
// Keys (never while typing in an input, a textarea, a select or an editable region):
//   Alt+Shift+N / Alt+Shift+P  next / previous highlight, anywhere on the page;
//   j / k                      the same, when focus is in the panel or on the current highlight;
//   Escape                     hides the explanation; then, on a highlight, returns to the panel;
//                              then, in the panel, folds it.

(() => {
  const sl = (globalThis.sourcelight ??= {});
  if (sl.navigator) return;

  const TAG = "sourcelight-mark";
  const ADDED = ["tabindex", "role", "aria-description"];

  let ctx = null; // what start() was given
  let filter = "all"; // a category, or "all"
  let currentId = null; // the highlight stepped to last (kept while hidden, as a position)
  let listeners = [];

  /**
   * Start keyboard navigation over the drawn marks. `options`:
   * byId (Map id -> highlight), isEnabled(cat), describe(h) -> text, onChange(position),
   * showTip(h, mark), hideTip(), tipShown(), inPanel(event), focusPanel(), foldPanel(keepFocus),
   * panelCovers(rect) (true when the panel hides that box).
   */
  function start(options) {
    clear();
    ctx = options;
    listen(document, "keydown", onKey);
    listen(document, "focusin", onFocus);
    listen(document, "focusout", onBlur);
    // The tooltip is position: fixed; it follows its highlight when the page scrolls.
    listen(document, "scroll", () => {
      const mark = currentMark();
      if (mark && document.activeElement === mark && ctx.tipShown()) ctx.showTip(highlight(currentId), mark);
    });
    announce();
  }

  /** Placed highlights in document order: [{id, mark}] with each highlight's first mark. */
  function ordered() {
    const seen = new Set();
    const out = [];
    for (const mark of document.querySelectorAll(`${TAG}[data-sl-id]`)) {
      const id = Number(mark.dataset.slId);
      if (seen.has(id) || !ctx.byId.has(id)) continue;
      seen.add(id);
      out.push({ id, mark, cat: mark.dataset.slCat });
    }
    return out;
  }

  const shown = (item) => ctx.isEnabled(item.cat) && (filter === "all" || item.cat === filter);

  /** {index (1-based, 0 if none), total, highlight} over the highlights that can be stepped to. */
  function position() {
    if (!ctx) return { index: 0, total: 0, highlight: null };
    const visible = ordered().filter(shown);
    const index = visible.findIndex((item) => item.id === currentId) + 1;
    return { index, total: visible.length, highlight: index ? highlight(currentId) : null, filter };
  }

  /** Move to the next (dir = 1) or previous (dir = -1) shown highlight, wrapping around. */
  function step(dir) {
    if (!ctx) return null;
    const all = ordered();
    const visible = all.filter(shown);
    if (!visible.length) {
      release();
      announce();
      return null;
    }
    // From the current highlight's place in the full order, so that a current highlight that
    // was hidden meanwhile still counts as a position.
    const at = all.findIndex((item) => item.id === currentId);
    let target;
    if (at < 0) {
      target = dir > 0 ? visible[0] : visible[visible.length - 1];
    } else {
      const rest = dir > 0 ? all.slice(at + 1) : all.slice(0, at).reverse();
      target = rest.find(shown) ?? (dir > 0 ? visible[0] : visible[visible.length - 1]);
    }
    moveTo(target.id);
    return target.id;
  }

  function moveTo(id) {
    release();
    currentId = id;
    const pieces = marksOf(id);
    const first = pieces[0];
    for (const m of pieces) m.setAttribute("data-sl-current", "");
    first.setAttribute("tabindex", "-1");
    first.setAttribute("role", "mark");
    first.setAttribute("aria-description", ctx.describe(highlight(id)));
    // Instant, not smooth: the tooltip is placed from where the highlight ends up.
    first.scrollIntoView({ block: "center", inline: "nearest" });
    // On a narrow window the text can sit behind the panel: fold it (the stepper stays).
    if (ctx.panelCovers?.(first.getBoundingClientRect())) ctx.foldPanel(true);
    announce();
    first.focus({ preventScroll: true }); // focusin shows the tooltip
  }

  /** Take the current highlight's attributes off (its id stays as the position). */
  function release() {
    for (const m of document.querySelectorAll(`${TAG}[data-sl-current]`)) {
      m.removeAttribute("data-sl-current");
      for (const name of ADDED) m.removeAttribute(name);
    }
    ctx?.hideTip();
  }

  /** A category was toggled or the filter changed: drop a current highlight that is now hidden. */
  function refresh() {
    if (!ctx) return;
    const item = ordered().find((i) => i.id === currentId);
    if (item && !shown(item) && currentMark()) {
      const hadFocus = currentMark().contains(document.activeElement);
      release();
      if (hadFocus) ctx.focusPanel();
    }
    announce();
  }

  function setFilter(cat) {
    filter = cat || "all";
    refresh();
  }

  function announce() {
    ctx?.onChange(position());
  }

  const highlight = (id) => ctx.byId.get(id);
  const marksOf = (id) => [...document.querySelectorAll(`${TAG}[data-sl-id="${CSS.escape(String(id))}"]`)];
  const currentMark = () => document.querySelector(`${TAG}[data-sl-current][tabindex]`);

  function isEditable(node) {
    if (!(node instanceof Element)) return false;
    return node.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(node.tagName.toUpperCase());
  }

  function onKey(event) {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (isEditable(target)) return;
    const onMark = target instanceof Element && target === currentMark();
    const ours = onMark || ctx.inPanel(event);
    const key = letter(event);
    const plain = !event.altKey && !event.shiftKey;
    let dir = 0;
    if (event.altKey && event.shiftKey && key === "n") dir = 1;
    else if (event.altKey && event.shiftKey && key === "p") dir = -1;
    else if (ours && plain && key === "j") dir = 1;
    else if (ours && plain && key === "k") dir = -1;
    if (dir) {
      step(dir);
      consume(event);
      return;
    }
    if (event.key !== "Escape" || event.altKey || event.shiftKey) return;
    // Hover or focus tooltips must be dismissible without moving (WCAG 1.4.13).
    if (ctx.tipShown()) {
      ctx.hideTip();
      if (ours) consume(event);
    } else if (onMark) {
      ctx.focusPanel();
      consume(event);
    } else if (ctx.inPanel(event)) {
      ctx.foldPanel();
      consume(event);
    }
  }

  /** The letter typed, in the reader's layout; Option+Shift+N types "˜" on a Mac, so for a
   * key that gives no letter, the letter printed on the key. */
  function letter(event) {
    if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
    return /^Key[A-Z]$/.test(event.code) ? event.code.slice(3).toLowerCase() : "";
  }

  function consume(event) {
    event.preventDefault();
    event.stopPropagation();
  }

  function onFocus(event) {
    const mark = event.target;
    if (mark instanceof Element && mark === currentMark()) ctx.showTip(highlight(currentId), mark);
  }

  function onBlur(event) {
    if (event.target instanceof Element && event.target === currentMark()) ctx.hideTip();
  }

  function listen(target, type, fn) {
    target.addEventListener(type, fn, true);
    listeners.push([target, type, fn]);
  }

  /** Remove listeners and every attribute added to the marks. */
  function clear() {
    release();
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn, true);
    listeners = [];
    ctx = null;
    filter = "all";
    currentId = null;
  }

  sl.navigator = { start, step, position, refresh, setFilter, clear };
})();

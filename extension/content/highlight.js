// Drawing: wrap the anchored text in <sourcelight-mark> elements and show the reason on hover.
//
// One mark per text-node piece, all pieces of a highlight sharing data-sl-id, so a quote that
// crosses a link or an <em> is drawn without moving the link. Overlapping highlights nest
// (the longer one outside). Text nodes are split only where a highlight starts or ends, and
// every split is recorded so that clear() restores the page's text nodes exactly.
// Colours come from one injected <style>; turning a category off rewrites that style sheet,
// so toggling never touches the marks themselves.

(() => {
  const sl = (globalThis.sourcelight ??= {});
  if (sl.highlighter) return;

  const TAG = "sourcelight-mark";
  const STYLE_ID = "sourcelight-style";
  const COLORS = {
    named: { fill: "rgba(96, 165, 250, 0.30)", line: "#2563eb" },
    anonymous: { fill: "rgba(251, 146, 60, 0.32)", line: "#c2410c" },
    vague: { fill: "rgba(236, 72, 153, 0.22)", line: "#be185d" },
    hedge: { fill: "rgba(250, 204, 21, 0.40)", line: "#a16207" },
  };

  let marks = [];
  let splits = []; // [{first: Text, tails: [Text]}] to merge back on clear()
  let listeners = [];
  let tooltip = null; // {show(marks, x, y), hide()} supplied by the panel

  function styleSheet(enabled) {
    const rules = [
      `${TAG}{display:inline;margin:0;padding:0;border:0;font:inherit;color:inherit;` +
        "letter-spacing:inherit;word-spacing:inherit;line-height:inherit}",
    ];
    for (const [cat, c] of Object.entries(COLORS)) {
      if (!enabled[cat]) continue;
      const sel = `${TAG}[data-sl-cat="${cat}"]`;
      rules.push(
        `${sel}[data-sl-active]{outline:1.5px solid ${c.line};outline-offset:1px}`,
        // The highlight stepped to from the keyboard (navigate.js); !important because pages
        // often remove focus outlines.
        `${sel}[data-sl-current]{outline:2px solid ${c.line} !important;outline-offset:2px}`,
        `${sel}:not([data-sl-label="content"]){background-color:${c.fill};` +
          `box-shadow:inset 0 -2px 0 ${c.line}55;border-radius:2px;cursor:help}`,
        // Content spans (what was said) can run for sentences: an underline, not a fill.
        `${sel}[data-sl-label="content"]{text-decoration:underline dotted ${c.line};` +
          "text-decoration-thickness:1.5px;text-underline-offset:3px;cursor:help}",
      );
    }
    return rules.join("\n");
  }

  function setEnabled(enabled) {
    let style = document.getElementById(STYLE_ID);
    if (!style) {
      style = document.createElement("style");
      style.id = STYLE_ID;
      (document.head || document.documentElement).appendChild(style);
    }
    style.textContent = styleSheet(enabled);
  }

  /**
   * Draw `anchors` ({id, start, end} over `page` from anchorText) for `highlights` (by id).
   * Returns the set of ids of the highlights that got at least one mark.
   */
  function draw(page, anchors, highlightsById, enabled) {
    setEnabled(enabled);
    const pos = (i) => ({ node: page.nodeOf[i], offset: page.offsetOf[i] });
    const spans = anchors.map((a) => {
      const s = pos(a.start);
      const e = pos(a.end - 1);
      return { id: a.id, s, e: { node: e.node, offset: e.offset + 1 }, length: a.end - a.start };
    });

    // Split each text node once at every boundary, keeping the pieces in order.
    const cuts = new Map();
    const addCut = (node, offset) => {
      if (!cuts.has(node)) cuts.set(node, new Set());
      cuts.get(node).add(offset);
    };
    for (const sp of spans) {
      addCut(sp.s.node, sp.s.offset);
      addCut(sp.e.node, sp.e.offset);
    }
    const pieces = new Map(); // node index -> [{text, from, to}]
    for (const [index, offsets] of cuts) {
      const node = page.nodes[index];
      const total = node.length;
      const inner = [...offsets].filter((o) => o > 0 && o < node.length).sort((x, y) => x - y);
      const list = [];
      const tails = [];
      let current = node;
      let from = 0;
      for (const o of inner) {
        const tail = current.splitText(o - from);
        list.push({ text: current, from, to: o });
        tails.push(tail);
        current = tail;
        from = o;
      }
      list.push({ text: current, from, to: total });
      if (tails.length) splits.push({ first: node, tails });
      pieces.set(index, list);
    }
    const piecesOf = (index) => pieces.get(index) ?? [{ text: page.nodes[index], from: 0, to: Infinity }];

    // Longest first, so that shorter highlights nest inside longer ones.
    const placed = new Map(); // id -> its marks
    for (const sp of [...spans].sort((x, y) => y.length - x.length)) {
      const h = highlightsById.get(sp.id);
      for (let index = sp.s.node; index <= sp.e.node; index++) {
        const lo = index === sp.s.node ? sp.s.offset : 0;
        const hi = index === sp.e.node ? sp.e.offset : Infinity;
        for (const piece of piecesOf(index)) {
          if (piece.from < lo || piece.to > hi || !wrappable(piece.text)) continue;
          if (!placed.has(sp.id)) placed.set(sp.id, []);
          placed.get(sp.id).push(wrap(piece.text, h));
        }
      }
    }
    // Check every drawn highlight against its quote, as the reader will see it: marks that do
    // not read as the quote (a bug, or a page that changed meanwhile) are taken down again.
    const bare = (text) => sl.normalize(text).replace(/ /g, "");
    for (const [id, own] of placed) {
      if (bare(own.map((m) => m.textContent).join("")) !== bare(highlightsById.get(id)?.exact)) {
        unwrap(own);
        placed.delete(id);
      }
    }
    return new Set(placed.keys());
  }

  function unwrap(list) {
    for (const mark of list) {
      const parent = mark.parentNode;
      if (parent) {
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
    }
    const gone = new Set(list);
    marks = marks.filter((m) => !gone.has(m));
  }

  // Whitespace between table rows or list items must stay a bare text node; elsewhere it is
  // wrapped too, so a highlight reads (and paints) continuously across "who <a>told</a>".
  const NO_INLINE_CHILDREN = new Set([
    "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "COLGROUP", "UL", "OL", "DL", "MENU", "SELECT",
    "DATALIST", "OPTGROUP", "HTML", "HEAD", "PICTURE", "VIDEO", "AUDIO",
  ]);

  function wrappable(textNode) {
    if (textNode.data.trim()) return true;
    const parent = textNode.parentElement;
    return Boolean(parent) && !NO_INLINE_CHILDREN.has(parent.tagName.toUpperCase());
  }

  function wrap(textNode, h) {
    const mark = document.createElement(TAG);
    mark.dataset.slId = String(h.id);
    mark.dataset.slCat = h.category;
    mark.dataset.slLabel = h.label;
    textNode.parentNode.insertBefore(mark, textNode);
    mark.appendChild(textNode);
    marks.push(mark);
    return mark;
  }

  /** Hover: the innermost mark under the pointer and the marks around it, via `show`. */
  function enableHover(show, hide, isEnabled) {
    tooltip = { show, hide };
    const over = (event) => {
      const target = event.target instanceof Element ? event.target.closest(TAG) : null;
      if (!target) return;
      const chain = [];
      for (let m = target; m; m = m.parentElement?.closest(TAG)) {
        if (isEnabled(m.dataset.slCat)) chain.push(m);
      }
      if (!chain.length) return;
      setActive(chain[0].dataset.slId);
      tooltip.show(chain, event.clientX, event.clientY);
    };
    const out = (event) => {
      const from = event.target instanceof Element ? event.target.closest(TAG) : null;
      const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest(TAG) : null;
      if (from && !to) {
        setActive(null);
        tooltip.hide();
      }
    };
    listen(document, "mouseover", over);
    listen(document, "mouseout", out);
  }

  function setActive(id) {
    for (const m of document.querySelectorAll(`${TAG}[data-sl-active]`)) m.removeAttribute("data-sl-active");
    if (id == null) return;
    for (const m of document.querySelectorAll(`${TAG}[data-sl-id="${CSS.escape(String(id))}"]`)) {
      m.setAttribute("data-sl-active", "");
    }
  }

  function listen(target, type, fn) {
    target.addEventListener(type, fn, true);
    listeners.push([target, type, fn]);
  }

  /** Scroll to highlight `id` and outline it for a moment. */
  function flash(id) {
    const first = document.querySelector(`${TAG}[data-sl-id="${CSS.escape(String(id))}"]`);
    if (!first) return;
    first.scrollIntoView({ block: "center", behavior: "smooth" });
    setActive(id);
    setTimeout(() => {
      if (first.hasAttribute("data-sl-active")) setActive(null);
    }, 1600);
  }

  /** Remove marks, listeners and styles; merge split text nodes back into the originals. */
  function clear() {
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn, true);
    listeners = [];
    // Innermost marks were created last: unwrap in reverse so parents are still in place.
    unwrap(marks.reverse());
    marks = [];
    for (const { first, tails } of splits.reverse()) {
      for (const tail of tails) {
        first.appendData(tail.data);
        tail.remove();
      }
    }
    splits = [];
    document.getElementById(STYLE_ID)?.remove();
    tooltip = null;
  }

  sl.highlighter = { draw, setEnabled, enableHover, flash, clear, COLORS, TAG };
})();

// Text-quote anchoring: find each highlight's quote in the page as the reader sees it.
//
// The page text is rebuilt from its visible text nodes (script, style and hidden subtrees
// skipped; block boundaries and <br> read as whitespace; whitespace collapsed), with a map from
// every character back to its (text node, offset). A quote is searched exactly, first with
// collapsed whitespace and then ignoring whitespace altogether (the server's extractor and the
// page may disagree about where a block ends). Repeated quotes are told apart by their
// prefix/suffix context and by where the neighbouring, unambiguous quotes landed. A quote that
// is not on the page is reported as not found: it is never placed on a similar passage.

(() => {
  const sl = (globalThis.sourcelight ??= {});
  if (sl.anchorText) return;

  const SKIP_TAGS = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "IFRAME",
    "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "HEAD", "TITLE", "SVG", "MATH",
    "SOURCELIGHT-PANEL",
  ]);
  const BREAK_TAGS = new Set(["BR", "HR", "IMG", "WBR"]);
  // Invisible characters that rendered text does not show (soft hyphens, zero-width marks,
  // control characters, which extractors drop): ignored on both sides.
  const IGNORABLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;
  const INVISIBLE = new Set(["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);
  const SPACE = /\s/;
  // A short quote (e.g. "may") with several matches needs this much agreeing context.
  const MIN_CONTEXT = 6;
  // A quote found once may stand on its own when it is at least this long (characters).
  const SELF_EVIDENT = 16;

  /** Collapse whitespace and drop invisible characters, as the page renders text. */
  function normalize(text) {
    return String(text ?? "").replace(IGNORABLE, "").replace(/\s+/g, " ");
  }

  function isBlock(display) {
    return !(display.startsWith("inline") || display === "contents" || display.startsWith("ruby"));
  }

  /**
   * The visible text of `root`: {text, nodes, nodeOf, offsetOf}, where text[i] comes from
   * nodes[nodeOf[i]] at offsetOf[i] (collapsed spaces map to the next visible character).
   */
  function buildPageText(root = document.body) {
    const chars = [];
    const nodeOf = [];
    const offsetOf = [];
    const nodes = [];
    let pendingSpace = false;

    const emit = (ch, nodeIndex, offset) => {
      if (pendingSpace && chars.length && chars[chars.length - 1] !== " ") {
        chars.push(" ");
        nodeOf.push(nodeIndex);
        offsetOf.push(offset);
      }
      pendingSpace = false;
      chars.push(ch);
      nodeOf.push(nodeIndex);
      offsetOf.push(offset);
    };

    const visitText = (node) => {
      const parent = node.parentElement;
      if (parent && getComputedStyle(parent).visibility !== "visible") return;
      const data = node.data;
      if (!data) return;
      // Every text node gets an index, whitespace-only ones too: a highlight that spans
      // "<em>who</em> <a>told</a>" then covers (and paints) the space between.
      const index = nodes.length;
      nodes.push(node);
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (SPACE.test(ch)) {
          pendingSpace = true;
          continue;
        }
        if (ch.charCodeAt(0) < 0x20 || (ch >= "\u007f" && ch <= "\u009f") || INVISIBLE.has(ch)) continue;
        emit(ch, index, i);
      }
    };

    const visit = (el) => {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          visitText(child);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const tag = child.tagName.toUpperCase();
          if (SKIP_TAGS.has(tag)) continue;
          if (BREAK_TAGS.has(tag)) {
            pendingSpace = true;
            continue;
          }
          const style = getComputedStyle(child);
          if (style.display === "none" || style.contentVisibility === "hidden") continue;
          const block = isBlock(style.display);
          if (block) pendingSpace = true;
          visit(child);
          if (block) pendingSpace = true;
        }
      }
    };
    if (root) visit(root);
    return { text: chars.join(""), nodes, nodeOf, offsetOf };
  }

  /** Whitespace-free view of `text`, with the index in `text` of every kept character. */
  function stripSpaces(text) {
    const kept = [];
    const index = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== " ") {
        kept.push(text[i]);
        index.push(i);
      }
    }
    return { text: kept.join(""), index };
  }

  function allIndexes(haystack, needle, limit = 5000) {
    const out = [];
    if (!needle) return out;
    for (let i = haystack.indexOf(needle); i >= 0 && out.length < limit; i = haystack.indexOf(needle, i + 1)) {
      out.push(i);
    }
    return out;
  }

  /** Characters of `context` that agree with the page, walking away from the quote. */
  function contextAgreement(page, at, context, backwards) {
    let n = 0;
    if (backwards) {
      for (let i = context.length - 1, j = at - 1; i >= 0 && j >= 0 && context[i] === page[j]; i--, j--) n++;
    } else {
      for (let i = 0, j = at; i < context.length && j < page.length && context[i] === page[j]; i++, j++) n++;
    }
    return n;
  }

  /**
   * Anchor `highlights` ({id, start, exact, prefix, suffix}) in the page under `root`.
   * Returns {page, anchors: [{id, start, end}] (indexes into page.text, end exclusive),
   * notFound: [id]}. `articleLength` lets the relative position break ties.
   */
  function anchorText(highlights, { root = document.body, articleLength = 0 } = {}) {
    const page = buildPageText(root);
    const stripped = stripSpaces(page.text);
    // Position of every page.text index in the stripped text (for scoring in one space).
    const toStripped = new Int32Array(page.text.length + 1);
    for (let i = 0, j = 0; i <= page.text.length; i++) {
      toStripped[i] = j;
      if (i < page.text.length && page.text[i] !== " ") j++;
    }
    const S = stripped.text;

    const pending = [];
    const anchors = [];
    const notFound = [];
    for (const h of highlights) {
      const quote = normalize(h.exact).trim();
      const bare = quote.replace(/ /g, "");
      if (!bare) {
        notFound.push(h.id);
        continue;
      }
      // Candidates as [start, end) in the stripped text.
      let candidates = allIndexes(page.text, quote).map((i) => [toStripped[i], toStripped[i + quote.length]]);
      if (!candidates.length) candidates = allIndexes(S, bare).map((i) => [i, i + bare.length]);
      if (!candidates.length) {
        notFound.push(h.id);
        continue;
      }
      const prefix = normalize(h.prefix).replace(/ /g, "");
      const suffix = normalize(h.suffix).replace(/ /g, "");
      const scored = candidates.map(([a, b]) => ({
        a,
        b,
        context: contextAgreement(S, a, prefix, true) + contextAgreement(S, b, suffix, false),
      }));
      pending.push({ h, bare, scored, contextLength: prefix.length + suffix.length });
    }

    // Pass 1: quotes that are unambiguous on their own fix points of the article -> page map.
    const fixed = [];
    const rest = [];
    for (const item of pending) {
      const { scored, contextLength, bare } = item;
      const full = scored.filter((c) => c.context === contextLength);
      const lone = scored.length === 1 ? scored[0] : full.length === 1 ? full[0] : null;
      if (lone && (lone.context > 0 || bare.length >= SELF_EVIDENT || contextLength === 0)) {
        fixed.push({ item, choice: lone });
      } else {
        rest.push(item);
      }
    }
    const points = fixed
      .map(({ item, choice }) => [item.h.start, choice.a])
      .sort((x, y) => x[0] - y[0]);
    const expectedAt = (articleOffset) => {
      if (!points.length) {
        return articleLength > 0 ? (articleOffset / articleLength) * S.length : S.length / 2;
      }
      let lo = null;
      let hi = null;
      for (const p of points) {
        if (p[0] <= articleOffset) lo = p;
        else if (!hi) hi = p;
      }
      if (lo && hi && hi[0] > lo[0]) {
        return lo[1] + ((articleOffset - lo[0]) / (hi[0] - lo[0])) * (hi[1] - lo[1]);
      }
      return (lo ?? hi)[1] + (articleOffset - (lo ?? hi)[0]);
    };

    // Pass 2: choose between repeated quotes by context, then by distance from where the
    // neighbours say the quote should be. Too little context on a short quote: not found.
    for (const item of rest) {
      const expected = expectedAt(item.h.start);
      let best = null;
      for (const c of item.scored) {
        const distance = Math.abs(c.a - expected);
        if (!best || c.context > best.context || (c.context === best.context && distance < best.distance)) {
          best = { ...c, distance };
        }
      }
      const needed = Math.min(MIN_CONTEXT, item.contextLength);
      if (best && (best.context >= needed || (item.scored.length === 1 && item.bare.length >= SELF_EVIDENT))) {
        fixed.push({ item, choice: best });
      } else {
        notFound.push(item.h.id);
      }
    }

    for (const { item, choice } of fixed) {
      anchors.push({ id: item.h.id, start: stripped.index[choice.a], end: stripped.index[choice.b - 1] + 1 });
    }
    anchors.sort((x, y) => x.start - y.start || y.end - x.end);
    return { page, anchors, notFound };
  }

  sl.normalize = normalize;
  sl.buildPageText = buildPageText;
  sl.anchorText = anchorText;
})();

// The side panel: summary, copy buttons, legend with toggles, "Who says so?" ledger, and the
// hover tooltip. It lives in an OPEN shadow root on a fixed, zero-size host, so page styles
// cannot reach it and it cannot shift the page's layout. Server data is only ever set as text.
//
// Test hook: the host element (#sourcelight-panel) carries data-sl-state, a JSON object
// {status: "loading"|"ready"|"error", placed, total, notFound: [id], ms, serverMs, error}; tests and
// bench/anchoring.py wait on it instead of guessing at timings.

(() => {
  const sl = (globalThis.sourcelight ??= {});
  if (sl.panel) return;

  const HOST_ID = "sourcelight-panel";
  const LABELS = {
    named: "Named source",
    anonymous: "Anonymous source",
    vague: "Vague or unsupported",
    hedge: "Hedge",
  };
  const TYPE_BADGES = {
    named_person: "person",
    organization: "organization",
    document: "document",
    anonymous: "anonymous",
    vague: "vague",
  };
  const SOURCE_CATEGORY = {
    named_person: "named",
    organization: "named",
    document: "named",
    anonymous: "anonymous",
    vague: "vague",
  };

  const CSS_TEXT = `
  :host { all: initial; }
  * { box-sizing: border-box; }
  .panel {
    position: fixed; top: 12px; right: 12px; bottom: 12px; width: 380px; max-width: calc(100vw - 24px);
    display: flex; flex-direction: column; overflow: hidden;
    background: #fbfaf7; color: #22252a; border: 1px solid #e4e0d6; border-radius: 12px;
    box-shadow: 0 10px 30px rgba(20, 20, 30, .18), 0 1px 3px rgba(20, 20, 30, .08);
    font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
    pointer-events: auto; text-align: left;
  }
  .panel.collapsed { bottom: auto; width: auto; }
  .panel.compact { bottom: auto; max-height: calc(100vh - 24px); }
  .panel.collapsed .body { display: none; }
  header { display: flex; align-items: center; gap: 8px; padding: 10px 12px 10px 16px; border-bottom: 1px solid #ebe7de; }
  .logo { width: 14px; height: 14px; border-radius: 4px; background: linear-gradient(135deg, #facc15 0 50%, #60a5fa 50% 100%); }
  .brand { font-weight: 650; letter-spacing: .01em; flex: 1; }
  button { font: inherit; color: inherit; cursor: pointer; }
  .icon { border: 0; background: transparent; width: 28px; height: 28px; border-radius: 6px; font-size: 18px; line-height: 1; color: #5b6068; }
  .icon:hover, .icon:focus-visible { background: #efece4; color: #111; }
  .body { overflow-y: auto; padding: 4px 18px 18px; }
  section { padding: 14px 0 4px; border-bottom: 1px solid #efebe2; }
  section:last-of-type { border-bottom: 0; }
  h1 { font: 600 19px/1.3 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; margin: 6px 0 4px; }
  h2 { font-size: 11.5px; font-weight: 650; letter-spacing: .08em; text-transform: uppercase; color: #6b6f76; margin: 0 0 8px; }
  .meta { color: #6b6f76; font-size: 12.5px; }
  .summary { font: 16px/1.62 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; margin: 0 0 12px; }
  .sentence { cursor: pointer; border-radius: 3px; }
  .sentence:hover { background: #f1ede3; }
  .sentence:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
  .actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; }
  .btn { border: 1px solid #d8d3c7; background: #fff; border-radius: 8px; padding: 5px 11px; font-size: 13px; }
  .btn.primary { background: #22313f; border-color: #22313f; color: #fff; }
  .btn:hover { filter: brightness(0.96); }
  .btn:disabled { opacity: .45; cursor: default; }
  .status { font-size: 12.5px; color: #3f7d4e; }
  .legend { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 4px; }
  .toggle { display: flex; align-items: center; gap: 9px; width: 100%; border: 1px solid transparent; background: transparent; border-radius: 8px; padding: 5px 8px; text-align: left; }
  .toggle:hover { background: #f1ede3; }
  .toggle[aria-pressed="false"] { color: #9a9da3; }
  .toggle[aria-pressed="false"] .swatch { background: transparent !important; }
  .swatch { width: 14px; height: 14px; border-radius: 4px; border: 2px solid; flex: none; }
  .toggle .name { flex: 1; }
  .count { font-variant-numeric: tabular-nums; color: #5b6068; }
  .switch { flex: none; width: 26px; height: 15px; border-radius: 999px; background: #cfcabd; position: relative; transition: background .15s; }
  .switch::after { content: ""; position: absolute; top: 2px; left: 2px; width: 11px; height: 11px; border-radius: 50%; background: #fff; transition: transform .15s; }
  .toggle[aria-pressed="true"] .switch { background: #22313f; }
  .toggle[aria-pressed="true"] .switch::after { transform: translateX(11px); }
  .placement { font-size: 12.5px; color: #5b6068; margin: 4px 0 8px; }
  details { font-size: 13px; margin: 0 0 8px; }
  summary { cursor: pointer; color: #5b6068; }
  .notfound li { color: #5b6068; margin: 4px 0; }
  .bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: #ebe7de; margin: 2px 0 6px; }
  .bar span { display: block; height: 100%; }
  .shares { font-size: 12.5px; color: #5b6068; margin: 0 0 10px; }
  .sources { list-style: none; margin: 0; padding: 0; }
  .sources > li { padding: 7px 0; border-top: 1px solid #f0ece4; }
  .sources > li:first-child { border-top: 0; }
  .src { display: flex; gap: 8px; align-items: baseline; }
  .src .who { font-weight: 600; flex: 1; overflow-wrap: anywhere; border: 0; background: none; padding: 0; text-align: left; }
  .src .who:hover { text-decoration: underline; }
  .badge { font-size: 11px; padding: 1px 7px; border-radius: 999px; border: 1px solid; white-space: nowrap; }
  .said { margin: 4px 0 0; padding-left: 16px; font: 14px/1.5 Charter, "Bitstream Charter", Cambria, Georgia, serif; color: #3a3d42; }
  .said li { margin: 3px 0; }
  .empty { color: #6b6f76; font-size: 13px; }
  .message { padding: 18px 0 6px; }
  .message h2 { font-size: 16px; letter-spacing: 0; text-transform: none; color: #22252a; }
  .message p { margin: 0 0 10px; }
  code { font: 12.5px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #efece4; padding: 1px 5px; border-radius: 4px; }
  .loading { height: 3px; margin: 14px 0; border-radius: 2px; background: linear-gradient(90deg, #ebe7de 0, #60a5fa 50%, #ebe7de 100%); background-size: 200% 100%; animation: slide 1.2s linear infinite; }
  @media (prefers-reduced-motion: reduce) { .loading { animation: none; } .switch, .switch::after { transition: none; } }
  @keyframes slide { from { background-position: 100% 0; } to { background-position: -100% 0; } }
  footer { font-size: 11.5px; color: #8a8d93; padding-top: 10px; }
  footer .keys { margin: 0 0 4px; }
  kbd { font: 11px ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; border: 1px solid #d8d3c7; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; color: #5b6068; }
  .tip {
    position: fixed; max-width: 320px; z-index: 1; pointer-events: none;
    background: #1f2329; color: #f4f4f5; border-radius: 8px; padding: 8px 11px;
    font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    box-shadow: 0 6px 18px rgba(0, 0, 0, .25);
  }
  .tip[hidden] { display: none; }
  .tip .row + .row { margin-top: 6px; padding-top: 6px; border-top: 1px solid #3a3f47; }
  .tip .kind { font-weight: 650; display: flex; align-items: center; gap: 6px; }
  .tip .kind .swatch { width: 10px; height: 10px; border-radius: 3px; }
  .tip .reason { color: #d4d4d8; }
  .stepper { padding: 8px 12px 8px 16px; border-bottom: 1px solid #ebe7de; }
  .stepper .row { display: flex; align-items: center; gap: 6px; }
  .stepper .step { padding: 3px 9px; }
  .readout { flex: 1; text-align: center; font-size: 12.5px; color: #5b6068; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .stepper select { font: inherit; font-size: 12.5px; color: inherit; background: #fff; border: 1px solid #d8d3c7; border-radius: 8px; padding: 3px 4px; max-width: 120px; }
  .current { margin: 8px 0 0; padding: 7px 10px; border-left: 3px solid; border-radius: 4px; background: #f3f0e8; font-size: 13px; }
  .current[hidden], .panel.collapsed .current { display: none; }
  .current .kind { font-weight: 650; }
  .current .reason { color: #3a3d42; }
  .btn:focus-visible, .toggle:focus-visible, .stepper select:focus-visible, .who:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .panel { background: #1f2125; color: #e7e5e0; border-color: #33363c; }
    header, section, .sources > li { border-color: #2e3136; }
    .icon { color: #b6b8bd; } .icon:hover { background: #2c2f35; color: #fff; }
    .btn { background: #2a2d33; border-color: #3a3e45; }
    .btn.primary { background: #e7e5e0; color: #1f2125; }
    .toggle:hover, .sentence:hover { background: #2a2d33; }
    .said, .message h2 { color: #e7e5e0; } code { background: #2c2f35; }
    kbd { background: #2a2d33; border-color: #3a3e45; color: #c9c7c2; }
    .stepper { border-color: #2e3136; } .stepper select { background: #2a2d33; border-color: #3a3e45; }
    .current { background: #2a2d33; } .current .reason, .readout { color: #c9c7c2; }
  }`;

  let host = null;
  let shadow = null;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "style") node.style.cssText = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Create (or reuse) the host and return the panel's body element. */
  function mount({ onClose, compact = false }) {
    if (!host) {
      host = document.createElement("sourcelight-panel");
      host.id = HOST_ID;
      // The host takes no room: everything inside is position: fixed.
      host.style.cssText = "all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;";
      shadow = host.attachShadow({ mode: "open" });
      document.documentElement.appendChild(host);
    }
    shadow.replaceChildren();
    const body = el("div", { class: "body" });
    const panel = el(
      "aside",
      { class: compact ? "panel compact" : "panel", role: "complementary", "aria-label": "Sourcelight" },
      el(
        "header",
        {},
        el("span", { class: "logo", "aria-hidden": "true" }),
        el("span", { class: "brand" }, "Sourcelight"),
        el("button", {
          class: "icon collapse",
          title: "Fold the panel",
          "aria-label": "Fold the panel",
          "aria-expanded": "true",
          onclick: (e) => {
            const folded = panel.classList.toggle("collapsed");
            e.currentTarget.setAttribute("aria-expanded", String(!folded));
            e.currentTarget.textContent = folded ? "▸" : "–";
          },
        }, "–"),
        el("button", { class: "icon close", title: "Close Sourcelight", "aria-label": "Close Sourcelight", onclick: onClose }, "×"),
      ),
      body,
    );
    shadow.append(el("style", {}, CSS_TEXT), panel, el("div", { class: "tip", role: "tooltip", hidden: true }));
    return body;
  }

  function setState(state) {
    host?.setAttribute("data-sl-state", JSON.stringify(state));
  }

  function showLoading({ onClose }) {
    const body = mount({ onClose, compact: true });
    body.append(
      el("section", { class: "message", "aria-live": "polite" },
        el("p", {}, "Reading this article…"), el("div", { class: "loading" })),
    );
    setState({ status: "loading" });
  }

  /** Explain a failed analysis in words a reader can act on. */
  function showError(outcome, { onClose, onRetry }) {
    const body = mount({ onClose, compact: true });
    const { code, message, status } = outcome.error;
    let title;
    let lines;
    if (code === "server_down") {
      title = "The Sourcelight server isn't running";
      lines = [
        el("p", {}, "Start it with ", el("code", {}, "make run"), " in the Sourcelight folder, then try again."),
        el("p", { class: "meta" }, `Looked for it at ${outcome.backendUrl} (change this in the extension's options).`),
      ];
    } else if (code === "no_article") {
      title = "No article on this page";
      lines = [el("p", {}, "Sourcelight reads news articles, and this page doesn't look like one. Open an article and click the Sourcelight button again.")];
    } else if (code === "timeout") {
      title = "The server took too long";
      lines = [el("p", {}, "The analysis did not finish in time. Try again, or try a shorter page.")];
    } else {
      title = "Sourcelight couldn't analyse this page";
      lines = [el("p", {}, message || "Unknown error."), el("p", { class: "meta" }, `${code}${status ? ` (HTTP ${status})` : ""}`)];
    }
    body.append(
      el("section", { class: "message", role: "alert" },
        el("h2", {}, title), ...lines,
        el("div", { class: "actions" }, el("button", { class: "btn primary", onclick: onRetry }, "Try again"))),
    );
    setState({ status: "error", error: code });
  }

  function categoryCounts(highlights, placedIds) {
    // Attribution categories count attributions (groups), hedges count single hedges.
    const seen = { named: new Set(), anonymous: new Set(), vague: new Set(), hedge: new Set() };
    for (const h of highlights) {
      if (!placedIds.has(h.id) || !seen[h.category]) continue;
      seen[h.category].add(h.label !== "hedge" && h.group != null ? `g${h.group}` : `h${h.id}`);
    }
    return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.size]));
  }

  /** Render the analysis: summary, legend, placement, ledger. */
  function render(data, ctx) {
    const body = mount({ onClose: ctx.onClose });
    const { article, summary, highlights, sources } = data;
    const colors = sl.highlighter.COLORS;
    // Outside the scrolling body, so that it stays at hand when the panel is folded.
    body.before(stepper(ctx));

    const metaBits = [article.site_name, article.byline, formatDate(article.published)].filter(Boolean);
    body.append(
      el("section", { class: "article" },
        el("h1", {}, article.title || "Untitled article"),
        metaBits.length ? el("div", { class: "meta" }, metaBits.join(" · ")) : null),
    );

    // Summary
    const status = el("span", { class: "status", role: "status", "aria-live": "polite" });
    const flash = (text) => {
      status.textContent = text;
      setTimeout(() => { if (status.textContent === text) status.textContent = ""; }, 2500);
    };
    const hasSummary = Boolean(summary && summary.sentences && summary.sentences.length);
    body.append(
      el("section", { class: "summary-section" },
        el("h2", {}, "Summary"),
        hasSummary
          ? el("p", { class: "summary" }, summary.sentences.flatMap((s, i) => [
            i ? " " : null,
            // A span (it flows as prose) that works like a button, from the keyboard too.
            el("span", {
              class: "sentence", title: "Show on the page", role: "button", tabindex: "0",
              onclick: () => ctx.onSentence(s),
              onkeydown: (e) => {
                if (e.key !== "Enter" && e.key !== " ") return;
                e.preventDefault();
                ctx.onSentence(s);
              },
            }, s.text),
          ]))
          : el("p", { class: "empty" }, "No summary for this article."),
        el("div", { class: "actions" },
          el("button", {
            class: "btn primary", disabled: !hasSummary,
            onclick: async () => flash((await copyText(summary.text)) ? "Copied" : "Copy failed"),
          }, "Copy summary"),
          el("button", {
            class: "btn", disabled: !hasSummary,
            onclick: async () => flash((await copyText(summaryMarkdown(article, summary))) ? "Copied as Markdown" : "Copy failed"),
          }, "Copy as Markdown"),
          status)),
    );

    // Legend with toggles and placement
    const counts = categoryCounts(highlights, ctx.placedIds);
    const legend = el("ul", { class: "legend" });
    for (const cat of Object.keys(LABELS)) {
      const on = ctx.enabled[cat] !== false;
      const button = el("button", {
        class: "toggle", "data-cat": cat, "aria-pressed": String(on),
        title: `Show or hide ${LABELS[cat].toLowerCase()} highlights`,
        onclick: () => {
          const next = button.getAttribute("aria-pressed") !== "true";
          button.setAttribute("aria-pressed", String(next));
          ctx.onToggle(cat, next);
        },
      },
      el("span", { class: "swatch", style: `background:${colors[cat].fill};border-color:${colors[cat].line}` }),
      el("span", { class: "name" }, LABELS[cat]),
      el("span", { class: "count" }, String(counts[cat])),
      el("span", { class: "switch", "aria-hidden": "true" }));
      legend.append(el("li", {}, button));
    }
    const missing = highlights.filter((h) => !ctx.placedIds.has(h.id));
    const notEnglish = data.stats?.english === 0;
    body.append(
      el("section", { class: "highlights" },
        el("h2", {}, "Highlights"),
        notEnglish
          ? el("p", { class: "empty language" },
            "Sources and hedges are marked in English articles only; this one does not read as English.")
          : null,
        legend,
        el("p", { class: "placement" }, `placed ${ctx.placedIds.size} of ${highlights.length} highlights`),
        missing.length
          ? el("details", { class: "notfound" },
            el("summary", {}, `${missing.length} not found on the page`),
            el("ul", {}, missing.map((h) => el("li", {}, `“${clip(h.exact, 140)}” (${LABELS[h.category] ?? h.category}, ${h.label})`))))
          : null),
    );

    body.append(ledger(sources, colors, ctx.onSource));
    const total = data.timings_ms?.total ?? data.timings_ms?.total_ms;
    const kbd = (text) => el("kbd", {}, text);
    body.append(el("footer", {},
      el("p", { class: "keys" }, "Keys: ", kbd("Alt+Shift+N"), " / ", kbd("Alt+Shift+P"), " next / previous highlight (",
        kbd("j"), " / ", kbd("k"), " in the panel), ", kbd("Esc"), " hides the explanation"),
      `Analysed on this computer${total != null ? ` in ${Math.round(total)} ms` : ""}` +
      `${summary?.method ? ` · ${summary.method} summary` : ""}${data.version ? ` · v${data.version}` : ""}`));
  }

  /** Previous / Next through the highlights, the "3 of 41" readout and the current explanation. */
  function stepper(ctx) {
    const only = el("select", {
      class: "only", "aria-label": "Step through", title: "Which highlights Previous and Next visit",
      onchange: (e) => ctx.onFilter(e.currentTarget.value),
    },
    el("option", { value: "all" }, "All kinds"),
    Object.entries(LABELS).map(([cat, label]) => el("option", { value: cat }, label)));
    return el("div", { class: "stepper", role: "group", "aria-label": "Step through the highlights" },
      el("div", { class: "row" },
        el("button", {
          class: "btn step prev", "aria-label": "Previous highlight", "aria-keyshortcuts": "Alt+Shift+P",
          title: "Previous highlight (Alt+Shift+P; k in the panel)", onclick: () => ctx.onStep(-1),
        }, "‹ Prev"),
        el("span", { class: "readout", role: "status", "aria-live": "polite", "aria-atomic": "true" }),
        el("button", {
          class: "btn step next", "aria-label": "Next highlight", "aria-keyshortcuts": "Alt+Shift+N",
          title: "Next highlight (Alt+Shift+N; j in the panel)", onclick: () => ctx.onStep(1),
        }, "Next ›"),
        only),
      el("div", { class: "current", hidden: true }));
  }

  /** Show a navigator position ({index, total, highlight}) in the stepper. */
  function showPosition({ index, total, highlight }) {
    const bar = shadow?.querySelector(".stepper");
    if (!bar) return;
    bar.querySelector(".readout").textContent = index
      ? `${index} of ${total}`
      : total ? `${total} highlight${total === 1 ? "" : "s"}` : "No highlights shown";
    for (const button of bar.querySelectorAll(".step")) button.disabled = total === 0;
    const current = bar.querySelector(".current");
    current.hidden = !highlight;
    if (!highlight) return current.replaceChildren();
    current.style.borderColor = sl.highlighter.COLORS[highlight.category]?.line ?? "#888";
    current.replaceChildren(
      el("div", { class: "kind" }, kindOf(highlight)),
      el("div", { class: "reason" }, highlight.reason || ""));
  }

  const kindOf = (h) => `${LABELS[h.category] ?? h.category} · ${h.label}`;

  /** The explanation as one line of text (the tooltip's words), for aria-description. */
  function describe(h) {
    return h.reason ? `${kindOf(h)}: ${h.reason}` : kindOf(h);
  }

  /** Put keyboard focus back on the Next button (Escape from a highlight). */
  function focusStepper() {
    shadow?.querySelector(".stepper .next")?.focus();
  }

  /** Fold the panel (Escape inside it); focus stays on the unfold button unless `keepFocus`. */
  function fold(keepFocus = false) {
    const button = shadow?.querySelector("button.collapse");
    if (!button) return;
    if (button.getAttribute("aria-expanded") === "true") button.click();
    if (!keepFocus) button.focus();
  }

  /** True when the panel's box overlaps `rect` (a highlight stepped to would sit behind it). */
  function covers(rect) {
    const box = shadow?.querySelector(".panel")?.getBoundingClientRect();
    if (!box || box.width === 0) return false;
    return rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom;
  }

  /** True when `event` happened inside the panel (its shadow tree included). */
  const inPanel = (event) => Boolean(host) && event.composedPath().includes(host);

  function ledger(sources, colors, onSource) {
    const section = el("section", { class: "ledger" }, el("h2", {}, "Who says so?"));
    const list = [...(sources || [])].sort((a, b) => b.attributions - a.attributions);
    if (!list.length) {
      section.append(el("p", { class: "empty" }, "No attributed sources found."));
      return section;
    }
    const share = { named: 0, anonymous: 0, vague: 0 };
    for (const s of list) share[SOURCE_CATEGORY[s.type] ?? "vague"] += s.attributions || 0;
    const sum = Object.values(share).reduce((a, b) => a + b, 0) || 1;
    const pct = (n) => Math.round((100 * n) / sum);
    section.append(
      el("div", { class: "bar", role: "img", "aria-label": "Shares of attributions by kind of source" },
        Object.entries(share).filter(([, n]) => n).map(([cat, n]) =>
          el("span", { style: `width:${(100 * n) / sum}%;background:${colors[cat].line}`, title: `${LABELS[cat]}: ${n}` }))),
      el("p", { class: "shares" },
        `Named ${pct(share.named)} % · Anonymous ${pct(share.anonymous)} % · Vague ${pct(share.vague)} % of ${sum} attribution${sum === 1 ? "" : "s"}`),
    );
    const ul = el("ul", { class: "sources" });
    for (const s of list) {
      const cat = SOURCE_CATEGORY[s.type] ?? "vague";
      const said = (s.said || []).filter(Boolean);
      ul.append(el("li", {},
        el("div", { class: "src" },
          el("button", { class: "who", title: "Show on the page", onclick: () => onSource?.(s.name) }, s.name),
          el("span", { class: "badge", style: `border-color:${colors[cat].line};color:${colors[cat].line}` }, TYPE_BADGES[s.type] ?? s.type),
          el("span", { class: "count", title: "attributions" }, `×${s.attributions}`)),
        said.length
          ? el("details", {}, el("summary", {}, "What they said"),
            el("ul", { class: "said" }, said.slice(0, 8).map((q) => el("li", {}, clip(q, 280)))))
          : null));
    }
    section.append(ul);
    return section;
  }

  function fillTip(items) {
    const tip = shadow?.querySelector(".tip");
    if (!tip) return null;
    const colors = sl.highlighter.COLORS;
    tip.replaceChildren(...items.map((h) => el("div", { class: "row" },
      el("div", { class: "kind" },
        el("span", { class: "swatch", style: `background:${colors[h.category]?.fill};border-color:${colors[h.category]?.line}` }),
        kindOf(h)),
      el("div", { class: "reason" }, h.reason || ""))));
    tip.hidden = false;
    return tip;
  }

  /** Tooltip for the marks under the pointer (innermost first). */
  function showTip(items, x, y) {
    const tip = fillTip(items);
    if (tip) placeTip(tip, x + 14, y + 22, y - 14);
  }

  /** Put the tooltip at `left`, its top at `below`, or ending at `above` when below would
   *  leave the window; kept 8 px inside the window. */
  function placeTip(tip, left, below, above) {
    const { width, height } = tip.getBoundingClientRect();
    tip.style.left = `${Math.max(8, Math.min(left, innerWidth - width - 8))}px`;
    tip.style.top = `${below + height > innerHeight - 8 ? Math.max(8, above - height) : below}px`;
  }

  /** Tooltip for a focused highlight `h`, below (or above) its first mark `mark`. */
  function showTipFor(h, mark) {
    const tip = fillTip([h]);
    if (!tip) return;
    const rect = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
    placeTip(tip, rect.left, rect.bottom + 8, rect.top - 8);
  }

  const tipShown = () => Boolean(shadow?.querySelector(".tip:not([hidden])"));

  function hideTip() {
    const tip = shadow?.querySelector(".tip");
    if (tip) tip.hidden = true;
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Plain-http pages have no async clipboard; the old command still works on a click.
      const area = el("textarea", { style: "position:fixed;opacity:0;top:0;left:0" });
      area.value = text;
      shadow.append(area);
      area.select();
      let ok = false;
      try {
        ok = document.execCommand("copy");
      } catch {
        ok = false;
      }
      area.remove();
      return ok;
    }
  }

  /** Text Fragment directive for `text` (start,end form for long sentences). */
  function textFragment(text) {
    const enc = (s) => encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
    const words = String(text).trim().split(/\s+/);
    if (words.length <= 8) return `:~:text=${enc(words.join(" "))}`;
    return `:~:text=${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}`;
  }

  function summaryMarkdown(article, summary) {
    const url = String(article.url || location.href).split("#")[0];
    const esc = (s) => String(s).replace(/([\\[\]*_`<>])/g, "\\$1");
    const lines = [`## [${esc(article.title || "Untitled article")}](${url})`, ""];
    for (const s of summary.sentences) lines.push(`- [${esc(s.text.trim())}](${url}#${textFragment(s.text)})`);
    lines.push("", `Source: <${url}>`);
    return lines.join("\n");
  }

  function formatDate(iso) {
    if (!iso) return null;
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
  }

  function clip(text, n) {
    const s = String(text).replace(/\s+/g, " ").trim();
    return s.length > n ? `${s.slice(0, n - 1)}…` : s;
  }

  function remove() {
    host?.remove();
    host = null;
    shadow = null;
  }

  const isMounted = () => Boolean(host && host.isConnected);

  sl.panel = {
    showLoading, showError, render, setState, showTip, showTipFor, hideTip, tipShown, showPosition,
    describe, focusStepper, fold, covers, inPanel, remove, isMounted, textFragment, summaryMarkdown,
  };
})();

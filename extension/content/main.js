// Glue between the worker and the page: show an analysis (anchor, draw, panel) or clear it.
// The worker calls these through chrome.scripting.executeScript in the content scripts'
// isolated world: isActive(), showLoading(), show(outcome), clear().

(() => {
  const sl = (globalThis.sourcelight ??= {});
  if (sl.show) return;

  const api = globalThis.browser ?? globalThis.chrome;
  const ALL_ON = { named: true, anonymous: true, vague: true, hedge: true };
  let enabled = { ...ALL_ON };

  /** True while Sourcelight has anything on the page (panel, loading or error). */
  function isActive() {
    return sl.panel.isMounted();
  }

  function showLoading() {
    clear();
    sl.panel.showLoading({ onClose: clear });
  }

  /** Show the worker's outcome ({ok, data} or {ok: false, error}); returns the test-hook state. */
  function show(outcome) {
    // The reader closed the loading panel: the answer is no longer wanted.
    if (outcome?.afterLoading && !sl.panel.isMounted()) return { status: "closed" };
    sl.navigator.clear();
    sl.highlighter.clear();
    if (!outcome || !outcome.ok) {
      sl.panel.showError(outcome ?? { error: { code: "unknown" } }, { onClose: clear, onRetry: retry });
      return { status: "error", error: outcome?.error?.code };
    }
    const data = outcome.data;
    const highlights = Array.isArray(data.highlights) ? data.highlights : [];
    const articleText = data.article?.text ?? "";
    enabled = { ...ALL_ON, ...(outcome.categoriesOn || {}) };
    const byId = new Map(highlights.map((h) => [h.id, h]));

    const { page, anchors } = sl.anchorText(highlights, { articleLength: articleText.length });
    const placedIds = sl.highlighter.draw(page, anchors, byId, enabled);
    sl.highlighter.enableHover(
      (chain, x, y) => sl.panel.showTip(chain.map((m) => byId.get(Number(m.dataset.slId))).filter(Boolean), x, y),
      () => sl.panel.hideTip(),
      (cat) => enabled[cat] !== false,
    );
    sl.panel.render(data, {
      placedIds,
      enabled,
      onClose: clear,
      onToggle: (cat, on) => {
        enabled = { ...enabled, [cat]: on };
        sl.highlighter.setEnabled(enabled);
        sl.navigator.refresh();
      },
      onStep: (dir) => sl.navigator.step(dir),
      onFilter: (cat) => sl.navigator.setFilter(cat),
      onSentence: (sentence) => revealSentence(sentence, articleText),
      onSource: (name) => revealSource(name, highlights, placedIds),
    });
    sl.navigator.start({
      byId,
      isEnabled: (cat) => enabled[cat] !== false,
      describe: sl.panel.describe,
      onChange: sl.panel.showPosition,
      showTip: sl.panel.showTipFor,
      hideTip: sl.panel.hideTip,
      tipShown: sl.panel.tipShown,
      inPanel: sl.panel.inPanel,
      focusPanel: sl.panel.focusStepper,
      foldPanel: sl.panel.fold,
      panelCovers: sl.panel.covers,
    });
    const state = {
      status: "ready",
      placed: placedIds.size,
      total: highlights.length,
      notFound: highlights.filter((h) => !placedIds.has(h.id)).map((h) => h.id),
      ms: outcome.clickedAt ? Date.now() - outcome.clickedAt : null,
      serverMs: data.timings_ms?.total ?? null,
    };
    sl.panel.setState(state);
    return state;
  }

  /** Scroll to a summary sentence on the page and select it (anchored like a highlight). */
  function revealSentence(sentence, articleText) {
    const quote = {
      id: -1,
      start: sentence.start,
      exact: sentence.text,
      prefix: articleText.slice(Math.max(0, sentence.start - 32), sentence.start),
      suffix: articleText.slice(sentence.end, sentence.end + 32),
    };
    const { page, anchors } = sl.anchorText([quote], { articleLength: articleText.length });
    if (!anchors.length) return false;
    const { start, end } = anchors[0];
    const range = document.createRange();
    range.setStart(page.nodes[page.nodeOf[start]], page.offsetOf[start]);
    range.setEnd(page.nodes[page.nodeOf[end - 1]], page.offsetOf[end - 1] + 1);
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  /** Scroll to the first placed mention of a ledger source and flash it. */
  function revealSource(name, highlights, placedIds) {
    const wanted = sl.normalize(name).trim().toLowerCase();
    const mention = highlights.find((h) => h.label === "source" && placedIds.has(h.id) &&
      sl.normalize(h.exact).toLowerCase().includes(wanted));
    if (!mention) return false;
    sl.highlighter.flash(mention.id);
    return true;
  }

  function retry() {
    clear();
    // No answer is expected; a worker that cannot be reached leaves the page clean anyway.
    Promise.resolve(api.runtime.sendMessage({ type: "sourcelight:analyze" })).catch(() => {});
  }

  /** Remove every trace: marks, styles, listeners, panel. */
  function clear() {
    sl.navigator.clear();
    sl.highlighter.clear();
    sl.panel.remove();
  }

  Object.assign(sl, { isActive, showLoading, show, clear });
})();

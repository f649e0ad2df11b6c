// Sourcelight background worker (Chrome: service worker; Firefox: event page, same file).
//
// A toolbar click toggles Sourcelight on the tab: if the page is already annotated, the
// content scripts remove every trace; otherwise the worker reads the rendered page, asks the
// local server to analyse it, and hands the result to the content scripts. The worker, not
// the content script, calls the server: its requests carry the extension's origin, which the
// server allows, and host_permissions exempt them from CORS.

const api = globalThis.browser ?? globalThis.chrome;

const DEFAULT_BACKEND = "http://127.0.0.1:8765";
const REQUEST_TIMEOUT_MS = 60000;
const CONTENT_FILES = [
  "content/anchor.js",
  "content/highlight.js",
  "content/panel.js",
  "content/navigate.js",
  "content/main.js",
];

api.action.onClicked.addListener((tab) => {
  analyzeTab(tab.id).catch((err) => failed(tab.id, err));
});

// "Try again" in the panel: the content script has already cleared the page.
api.runtime.onMessage.addListener((message, sender) => {
  if (message?.type === "sourcelight:analyze" && sender.tab?.id != null) {
    analyzeTab(sender.tab.id).catch((err) => failed(sender.tab.id, err));
  }
});

// Pages the extension may not script (the browser's own pages, the web store) end here.
function failed(tabId, err) {
  console.warn("Sourcelight could not run on this tab:", err?.message || err);
  setBadge(tabId, "!", "#b3261e");
}

// The analysis in flight per tab: a click while it runs cancels it (and clears the page).
const running = new Map();

/** Toggle Sourcelight on tab `tabId`; resolves to a short status string. */
async function analyzeTab(tabId) {
  const clickedAt = Date.now();
  const [settings] = await Promise.all([readSettings(), injectContentScripts(tabId)]);
  // One round trip: clear the page if Sourcelight is on it, else show "Reading…" and read it.
  const page = await runInTab(tabId, () => {
    const sl = globalThis.sourcelight;
    if (sl.isActive()) {
      sl.clear();
      return null;
    }
    const html = document.documentElement.outerHTML; // before the panel is added
    sl.showLoading();
    return { html, url: location.href };
  });
  if (!page) {
    running.get(tabId)?.abort();
    running.delete(tabId);
    await setBadge(tabId, "");
    return "cleared";
  }
  const run = new AbortController();
  running.set(tabId, run);
  await setBadge(tabId, "…", "#5f6b7a");
  const { backendUrl, categoriesOn } = settings;
  const outcome = await callServer(backendUrl, page, run.signal);
  if (run.signal.aborted || running.get(tabId) !== run) return "cancelled";
  running.delete(tabId);
  outcome.clickedAt = clickedAt;
  outcome.afterLoading = true;
  outcome.categoriesOn = categoriesOn;
  const state = await runInTab(
    tabId,
    (o) => globalThis.sourcelight.show(o),
    outcome,
  );
  if (outcome.ok) {
    await setBadge(tabId, String(state?.placed ?? ""), "#22313f");
  } else {
    await setBadge(tabId, "!", "#b3261e");
  }
  return outcome.ok ? "shown" : outcome.error.code;
}

async function injectContentScripts(tabId) {
  await api.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
}

async function runInTab(tabId, func, ...args) {
  const [result] = await api.scripting.executeScript({ target: { tabId }, func, args });
  return result?.result;
}

async function readSettings() {
  const stored = await api.storage.local.get(["backendUrl", "categoriesOn"]);
  const backendUrl = String(stored.backendUrl || DEFAULT_BACKEND).replace(/\/+$/, "");
  return { backendUrl, categoriesOn: stored.categoriesOn || null };
}

/**
 * POST the page to the server. Always resolves: {ok: true, data} or
 * {ok: false, error: {code, message, status}}; `server_down` when nothing answers.
 */
async function callServer(backendUrl, page, cancelled) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  cancelled?.addEventListener("abort", () => controller.abort());
  let response;
  try {
    response = await fetch(`${backendUrl}/api/analyze`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(page),
      signal: controller.signal,
    });
  } catch (err) {
    const code = err?.name === "AbortError" ? "timeout" : "server_down";
    return { ok: false, backendUrl, error: { code, message: String(err?.message || err), status: 0 } };
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok && body && body.article) {
    return { ok: true, backendUrl, data: body };
  }
  const error = body?.error ?? {};
  return {
    ok: false,
    backendUrl,
    error: {
      code: error.code || `http_${response.status}`,
      message: error.message || `The server answered ${response.status}.`,
      status: response.status,
    },
  };
}

async function setBadge(tabId, text, color) {
  try {
    await api.action.setBadgeText({ tabId, text });
    if (color) await api.action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab may have been closed meanwhile; the badge does not matter then.
  }
}

// Test hook (documented in extension/README.md): lets tests and the bench run the same
// code path as a click when they cannot use Extensions.triggerAction.
self.analyzeTab = analyzeTab;

// Options: the local server's URL (chrome.storage.local "backendUrl") and which highlight
// categories are on when the panel opens ("categoriesOn").

const api = globalThis.browser ?? globalThis.chrome;
const DEFAULT_BACKEND = "http://127.0.0.1:8765";
const CATEGORIES = ["named", "anonymous", "vague", "hedge"];

const form = document.getElementById("options");
const status = document.getElementById("status");

function say(text, bad = false) {
  status.textContent = text;
  status.classList.toggle("bad", bad);
}

/** The URL if it points at this computer over http(s), else null. */
function localUrl(value) {
  try {
    const url = new URL(value);
    const local = ["127.0.0.1", "localhost"].includes(url.hostname);
    return local && /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

async function load() {
  const { backendUrl, categoriesOn } = await api.storage.local.get(["backendUrl", "categoriesOn"]);
  form.backendUrl.value = backendUrl || DEFAULT_BACKEND;
  for (const cat of CATEGORIES) form[cat].checked = categoriesOn?.[cat] !== false;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const backendUrl = localUrl(form.backendUrl.value.trim());
  if (!backendUrl) {
    say("Use an http://127.0.0.1:PORT or http://localhost:PORT address.", true);
    return;
  }
  const categoriesOn = Object.fromEntries(CATEGORIES.map((cat) => [cat, form[cat].checked]));
  await api.storage.local.set({ backendUrl, categoriesOn });
  say("Saved.");
});

document.getElementById("check").addEventListener("click", async () => {
  const backendUrl = localUrl(form.backendUrl.value.trim());
  if (!backendUrl) {
    say("Not a local address.", true);
    return;
  }
  // Firefox treats MV3 host permissions as opt-in: ask for them on this click if needed.
  const origins = [`${new URL(backendUrl).protocol}//${new URL(backendUrl).hostname}/*`];
  if (api.permissions?.request && !(await api.permissions.contains({ origins }))) {
    await api.permissions.request({ origins }).catch(() => false);
  }
  try {
    const response = await fetch(`${backendUrl}/api/health`);
    const body = await response.json();
    say(body.status === "ok" ? `The server answers${body.version ? ` (v${body.version})` : ""}.` : "Unexpected answer.", body.status !== "ok");
  } catch {
    say("No answer. Is it running (make run)?", true);
  }
});

load();

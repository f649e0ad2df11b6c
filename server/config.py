"""Settings: defaults, then environment variables, then the caller's dict (tests, CLI flags).

Every setting has an environment variable of the same name prefixed ``SOURCELIGHT_``
(``SOURCELIGHT_MAX_CONTENT_LENGTH=10000000``), except ``SUMMARY_MODEL`` and
``EMBEDDING_MODEL``, which are read as they are.
"""

from __future__ import annotations

import os

DEFAULTS: dict = {
    # Requests above this many bytes are refused with 413 before the body is read.
    "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
    # Past this many seconds a request answers 503 with Retry-After instead of hanging.
    "TIME_BUDGET_S": 10.0,
    # Article text beyond this is cut at a paragraph boundary before the expensive stages
    # (the body limit above and the parser's nesting limit bound the HTML itself).
    "MAX_TEXT_CHARS": 100_000,
    # Summary length in sentences (1..7).
    "SUMMARY_SENTENCES": 3,
    # Local Hugging Face folders; None means the embedded all-MiniLM-L6-v2 and no seq2seq model.
    "EMBEDDING_MODEL": None,
    "SUMMARY_MODEL": None,
    # Origins allowed to call the API; requests without an Origin header (curl, the CLI) are allowed.
    "ALLOWED_ORIGINS": r"^(chrome-extension://[a-p]{32}|moz-extension://[0-9a-fA-F-]{36})$",
}

_UNPREFIXED = {"SUMMARY_MODEL", "EMBEDDING_MODEL"}


def load_config(overrides: dict | None = None) -> dict:
    """Defaults, overridden by the environment, overridden by ``overrides``."""
    config = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        name = key if key in _UNPREFIXED else f"SOURCELIGHT_{key}"
        raw = os.environ.get(name)
        if raw:
            config[key] = _coerce(raw, default, name)
    config.update(overrides or {})
    return config


def _coerce(raw: str, default, name: str):
    try:
        if isinstance(default, bool):
            return raw.lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError as exc:
        raise SystemExit(f"Environment variable {name}={raw!r} is not a valid number") from exc
    return raw

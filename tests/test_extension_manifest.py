"""The extension's manifest and files: what Chrome and Firefox both load, and `web-ext lint`."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTENSION = ROOT / "extension"
MANIFEST = json.loads((EXTENSION / "manifest.json").read_text(encoding="utf-8"))
# The one warning the cross-browser manifest earns by design: Firefox ignores "service_worker"
# and runs "scripts" instead, while Chrome does the opposite.
EXPECTED_WARNINGS = {"BACKGROUND_SERVICE_WORKER_IGNORED"}


def test_manifest_v3_with_both_backgrounds_and_minimal_permissions():
    assert MANIFEST["manifest_version"] == 3
    assert MANIFEST["background"] == {"service_worker": "background.js", "scripts": ["background.js"]}
    assert sorted(MANIFEST["permissions"]) == ["activeTab", "scripting", "storage"]
    assert sorted(MANIFEST["host_permissions"]) == ["http://127.0.0.1/*", "http://localhost/*"]
    assert MANIFEST["browser_specific_settings"]["gecko"]["id"]
    assert "content_scripts" not in MANIFEST  # injected on click only, never on every page


def test_every_referenced_file_exists_and_icons_are_pngs_of_their_size():
    files = [MANIFEST["background"]["service_worker"], MANIFEST["options_ui"]["page"]]
    icons = {**MANIFEST["icons"], **MANIFEST["action"]["default_icon"]}
    for name in files + list(icons.values()):
        assert (EXTENSION / name).is_file(), name
    for size, name in icons.items():
        head = (EXTENSION / name).read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", head[16:24]) == (int(size), int(size))
    background = (EXTENSION / "background.js").read_text(encoding="utf-8")
    for script in json.loads(background.split("CONTENT_FILES = ", 1)[1].split(";", 1)[0].replace(",\n]", "\n]")):
        assert (EXTENSION / script).is_file(), script


def test_file_names_are_kebab_case():
    for path in EXTENSION.rglob("*"):
        if path.is_file() and path.name != "README.md":
            stem = path.name.split(".")[0]
            assert stem == stem.lower() and "_" not in stem, path


def _web_ext() -> list[str]:
    if not (shutil.which("node") and shutil.which("npm")):
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("node and npm are needed under CI to lint the extension")
        pytest.skip("node/npm not installed: cannot run web-ext lint (apt-get install nodejs npm)")
    binary = ROOT / "node_modules" / ".bin" / "web-ext"
    if not binary.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=True,
                       capture_output=True, timeout=600)
    return [str(binary)]


def test_web_ext_lint_passes():
    command = _web_ext() + ["lint", "--source-dir", str(EXTENSION), "--self-hosted", "--output", "json"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    report = json.loads(run.stdout[run.stdout.index("{"):])
    assert report["errors"] == [], report["errors"]
    assert {w["code"] for w in report["warnings"]} <= EXPECTED_WARNINGS, report["warnings"]
    assert run.returncode == 0

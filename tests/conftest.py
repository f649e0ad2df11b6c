"""Shared fixtures: one app (models loaded once per session), its test client, fixture files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURES = Path(__file__).with_name("fixtures")
EXTENSION_ORIGIN = "chrome-extension://" + "a" * 32


@pytest.fixture(scope="session")
def app():
    from server.app import create_app

    return create_app({"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_html() -> str:
    return (FIXTURES / "seed" / "page.html").read_text(encoding="utf-8")


try:  # hypothesis profiles: a short run in the suite, a long one behind `make fuzz`
    from hypothesis import HealthCheck, settings

    settings.register_profile("default", max_examples=100, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("long", max_examples=20_000, deadline=None,
                              suppress_health_check=list(HealthCheck))
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
except ImportError:  # pragma: no cover - hypothesis is in requirements.txt
    pass

"""The command line, run as users run it: ``python -m server ...`` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server", *args], input=stdin, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_extract_prints_article_json():
    result = _run("extract", str(FIXTURES / "seed" / "page.html"))
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)["article"]
    assert article["title"].startswith("Trump White House")
    assert article["published"].startswith("2025-04-10")


def test_extract_reads_stdin_and_reports_no_article():
    result = _run("extract", "-", stdin="<html><body><script>x()</script></body></html>")
    assert result.returncode == 2
    assert json.loads(result.stderr)["error"]["code"] == "no_article"


def test_analyze_batch_maps_each_line_and_keeps_going(tmp_path):
    seed = (FIXTURES / "seed" / "page.html").read_text(encoding="utf-8")
    batch = tmp_path / "pages.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "seed", "html": seed}),
        json.dumps({"id": "empty", "html": "<html></html>"}),
        "{broken",
        json.dumps({"id": 7, "html": 7}),
    ]) + "\n", encoding="utf-8")
    result = _run("analyze", "--jsonl", str(batch))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["seed", "empty", None, 7]
    assert lines[0]["article"]["title"].startswith("Trump White House")
    assert lines[0]["summary"]["sentences"] and lines[0]["highlights"]
    assert lines[1]["error"]["code"] == "no_article"
    assert lines[2]["error"]["code"] == "bad_request" and "line 3" in lines[2]["error"]["message"]
    assert lines[3]["error"]["code"] == "bad_request"


def test_summarize_and_annotate_batches(tmp_path):
    text = ("The council approved the budget on Monday, officials said. "
            "The plan may change next year, according to a report by the city auditor. "
            "Critics say the cuts go too far.")
    batch = tmp_path / "texts.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    summary = json.loads(_run("summarize", "--jsonl", str(batch), "--sentences", "2").stdout)
    assert summary["id"] == "a"
    assert len(summary["summary"]["sentences"]) == 2
    for s in summary["summary"]["sentences"]:
        assert text[s["start"]:s["end"]] == s["text"]
    annotated = json.loads(_run("annotate", "--jsonl", str(batch)).stdout)
    assert annotated["id"] == "a"
    labels = {span["label"] for span in annotated["spans"]}
    assert {"cue", "source", "hedge"} <= labels
    for span in annotated["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert any(source["type"] == "vague" for source in annotated["sources"])


def test_serve_help_lists_host_and_port():
    result = _run("serve", "--help")
    assert result.returncode == 0
    assert "--host" in result.stdout and "--port" in result.stdout

"""Command line: ``python -m server serve|extract|analyze|summarize|annotate``.

Each analysis command reads one input (a path, or ``-`` for standard input) and prints JSON,
or with ``--jsonl FILE`` maps every input line to one output line, loading models once:

    extract, analyze     {"id", "html", "url"?}  ->  {"id", "article"} / {"id", "article", "summary", ...}
    summarize, annotate  {"id", "text"}          ->  {"id", "summary"} / {"id", "spans", "sources"}

A line that fails gives ``{"id", "error": {"code", "message"}}`` and the batch goes on.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Callable, Iterator

from server.errors import BadRequest, SourcelightError
from server.types import to_dict

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
WARM_UP_PAGE = ("<html lang='en'><head><title>Warm-up</title></head><body><article>"
                "<p>The council may vote on Monday, officials said, according to a report.</p>"
                "<p>“We are ready,” said Jane Doe, the council's chair, in a statement.</p>"
                "</article></body></html>")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    from server.pipeline import Pipeline  # imported here so `serve --help` stays instant

    pipeline = Pipeline()
    handler, field = _handlers(pipeline, args)[args.command]
    if args.jsonl:
        return _run_batch(args.jsonl, field, handler)
    raw = _read_input(args.path)
    try:
        result = handler({field: raw, "url": getattr(args, "url", None)})
    except SourcelightError as exc:
        print(json.dumps(exc.to_dict(), ensure_ascii=False), file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _handlers(pipeline, args) -> dict[str, tuple[Callable[[dict], dict], str]]:
    n = getattr(args, "sentences", None)

    def extract(rec):
        return {"article": to_dict(pipeline.extract(_field(rec, "html"), rec.get("url")))}

    def analyze(rec):
        return to_dict(pipeline.analyze(_field(rec, "html"), rec.get("url"), n))

    def summarize(rec):
        summary = to_dict(pipeline.summarize(_field(rec, "text"), rec.get("title"), n))
        return {"summary": summary}

    def annotate(rec):
        annotation = to_dict(pipeline.annotate(_field(rec, "text")))
        return {"spans": annotation["spans"], "sources": annotation["sources"]}

    return {"extract": (extract, "html"), "analyze": (analyze, "html"),
            "summarize": (summarize, "text"), "annotate": (annotate, "text")}


def _field(record: dict, name: str) -> str:
    value = record.get(name)
    if not isinstance(value, str):
        raise BadRequest(f"Each input needs a string field {name!r}.")
    return value


def _run_batch(path: str, field: str, handler: Callable[[dict], dict]) -> int:
    for number, line in _lines(path):
        record_id = None
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise BadRequest("each line must be a JSON object")
            record_id = record.get("id")
            out = {"id": record_id, **handler(record)}
        except SourcelightError as exc:
            out = {"id": record_id, **exc.to_dict()}
        except ValueError as exc:  # the line is not JSON
            out = {"id": record_id, "error": {"code": "bad_request",
                                              "message": f"line {number} is not valid JSON: {exc}"}}
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


def _lines(path: str) -> Iterator[tuple[int, str]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
    with stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, line


def _read_input(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def _serve(args) -> int:
    from server.app import create_app
    from server.wsgi import serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.host not in LOOPBACK:
        print(f"WARNING: serving on {args.host}: anyone who can reach this address can send "
              "pages to this Sourcelight service. Use 127.0.0.1 unless you mean it.",
              file=sys.stderr)
    def warm_app():
        app = create_app()
        # One small page through every stage loads the model and the libraries' lazy parts,
        # so the reader's first click is as fast as the rest.
        app.extensions["sourcelight.pipeline"].analyze(WARM_UP_PAGE)
        return app

    print(f"Sourcelight serving on http://{args.host}:{args.port}  (Ctrl-C stops it)", flush=True)
    serve(warm_app, args.host, args.port, args.threads)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m server", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the API with the gunicorn WSGI server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--threads", type=int, help="gunicorn worker threads (default 8)")
    for name, what in [("extract", "HTML page -> article"), ("analyze", "HTML page -> everything"),
                       ("summarize", "article text -> summary"), ("annotate", "text -> spans")]:
        cmd = sub.add_parser(name, help=what)
        cmd.add_argument("path", nargs="?", default="-", help="input file, or - for stdin")
        cmd.add_argument("--jsonl", metavar="FILE", help="batch mode: one JSON object a line")
        if name in ("extract", "analyze"):
            cmd.add_argument("--url", help="the page's address, for metadata")
        if name in ("analyze", "summarize"):
            cmd.add_argument("--sentences", type=int, help="summary length, 1 to 7 (default 3)")
    return parser

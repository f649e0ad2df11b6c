"""Load benchmark: the production server (`python -m server serve`, as `make run`) under
16 concurrent clients for 60 s, over the pages of a corpus directory, on 127.0.0.1 only.

    bench/load.py CORPUS_DIR [--seconds 60] [--clients 16]

Prints requests/s, latency p50/p95/p99, errors (any status other than 200/422) and the
server's resident memory (all its processes) after a 10 s warm-up at the same concurrency
and at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server.server_process import start_server  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()
    pages = [json.dumps({"html": p.read_text(encoding="utf-8", errors="replace")}).encode()
             for p in sorted(args.corpus.glob("*.html"))]
    if not pages:
        raise SystemExit(f"no *.html pages in {args.corpus}")
    server, base = start_server()
    try:
        # Warm-up at full concurrency, so models, caches and every thread's allocator arena
        # exist before the "before" reading; growth after that is what a leak would show.
        _drive(base, pages, args.clients, min(10.0, args.seconds / 6))
        rss_before = _tree_rss_mb(server.pid)
        latencies, statuses = _drive(base, pages, args.clients, args.seconds)
        rss_after = _tree_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    _report(latencies, statuses, args, rss_before, rss_after)
    return 0


def _drive(base, pages, clients, seconds):
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(offset: int) -> None:
        i = offset
        while time.monotonic() < stop_at:  # bounded in time; each request bounded by its timeout
            start = time.perf_counter()
            status = _post(base, pages[i % len(pages)])
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
            i += clients

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, statuses


def _report(latencies, statuses, args, rss_before, rss_after) -> None:
    q = statistics.quantiles(latencies, n=100)
    errors = sum(n for s, n in statuses.items() if s not in (200, 422))
    growth = (rss_after - rss_before) / rss_before * 100
    print(f"clients {args.clients}, {args.seconds:.0f} s, statuses {dict(sorted(statuses.items()))}")
    print(f"requests/s {len(latencies) / args.seconds:.1f}   "
          f"p50 {q[49]:.0f} ms   p95 {q[94]:.0f} ms   p99 {q[98]:.0f} ms")
    print(f"errors {errors} (target 0)   RSS {rss_before:.0f} MB -> {rss_after:.0f} MB "
          f"({growth:+.1f} %, target <= +10 %)")


def _post(base: str, body: bytes) -> int:
    request = urllib.request.Request(base + "/api/analyze", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0  # connection refused or reset: counted as an error


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of the server and its worker processes (Linux /proc)."""
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(proc.name) == pid or int(fields.get("PPid", "0").strip()) == pid:
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total / 1024


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())

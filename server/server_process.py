"""Start the production server (`python -m server serve`, as `make run` does) in a child process.

Used by the bad-input tests and the load benchmark, so both exercise exactly what users run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env: dict | None = None, output=subprocess.DEVNULL,
                 wait_s: float = 60.0) -> tuple[subprocess.Popen, str]:
    """(process, base URL) once /api/health answers; RuntimeError if it exits or never answers."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--port", str(port)],
                            cwd=ROOT, env=dict(os.environ, HF_HUB_OFFLINE="1", **(env or {})),
                            stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    stop_at = time.monotonic() + wait_s
    while time.monotonic() < stop_at:
        try:
            urllib.request.urlopen(base + "/api/health", timeout=1).read()
            return proc, base
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with status {proc.returncode}") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"the server did not answer /api/health within {wait_s:g} s")

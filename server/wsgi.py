"""Production serving with gunicorn (threaded worker), as `make run` and the load benchmark use it.

Why gunicorn rather than waitress: gunicorn hands the request body to the app as a stream,
so a page over the size limit is refused (413 JSON) from its Content-Length without being
read, and nothing is spooled to disk; waitress buffers large bodies into temporary files
and answers its own plain-text 413.
"""

from __future__ import annotations

from gunicorn.app.base import BaseApplication

# One process keeps one copy of the models; its threads share them. The analysis itself
# runs on the app's two-worker executor (one per core) within each request's time budget.
WORKER_SETTINGS = {"workers": 1, "worker_class": "gthread", "threads": 8, "timeout": 60,
                   "graceful_timeout": 5, "keepalive": 5, "accesslog": None}


class _Server(BaseApplication):
    def __init__(self, app_factory, options: dict):
        self._app_factory = app_factory
        self._options = options
        super().__init__()

    def load_config(self):
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self):
        # Runs in the worker process: torch must not start its thread pools before the fork.
        return self._app_factory()


def serve(app_factory, host: str, port: int, threads: int | None = None) -> None:
    """Serve the app that ``app_factory()`` builds (in the worker) on host:port until stopped."""
    options = dict(WORKER_SETTINGS, bind=f"{host}:{port}")
    if threads:
        options["threads"] = threads
    _Server(app_factory, options).run()

"""Errors a person can act on. The API turns each into ``{"error": {"code", "message"}}``."""

from __future__ import annotations


class SourcelightError(Exception):
    """Base class: ``status`` is the HTTP status, ``code`` a stable machine-readable name."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message}}


class BadRequest(SourcelightError):
    status = 400
    code = "bad_request"


class NoArticle(SourcelightError):
    """The page parsed, but nothing on it reads as an article."""

    status = 422
    code = "no_article"


class TooLarge(SourcelightError):
    status = 413
    code = "too_large"


class Timeout(SourcelightError):
    status = 503
    code = "timeout"


class UnsupportedMediaType(SourcelightError):
    status = 415
    code = "unsupported_media_type"

"""Domain errors, each carrying its HTTP status and a stable code; the service maps them to
``{"error": {"code", "message", "details"}}`` answers, the CLI to messages and exit codes.
"""

from __future__ import annotations

from typing import Any


class ActornetError(Exception):
    """Base of every error the API reports on purpose."""

    status = 500
    code = "internal_error"

    def __init__(self, message: str, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class NotFound(ActornetError):
    status = 404
    code = "not_found"


class Ambiguous(ActornetError):
    status = 409
    code = "ambiguous"


class BadRequest(ActornetError):
    status = 400
    code = "bad_request"


class InvalidInput(ActornetError):
    status = 422
    code = "invalid_input"


class Unauthorized(ActornetError):
    status = 401
    code = "unauthorized"


class ReadOnly(ActornetError):
    status = 403
    code = "read_only"


class PayloadTooLarge(ActornetError):
    status = 413
    code = "payload_too_large"


class TooBusy(ActornetError):
    status = 429
    code = "too_busy"


class DatabaseUnavailable(ActornetError):
    status = 503
    code = "database_unavailable"


class QueryFailed(ActornetError):
    status = 400
    code = "query_failed"


class QueryTimeout(ActornetError):
    status = 408
    code = "query_timeout"

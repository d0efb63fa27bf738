"""Domain errors, each carrying its HTTP status, and the handlers that turn them into JSON.

Every error answer has one shape::

    {"error": {"code": "not_found", "message": "...", "details": [...]}}

``details`` lists, for validation errors, each field (``loc``) and its problem (``msg``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


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


class DatabaseUnavailable(ActornetError):
    status = 503
    code = "database_unavailable"


class QueryFailed(ActornetError):
    status = 400
    code = "query_failed"


class QueryTimeout(ActornetError):
    status = 408
    code = "query_timeout"


def error_body(
    code: str, message: str, details: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The JSON body of every error answer."""
    return {"error": {"code": code, "message": message, "details": details or []}}


def install_handlers(app: FastAPI) -> None:
    """Map domain errors, validation errors and HTTP errors to the one JSON shape."""

    @app.exception_handler(ActornetError)
    async def _domain(_: Request, exc: ActornetError) -> JSONResponse:
        return JSONResponse(error_body(exc.code, exc.message, exc.details), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "msg": err.get("msg", ""),
                "type": err.get("type", ""),
            }
            for err in exc.errors()
        ]
        fields = ", ".join(".".join(d["loc"]) for d in details)
        return JSONResponse(
            error_body("invalid_input", f"invalid request: {fields}", details), status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            exc.status_code, "http_error"
        )
        return JSONResponse(
            error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            error_body("internal_error", f"unexpected {type(exc).__name__}; see the server log"),
            status_code=500,
        )

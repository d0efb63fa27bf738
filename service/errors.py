"""The handlers that turn domain errors (:mod:`core.errors`), validation errors and HTTP errors
into JSON.

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

from core.errors import ActornetError
from loaders.load import DatabaseGone


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

    @app.exception_handler(DatabaseGone)
    async def _gone(_: Request, exc: DatabaseGone) -> JSONResponse:
        return JSONResponse(error_body("database_unavailable", str(exc)), status_code=503)

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

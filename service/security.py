"""Security headers on every answer, and the Host names the app answers.

A request with a Host the app does not answer gets the JSON error shape of every other
error (:mod:`service.errors`), naming the ``Host`` header; Starlette's own check decides.

Pages load scripts and styles from the app only (``'self'``), so their policy allows no
inline code. A page that needs another policy sets its own header, which is kept: the Neo4j
Browser guide (the hashes of its inline style and script) and the OpenAPI pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.settings import Settings
from service.errors import error_body

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-opener-policy": b"same-origin",
}


class SecurityHeaders:
    """Adds the headers above to every HTTP answer that does not set them itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = PAGE_POLICY

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in HEADERS.items():
                    if name not in present:
                        headers.append((name, value))
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", policy.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


PASSED = "actornet.host_trusted"
"""Set in the scope when the Host check let a request through."""


class TrustedHosts(TrustedHostMiddleware):
    """Starlette's Host check, its refusal answered with the JSON error shape.

    The check lets a request through by calling the app it wraps, which marks the scope;
    an answer that starts without that mark is the check's own refusal, and is replaced.
    """

    def __init__(self, app: ASGIApp, allowed_hosts: Sequence[str]) -> None:
        async def passed(scope: Scope, receive: Receive, send: Send) -> None:
            scope[PASSED] = True
            await app(scope, receive, send)

        super().__init__(passed, allowed_hosts=allowed_hosts, www_redirect=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        refused = False

        async def send_refusal_as_json(message: Message) -> None:
            nonlocal refused
            if scope.get(PASSED):
                await send(message)
            elif message["type"] == "http.response.start":
                refused = True
                await _refusal(scope)(scope, receive, send)
            elif not refused:
                await send(message)

        await super().__call__(scope, receive, send_refusal_as_json)


def _refusal(scope: Scope) -> JSONResponse:
    host = Headers(scope=scope).get("host")
    problem = "is missing" if host is None else f"{host[:200]!r} is not a host this server answers"
    details = [{"loc": ["header", "Host"], "msg": problem, "type": "invalid_host"}]
    return JSONResponse(
        error_body("invalid_host", f"Host header {problem}", details), status_code=400
    )


_PREFLIGHT_HEADERS = {
    "origin": "Origin",
    "method": "Access-Control-Request-Method",
    "headers": "Access-Control-Request-Headers",
    "private-network": "Access-Control-Request-Private-Network",
}


class CrossOrigin(CORSMiddleware):
    """Starlette's CORS, its refused preflight answered with the JSON error shape naming the
    request headers it refused (Starlette decides, as for the Host check)."""

    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        if answer.status_code != 400:
            return answer
        refused = bytes(answer.body).decode().removeprefix("Disallowed CORS ").split(", ")
        details = [
            {
                "loc": ["header", _PREFLIGHT_HEADERS.get(what, what)],
                "msg": f"{request_headers.get(_PREFLIGHT_HEADERS.get(what, what), '')[:200]!r}"
                " is not allowed across origins",
                "type": "cors_refused",
            }
            for what in refused
        ]
        kept = {k: v for k, v in answer.headers.items() if k.lower().startswith("access-control")}
        message = "cross-origin request refused: " + ", ".join(d["loc"][1] for d in details)
        return JSONResponse(
            error_body("cors_refused", message, details), status_code=400, headers=kept
        )


def install(app: FastAPI, settings: Settings, bind: str | None = None) -> None:
    """The Host check (a foreign Host gets a JSON 400), then security headers on every answer,
    that refusal included."""
    app.add_middleware(TrustedHosts, allowed_hosts=settings.hosts(bind))
    app.add_middleware(SecurityHeaders)

"""``/docs`` (Swagger UI) and ``/redoc`` (ReDoc), served whole by the app, offline.

The assets come from the ``fastapi-offline`` package (Swagger UI's bundle and style sheet,
ReDoc's standalone bundle and a favicon), mounted at ``/static/apidocs``; the pages load
nothing from another host (no CDN, no Google Fonts). Neither page has an inline script:
Swagger UI starts from ``swagger-init.js``, which reads its settings from the page's
``data-`` attributes, so the pages work under a ``script-src 'self'`` policy. ReDoc's
bundle draws a "Redocly" logo from its CDN in the menu; the app serves the bundle with that
one address pointing at the local favicon instead.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
OWN_ASSETS = Path(__file__).resolve().parent / "apidocs_static"
PREFIX = "/static/apidocs"
REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; worker-src 'self' blob:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
"""The pages' Content-Security-Policy: nothing from another host, no inline script; inline
styles (Swagger UI's and ReDoc's components set them) and ReDoc's search worker (a blob)
allowed."""


@cache
def redoc_bundle() -> bytes:
    """ReDoc's standalone bundle with its one outside image (the logo) made local."""
    source = (ASSETS / "redoc.standalone.js").read_text(encoding="utf-8")
    return source.replace(REDOC_LOGO, f"{PREFIX}/favicon.png").encode("utf-8")


def swagger_page(title: str, openapi_url: str, root: str) -> str:
    """Swagger UI's page: the bundle, the style sheet and the start script, all local."""
    static = html.escape(root + PREFIX, quote=True)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)} — Swagger UI</title>"
        f"<link rel='stylesheet' href='{static}/swagger-ui.css'>"
        f"<link rel='icon' type='image/png' href='{static}/favicon.png'>"
        "</head><body>"
        f"<div id='swagger-ui' data-openapi-url='{html.escape(root + openapi_url, quote=True)}'>"
        "</div>"
        f"<script src='{static}/swagger-ui-bundle.js'></script>"
        f"<script src='{static}/own/swagger-init.js'></script>"
        "</body></html>"
    )


def redoc_page(title: str, openapi_url: str, root: str) -> str:
    """ReDoc's page: the standalone bundle, local, with the system fonts."""
    static = html.escape(root + PREFIX, quote=True)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)} — ReDoc</title>"
        f"<link rel='icon' type='image/png' href='{static}/favicon.png'>"
        f"<link rel='stylesheet' href='{static}/own/redoc.css'>"
        "</head><body>"
        f"<redoc spec-url='{html.escape(root + openapi_url, quote=True)}'></redoc>"
        f"<script src='{static}/own/redoc.standalone.js'></script>"
        "</body></html>"
    )


def install(app: FastAPI) -> None:
    """Mount the assets and add ``/docs`` and ``/redoc`` (the app is built with both off)."""

    @app.get(f"{PREFIX}/own/redoc.standalone.js", include_in_schema=False)
    async def redoc_script() -> Response:
        return Response(
            redoc_bundle(),
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    app.mount(f"{PREFIX}/own", StaticFiles(directory=OWN_ASSETS), name="apidocs-own")
    app.mount(PREFIX, StaticFiles(directory=ASSETS), name="apidocs")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = str(request.scope.get("root_path", ""))
        return HTMLResponse(
            swagger_page(app.title, openapi_url, root),
            headers={"Content-Security-Policy": POLICY},
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = str(request.scope.get("root_path", ""))
        return HTMLResponse(
            redoc_page(app.title, openapi_url, root),
            headers={"Content-Security-Policy": POLICY},
        )

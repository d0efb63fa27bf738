"""The one way tests and benchmarks run an app: uvicorn on a free local port in a background
thread; the real app as a :class:`LiveServer`, and a small preview app that serves rendered
pages with the view engine's static files.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from typing import Any, Literal

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse

from core.settings import Settings
from service.app import create_app
from service.neo4j_local import free_port
from service.views.render import mount_static

PageSource = Callable[[], str]


def preview_app(
    pages: Mapping[str, PageSource], documents: Mapping[str, object] | None = None
) -> FastAPI:
    """An app serving ``pages`` (path -> HTML builder), ``documents`` as JSON, and /static."""
    app = FastAPI(title="actornet view preview", docs_url=None, redoc_url=None)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    mount_static(app)
    for path, build in pages.items():

        def page(build: PageSource = build) -> HTMLResponse:
            return HTMLResponse(build())

        app.add_api_route(path, page, methods=["GET"], response_class=HTMLResponse)
    for path, body in (documents or {}).items():

        def document(body: object = body) -> JSONResponse:
            return JSONResponse(body)

        app.add_api_route(path, document, methods=["GET"])
    return app


@contextmanager
def serve_in_thread(
    app: FastAPI, *, timeout_s: float = 30.0, lifespan: Literal["on", "off"] = "off"
) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan=lifespan)
    )
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the app did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=timeout_s)


class LiveServer:
    """The real app with these settings (its lifespan runs: driver, schema), served in a thread."""

    def __init__(self, settings: Settings) -> None:
        self.app = create_app(settings)
        self.url = ""
        self._stack = ExitStack()

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def __enter__(self) -> LiveServer:
        self.url = self._stack.enter_context(serve_in_thread(self.app, lifespan="on"))
        return self

    def __exit__(self, *_: object) -> None:
        self._stack.close()


def ok_json(http: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    """GET ``path`` with ``params``; the JSON body of a 200 answer (else the test fails)."""
    response = http.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body

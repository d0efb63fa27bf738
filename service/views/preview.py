"""A small app that serves rendered pages with the view engine's static files, and a way to
run any app on a free local port in a background thread (tests, benchmarks, previews).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse

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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve_in_thread(app: FastAPI, *, timeout_s: float = 15.0) -> Iterator[str]:
    """Run ``app`` with uvicorn on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the preview server did not start on port {port}")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=timeout_s)

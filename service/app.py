"""The FastAPI application: ``create_app()`` wires settings, the Neo4j driver, routes and views.

The drivers are opened in the lifespan and kept on ``app.state``: the read repository's (sync,
used from worker threads), the loaders' for uploads, and an async one that applies the schema
at start when Neo4j answers, and again by ``/ready`` if the database came up later.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from core.errors import ActornetError, DatabaseUnavailable
from core.settings import Settings, get_settings
from loaders.gazetteer import Gazetteer
from service import api, apidocs, browser_guide, db, guide, security
from service.bounds import bounded_inputs
from service.errors import error_body, install_handlers
from service.views import pages
from service.views.render import mount_static

log = logging.getLogger("actornet")

DESCRIPTION = """
actornet answers questions about diplomatic and security contacts — **who met whom, where,
when, and through which channel** — from a Neo4j graph built out of news articles, with the
source sentence behind every answer.

* Read endpoints need no key. Write endpoints need the `X-API-Key` header.
* Errors always have the shape `{"error": {"code", "message", "details"}}`.
* Inputs are bounded: integers within Neo4j's 64-bit range, no NUL or lone surrogate in
  text, real dates; a value out of bounds is a 422 naming the field.
* `POST /api/v1/cypher` (when served) runs confined, read-only Cypher: the statement is
  planned first and refused unless it is a plain read of the graph — no `LOAD CSV`, no
  `SHOW`/`TERMINATE` or administration commands, only an allowlist of read procedures —
  with a time limit, a row cap and a byte cap. It is served when
  `ACTORNET_CYPHER_ENDPOINT=read`, the default only when the API listens on loopback.
* Only the Host names in `ACTORNET_TRUSTED_HOSTS` are answered (default: loopback names).
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; ``settings`` defaults to the environment's."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = db.async_driver(settings)
        app.state.driver = driver
        app.state.sync_driver = db.sync_driver(settings)
        read_driver = db.read_driver(settings)
        app.state.repository = db.Repository(read_driver, settings.neo4j_database)
        app.state.schema_ready = False
        try:
            await db.apply_schema_async(driver, settings.neo4j_database)
            app.state.schema_ready = True
        except Exception as exc:  # the app starts anyway; /ready reports the reason
            log.warning("schema not applied at start: %s", exc)
        try:
            yield
        finally:
            await driver.close()
            app.state.sync_driver.close()
            read_driver.close()

    app = FastAPI(
        title="actornet",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(bounded_inputs)],
        openapi_tags=[
            {"name": "health", "description": "Liveness and readiness"},
            {"name": "actors", "description": "Search actors, profiles, and who met whom"},
            {"name": "meetings", "description": "Meetings with participants, places, channels"},
            {"name": "documents", "description": "Sources, and loading fact files"},
            {"name": "cypher", "description": "Read-only Cypher for power users"},
        ],
    )
    app.state.settings = settings
    app.state.gazetteer = Gazetteer.load(settings.gazetteer)  # read once, used by every write
    install_handlers(app)
    app.include_router(api.router(with_cypher=settings.cypher_enabled()))
    app.include_router(guide.router)
    app.include_router(browser_guide.router)
    app.include_router(pages.router)
    mount_static(app)
    apidocs.install(app)
    # Level 1, not Starlette's 9: a who-met answer of 214 KB compresses to 30 KB in 1.0 ms,
    # against 23 KB in 2.4 ms at level 5 (bench/RESULTS.md, issue 17).
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=1)
    app.add_middleware(  # Neo4j Browser fetches the guide and its style sheet from its page
        security.CrossOrigin,
        allow_origins=browser_guide.browser_origins(settings),
        allow_methods=["GET"],
        allow_headers=["cache-control", "pragma", "accept", "content-type"],
    )
    security.install(app, settings)

    @app.get("/health", tags=["health"], summary="The process is up")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/ready",
        tags=["health"],
        summary="Neo4j answers and the schema is applied",
        responses={503: {"description": "Neo4j unreachable or schema missing"}},
    )
    async def ready() -> Any:
        driver = app.state.driver
        try:
            async with db.translate_errors():
                if not app.state.schema_ready:
                    await db.apply_schema_async(driver, settings.neo4j_database)
                if not await db.schema_applied(driver, settings.neo4j_database):
                    await db.apply_schema_async(driver, settings.neo4j_database)
                app.state.schema_ready = True
        except ActornetError as exc:
            app.state.schema_ready = False
            err = exc if isinstance(exc, DatabaseUnavailable) else DatabaseUnavailable(exc.message)
            return JSONResponse(error_body(err.code, err.message), status_code=503)
        return {"status": "ready", "database": settings.neo4j_database}

    return app

"""The REST API under ``/api/v1``: one router per subject, assembled by :func:`router`."""

from __future__ import annotations

from fastapi import APIRouter

from service.api import actors, cypher, documents, export, meetings, network, paths


def router(*, with_cypher: bool = True) -> APIRouter:
    """Every API route, mounted by the app at ``/api/v1`` (``/cypher`` only when asked)."""
    api = APIRouter(prefix="/api/v1")
    for module in (actors, meetings, documents, network, paths, export):
        api.include_router(module.router)
    if with_cypher:
        api.include_router(cypher.router)
    return api

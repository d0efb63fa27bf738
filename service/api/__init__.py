"""The REST API under ``/api/v1``: one router per subject, assembled by :func:`router`."""

from __future__ import annotations

from fastapi import APIRouter

from service.api import actors, cypher, documents, export, meetings, network, paths


def router() -> APIRouter:
    """Every API route, mounted by the app at ``/api/v1``."""
    api = APIRouter(prefix="/api/v1")
    for module in (actors, meetings, documents, cypher, network, paths, export):
        api.include_router(module.router)
    return api

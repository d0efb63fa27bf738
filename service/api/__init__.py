"""The REST API under ``/api/v1``: one router per subject, assembled by :func:`router`."""

from __future__ import annotations

from fastapi import APIRouter

from service.api import actors, cypher, documents, meetings


def router() -> APIRouter:
    """Every API route, mounted by the app at ``/api/v1``."""
    api = APIRouter(prefix="/api/v1")
    for module in (actors, meetings, documents, cypher):
        api.include_router(module.router)
    return api

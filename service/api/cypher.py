"""``POST /api/v1/cypher``: read-only Cypher with parameters, a timeout and a row cap.

The statement runs in a READ transaction (READ access mode), so the server itself refuses
any write; the user's text is sent as the query and their values as parameters.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter
from neo4j import graph
from neo4j import time as ntime

from service.api.models import CypherRequest, CypherResult
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["cypher"])


def plain(value: Any) -> Any:
    """A JSON-ready copy of a Neo4j value (nodes, relationships, paths, temporal types)."""
    if isinstance(value, graph.Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, graph.Relationship):
        return {"type": value.type, "properties": plain(dict(value))}
    if isinstance(value, graph.Path):
        return {
            "nodes": [plain(n) for n in value.nodes],
            "relationships": [plain(r) for r in value.relationships],
        }
    if isinstance(value, (ntime.Date, ntime.DateTime, ntime.Time, ntime.Duration)):
        return value.iso_format()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


@router.post(
    "/cypher",
    response_model=CypherResult,
    summary="Run read-only Cypher with parameters (timeout and row cap apply)",
    responses={
        400: {"description": "Cypher error, or a write refused by the server"},
        408: {"description": "The query ran past the time limit"},
    },
)
async def run_cypher(body: CypherRequest, repo: RepoDep, settings: SettingsDep) -> dict[str, Any]:
    keys, rows, truncated = await repo.run_raw(
        body.query,
        body.parameters,
        timeout=settings.cypher_timeout_s,
        max_rows=settings.cypher_max_rows,
    )
    return {
        "columns": keys,
        "rows": [plain(r) for r in rows],
        "truncated": truncated,
        "row_cap": settings.cypher_max_rows,
    }

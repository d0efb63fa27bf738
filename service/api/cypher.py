"""``POST /api/v1/cypher``: confined read-only Cypher with parameters, a timeout and caps.

Served only when ``ACTORNET_CYPHER_ENDPOINT=read`` (the default when the API listens on
loopback only). Each statement is planned first and refused unless it is a plain read
(:mod:`service.cypher_guard`); it then runs in a READ transaction with the server's
timeout, the app's own wall-clock limit, a row cap, a byte cap on the answer, and a bound on
how many run at once. The user's text is sent as the query and their values as parameters.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from fastapi import APIRouter, Request
from neo4j import graph
from neo4j import time as ntime

from core.errors import QueryTimeout, TooBusy
from service.api.models import CypherRequest, CypherResult
from service.bounds import check_value, refuse, text_problem
from service.cypher_guard import READ_PROCEDURES
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["cypher"])

CONCURRENT_QUERIES = 4
GRACE_S = 2.0

DESCRIPTION = f"""
Runs one **read-only** Cypher statement with parameters and returns its rows.

Confinement, checked before anything runs: the server plans the statement (`EXPLAIN`) and
it is refused (403 `read_only`, with the reason) unless the plan is a plain read of the
graph. Refused: writes; `LOAD CSV` (no file or URL is read); `SHOW …` and `TERMINATE …`
commands; administration commands (users, databases, settings); procedure calls other than
{", ".join(f"`{p}`" for p in sorted(READ_PROCEDURES))}. The check reads Neo4j's own plan, so
case, comments and whitespace change nothing.

Limits: the server's transaction timeout (`ACTORNET_CYPHER_TIMEOUT_S`) and the app's own
wall-clock limit a little after it (408); at most `ACTORNET_CYPHER_MAX_ROWS` rows and
`ACTORNET_CYPHER_MAX_BYTES` bytes of rows (`truncated: true` when cut); at most
{CONCURRENT_QUERIES} statements at once (429 beyond). Parameters: integers within -2^63 ..
2^63-1, text without NUL or lone surrogates, nested at most 32 levels (422 naming the field).

The endpoint exists only when `ACTORNET_CYPHER_ENDPOINT=read`, the default when the API
listens on loopback only; on any other address it is off unless turned on.
"""


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


def converted(record: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """A record's JSON-ready form and its size in bytes as JSON."""
    row = plain(record)
    return row, len(json.dumps(row, default=str, ensure_ascii=False).encode("utf-8"))


def _slots(request: Request) -> asyncio.Semaphore:
    slots: asyncio.Semaphore | None = getattr(request.app.state, "cypher_slots", None)
    if slots is None:
        slots = asyncio.Semaphore(CONCURRENT_QUERIES)
        request.app.state.cypher_slots = slots
    return slots


@router.post(
    "/cypher",
    response_model=CypherResult,
    summary="Run confined read-only Cypher with parameters (plan check, time limit, caps)",
    description=DESCRIPTION,
    responses={
        400: {"description": "Cypher error"},
        403: {"description": "Not a plain read: refused before it ran, with the reason"},
        408: {"description": "The query ran past the time limit"},
        422: {"description": "A parameter out of bounds; the body names it"},
        429: {"description": "Too many statements running at once; retry shortly"},
    },
)
async def run_cypher(
    body: CypherRequest, request: Request, repo: RepoDep, settings: SettingsDep
) -> dict[str, Any]:
    if problem := text_problem(body.query):
        raise refuse(["body", "query"], problem)
    check_value(body.parameters, ["body", "parameters"])
    slots = _slots(request)
    if slots.locked():
        raise TooBusy(f"{CONCURRENT_QUERIES} Cypher statements are running; retry shortly")
    async with slots:
        try:
            async with asyncio.timeout(settings.cypher_timeout_s + GRACE_S):
                keys, rows, truncated = await repo.run_confined(
                    body.query,
                    body.parameters,
                    timeout=settings.cypher_timeout_s,
                    max_rows=settings.cypher_max_rows,
                    max_bytes=settings.cypher_max_bytes,
                    convert=converted,
                )
        except TimeoutError:
            raise QueryTimeout(
                f"the query ran past the limit of {settings.cypher_timeout_s:g} s"
            ) from None
    return {
        "columns": keys,
        "rows": rows,
        "truncated": truncated,
        "row_cap": settings.cypher_max_rows,
        "byte_cap": settings.cypher_max_bytes,
    }

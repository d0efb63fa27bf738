"""An actor's surroundings: its ego network, its timeline, and who sat at the same tables."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from core.errors import BadRequest
from service.api.graph_models import CoAttendance, Network, Timeline
from service.api.lookup import resolve_actor
from service.db import Repository
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["network"])

DateParam = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2018-01-01"])]
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "Unknown actor; the body suggests close names"},
    409: {"description": "Ambiguous name; the body lists the candidates"},
}


def actor_ref(actor: dict[str, Any]) -> dict[str, Any]:
    """The id, name, type and country of a resolved actor."""
    return {k: actor.get(k) for k in ("id", "name", "type", "country")}


async def ego_network(
    repo: Repository, actor: dict[str, Any], depth: int, max_nodes: int
) -> dict[str, Any]:
    """The ego_network module's answer for a resolved actor, as the Network model."""
    rows = await repo.run(
        "queries/ego_network", {"id": actor["id"], "depth": depth, "max_nodes": max_nodes}
    )
    row = rows[0] if rows else {"nodes": [], "edges": [], "truncated": False}
    return {
        "actor": actor_ref(actor),
        "depth": depth,
        "max_nodes": max_nodes,
        "truncated": row["truncated"],
        "nodes": row["nodes"],
        "edges": row["edges"],
    }


@router.get(
    "/actors/{actor_id}/network",
    response_model=Network,
    summary="The actor's ego network: actors reachable through shared meetings and affiliations",
    responses=NOT_FOUND,
)
async def network(
    repo: RepoDep,
    settings: SettingsDep,
    actor_id: str,
    depth: Annotated[int, Query(ge=1, le=3, description="Steps out from the actor")] = 1,
    max_nodes: Annotated[
        int | None, Query(ge=2, description="Cap on actors, the centre included")
    ] = None,
) -> dict[str, Any]:
    actor = await resolve_actor(repo, actor_id, "actor_id")
    cap = min(max_nodes or 100, settings.max_page_size)
    return await ego_network(repo, actor, depth, cap)


@router.get(
    "/actors/{actor_id}/timeline",
    response_model=Timeline,
    summary="The actor's meetings and actions (done or suffered) in date order",
    responses=NOT_FOUND,
)
async def timeline(
    repo: RepoDep,
    settings: SettingsDep,
    actor_id: str,
    date_from: DateParam = None,
    date_to: DateParam = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    actor = await resolve_actor(repo, actor_id, "actor_id")
    if date_from and date_to and date_from > date_to:
        raise BadRequest(
            "date_from is after date_to",
            [{"loc": ["query", "date_from"], "msg": "must not be after date_to"}],
        )
    cap = min(limit or 100, settings.max_page_size)
    rows = await repo.run(
        "queries/timeline",
        {"id": actor["id"], "date_from": date_from, "date_to": date_to, "limit": cap},
    )
    return {"actor": actor_ref(actor), "limit": cap, "events": rows}


@router.get(
    "/actors/{actor_id}/co-attendance",
    response_model=CoAttendance,
    summary="Actors who attended the same meetings as this actor, with counts and meetings",
    responses=NOT_FOUND,
)
async def co_attendance(
    repo: RepoDep,
    settings: SettingsDep,
    actor_id: str,
    min_shared: Annotated[int, Query(ge=1, description="Fewest shared meetings")] = 1,
    per_actor: Annotated[int, Query(ge=1, le=100, description="Meetings listed per actor")] = 10,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    actor = await resolve_actor(repo, actor_id, "actor_id")
    cap = min(limit or 50, settings.max_page_size)
    rows = await repo.run(
        "queries/co_attendance",
        {"id": actor["id"], "min_shared": min_shared, "per_actor": per_actor, "limit": cap},
    )
    return {
        "actor": actor_ref(actor),
        "total": rows[0]["total"] if rows else 0,
        "limit": cap,
        "min_shared": min_shared,
        "co_attendees": rows,
    }

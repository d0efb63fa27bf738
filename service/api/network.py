"""An actor's surroundings: its ego network, its timeline, and who sat at the same tables."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from service.answers import network as answers
from service.answers.common import page_size
from service.api.graph_models import CoAttendance, Network, Timeline
from service.api.params import NOT_FOUND, DateParam
from service.api.respond import json_answer
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["network"])


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
) -> Response:
    cap = page_size(max_nodes, 100, settings.max_page_size)
    return json_answer((await answers.ego_network(repo, actor_id, depth, cap)).as_json())


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
) -> Response:
    cap = page_size(limit, 100, settings.max_page_size)
    return json_answer(await answers.timeline(repo, actor_id, date_from, date_to, cap))


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
) -> Response:
    cap = page_size(limit, 50, settings.max_page_size)
    return json_answer(await answers.co_attendance(repo, actor_id, min_shared, per_actor, cap))

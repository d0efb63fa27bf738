"""Actor endpoints: search, profile, and *who met X*."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from core.vocabulary import ActorType
from service.answers import actors
from service.answers.common import page_size
from service.answers.who_met import WhoMetQuery
from service.answers.who_met import who_met as who_met_answer
from service.api.models import ActorProfile, ActorSearch, WhoMet
from service.api.respond import json_answer
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["actors"])


@router.get(
    "/actors",
    response_model=ActorSearch,
    summary="Find actors by name or alias (fuzzy, diacritics-insensitive)",
)
async def search_actors(
    repo: RepoDep,
    settings: SettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["mamluk"])],
    type: Annotated[ActorType | None, Query(description="Only this actor type")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="capped at ACTORNET_MAX_PAGE_SIZE")] = 10,
) -> Response:
    limit = min(limit, settings.max_page_size)
    return json_answer({"query": q, "results": await actors.search(repo, q, type, limit)})


@router.get(
    "/actors/{actor_id}",
    response_model=ActorProfile,
    summary="An actor's profile: positions, memberships, country, counts",
    responses={404: {"description": "Unknown actor; the body suggests close names"}},
)
async def actor_profile(repo: RepoDep, actor_id: str) -> Response:
    return json_answer(await actors.profile(repo, actor_id))


@router.get(
    "/who-met",
    response_model=WhoMet,
    summary="Who met this actor, when, where and via which channel — with the source sentences",
    responses={
        200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv"},
        400: {"description": "No actor given (an empty name)"},
        404: {"description": "Unknown actor; the body suggests close names"},
        409: {"description": "Ambiguous name; the body lists the candidates"},
    },
)
async def who_met(
    repo: RepoDep,
    settings: SettingsDep,
    actor: Annotated[str, Query(description="Id, name or alias", examples=["Ali Mamlouk"])],
    date_from: Annotated[
        str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2018-01-01"])
    ] = None,
    date_to: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    counterpart_type: ActorType | None = None,
    per_counterpart: Annotated[int, Query(ge=1, le=100)] = 10,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1)] = None,
    format: Literal["json", "csv"] = "json",
) -> Any:
    query = WhoMetQuery(
        date_from=date_from,
        date_to=date_to,
        min_confidence=min_confidence,
        counterpart_type=counterpart_type,
        per_counterpart=per_counterpart,
        skip=skip,
        limit=page_size(limit, 50, settings.max_page_size),
    )
    answer = await who_met_answer(repo, actor, query)
    if format == "csv":
        return Response(answer.as_csv(), media_type="text/csv; charset=utf-8")
    return json_answer(answer.as_json())

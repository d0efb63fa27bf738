"""How actors are connected: shortest paths, the channels and brokers between two sides,
and the actions (boycotts, travel bans, detentions, ...) around meetings."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from core.vocabulary import ActionType
from service.answers import actions as action_answers
from service.answers import channels as channel_answers
from service.answers import paths as path_answers
from service.answers.common import page_size
from service.api.graph_models import Actions, Channels, Paths
from service.api.params import NOT_FOUND
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["network"])


@router.get(
    "/paths",
    response_model=Paths,
    summary="The shortest connections between two actors through meetings and affiliations",
    responses={**NOT_FOUND, 400: {"description": "from and to are the same actor"}},
)
async def paths(
    repo: RepoDep,
    settings: SettingsDep,
    source: Annotated[
        str, Query(alias="from", description="Id, name or alias", examples=["Hakan Fidan"])
    ],
    target: Annotated[
        str, Query(alias="to", description="Id, name or alias", examples=["United States"])
    ],
    max_hops: Annotated[
        int, Query(ge=1, le=6, description="Most relationships along a path (a meeting is 2)")
    ] = 6,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    cap = page_size(limit, 5, min(path_answers.MAX_PATHS, settings.max_page_size))
    return (await path_answers.paths(repo, source, target, max_hops, cap)).as_json()


@router.get(
    "/channels",
    response_model=Channels,
    summary="Intermediaries and channels between two actors or countries; the top brokers "
    "without a and b",
    responses={**NOT_FOUND, 400: {"description": "a and b are the same actor"}},
)
async def channels(
    repo: RepoDep,
    settings: SettingsDep,
    a: Annotated[
        str | None,
        Query(description="Actor or country (id, name or alias)", examples=["Ali Mamlouk"]),
    ] = None,
    b: Annotated[
        str | None,
        Query(description="Actor or country (id, name or alias)", examples=["United States"]),
    ] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    cap = page_size(limit, 20, settings.max_page_size)
    return await channel_answers.channels(repo, a, b, cap)


@router.get(
    "/actions",
    response_model=Actions,
    summary="Who boycotted, invited, prevented, detained, transported, sanctioned or issued a "
    "warrant against whom, around which meeting",
    responses={**NOT_FOUND},
)
async def actions(
    repo: RepoDep,
    settings: SettingsDep,
    type: Annotated[ActionType | None, Query(description="Only this action")] = None,
    actor: Annotated[
        str | None, Query(description="Who did it or whom it was done to", examples=["Mamlouk"])
    ] = None,
    meeting: Annotated[
        str | None, Query(description="A meeting id", examples=["sochi-congress-2018-01-30"])
    ] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    cap = page_size(limit, 50, settings.max_page_size)
    return await action_answers.actions(repo, type, actor, meeting, cap)

"""Meeting endpoints: a filtered list and one meeting whole."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from core.vocabulary import ChannelKind, MeetingKind
from service.answers import meetings as answers
from service.answers.common import page_size
from service.answers.meetings import MeetingFilters
from service.api.models import MeetingDetail, MeetingList
from service.api.params import DateParam
from service.api.respond import json_answer
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["meetings"])


@router.get(
    "/meetings",
    response_model=MeetingList,
    summary="Meetings, filtered and paged",
    responses={404: {"description": "Unknown actor or place filter; the body suggests names"}},
)
async def list_meetings(
    repo: RepoDep,
    settings: SettingsDep,
    actor: Annotated[str | None, Query(description="Id, name or alias of an attendee")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO code of an attendee's country")
    ] = None,
    place: Annotated[str | None, Query(description="Place id or name")] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    kind: MeetingKind | None = None,
    channel_kind: ChannelKind | None = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> Response:
    filters = MeetingFilters(
        actor=actor,
        country=country,
        place=place,
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        channel_kind=channel_kind,
        min_confidence=min_confidence,
    )
    cap = page_size(limit, 50, settings.max_page_size)
    return json_answer(await answers.meetings(repo, filters, skip, cap))


@router.get(
    "/meetings/{meeting_id}",
    response_model=MeetingDetail,
    summary="One meeting whole: participants, place, channels, actions, sources",
    responses={404: {"description": "No such meeting"}},
)
async def get_meeting(repo: RepoDep, meeting_id: str) -> Response:
    return json_answer((await answers.meeting(repo, meeting_id))[0])

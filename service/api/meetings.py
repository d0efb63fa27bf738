"""Meeting endpoints: a filtered list and one meeting whole."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from core.errors import NotFound
from service.api.lookup import resolve_actor
from service.api.models import MeetingDetail, MeetingList
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["meetings"])

DateParam = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2018-01-01"])]


@router.get("/meetings", response_model=MeetingList, summary="Meetings, filtered and paged")
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
    kind: Literal["meeting", "visit", "talks", "conference", "call"] | None = None,
    channel_kind: Literal[
        "intermediary", "host", "mediator", "transport", "back_channel", "phone", "video", "letter"
    ]
    | None = None,
    min_confidence: Annotated[float, Query(ge=0, le=1)] = 0.0,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> dict[str, Any]:
    actor_id = (await resolve_actor(repo, actor))["id"] if actor else None
    limit = min(limit or 50, settings.max_page_size)
    rows = await repo.run(
        "queries/meetings",
        {
            "actor": actor_id,
            "country": country.upper() if country else None,
            "place": place,
            "date_from": date_from,
            "date_to": date_to,
            "kind": kind,
            "channel_kind": channel_kind,
            "min_confidence": min_confidence,
            "skip": skip,
            "limit": limit,
        },
    )
    return {
        "total": rows[0]["total"] if rows else 0,
        "skip": skip,
        "limit": limit,
        "meetings": rows,
    }


@router.get(
    "/meetings/{meeting_id}",
    response_model=MeetingDetail,
    summary="One meeting whole: participants, place, channels, actions, sources",
    responses={404: {"description": "No such meeting"}},
)
async def get_meeting(repo: RepoDep, meeting_id: str) -> dict[str, Any]:
    rows = await repo.run("queries/meeting", {"id": meeting_id})
    if not rows:
        raise NotFound(f"no meeting {meeting_id!r}", [{"loc": ["meeting_id"], "msg": "unknown id"}])
    return rows[0]

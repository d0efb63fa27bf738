"""Meetings: a filtered, paged list, and one meeting whole (participants, place, channels,
actions, sources)."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import NotFound
from core.vocabulary import ChannelKind, MeetingKind
from service.answers.actors import resolve_actor
from service.answers.common import Row, date_range
from service.db import Repository


@dataclass(frozen=True)
class MeetingFilters:
    """Which meetings: an attendee (id, name or alias), its country, a place, dates, kinds."""

    actor: str | None = None
    country: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: MeetingKind | None = None
    channel_kind: ChannelKind | None = None
    min_confidence: float = 0.0


async def meetings(repo: Repository, filters: MeetingFilters, skip: int, limit: int) -> Row:
    """The meetings that pass the filters, newest first, one page."""
    date_range(filters.date_from, filters.date_to)
    actor_id = (await resolve_actor(repo, filters.actor))["id"] if filters.actor else None
    rows = await repo.run(
        "queries/meetings",
        {
            "actor": actor_id,
            "country": filters.country.upper() if filters.country else None,
            "place": filters.place,
            "date_from": filters.date_from,
            "date_to": filters.date_to,
            "kind": filters.kind,
            "channel_kind": filters.channel_kind,
            "min_confidence": filters.min_confidence,
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


async def meeting(repo: Repository, meeting_id: str) -> list[Row]:
    """The rows of ``queries/meeting`` for one meeting; a 404 when there is no such meeting."""
    rows = await repo.run("queries/meeting", {"id": meeting_id})
    if not rows:
        raise NotFound(f"no meeting {meeting_id!r}", [{"loc": ["meeting_id"], "msg": "unknown id"}])
    return rows


@dataclass(frozen=True)
class MeetingNetwork:
    """The meetings of the filtered network view, newest first, with what the filters named."""

    attendee: Row | None
    organization: Row | None
    country: str | None
    rows: list[Row]

    @property
    def total(self) -> int:
        return int(self.rows[0]["total"]) if self.rows else 0


async def meeting_network(
    repo: Repository, filters: MeetingFilters, organization: str | None, limit: int
) -> MeetingNetwork:
    """Meetings with their attendees, places and channels for the network view; a country
    may be given by code or by name."""
    date_range(filters.date_from, filters.date_to)
    who = await resolve_actor(repo, filters.actor, "actor") if filters.actor else None
    org = await resolve_actor(repo, organization, "organization") if organization else None
    code = filters.country
    if code and not (len(code) == 2 and code.isalpha()):
        code = (await resolve_actor(repo, code, "country")).get("country") or code
    code = code.upper() if code else None
    rows = await repo.run(
        "queries/view_network",
        {
            "actor": who["id"] if who else None,
            "country": code,
            "organization": org["id"] if org else None,
            "date_from": filters.date_from,
            "date_to": filters.date_to,
            "kind": filters.kind,
            "channel_kind": filters.channel_kind,
            "min_confidence": filters.min_confidence,
            "limit": limit,
        },
    )
    return MeetingNetwork(who, org, code, rows)

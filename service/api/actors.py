"""Actor endpoints: search, profile, and *who met X*."""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from core.errors import NotFound
from core.names import search_words
from service.api.lookup import resolve_actor
from service.api.models import ActorProfile, ActorSearch, WhoMet
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["actors"])

ActorType = Literal["person", "organization", "country"]


@router.get(
    "/actors",
    response_model=ActorSearch,
    summary="Find actors by name or alias (fuzzy, diacritics-insensitive)",
)
async def search_actors(
    repo: RepoDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["mamluk"])],
    type: Annotated[ActorType | None, Query(description="Only this actor type")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    words = search_words(q)
    rows = (
        await repo.run("queries/actor_search", {"q": words, "type": type, "limit": limit})
        if words
        else []
    )
    return {"query": q, "results": rows}


@router.get(
    "/actors/{actor_id}",
    response_model=ActorProfile,
    summary="An actor's profile: positions, memberships, country, counts",
    responses={404: {"description": "Unknown actor; the body suggests close names"}},
)
async def actor_profile(repo: RepoDep, actor_id: str) -> dict[str, Any]:
    actor = await resolve_actor(repo, actor_id, "actor_id")
    rows = await repo.run("queries/actor_profile", {"id": actor["id"]})
    if not rows:
        raise NotFound(f"no actor {actor_id!r}")
    return rows[0]


def when(meeting: dict[str, Any]) -> str:
    """A date as precise as the source allows: '2020-01-13', 'week of 2018-06-24', '2017'."""
    start = meeting.get("date_start")
    precision = meeting.get("date_precision")
    if not start:
        text = "date unknown"
    elif precision == "year":
        text = start[:4]
    elif precision == "month":
        text = start[:7]
    elif precision == "week":
        text = f"week of {start}"
    else:
        text = start
    if meeting.get("date_text"):
        text += f" (“{meeting['date_text']}”)"
    return text


def notes(actor: str, rows: list[dict[str, Any]]) -> list[str]:
    """One line per meeting an analyst can paste: who, when, where, via what, the source."""
    meetings: dict[str, dict[str, Any]] = {}
    people: dict[str, list[str]] = {}
    for counterpart in rows:
        for m in counterpart["meetings"]:
            meetings.setdefault(m["id"], m)
            roles = [r.replace("_", " ") for r in m.get("counterpart_roles") or []]
            who = counterpart["name"]
            if roles and roles != ["participant"]:
                who += f" ({', '.join(roles)})"
            if m.get("on_behalf_of"):
                who += f" on behalf of {', '.join(m['on_behalf_of'])}"
            people.setdefault(m["id"], []).append(who)
    lines = []
    ordered = sorted(meetings.values(), key=lambda m: m.get("date_start") or "", reverse=True)
    for m in ordered:
        where = m.get("place") or "place unknown"
        if m.get("place_country") and m["place_country"] not in where:
            where += f", {m['place_country']}"
        line = f"{when(m)}: {actor} — {m['kind']} with {'; '.join(people[m['id']])} at {where}"
        flags = [m["status"]] if m.get("status") not in (None, "held") else []
        flags += ["secret"] if m.get("secret") else []
        if flags:
            line += f" [{', '.join(flags)}]"
        channels = "; ".join(
            f"{c['kind'].replace('_', ' ')} {c.get('through') or '?'}"
            + (f" ({c['detail']})" if c.get("detail") else "")
            for c in m.get("channels") or []
        )
        if channels:
            line += f"; via {channels}"
        for src in (m.get("sources") or [])[:2]:
            outlet = src.get("outlet") or src["document"]
            line += f". {outlet}, {src.get('published')}: “{src.get('quote')}”"
        lines.append(line)
    return lines


@router.get(
    "/who-met",
    response_model=WhoMet,
    summary="Who met this actor, when, where and via which channel — with the source sentences",
    responses={
        200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with format=csv"},
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
    found = await resolve_actor(repo, actor)
    limit = min(limit or 50, settings.max_page_size)
    rows = await repo.run(
        "queries/who_met",
        {
            "actor": found["id"],
            "date_from": date_from,
            "date_to": date_to,
            "min_confidence": min_confidence,
            "counterpart_type": counterpart_type,
            "per_counterpart": per_counterpart,
            "skip": skip,
            "limit": limit,
        },
    )
    summary = notes(found["name"], rows)
    if format == "csv":
        return Response(_csv(found["name"], rows), media_type="text/csv; charset=utf-8")
    return {
        "actor": {k: found[k] for k in ("id", "name", "type", "country")},
        "total": rows[0]["total"] if rows else 0,
        "skip": skip,
        "limit": limit,
        "counterparts": rows,
        "summary": summary,
    }


def _csv(actor: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["actor", "counterpart", "counterpart_id", "counterpart_type", "role", "on_behalf_of",
         "meeting_id", "kind", "date_start", "date_end", "date_precision", "date_text", "status",
         "place", "place_country", "channels", "source", "published", "quote", "confidence"]
    )  # fmt: skip
    for c in rows:
        for m in c["meetings"]:
            src = (m.get("sources") or [{}])[0]
            writer.writerow(
                [
                    actor, c["name"], c["id"], c["type"], ";".join(m["counterpart_roles"]),
                    ";".join(m["on_behalf_of"]), m["id"], m["kind"], m["date_start"],
                    m["date_end"], m["date_precision"], m["date_text"], m["status"], m["place"],
                    m["place_country"],
                    "; ".join(f"{x['kind']}:{x.get('through')}" for x in m["channels"]),
                    src.get("outlet") or src.get("document"), src.get("published"),
                    src.get("quote"), m["confidence"],
                ]
            )  # fmt: skip
    return out.getvalue()

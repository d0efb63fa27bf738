"""How actors are connected: shortest paths, the channels and brokers between two sides,
and the actions (boycotts, travel bans, detentions, ...) around meetings."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from core.errors import BadRequest, NotFound
from service.api.actors import when
from service.api.graph_models import Actions, Channels, Paths
from service.api.lookup import resolve_actor
from service.api.network import NOT_FOUND, actor_ref
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["network"])

ActionType = Literal[
    "boycotted", "invited", "prevented", "detained", "transported", "sanctioned", "issued_warrant"
]
MAX_PATHS = 20  # the SHORTEST k of queries/paths.cypher


def path_text(steps: list[dict[str, Any]]) -> str:
    """A path on one line: names joined by the relationships, meetings with place and date."""
    parts: list[str] = []
    for step in steps:
        label = step.get("name") or step["id"]
        if step.get("type") == "meeting":
            where = ", ".join(x for x in (step.get("place"), when(step)) if x)
            label += f" ({where})"
        relation = (step.get("relation") or "").lower().replace("_", " ")
        if relation:
            parts.append(f" —{relation}→ " if step.get("direction") == "out" else f" ←{relation}— ")
        parts.append(label)
    return "".join(parts)


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
    start = await resolve_actor(repo, source, "from")
    end = await resolve_actor(repo, target, "to")
    if start["id"] == end["id"]:
        raise BadRequest(
            "from and to are the same actor",
            [{"loc": ["query", "to"], "msg": "give two different actors"}],
        )
    cap = min(limit or 5, MAX_PATHS, settings.max_page_size)
    rows = await repo.run(
        "queries/paths",
        {"from": start["id"], "to": end["id"], "max_hops": max_hops, "limit": cap},
    )
    for row in rows:
        row["text"] = path_text(row["steps"])
    return {"from": actor_ref(start), "to": actor_ref(end), "max_hops": max_hops, "paths": rows}


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
    side_a = await resolve_actor(repo, a, "a") if a else None
    side_b = await resolve_actor(repo, b, "b") if b else None
    if side_a and side_b and side_a["id"] == side_b["id"]:
        raise BadRequest(
            "a and b are the same actor", [{"loc": ["query", "b"], "msg": "give two sides"}]
        )
    cap = min(limit or 20, settings.max_page_size)
    rows = await repo.run(
        "queries/channels",
        {
            "a": side_a["id"] if side_a else None,
            "b": side_b["id"] if side_b else None,
            "limit": cap,
        },
    )
    mode = "between" if side_a and side_b else "of" if side_a or side_b else "top"
    return {
        "a": actor_ref(side_a) if side_a else None,
        "b": actor_ref(side_b) if side_b else None,
        "mode": mode,
        "limit": cap,
        "brokers": rows,
    }


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
    found = await resolve_actor(repo, actor) if actor else None
    if meeting and not await repo.run("queries/meeting", {"id": meeting}):
        raise NotFound(
            f"no meeting {meeting!r}", [{"loc": ["query", "meeting"], "msg": "unknown id"}]
        )
    cap = min(limit or 50, settings.max_page_size)
    rows = await repo.run(
        "queries/actions",
        {
            "type": type,
            "actor": found["id"] if found else None,
            "meeting": meeting,
            "limit": cap,
        },
    )
    return {
        "total": rows[0]["total"] if rows else 0,
        "limit": cap,
        "filters": {"type": type, "actor": found["id"] if found else None, "meeting": meeting},
        "actions": rows,
    }

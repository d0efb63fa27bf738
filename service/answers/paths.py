"""How two actors are connected: the shortest paths through meetings and affiliations, each
also written on one line."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import BadRequest
from service.answers.actors import actor_ref, resolve_actor
from service.answers.common import Row, when
from service.db import Repository

MAX_PATHS = 20  # the SHORTEST k of queries/paths.cypher


@dataclass(frozen=True)
class Paths:
    """The two ends, the hop limit and the paths found (each with its steps and text)."""

    start: Row
    end: Row
    max_hops: int
    paths: list[Row]

    def as_json(self) -> Row:
        return {
            "from": actor_ref(self.start),
            "to": actor_ref(self.end),
            "max_hops": self.max_hops,
            "paths": self.paths,
        }


def path_text(steps: list[Row]) -> str:
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


async def paths(repo: Repository, source: str, target: str, max_hops: int, limit: int) -> Paths:
    """The shortest paths from the actor ``source`` names to the one ``target`` names."""
    start = await resolve_actor(repo, source, "from")
    end = await resolve_actor(repo, target, "to")
    if start["id"] == end["id"]:
        raise BadRequest(
            "from and to are the same actor",
            [{"loc": ["query", "to"], "msg": "give two different actors"}],
        )
    rows = await repo.run(
        "queries/paths",
        {"from": start["id"], "to": end["id"], "max_hops": max_hops, "limit": limit},
    )
    for row in rows:
        row["text"] = path_text(row["steps"])
    return Paths(start, end, max_hops, rows)

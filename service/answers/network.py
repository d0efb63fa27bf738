"""An actor's surroundings: its ego network (actors reachable through shared meetings and
affiliations), its timeline, and who sat at the same tables."""

from __future__ import annotations

from dataclasses import dataclass

from service.answers.actors import actor_ref, may_be_id, named_in, resolve_actor
from service.answers.common import Row, date_range
from service.db import Repository


@dataclass(frozen=True)
class EgoNetwork:
    """The ``ego_network`` module's answer around one resolved actor."""

    actor: Row
    depth: int
    max_nodes: int
    nodes: list[Row]
    edges: list[Row]
    truncated: bool

    def as_json(self) -> Row:
        return {
            "actor": actor_ref(self.actor),
            "depth": self.depth,
            "max_nodes": self.max_nodes,
            "truncated": self.truncated,
            "nodes": self.nodes,
            "edges": self.edges,
        }


async def ego_network(
    repo: Repository, actor: str, depth: int, max_nodes: int, field: str = "actor_id"
) -> EgoNetwork:
    """The network around the actor ``actor`` names, at most ``max_nodes`` actors."""
    found = await resolve_actor(repo, actor, field)
    rows = await repo.run(
        "queries/ego_network", {"id": found["id"], "depth": depth, "max_nodes": max_nodes}
    )
    row: Row = rows[0] if rows else {"nodes": [], "edges": [], "truncated": False}
    return EgoNetwork(found, depth, max_nodes, row["nodes"], row["edges"], row["truncated"])


async def timeline(
    repo: Repository, actor: str, date_from: str | None, date_to: str | None, limit: int
) -> Row:
    """The actor's meetings and actions (done or suffered) in date order."""
    found = await resolve_actor(repo, actor, "actor_id")
    date_range(date_from, date_to)
    rows = await repo.run(
        "queries/timeline",
        {"id": found["id"], "date_from": date_from, "date_to": date_to, "limit": limit},
    )
    return {"actor": actor_ref(found), "limit": limit, "events": rows}


async def co_attendance(
    repo: Repository, actor: str, min_shared: int, per_actor: int, limit: int
) -> Row:
    """Actors who attended the same meetings as this actor, with counts and meetings (an id
    answered in one query, as :func:`service.answers.who_met.who_met` does)."""
    params = {"min_shared": min_shared, "per_actor": per_actor, "limit": limit}
    found = None
    if may_be_id(actor):
        rows = await repo.run("queries/co_attendance", {"id": actor.strip(), **params})
        found = named_in(rows, actor)
    if found is None:
        found = await resolve_actor(repo, actor, "actor_id")
        rows = await repo.run("queries/co_attendance", {"id": found["id"], **params})
        named_in(rows, str(found["id"]))
    return {
        "actor": actor_ref(found),
        "total": rows[0]["total"] if rows else 0,
        "limit": limit,
        "min_shared": min_shared,
        "co_attendees": rows,
    }


async def overview(repo: Repository, max_actors: int) -> Row | None:
    """The most connected actors and the ties between them (at most five per actor)."""
    rows = await repo.run(
        "queries/view_overview", {"max_actors": max_actors, "max_edges": 5 * max_actors}
    )
    return rows[0] if rows else None


async def graph_summary(repo: Repository) -> Row | None:
    """What the graph holds: documents, actors by type, meetings and their date span."""
    rows = await repo.run("queries/graph_summary", {"since": None})
    return rows[0] if rows else None

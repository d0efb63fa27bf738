"""An export: an actor's network, a ``/network`` filter or the whole graph, gathered from
Neo4j (:mod:`service.exports.graph`) for the file writers of :mod:`service.exports.formats`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.answers.actors import resolve_actor
from service.answers.common import date_range
from service.answers.network import ego_network
from service.db import Repository
from service.exports.graph import Export, Filters, gather


@dataclass(frozen=True)
class ExportAnswer:
    """What the export holds, and the stem of its file name."""

    data: Export
    name: str

    def filename(self, suffix: str) -> str:
        return f"actornet-{re.sub(r'[^A-Za-z0-9._-]+', '_', self.name)}.{suffix}"


async def export(
    repo: Repository,
    actor: str | None,
    depth: int,
    max_nodes: int | None,
    filters: Filters,
    limit: int,
) -> ExportAnswer:
    """The actor's network ``depth`` steps out when ``actor`` is given; else what the
    filters select, or the whole graph. At most ``limit`` items (meetings, actors)."""
    date_range(filters.date_from, filters.date_to)
    if actor is None:
        data = await gather(
            repo,
            actor_ids=None,
            filters=filters,
            limit=limit,
            scope="filtered network" if filters.any() else "whole graph",
        )
        return ExportAnswer(data, "network" if filters.any() else "graph")
    found = await resolve_actor(repo, actor)
    network = await ego_network(repo, str(found["id"]), depth, min(max_nodes or 100, limit))
    ids = sorted({n["id"] for n in network.nodes} | {found["id"]})
    data = await gather(
        repo,
        actor_ids=ids,
        filters=filters,
        limit=limit,
        scope=f"network of {found['name']}, {depth} steps out",
    )
    data.truncated = data.truncated or bool(network.truncated)
    return ExportAnswer(data, f"{found['id']}-depth{depth}")

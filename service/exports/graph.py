"""One export gathered from Neo4j: actors, the ties between them, meetings and sources.

Actors are the nodes. Ties are the edges: one ``MET`` edge per meeting and pair of
attendees (id ``meeting|a|b``: unique even when two actors met many times), dated by the
meeting and carrying its kind, status, secrecy, place, channel kinds and the best source's
sentence; and one edge per affiliation (``HOLDS_POSITION``, ``MEMBER_OF``, ``LEADS``,
``PART_OF``, ``BASED_IN``; id ``TYPE|source|target``). Meetings and documents are kept
whole for the FollowTheMoney export, which writes them as entities of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from service.db import Repository

AFFILIATIONS = ("HOLDS_POSITION", "MEMBER_OF", "LEADS", "PART_OF", "BASED_IN")


@dataclass
class Node:
    """An actor."""

    id: str
    name: str
    type: str
    country: str | None = None
    org_type: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    unnamed: bool = False
    meetings: int = 0
    first_met: str | None = None
    last_met: str | None = None


@dataclass
class Edge:
    """A tie between two actors: a meeting both attended, or an affiliation."""

    id: str
    source: str
    target: str
    type: str
    directed: bool
    meeting: str | None = None
    kind: str | None = None
    title: str | None = None
    status: str | None = None
    secret: bool | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    channel_kind: str | None = None
    place: str | None = None
    quote: str | None = None
    document: str | None = None
    confidence: float | None = None


@dataclass
class Export:
    """Everything one export holds, and what it describes."""

    scope: str
    nodes: dict[str, Node]
    edges: list[Edge]
    meetings: list[dict[str, Any]]
    truncated: bool = False

    @property
    def interval(self) -> tuple[str, str] | None:
        """The first and last meeting dates, or None without dated meetings."""
        starts = [e.date_start for e in self.edges if e.date_start]
        ends = [e.date_end or e.date_start for e in self.edges if e.date_start]
        if not starts:
            return None
        return min(starts), max(x for x in ends if x)

    def documents(self) -> dict[str, dict[str, Any]]:
        """Every source document of the meetings, by id."""
        found: dict[str, dict[str, Any]] = {}
        for meeting in self.meetings:
            for source in meeting["sources"]:
                found.setdefault(source["document"], source)
        return found


@dataclass(frozen=True)
class Filters:
    """The filters of the ``/network`` view; all None means no filter."""

    country: str | None = None
    organization: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    channel_kind: str | None = None
    min_confidence: float | None = None

    def params(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "organization": self.organization,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "kind": self.kind,
            "channel_kind": self.channel_kind,
            "min_confidence": self.min_confidence or 0.0,
        }

    def any(self) -> bool:
        return any(v is not None for v in self.params().values() if v != 0.0)


def met_edges(meeting: dict[str, Any], known: dict[str, Node]) -> list[Edge]:
    """One MET edge per pair of the meeting's attendees that are nodes of the export."""
    ids = sorted({p["id"] for p in meeting["participants"] if p["id"] in known})
    best = meeting["sources"][0] if meeting["sources"] else {}
    kinds = sorted({c["kind"] for c in meeting["channels"] if c.get("kind")})
    confidences = [p["confidence"] for p in meeting["participants"] if p.get("confidence")]
    return [
        Edge(
            id=f"{meeting['id']}|{a}|{b}",
            source=a,
            target=b,
            type="MET",
            directed=False,
            meeting=meeting["id"],
            kind=meeting["kind"],
            title=meeting.get("title"),
            status=meeting.get("status"),
            secret=bool(meeting.get("secret")),
            date_start=meeting.get("date_start"),
            date_end=meeting.get("date_end"),
            date_precision=meeting.get("date_precision"),
            channel_kind="; ".join(kinds) or None,
            place=meeting.get("place"),
            quote=best.get("quote"),
            document=best.get("document"),
            confidence=min(confidences) if confidences else None,
        )
        for a, b in combinations(ids, 2)
    ]


def build(scope: str, actors: list[dict[str, Any]], meetings: list[dict[str, Any]]) -> Export:
    """Nodes, edges and meetings of an export from the rows of the two export modules."""
    nodes = {
        row["id"]: Node(
            id=row["id"],
            name=row["name"],
            type=row["type"] or "actor",
            country=row["country"],
            org_type=row["org_type"],
            title=row["title"],
            aliases=list(row["aliases"] or []),
            unnamed=bool(row["unnamed"]),
        )
        for row in actors
    }
    edges: list[Edge] = []
    kept: list[dict[str, Any]] = []
    for meeting in meetings:
        meeting = {
            **meeting,
            "participants": [p for p in meeting["participants"] if p["id"] in nodes],
        }
        if not meeting["participants"]:
            continue
        kept.append(meeting)
        edges.extend(met_edges(meeting, nodes))
        for p in meeting["participants"]:
            node = nodes[p["id"]]
            node.meetings += 1
            date = meeting.get("date_start")
            if date:
                node.first_met = min(filter(None, (node.first_met, date)))
                node.last_met = max(filter(None, (node.last_met, date)))
    for row in actors:
        for tie in row["ties"]:
            if tie["target"] not in nodes:
                continue
            edges.append(
                Edge(
                    id=f"{tie['type']}|{row['id']}|{tie['target']}",
                    source=row["id"],
                    target=tie["target"],
                    type=tie["type"],
                    directed=True,
                    title=tie.get("title"),
                    quote=tie.get("quote"),
                    document=tie.get("document"),
                    confidence=tie.get("confidence"),
                )
            )
    seen: dict[str, int] = {}
    for edge in edges:  # two ties of one type between one pair (different titles) stay apart
        seen[edge.id] = seen.get(edge.id, 0) + 1
        if seen[edge.id] > 1:
            edge.id = f"{edge.id}|{seen[edge.id]}"
    return Export(scope=scope, nodes=nodes, edges=edges, meetings=kept)


async def gather(
    repo: Repository,
    *,
    actor_ids: list[str] | None,
    filters: Filters,
    limit: int,
    scope: str,
) -> Export:
    """Read one export: ``actor_ids`` (an actor's network) or None (the filters, or all)."""
    meetings = await repo.run(
        "queries/export_meetings", {"actors": actor_ids, "limit": limit, **filters.params()}
    )
    total = meetings[0]["total"] if meetings else 0
    if actor_ids is None and filters.any():
        ids: list[str] | None = sorted({p["id"] for m in meetings for p in m["participants"]})
    else:
        ids = actor_ids
    actors = await repo.run("queries/export_actors", {"ids": ids, "limit": limit})
    export = build(scope, actors, meetings)
    export.truncated = total > len(meetings) or (ids is None and len(actors) >= limit)
    return export

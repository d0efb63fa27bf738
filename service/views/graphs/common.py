"""What every graph builder uses: row types, node types, sources, fact lines, dates and the
text of channels and meetings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from core.vocabulary import ActorType
from service.views.dates import date_label
from service.views.graph import EdgeType, NodeType, Source, ViewEdge, ViewGraph, ViewNode
from service.views.urls import actor_links, meeting_links

Row = Mapping[str, Any]
Documents = Mapping[str, Row]
"""Document id -> its ``view_documents`` row (title, outlet, published)."""

ACTOR_KINDS: frozenset[str] = frozenset(ActorType)
EDGE_TYPES: frozenset[str] = frozenset(EdgeType)
MAX_NODE_SOURCES = 6
"""Quotes gathered on a node from the edges around it."""


def node_type(kind: object) -> NodeType:
    """An actor's ``kind`` as a node type; anything unexpected is drawn as an organization."""
    return NodeType(kind) if kind in ACTOR_KINDS else NodeType.organization


def confidence(value: object) -> float:
    """A confidence within 0..1; a missing one counts as 1 (a curated fact)."""
    if not isinstance(value, int | float):
        return 1.0
    return min(max(float(value), 0.0), 1.0)


def source(row: Row, documents: Documents | None = None) -> Source:
    """A :class:`Source` from a row with ``document`` (or ``doc_id``) and ``quote``."""
    doc_id = str(row.get("document") or row.get("doc_id") or "unknown document")
    known = (documents or {}).get(doc_id, {})
    return Source(
        doc_id=doc_id,
        title=row.get("title") or known.get("title"),
        outlet=row.get("outlet") or known.get("outlet"),
        published=row.get("published") or known.get("published"),
        quote=row.get("quote"),
        confidence=confidence(row["confidence"]) if row.get("confidence") is not None else None,
    )


def unique_sources(sources: Iterable[Source], limit: int | None = None) -> list[Source]:
    seen: set[tuple[str, str | None]] = set()
    kept: list[Source] = []
    for s in sources:
        key = (s.doc_id, s.quote)
        if key in seen:
            continue
        seen.add(key)
        kept.append(s)
        if limit is not None and len(kept) >= limit:
            break
    return kept


def fact_lines(pairs: Iterable[tuple[str, object]]) -> dict[str, str]:
    """Facts for the side panel, empty values left out."""
    facts: dict[str, str] = {}
    for key, value in pairs:
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        facts[key] = str(value)
    return facts


def spaced(text: str | None) -> str | None:
    return text.replace("_", " ") if text else None


def when_written(meeting: Row) -> str:
    """``week of 24 Jun 2018 (“one of the nights of the last week of last June”)``."""
    text = date_label(
        meeting.get("date_start"), meeting.get("date_precision"), meeting.get("date_end")
    )
    return text + (f" (“{meeting['date_text']}”)" if meeting.get("date_text") else "")


def joined_channels(meeting: Row, counterpart: str) -> list[Row]:
    """The channels of a meeting that joined the actor's side to the counterpart's: not one
    that went through the counterpart itself, nor one given for other sides only."""
    ends = {
        s
        for s in [*(meeting.get("actor_sides") or []), *(meeting.get("counterpart_sides") or [])]
        if s
    }
    kept = []
    for c in meeting.get("channels") or []:
        if c.get("through_id") == counterpart:
            continue
        sides = set(c.get("sides") or [])
        if sides and ends and not sides & ends:
            continue
        kept.append(c)
    return kept


def channel_text(channel: Row) -> str:
    """``transport: United Arab Emirates (private UAE plane)``."""
    text = f"{spaced(channel.get('kind')) or 'channel'}: {channel.get('through') or '?'}"
    return text + (f" ({channel['detail']})" if channel.get("detail") else "")


def meeting_line(meeting: Row) -> str:
    """One meeting on a line: date, place, kind, status and channels."""
    where = meeting.get("place") or "place unknown"
    if meeting.get("place_country") and meeting["place_country"] not in where:
        where += f", {meeting['place_country']}"
    parts = [when_written(meeting), where, str(meeting.get("kind") or "meeting")]
    if meeting.get("status") not in (None, "held"):
        parts.append(str(meeting["status"]))
    if meeting.get("secret"):
        parts.append("secret")
    channels = "; ".join(channel_text(c) for c in meeting.get("channels") or [])
    if channels:
        parts.append(f"via {channels}")
    return " · ".join(parts)


def gather_node_sources(graph_nodes: dict[str, ViewNode], edges: Sequence[ViewEdge]) -> None:
    """Give nodes without sources of their own the quotes of the edges around them."""
    gathered: dict[str, list[Source]] = {}
    for e in edges:
        for end in (e.source, e.target):
            gathered.setdefault(end, []).extend(e.sources)
    for node_id, node in graph_nodes.items():
        if not node.sources and gathered.get(node_id):
            node.sources = unique_sources(gathered[node_id], MAX_NODE_SOURCES)


def actor_node(actor: Row) -> ViewNode:
    """An actor (a row with ``id``, ``name``, ``type``, ``country``) as a node with its links."""
    aid = str(actor["id"])
    return ViewNode(
        id=aid,
        label=str(actor.get("name") or aid),
        type=node_type(actor.get("type")),
        country=actor.get("country"),
        links=actor_links(aid),
    )


def meeting_node(
    meeting_id: str, label: str, date: str | None, facts: Iterable[tuple[str, object]]
) -> ViewNode:
    """A meeting as the node ``meeting:<id>``, with its facts and its links."""
    return ViewNode(
        id=f"meeting:{meeting_id}",
        label=label,
        type=NodeType.meeting,
        date=date,
        facts=fact_lines(facts),
        links=meeting_links(meeting_id),
    )


def finished(
    nodes: dict[str, ViewNode], edges: list[ViewEdge], title: str, notes: Sequence[str]
) -> ViewGraph:
    """The graph of ``nodes`` and ``edges``, nodes without quotes given those around them."""
    gather_node_sources(nodes, edges)
    return ViewGraph(nodes=list(nodes.values()), edges=edges, title=title, notes=list(notes))

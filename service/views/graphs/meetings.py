"""Graphs of meetings: one meeting whole, or the filtered network of many, with attendees,
places, channels and the actions around them."""

from __future__ import annotations

from collections.abc import Sequence

from service.views.dates import precise_iso
from service.views.graph import EdgeType, NodeType, ViewEdge, ViewGraph, ViewNode
from service.views.graphs.common import (
    ACTOR_KINDS,
    EDGE_TYPES,
    Row,
    actor_node,
    channel_text,
    confidence,
    fact_lines,
    finished,
    meeting_node,
    node_type,
    source,
    spaced,
    when_written,
)
from service.views.urls import actor_links


def through_node(channel: Row) -> tuple[str, NodeType]:
    through_type = channel.get("through_type")
    through_id = str(channel.get("through_id") or channel.get("through") or "unknown")
    if through_type in ACTOR_KINDS:
        return through_id, node_type(through_type)
    return f"channel:{through_id}", NodeType.channel


def meetings_graph(
    rows: Sequence[Row], *, title: str, notes: Sequence[str] = (), total_meetings: int | None = None
) -> ViewGraph:
    """Meetings (rows of ``meeting`` or ``view_network``) with their participants (ATTENDED,
    role), place (HELD_AT), channels (VIA) and, when given, the actions around them."""
    nodes: dict[str, ViewNode] = {}
    edges: list[ViewEdge] = []
    attended: dict[str, int] = {}
    for m in rows:
        mid = f"meeting:{m['id']}"
        sources = [source(s) for s in m.get("sources") or []]
        docs: dict[str, Row] = {s.doc_id: s.model_dump() for s in sources}
        date = precise_iso(m.get("date_start"), m.get("date_precision"))
        end = precise_iso(m.get("date_end"), m.get("date_precision"))
        end = end if end != date else None
        participants: list[Row] = list(m.get("participants") or [])
        channels: list[Row] = list(m.get("channels") or [])
        actions: list[Row] = list(m.get("actions") or [])
        nodes[mid] = meeting_node(
            str(m["id"]),
            str(m.get("title") or f"{m.get('kind') or 'meeting'} {date or ''}".strip()),
            date,
            [
                ("kind", m.get("kind")),
                ("date", when_written(m)),
                ("status", m.get("status")),
                ("secret", True if m.get("secret") else None),
                ("place", ", ".join(x for x in (m.get("place"), m.get("place_country")) if x)),
                ("participants", len(participants)),
                ("channels", "; ".join(channel_text(c) for c in channels)),
                (
                    "actions",
                    "; ".join(
                        f"{a.get('actor')} {spaced(a.get('action'))}"
                        + (f" {a['target']}" if a.get("target") else "")
                        for a in actions
                    ),
                ),
            ],
        )
        nodes[mid].sources = sources
        for p in participants:
            pid = str(p["id"])
            attended[pid] = attended.get(pid, 0) + 1
            if pid not in nodes:
                nodes[pid] = actor_node(p)
            role = p.get("role") or "participant"
            edges.append(
                ViewEdge(
                    source=pid,
                    target=mid,
                    type="ATTENDED",
                    kind=role,
                    label=spaced(role) if role != "participant" else None,
                    date_start=date,
                    date_end=end,
                    confidence=confidence(p.get("confidence")),
                    facts=fact_lines(
                        [("role", spaced(role)), ("on behalf of", p.get("on_behalf_of"))]
                    ),
                    sources=[
                        source({"document": d, "quote": p.get("quote")}, docs)
                        for d in (p.get("documents") or [None])[:1]
                    ]
                    if p.get("quote")
                    else [],
                )
            )
        if m.get("place_id") or m.get("place"):
            place_id = f"place:{m.get('place_id') or m.get('place')}"
            nodes.setdefault(
                place_id,
                ViewNode(
                    id=place_id,
                    label=str(m.get("place") or m.get("place_id")),
                    type="place",
                    country=m.get("place_country"),
                    facts=fact_lines(
                        [("kind", m.get("place_kind")), ("in", m.get("place_country"))]
                    ),
                ),
            )
            edges.append(
                ViewEdge(source=mid, target=place_id, type="HELD_AT", date_start=date, date_end=end)
            )
        for c in channels:
            tid, ttype = through_node(c)
            nodes.setdefault(
                tid,
                ViewNode(
                    id=tid,
                    label=str(c.get("through") or tid),
                    type=ttype,
                    links=actor_links(tid) if ttype != "channel" else {},
                ),
            )
            edges.append(
                ViewEdge(
                    source=mid,
                    target=tid,
                    type="VIA",
                    kind=c.get("kind"),
                    label=spaced(c.get("kind")),
                    date_start=date,
                    date_end=end,
                    confidence=confidence(c.get("confidence")),
                    facts=fact_lines(
                        [
                            ("detail", c.get("detail")),
                            ("run by", c.get("run_by")),
                        ]
                    ),
                    sources=[
                        source({"document": d, "quote": c.get("quote")}, docs)
                        for d in (c.get("documents") or [next(iter(docs), None)])[:1]
                    ]
                    if c.get("quote")
                    else [],
                )
            )
        for a in actions:
            kind = str(a.get("action") or "").upper()
            actor_id = a.get("actor_id")
            target = str(a["target_id"]) if a.get("target_id") else mid
            if kind not in EDGE_TYPES or actor_id not in nodes or target not in nodes:
                continue
            edges.append(
                ViewEdge(
                    source=str(actor_id),
                    target=target,
                    type=EdgeType(kind),
                    label=spaced(a.get("action")),
                    date_start=date,
                    confidence=confidence(a.get("confidence")),
                    facts=fact_lines([("detail", a.get("detail"))]),
                    sources=[
                        source({"document": next(iter(docs), None), "quote": a["quote"]}, docs)
                    ]
                    if a.get("quote")
                    else [],
                )
            )
    for pid, count in attended.items():
        nodes[pid].facts = {"meetings in this view": str(count), **nodes[pid].facts}
    graph = finished(nodes, edges, title, notes)
    if total_meetings is not None and total_meetings > len(rows):
        graph.notes.append(
            f"Showing the {len(rows)} latest of {total_meetings} matching meetings; "
            "narrow the filters to see the others."
        )
    return graph

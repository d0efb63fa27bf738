"""The graph of the shortest paths between two actors, each node and edge drawn once."""

from __future__ import annotations

from collections.abc import Sequence

from service.views.dates import precise_iso
from service.views.graph import EdgeType, ViewEdge, ViewGraph, ViewNode
from service.views.graphs.common import (
    EDGE_TYPES,
    Documents,
    Row,
    actor_node,
    fact_lines,
    finished,
    meeting_node,
    source,
    spaced,
    when_written,
)


def paths_graph(
    start: Row,
    end: Row,
    rows: Sequence[Row],
    *,
    documents: Documents | None = None,
    texts: Sequence[str] = (),
) -> ViewGraph:
    """Every step of the paths between two actors, each node and edge drawn once."""
    nodes: dict[str, ViewNode] = {}
    on_paths: dict[str, list[str]] = {}
    edges: dict[tuple[str, str, str], ViewEdge] = {}
    for actor in (start, end):
        nodes[str(actor["id"])] = actor_node(actor)
    for row in rows:
        rank = str(row.get("rank"))
        before: tuple[str, str | None] | None = None
        for step in row.get("steps") or []:
            is_meeting = step.get("type") == "meeting"
            nid = f"meeting:{step['id']}" if is_meeting else str(step["id"])
            date = precise_iso(step.get("date_start"), step.get("date_precision"))
            if nid not in nodes:
                nodes[nid] = (
                    meeting_node(
                        str(step["id"]),
                        str(step.get("name") or step["id"]),
                        date,
                        [("date", when_written(step)), ("place", step.get("place"))],
                    )
                    if is_meeting
                    else actor_node(step)
                )
            on_paths.setdefault(nid, [])
            if rank not in on_paths[nid]:
                on_paths[nid].append(rank)
            relation = step.get("relation")
            if before is not None and relation in EDGE_TYPES:
                prev, prev_date = before
                a, b = (prev, nid) if step.get("direction") == "out" else (nid, prev)
                key = (a, b, str(relation))
                if key not in edges:
                    role = step.get("role")
                    edges[key] = ViewEdge(
                        source=a,
                        target=b,
                        type=EdgeType(relation),
                        kind=role,
                        label=spaced(role or step.get("title")),
                        date_start=date if is_meeting else prev_date,
                        facts=fact_lines([("role", spaced(role)), ("title", step.get("title"))]),
                        sources=[source(step, documents)] if step.get("quote") else [],
                    )
            before = (nid, date if is_meeting else None)
    for nid, ranks in on_paths.items():
        nodes[nid].facts = {**nodes[nid].facts, "on paths": ", ".join(ranks)}
    names = f"{nodes[str(start['id'])].label} and {nodes[str(end['id'])].label}"
    notes = [f"{i}. {t}" for i, t in enumerate(texts, 1)]
    if not rows:
        notes = [f"No connection between {names} within the step limit."]
    return finished(nodes, list(edges.values()), f"Paths between {names}", notes)

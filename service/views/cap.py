"""Cap a view at a number of nodes, keeping the most connected ones and the totals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from service.views.graph import ViewGraph


def cap_graph(graph: ViewGraph, max_nodes: int, *, keep: Iterable[str] = ()) -> ViewGraph:
    """At most ``max_nodes`` nodes: those in ``keep`` first, then by degree, then by id.

    Edges whose ends are not both kept are dropped. ``total_nodes``/``total_edges`` keep
    counting the whole graph, so the page can say "showing N of M".
    """
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if len(graph.nodes) <= max_nodes:
        return graph
    ids = {n.id for n in graph.nodes}
    degree: Counter[str] = Counter()
    for e in graph.edges:
        if e.source in ids and e.target in ids:
            degree[e.source] += 1
            degree[e.target] += 1
    pinned = [k for k in dict.fromkeys(keep) if k in ids]
    ranked = sorted(ids - set(pinned), key=lambda v: (-degree[v], v))
    chosen = set((pinned + ranked)[:max_nodes])
    return graph.model_copy(
        update={
            "nodes": [n for n in graph.nodes if n.id in chosen],
            "edges": [e for e in graph.edges if e.source in chosen and e.target in chosen],
            "total_nodes": graph.total_nodes,
            "total_edges": graph.total_edges,
        }
    )

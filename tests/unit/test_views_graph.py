"""The view data contract and capping a view at a number of nodes."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from service.views.cap import cap_graph
from service.views.graph import ViewEdge, ViewGraph, ViewNode
from tests.support.demo import synthetic_graph


def test_totals_default_to_what_is_shown() -> None:
    graph = synthetic_graph(50)
    assert (graph.total_nodes, graph.total_edges) == (len(graph.nodes), len(graph.edges))


def test_unknown_node_or_edge_types_are_rejected() -> None:
    with pytest.raises(ValidationError):
        ViewNode(id="a", label="A", type="alien")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ViewEdge(source="a", target="b", type="LIKES")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        ViewEdge(source="a", target="b", type="MET", weight=0)


def test_cap_keeps_the_most_connected_nodes_and_the_totals() -> None:
    graph = synthetic_graph(600)
    capped = cap_graph(graph, 100, keep=["p1"])
    kept = {n.id for n in capped.nodes}
    assert len(kept) == 100 and "p1" in kept
    assert all(e.source in kept and e.target in kept for e in capped.edges)
    assert (capped.total_nodes, capped.total_edges) == (len(graph.nodes), len(graph.edges))
    degree = {n.id: 0 for n in graph.nodes}
    for e in graph.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    dropped = max(degree[n.id] for n in graph.nodes if n.id not in kept)
    assert min(degree[v] for v in kept - {"p1"}) >= dropped


def test_cap_leaves_small_graphs_alone() -> None:
    graph = synthetic_graph(30)
    assert cap_graph(graph, 100) is graph
    with pytest.raises(ValueError):
        cap_graph(graph, 0)


def test_synthetic_graph_has_the_requested_size_and_valid_edges() -> None:
    graph = synthetic_graph(500, seed=4)
    ids = {n.id for n in graph.nodes}
    assert len(ids) == len(graph.nodes) == 500
    assert all(e.source in ids and e.target in ids for e in graph.edges)
    assert all(e.sources and e.sources[0].quote for e in graph.edges)
    assert isinstance(graph, ViewGraph)

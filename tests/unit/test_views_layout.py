"""Server-side layout of the views: deterministic, complete, communities kept together."""

from __future__ import annotations

import math
from statistics import mean

import pytest

from service.views.graph import ViewEdge, ViewGraph, ViewNode
from service.views.layout import (
    ROOM,
    SMALL_FONT,
    SPRING_MAX_NODES,
    day_range,
    edge_label_box,
    edge_labels,
    lay_out,
    scale_to_canvas,
)
from tests.support.demo import synthetic_graph


def positions(graph: ViewGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    return {n["id"]: (n["x"], n["y"]) for n in lay_out(graph, seed=seed).nodes}


@pytest.mark.parametrize("size", [40, SPRING_MAX_NODES + 300])
def test_layout_is_deterministic_for_a_seed(size: int) -> None:
    graph = synthetic_graph(size)
    assert positions(graph) == positions(synthetic_graph(size))
    assert positions(graph, seed=8) != positions(graph)


def test_every_node_and_edge_is_laid_out_once() -> None:
    graph = synthetic_graph(700)
    layout = lay_out(graph)
    assert [n["id"] for n in layout.nodes] == [n.id for n in graph.nodes]
    assert len(layout.edges) == len(graph.edges)
    assert len({e["id"] for e in layout.edges}) == len(layout.edges)
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in layout.nodes)


def test_large_graph_keeps_communities_together() -> None:
    layout = lay_out(synthetic_graph(1200))
    assert layout.communities > 5
    by_id = {n["id"]: n for n in layout.nodes}

    def dist(a: str, b: str) -> float:
        return math.dist((by_id[a]["x"], by_id[a]["y"]), (by_id[b]["x"], by_id[b]["y"]))

    ids = sorted(by_id)
    pairs = [(a, b) for i, a in enumerate(ids[::7]) for b in ids[::7][i + 1 :]]
    same = [dist(a, b) for a, b in pairs if by_id[a]["community"] == by_id[b]["community"]]
    other = [dist(a, b) for a, b in pairs if by_id[a]["community"] != by_id[b]["community"]]
    assert mean(same) < 0.5 * mean(other)


def test_size_grows_with_degree_and_only_hubs_get_big_labels() -> None:
    layout = lay_out(synthetic_graph(1000))
    ranked = sorted(layout.nodes, key=lambda n: n["degree"])
    assert ranked[-1]["size"] > ranked[0]["size"]
    fonts = sorted({n["font"]["size"] for n in layout.nodes})
    big = [n for n in layout.nodes if n["font"]["size"] == fonts[-1]]
    assert fonts[0] == SMALL_FONT and len(fonts) == 2
    assert 0 < len(big) < len(layout.nodes) // 10
    assert min(n["degree"] for n in big) >= ranked[len(ranked) // 2]["degree"]


def test_in_a_small_graph_label_size_grows_with_degree() -> None:
    nodes = [ViewNode(id=f"n{i}", label=f"N{i}", type="person") for i in range(8)]
    edges = [ViewEdge(source="n0", target=f"n{i}", type="MET") for i in range(1, 8)]
    edges.append(ViewEdge(source="n1", target="n2", type="MET"))
    layout = lay_out(ViewGraph(nodes=nodes, edges=edges))
    font = {n["id"]: n["font"]["size"] for n in layout.nodes}
    assert font["n0"] > font["n1"] == font["n2"] > font["n3"]


def test_focus_node_is_centred_and_labelled() -> None:
    nodes = [ViewNode(id="x", label="X", type="person")] + [
        ViewNode(id=f"n{i}", label=f"N{i}", type="person") for i in range(12)
    ]
    edges = [ViewEdge(source="x", target=f"n{i}", type="MET", weight=i + 1) for i in range(12)]
    layout = lay_out(ViewGraph(nodes=nodes, edges=edges), focus="x")
    centre = next(n for n in layout.nodes if n["id"] == "x")
    assert (centre["x"], centre["y"]) == (0.0, 0.0)
    widths = [e["width"] for e in layout.edges]
    assert widths == sorted(widths) and widths[0] < widths[-1]


def test_edges_carry_style_and_time_span() -> None:
    graph = ViewGraph(
        nodes=[
            ViewNode(id="a", label="A", type="person"),
            ViewNode(id="m", label="M", type="meeting", date="2018-01"),
        ],
        edges=[
            ViewEdge(
                source="a", target="m", type="VIA", kind="back_channel", date_start="2018-01-05"
            ),
            ViewEdge(
                source="a", target="m", type="ATTENDED", date_start="2017", date_end="2018-02-03"
            ),
        ],
    )
    layout = lay_out(graph)
    via, attended = layout.edges
    assert via["key"] == "channel:back_channel" and via["dashes"]
    assert attended["key"] == "ATTENDED"
    assert (via["t0"], via["t1"]) == day_range("2018-01-05")
    assert attended["t0"] == day_range("2017")[0]  # type: ignore[index]
    assert attended["t1"] == day_range("2018-02-03")[1]  # type: ignore[index]
    meeting = layout.nodes[1]
    assert (meeting["t0"], meeting["t1"]) == (
        day_range("2018-01-01")[0],
        day_range("2018-01-31")[0],
    )  # type: ignore[index]
    assert layout.time_range == (attended["t0"], attended["t1"])


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("1970-01-02", (1, 1)),
        ("1970-02", (31, 58)),
        ("1971", (365, 729)),
        ("", None),
        ("soon", None),
    ],
)
def test_day_range_reads_partial_dates(text: str, days: tuple[int, int] | None) -> None:
    assert day_range(text) == days


def test_repeated_node_ids_and_dangling_edges_are_dropped() -> None:
    graph = ViewGraph(
        nodes=[
            ViewNode(id="a", label="A", type="person"),
            ViewNode(id="a", label="A again", type="person"),
            ViewNode(id="b", label="B", type="country"),
        ],
        edges=[
            ViewEdge(source="a", target="b", type="BASED_IN"),
            ViewEdge(source="a", target="nowhere", type="MET"),
        ],
    )
    layout = lay_out(graph)
    assert [n["label"] for n in layout.nodes] == ["A", "B"]
    assert [e["id"] for e in layout.edges] == ["e0"]


def test_a_small_graph_is_spread_to_the_canvas_around_its_focus() -> None:
    pos = {"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (0.0, 20.0)}
    boxes = dict.fromkeys(pos, (60.0, 30.0))
    scaled = scale_to_canvas(pos, boxes, "a")
    assert scaled["a"] == (0.0, 0.0)
    assert scaled["c"][1] == pytest.approx(700.0)
    assert scaled["b"][0] == pytest.approx(350.0)


def test_a_crowded_graph_gets_room_for_its_labels() -> None:
    pos = {f"n{i}": (float(i % 30), float(i // 30)) for i in range(900)}
    boxes = dict.fromkeys(pos, (100.0, 40.0))
    scaled = scale_to_canvas(pos, boxes)
    xs = [x for x, _ in scaled.values()]
    assert max(xs) - min(xs) == pytest.approx((ROOM * 900 * 100 * 40) ** 0.5, rel=0.01)


def test_one_label_per_pair_of_nodes_however_many_edges_join_them() -> None:
    edges = [("a", "b", "head"), ("b", "a", "director"), ("a", "b", "head"), ("a", "c", "")]
    assert edge_labels(edges) == ["head; director", "", "", ""]
    graph = ViewGraph(
        nodes=[ViewNode(id=x, label=x.upper(), type="person") for x in "abc"],
        edges=[
            ViewEdge(source=a, target=b, type="LEADS", label=text or None) for a, b, text in edges
        ],
    )
    assert [e["label"] for e in lay_out(graph).edges] == ["head; director", "", "", ""]


def test_edge_labels_take_room_on_the_canvas() -> None:
    pos = {f"n{i}": (float(i % 30), float(i // 30)) for i in range(900)}
    boxes = dict.fromkeys(pos, (100.0, 40.0))
    labels = [edge_label_box("met via back channel")] * 900
    plain, roomy = scale_to_canvas(pos, boxes), scale_to_canvas(pos, boxes, extra=labels)
    assert max(x for x, _ in roomy.values()) > max(x for x, _ in plain.values())

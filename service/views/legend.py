"""The legend drawn on every page: node shapes and colours, edge colours and dashes, scales.

Entries come from the same tables that style the graph (:mod:`service.views.style`); the
actor types are always listed, other node types and the relationships only when present.
Icons are small inline SVG shapes, so the legend needs no image files.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from service.views.graph import ViewGraph
from service.views.style import (
    ACTOR_TYPES,
    CHANNEL_STYLES,
    EDGE_STYLES,
    NODE_STYLES,
    EdgeStyle,
    edge_style_key,
    edge_width,
)

ICON = 18.0
"""Icon box side, px."""


@dataclass(frozen=True)
class NodeEntry:
    """One node type in the legend; ``svg`` is the inner SVG of its icon (markup-safe)."""

    key: str
    label: str
    color: str
    border: str
    svg: str
    count: int


@dataclass(frozen=True)
class EdgeEntry:
    """One relationship or channel kind in the legend."""

    key: str
    label: str
    color: str
    dasharray: str
    arrow: bool
    count: int


@dataclass(frozen=True)
class WidthEntry:
    """An edge width sample for a number of meetings."""

    meetings: int
    width: float


@dataclass(frozen=True)
class Legend:
    """Everything the legend block of a page shows."""

    nodes: list[NodeEntry]
    relations: list[EdgeEntry]
    channels: list[EdgeEntry]
    widths: list[WidthEntry]


def _polygon(points: list[tuple[float, float]]) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'points="{coords}"'


def _regular(sides: int, radius: float, rotation: float) -> list[tuple[float, float]]:
    c = ICON / 2
    return [
        (
            c + radius * math.cos(rotation + 2 * math.pi * k / sides),
            c + radius * math.sin(rotation + 2 * math.pi * k / sides),
        )
        for k in range(sides)
    ]


def _star() -> list[tuple[float, float]]:
    c, outer, inner = ICON / 2, ICON / 2 - 1, ICON / 5
    return [
        (
            c + (outer if k % 2 == 0 else inner) * math.cos(-math.pi / 2 + math.pi * k / 5),
            c + (outer if k % 2 == 0 else inner) * math.sin(-math.pi / 2 + math.pi * k / 5),
        )
        for k in range(10)
    ]


def shape_svg(shape: str, color: str, border: str) -> str:
    """Inner SVG (one element) drawing a vis-network node shape in an ``ICON`` box."""
    paint = f'fill="{color}" stroke="{border}" stroke-width="1.5"'
    c, r = ICON / 2, ICON / 2 - 2
    match shape:
        case "dot":
            return f'<circle cx="{c}" cy="{c}" r="{r}" {paint}/>'
        case "square":
            return f'<rect x="2" y="2" width="{ICON - 4}" height="{ICON - 4}" {paint}/>'
        case "diamond":
            return f"<polygon {_polygon(_regular(4, r + 1, -math.pi / 2))} {paint}/>"
        case "triangle":
            return f"<polygon {_polygon(_regular(3, r + 1, -math.pi / 2))} {paint}/>"
        case "triangleDown":
            return f"<polygon {_polygon(_regular(3, r + 1, math.pi / 2))} {paint}/>"
        case "hexagon":
            return f"<polygon {_polygon(_regular(6, r + 1, 0.0))} {paint}/>"
        case "star":
            return f"<polygon {_polygon(_star())} {paint}/>"
    return f'<circle cx="{c}" cy="{c}" r="{r}" {paint}/>'


def _edge_entry(key: str, style: EdgeStyle, count: int) -> EdgeEntry:
    dash = ",".join(str(d) for d in style.dashes)
    return EdgeEntry(key, style.label, style.color, dash, style.arrows, count)


def build_legend(graph: ViewGraph) -> Legend:
    """The legend for ``graph``: actor types always, the rest as they occur."""
    node_counts = Counter(n.type for n in graph.nodes)
    nodes = [
        NodeEntry(
            kind,
            style.label,
            style.color,
            style.border,
            shape_svg(style.shape, style.color, style.border),
            node_counts.get(kind, 0),
        )
        for kind, style in NODE_STYLES.items()
        if kind in ACTOR_TYPES or node_counts.get(kind)
    ]
    edge_counts = Counter(edge_style_key(e) for e in graph.edges)
    relations = [
        _edge_entry(kind, style, edge_counts[kind])
        for kind, style in EDGE_STYLES.items()
        if edge_counts.get(kind)
    ]
    channels = [
        _edge_entry(f"channel:{kind}", style, edge_counts[f"channel:{kind}"])
        for kind, style in CHANNEL_STYLES.items()
        if edge_counts.get(f"channel:{kind}")
    ]
    widths = [WidthEntry(m, edge_width(m)) for m in (1, 3, 10)]
    return Legend(nodes, relations, channels, widths)

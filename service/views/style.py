"""The visual language of the views: shape and colour per node type, colour and dash per
relationship and channel kind, and the scales for node size and edge width.

The layout uses these tables to style nodes and edges; the legend on every page is drawn
from the same tables, so the two cannot disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.vocabulary import ACTOR_NODE_TYPES, ChannelKind, EdgeType, NodeType
from service.views.graph import ViewEdge


@dataclass(frozen=True)
class NodeStyle:
    """How one node type is drawn."""

    shape: str
    color: str
    border: str
    label: str


@dataclass(frozen=True)
class EdgeStyle:
    """How one relationship type or channel kind is drawn; ``dashes`` is a vis dash list."""

    color: str
    dashes: tuple[int, ...]
    arrows: bool
    label: str


NODE_STYLES: dict[NodeType, NodeStyle] = {
    NodeType.person: NodeStyle("dot", "#4e79a7", "#2c4a6e", "Person"),
    NodeType.organization: NodeStyle("square", "#f28e2b", "#a85d12", "Organization"),
    NodeType.country: NodeStyle("diamond", "#59a14f", "#356130", "Country"),
    NodeType.place: NodeStyle("triangle", "#76b7b2", "#3f7a75", "Place"),
    NodeType.meeting: NodeStyle("hexagon", "#e15759", "#9c2b2d", "Meeting"),
    NodeType.channel: NodeStyle("star", "#b07aa1", "#724b67", "Channel"),
    NodeType.document: NodeStyle("triangleDown", "#9c755f", "#634838", "Document"),
}
"""Actor types first: the legend always lists them, the others only when present."""

ACTOR_TYPES: tuple[NodeType, ...] = ACTOR_NODE_TYPES

_SOLID: tuple[int, ...] = ()
_DOTTED = (2, 4)

EDGE_STYLES: dict[EdgeType, EdgeStyle] = {
    EdgeType.MET: EdgeStyle("#34495e", _SOLID, False, "met"),
    EdgeType.ATTENDED: EdgeStyle("#8a96a3", _SOLID, True, "attended"),
    EdgeType.HELD_AT: EdgeStyle("#3f7a75", (6, 3), True, "held at"),
    EdgeType.VIA: EdgeStyle("#b07aa1", (10, 5), True, "via (channel)"),
    EdgeType.HOLDS_POSITION: EdgeStyle("#b5bcc4", _DOTTED, True, "holds position"),
    EdgeType.MEMBER_OF: EdgeStyle("#b5bcc4", _DOTTED, True, "member of"),
    EdgeType.LEADS: EdgeStyle("#7f8c8d", _DOTTED, True, "leads"),
    EdgeType.PART_OF: EdgeStyle("#c7cdd3", _DOTTED, True, "part of"),
    EdgeType.BASED_IN: EdgeStyle("#c7cdd3", (1, 3), True, "based in"),
    EdgeType.IN: EdgeStyle("#c7cdd3", (1, 3), True, "in"),
    EdgeType.BOYCOTTED: EdgeStyle("#d62728", (4, 2), True, "boycotted"),
    EdgeType.INVITED: EdgeStyle("#2ca02c", (4, 2), True, "invited"),
    EdgeType.PREVENTED: EdgeStyle("#a50f15", _SOLID, True, "prevented"),
    EdgeType.DETAINED: EdgeStyle("#67000d", _SOLID, True, "detained"),
    EdgeType.TRANSPORTED: EdgeStyle("#17becf", (8, 3, 2, 3), True, "transported"),
    EdgeType.SANCTIONED: EdgeStyle("#ff7f0e", (8, 3, 2, 3), True, "sanctioned"),
    EdgeType.ISSUED_WARRANT: EdgeStyle("#8c564b", (8, 3, 2, 3), True, "issued warrant"),
}

CHANNEL_STYLES: dict[str, EdgeStyle] = {  # keyed by ChannelKind
    ChannelKind.intermediary: EdgeStyle("#e377c2", (10, 5), True, "intermediary"),
    ChannelKind.mediator: EdgeStyle("#9467bd", (10, 5), True, "mediator"),
    ChannelKind.host: EdgeStyle("#8c564b", (10, 5), True, "host"),
    ChannelKind.transport: EdgeStyle("#17becf", (3, 3), True, "transport"),
    ChannelKind.back_channel: EdgeStyle("#6a3d9a", (14, 4, 2, 4), True, "back channel"),
    ChannelKind.phone: EdgeStyle("#bcbd22", (2, 3), True, "phone"),
    ChannelKind.video: EdgeStyle("#7f7f00", (2, 3), True, "video"),
    ChannelKind.letter: EdgeStyle("#636363", (6, 2, 2, 2), True, "letter"),
}
"""Channel kinds restyle MET and VIA edges that carry them."""

CHANNEL_EDGE_TYPES: frozenset[EdgeType] = frozenset({EdgeType.MET, EdgeType.VIA})

COMMUNITY_PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1f77b4",
    "#8c564b",
)

MIN_NODE_SIZE = 6.0
MAX_NODE_SIZE = 26.0
MAX_EDGE_WIDTH = 12.0


def edge_style(edge: ViewEdge) -> EdgeStyle:
    """The style of one edge: its channel kind's when it has one, else its type's."""
    if edge.type in CHANNEL_EDGE_TYPES and edge.kind in CHANNEL_STYLES:
        return CHANNEL_STYLES[edge.kind]
    return EDGE_STYLES[edge.type]


def edge_style_key(edge: ViewEdge) -> str:
    """The legend entry an edge belongs to: ``channel:<kind>`` or its type."""
    if edge.type in CHANNEL_EDGE_TYPES and edge.kind in CHANNEL_STYLES:
        return f"channel:{edge.kind}"
    return edge.type


def node_size(degree: int, max_degree: int) -> float:
    """Node size grows with the square root of the degree, between fixed bounds."""
    if max_degree <= 0:
        return MIN_NODE_SIZE
    share = math.sqrt(degree / max_degree)
    return round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * share, 2)


def edge_width(weight: int) -> float:
    """Edge width grows with the logarithm of the number of meetings."""
    return round(min(1.0 + 2.0 * math.log2(max(weight, 1)), MAX_EDGE_WIDTH), 2)

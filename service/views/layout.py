"""Server-side layout of a :class:`ViewGraph`: positions, communities, sizes, colours.

Small graphs get a seeded, bounded spring layout (networkx, the focus held in the middle;
igraph's Fruchterman-Reingold otherwise). Large ones (hundreds to thousands of
nodes) are split into Louvain communities; each community is laid out on its own, and the
communities are placed by a spring layout of the graph between them, then pushed apart so
they do not overlap. Every spring layout stays under the size that NumPy handles densely,
so the whole runs in well under a second for 2,000 nodes and needs no SciPy.

The result holds vis-network records built in bulk, ready for the page's JSON block.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

import igraph as ig
import networkx as nx
import numpy as np

from service.views.graph import ViewGraph
from service.views.style import (
    NODE_STYLES,
    edge_style,
    edge_style_key,
    edge_width,
    node_size,
)

SPRING_MAX_NODES = 300
"""Above this, the community-aware layout takes over."""
BLOCK_MAX_NODES = 350
"""A community larger than this is split again before it is laid out."""
MAX_BLOCKS = 250
"""Beyond this many communities, the smallest are laid out together as one block."""
UNIT_PX = 30.0
"""Roughly the distance between neighbouring nodes on the canvas."""
LABEL_ALL_BELOW = 150
"""Graphs smaller than this show every label at full size."""
EDGE_LABELS_BELOW = 300
"""Graphs with fewer edges than this draw the edge labels."""
LABEL_FONT = 14
"""Labels that show at every zoom level are at least this big."""
MAX_LABEL_FONT = 80
SMALL_FONT = 11
"""The least important labels, drawn only when zoomed in far enough to read them."""
TOP_FONT = 22
"""The most important labels of a small graph."""
FIT_SCREEN_PX = 900.0
"""The canvas size a page is expected to fit the graph into."""
MIN_EXTENT = 700.0
"""The laid-out graph spans at least this many canvas units, so a small one is drawn at
about its natural size when the page fits it to the canvas."""
ROOM = 2.0
"""Canvas area per node, as a multiple of the area its shape and label take up."""
MAX_LABEL_CHARS = 28
"""Longer labels are cut on the canvas (whole in the tooltip, panel and chronology)."""
CHAR_EM = 0.6
"""Estimated width of a label character, in font sizes (the page measures exactly)."""
EDGE_FONT = 10
"""The size of edge labels (canvas units), as the page draws them."""
_EPOCH = date(1970, 1, 1).toordinal()


class VisFont(TypedDict):
    """The font of one node label (canvas units)."""

    size: int


class VisNodeColor(TypedDict):
    """Fill and border of a node."""

    background: str
    border: str


class VisNode(TypedDict):
    """One vis-network node record, with the fields the page's script reads."""

    id: str
    label: str
    type: str
    x: float
    y: float
    size: float
    shape: str
    color: VisNodeColor
    font: VisFont
    community: int
    degree: int
    t0: int | None
    t1: int | None


class VisEdgeColor(TypedDict):
    """The colour of an edge."""

    color: str
    opacity: float


VisEdge = TypedDict(
    "VisEdge",
    {
        "id": str,
        "from": str,
        "to": str,
        "label": str,
        "type": str,
        "key": str,
        "width": float,
        "color": VisEdgeColor,
        "dashes": "list[int] | bool",
        "arrows": str,
        "weight": int,
        "t0": "int | None",
        "t1": "int | None",
    },
)
"""One vis-network edge record (``from`` is a keyword, hence the functional form)."""


@dataclass(frozen=True)
class Layout:
    """A laid-out graph: vis records plus what the page says about it."""

    nodes: list[VisNode]
    edges: list[VisEdge]
    communities: int
    labelled: int
    time_range: tuple[int, int] | None


def day_range(text: str | None) -> tuple[int, int] | None:
    """Days since 1970-01-01 covered by ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or None)."""
    if not text:
        return None
    head = text.strip()[:10]
    parts = head.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            first, last = date(year, 1, 1), date(year, 12, 31)
        elif len(parts) == 2:
            month = int(parts[1])
            first = date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            last = date.fromordinal(following.toordinal() - 1)
        else:
            first = last = date(year, int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None
    return first.toordinal() - _EPOCH, last.toordinal() - _EPOCH


def _span(start: str | None, end: str | None) -> tuple[int | None, int | None]:
    first = day_range(start)
    last = day_range(end) or first
    if first is None or last is None:
        return None, None
    return first[0], max(first[1], last[1])


def to_networkx(graph: ViewGraph) -> nx.Graph:
    """An undirected graph whose edge ``weight`` sums the meetings between two nodes."""
    g = nx.Graph()
    g.add_nodes_from(n.id for n in graph.nodes)
    weights: dict[tuple[str, str], int] = {}
    for e in graph.edges:
        if e.source == e.target or e.source not in g or e.target not in g:
            continue
        pair = (e.source, e.target) if e.source < e.target else (e.target, e.source)
        weights[pair] = weights.get(pair, 0) + e.weight
    g.add_weighted_edges_from((a, b, 1.0 + math.log(w)) for (a, b), w in weights.items())
    return g


def _igraph(g: nx.Graph) -> tuple[ig.Graph, list[str]]:
    """The same graph in igraph (C implementations of Louvain and Fruchterman-Reingold)."""
    names = list(g)
    index = {v: i for i, v in enumerate(names)}
    edges = list(g.edges(data="weight", default=1.0))
    graph = ig.Graph(n=len(names), edges=[(index[a], index[b]) for a, b, _ in edges])
    graph.es["weight"] = [float(w) for _, _, w in edges]
    return graph, names


def _communities(g: nx.Graph, seed: int) -> list[list[str]]:
    """Louvain communities (igraph's multilevel), biggest first; seeded, so repeatable."""
    if g.number_of_edges() == 0:
        return [[v] for v in sorted(g)]
    graph, names = _igraph(g)
    random.seed(seed)  # igraph draws from Python's random module
    found = graph.community_multilevel(weights="weight")
    blocks = [sorted(names[i] for i in members) for members in found]
    blocks.sort(key=lambda c: (-len(c), c[0]))
    return blocks


def _iterations(n: int) -> int:
    return 120 if n < 100 else 60


def _focus_spring(g: nx.Graph, seed: int, center_node: str) -> dict[str, np.ndarray]:
    """A spring layout of a small graph, ``center_node`` held at 0, about the unit disc."""
    if len(g) == 1:
        return {next(iter(g)): np.zeros(2)}
    raw = nx.spring_layout(
        g,
        pos={center_node: (0.0, 0.0)},
        fixed=[center_node],
        iterations=_iterations(len(g)),
        seed=seed,
        weight="weight",
    )
    return _to_unit(raw, np.asarray(raw[center_node], dtype=float))


def _fr_unit(sub: ig.Graph, nodes: list[str], seed: int) -> dict[str, np.ndarray]:
    """igraph's Fruchterman-Reingold of one block (``nodes`` in vertex order), unit disc."""
    random.seed(seed)  # igraph draws from Python's random module
    coords = sub.layout_fruchterman_reingold(weights="weight", niter=4 * _iterations(len(nodes)))
    return _to_unit(
        {v: np.asarray(xy, dtype=float) for v, xy in zip(nodes, coords.coords, strict=True)}
    )


def _to_unit(
    raw: Mapping[str, np.ndarray], origin: np.ndarray | None = None
) -> dict[str, np.ndarray]:
    """Positions moved to ``origin`` (default: their mean) and scaled to about the unit disc."""
    if origin is None:
        origin = np.mean(np.asarray(list(raw.values()), dtype=float), axis=0)
    pos = {k: np.asarray(v, dtype=float) - origin for k, v in raw.items()}
    # The 90th percentile, not the maximum: a few stragglers must not squeeze the core.
    radius = float(np.percentile([np.linalg.norm(p) for p in pos.values()], 90)) or 1.0
    return {k: p / radius for k, p in pos.items()}


def _spiral(nodes: Sequence[str], degree: dict[str, int]) -> dict[str, np.ndarray]:
    """Sunflower placement in the unit disc, hubs in the middle: for unsplittable blocks."""
    ordered = sorted(nodes, key=lambda v: (-degree.get(v, 0), v))
    golden = math.pi * (3.0 - math.sqrt(5.0))
    count = len(ordered)
    return {
        v: np.array(
            [
                math.sqrt((i + 0.5) / count) * math.cos(i * golden),
                math.sqrt((i + 0.5) / count) * math.sin(i * golden),
            ]
        )
        for i, v in enumerate(ordered)
    }


def _split(g: nx.Graph, block: list[str], seed: int) -> list[list[str]]:
    """Blocks no larger than ``BLOCK_MAX_NODES``, splitting big communities again."""
    if len(block) <= BLOCK_MAX_NODES:
        return [block]
    parts = _communities(g.subgraph(block), seed)
    if len(parts) == 1:
        return [block]
    return [piece for part in parts for piece in _split(g, part, seed)]


def _merge_small(blocks: list[list[str]]) -> list[list[str]]:
    if len(blocks) <= MAX_BLOCKS:
        return blocks
    kept, rest = blocks[: MAX_BLOCKS - 1], blocks[MAX_BLOCKS - 1 :]
    merged: list[list[str]] = [[]]
    for block in rest:
        if len(merged[-1]) + len(block) > BLOCK_MAX_NODES:
            merged.append([])
        merged[-1].extend(block)
    return kept + [m for m in merged if m]


def _separate(centres: np.ndarray, radii: np.ndarray, rounds: int = 150) -> np.ndarray:
    """Push overlapping discs apart (all pairs at once, a bounded number of rounds)."""
    pos = centres.copy()
    gap = UNIT_PX * 1.5
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, np.inf)
        need = radii[:, None] + radii[None, :] + gap
        overlap = np.clip(need - dist, 0.0, None)
        if not overlap.any():
            break
        safe = np.where(np.isfinite(dist) & (dist > 1e-9), dist, 1.0)
        push = (delta / safe[..., None]) * (overlap / 2.0)[..., None]
        crowd = np.maximum((overlap > 0).sum(axis=1), 1)[:, None]
        pos += push.sum(axis=1) / np.sqrt(crowd)
    return pos


def _components(g: nx.Graph) -> list[list[str]]:
    """Connected components, largest first; isolated nodes and pairs share one block."""
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    blocks = [c for c in comps if len(c) > 2]
    rest = [v for c in comps if len(c) <= 2 for v in c]
    return [*blocks, rest] if rest else blocks


def _place_blocks(g: nx.Graph, pieces: list[list[str]], radii: np.ndarray, seed: int) -> np.ndarray:
    """Centres for the blocks: a spring layout of the graph between them, then separated."""
    if len(pieces) == 1:
        return np.zeros((1, 2))
    piece_of = {v: i for i, piece in enumerate(pieces) for v in piece}
    links: dict[tuple[int, int], float] = {}
    for a, b in g.edges():
        pa, pb = piece_of[a], piece_of[b]
        if pa != pb:
            key = (pa, pb) if pa < pb else (pb, pa)
            links[key] = links.get(key, 0.0) + 1.0
    between = nx.Graph()
    between.add_nodes_from(range(len(pieces)))
    between.add_weighted_edges_from((a, b, 1.0 + math.log(w)) for (a, b), w in links.items())
    raw = nx.spring_layout(between, iterations=100, seed=seed, weight="weight")
    centres = np.array([raw[i] for i in range(len(pieces))], dtype=float)
    centres -= centres[0]
    centres *= 0.8 * float(np.sqrt((radii**2).sum()))
    return _separate(centres, radii)


def compute_positions(
    g: nx.Graph, *, seed: int = 7, center_node: str | None = None
) -> tuple[dict[str, tuple[float, float]], dict[str, int], int]:
    """Canvas positions (px), community per node and the number of communities.

    Up to ``SPRING_MAX_NODES`` nodes, each connected component is one block; above, each
    (split) Louvain community is. Blocks are laid out on their own and then placed.
    """
    n = len(g)
    if n == 0:
        return {}, {}, 0
    communities = _communities(g, seed)
    community = {v: i for i, block in enumerate(communities) for v in block}
    degree = dict(g.degree())
    if n <= SPRING_MAX_NODES:
        pieces, spread = _components(g), 1.6
    else:
        split = [
            piece for block in communities if len(block) > 2 for piece in _split(g, block, seed)
        ]
        rest = [v for block in communities if len(block) <= 2 for v in block]
        chunks = [rest[i : i + BLOCK_MAX_NODES] for i in range(0, len(rest), BLOCK_MAX_NODES)]
        pieces, spread = _merge_small(split) + chunks, 1.1
    radii = np.array([UNIT_PX * spread * math.sqrt(len(p)) for p in pieces])
    centres = _place_blocks(g, pieces, radii, seed)
    pos: dict[str, tuple[float, float]] = {}
    whole, names = _igraph(g)
    index = {v: i for i, v in enumerate(names)}
    for i, piece in enumerate(pieces):
        sub = whole.induced_subgraph([index[v] for v in piece])
        if sub.ecount() == 0 or len(piece) > BLOCK_MAX_NODES:
            unit = _spiral(piece, degree)
        elif center_node is not None and center_node in piece:
            unit = _focus_spring(g.subgraph(piece), seed, center_node)
        else:
            # induced_subgraph keeps the vertices in ascending index order
            unit = _fr_unit(sub, [names[k] for k in sorted(index[v] for v in piece)], seed)
        for v, p in unit.items():
            x, y = centres[i] + p * radii[i]
            pos[v] = (round(float(x), 1), round(float(y), 1))
    return pos, community, len(communities)


def _label_font(pos: dict[str, tuple[float, float]]) -> int:
    """Font size (canvas units) that reads at about 11 px when the whole graph fits a screen."""
    if not pos:
        return LABEL_FONT
    xy = np.asarray(list(pos.values()))
    extent = float((xy.max(axis=0) - xy.min(axis=0)).max())
    zoom = FIT_SCREEN_PX / max(extent, 1.0)
    return int(min(max(LABEL_FONT, 11.0 / zoom), MAX_LABEL_FONT))


def short_label(label: str, most: int = MAX_LABEL_CHARS) -> str:
    """A label cut at a word boundary to at most ``most`` characters ("…" marks the cut);
    the page shows the whole name in its tooltip, side panel and chronology."""
    if len(label) <= most:
        return label
    cut = label[: most - 1]
    if " " in cut[most // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def label_box(label: str, font: int, size: float) -> tuple[float, float]:
    """Estimated width and height (canvas units) of a node with its label underneath."""
    width = max(2.0 * size, CHAR_EM * font * len(label) + 6.0)
    return width, 2.0 * size + font + 8.0


def edge_label_box(label: str) -> tuple[float, float]:
    """Estimated width and height (canvas units) of an edge's label, drawn at its middle."""
    lines = label.split("\n")
    return CHAR_EM * EDGE_FONT * max(len(line) for line in lines) + 6.0, 1.2 * EDGE_FONT * len(
        lines
    ) + 4.0


def edge_labels(
    edges: Sequence[tuple[str, str, str]],
) -> list[str]:
    """The label drawn on each (source, target, label) edge: one per pair of nodes, however
    many edges join them (straight edges of one pair lie on each other, so would their
    labels); the pair's distinct labels joined on its first labelled edge."""
    first: dict[tuple[str, str], int] = {}
    texts: dict[tuple[str, str], list[str]] = {}
    for i, (a, b, label) in enumerate(edges):
        if not label:
            continue
        pair = (a, b) if a < b else (b, a)
        first.setdefault(pair, i)
        if label not in texts.setdefault(pair, []):
            texts[pair].append(label)
    out = [""] * len(edges)
    for pair, i in first.items():
        out[i] = "; ".join(texts[pair])
    return out


def scale_to_canvas(
    pos: dict[str, tuple[float, float]],
    boxes: Mapping[str, tuple[float, float]],
    centre_on: str | None = None,
    extra: Iterable[tuple[float, float]] = (),
) -> dict[str, tuple[float, float]]:
    """Positions scaled about their centre (or the node ``centre_on``) so that the graph
    covers ``ROOM`` times the area its nodes, their labels and the ``extra`` boxes (edge
    labels) need (at least ``MIN_EXTENT`` across): a small graph fills the canvas at zoom 1,
    a large one leaves the page little overlap to remove."""
    if len(pos) < 2:
        return dict(pos)
    xy = np.asarray(list(pos.values()), dtype=float)
    low, high = xy.min(axis=0), xy.max(axis=0)
    extent = float((high - low).max())
    need = sum(w * h for w, h in boxes.values()) + sum(w * h for w, h in extra)
    target = max(MIN_EXTENT, math.sqrt(ROOM * need))
    factor = target / max(extent, 1.0)
    centre = np.asarray(pos[centre_on]) if centre_on in pos else (low + high) / 2
    scaled = (xy - centre) * factor
    return {
        k: (round(float(x), 1), round(float(y), 1)) for k, (x, y) in zip(pos, scaled, strict=True)
    }


def label_fonts(degree: Mapping[str, int], top: int, base: int) -> dict[str, int]:
    """Font size by importance: from ``base`` for the least connected to ``top`` for the hub,
    so the page shows the important labels first and the others as one zooms in."""
    most = max(degree.values(), default=0)
    if most <= 0:
        return dict.fromkeys(degree, base)
    return {k: round(base + (top - base) * d / most) for k, d in degree.items()}


def _top_by_degree(degree: dict[str, int], count: int) -> set[str]:
    ranked = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))
    return {v for v, _ in ranked[:count]}


def _opacity(confidence: float, crossing: bool) -> float:
    """Less confident edges, and in large graphs edges between communities, are fainter."""
    return round((0.35 + 0.65 * confidence) * (0.4 if crossing else 1.0), 2)


def _dashes(pattern: Iterable[int]) -> list[int] | bool:
    listed = list(pattern)
    return listed or False


def lay_out(
    graph: ViewGraph,
    *,
    seed: int = 7,
    focus: str | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> Layout:
    """Positions, communities, sizes and styles for every node and edge of ``graph``;
    ``positions`` (px) override the computed ones for the nodes they name."""
    g = to_networkx(graph)
    pos, community, n_communities = compute_positions(g, seed=seed, center_node=focus)
    if positions:
        pos.update({k: (float(x), float(y)) for k, (x, y) in positions.items() if k in pos})
    known = set(pos)
    degree: dict[str, int] = dict.fromkeys(known, 0)
    kept_edges = [
        (i, e) for i, e in enumerate(graph.edges) if e.source in known and e.target in known
    ]
    for _, e in kept_edges:
        degree[e.source] += 1
        degree[e.target] += 1
    max_degree = max(degree.values(), default=0)
    n = len(graph.nodes)
    sizes = {k: node_size(d, max_degree) for k, d in degree.items()}
    base = LABEL_FONT if n < LABEL_ALL_BELOW else SMALL_FONT
    fonts = label_fonts(degree, TOP_FONT, base)
    if focus in known:
        fonts[focus] = TOP_FONT
    label_of = {node.id: short_label(node.label) for node in graph.nodes}
    draw_labels = len(kept_edges) < EDGE_LABELS_BELOW
    on_edge = edge_labels(
        [(e.source, e.target, (e.label or "") if draw_labels else "") for _, e in kept_edges]
    )
    pos = scale_to_canvas(
        pos,
        {k: label_box(label_of.get(k, ""), fonts[k], sizes[k]) for k in known},
        focus,
        [edge_label_box(text) for text in on_edge if text],
    )
    if n >= LABEL_ALL_BELOW:
        # Large graphs: the hubs' labels read when the whole graph is fitted; the others
        # are drawn once the view is zoomed in on them.
        top = max(TOP_FONT, _label_font(pos))
        hubs = _top_by_degree(degree, max(25, n // 40)) | ({focus} if focus in known else set())
        fonts = {k: top if k in hubs else base for k in known}
    labelled = {k for k, f in fonts.items() if f > base} | ({focus} if focus in known else set())
    nodes: list[VisNode] = []
    spans: list[int] = []
    placed: set[str] = set()
    for node in graph.nodes:
        if node.id in placed:  # a repeated id: the first one stands
            continue
        placed.add(node.id)
        style = NODE_STYLES[node.type]
        t0, t1 = _span(node.date, None)
        if t0 is not None and t1 is not None:
            spans += (t0, t1)
        x, y = pos[node.id]
        nodes.append(
            {
                "id": node.id,
                "label": short_label(node.label),
                "type": node.type,
                "x": x,
                "y": y,
                "size": sizes[node.id],
                "shape": style.shape,
                "color": {"background": style.color, "border": style.border},
                "font": {"size": fonts[node.id]},
                "community": community.get(node.id, 0),
                "degree": degree[node.id],
                "t0": t0,
                "t1": t1,
            }
        )
    fade_crossing = n > SPRING_MAX_NODES
    edges: list[VisEdge] = []
    for (i, e), text in zip(kept_edges, on_edge, strict=True):
        look = edge_style(e)
        crossing = fade_crossing and community[e.source] != community[e.target]
        t0, t1 = _span(e.date_start, e.date_end)
        if t0 is not None and t1 is not None:
            spans += (t0, t1)
        record: VisEdge = {
            "id": f"e{i}",
            "from": e.source,
            "to": e.target,
            "label": text,
            "type": e.type,
            "key": edge_style_key(e),
            "width": edge_width(e.weight),
            "color": {"color": look.color, "opacity": _opacity(e.confidence, crossing)},
            "dashes": _dashes(look.dashes),
            "arrows": "to" if look.arrows else "",
            "weight": e.weight,
            "t0": t0,
            "t1": t1,
        }
        edges.append(record)
    time_range = (min(spans), max(spans)) if spans else None
    return Layout(nodes, edges, n_communities, len(labelled), time_range)

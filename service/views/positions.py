"""Fixed positions for the pages whose shape is known in advance: paths laid out in rows
from one actor to the other, and who-met stars around the actor."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from service.views.graph import ViewGraph

Row = Mapping[str, Any]

PATH_STEP_PX = 230.0
PATH_ROW_PX = 130.0


def paths_positions(start: str, end: str, rows: Sequence[Row]) -> dict[str, tuple[float, float]]:
    """Paths drawn left to right, one row each: the start on the left, the end on the right,
    a step shared by several paths where it first appears."""
    longest = max((len(r.get("steps") or []) for r in rows), default=2)
    span = (longest - 1) * PATH_STEP_PX
    pos: dict[str, tuple[float, float]] = {start: (0.0, 0.0), end: (span, 0.0)}
    middle = (len(rows) - 1) / 2
    for rank, row in enumerate(rows):
        steps = list(row.get("steps") or [])
        stride = span / max(len(steps) - 1, 1)
        for i, step in enumerate(steps):
            nid = f"meeting:{step['id']}" if step.get("type") == "meeting" else str(step["id"])
            pos.setdefault(nid, (i * stride, (rank - middle) * PATH_ROW_PX))
    return pos


STAR_MAX = 80
"""Up to this many counterparts, who-met pages draw them on a circle around the actor."""


def star_positions(graph: ViewGraph, centre: str) -> dict[str, tuple[float, float]] | None:
    """The centre in the middle and the others on a circle wide enough for their labels;
    ``None`` above ``STAR_MAX`` nodes (the engine's own layout then)."""
    others = [n.id for n in graph.nodes if n.id != centre]
    if not others or len(others) > STAR_MAX:
        return None
    radius = max(260.0, 34.0 * len(others) / math.pi)
    pos = {centre: (0.0, 0.0)}
    for i, nid in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / len(others)
        pos[nid] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    return pos

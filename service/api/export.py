"""``GET /api/v1/export``: an actor's ego network as a file for Gephi or Cytoscape.

networkx writes the formats: GraphML and GEXF (Gephi, yEd, Cytoscape desktop) and
Cytoscape.js JSON. Every node and edge attribute is a scalar (GraphML allows nothing else);
missing values are left out rather than written as empty.
"""

from __future__ import annotations

import io
import json
import re
from typing import Annotated, Any, Literal

import networkx as nx
from fastapi import APIRouter, Query
from fastapi.responses import Response

from service.api.lookup import resolve_actor
from service.api.network import ego_network
from service.deps import RepoDep, SettingsDep

router = APIRouter(tags=["network"])

Format = Literal["graphml", "gexf", "json"]
MEDIA_TYPES: dict[str, str] = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "json": "application/json",
}


def scalars(values: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """The attributes GraphML can hold: None dropped, lists joined, the rest as is."""
    out: dict[str, str | int | float | bool] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out[key] = "; ".join(str(v) for v in value)
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            out[key] = str(value)
    return out


def to_graph(network: dict[str, Any]) -> Any:
    """A networkx MultiGraph of a Network answer (edges keep their own direction as
    ``source_id``/``target_id``, since MET ties have none)."""
    graph = nx.MultiGraph(
        name=f"actornet: network of {network['actor']['name']}",
        centre=network["actor"]["id"],
        depth=network["depth"],
        truncated=network["truncated"],
    )
    for node in network["nodes"]:
        attrs = scalars({k: v for k, v in node.items() if k != "id"})
        attrs["label"] = node["name"]
        graph.add_node(node["id"], **attrs)
    for edge in network["edges"]:
        attrs = scalars({k: v for k, v in edge.items() if k not in ("source", "target")})
        attrs["label"] = edge["type"]
        attrs["source_id"] = edge["source"]
        attrs["target_id"] = edge["target"]
        graph.add_edge(edge["source"], edge["target"], **attrs)
    return graph


def serialize(graph: Any, fmt: Format) -> bytes:
    """The graph in one of the export formats."""
    if fmt == "json":
        data = nx.cytoscape_data(graph)
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", named_key_ids=True)
    else:
        nx.write_gexf(graph, buffer, encoding="utf-8")
    return buffer.getvalue()


@router.get(
    "/export",
    summary="An actor's ego network as GraphML, GEXF or Cytoscape JSON (for Gephi, Cytoscape)",
    response_class=Response,
    responses={
        200: {
            "description": "The network file",
            "content": {media: {} for media in MEDIA_TYPES.values()},
        },
        404: {"description": "Unknown actor; the body suggests close names"},
        409: {"description": "Ambiguous name; the body lists the candidates"},
    },
)
async def export(
    repo: RepoDep,
    settings: SettingsDep,
    actor: Annotated[str, Query(description="Id, name or alias", examples=["Ali Mamlouk"])],
    depth: Annotated[int, Query(ge=1, le=3)] = 2,
    max_nodes: Annotated[int | None, Query(ge=2)] = None,
    format: Format = "graphml",
) -> Response:
    found = await resolve_actor(repo, actor)
    cap = min(max_nodes or 100, settings.max_page_size)
    network = await ego_network(repo, found, depth, cap)
    body = serialize(to_graph(network), format)
    safe_id = re.sub(r"[^A-Za-z0-9._-]+", "_", found["id"])
    filename = f"actornet-{safe_id}-depth{depth}.{format}"
    return Response(
        body,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

"""``GET /api/v1/export``: an actor's network, a ``/network`` filter or the whole graph, as
a file for Gephi, Cytoscape, Kumu, yEd, networkx/igraph or FollowTheMoney tools.

The body is streamed as it is written; how much one export may hold is capped by
``ACTORNET_EXPORT_MAX_ITEMS`` (meetings, and actors for the whole graph), and a capped
export says so in the ``X-Actornet-Truncated`` header and in the file's description.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from core.vocabulary import ChannelKind, MeetingKind
from service.answers import export as answer
from service.api.params import DateParam
from service.deps import RepoDep, SettingsDep
from service.exports import formats
from service.exports.graph import Export, Filters

router = APIRouter(tags=["network"])

Format = Literal["graphml", "gexf", "json", "nodes.csv", "edges.csv", "ftm"]
FORMATS: dict[str, tuple[str, str, Callable[[Export, str], Iterator[str]]]] = {
    # format: (media type, file suffix, writer)
    "graphml": ("application/graphml+xml", "graphml", lambda e, _: formats.graphml(e)),
    "gexf": ("application/gexf+xml", "gexf", lambda e, _: formats.gexf(e)),
    "json": ("application/json", "cyjs", lambda e, _: formats.cytoscape(e)),
    "nodes.csv": ("text/csv; charset=utf-8", "nodes.csv", formats.nodes_csv),
    "edges.csv": ("text/csv; charset=utf-8", "edges.csv", formats.edges_csv),
    "ftm": ("application/x-ndjson", "ftm.json", lambda e, _: formats.ftm(e)),
}


def stream(pieces: Iterator[str]) -> Iterator[bytes]:
    """The writer's text in chunks of about 64 KB."""
    chunk: list[str] = []
    size = 0
    for piece in pieces:
        chunk.append(piece)
        size += len(piece)
        if size >= 65_536:
            yield "".join(chunk).encode("utf-8")
            chunk, size = [], 0
    if chunk:
        yield "".join(chunk).encode("utf-8")


@router.get(
    "/export",
    summary="A network as GraphML, GEXF 1.3, Cytoscape JSON, node/edge CSV or FollowTheMoney",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The file, streamed",
            "content": {media: {} for media, _, _ in FORMATS.values()},
        },
        404: {"description": "Unknown actor; the body suggests close names"},
        409: {"description": "Ambiguous name; the body lists the candidates"},
    },
)
async def export(
    repo: RepoDep,
    settings: SettingsDep,
    actor: Annotated[
        str | None,
        Query(
            description="Id, name or alias: that actor's network. Without it, the "
            "filters below, or the whole graph.",
            examples=["Ali Mamlouk"],
        ),
    ] = None,
    depth: Annotated[int, Query(ge=1, le=3, description="Steps out from the actor")] = 2,
    max_nodes: Annotated[int | None, Query(ge=2, description="Cap on the actor's network")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO code of an attendee or place")
    ] = None,
    organization: Annotated[str | None, Query(description="Id of an organization")] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    kind: Annotated[MeetingKind | None, Query(description="Meeting kind")] = None,
    channel_kind: Annotated[ChannelKind | None, Query(description="Channel kind")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    format: Annotated[Format, Query(description="File format")] = "graphml",
    headers: Annotated[
        Literal["gephi", "kumu"], Query(description="CSV headers: Gephi's or Kumu's")
    ] = "gephi",
) -> StreamingResponse:
    filters = Filters(
        country=country.upper() if country else None,
        organization=organization,
        date_from=date_from,
        date_to=date_to,
        kind=kind,
        channel_kind=channel_kind,
        min_confidence=min_confidence,
    )
    found = await answer.export(repo, actor, depth, max_nodes, filters, settings.export_max_items)
    data = found.data
    media, suffix, writer = FORMATS[format]
    filename = found.filename(suffix)
    return StreamingResponse(
        stream(writer(data, headers)),
        media_type=media,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "X-Actornet-Truncated": "true" if data.truncated else "false",
        },
    )

"""``actornet serve``: the REST API and the network views under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from service.cli.common import app, settings

# -- serve -----------------------------------------------------------------------------


@app.command("serve")
def serve(
    host: Annotated[
        str | None,
        typer.Option(help="Interface to listen on (default: ACTORNET_API_HOST, 127.0.0.1)"),
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port to listen on (default: ACTORNET_API_PORT, 8000)")
    ] = None,
) -> None:
    """Run the REST API and the network views with uvicorn.

    Neo4j must be running (`actornet neo4j start`, or ACTORNET_NEO4J_URI); the API docs are at
    /docs, the network views at /.
    """
    import uvicorn

    from service.app import create_app

    s = settings()
    if host:  # the Host check and the Cypher endpoint's default follow where the API listens
        s = s.model_copy(update={"api_host": host})
    uvicorn.run(create_app(s), host=s.api_host, port=port or s.api_port, log_level="info")

"""``actornet serve``: the REST API and the network views under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from service.cli.common import app, settings

# -- serve -----------------------------------------------------------------------------


@app.command("serve")
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on")] = None,
) -> None:
    """Run the REST API and the network views with uvicorn."""
    import uvicorn

    from service.app import create_app

    s = settings()
    if host:  # the Host check and the Cypher endpoint's default follow where the API listens
        s = s.model_copy(update={"api_host": host})
    uvicorn.run(create_app(s), host=s.api_host, port=port or s.api_port, log_level="info")

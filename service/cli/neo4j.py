"""``actornet neo4j install|start|stop|status``: the local Neo4j server, for machines without
Docker."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from core.settings import Settings
from service.cli.common import fail, out, settings
from service.neo4j_local import LauncherError, LocalNeo4j

neo4j_app = typer.Typer(
    help="Run the local Neo4j server (for machines without Docker).", no_args_is_help=True
)


def local_server(s: Settings) -> LocalNeo4j:
    return LocalNeo4j(
        home=s.neo4j_home,
        bolt_port=s.neo4j_bolt_port,
        http_port=s.neo4j_http_port,
        password=s.neo4j_password.get_secret_value(),
        heap=s.neo4j_heap,
        pagecache=s.neo4j_pagecache,
        guide_hosts=tuple(dict.fromkeys((s.api_host, "127.0.0.1", "localhost"))),
    )


# -- neo4j ---------------------------------------------------------------------------


@neo4j_app.command("install")
def neo4j_install() -> None:
    """Fetch the Neo4j server and Neo4j Browser jars from Maven Central (once)."""
    server = local_server(settings())
    if server.jars_present():
        out.print(f"Neo4j is installed in {server.lib}")
        return
    out.print("Fetching Neo4j 5.26 and Neo4j Browser from Maven Central…")
    begun = time.monotonic()
    try:
        server.install()
    except LauncherError as exc:
        raise fail(str(exc)) from None
    out.print(f"Neo4j installed in {server.lib} ({time.monotonic() - begun:.0f} s)")


@neo4j_app.command("start")
def neo4j_start(
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt")] = 180.0,
) -> None:
    """Start the local Neo4j 5.26 server (downloads it from Maven Central the first time)."""
    server = local_server(settings())
    begun = time.monotonic()
    already = server.pid() is not None
    try:
        if not server.jars_present():
            out.print("Fetching Neo4j 5.26 and Neo4j Browser from Maven Central (first start)…")
        pid = server.start(timeout=timeout)
    except LauncherError as exc:
        raise fail(str(exc)) from None
    took = time.monotonic() - begun
    state = "already running" if already else f"ready in {took:.1f} s"
    rss = server.rss_mb()
    out.print(f"Neo4j {state} (pid {pid}{f', {rss:.0f} MiB RSS' if rss else ''})")
    out.print(f"  Bolt:          {server.bolt_uri}")
    out.print(f"  Neo4j Browser: {server.browser_url}")


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j server cleanly."""
    server = local_server(settings())
    if server.stop():
        out.print("Neo4j stopped")
    else:
        out.print("Neo4j was not running")


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Say whether the local Neo4j server runs; exit 3 when it does not."""
    server = local_server(settings())
    pid = server.pid()
    if pid is None:
        out.print(f"Neo4j is not running (home {server.home})")
        raise typer.Exit(3)
    rss = server.rss_mb()
    out.print(f"Neo4j running, pid {pid}, {rss or 0:.0f} MiB RSS, Bolt {server.bolt_uri}")
    out.print(f"Neo4j Browser: {server.browser_url}")

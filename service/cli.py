"""The ``actornet`` command line: local Neo4j, schema, loading, serving.

Every command reads its settings from ``ACTORNET_*`` environment variables; errors are one
readable line on stderr and a non-zero exit, never a stack trace.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from neo4j.exceptions import AuthError, ServiceUnavailable
from pydantic import ValidationError
from rich.console import Console

from core import catalog
from core.settings import Settings, get_settings
from loaders.factfile import LoadedFacts, Rejected, find_fact_files, read_fact_file
from loaders.load import DocumentSummary
from service.cli_extract import register as register_extract
from service.db import apply_schema, sync_driver
from service.neo4j_local import LauncherError, LocalNeo4j

app = typer.Typer(
    name="actornet",
    help="Turn news about diplomatic and security contacts into a Neo4j graph and query it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
neo4j_app = typer.Typer(
    help="Run the local Neo4j server (for machines without Docker).", no_args_is_help=True
)
db_app = typer.Typer(help="Schema and contents of the graph database.", no_args_is_help=True)
schema_app = typer.Typer(
    help="Export JSON Schemas of actornet's file formats.", no_args_is_help=True
)
app.add_typer(neo4j_app, name="neo4j")
app.add_typer(db_app, name="db")
app.add_typer(schema_app, name="schema")
register_extract(app)

out = Console(soft_wrap=True)
err = Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` on stderr and return the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def settings() -> Settings:
    try:
        return get_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"ACTORNET_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        raise fail(f"invalid settings: {problems}", 2) from None


def local_server(s: Settings) -> LocalNeo4j:
    return LocalNeo4j(
        home=s.neo4j_home,
        bolt_port=s.neo4j_bolt_port,
        http_port=s.neo4j_http_port,
        password=s.neo4j_password.get_secret_value(),
        heap=s.neo4j_heap,
        pagecache=s.neo4j_pagecache,
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


# -- db --------------------------------------------------------------------------------


@db_app.command("init")
def db_init() -> None:
    """Apply cypher/schema.cypher: constraints and indexes (a no-op when already applied)."""
    s = settings()
    try:
        with sync_driver(s) as driver:
            count = apply_schema(driver, s.neo4j_database)
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    out.print(f"schema applied ({count} statements, all IF NOT EXISTS)")


@db_app.command("reset")
def db_reset(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation")] = False,
) -> None:
    """Delete every node and relationship (the schema stays)."""
    s = settings()
    if not yes:
        if not sys.stdin.isatty():
            raise fail("refusing to reset without --yes (no terminal to confirm on)")
        typer.confirm(
            f"Delete everything in database '{s.neo4j_database}' at {s.neo4j_uri}?", abort=True
        )
    try:
        with sync_driver(s) as driver, driver.session(database=s.neo4j_database) as session:
            session.run(catalog.query("admin/reset")).consume()
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    out.print("graph emptied")


@db_app.command("stats")
def db_stats() -> None:
    """Count nodes per label and relationships per type."""
    s = settings()
    try:
        with sync_driver(s) as driver:
            labels, _, _ = driver.execute_query(
                catalog.query("admin/label_counts"),
                database_=s.neo4j_database,
            )
            rels, _, _ = driver.execute_query(
                catalog.query("admin/relationship_counts"),
                database_=s.neo4j_database,
            )
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    for row in labels:
        out.print(f":{row['label']:<14} {row['n']:>8}")
    for row in rels:
        out.print(f"[:{row['type']}]{'':<{max(0, 12 - len(row['type']))}} {row['n']:>8}")


# -- load ------------------------------------------------------------------------------


@app.command("load")
def load(
    paths: Annotated[list[Path], typer.Argument(help="Fact files (.yaml, .yml, .json) or folders")],
    force: Annotated[bool, typer.Option(help="Rewrite documents even when unchanged")] = False,
    gazetteer: Annotated[
        Path | None, typer.Option(help="Alias gazetteer (default: seeds/gazetteer.yaml)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract", help="PATHs are articles (.txt, .html, .jsonl): extract facts, then load"
        ),
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="With --extract: publication date YYYY-MM-DD")
    ] = None,
) -> None:
    """Load fact files into Neo4j: one transaction per document, idempotent.

    Prints a summary per document (written / replaced / unchanged / rejected and why) and
    exits with 1 when any document was rejected; the others are still loaded.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from loaders.gazetteer import Gazetteer
    from loaders.ingest import Extraction, extracted_files
    from loaders.load import Loader

    s = settings()
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or folder: {', '.join(missing)}", 2)
    gaz = Gazetteer.load(gazetteer or s.gazetteer)
    if extract:
        files = find_articles(paths)
        if not files:
            raise fail("no articles (.txt, .html, .htm, .jsonl) found", 2)
        day = _parse_date(published)
        extraction = Extraction(s.spacy_model, gazetteer or s.gazetteer)
        items = extracted_files(files, day, extraction)
    else:
        files = find_fact_files(paths)
        if not files:
            raise fail("no fact files (.yaml, .yml, .json) found", 2)
        items = (_read(f) for f in files)
    try:
        with sync_driver(s) as driver:
            driver.verify_connectivity()
            apply_schema(driver, s.neo4j_database)
            loader = Loader(driver, s.neo4j_database, gaz)
            with Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
                disable=as_json,
            ) as bar:
                task = bar.add_task("loading", total=len(files))
                summaries = loader.load_all(
                    items, force=force, progress=lambda _: bar.advance(task)
                )
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    if as_json:
        sys.stdout.write(json.dumps([x.as_dict() for x in summaries], indent=2, default=str) + "\n")
    else:
        colours = {"written": "green", "replaced": "yellow", "unchanged": "dim", "rejected": "red"}
        for x in summaries:
            label = x.document or x.source
            line = f"[{colours[x.status]}]{x.status:<9}[/] {label}"
            if x.status == "rejected":
                line += f" — {x.source}: {x.field}: {x.problem}"
            elif x.status != "unchanged":
                line += f" ({x.facts} facts, {len(x.merges)} names merged)"
            out.print(line, highlight=False)
            for m in x.merges:
                out.print(
                    f"    merged {m.name!r} -> {m.actor_id} ({m.method}, {m.score:.0f})",
                    highlight=False,
                )
        counts = {k: sum(1 for x in summaries if x.status == k) for k in colours}
        out.print(", ".join(f"{n} {k}" for k, n in counts.items()))
    if any(x.status == "rejected" for x in summaries):
        raise typer.Exit(1)


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson")


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files among ``paths``: files as given, folders searched recursively."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found.append(path)
    return found


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise fail(f"--published: {text!r} is not a date (YYYY-MM-DD)", 2) from None


def _read(path: Path) -> LoadedFacts | DocumentSummary:
    try:
        return read_fact_file(path)
    except Rejected as exc:
        return DocumentSummary(str(path), None, "rejected", problem=exc.problem, field=exc.field)


# -- schema ----------------------------------------------------------------------------


@schema_app.command("facts")
def schema_facts(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file")
    ] = None,
) -> None:
    """Print the JSON Schema of fact files (for tools that produce them)."""
    from loaders.model import FactFile

    text = json.dumps(FactFile.model_json_schema(), indent=2)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        out.print(f"written {output}")
    else:
        sys.stdout.write(text + "\n")


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
    uvicorn.run(create_app(s), host=host or s.api_host, port=port or s.api_port, log_level="info")


def main() -> None:
    """Console entry point: unexpected errors become one line and exit code 1, not a trace."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        raise SystemExit(130) from None
    except Exception as exc:  # the last resort: say what failed without a stack trace
        err.print(f"[bold red]error:[/] unexpected {type(exc).__name__}: {exc}", highlight=False)
        err.print("set ACTORNET_DEBUG=1 to see the stack trace", style="dim")
        if os.environ.get("ACTORNET_DEBUG"):
            raise
        raise SystemExit(1) from None

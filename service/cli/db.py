"""``actornet db init|reset|stats``: the schema and the contents of the graph database."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from neo4j.exceptions import AuthError, ServiceUnavailable

from core import catalog
from service.cli.common import fail, out, settings
from service.db import apply_schema, sync_driver

db_app = typer.Typer(help="Schema and contents of the graph database.", no_args_is_help=True)


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


@db_app.command("check")
def db_check(
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Rewrite the contact projection when it drifted")
    ] = False,
) -> None:
    """Recompute the contact projection (MET) from the meetings and report any drift.

    Exits with 1 when the stored contacts differ from the recomputation (and --rebuild was
    not given).
    """
    from loaders import projection

    s = settings()
    try:
        with sync_driver(s) as driver:
            drift = projection.check(driver, s.neo4j_database)
            if drift.ok:
                out.print(f"contact projection exact: {drift.contacts:,} contacts (MET)")
                return
            out.print(
                f"contact projection drifted: {len(drift.missing)} missing, "
                f"{len(drift.extra)} extra, {len(drift.wrong)} wrong of {drift.contacts:,}"
            )
            for pair in drift.missing[:5]:
                out.print(f"  missing {pair[0]} — {pair[1]}", highlight=False)
            for pair in drift.extra[:5]:
                out.print(f"  extra   {pair[0]} — {pair[1]}", highlight=False)
            for pair, want, have in drift.wrong[:5]:
                out.print(f"  wrong   {pair[0]} — {pair[1]}: {have} != {want}", highlight=False)
            if rebuild:
                count = projection.rebuild(driver, s.neo4j_database)
                out.print(f"contact projection rebuilt: {count:,} contacts")
                return
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    raise typer.Exit(1)

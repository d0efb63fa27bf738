"""``actornet load --bulk``: a first load into an empty local database by Neo4j's importer.

Checks that the database is empty (else nothing changes), reads and resolves every document
(:mod:`loaders.bulk`), then writes the CSV files while the local server shuts down, runs
``neo4j-admin database import full`` from the launcher's own jars on its data folder, starts
the server again and applies the schema (constraints and indexes are built over the imported
data, awaited once). The contact projection is
imported with the facts.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from core import catalog
from core.settings import Settings
from loaders.bulk import (
    BulkError,
    Imported,
    build,
    run_import,
    timed,
    write_csv,
)
from loaders.collector import no_cycle_collection
from loaders.factfile import LoadedFacts
from loaders.gazetteer import Gazetteer
from service.db import apply_schema, sync_driver
from service.neo4j_local import LocalNeo4j


def stored_nodes(settings: Settings) -> int:
    with sync_driver(settings) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=settings.neo4j_database
        )
    return int(records[0]["n"])


def bulk_load(
    settings: Settings,
    server: LocalNeo4j,
    items: Iterable[LoadedFacts],
    gazetteer: Gazetteer,
    on_document: Callable[[str], None] | None = None,
) -> Imported:
    """Import ``items`` into the local server's empty database; raise BulkError otherwise."""
    if server.pid() is None:
        raise BulkError(
            f"the local Neo4j server ({server.home}) is not running: start it with "
            "`actornet neo4j start`; bulk loading works on the local server only"
        )
    if settings.neo4j_uri.rstrip("/") != server.bolt_uri:
        raise BulkError(
            f"ACTORNET_NEO4J_URI is {settings.neo4j_uri}, not the local server "
            f"({server.bolt_uri}): bulk loading works on the local server only"
        )
    present = stored_nodes(settings)
    if present:
        raise BulkError(
            f"the database is not empty ({present:,} nodes): --bulk is for a first load into "
            "an empty database; nothing was changed (load without --bulk to add documents, "
            "or `actornet db reset` first)"
        )
    seconds: dict[str, float] = {}
    clock = timed()
    folder = Path(tempfile.mkdtemp(prefix="actornet-bulk-"))
    try:
        with no_cycle_collection():
            graph = build(items, gazetteer, on_document)
            seconds["read and resolve"] = clock()
            # Every document is read and valid: the server shuts down while the CSV is written.
            clock = timed()
            stopping = server.begin_stop()
            try:
                args, nodes, rels = write_csv(graph, folder)
                args.append(f"--report-file={folder / 'import.report'}")
                seconds["write CSV"] = clock()
                clock = timed()
                if stopping is not None:
                    server.wait_stopped(stopping)
                seconds["stop server"] = clock()
                clock = timed()
                run_import(server.lib, server.home, args, settings.neo4j_database)
                seconds["import"] = clock()
            finally:
                clock = timed()
                server.start(timeout=300)
                seconds["start server"] = clock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    clock = timed()
    with sync_driver(settings) as driver:
        # before the indexes exist, so that no index is written twice
        for statement in catalog.statements("writes/bulk_fixups"):
            driver.execute_query(statement, database_=settings.neo4j_database)
        # the projection was imported whole: no earlier version's contacts to bring up to date
        apply_schema(driver, settings.neo4j_database, upgrade=False)
    seconds["schema and indexes"] = clock()
    return Imported(len(graph.documents), nodes, rels, seconds)

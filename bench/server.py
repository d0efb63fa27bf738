"""A Neo4j server of the benches' own: the project's launcher in a fresh temporary home."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from neo4j import Driver, GraphDatabase

from service.db import apply_schema
from service.neo4j_local import LocalNeo4j, free_port

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "actornet-bench"


@contextmanager
def bench_graph(name: str) -> Iterator[Driver]:
    """Start a server in a fresh home, apply the schema, yield a driver; stop it after."""
    home = Path(tempfile.mkdtemp(prefix=f"actornet-bench-{name}-"))
    server = LocalNeo4j(home=home, bolt_port=free_port(), http_port=free_port(), password=PASSWORD,
                        lib_dir=ROOT / ".neo4j" / "lib")  # fmt: skip
    server.start(timeout=300)
    try:
        with GraphDatabase.driver(
            server.bolt_uri, auth=("neo4j", PASSWORD), notifications_min_severity="OFF"
        ) as driver:
            apply_schema(driver, "neo4j")
            yield driver
    finally:
        server.stop()

"""A throw-away Neo4j from the project's launcher: spare ports, its own data folder, removed
when the block ends. A database the user runs is never touched."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.settings import PROJECT_ROOT
from service.neo4j_local import LocalNeo4j, free_port


@contextmanager
def throwaway_neo4j(
    password: str, heap: str = "1g", pagecache: str = "256m"
) -> Iterator[LocalNeo4j]:
    """A started local Neo4j on free ports; stopped and deleted afterwards."""
    home = Path(tempfile.mkdtemp(prefix="actornet-neo4j-test-"))
    server = LocalNeo4j(
        home=home,
        bolt_port=free_port(),
        http_port=free_port(),
        password=password,
        heap=heap,
        pagecache=pagecache,
        lib_dir=PROJECT_ROOT / ".neo4j" / "lib",
    )
    server.start(timeout=300)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)

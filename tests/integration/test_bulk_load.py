"""``load --bulk``: neo4j-admin import into an empty local server gives the loader's graph."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from neo4j import Driver, GraphDatabase

from core.settings import Settings
from loaders import projection
from loaders.bulk import BulkError
from loaders.factfile import find_fact_files, parse_fact_file, read_fact_file
from loaders.gazetteer import Gazetteer
from loaders.load import Loader
from service.bulk import bulk_load
from service.neo4j_local import LocalNeo4j
from tests.support.graph import SEEDS, digest, wipe
from tests.support.neo4j import throwaway_neo4j
from tests.support.retold import retold_corpus


def rows(driver: Driver) -> list[str]:
    nodes = driver.execute_query(
        # the loaders' write lock is bookkeeping, not a fact
        "MATCH (n) WHERE NOT n:WriteLock RETURN labels(n) AS l, properties(n) AS p"
    ).records
    out = sorted(
        json.dumps(
            [sorted(r["l"]), {k: v for k, v in r["p"].items() if k != "loaded_at"}],
            sort_keys=True,
            default=str,
        )
        for r in nodes
    )
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b"
    ).records
    out += sorted(
        json.dumps([r["a"], r["t"], r["p"], r["b"]], sort_keys=True, default=str) for r in rels
    )
    return out


pytestmark = pytest.mark.integration

PASSWORD = "actornet-bulk"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalNeo4j]:
    """A Neo4j of its own: the bulk load stops and restarts the server it imports into."""
    with throwaway_neo4j(PASSWORD, heap="512m", pagecache="128m") as local:
        yield local


def test_bulk_import_gives_the_graph_the_loader_writes_and_refuses_a_full_database(
    server: LocalNeo4j, driver: Driver
) -> None:
    settings = Settings(neo4j_uri=server.bolt_uri, neo4j_password=PASSWORD)  # type: ignore[arg-type]
    seeds = find_fact_files([SEEDS / "facts"])
    # every other document told again by a second one: reports merged across documents
    synthetic = retold_corpus(30)

    def items() -> Iterator[object]:
        for path in seeds:
            yield read_fact_file(path)
        for name, raw in synthetic:
            yield parse_fact_file(raw, source=name, is_json=True)

    done = bulk_load(settings, server, items(), Gazetteer())  # type: ignore[arg-type]
    assert done.documents == len(seeds) + len(synthetic)

    wipe(driver)
    summaries = Loader(driver, "neo4j", Gazetteer()).load_all(list(items()))  # type: ignore[arg-type]
    assert {s.status for s in summaries} == {"written"}
    with GraphDatabase.driver(server.bolt_uri, auth=("neo4j", PASSWORD)) as bulk_driver:
        assert projection.check(bulk_driver, "neo4j").ok
        mine, theirs = set(rows(bulk_driver)), set(rows(driver))
        differ = [f"bulk: {x}" for x in sorted(mine - theirs)] + [
            f"loader: {x}" for x in sorted(theirs - mine)
        ]
        assert not differ, "\n".join(differ)
        assert digest(bulk_driver, ignore=("loaded_at",)) == digest(driver, ignore=("loaded_at",))
        before = digest(bulk_driver)
        with pytest.raises(BulkError, match="not empty"):
            bulk_load(settings, server, items(), Gazetteer())  # type: ignore[arg-type]
        assert digest(bulk_driver) == before

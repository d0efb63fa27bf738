"""The graph the tests run on: emptied, loaded with the seed articles' curated facts, counted,
and fingerprinted."""

from __future__ import annotations

import hashlib
import json

from neo4j import Driver

from core.settings import PROJECT_ROOT
from loaders.factfile import find_fact_files
from loaders.gazetteer import Gazetteer
from loaders.load import Loader

SEEDS = PROJECT_ROOT / "seeds"
DAMASCUS = "damascus-meeting-us-delegation-mamlouk-2018-06"
"""The seeds' secret meeting of a US delegation with Ali Mamlouk in Damascus, June 2018."""
SOCHI = "sochi-congress-2018-01-30"
"""The seeds' Sochi congress, reported by three documents."""


def wipe(driver: Driver) -> None:
    """Delete every node and relationship (the schema stays)."""
    driver.execute_query("MATCH (n) DETACH DELETE n")


def seed_loader(driver: Driver) -> Loader:
    """A loader with the project's gazetteer, as the app and the CLI build it."""
    return Loader(driver, "neo4j", Gazetteer.load(SEEDS / "gazetteer.yaml"))


def load_seeds(driver: Driver) -> Driver:
    """Empty the graph and load the curated facts of the five seed articles."""
    wipe(driver)
    summaries = seed_loader(driver).load_paths(find_fact_files([SEEDS / "facts"]))
    assert [s.status for s in summaries] == ["written"] * len(summaries), summaries
    return driver


def counts(driver: Driver) -> dict[str, int]:
    """Nodes per label and relationships per type."""
    found: dict[str, int] = {}
    for record in driver.execute_query(
        "MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS n"
    ).records:
        found[f":{record['k']}"] = record["n"]
    for record in driver.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n"
    ).records:
        found[f"[{record['k']}]"] = record["n"]
    return found


def digest(driver: Driver, ignore: tuple[str, ...] = ()) -> str:
    """A fingerprint of every node and relationship with all their properties."""
    nodes = driver.execute_query(
        # the loaders' write lock is bookkeeping, not a fact
        "MATCH (n) WHERE NOT n:WriteLock RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id"
    ).records
    nodes = [
        {"l": r["l"], "p": {k: v for k, v in r["p"].items() if k not in ignore}} for r in nodes
    ]
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b"
    ).records
    rows = sorted(json.dumps([r["l"], r["p"]], sort_keys=True, default=str) for r in nodes)
    rows += sorted(
        json.dumps([r["a"], r["t"], r["p"], r["b"]], sort_keys=True, default=str) for r in rels
    )
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()

"""The contact projection (MET) equals a recomputation from the meetings after every kind of write."""

from __future__ import annotations

import copy
import json
import random
import threading
from typing import Any

import pytest
from neo4j import Driver

from bench.corpus import fact_dict
from core import catalog
from loaders import projection
from loaders.factfile import LoadedFacts, parse_fact_file
from loaders.gazetteer import Gazetteer
from loaders.load import Loader
from loaders.writer import delete_documents
from service.db import apply_schema
from tests.support.graph import load_seeds, wipe

pytestmark = pytest.mark.integration

DB = "neo4j"


def parsed(data: dict[str, Any]) -> LoadedFacts:
    return parse_fact_file(json.dumps(data), source=f"{data['document']['id']}.json", is_json=True)


def documents(count: int, seed: int = 3) -> list[dict[str, Any]]:
    """Documents among eight actors, so that pairs share many meetings."""
    rng = random.Random(seed)
    return [fact_dict(n, 8, 4, rng) for n in range(count)]


def echo(data: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """Another document reporting the same meetings (one participant fewer in the first)."""
    other = copy.deepcopy(data)
    other["document"]["id"] = doc_id
    first = other["meetings"][0]
    if len(first["participants"]) > 2:
        first["participants"] = first["participants"][:-1]
    return other


def contacts(driver: Driver) -> list[tuple[str, str, int, list[str]]]:
    records = driver.execute_query(
        "MATCH (a)-[r:MET]->(b) RETURN a.id AS a, b.id AS b, r.meetings AS n, r.latest AS latest "
        "ORDER BY a, b",
        database_=DB,
    ).records
    return [(r["a"], r["b"], r["n"], r["latest"]) for r in records]


def assert_exact(driver: Driver) -> None:
    drift = projection.check(driver, DB)
    assert drift.ok, (drift.missing[:5], drift.extra[:5], drift.wrong[:3])
    assert drift.contacts > 0


def assert_who_met_alike(driver: Driver) -> None:
    """who_met_contacts (the projection) answers every actor exactly as who_met (the meetings)."""
    actors = [
        r["id"]
        for r in driver.execute_query(
            "MATCH (a:Actor) WHERE EXISTS { (a)-[:ATTENDED]->() } RETURN a.id AS id ORDER BY id",
            database_=DB,
        ).records
    ]
    assert actors
    for actor in actors:
        params = {"actor": actor, "date_from": None, "date_to": None, "min_confidence": 0.0,
                  "counterpart_type": None, "per_counterpart": 10, "skip": 0, "limit": 1000}  # fmt: skip
        answers = [
            [r.data() for r in driver.execute_query(catalog.query(module), params).records]
            for module in ("queries/who_met", "queries/who_met_contacts")
        ]
        assert answers[0] == answers[1], actor


def one_side(data: dict[str, Any], meetings: int = 1) -> dict[str, Any]:
    """The same document with everyone at its first meetings on one side: colleagues there."""
    data = copy.deepcopy(data)
    for meeting in data["meetings"][:meetings]:
        for participant in meeting["participants"]:
            participant["side"] = "visiting"
    return data


@pytest.fixture
def graph(empty_graph: Driver) -> Driver:
    wipe(empty_graph)
    return empty_graph


def test_projection_equals_a_recomputation_after_loads_reloads_and_retractions(
    graph: Driver,
) -> None:
    loader = Loader(graph, DB, Gazetteer(), batch_size=7)
    docs = documents(40)
    echoes = [echo(d, f"echo-{n}") for n, d in enumerate(docs[:12])]
    summaries = loader.load_all([parsed(d) for d in docs + echoes])
    assert {s.status for s in summaries} == {"written"}
    assert_exact(graph)
    shared = graph.execute_query(
        "MATCH (:Document {id: 'echo-0'})<-[:REPORTED_IN]-(m)-[:REPORTED_IN]->(:Document) "
        "RETURN count(DISTINCT m) AS n"
    ).records[0]["n"]
    assert shared > 0  # the echoes report the same meetings: contacts with two sources

    stored = contacts(graph)
    forced = loader.load_all([parsed(d) for d in docs + echoes], force=True)
    assert {s.status for s in forced} == {"replaced"}
    assert contacts(graph) == stored  # a reload that changes nothing changes no contact

    changed = []
    for n, data in enumerate(docs[:10]):
        data = copy.deepcopy(data)
        if n % 3 == 0:
            data["meetings"] = data["meetings"][1:]  # a meeting taken back
        elif n % 3 == 1:
            data["meetings"][0]["participants"] = data["meetings"][0]["participants"][:2]
        else:
            data["meetings"][0]["date_start"] = "2001-01-01"  # another day: another meeting
        changed.append(parsed(data))
    statuses = [s.status for s in loader.load_all(changed)]
    assert statuses.count("replaced") >= 7 and "rejected" not in statuses
    assert_exact(graph)

    assert delete_documents(graph, DB, [f"bench-doc-{n}" for n in range(10, 20)] + ["nope"]) == [
        f"bench-doc-{n}" for n in sorted(range(10, 20), key=str)
    ]
    assert_exact(graph)
    assert delete_documents(graph, DB, [f"echo-{n}" for n in range(12)])
    assert_exact(graph)


def test_concurrent_loaders_of_the_same_meetings_keep_the_projection_exact(
    graph: Driver,
) -> None:
    docs = documents(30, seed=11)
    first = [parsed(d) for d in docs]
    second = [parsed(echo(d, f"twin-{n}")) for n, d in enumerate(docs)]
    errors: list[BaseException] = []

    def run(items: list[LoadedFacts]) -> None:
        try:
            Loader(graph, DB, Gazetteer(), batch_size=3).load_all(items)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(items,)) for items in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    loaded = graph.execute_query("MATCH (d:Document) RETURN count(d) AS n").records[0]["n"]
    assert loaded == 60
    assert_exact(graph)


def test_seed_projection_is_exact_and_rebuild_gives_the_same(graph: Driver) -> None:
    load_seeds(graph)
    assert_exact(graph)
    stored = contacts(graph)
    graph.execute_query("MATCH ()-[r:MET]->() DELETE r")
    assert not projection.check(graph, DB).ok
    assert projection.outdated(graph, DB)  # meetings, and no contacts: loaded before them
    assert projection.rebuild(graph, DB) == len(stored)
    assert contacts(graph) == stored
    assert not projection.outdated(graph, DB)

    # contacts written before they counted the meetings across the table: schema brings them up
    graph.execute_query("MATCH ()-[k:MET]->() REMOVE k.across, k.across_latest")
    assert projection.outdated(graph, DB)
    apply_schema(graph, DB)
    assert not projection.outdated(graph, DB)
    assert_exact(graph)


def test_sides_changed_by_reloads_and_retractions_keep_the_projection_and_who_met_exact(
    graph: Driver,
) -> None:
    loader = Loader(graph, DB, Gazetteer(), batch_size=5)
    docs = documents(30, seed=5)
    assert {s.status for s in loader.load_all([parsed(d) for d in docs])} == {"written"}
    assert_exact(graph)
    colleagues = "MATCH ()-[k:MET]->() RETURN sum(k.meetings - k.across) AS n"
    sided = graph.execute_query(colleagues).records[0]["n"]
    assert sided > 0  # the corpus seats hosts and visitors: some pairs met only as colleagues
    assert_who_met_alike(graph)

    regrouped = loader.load_all([parsed(one_side(d, 2)) for d in docs[:10]])
    assert {s.status for s in regrouped} == {"replaced"}
    assert_exact(graph)
    assert graph.execute_query(colleagues).records[0]["n"] > sided
    assert_who_met_alike(graph)

    again = loader.load_all([parsed(d) for d in docs[:5]])  # seated apart again
    assert {s.status for s in again} == {"replaced"}
    assert_exact(graph)
    assert_who_met_alike(graph)

    assert delete_documents(graph, DB, [f"bench-doc-{n}" for n in (3, 6, 7, 20)])
    assert_exact(graph)
    assert_who_met_alike(graph)

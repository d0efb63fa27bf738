"""A meeting carried by a means of its own (phone, video, letter), naming no actor and no
channel: stored as a VIA of that kind to the one channel node of the means, listed by the
who-met and meeting modules, and built the same way by the bulk loader."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from neo4j import Driver

from core import catalog
from loaders.bulk import build
from loaders.factfile import read_fact_file
from loaders.gazetteer import Gazetteer
from loaders.load import Loader
from tests.support.graph import wipe

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parent.parent / "data"
DB = "neo4j"
QUOTE = "The heads of Turkish intelligence and Syrian regime intelligence met in Moscow on Monday"


@pytest.fixture
def graph(empty_graph: Driver) -> Driver:
    wipe(empty_graph)
    return empty_graph


def by_phone(tmp_path: Path, doc_id: str = "test-fidan-mamlouk") -> Path:
    """The Fidan–Mamlouk test document, its meeting told as held by telephone."""
    data: dict[str, Any] = yaml.safe_load((DATA / "fidan.yaml").read_text(encoding="utf-8"))
    data["document"]["id"] = doc_id
    data["meetings"][0]["channels"] = [
        {"kind": "phone", "detail": "by telephone", "evidence": [{"quote": QUOTE}]}
    ]
    shutil.copy(DATA / "fidan.txt", tmp_path / "fidan.txt")
    path = tmp_path / f"{doc_id}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_means_is_a_via_to_the_one_channel_node_of_that_means(
    graph: Driver, tmp_path: Path
) -> None:
    loader = Loader(graph, DB, Gazetteer())
    summaries = loader.load_paths([by_phone(tmp_path), by_phone(tmp_path, "test-fidan-again")])
    assert [s.status for s in summaries] == ["written", "written"]
    rows = graph.execute_query(
        "MATCH (m:Meeting)-[v:VIA]->(c:Channel) "
        "RETURN c.id AS id, c.name AS name, v.kind AS kind, v.detail AS detail, "
        "v.doc_ids AS docs, count { (c)-[:RUN_BY]->() } AS runners"
    ).records
    assert [dict(r) for r in rows] == [
        {
            "id": "means-phone",
            "name": "phone",
            "kind": "phone",
            "detail": "by telephone",
            "docs": ["test-fidan-again", "test-fidan-mamlouk"],
            "runners": 0,
        }
    ]


def test_who_met_and_the_meeting_list_the_means(graph: Driver, tmp_path: Path) -> None:
    Loader(graph, DB, Gazetteer()).load_paths([by_phone(tmp_path)])
    met = graph.execute_query(
        catalog.query("queries/who_met"),
        actor="hakan-fidan",
        date_from=None,
        date_to=None,
        min_confidence=0.0,
        counterpart_type=None,
        per_counterpart=10,
        skip=0,
        limit=50,
    ).records
    channels = [c for r in met for m in r["meetings"] for c in m["channels"]]
    assert [(c["kind"], c["through"], c["detail"]) for c in channels] == [
        ("phone", "phone", "by telephone")
    ]
    [meeting_id] = [
        r["id"] for r in graph.execute_query("MATCH (m:Meeting) RETURN m.id AS id").records
    ]
    [meeting] = graph.execute_query(catalog.query("queries/meeting"), id=meeting_id).records
    assert [(c["kind"], c["through"], c["through_type"]) for c in meeting["channels"]] == [
        ("phone", "phone", "channel")
    ]


def test_the_bulk_loader_builds_the_same_means_channel(tmp_path: Path) -> None:
    graph = build([read_fact_file(by_phone(tmp_path))], Gazetteer())
    assert graph.channels == {"means-phone": {"id": "means-phone", "name": "phone"}}
    [via] = [key for key in graph.rels if key[0] == "VIA"]
    assert via[3:] == ("Channel", "means-phone", "phone")

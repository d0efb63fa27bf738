"""A fixed list of API calls on the seed graph answers exactly what ``tests/golden/api_seeds.json``
recorded: who met Mamlouk, his network, paths, channels, actions, meetings and the exports.

It proves that moving code around changes no answer. When an answer changes on purpose, record
the new one with ``ACTORNET_UPDATE_GOLDEN=1 pytest tests/integration/test_api_golden.py`` and
review the diff of the golden file like any other change.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from neo4j import Driver

from loaders.factfile import find_fact_files
from tests.support.graph import SEEDS, load_seeds, seed_loader, wipe

pytestmark = pytest.mark.integration

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "api_seeds.json"

CALLS: list[tuple[str, dict[str, Any]]] = [
    ("/api/v1/who-met", {"actor": "Ali Mamlouk"}),
    ("/api/v1/who-met", {"actor": "Mamluk", "format": "csv"}),
    ("/api/v1/who-met", {"actor": "ali-mamlouk", "date_from": "2018-01-01", "limit": 2}),
    ("/api/v1/actors", {"q": "mamluk"}),
    ("/api/v1/actors/ali-mamlouk", {}),
    ("/api/v1/actors/ali-mamlouk/network", {"depth": 2}),
    ("/api/v1/actors/ali-mamlouk/timeline", {}),
    ("/api/v1/actors/ali-mamlouk/co-attendance", {}),
    ("/api/v1/paths", {"from": "Hakan Fidan", "to": "United States"}),
    ("/api/v1/channels", {"a": "Ali Mamlouk", "b": "United States"}),
    ("/api/v1/channels", {"a": "Ali Mamlouk"}),
    ("/api/v1/channels", {}),
    ("/api/v1/actions", {}),
    ("/api/v1/meetings", {"actor": "Mamlouk"}),
    ("/api/v1/meetings/moscow-meeting-fidan-mamlouk-2020-01-13", {}),
    ("/api/v1/documents/baladi-2020-01-14-fidan-mamlouk-moscow", {}),
    ("/api/v1/export", {"actor": "Ali Mamlouk", "format": "json"}),
    ("/api/v1/export", {"actor": "Ali Mamlouk", "format": "graphml"}),
    ("/api/v1/who-met", {"actor": "Nobody Anywhere"}),
    ("/api/v1/paths", {"from": "Ali Mamlouk", "to": "Ali Mamlouk"}),
]


def key(path: str, params: dict[str, Any]) -> str:
    return path + ("?" + str(httpx.QueryParams(params)) if params else "")


def answer(response: httpx.Response) -> dict[str, Any]:
    """Status, media type and body (parsed when JSON, as text otherwise)."""
    media = response.headers.get("content-type", "").split(";")[0]
    body: Any = response.json() if media == "application/json" else response.text
    return {"status": response.status_code, "media_type": media, "body": body}


@pytest.fixture(scope="module")
def answers(http: httpx.Client, seeded: Driver) -> dict[str, Any]:
    return {key(path, params): answer(http.get(path, params=params)) for path, params in CALLS}


def test_answers_on_the_seeds_are_the_recorded_ones(answers: dict[str, Any]) -> None:
    if os.environ.get("ACTORNET_UPDATE_GOLDEN"):
        text = json.dumps(answers, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        GOLDEN.write_text(text, encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert list(answers) == [key(path, params) for path, params in CALLS]
    for name, got in answers.items():
        assert got == recorded[name], name


def test_answers_hold_whatever_order_the_facts_were_loaded_in(
    http: httpx.Client, answers: dict[str, Any], driver: Driver
) -> None:
    """Loaded in the reverse order, the seeds give the same answers: no answer depends on the
    order the documents were loaded in, nor on the order Neo4j stores nodes and relationships."""
    wipe(driver)
    files = find_fact_files([SEEDS / "facts"])
    summaries = seed_loader(driver).load_paths(list(reversed(files)))
    try:
        assert [s.status for s in summaries] == ["written"] * len(summaries), summaries
        for path, params in CALLS:
            name = key(path, params)
            assert answer(http.get(path, params=params)) == answers[name], name
    finally:
        load_seeds(driver)

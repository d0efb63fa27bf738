"""/health and /ready against a real Neo4j, including a database that stops and comes back."""

from __future__ import annotations

import httpx
import pytest
from neo4j import Driver

from core.settings import Settings
from tests.support.neo4j import throwaway_neo4j
from tests.support.server import LiveServer

pytestmark = pytest.mark.integration


def test_health_answers_without_the_database(http: httpx.Client) -> None:
    answer = http.get("/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok"}


def test_ready_when_neo4j_answers_and_schema_is_applied(http: httpx.Client, driver: Driver) -> None:
    answer = http.get("/ready")
    assert answer.status_code == 200
    assert answer.json()["status"] == "ready"
    names = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
    assert {"actor_id", "meeting_id", "document_id", "place_id", "channel_id"} <= names
    indexes = {r["name"] for r in driver.execute_query("SHOW INDEXES YIELD name").records}
    assert "actor_names" in indexes


def test_errors_have_one_json_shape(http: httpx.Client) -> None:
    answer = http.get("/no/such/path")
    assert answer.status_code == 404
    body = answer.json()
    assert body["error"]["code"] == "not_found"
    assert isinstance(body["error"]["message"], str)


def test_openapi_docs_are_served(http: httpx.Client) -> None:
    assert http.get("/docs").status_code == 200
    spec = http.get("/openapi.json").json()
    assert "/ready" in spec["paths"]


@pytest.mark.slow
def test_ready_follows_the_database_down_and_up_without_restart() -> None:
    """Stop Neo4j: /ready is 503 with a reason. Start it again: 200, same app process."""
    with throwaway_neo4j("actornet-ready", heap="512m", pagecache="64m") as server:
        settings = Settings(
            neo4j_uri=server.bolt_uri,
            neo4j_password="actornet-ready",  # type: ignore[arg-type]
            neo4j_connect_timeout=2.0,
        )
        with LiveServer(settings) as app, httpx.Client(base_url=app.url, timeout=30) as client:
            assert client.get("/ready").status_code == 200
            server.stop()
            down = client.get("/ready")
            assert down.status_code == 503
            assert down.json()["error"]["code"] == "database_unavailable"
            assert "Neo4j" in down.json()["error"]["message"]
            server.start(timeout=300)
            up = client.get("/ready")
            assert up.status_code == 200, up.text

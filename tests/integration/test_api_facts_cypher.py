"""Writing fact files through the API (API key, 422 naming the field) and read-only Cypher
(writes refused by the server, timeout, row cap), over real HTTP against real Neo4j."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import yaml
from neo4j import Driver

from core.settings import Settings
from service.api.documents import FACT_EXAMPLE
from tests.conftest import API_KEY
from tests.support.graph import counts
from tests.support.server import LiveServer

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]

EXAMPLE_ID = "example-2020-01-14"


def documents(driver: Driver) -> set[str]:
    records = driver.execute_query("MATCH (d:Document) RETURN d.id AS id").records
    return {r["id"] for r in records}


def test_posting_facts_needs_the_api_key(http: httpx.Client, driver: Driver) -> None:
    headers = {"content-type": "application/yaml"}
    missing = http.post("/api/v1/facts", content=FACT_EXAMPLE, headers=headers)
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthorized"
    wrong = http.post(
        "/api/v1/facts", content=FACT_EXAMPLE, headers={**headers, "X-API-Key": "nope"}
    )
    assert wrong.status_code == 401
    assert EXAMPLE_ID not in documents(driver)


def test_posting_a_bad_fact_file_is_422_naming_the_field(
    http: httpx.Client, driver: Driver
) -> None:
    data = yaml.safe_load(FACT_EXAMPLE)
    data["meetings"][0]["date_start"] = "the 31st of Smarch"
    before = counts(driver)
    response = http.post(
        "/api/v1/facts",
        content=yaml.safe_dump(data),
        headers={"content-type": "application/yaml", "X-API-Key": API_KEY},
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert error["message"].startswith("meetings[0].date_start:")
    assert error["details"][0]["loc"] == ["body", "meetings[0]", "date_start"]
    assert counts(driver) == before


def test_posting_a_quote_missing_from_the_text_is_422(http: httpx.Client, driver: Driver) -> None:
    data = yaml.safe_load(FACT_EXAMPLE)
    data["meetings"][0]["evidence"][0]["quote"] = "They met in Paris on Friday."
    response = http.post(
        "/api/v1/facts",
        content=json.dumps(data, default=str),
        headers={"content-type": "application/json", "X-API-Key": API_KEY},
    )
    assert response.status_code == 422
    assert "meetings[0].evidence[0].quote" in response.json()["error"]["message"]
    assert "not found in the document text" in response.json()["error"]["message"]
    assert EXAMPLE_ID not in documents(driver)


def test_posting_facts_with_the_key_writes_them(http: httpx.Client, driver: Driver) -> None:
    response = http.post(
        "/api/v1/facts",
        content=FACT_EXAMPLE,
        headers={"content-type": "application/yaml", "X-API-Key": API_KEY},
    )
    assert response.status_code == 200, response.text
    summary = response.json()
    assert (summary["document"], summary["status"]) == (EXAMPLE_ID, "written")
    assert summary["facts"] > 0
    doc = http.get(f"/api/v1/documents/{EXAMPLE_ID}").json()
    assert doc["outlet"] == "Example Wire"
    [meeting] = doc["meetings"]
    # The same two chiefs in Moscow on the same day: the seeds' meeting, now with a 2nd source.
    assert meeting["id"] == "moscow-meeting-fidan-mamlouk-2020-01-13"
    again = http.post(
        "/api/v1/facts",
        content=FACT_EXAMPLE,
        headers={"content-type": "application/yaml", "X-API-Key": API_KEY},
    )
    assert again.json()["status"] == "unchanged"


def test_read_only_cypher_answers_with_parameters(http: httpx.Client) -> None:
    response = http.post(
        "/api/v1/cypher",
        json={
            "query": "MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting) "
            "RETURN m.id AS meeting, m.date_start AS date ORDER BY date",
            "parameters": {"id": "ali-mamlouk"},
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["meeting", "date"]
    assert body["rows"][0] == {
        "meeting": "damascus-visit-australian-intelligence-2017",
        "date": "2017-01-01",
    }
    assert body["truncated"] is False


def test_cypher_that_writes_is_refused_and_nothing_is_written(
    http: httpx.Client, driver: Driver
) -> None:
    before = counts(driver)
    for query in (
        "CREATE (:Actor {id: 'intruder', name: 'Intruder'})",
        "MATCH (a:Actor {id: 'ali-mamlouk'}) SET a.name = 'changed'",
        "MATCH (n) DETACH DELETE n",
    ):
        response = http.post("/api/v1/cypher", json={"query": query})
        assert response.status_code == 403, (query, response.text)
        assert response.json()["error"]["code"] == "read_only"
    assert counts(driver) == before
    name = driver.execute_query("MATCH (a:Actor {id: 'ali-mamlouk'}) RETURN a.name AS n")
    assert name.records[0]["n"] == "Ali Mamlouk"


def test_cypher_rows_are_capped(http: httpx.Client) -> None:
    body = http.post("/api/v1/cypher", json={"query": "UNWIND range(1, 5000) AS x RETURN x"}).json()
    assert len(body["rows"]) == body["row_cap"] == 1000
    assert body["truncated"] is True


def test_cypher_errors_and_bad_bodies(http: httpx.Client) -> None:
    syntax = http.post("/api/v1/cypher", json={"query": "MATCH (n RETURN n"})
    assert syntax.status_code == 400
    assert syntax.json()["error"]["code"] == "query_failed"
    extra = http.post("/api/v1/cypher", json={"query": "RETURN 1", "params": {}})
    assert extra.status_code == 422
    assert extra.json()["error"]["details"][0]["loc"] == ["body", "params"]


@pytest.fixture(scope="module")
def impatient(settings: Settings, driver: Driver) -> Iterator[httpx.Client]:
    """The app with a Cypher time limit of a quarter second."""
    quick = settings.model_copy(update={"cypher_timeout_s": 0.25})
    with LiveServer(quick) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_cypher_past_the_time_limit_is_408(impatient: httpx.Client) -> None:
    response = impatient.post(
        "/api/v1/cypher",
        json={"query": "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)"},
    )
    assert response.status_code == 408, response.text
    assert response.json()["error"]["code"] == "query_timeout"

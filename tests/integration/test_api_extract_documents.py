"""POST /api/v1/documents: an article in, its extracted facts loaded, with the summary back."""

from __future__ import annotations

import httpx
import pytest
from neo4j import Driver

from tests.conftest import API_KEY
from tests.support.graph import wipe

pytestmark = pytest.mark.integration

ARTICLE = {
    "text": (
        "Lavrov and Cavusoglu meet in Antalya\n\n"
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Mevlut Cavusoglu "
        "in Antalya on Monday, the ministry said.\n\n"
        "The two ministers discussed the situation in Syria and Libya, according to a statement."
    ),
    "published": "2021-03-17",
    "title": "Lavrov meets Cavusoglu in Antalya",
    "outlet": "Test Wire",
    "id": "test-lavrov-cavusoglu",
}


@pytest.fixture(autouse=True)
def clean(driver: Driver) -> None:
    wipe(driver)


def test_an_article_is_extracted_and_loaded(http: httpx.Client, driver: Driver) -> None:
    answer = http.post("/api/v1/documents", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "written"
    assert body["document"] == "test-lavrov-cavusoglu"
    assert body["extracted"]["meetings"] == 1
    record = driver.execute_query(
        "MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person), "
        "(m)-[r:REPORTED_IN]->(:Document {id: 'test-lavrov-cavusoglu'}) "
        "WHERE a.name < b.name RETURN a.name AS a, b.name AS b, toString(m.date_start) AS d, "
        "r.quote AS quote, r.extractor AS extractor, r.confidence AS confidence"
    ).records
    assert [(r["a"], r["b"]) for r in record] == [("Mevlut Cavusoglu", "Sergei Lavrov")]
    assert record[0]["d"] == "2021-03-15"  # "on Monday" before a Wednesday publication
    assert "met his Turkish counterpart" in record[0]["quote"]
    assert record[0]["extractor"].startswith("actornet-spacy/")
    assert record[0]["confidence"] >= 0.5
    again = http.post("/api/v1/documents", json=ARTICLE, headers={"X-API-Key": API_KEY})
    assert again.json()["status"] == "unchanged"


def test_writing_needs_the_api_key(http: httpx.Client, driver: Driver) -> None:
    answer = http.post("/api/v1/documents", json=ARTICLE)
    assert answer.status_code == 401
    assert answer.json()["error"]["code"] == "unauthorized"
    assert driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == 0


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"text": "", "published": "2021-01-01"}, "text", "at least 1 character"),
        (
            {
                "text": "Der Minister traf am Montag in Berlin seinen Amtskollegen zu Gesprächen über die Lage.",
                "published": "2021-01-01",
            },
            "text",
            "not in English",
        ),
        (
            {"text": "Officials met in Paris on Monday.", "published": "yesterday"},
            "published",
            "date",
        ),
        ({"text": "Officials met.", "unknown": 1}, "unknown", "Extra inputs"),
    ],
    ids=["empty", "german", "bad-date", "unknown-field"],
)
def test_bad_articles_get_a_422_naming_the_field(
    http: httpx.Client, driver: Driver, body: dict[str, object], field: str, words: str
) -> None:
    answer = http.post("/api/v1/documents", json=body, headers={"X-API-Key": API_KEY})
    assert answer.status_code == 422, answer.text
    error = answer.json()["error"]
    assert error["code"] == "invalid_input"
    assert any(field in d["loc"] for d in error["details"])
    assert words in error["message"] + " ".join(d["msg"] for d in error["details"])
    assert driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == 0


def test_a_body_over_the_limit_is_refused(http: httpx.Client) -> None:
    huge = {"text": "word " * 2_000_000, "published": "2021-01-01"}
    answer = http.post("/api/v1/documents", json=huge, headers={"X-API-Key": API_KEY})
    assert answer.status_code == 413
    assert answer.json()["error"]["code"] == "payload_too_large"

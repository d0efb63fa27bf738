"""Who met Ali Mamlouk, over real HTTP against Neo4j loaded with the seed articles: every
counterpart the articles name, with place, date and precision, channels and quotes."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest
from neo4j import Driver

from tests.support.graph import DAMASCUS

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]

AUSTRALIAN_VISIT = "damascus-visit-australian-intelligence-2017"
MOSCOW = "moscow-meeting-fidan-mamlouk-2020-01-13"


@pytest.fixture(scope="module")
def answer(http: httpx.Client, seeded: Driver) -> dict[str, Any]:
    response = http.get("/api/v1/who-met", params={"actor": "Ali Mamlouk"})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def counterpart(answer: dict[str, Any], name: str) -> dict[str, Any]:
    found = [c for c in answer["counterparts"] if c["name"] == name]
    assert len(found) == 1, [c["name"] for c in answer["counterparts"]]
    return found[0]


def test_every_counterpart_the_articles_name_and_no_colleague(answer: dict[str, Any]) -> None:
    assert answer["actor"] == {
        "id": "ali-mamlouk",
        "name": "Ali Mamlouk",
        "type": "person",
        "country": "SY",
    }
    # Deeb Zeitoun and Mowafaq Asaad sat on Mamlouk's own (host) side: colleagues there.
    assert {c["name"] for c in answer["counterparts"]} == {
        "Hakan Fidan",
        "senior US officer",
        "US delegation of officers from several US intelligence and security agencies",
        "deputy head of Australian intelligence",
    }
    assert answer["total"] == 4


def test_hakan_fidan_in_moscow_on_13_january_2020(answer: dict[str, Any]) -> None:
    fidan = counterpart(answer, "Hakan Fidan")
    assert (fidan["type"], fidan["country"]) == ("person", "TR")
    assert fidan["affiliations"] == ["National Intelligence Organization"]
    [meeting] = fidan["meetings"]
    assert meeting["id"] == MOSCOW
    assert (meeting["place"], meeting["place_country"]) == ("Moscow", "Russia")
    assert (meeting["date_start"], meeting["date_precision"]) == ("2020-01-13", "day")
    assert meeting["date_text"] == "on Monday"
    assert meeting["channels"] == []
    [source] = meeting["sources"]
    assert source["outlet"] == "Baladi News"
    assert "Hakan Fidan, discussed the current ceasefire in Idlib" in source["quote"]


def test_the_secret_us_delegation_in_damascus_and_its_channels(answer: dict[str, Any]) -> None:
    officer = counterpart(answer, "senior US officer")
    assert officer["unnamed"] is True and officer["country"] == "US"
    [meeting] = officer["meetings"]
    assert meeting["id"] == DAMASCUS
    assert meeting["counterpart_roles"] == ["head_of_delegation"]
    assert meeting["actor_roles"] == ["host"]
    assert meeting["secret"] is True
    assert meeting["place"] == "Ali Mamlouk's office, Mezzeh"
    assert meeting["place_country"] == "Syria"
    assert (meeting["date_start"], meeting["date_end"]) == ("2018-06-24", "2018-06-30")
    assert meeting["date_precision"] == "week"
    assert meeting["date_text"] == "one of the nights of the last week of last June"
    channels = {c["kind"]: c for c in meeting["channels"]}
    assert channels["transport"]["through"] == "United Arab Emirates"
    assert channels["transport"]["detail"] == "private UAE plane"
    assert channels["transport"]["quote"] == (
        "Just before midnight, a private UAE plane landed on one of the runways."
    )
    assert channels["back_channel"]["through"] == "Russian-Emirati channel"
    assert "through the Russian-Emirati channel" in channels["back_channel"]["quote"]
    assert meeting["sources"][0]["outlet"] == "Syriana Analysis"
    assert (meeting["actor_sides"], meeting["counterpart_sides"]) == (["host"], ["visiting"])
    assert channels["back_channel"]["sides"] == ["host", "visiting"]
    delegation = counterpart(
        answer, "US delegation of officers from several US intelligence and security agencies"
    )
    assert delegation["type"] == "organization"
    assert delegation["meetings"][0]["id"] == DAMASCUS


def test_the_australian_envoy_came_on_behalf_of_the_united_states(answer: dict[str, Any]) -> None:
    envoy = counterpart(answer, "deputy head of Australian intelligence")
    assert envoy["country"] == "AU"
    [meeting] = envoy["meetings"]
    assert meeting["id"] == AUSTRALIAN_VISIT
    assert meeting["kind"] == "visit"
    assert meeting["counterpart_roles"] == ["envoy"]
    assert meeting["on_behalf_of"] == ["United States"]
    assert (meeting["place"], meeting["place_country"]) == ("Damascus", "Syria")
    assert (meeting["date_start"], meeting["date_precision"]) == ("2017-01-01", "year")
    assert meeting["date_text"] == "about a year ago"
    [channel] = meeting["channels"]
    assert channel["kind"] == "intermediary"
    assert "representing you" in channel["quote"]
    assert "visited me here in Damascus" in meeting["sources"][0]["quote"]
    assert meeting["confidence"] == pytest.approx(0.7)


def test_summary_reads_like_an_analysts_note(answer: dict[str, Any]) -> None:
    lines = answer["summary"]
    assert len(lines) == 3  # one line per meeting, newest first
    assert lines[0].startswith("2020-01-13 (“on Monday”): Ali Mamlouk — meeting with Hakan Fidan")
    assert "at Moscow, Russia" in lines[0]
    damascus = lines[1]
    assert damascus.startswith("week of 2018-06-24")
    assert "senior US officer (head of delegation)" in damascus
    assert "[secret]" in damascus
    assert "; via " in damascus
    assert "transport United Arab Emirates (private UAE plane)" in damascus
    assert "back channel Russian-Emirati channel" in damascus
    assert "Syriana Analysis, 2018-08-28: “" in damascus
    assert lines[2].startswith("2017 (“about a year ago”)")
    assert "deputy head of Australian intelligence (envoy) on behalf of United States" in lines[2]


def test_filters_narrow_the_answer(http: httpx.Client) -> None:
    since_2019 = http.get(
        "/api/v1/who-met", params={"actor": "ali-mamlouk", "date_from": "2019-01-01"}
    ).json()
    assert [c["name"] for c in since_2019["counterparts"]] == ["Hakan Fidan"]
    organizations = http.get(
        "/api/v1/who-met", params={"actor": "Mamlouk", "counterpart_type": "organization"}
    ).json()
    assert [c["type"] for c in organizations["counterparts"]] == ["organization"]
    sure = http.get("/api/v1/who-met", params={"actor": "ali-mamlouk", "min_confidence": 0.9})
    assert "deputy head of Australian intelligence" not in {
        c["name"] for c in sure.json()["counterparts"]
    }
    page = http.get("/api/v1/who-met", params={"actor": "ali-mamlouk", "limit": 2, "skip": 1})
    assert page.json()["total"] == 4 and len(page.json()["counterparts"]) == 2


def test_csv_has_one_row_per_counterpart_and_meeting(http: httpx.Client) -> None:
    response = http.get("/api/v1/who-met", params={"actor": "Ali Mamlouk", "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4
    fidan = next(r for r in rows if r["counterpart"] == "Hakan Fidan")
    assert (fidan["place"], fidan["date_start"], fidan["date_precision"]) == (
        "Moscow",
        "2020-01-13",
        "day",
    )
    officer = next(r for r in rows if r["counterpart"] == "senior US officer")
    assert "transport:United Arab Emirates" in officer["channels"]
    assert "back_channel:Russian-Emirati channel" in officer["channels"]
    assert officer["role"] == "head_of_delegation"
    envoy = next(r for r in rows if r["counterpart"] == "deputy head of Australian intelligence")
    assert envoy["on_behalf_of"] == "United States"


def test_an_alias_in_any_case_finds_the_same_actor(http: httpx.Client) -> None:
    body = http.get("/api/v1/who-met", params={"actor": "mamluk"}).json()
    assert body["actor"]["id"] == "ali-mamlouk"
    assert body["total"] == 4


def test_unknown_actor_is_a_404_with_suggestions(http: httpx.Client) -> None:
    response = http.get("/api/v1/who-met", params={"actor": "Ali Mamlok"})
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found"
    assert "did you mean 'Ali Mamlouk'" in error["message"]
    assert error["details"][0]["suggestions"][0]["id"] == "ali-mamlouk"

"""Actor search, profile, and the ambiguous-name answer, over real HTTP on the seeds."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from neo4j import Driver

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module", autouse=True)
def namesakes(seeded: Driver) -> Iterator[Driver]:
    """The seeds, and two actors with one name, as two sources about two different men would
    leave them."""
    driver = seeded
    driver.execute_query(
        "UNWIND ['omar-haddad-1', 'omar-haddad-2'] AS id "
        "CREATE (:Actor:Person {id: id, name: 'Omar Haddad', kind: 'person', "
        "name_key: 'omar haddad', aliases: [], alias_keys: [], alias_text: ''})"
    )
    yield driver
    driver.execute_query("MATCH (a:Actor) WHERE a.id STARTS WITH 'omar-haddad-' DELETE a")


def test_search_forgives_typos_and_finds_by_alias(http: httpx.Client) -> None:
    body = http.get("/api/v1/actors", params={"q": "mamluk"}).json()
    assert body["results"][0]["id"] == "ali-mamlouk"
    assert body["results"][0]["meetings"] == 3
    assert "Mamlouk" in body["results"][0]["aliases"]
    fidan = http.get("/api/v1/actors", params={"q": "Hakan Fidn"}).json()["results"]
    assert fidan[0]["name"] == "Hakan Fidan"
    countries = http.get("/api/v1/actors", params={"q": "Syria", "type": "country"}).json()
    assert [r["id"] for r in countries["results"]] == ["syria"]


def test_search_without_words_answers_empty_and_bad_type_is_422(http: httpx.Client) -> None:
    assert http.get("/api/v1/actors", params={"q": "***"}).json()["results"] == []
    bad = http.get("/api/v1/actors", params={"q": "x", "type": "alien"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["loc"] == ["query", "type"]


def test_profile_of_ali_mamlouk(http: httpx.Client) -> None:
    body = http.get("/api/v1/actors/ali-mamlouk").json()
    assert (body["name"], body["type"], body["country"], body["country_name"]) == (
        "Ali Mamlouk",
        "person",
        "SY",
        "Syria",
    )
    leads = {(a["relation"], a["target"], a["title"]) for a in body["affiliations"]}
    assert leads == {
        ("LEADS", "National Security Bureau", "director"),
        ("LEADS", "National Security Bureau", "head"),
    }
    director = next(a for a in body["affiliations"] if a["title"] == "director")
    assert director["quote"] == (
        "Major General Ali Mamlouk, director of Syria’s National Security Bureau"
    )
    # Damascus: Zeitoun and Asaad came on Mamlouk's side (colleagues); the US officer and his
    # delegation, the Australian envoy and Fidan sat across the table (counterparts)
    assert (body["meetings"], body["counterparts"], body["colleagues"]) == (3, 4, 2)
    assert (body["first_meeting"], body["last_meeting"]) == ("2017-01-01", "2020-01-13")
    assert body["documents"] == 3
    assert (body["actions_done"], body["actions_suffered"]) == (1, 2)


def test_profile_by_name_and_of_an_organization(http: httpx.Client) -> None:
    assert http.get("/api/v1/actors/Hakan Fidan").json()["id"] == "hakan-fidan"
    bureau = http.get("/api/v1/actors/national-security-bureau").json()
    assert {m["source"] for m in bureau["members"]} == {"Ali Mamlouk"}
    assert [a["target"] for a in bureau["affiliations"]] == ["Syrian government"]


def test_unknown_actor_profile_is_a_404_with_suggestions(http: httpx.Client) -> None:
    response = http.get("/api/v1/actors/Hakan Fidaan")
    assert response.status_code == 404
    body = response.json()["error"]
    assert body["details"][0]["loc"] == ["actor_id"]
    assert body["details"][0]["suggestions"][0]["name"] == "Hakan Fidan"


def test_ambiguous_name_is_a_409_listing_the_candidates(http: httpx.Client) -> None:
    for path, params in (
        ("/api/v1/actors/Omar Haddad", {}),
        ("/api/v1/who-met", {"actor": "omar haddad"}),
        ("/api/v1/actors/Omar Haddad/timeline", {}),
    ):
        response = http.get(path, params=params)
        assert response.status_code == 409, path
        error = response.json()["error"]
        assert error["code"] == "ambiguous"
        assert "matches 2 actors" in error["message"]
        ids = {c["id"] for c in error["details"][0]["candidates"]}
        assert ids == {"omar-haddad-1", "omar-haddad-2"}
    assert http.get("/api/v1/actors/omar-haddad-2").json()["id"] == "omar-haddad-2"


def test_search_takes_the_documented_page_cap_and_names_the_field_beyond_it(
    http: httpx.Client,
) -> None:
    assert http.get("/api/v1/actors", params={"q": "syria", "limit": 200}).status_code == 200
    beyond = http.get("/api/v1/actors", params={"q": "syria", "limit": 201})
    assert beyond.status_code == 422
    assert "limit" in str(beyond.json()["error"]["details"])

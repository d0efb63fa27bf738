"""Shortest paths, channels and brokers, and actions, over real HTTP on the seeds."""

from __future__ import annotations

import httpx
import pytest

from tests.support.graph import DAMASCUS, SOCHI
from tests.support.server import ok_json

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]


def test_paths_from_hakan_fidan_to_the_united_states(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/paths", **{"from": "Hakan Fidan", "to": "United States"})
    assert body["from"]["id"] == "hakan-fidan" and body["to"]["id"] == "united-states"
    first = body["paths"][0]
    assert (first["rank"], first["hops"], first["meetings"]) == (1, 5, 2)
    names = [s["name"] for s in first["steps"]]
    assert names[:4] == [
        "Hakan Fidan",
        "Turkish and Syrian intelligence chiefs meet in Moscow",
        "Ali Mamlouk",
        "Secret Syrian-American security meeting",
    ]
    assert names[-1] == "United States"
    moscow = first["steps"][1]
    assert (moscow["type"], moscow["relation"], moscow["direction"]) == (
        "meeting",
        "ATTENDED",
        "out",
    )
    assert (moscow["date_start"], moscow["date_precision"], moscow["place"]) == (
        "2020-01-13",
        "day",
        "Moscow",
    )
    assert "Hakan Fidan, discussed the current ceasefire" in moscow["quote"]
    damascus = first["steps"][3]
    assert (damascus["date_start"], damascus["date_precision"]) == ("2018-06-24", "week")
    assert first["steps"][-1]["relation"] == "MEMBER_OF"
    assert first["text"].startswith(
        "Hakan Fidan —attended→ Turkish and Syrian intelligence chiefs meet in Moscow "
        "(Moscow, 2020-01-13 (“on Monday”)) ←attended— Ali Mamlouk"
    )
    assert [p["hops"] for p in body["paths"]] == sorted(p["hops"] for p in body["paths"])


def test_paths_respect_max_hops_and_limit(http: httpx.Client) -> None:
    short = ok_json(http, "/api/v1/paths", **{"from": "hakan-fidan", "to": "deeb-zeitoun"})
    assert short["paths"][0]["hops"] == 4
    assert (
        ok_json(
            http, "/api/v1/paths", **{"from": "hakan-fidan", "to": "deeb-zeitoun", "max_hops": 3}
        )["paths"]
        == []
    )
    one = ok_json(
        http, "/api/v1/paths", **{"from": "hakan-fidan", "to": "united-states", "limit": 1}
    )
    assert len(one["paths"]) == 1
    fidan_mamlouk = ok_json(http, "/api/v1/paths", **{"from": "Hakan Fidan", "to": "Mamlouk"})
    assert [p["hops"] for p in fidan_mamlouk["paths"]][:1] == [2]


def test_paths_errors(http: httpx.Client) -> None:
    same = http.get("/api/v1/paths", params={"from": "ali-mamlouk", "to": "Ali Mamlouk"})
    assert same.status_code == 400
    too_far = http.get(
        "/api/v1/paths", params={"from": "ali-mamlouk", "to": "syria", "max_hops": 7}
    )
    assert too_far.status_code == 422
    unknown = http.get("/api/v1/paths", params={"from": "ali-mamlouk", "to": "Hakan Fidam"})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["details"][0]["loc"] == ["to"]
    missing = http.get("/api/v1/paths", params={"from": "ali-mamlouk"})
    assert missing.status_code == 422


def test_channels_between_ali_mamlouk_and_the_united_states(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/channels", a="Ali Mamlouk", b="United States")
    assert body["mode"] == "between"
    brokers = {b["name"]: b for b in body["brokers"]}
    assert set(brokers) == {
        "Russian-Emirati channel",
        "United Arab Emirates",
        "deputy head of Australian intelligence",
    }
    channel = brokers["Russian-Emirati channel"]
    assert channel["type"] == "channel"
    assert sorted(channel["run_by"]) == ["Russia", "United Arab Emirates"]
    assert channel["kinds"] == ["back_channel"]
    [use] = channel["examples"]
    assert use["meeting_id"] == DAMASCUS
    assert (use["date_start"], use["date_precision"]) == ("2018-06-24", "week")
    assert "through the Russian-Emirati channel" in use["quote"]
    plane = brokers["United Arab Emirates"]
    assert plane["kinds"] == ["transport"]
    assert plane["examples"][0]["detail"] == "private UAE plane"
    envoy = brokers["deputy head of Australian intelligence"]
    assert envoy["kinds"] == ["intermediary"]
    assert envoy["examples"][0]["date_precision"] == "year"
    assert "representing you" in envoy["examples"][0]["quote"]


def test_channels_between_two_countries(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/channels", a="syria", b="united-states")
    names = {b["name"] for b in body["brokers"]}
    assert {"Russian-Emirati channel", "United Arab Emirates"} <= names
    assert "Ali Mamlouk" not in names  # a side is never its own broker


def test_top_brokers_without_a_and_b(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/channels")
    assert body["mode"] == "top"
    brokers = {b["name"]: b for b in body["brokers"]}
    assert body["brokers"][0]["name"] == "Ali Mamlouk"  # host of two meetings
    assert body["brokers"][0]["meetings"] == 2
    assert sorted(brokers["Russia"]["kinds"]) == ["host", "transport"]
    assert brokers["Cham Wings Airlines"]["examples"][0]["meeting_id"] == SOCHI
    assert {"Russian-Emirati channel", "United Arab Emirates"} <= set(brokers)
    assert len(ok_json(http, "/api/v1/channels", limit=2)["brokers"]) == 2


def test_channels_of_one_side(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/channels", a="Qadri Jamil")
    assert body["mode"] == "of"
    assert {b["name"] for b in body["brokers"]} == {"Russia", "Cham Wings Airlines"}


def test_actions_around_the_sochi_congress(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actions", type="prevented", meeting=SOCHI)
    assert body["total"] == 7
    pairs = {(a["actor"], a["target"]) for a in body["actions"]}
    assert ("National Security Bureau", "Randa Kassis") in pairs
    assert ("Syrian Intelligence", "Majid Habo") in pairs
    assert ("Ahmed al-Jarba", "Qadri Jamil") in pairs
    assert ("Ali Mamlouk", "guests of the Sochi Conference refused permission to travel") in pairs
    kassis = next(a for a in body["actions"] if a["target"] == "Randa Kassis")
    assert (kassis["date_start"], kassis["date_precision"], kassis["place"]) == (
        "2018-01-30",
        "day",
        "Sochi",
    )
    assert (
        kassis["detail"] == "banned from travelling after arriving in Damascus to travel to Sochi"
    )
    assert kassis["sources"][0]["outlet"] == "Rozana"
    assert "banned from travelling" in kassis["quote"]


def test_boycotts_and_actions_of_one_actor(http: httpx.Client) -> None:
    boycotts = ok_json(http, "/api/v1/actions", type="boycotted")
    assert {a["actor"] for a in boycotts["actions"]} == {
        "United States",
        "United Kingdom",
        "France",
        "Syrian Negotiation Commission",
        "signatories of the statement calling for a boycott of the Sochi conference "
        "(more than 3,500 opposition figures)",
    }
    assert all(a["target"] is None and a["meeting_id"] == SOCHI for a in boycotts["actions"])
    signatories = next(a for a in boycotts["actions"] if a["actor"].startswith("signatories"))
    [source] = signatories["sources"]
    assert source["outlet"] == "Syrian Coalition Media Department"
    assert "boycott" in source["quote"]
    mamlouk = ok_json(http, "/api/v1/actions", actor="Ali Mamlouk")
    assert [(a["action"], a["actor"]) for a in mamlouk["actions"]] == [
        ("issued_warrant", "France"),
        ("prevented", "Ali Mamlouk"),
        ("sanctioned", "European Union"),
    ]
    warrant = mamlouk["actions"][0]
    assert (warrant["date_start"], warrant["date_precision"], warrant["date_text"]) == (
        "2018-01-01",
        "year",
        "In 2018",
    )
    flown = ok_json(http, "/api/v1/actions", type="transported")
    assert {(a["actor"], a["target"]) for a in flown["actions"]} == {
        (
            "United Arab Emirates",
            "US delegation of officers from several US intelligence and security agencies",
        ),
        ("Russia", "Qamh Movement"),
        ("Syrian government", "National Progressive Front"),
    }


def test_actions_errors(http: httpx.Client) -> None:
    assert http.get("/api/v1/actions", params={"type": "kissed"}).status_code == 422
    unknown = http.get("/api/v1/actions", params={"meeting": "no-such-meeting"})
    assert unknown.status_code == 404
    assert unknown.json()["error"]["details"][0]["loc"] == ["query", "meeting"]
    assert http.get("/api/v1/actions", params={"actor": "Nobody Atall"}).status_code == 404

"""An actor's ego network, timeline and co-attendance, over real HTTP on the seeds."""

from __future__ import annotations

import httpx
import pytest

from tests.support.graph import DAMASCUS
from tests.support.server import ok_json

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]


def test_network_one_step_out(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actors/Ali Mamlouk/network", depth=1)
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["ali-mamlouk"]["depth"] == 0
    assert set(nodes) == {
        "ali-mamlouk",
        "hakan-fidan",
        "deeb-zeitoun",
        "mowafaq-asaad",
        "us-senior-officer-damascus-2018",
        "us-security-delegation-damascus-2018",
        "australian-intelligence-deputy-head-2017",
        "national-security-bureau",
    }
    assert {n["depth"] for i, n in nodes.items() if i != "ali-mamlouk"} == {1}
    assert nodes["ali-mamlouk"]["degree"] == 7
    edges = {(e["source"], e["target"], e["type"]): e for e in body["edges"]}
    met = edges[("ali-mamlouk", "hakan-fidan", "MET")]
    assert (met["weight"], met["first"], met["last"]) == (1, "2020-01-13", "2020-01-13")
    assert met["meeting"] == "moscow-meeting-fidan-mamlouk-2020-01-13"
    assert "Hakan Fidan" in met["quote"]
    assert met["document"] == "baladi-2020-01-14-fidan-mamlouk-moscow"
    leads = edges[("ali-mamlouk", "national-security-bureau", "LEADS")]
    assert leads["title"] == "director / head"
    assert (
        leads["quote"] == "Major General Ali Mamlouk, director of Syria’s National Security Bureau"
    )
    # Ties among the neighbours too: Zeitoun and Asaad sat at the same table.
    assert edges[("deeb-zeitoun", "mowafaq-asaad", "MET")]["meeting"] == DAMASCUS
    assert body["truncated"] is False


def test_network_two_steps_out_reaches_the_affiliations(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actors/ali-mamlouk/network", depth=2)
    depths = {n["name"]: n["depth"] for n in body["nodes"]}
    assert depths["United States"] == 2
    assert depths["General Intelligence Directorate"] == 2
    assert depths["Syrian government"] == 2
    assert depths["National Intelligence Organization"] == 2
    three = ok_json(http, "/api/v1/actors/ali-mamlouk/network", depth=3)
    assert len(three["nodes"]) > len(body["nodes"])
    assert max(n["depth"] for n in three["nodes"]) == 3


def test_network_is_capped(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actors/ali-mamlouk/network", depth=3, max_nodes=4)
    assert len(body["nodes"]) == 4
    assert body["truncated"] is True
    assert all(n["depth"] <= 1 for n in body["nodes"])
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])
    big = ok_json(http, "/api/v1/actors/ali-mamlouk/network", max_nodes=1_000_000)
    assert big["max_nodes"] == 200


def test_network_depth_is_validated_and_unknown_actor_is_404(http: httpx.Client) -> None:
    response = http.get("/api/v1/actors/ali-mamlouk/network", params={"depth": 4})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["query", "depth"]
    missing = http.get("/api/v1/actors/Ali Mamluke/network")
    assert missing.status_code == 404
    assert missing.json()["error"]["details"][0]["suggestions"][0]["id"] == "ali-mamlouk"


def test_timeline_in_date_order_with_precision(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actors/ali-mamlouk/timeline")
    events = [
        (e["date_start"], e["date_precision"], e["kind"], e["direction"]) for e in body["events"]
    ]
    assert events == [
        ("2017-01-01", "year", "visit", "attended"),
        ("2018-01-01", "year", "issued_warrant", "suffered"),
        ("2018-01-30", "day", "prevented", "done"),
        ("2018-06-24", "week", "meeting", "attended"),
        ("2020-01-13", "day", "meeting", "attended"),
        (None, None, "sanctioned", "suffered"),
    ]
    visit, warrant, prevented, damascus, moscow, sanctions = body["events"]
    assert visit["date_text"] == "about a year ago"
    assert visit["place"] == "Damascus"
    assert visit["roles"] == ["host"]
    assert visit["counterparts"] == [
        {
            "id": "australian-intelligence-deputy-head-2017",
            "name": "deputy head of Australian intelligence",
            "type": "person",
            "roles": ["envoy"],
        }
    ]
    assert warrant["other"]["name"] == "France"
    assert warrant["date_text"] == "In 2018"
    assert warrant["quote"].startswith("In 2018, France issued an arrest warrant")
    assert prevented["meeting_id"] == "sochi-congress-2018-01-30"
    assert prevented["place"] == "Sochi"
    assert (
        prevented["other"]["name"] == "guests of the Sochi Conference refused permission to travel"
    )
    assert "refused to grant permission to travel" in prevented["quote"]
    assert damascus["meeting_id"] == DAMASCUS
    assert damascus["counterpart_count"] == 4
    assert {c["through"] for c in damascus["channels"]} == {
        "United Arab Emirates",
        "Russian-Emirati channel",
    }
    assert damascus["outlet"] == "Syriana Analysis"
    assert (moscow["place"], moscow["place_country"]) == ("Moscow", "Russia")
    assert sanctions["other"]["name"] == "European Union"
    assert sanctions["outlet"] == "Baladi News"


def test_timeline_date_range_and_limit(http: httpx.Client) -> None:
    body = ok_json(
        http, "/api/v1/actors/ali-mamlouk/timeline", date_from="2018-01-15", date_to="2018-12-31"
    )
    assert [e["kind"] for e in body["events"]] == ["prevented", "meeting"]
    assert len(ok_json(http, "/api/v1/actors/ali-mamlouk/timeline", limit=2)["events"]) == 2
    reversed_range = http.get(
        "/api/v1/actors/ali-mamlouk/timeline",
        params={"date_from": "2019-01-01", "date_to": "2018-01-01"},
    )
    assert reversed_range.status_code == 422


def test_co_attendance(http: httpx.Client) -> None:
    body = ok_json(http, "/api/v1/actors/ali-mamlouk/co-attendance")
    assert body["total"] == 6
    people = {c["name"]: c for c in body["co_attendees"]}
    assert set(people) == {
        "Hakan Fidan",
        "Deeb Zeitoun",
        "Mowafaq Asaad",
        "senior US officer",
        "US delegation of officers from several US intelligence and security agencies",
        "deputy head of Australian intelligence",
    }
    officer = people["senior US officer"]
    assert officer["shared"] == 1
    [meeting] = officer["meetings"]
    assert meeting["id"] == DAMASCUS
    assert (meeting["date_start"], meeting["date_precision"]) == ("2018-06-24", "week")
    assert meeting["roles"] == ["head_of_delegation"]
    assert meeting["actor_roles"] == ["host"]
    assert meeting["place"] == "Ali Mamlouk's office, Mezzeh"
    assert ok_json(http, "/api/v1/actors/ali-mamlouk/co-attendance", min_shared=2)["total"] == 0
    hariri = ok_json(http, "/api/v1/actors/nasr-hariri/co-attendance")
    commission = next(
        c for c in hariri["co_attendees"] if c["id"] == "syrian-negotiation-commission"
    )
    assert commission["shared"] == 4
    assert hariri["co_attendees"][0]["id"] == "syrian-negotiation-commission"

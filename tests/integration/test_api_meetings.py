"""Meetings (filters, one meeting whole) and documents, over real HTTP on the seeds."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.graph import DAMASCUS, SOCHI

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]


def ids(http: httpx.Client, **params: Any) -> list[str]:
    response = http.get("/api/v1/meetings", params=params)
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["meetings"]]


def test_meetings_filtered_by_place_kind_channel_and_dates(http: httpx.Client) -> None:
    moscow = ids(http, place="Moscow")
    assert len(moscow) == 6
    assert moscow[0] == "moscow-meeting-fidan-mamlouk-2020-01-13"  # newest first
    assert ids(http, kind="conference") == [SOCHI]
    assert set(ids(http, channel_kind="transport")) == {DAMASCUS, SOCHI}
    assert ids(http, channel_kind="back_channel") == [DAMASCUS]
    assert ids(http, date_from="2018-06-01", date_to="2018-12-31") == [DAMASCUS]
    assert set(ids(http, actor="Ali Mamlouk")) == {
        DAMASCUS,
        "damascus-visit-australian-intelligence-2017",
        "moscow-meeting-fidan-mamlouk-2020-01-13",
    }
    assert "beijing-visit-syrian-coalition-planned-2018" in ids(http, country="cn")


def test_meetings_list_carries_place_participants_channels_and_a_quote(
    http: httpx.Client,
) -> None:
    body = http.get("/api/v1/meetings", params={"country": "US", "limit": 1}).json()
    assert body["total"] == 1
    [damascus] = body["meetings"]
    assert damascus["id"] == DAMASCUS
    assert damascus["place"] == "Ali Mamlouk's office, Mezzeh"
    assert (damascus["date_start"], damascus["date_precision"]) == ("2018-06-24", "week")
    assert {p["name"] for p in damascus["participants"]} >= {"Ali Mamlouk", "Deeb Zeitoun"}
    assert {(c["kind"], c["through"]) for c in damascus["channels"]} == {
        ("transport", "United Arab Emirates"),
        ("back_channel", "Russian-Emirati channel"),
    }
    assert damascus["secret"] is True


def test_bad_filters_are_422_naming_the_field(http: httpx.Client) -> None:
    response = http.get("/api/v1/meetings", params={"date_from": "June 2018"})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["query", "date_from"]
    assert http.get("/api/v1/meetings", params={"kind": "party"}).status_code == 422
    unknown = http.get("/api/v1/meetings", params={"actor": "Nobody Atall"})
    assert unknown.status_code == 404


def test_page_size_is_capped(http: httpx.Client) -> None:
    body = http.get("/api/v1/meetings", params={"limit": 100_000}).json()
    assert body["limit"] == 200
    assert body["total"] == len(body["meetings"]) == 13


def test_one_meeting_whole(http: httpx.Client) -> None:
    body = http.get(f"/api/v1/meetings/{DAMASCUS}").json()
    assert body["title"] == "Secret Syrian-American security meeting"
    assert (body["place"], body["place_kind"], body["place_country"]) == (
        "Ali Mamlouk's office, Mezzeh",
        "building",
        "Syria",
    )
    roles = {p["name"]: p["role"] for p in body["participants"]}
    assert roles["Ali Mamlouk"] == "host"
    assert roles["senior US officer"] == "head_of_delegation"
    assert roles["Deeb Zeitoun"] == roles["Mowafaq Asaad"] == "participant"
    channels = {c["kind"]: c for c in body["channels"]}
    assert sorted(channels["back_channel"]["run_by"]) == ["Russia", "United Arab Emirates"]
    assert channels["transport"]["detail"] == "private UAE plane"
    [action] = body["actions"]
    assert (action["action"], action["actor"]) == ("transported", "United Arab Emirates")
    assert action["target"].startswith("US delegation")
    [source] = body["sources"]
    assert (source["outlet"], source["published"]) == ("Syriana Analysis", "2018-08-28")


def test_the_sochi_congress_as_three_sources_report_it(http: httpx.Client) -> None:
    body = http.get(f"/api/v1/meetings/{SOCHI}").json()
    # The most precise report wins: held on 30 January 2018, not "at the end of January".
    assert (body["date_start"], body["date_precision"], body["status"]) == (
        "2018-01-30",
        "day",
        "held",
    )
    assert body["place"] == "Sochi"
    sources = {s["document"]: s for s in body["sources"]}
    assert len(sources) == 3
    assert sources["coalition-2017-12-27-sochi-boycott-appeal"]["status"] == "planned"
    assert sources["coalition-2017-12-27-sochi-boycott-appeal"]["date_text"] == (
        "at the end of January"
    )
    assert sources["rozana-2020-05-25-sochi-travel-bans"]["status"] == "held"
    boycotts = {a["actor"] for a in body["actions"] if a["action"] == "boycotted"}
    assert boycotts >= {"United States", "United Kingdom", "France"}
    envoy = next(p for p in body["participants"] if p["name"] == "Staffan de Mistura")
    assert (envoy["role"], envoy["on_behalf_of"]) == ("envoy", "United Nations")


def test_unknown_meeting_is_404(http: httpx.Client) -> None:
    response = http.get("/api/v1/meetings/no-such-meeting")
    assert response.status_code == 404
    assert response.json()["error"]["details"][0]["loc"] == ["meeting_id"]


def test_document_lists_every_fact_it_supports(http: httpx.Client) -> None:
    body = http.get("/api/v1/documents/baladi-2020-01-14-fidan-mamlouk-moscow").json()
    assert (body["outlet"], body["published"]) == ("Baladi News", "2020-01-14")
    assert {"Ali Mamlouk", "Hakan Fidan", "France"} <= {a["name"] for a in body["actors"]}
    meetings = {m["id"]: m for m in body["meetings"]}
    moscow = meetings["moscow-meeting-fidan-mamlouk-2020-01-13"]
    assert set(moscow["participants"]) == {"Ali Mamlouk", "Hakan Fidan"}
    assert moscow["date_text"] == "on Monday"
    assert "sochi-agreement-turkey-russia-2019-10" in meetings
    relations = {(r["relation"], r["source"], r["target"]): r for r in body["relations"]}
    warrant = relations[("issued_warrant", "France", "Ali Mamlouk")]
    assert warrant["quote"].startswith("In 2018, France issued an arrest warrant for Mamlouk")
    assert ("sanctioned", "European Union", "Ali Mamlouk") in relations
    assert ("leads", "Hakan Fidan", "National Intelligence Organization") in relations


def test_unknown_document_is_404(http: httpx.Client) -> None:
    assert http.get("/api/v1/documents/nope").status_code == 404

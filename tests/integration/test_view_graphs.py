"""From query rows to the graph a page draws: the modules run on a real Neo4j loaded with
the seeds, and their rows go through :mod:`service.views.graphs`."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from core import catalog
from service.views.cap import cap_graph
from service.views.graph import ViewGraph
from service.views.graphs.actors import ego_graph, overview_graph, who_met_graph
from service.views.graphs.common import node_type
from service.views.graphs.meetings import meetings_graph
from service.views.graphs.paths import paths_graph
from tests.support.graph import DAMASCUS

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]

MAMLOUK = {"id": "ali-mamlouk", "name": "Ali Mamlouk", "type": "person", "country": "SY"}


def run(driver: Driver, module: str, **params: Any) -> list[dict[str, Any]]:
    records = driver.execute_query(catalog.query(f"queries/{module}"), params).records
    return [r.data() for r in records]


def who_met_rows(driver: Driver, **filters: Any) -> list[dict[str, Any]]:
    params = {"date_from": None, "date_to": None, "min_confidence": 0.0, **filters}
    return run(
        driver,
        "who_met",
        actor="ali-mamlouk",
        counterpart_type=None,
        per_counterpart=10,
        skip=0,
        limit=50,
        **params,
    )


def by_id(graph: ViewGraph) -> dict[str, Any]:
    return {n.id: n for n in graph.nodes}


def test_who_met_is_one_edge_per_counterpart_from_the_centre(driver: Driver) -> None:
    graph = who_met_graph(MAMLOUK, who_met_rows(driver))
    nodes = by_id(graph)
    assert {n.label for n in graph.nodes} >= {
        "Ali Mamlouk",
        "Hakan Fidan",
        "senior US officer",
        "deputy head of Australian intelligence",
    }
    assert "Deeb Zeitoun" not in {n.label for n in graph.nodes}  # his own side, a colleague
    assert len(graph.edges) == len(graph.nodes) - 1 == graph.total_nodes - 1
    assert all(e.source == "ali-mamlouk" and e.type == "MET" for e in graph.edges)
    fidan = next(e for e in graph.edges if e.target == "hakan-fidan")
    assert (fidan.weight, fidan.date_start, fidan.date_end, fidan.label) == (
        1,
        "2020-01-13",
        None,
        None,
    )
    assert fidan.facts["first met"] == "13 Jan 2020"
    assert "Moscow, Russia" in fidan.facts["meeting 1"]
    assert fidan.sources[0].outlet == "Baladi News"
    assert fidan.sources[0].title == "Turkish and Syrian regime intelligence chiefs meet in Moscow"
    officer = next(e for e in graph.edges if e.target == "us-senior-officer-damascus-2018")
    assert officer.kind in {"back_channel", "transport"}
    assert "back channel: Russian-Emirati channel" in officer.facts["channels"]
    assert "transport: United Arab Emirates" in officer.facts["channels"]
    assert "private UAE plane" in officer.facts["meeting 1"]
    envoy = next(e for e in graph.edges if e.target == "australian-intelligence-deputy-head-2017")
    assert envoy.label is None  # not his own intermediary
    assert (envoy.facts["first met"], envoy.date_start) == ("2017", "2017")
    assert nodes["hakan-fidan"].links["Paths from the centre"] == (
        "/paths?from=ali-mamlouk&to=hakan-fidan"
    )
    assert nodes["ali-mamlouk"].sources  # the centre gathers the quotes around it


def test_who_met_with_a_date_filter_keeps_only_the_later_meetings(driver: Driver) -> None:
    graph = who_met_graph(MAMLOUK, who_met_rows(driver, date_from="2020-01-01"))
    assert {n.id for n in graph.nodes} == {"ali-mamlouk", "hakan-fidan"}


def test_who_met_with_no_rows_is_the_actor_alone() -> None:
    graph = who_met_graph(MAMLOUK, [])
    assert [n.id for n in graph.nodes] == ["ali-mamlouk"]
    assert graph.edges == []


def test_ego_network_carries_the_profile_and_cites_documents(driver: Driver) -> None:
    row = run(driver, "ego_network", id="ali-mamlouk", depth=1, max_nodes=100)[0]
    profile = run(driver, "actor_profile", id="ali-mamlouk")[0]
    ids = sorted({e["document"] for e in row["edges"] if e["document"]})
    documents = {d["id"]: d for d in run(driver, "view_documents", ids=ids)}
    graph = ego_graph(row, profile=profile, documents=documents, depth=1)
    nodes = by_id(graph)
    assert {"hakan-fidan", "national-security-bureau", "deeb-zeitoun"} <= set(nodes)
    affiliations = nodes["ali-mamlouk"].facts["affiliations"]
    # Two sources title the post differently: one line, both titles.
    assert affiliations.count("leads National Security Bureau") == 1
    assert "head" in affiliations and "director" in affiliations
    leads = next(e for e in graph.edges if e.type == "LEADS")
    assert (leads.source, leads.target) == ("ali-mamlouk", "national-security-bureau")
    assert leads.label and "head" in leads.label.split(" / ")
    met = next(e for e in graph.edges if e.target == "hakan-fidan")
    assert met.sources[0].outlet == "Baladi News"
    assert met.facts["first"] == "13 Jan 2020"
    envoy = next(
        e
        for e in graph.edges
        if {e.source, e.target} == {"ali-mamlouk", "australian-intelligence-deputy-head-2017"}
    )
    assert (envoy.date_start, envoy.facts["first"]) == ("2017", "2017")  # "about a year ago"
    assert all(e.source in nodes and e.target in nodes for e in graph.edges)


def test_a_meeting_becomes_participants_place_channels_and_actions(driver: Driver) -> None:
    rows = run(driver, "meeting", id=DAMASCUS)
    graph = meetings_graph(rows, title="Damascus")
    nodes = by_id(graph)
    meeting = nodes[f"meeting:{DAMASCUS}"]
    assert meeting.type == "meeting" and meeting.date == "2018-06-24"
    assert meeting.sources[0].outlet == "Syriana Analysis"
    roles = {e.source: e.kind for e in graph.edges if e.type == "ATTENDED"}
    assert roles["ali-mamlouk"] == "host"
    assert roles["us-senior-officer-damascus-2018"] == "head_of_delegation"
    place = next(e for e in graph.edges if e.type == "HELD_AT")
    assert nodes[place.target].type == "place"
    via = {e.target: e.kind for e in graph.edges if e.type == "VIA"}
    assert via == {
        "channel:russian-emirati-channel": "back_channel",
        "united-arab-emirates": "transport",
    }
    assert nodes["channel:russian-emirati-channel"].type == "channel"
    assert nodes["united-arab-emirates"].type == "country"
    assert any(e.type == "TRANSPORTED" for e in graph.edges)
    attended = next(e for e in graph.edges if e.source == "ali-mamlouk")
    assert attended.sources[0].title == (
        "Details of secret Syrian-American security meeting in Damascus"
    )


def test_filtered_meetings_count_what_they_leave_out(driver: Driver) -> None:
    rows = run(
        driver,
        "view_network",
        actor=None,
        country=None,
        organization=None,
        date_from=None,
        date_to=None,
        kind=None,
        channel_kind=None,
        min_confidence=0.0,
        limit=2,
    )
    graph = meetings_graph(rows, title="All", total_meetings=rows[0]["total"])
    assert sum(1 for n in graph.nodes if n.type == "meeting") == 2
    assert any("2 latest of" in note for note in graph.notes)


def test_paths_keep_each_step_once_in_its_direction(driver: Driver) -> None:
    rows = run(
        driver, "paths", **{"from": "hakan-fidan", "to": "united-states"}, max_hops=6, limit=5
    )
    start = {"id": "hakan-fidan", "name": "Hakan Fidan", "type": "person"}
    end = {"id": "united-states", "name": "United States", "type": "country"}
    graph = paths_graph(start, end, rows, texts=["a", "b"])
    keys = [(e.source, e.target, e.type) for e in graph.edges]
    assert len(keys) == len(set(keys))
    assert ("hakan-fidan", "meeting:moscow-meeting-fidan-mamlouk-2020-01-13", "ATTENDED") in keys
    assert ("ali-mamlouk", "meeting:moscow-meeting-fidan-mamlouk-2020-01-13", "ATTENDED") in keys
    assert by_id(graph)["hakan-fidan"].facts["on paths"].startswith("1")
    assert graph.notes == ["1. a", "2. b"]


def test_meetings_and_paths_graphs_draw_an_actor_and_a_meeting_alike(driver: Driver) -> None:
    moscow = "moscow-meeting-fidan-mamlouk-2020-01-13"
    meeting = by_id(meetings_graph(run(driver, "meeting", id=moscow), title="Moscow"))
    rows = run(driver, "paths", **{"from": "hakan-fidan", "to": "ali-mamlouk"}, max_hops=4, limit=5)
    path = by_id(paths_graph({"id": "hakan-fidan", "name": "Hakan Fidan"}, MAMLOUK, rows))

    def drawn(node: Any) -> tuple[Any, ...]:
        return (node.id, node.label, node.type, node.country, node.date, node.links)

    assert drawn(path["ali-mamlouk"]) == drawn(meeting["ali-mamlouk"])
    on_path, whole = path[f"meeting:{moscow}"], meeting[f"meeting:{moscow}"]
    assert (on_path.id, on_path.type, on_path.date, on_path.links) == (
        whole.id,
        whole.type,
        whole.date,
        whole.links,
    )
    assert on_path.facts["date"] == whole.facts["date"]


def test_paths_without_a_connection_say_so() -> None:
    graph = paths_graph({"id": "a", "name": "A"}, {"id": "b", "name": "B"}, [])
    assert [n.id for n in graph.nodes] == ["a", "b"]
    assert "No connection between A and B" in graph.notes[0]


def test_overview_counts_every_actor_and_survives_the_cap(driver: Driver) -> None:
    row = run(driver, "view_overview", max_actors=200, max_edges=1000)[0]
    graph = overview_graph(row)
    assert graph.total_nodes == row["total"] == len(graph.nodes)
    capped = cap_graph(graph, 10)
    assert len(capped.nodes) == 10 and capped.total_nodes == row["total"]
    mamlouk_fidan = next(
        e for e in graph.edges if {e.source, e.target} == {"ali-mamlouk", "hakan-fidan"}
    )
    assert mamlouk_fidan.weight == 1 and mamlouk_fidan.sources[0].outlet == "Baladi News"


def test_unexpected_actor_kinds_are_drawn_as_organizations() -> None:
    assert node_type("person") == "person"
    assert node_type("something else") == "organization"

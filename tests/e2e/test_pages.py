"""The app's network pages in headless Chromium, against the real app and a real Neo4j
loaded with the seeds (and one small document whose names carry HTML).

Checks that every page loads with no console error and no request to another host, that
the expected actors are in each page's data, that clicking a node or an edge shows its facts
and quotes, that the time filter narrows what is shown, that unknown and ambiguous names get
an HTML page with suggestions, and that HTML in names stays text. Screenshots go to
``test-artifacts/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from neo4j import Driver
from playwright.sync_api import Browser, Page

from core.settings import Settings
from loaders.factfile import parse_fact_file
from tests.e2e.conftest import PageWatch
from tests.support.browser import (
    assert_clean,
    click_node,
    node_point,
    open_view,
    visible_ids,
    wait_ready,
)
from tests.support.graph import DAMASCUS, seed_loader
from tests.support.server import LiveServer

pytestmark = pytest.mark.e2e

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_ID = "test-xss-envoy"
FIDAN_QUOTE = (
    "The head of Turkey’s National Intelligence Organisation, Hakan Fidan, discussed the "
    "current ceasefire in Idlib"
)
XSS_TEXT = (
    f"The envoy {XSS_NAME} met Test Host in Geneva on 12 March 2019. "
    "Test Twin of Oman later met Test Twin of Peru in Geneva."
)
XSS_FACTS = f"""
document:
  id: test-xss-document
  title: "Envoys meet in Geneva <script>alert('title')</script>"
  outlet: Test Wire
  published: 2019-03-14
  text: {XSS_TEXT!r}
actors:
  - {{ref: envoy, canonical_id: {XSS_ID}, name: {XSS_NAME!r}, type: person, country: CH}}
  - {{ref: host, canonical_id: test-host, name: Test Host, type: person, country: CH}}
  - {{ref: twin-a, canonical_id: test-twin-oman, name: Test Twin, type: person, country: OM}}
  - {{ref: twin-b, canonical_id: test-twin-peru, name: Test Twin, type: person, country: PE}}
places:
  - {{ref: geneva, name: Geneva, kind: city, country: CH}}
meetings:
  - ref: geneva
    canonical_id: test-geneva-meeting-2019-03-12
    kind: meeting
    title: Envoys meet in Geneva
    date_text: on 12 March 2019
    date_start: 2019-03-12
    date_precision: day
    place: geneva
    participants:
      - {{actor: envoy}}
      - {{actor: host}}
    evidence:
      - quote: {f"The envoy {XSS_NAME} met Test Host in Geneva on 12 March 2019."!r}
  - ref: twins
    canonical_id: test-geneva-twins-2019
    kind: meeting
    date_start: 2019-04-01
    date_precision: month
    place: geneva
    participants:
      - {{actor: twin-a}}
      - {{actor: twin-b}}
    evidence:
      - quote: Test Twin of Oman later met Test Twin of Peru in Geneva.
"""

PAGES = [
    ("/", "home"),
    ("/actors/ali-mamlouk", "ego-ali-mamlouk"),
    ("/actors/ali-mamlouk?depth=2", "ego-ali-mamlouk-depth-2"),
    ("/who-met?actor=Ali%20Mamlouk", "who-met-ali-mamlouk"),
    (f"/meetings/{DAMASCUS}", "meeting-damascus"),
    ("/network", "network-all"),
    ("/network?country=SY&date_from=2018-01-01&date_to=2018-12-31", "network-syria-2018"),
    ("/paths?from=Hakan%20Fidan&to=United%20States", "paths-fidan-united-states"),
]


@pytest.fixture(scope="module", autouse=True)
def with_xss(seeded: Driver) -> Driver:
    """The seeds, and one document whose names and quotes carry HTML."""
    extra = seed_loader(seeded).load(parse_fact_file(XSS_FACTS, source="xss.yaml"))
    assert extra.status == "written", extra
    return seeded


@pytest.fixture(scope="module")
def base(live_server: LiveServer, with_xss: Driver) -> str:
    return live_server.url


def labels(page: Page) -> set[str]:
    """Every node's whole name (the canvas cuts long ones)."""
    return set(
        page.evaluate(
            "window.actornet.nodes.getIds().map((id) => window.actornet.data.details.nodes[id].label)"
        )
    )


def edge_to(page: Page, node_id: str) -> str:
    edge: str = page.evaluate(
        "(id) => window.actornet.edges.get({filter: (e) => e.to === id || e.from === id})[0].id",
        node_id,
    )
    return edge


@pytest.mark.parametrize(("path", "shot"), PAGES)
def test_page_loads_with_no_console_error_and_links_its_json(
    watched_page: tuple[Page, PageWatch],
    base: str,
    http: httpx.Client,
    artifacts: Path,
    path: str,
    shot: str,
) -> None:
    page, watch = watched_page
    open_view(page, base + path)
    page.screenshot(path=str(artifacts / f"page-{shot}.png"))
    assert_clean(watch)
    assert page.locator("#legend").is_visible()
    assert page.locator("#legend li").count() >= 3
    json_url = page.locator("#json-link").get_attribute("href")
    assert json_url and "format=json" in json_url
    graph = http.get(json_url).json()
    assert {n["id"] for n in graph["nodes"]} == set(page.evaluate("window.actornet.nodes.getIds()"))
    assert page.evaluate("window.actornet.nodes.length") > 1


def test_who_met_ali_mamlouk_shows_each_counterpart_with_its_channel(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Ali%20Mamlouk")
    assert {
        "Ali Mamlouk",
        "Hakan Fidan",
        "senior US officer",
        "deputy head of Australian intelligence",
    } <= labels(page)
    assert "Deeb Zeitoun" not in labels(page)  # on Mamlouk's own side: a colleague
    assert "Deeb Zeitoun" in (page.locator("#colleagues").text_content() or "")
    assert page.evaluate("window.actornet.edges.length") == len(labels(page)) - 1
    edge_id = edge_to(page, "us-senior-officer-damascus-2018")
    edge = page.evaluate("(id) => window.actornet.edges.get(id)", edge_id)
    assert edge["label"] in (
        "back channel: Russian-Emirati channel (+1)",
        "transport: United Arab Emirates (+1)",
    )
    channels = page.evaluate("(id) => window.actornet.data.details.edges[id].facts", edge_id)
    assert "back channel: Russian-Emirati channel" in channels["channels"]
    assert "transport: United Arab Emirates" in channels["channels"]
    envoy = edge_to(page, "australian-intelligence-deputy-head-2017")
    assert page.evaluate("(id) => window.actornet.edges.get(id).label", envoy) == ""
    assert_clean(watch)


def test_clicking_a_counterpart_shows_its_facts_and_the_quote(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Ali%20Mamlouk")
    click_node(page, "hakan-fidan")
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "Hakan Fidan"
    text = panel.text_content() or ""
    assert "13 Jan 2020" in text
    assert "National Intelligence Organization" in text
    assert FIDAN_QUOTE in (panel.locator("blockquote").first.text_content() or "")
    assert "Baladi News" in (panel.locator(".cite").first.text_content() or "")
    assert panel.get_by_role("link", name="Ego network").get_attribute("href") == (
        "/actors/hakan-fidan"
    )
    page.screenshot(path=str(artifacts / "page-who-met-node-panel.png"))
    officer = edge_to(page, "us-senior-officer-damascus-2018")
    page.evaluate("(id) => window.actornet.showEdge(id)", officer)
    text = panel.text_content() or ""
    assert "week of 24 Jun 2018" in text and "Mezzeh" in text and "private UAE plane" in text
    assert "Ali Mamlouk welcomed the visiting delegation" in text
    assert "Details of secret Syrian-American security meeting in Damascus" in text
    page.screenshot(path=str(artifacts / "page-who-met-edge-panel.png"))
    assert_clean(watch)


def test_time_filter_to_2020_leaves_only_the_fidan_meeting(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Ali%20Mamlouk")
    page.evaluate("window.__sameDocument = true")
    assert len(visible_ids(page)) > 2
    page.evaluate(
        """() => {
            const from = document.getElementById('time-from');
            from.value = String(2020 * 12);  // the slider counts months: January 2020
            from.dispatchEvent(new Event('input', {bubbles: true}));
        }"""
    )
    page.wait_for_function("window.actornetVisible.edges === 1")
    assert visible_ids(page) == {"ali-mamlouk", "hakan-fidan"}
    assert page.evaluate("window.__sameDocument") is True
    page.screenshot(path=str(artifacts / "page-who-met-2020.png"))
    page.get_by_role("button", name="All dates").click()
    page.wait_for_function("window.actornetVisible.edges > 1")
    # The server-side filter of the same page: the form reloads it with only 2020.
    page.fill("#filter-date_from", "2020-01-01")
    page.locator("#filter-form button[type=submit]").click()
    wait_ready(page, re.compile(r"date_from=2020-01-01"))
    assert set(page.evaluate("window.actornet.nodes.getIds()")) == {"ali-mamlouk", "hakan-fidan"}
    assert_clean(watch)


def test_ego_network_holds_the_actors_around_and_the_centre_profile(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/actors/ali-mamlouk")
    assert {"Ali Mamlouk", "Hakan Fidan", "National Security Bureau"} <= labels(page)
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "Ali Mamlouk"  # the centre is selected
    assert "leads National Security Bureau" in (panel.text_content() or "")
    assert page.get_by_role("link", name="Depth 2").get_attribute("href") == (
        "/actors/ali-mamlouk?depth=2"
    )
    assert_clean(watch)


def test_home_ego_network_and_who_met_start_small_and_show_more_on_request(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/?actors=4")
    assert page.evaluate("window.actornet.nodes.length") == 4
    shown = re.search(r"Showing 4 of (\d+) nodes", page.locator("#shown-note").inner_text())
    assert shown
    total = int(shown.group(1))
    assert total > 8
    assert page.locator("#more-note").inner_text().startswith(f"{total - 4} more not shown")
    page.locator("#show-more").click()
    page.wait_for_url("**/?actors=8")
    page.wait_for_function("window.actornetReady === true", timeout=30_000)
    assert page.evaluate("window.actornet.nodes.length") == 8

    open_view(page, base + "/actors/ali-mamlouk?depth=2&nodes=3")
    assert page.evaluate("window.actornet.nodes.length") == 3
    page.locator("#show-more").click()
    page.wait_for_url("**/actors/ali-mamlouk?depth=2&nodes=6")
    page.wait_for_function("window.actornetReady === true", timeout=30_000)
    assert page.evaluate("window.actornet.nodes.length") > 3

    open_view(page, base + "/who-met?actor=ali-mamlouk&counterparts=2")
    drawn = page.evaluate("window.actornet.nodes.length")
    assert "more not shown" in page.locator("#more-note").inner_text()
    page.locator("#show-more").click()
    page.wait_for_url("**/who-met?actor=ali-mamlouk&counterparts=4")
    page.wait_for_function("window.actornetReady === true", timeout=30_000)
    assert page.evaluate("window.actornet.nodes.length") > drawn
    assert_clean(watch)


def test_meeting_page_shows_participants_with_roles_place_channels_and_sources(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base + f"/meetings/{DAMASCUS}")
    assert {
        "Ali Mamlouk",
        "senior US officer",
        "Ali Mamlouk's office, Mezzeh",
        "Russian-Emirati channel",
        "United Arab Emirates",
    } <= labels(page)
    kinds = page.evaluate("window.actornet.edges.get().map((e) => [e.from, e.type, e.key])")
    assert ["us-senior-officer-damascus-2018", "ATTENDED", "ATTENDED"] in kinds
    roles = page.evaluate("window.actornet.data.details.edges")
    assert {"host", "head_of_delegation"} <= {d.get("kind") for d in roles.values()}
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "Secret Syrian-American security meeting"
    assert "Syriana Analysis" in (panel.text_content() or "")
    click_node(page, "ali-mamlouk")
    assert "Ali Mamlouk welcomed the visiting delegation" in (panel.text_content() or "")
    page.screenshot(path=str(artifacts / "page-meeting-participant-panel.png"))
    assert_clean(watch)


def test_filtered_network_follows_its_filters(
    watched_page: tuple[Page, PageWatch], base: str, http: httpx.Client
) -> None:
    only_2020 = http.get("/network", params={"date_from": "2020-01-01", "format": "json"}).json()
    meetings = {n["id"] for n in only_2020["nodes"] if n["type"] == "meeting"}
    assert meetings == {"meeting:moscow-meeting-fidan-mamlouk-2020-01-13"}
    conferences = http.get("/network", params={"kind": "conference", "format": "json"}).json()
    assert "meeting:sochi-congress-2018-01-30" in {n["id"] for n in conferences["nodes"]}
    transport = http.get("/network", params={"channel_kind": "transport", "format": "json"}).json()
    with_transport = {n["id"] for n in transport["nodes"] if n["type"] == "meeting"}
    assert f"meeting:{DAMASCUS}" in with_transport
    assert "meeting:moscow-meeting-fidan-mamlouk-2020-01-13" not in with_transport
    assert with_transport == {
        e["source"] for e in transport["edges"] if e["type"] == "VIA" and e["kind"] == "transport"
    }
    page, watch = watched_page
    open_view(page, base + "/network?organization=National%20Intelligence%20Organization")
    assert "Hakan Fidan" in labels(page)
    assert page.locator("#filter-organization").input_value() == (
        "turkish-national-intelligence-organization"
    )
    assert_clean(watch)


def test_paths_page_draws_the_chain_between_two_actors(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/paths?from=Hakan%20Fidan&to=United%20States")
    ids = set(page.evaluate("window.actornet.nodes.getIds()"))
    assert {"hakan-fidan", "ali-mamlouk", "united-states"} <= ids
    assert "meeting:moscow-meeting-fidan-mamlouk-2020-01-13" in ids
    paths = page.locator("#paths-list li")
    assert paths.count() >= 1 and "Hakan Fidan" in (paths.first.text_content() or "")
    assert_clean(watch)


def test_paths_are_simple_distinct_and_each_highlights_itself(
    watched_page: tuple[Page, PageWatch], base: str, http: httpx.Client
) -> None:
    api = http.get("/api/v1/paths", params={"from": "ali-mamlouk", "to": "hakan-fidan"}).json()
    walks = [[s["id"] for s in p["steps"]] for p in api["paths"]]
    assert walks and all(len(w) == len(set(w)) for w in walks)  # no node twice
    actors = [tuple(s["id"] for s in p["steps"] if s["type"] != "meeting") for p in api["paths"]]
    assert len(actors) == len(set(actors))  # no two through the same actors
    assert [p["hops"] for p in api["paths"]] == sorted(p["hops"] for p in api["paths"])
    page, watch = watched_page
    open_view(page, base + "/paths?from=ali-mamlouk&to=hakan-fidan")
    items = page.locator("#paths-list li")
    assert items.count() == len(walks)
    items.last.click()
    selected = set(page.evaluate("window.actornet.network.getSelectedNodes()"))
    expected = set((items.last.get_attribute("data-nodes") or "").split())
    assert selected == expected and "ali-mamlouk" in expected and "hakan-fidan" in expected
    assert_clean(watch)


def test_home_search_goes_straight_to_who_met_a_known_actor_or_lists_the_hits(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base + "/")
    assert "6 documents" in (page.locator("#holds").text_content() or "")  # seeds + one
    page.fill("#search-input", "Ali Mamlouk")
    page.press("#search-input", "Enter")
    wait_ready(page, base + "/who-met?actor=ali-mamlouk")
    page.fill("#actor-box-input", "Hakan Fidan")
    page.press("#actor-box-input", "Enter")
    wait_ready(page, base + "/who-met?actor=hakan-fidan")
    page.goto(base + "/actors/search?q=intelligence")
    hits = page.locator("#hits .hit-name").all_text_contents()
    assert "National Intelligence Organization" in hits
    page.screenshot(path=str(artifacts / "page-search-intelligence.png"))
    assert_clean(watch)


def test_unknown_actor_gets_a_page_with_suggestions(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    response = page.goto(base + "/who-met?actor=Mamlukk")
    assert response is not None and response.status == 404
    assert "text/html" in response.headers["content-type"]
    assert "no actor matches actor 'Mamlukk'" in (
        page.locator("#message-text").text_content() or ""
    )
    assert "Traceback" not in page.content()
    link = page.locator("#choices a", has_text="Ali Mamlouk")
    assert link.get_attribute("href") == "/who-met?actor=ali-mamlouk"
    page.screenshot(path=str(artifacts / "page-unknown-actor.png"))
    link.click()
    wait_ready(page)
    assert "Hakan Fidan" in labels(page)
    assert_clean(watch, page_status=404)


def test_ambiguous_name_gets_the_list_of_candidates(
    watched_page: tuple[Page, PageWatch], base: str, http: httpx.Client, artifacts: Path
) -> None:
    page, watch = watched_page
    response = page.goto(base + "/actors/Test%20Twin")
    assert response is not None and response.status == 409
    hrefs = page.locator("#choices a").evaluate_all("(as) => as.map((a) => a.getAttribute('href'))")
    assert sorted(hrefs) == ["/actors/test-twin-oman", "/actors/test-twin-peru"]
    page.screenshot(path=str(artifacts / "page-ambiguous-actor.png"))
    assert_clean(watch, page_status=409)
    as_json = http.get("/who-met", params={"actor": "Test Twin", "format": "json"})
    assert as_json.status_code == 409
    assert as_json.json()["error"]["code"] == "ambiguous"


@pytest.mark.parametrize(
    "path", [f"/actors/{XSS_ID}", f"/who-met?actor={XSS_ID}", "/network?date_from=2019-03-01"]
)
def test_a_name_with_html_is_shown_as_text_and_runs_nothing(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path, path: str
) -> None:
    page, watch = watched_page
    open_view(page, base + path)
    node: dict[str, Any] = page.evaluate("(id) => window.actornet.nodes.get(id)", XSS_ID)
    assert node["label"] == XSS_NAME  # short enough to be drawn whole
    click_node(page, XSS_ID)
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == XSS_NAME
    assert XSS_NAME in (panel.locator("blockquote").first.text_content() or "")
    assert "<script>alert('title')</script>" in (panel.locator(".cite").first.text_content() or "")
    assert page.locator("img").count() == 0
    assert panel.locator("script").count() == 0
    page.screenshot(
        path=str(artifacts / f"page-xss-{path.split('?')[0].strip('/').replace('/', '-')}.png")
    )
    assert_clean(watch)


def test_search_results_show_an_html_name_as_text(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    page.goto(base + "/actors/search?q=" + quote("img onerror alert"))
    assert XSS_NAME in page.locator("#hits .hit-name").all_text_contents()
    assert page.locator("img").count() == 0
    page.goto(base + "/who-met?actor=" + quote(XSS_NAME + "x"))
    assert XSS_NAME + "x" in (page.locator("#message-text").text_content() or "")
    assert page.locator("img").count() == 0
    assert_clean(watch, page_status=404)


@pytest.fixture(scope="module")
def capped_server(settings: Settings, with_xss: Driver) -> Iterator[LiveServer]:
    with LiveServer(settings.model_copy(update={"max_view_nodes": 10})) as server:
        yield server


def test_capped_page_says_how_many_nodes_it_shows(
    watched_page: tuple[Page, PageWatch], capped_server: LiveServer, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, capped_server.url + "/network")
    note = page.locator("#shown-note").text_content() or ""
    match = re.search(r"Showing 10 of (\d+) nodes", note)
    assert match and int(match.group(1)) > 10
    assert page.evaluate("window.actornet.nodes.length") == 10
    page.screenshot(path=str(artifacts / "page-network-capped.png"))
    assert_clean(watch)


SEED_PAGES = [
    "/",
    "/who-met?actor=Mamlouk",
    "/actors/ali-mamlouk",
    "/actors/ali-mamlouk?depth=2",
    "/actors/syrian-negotiation-commission?depth=3",
    f"/meetings/{DAMASCUS}",
    "/network",
    "/network?country=SY",
    "/paths?from=ali-mamlouk&to=hakan-fidan",
]


@pytest.mark.parametrize("path", SEED_PAGES)
def test_no_node_or_label_box_overlaps_another(
    watched_page: tuple[Page, PageWatch], base: str, path: str
) -> None:
    page, watch = watched_page
    open_view(page, base + path)
    assert page.evaluate("window.actornet.overlaps()") == []
    assert page.evaluate("window.actornet.nodes.length") > 1
    assert_clean(watch)


@pytest.mark.parametrize("path", [*SEED_PAGES, "/guide", "/actors/search?q=intelligence"])
def test_a_phone_screen_never_scrolls_sideways(browser: Browser, base: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base + path)
    if page.locator("#graph").count():
        wait_ready(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_on_a_phone_the_answer_comes_before_the_legend(browser: Browser, base: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(base + "/who-met?actor=Mamlouk")
    wait_ready(page)
    answer = page.locator("#answer").bounding_box()
    panel = page.locator("#panel").bounding_box()
    legend = page.locator("#legend").bounding_box()
    assert answer and panel and legend
    assert answer["y"] < panel["y"] < legend["y"]
    context.close()


def test_who_met_chronology_rows_are_the_api_answer(
    watched_page: tuple[Page, PageWatch], base: str, http: httpx.Client
) -> None:
    api = http.get("/api/v1/who-met", params={"actor": "Mamlouk"}).json()
    expected = sorted((m["id"], c["id"]) for c in api["counterparts"] for m in c["meetings"])
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Mamlouk")
    rows = page.locator("#chronology tbody tr").evaluate_all(
        "(rows) => rows.map((r) => [r.dataset.meeting, r.dataset.counterpart])"
    )
    assert sorted(map(tuple, rows)) == expected
    page.locator("#chronology tbody tr", has_text="Hakan Fidan").first.click()
    assert page.locator("#panel h2").text_content() == "Hakan Fidan"
    click_node(page, "hakan-fidan")
    marked = page.locator("#chronology tbody tr.marked")
    assert marked.count() == 1 and "Hakan Fidan" in (marked.text_content() or "")
    assert_clean(watch)


def test_meeting_page_shows_dates_as_precise_as_the_source(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + f"/meetings/{DAMASCUS}")
    facts = page.locator("#answer-facts").text_content() or ""
    assert "week of 24 Jun 2018" in facts
    assert "one of the nights of the last week of last June" in facts
    assert "2018-06-24" not in facts
    open_view(page, base + "/meetings/damascus-visit-australian-intelligence-2017")
    facts = page.locator("#answer-facts").text_content() or ""
    assert "2017" in facts and "2017-01-01" not in facts and "Jan" not in facts
    assert_clean(watch)


def test_find_forgives_transliteration_and_zooms_to_the_match(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/actors/ali-mamlouk?depth=2")
    before = page.evaluate("window.actornet.network.getScale()")
    page.fill("#narrow-input", "zeitun")
    page.press("#narrow-input", "Enter")
    assert page.locator("#panel h2").text_content() == "Deeb Zeitoun"
    assert page.evaluate("window.actornet.network.getScale()") > before
    page.fill("#narrow-input", "Mamluk")
    page.press("#narrow-input", "Enter")
    assert page.locator("#panel h2").text_content() == "Ali Mamlouk"
    assert_clean(watch)


def test_double_click_brings_an_actors_network_in_around_it(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Mamlouk")
    before = page.evaluate("window.actornet.nodes.length")
    point = node_point(page, "hakan-fidan", scale=1.2)
    page.mouse.dblclick(point["x"], point["y"])
    page.wait_for_function(f"window.actornet.nodes.length > {before}")
    assert "turkish-national-intelligence-organization" in page.evaluate(
        "window.actornet.nodes.getIds()"
    )
    assert page.evaluate("window.actornet.overlaps()") == []
    assert_clean(watch)


def test_png_of_the_current_view_downloads(
    watched_page: tuple[Page, PageWatch], base: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base + "/who-met?actor=Mamlouk")
    with page.expect_download() as download:
        page.locator("#png-link").click()
    saved = artifacts / "page-who-met-export.png"
    download.value.save_as(saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert_clean(watch)


def test_the_time_slider_counts_months_and_draws_a_histogram(
    watched_page: tuple[Page, PageWatch], base: str
) -> None:
    page, watch = watched_page
    open_view(page, base + "/network")
    slider = page.locator("#time-from")
    low, high = int(slider.get_attribute("min") or 0), int(slider.get_attribute("max") or 0)
    assert low == 2017 * 12 and high > low  # months since year 0: January 2017 onwards
    assert page.locator("#time-hist rect").count() >= 3
    assert (page.locator("#time-from-label").text_content() or "").endswith("2017")
    legend_before = page.locator("#legend li[data-key=meeting] small").text_content()
    page.evaluate("window.actornet.setTimeRange(Date.UTC(2020, 0, 1) / 864e5, 1e9)")
    legend_after = page.locator("#legend li[data-key=meeting] small").text_content()
    assert int(legend_after or 0) < int(legend_before or 0)  # legend counts follow the filter
    assert_clean(watch)


def test_small_defects_stay_fixed(watched_page: tuple[Page, PageWatch], base: str) -> None:
    page, watch = watched_page
    # A near spelling goes to the actor's own address instead of silently standing in for it.
    page.goto(base + "/actors/ali-mamluk?depth=2")
    assert page.url == base + "/actors/ali-mamlouk?depth=2"
    wait_ready(page)
    # Reset keeps the actor; who-met without one asks for it instead of failing.
    open_view(page, base + "/who-met?actor=Mamlouk&date_from=2020-01-01")
    page.locator("#filter-form a.reset").click()
    wait_ready(page)
    assert page.url == base + "/who-met?actor=ali-mamlouk"
    response = page.goto(base + "/who-met")
    assert response is not None and response.status == 200
    assert page.locator("#ask-form input[name=actor]").count() == 1
    # A bad parameter is refused with 422, naming the field.
    bad = page.goto(base + "/who-met?actor=Mamlouk&date_from=yesterday")
    assert bad is not None and bad.status == 422
    assert "date_from" in (page.locator("#message-text").text_content() or "")
    assert_clean(watch, page_status=422)

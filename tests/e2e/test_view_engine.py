"""The view engine in headless Chromium: synthetic pages served by a small app on 127.0.0.1.

Checks that pages load offline with no console error, hold the expected nodes, open the side
panel on a click, filter by time without reloading, and show HTML in names and quotes as
text. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from service.views.cap import cap_graph
from service.views.render import render_home, render_network
from tests.e2e.conftest import PageWatch
from tests.support.browser import assert_clean, click_node, node_point, open_view, visible_ids
from tests.support.demo import XSS_NAME, XSS_QUOTE, synthetic_graph
from tests.support.server import preview_app, serve_in_thread

pytestmark = pytest.mark.e2e

SMALL = synthetic_graph(60)
CAPPED = cap_graph(synthetic_graph(2500, seed=3), 2000)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    pages = {
        "/": lambda: render_home(SMALL, search_url="/search", json_url="/api/demo.json"),
        "/views/demo": lambda: render_network(
            SMALL, page_title="Demo network", json_url="/api/demo.json", nav={"Home": "/"}
        ),
        "/views/big": lambda: render_network(
            CAPPED, page_title="Large network", json_url="/api/big.json", nav={"Home": "/"}
        ),
    }
    documents = {"/api/demo.json": SMALL.model_dump(), "/api/big.json": CAPPED.model_dump()}
    with serve_in_thread(preview_app(pages, documents)) as url:
        yield url


@pytest.mark.parametrize(
    ("path", "shot"), [("/", "home"), ("/views/demo", "demo"), ("/views/big", "big-2000")]
)
def test_page_loads_offline_with_no_console_error(
    watched_page: tuple[Page, PageWatch], base_url: str, artifacts: Path, path: str, shot: str
) -> None:
    page, watch = watched_page
    open_view(page, base_url + path)
    page.screenshot(path=str(artifacts / f"view-{shot}.png"))
    assert_clean(watch)
    assert page.locator("#legend").is_visible()
    assert page.locator("#legend li").count() >= 3


def test_expected_nodes_are_in_the_network_data(
    watched_page: tuple[Page, PageWatch], base_url: str
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/demo")
    ids = set(page.evaluate("window.actornet.nodes.getIds()"))
    assert {n.id for n in SMALL.nodes} == ids
    assert {"p0", "p1", "o0", "c0", "m0", "pl0", "ch0"} <= ids
    assert page.evaluate("window.actornet.edges.length") == len(SMALL.edges)
    assert_clean(watch)


def test_clicking_a_node_shows_its_facts_and_quote(
    watched_page: tuple[Page, PageWatch], base_url: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/demo")
    meeting = next(n for n in SMALL.nodes if n.id == "m0")
    click_node(page, "m0")
    panel = page.locator("#panel")
    panel.locator("h2").wait_for()
    assert panel.locator("h2").text_content() == meeting.label
    assert meeting.date is not None and meeting.date in (panel.text_content() or "")
    quote = meeting.sources[0].quote
    assert quote is not None
    assert panel.locator("blockquote").first.text_content() == quote
    assert meeting.sources[0].outlet in (panel.locator(".cite").first.text_content() or "")
    json_link = panel.get_by_role("link", name="JSON behind this page")
    assert json_link.get_attribute("href") == "/api/demo.json"
    page.screenshot(path=str(artifacts / "view-demo-node-panel.png"))
    assert_clean(watch)


def test_time_filter_changes_the_visible_edges_without_reload(
    watched_page: tuple[Page, PageWatch], base_url: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/big")
    page.evaluate("window.__sameDocument = true")
    total = page.evaluate("window.actornetVisible.edges")
    assert total == len(CAPPED.edges)
    page.evaluate(
        """() => {
            const to = document.getElementById('time-to');
            to.value = String(Math.round((Number(to.min) + Number(to.max)) / 2));
            to.dispatchEvent(new Event('input', {bubbles: true}));
        }"""
    )
    page.wait_for_function(f"window.actornetVisible.edges < {total}")
    visible = page.evaluate("window.actornet.edges.get({filter: e => !e.hidden}).length")
    assert 0 < visible < total
    assert visible == page.evaluate("window.actornetVisible.edges")
    assert "Filtered" in (page.locator("#visible-note").text_content() or "")
    page.screenshot(path=str(artifacts / "view-big-time-filtered.png"))
    page.get_by_role("button", name="All dates").click()
    page.wait_for_function(f"window.actornetVisible.edges === {total}")
    assert page.evaluate("window.__sameDocument") is True
    assert_clean(watch)


def test_capped_page_says_how_many_nodes_it_shows(
    watched_page: tuple[Page, PageWatch], base_url: str
) -> None:
    page, _ = watched_page
    open_view(page, base_url + "/views/big")
    note = page.locator("#shown-note").text_content() or ""
    assert f"Showing 2000 of {CAPPED.total_nodes} nodes" in note


def test_html_in_names_and_quotes_is_shown_as_text(
    watched_page: tuple[Page, PageWatch], base_url: str, artifacts: Path
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/demo")
    assert page.evaluate("window.actornet.nodes.get('p1').label") == XSS_NAME
    page.fill("#narrow-input", XSS_NAME)
    page.press("#narrow-input", "Enter")
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == XSS_NAME
    click_node(page, "p1")
    assert panel.locator("h2").text_content() == XSS_NAME
    point = node_point(page, "p1")
    page.mouse.move(5, 120)
    page.mouse.move(point["x"], point["y"])
    page.locator("#tooltip").wait_for(state="visible")
    assert (page.locator("#tooltip").text_content() or "").startswith(XSS_NAME + "\n")
    assert page.locator("img").count() == 0
    edge_id = page.evaluate(
        """(quote) => Object.keys(window.actornet.data.details.edges).find(
            (id) => window.actornet.data.details.edges[id].sources.some((s) => s.quote === quote))""",
        XSS_QUOTE,
    )
    assert edge_id
    page.evaluate("(id) => window.actornet.showEdge(id)", edge_id)
    assert panel.locator("blockquote").first.text_content() == XSS_QUOTE
    assert panel.locator("script, b").count() == 0
    page.screenshot(path=str(artifacts / "view-demo-xss-as-text.png"))
    assert_clean(watch)


def test_narrow_shows_only_the_match_and_its_neighbours(
    watched_page: tuple[Page, PageWatch], base_url: str
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/demo")
    page.fill("#narrow-input", "Meeting 0")
    page.get_by_role("button", name="Narrow").click()
    neighbours = {e.source for e in SMALL.edges if e.target == "m0"} | {
        e.target for e in SMALL.edges if e.source == "m0"
    }
    shown = visible_ids(page)
    assert shown == neighbours | {"m0"}
    page.get_by_role("button", name="Show all").click()
    assert page.evaluate("window.actornetVisible.nodes") == len(SMALL.nodes)
    assert_clean(watch)


def test_colour_switch_recolours_nodes_by_community(
    watched_page: tuple[Page, PageWatch], base_url: str
) -> None:
    page, watch = watched_page
    open_view(page, base_url + "/views/demo")
    before = page.evaluate("window.actornet.nodes.get('p0').color.background")
    page.select_option("#colour-by", "community")
    palette = page.evaluate("window.actornet.data.meta.palette")
    community = page.evaluate("window.actornet.nodes.get('p0').community")
    after = page.evaluate("window.actornet.nodes.get('p0').color")
    assert after == {"background": palette[community % len(palette)], "border": "#4a5866"}
    page.select_option("#colour-by", "type")
    assert page.evaluate("window.actornet.nodes.get('p0').color.background") == before
    assert_clean(watch)


def test_home_page_search_form_goes_to_the_given_url(
    watched_page: tuple[Page, PageWatch], base_url: str
) -> None:
    page, _ = watched_page
    open_view(page, base_url + "/")
    form = page.locator("#search-form")
    assert form.get_attribute("action") == "/search"
    assert form.locator("input[name=q]").count() == 1

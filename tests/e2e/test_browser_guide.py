"""Neo4j Browser as a client of the app: ``:play`` the app's guide, run the who-met slide
with two clicks (its parameters, then the statement), and see the answer drawn as a graph
with Ali Mamlouk's counterparts; ``:style`` loads the app's style sheet. Every request off
the machine is blocked and recorded, and there must be none.

Browser is the one the test Neo4j serves at ``/browser/`` (the local launcher's server, whose
``neo4j.conf`` lets Browser fetch guides from 127.0.0.1 and turns its telemetry off); the app
runs with CORS for that Browser's origin.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from neo4j import Driver
from playwright.sync_api import Page, expect

from service.browser_params import param_lines
from tests.conftest import Neo4jTarget
from tests.e2e.conftest import PageWatch
from tests.support.server import LiveServer

pytestmark = pytest.mark.e2e

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
COUNTERPARTS = ("Hakan Fidan", "Deeb Zeitoun", "Mowafaq Asaad")


@pytest.fixture(scope="module")
def guide_server(
    neo4j_target: Neo4jTarget, settings: object, seeded: Driver
) -> Iterator[tuple[LiveServer, str]]:
    if neo4j_target.local is None:
        pytest.skip("Neo4j Browser is checked on the local launcher's server only")
    origin = f"http://127.0.0.1:{neo4j_target.local.http_port}"
    app_settings = settings.model_copy(update={"browser_origins": [origin]})  # type: ignore[attr-defined]
    with LiveServer(app_settings) as server:
        yield server, neo4j_target.local.browser_url


def play_icon(page: Page, slide_text: str, index: int) -> None:
    """Click the ▶ Browser puts before the index-th runnable block of the visible slide."""
    slide = page.locator(".slide", has_text=slide_text).first
    slide.locator("pre.runnable").nth(index).locator("i.fa-play-circle-o").click()


def play_guide(page: Page, url: str, tries: int = 10) -> None:
    """``:play url``. Browser checks the guide's host against the server's allowlist, which
    it reads once connected; until then it knows only its built-in one and answers "No
    guide by that name", so the command is run again until the guide or another answer
    shows."""
    title = page.get_by_text("actornet in Neo4j Browser").first
    for _ in range(tries):
        page.click(".monaco-editor")
        page.keyboard.insert_text(f":play {url}")
        page.keyboard.press("Control+Enter")
        frame = page.locator("[data-testid='frame']").first
        expect(frame).to_contain_text(url, timeout=30_000)
        found = page.locator("[data-testid='frame']", has_text="No guide by that name").or_(
            page.locator(".slide", has_text="actornet in Neo4j Browser")
        )
        expect(found.first).to_be_visible(timeout=30_000)
        if title.is_visible():
            return
        page.wait_for_timeout(1000)
    expect(title).to_be_visible()


def test_play_the_guide_and_draw_who_met_as_a_graph(
    guide_server: tuple[LiveServer, str],
    neo4j_target: Neo4jTarget,
    strict_page: tuple[Page, PageWatch],
    artifacts: Path,
) -> None:
    server, browser_url = guide_server
    page, watch = strict_page
    page.goto(browser_url, wait_until="networkidle")
    page.fill('[data-testid="password"]', neo4j_target.password)
    page.click('[data-testid="connect"]')
    expect(page.get_by_text("You are connected as user")).to_be_visible(timeout=30_000)

    play_guide(page, f"{server.url}/guide/browser")

    play_icon(page, "actornet in Neo4j Browser", 0)  # :style the app's style sheet
    expect(page.locator("[data-testid='frame']").first).to_contain_text(
        "node.Person", timeout=30_000
    )

    page.locator("[data-testid='nextSlide']").first.click()
    who_met = "who_met_graph"
    expect(page.locator(".slide", has_text=who_met).first).to_be_visible()
    play_icon(page, who_met, 0)  # its :param lines, each evaluated by the server
    icons = page.locator("[data-testid='frame']").first.locator(
        "[data-testid='multi-statement-list-icon']"
    )
    expect(icons).to_have_count(len(param_lines("queries/who_met_graph")), timeout=30_000)
    for i in range(icons.count()):
        expect(icons.nth(i)).to_have_attribute("title", "Status: success", timeout=30_000)
    play_icon(page, who_met, 1)  # the statement
    frame = page.locator("[data-testid='frame']").first
    expect(frame.locator("svg text").first).to_be_attached(timeout=30_000)
    # The Graph view writes each node's caption word by word into the SVG.
    page.wait_for_function(
        """names => {
            const frame = document.querySelector("[data-testid='frame']");
            const words = Array.from(frame.querySelectorAll('svg text'))
                .map(t => t.textContent.trim()).join(' ');
            return names.every(name => words.includes(name));
        }""",
        arg=["Ali Mamlouk", *COUNTERPARTS],
        timeout=30_000,
    )
    page.screenshot(path=str(artifacts / "neo4j-browser-guide-who-met-graph.png"))

    off_machine = [u for u in watch.foreign_requests if urlsplit(u).hostname not in LOOPBACK]
    assert off_machine == []

"""Neo4j Browser, served by the local Neo4j, connects and runs every query module as is.

Each ``cypher/queries/*.cypher`` file is pasted whole into Browser's editor (comments,
``:param`` lines and the statement) and run; every statement must succeed. The who-met
module then shows the seed articles' counterparts of Ali Mamlouk in Browser's result table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import Browser, Page, expect

from core import catalog
from service.browser_params import param_lines
from tests.conftest import Neo4jTarget

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def browser_page(browser: Browser, neo4j_target: Neo4jTarget, seeded: Driver) -> Page:
    if neo4j_target.local is None:
        pytest.skip("Neo4j Browser is checked on the local launcher's server only")
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    local = neo4j_target.local
    page.goto(local.browser_url, wait_until="networkidle")
    page.fill('[data-testid="password"]', neo4j_target.password)
    page.click('[data-testid="connect"]')
    expect(page.get_by_text("You are connected as user")).to_be_visible(timeout=30_000)
    return page


def run_in_editor(page: Page, text: str) -> None:
    page.click(".monaco-editor")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)
    page.keyboard.press("Control+Enter")


def test_browser_connects_and_runs_a_query(browser_page: Page) -> None:
    run_in_editor(browser_page, "RETURN 1 AS one")
    expect(browser_page.locator("[data-testid='frameCommand']").first).to_contain_text("RETURN 1")
    expect(browser_page.get_by_text("Started streaming 1 records").first).to_be_visible()


@pytest.mark.parametrize("module", catalog.modules("queries"))
def test_every_query_module_runs_as_is_in_browser(browser_page: Page, module: str) -> None:
    run_in_editor(browser_page, catalog.text(module))
    if not param_lines(module):  # one statement: a frame of its own, no statement list
        frame = browser_page.locator("[data-testid='frame']").first
        expect(frame).to_contain_text("Started streaming", timeout=30_000)
        return
    icons = browser_page.locator("[data-testid='multi-statement-list']").first.locator(
        "[data-testid='multi-statement-list-icon']"
    )
    expected = len(param_lines(module)) + 1
    expect(icons).to_have_count(expected, timeout=30_000)
    for i in range(expected):
        expect(icons.nth(i)).to_have_attribute("title", "Status: success", timeout=30_000)


def test_who_met_answers_in_browser_with_the_seed_counterparts(browser_page: Page) -> None:
    run_in_editor(browser_page, catalog.text("queries/who_met"))  # sets the :param values
    run_in_editor(browser_page, catalog.query("queries/who_met"))
    frame = browser_page.locator("[data-testid='frame']").first
    for name in ("Hakan Fidan", "senior US officer", "deputy head of Australian intelligence"):
        expect(frame).to_contain_text(name, timeout=30_000)
    ARTIFACTS.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(ARTIFACTS / "neo4j-browser-who-met.png"))

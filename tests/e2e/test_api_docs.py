"""``/docs`` and ``/redoc`` in headless Chromium with every request off the machine blocked.

Swagger UI must draw the operations and run one with "Try it out" (a real call to the app
and a real Neo4j loaded with the seeds); ReDoc must draw its menu and an operation. Any
request to another host and any breach of the pages' Content-Security-Policy
fail the test. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PageWatch
from tests.support.server import LiveServer

pytestmark = pytest.mark.e2e


def test_swagger_ui_draws_the_operations_and_try_it_out_answers(
    live_server: LiveServer,
    seeded: Driver,
    strict_page: tuple[Page, PageWatch],
    artifacts: Path,
) -> None:
    page, watch = strict_page
    answer = page.goto(f"{live_server.url}/docs", wait_until="networkidle")
    assert answer is not None and "script-src 'self';" in answer.headers["content-security-policy"]
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("actornet")
    operations = page.locator(".opblock")
    expect(operations.first).to_be_visible(timeout=30_000)
    assert operations.count() >= 15
    page.screenshot(path=str(artifacts / "api-docs-swagger.png"))

    who_met = page.locator(".opblock-get", has=page.locator("[data-path='/api/v1/who-met']"))
    who_met.locator(".opblock-summary").click()
    who_met.get_by_role("button", name="Try it out").click()
    who_met.locator("tr[data-param-name='actor'] input").fill("Ali Mamlouk")
    who_met.get_by_role("button", name="Execute").click()
    response = who_met.locator(".responses-table.live-responses-table")
    expect(response.locator("tr.response .response-col_status").first).to_have_text(
        "200", timeout=30_000
    )
    expect(response.locator("tr.response pre").first).to_contain_text("Hakan Fidan")
    page.screenshot(path=str(artifacts / "api-docs-swagger-try-it-out.png"), full_page=False)

    assert watch.foreign_requests == []
    assert watch.page_errors == []
    assert [e for e in watch.console_errors if "Content Security Policy" in e] == []


def test_redoc_draws_the_menu_and_the_operations(
    live_server: LiveServer, strict_page: tuple[Page, PageWatch], artifacts: Path
) -> None:
    page, watch = strict_page
    answer = page.goto(f"{live_server.url}/redoc", wait_until="networkidle")
    assert answer is not None and "script-src 'self';" in answer.headers["content-security-policy"]
    menu = page.locator(".menu-content")
    expect(menu).to_contain_text("actors", timeout=30_000)
    expect(page.locator("h2", has_text="Who met this actor").first).to_be_visible()
    expect(page.locator("h1").first).to_contain_text("actornet")
    page.screenshot(path=str(artifacts / "api-docs-redoc.png"))
    assert watch.foreign_requests == []
    assert watch.page_errors == []
    assert [e for e in watch.console_errors if "Content Security Policy" in e] == []

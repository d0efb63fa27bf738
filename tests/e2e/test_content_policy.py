"""Pages obey their Content-Security-Policy in Chromium: no violation, no console error.

Every page's policy allows scripts and styles from the app only; the Neo4j Browser guide
allows its one inline script and style by hash, and its copy buttons still work.
"""

from __future__ import annotations

import pytest
from neo4j import Driver
from playwright.sync_api import Page

from tests.e2e.conftest import PageWatch
from tests.support.server import LiveServer

pytestmark = pytest.mark.e2e

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/who-met?actor=Ali%20Mamlouk",
        "/actors/ali-mamlouk?depth=2",
        "/network",
        "/paths?from=hakan-fidan&to=ali-mamlouk",
        "/guide",
    ],
)
def test_page_runs_within_its_policy(
    seeded: Driver, live_server: LiveServer, strict_page: tuple[Page, PageWatch], path: str
) -> None:
    page, watch = strict_page
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(live_server.url + path, wait_until="load")
    assert response is not None and response.status == 200
    policy = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    page.wait_for_timeout(500)
    assert page.evaluate("window.__violations") == []
    assert watch.console_errors == []
    assert watch.page_errors == []


def test_guide_copy_buttons_work_under_the_policy(
    live_server: LiveServer, strict_page: tuple[Page, PageWatch]
) -> None:
    page, watch = strict_page
    page.goto(live_server.url + "/guide", wait_until="load")
    button = page.locator("button[data-copy]").first
    button.click()
    page.wait_for_function(
        "() => document.querySelector('button[data-copy]').textContent === 'Copied'"
    )
    assert watch.console_errors == []

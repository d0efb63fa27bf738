"""Driving the app's pages in headless Chromium (the system's, with the house flags): open a
network page and wait until its graph is drawn, click a node and wait for its facts, and check
that a page did nothing it should not.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from playwright.sync_api import Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = "window.actornetReady === true"
"""True once a network page has drawn its graph."""


class Watch(Protocol):
    """What a page did that a test may want to forbid (the e2e conftest's ``PageWatch``)."""

    console_errors: list[str]
    page_errors: list[str]
    dialogs: list[str]
    foreign_requests: list[str]


def wait_ready(page: Page, url: str | re.Pattern[str] | None = None) -> None:
    """Wait until the page's graph is drawn (after a load, a click or a form that reloads),
    at ``url`` when one is given."""
    if url is not None:
        page.wait_for_url(url)
    page.wait_for_function(READY, timeout=30_000)


def open_view(page: Page, url: str) -> None:
    """Open a network page and wait until its graph is drawn."""
    page.goto(url)
    wait_ready(page)


def node_point(page: Page, node_id: str, scale: float = 1.5) -> dict[str, float]:
    """Centre the view on a node; where it is drawn, in page coordinates."""
    point: dict[str, float] = page.evaluate(
        """([id, scale]) => {
            const net = window.actornet.network;
            net.focus(id, {scale: scale, animation: false});
            net.redraw();
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById('graph').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        [node_id, scale],
    )
    return point


def click_node(page: Page, node_id: str, scale: float = 1.4) -> None:
    """Click a node where it is drawn and wait until the side panel shows it."""
    point = node_point(page, node_id, scale)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_function(
        "(id) => document.getElementById('panel').dataset.shown === 'node:' + id", arg=node_id
    )


def visible_ids(page: Page) -> set[str]:
    """The ids of the nodes the filters leave visible."""
    return set(
        page.evaluate("window.actornet.nodes.get({filter: (n) => !n.hidden}).map((n) => n.id)")
    )


def assert_clean(watch: Watch, *, page_status: int | None = None) -> None:
    """No console error (but the one Chromium logs for an error page's own status), no
    script error, no dialog, no request to another host."""
    expected = f"the server responded with a status of {page_status} "
    assert [e for e in watch.console_errors if not (page_status and expected in e)] == []
    assert watch.page_errors == []
    assert watch.foreign_requests == []
    assert watch.dialogs == []

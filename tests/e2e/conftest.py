"""Shared fixtures for the browser tests: one headless Chromium per session, a fresh page
per test that records console errors, dialogs and requests to other hosts, and the folder
where screenshots are saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ALLOWED_HOSTS = frozenset({"127.0.0.1"})


@dataclass
class PageWatch:
    """What a page did that a test may want to forbid."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing: apt-get install -y chromium chromium-driver")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture
def watched_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    """A 1400x900 page; requests to hosts other than 127.0.0.1 are recorded and aborted.

    The page bypasses the app's Content-Security-Policy so that Playwright may evaluate its
    own expressions (``wait_for_function`` with a string uses ``eval``); the policy itself
    is checked with :func:`strict_page` (``test_content_policy.py``).
    """
    yield from _watched(browser, bypass_csp=True)


@pytest.fixture
def strict_page(browser: Browser) -> Iterator[tuple[Page, PageWatch]]:
    """Like :func:`watched_page`, with the app's Content-Security-Policy enforced."""
    yield from _watched(browser, bypass_csp=False)


def _watched(browser: Browser, *, bypass_csp: bool) -> Iterator[tuple[Page, PageWatch]]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
    page = context.new_page()
    watch = PageWatch()

    def on_dialog(dialog: object) -> None:
        watch.dialogs.append(getattr(dialog, "message", "?"))
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("console", lambda m: watch.console_errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    page.on("dialog", on_dialog)

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in ALLOWED_HOSTS:
            watch.foreign_requests.append(url)
            r.abort()  # type: ignore[attr-defined]
        else:
            r.continue_()  # type: ignore[attr-defined]

    page.route("**/*", route)
    yield page, watch
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

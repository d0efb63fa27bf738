"""What several answers share: rows, checks of a date range, the cap on page sizes, and the
date of a meeting as text."""

from __future__ import annotations

from typing import Any

from core.errors import InvalidInput

Row = dict[str, Any]
"""One record of a Cypher module, as a dict."""


def date_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The dates as given, refused (422, naming ``date_from``) when the range is backwards."""
    if date_from and date_to and date_from > date_to:
        raise InvalidInput(
            "date_from is after date_to",
            [{"loc": ["query", "date_from"], "msg": "must not be after date_to"}],
        )
    return date_from, date_to


def page_size(asked: int | None, default: int, cap: int) -> int:
    """How many rows a page holds: what was asked (or the default), never above the cap."""
    return min(asked or default, cap)


def when(meeting: Row) -> str:
    """A date as precise as the source allows: '2020-01-13', 'week of 2018-06-24', '2017'."""
    start = meeting.get("date_start")
    precision = meeting.get("date_precision")
    if not start:
        text = "date unknown"
    elif precision == "year":
        text = start[:4]
    elif precision == "month":
        text = start[:7]
    elif precision == "week":
        text = f"week of {start}"
    else:
        text = start
    if meeting.get("date_text"):
        text += f" (“{meeting['date_text']}”)"
    return text

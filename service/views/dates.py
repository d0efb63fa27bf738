"""Dates as precise as their source: "13 Jan 2020", "week of 24 Jun 2018", "June 2018", "2017".

A meeting's ``date_start`` is stored as a full date even when the source only says "about a
year ago" (``date_precision: year``); these helpers never show more than the source said.
"""

from __future__ import annotations

from datetime import date

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _parse(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def date_label(start: str | None, precision: str | None, end: str | None = None) -> str:
    """``start`` shown with ``precision`` (day, week, month, year, unknown); a day range
    when ``end`` is a later day of a day-precise meeting."""
    first = _parse(start)
    if first is None:
        return "date unknown"
    match precision:
        case "year":
            return str(first.year)
        case "month":
            return f"{MONTH_NAMES[first.month - 1]} {first.year}"
        case "week":
            return f"week of {_day(first)}"
        case "unknown":
            return f"{first.year} (date uncertain)"
    last = _parse(end)
    if last is not None and last > first:
        return f"{_day(first)} – {_day(last)}"
    return _day(first)


def _day(value: date) -> str:
    return f"{value.day} {MONTH_ABBR[value.month - 1]} {value.year}"


def precise_iso(start: str | None, precision: str | None) -> str | None:
    """The ISO prefix the source supports: ``YYYY`` for a year, ``YYYY-MM`` for a month,
    the day otherwise (a week keeps its first day)."""
    if not start:
        return None
    if precision == "year":
        return start[:4]
    if precision == "month":
        return start[:7]
    return start[:10]

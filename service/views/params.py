"""Query parameters of the pages, read as text and checked here, so that a wrong one gets an
HTML page naming the field rather than FastAPI's JSON."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated

from fastapi import Query

from core.errors import InvalidInput
from service.answers.common import date_range

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Text = str | None
FormatParam = Annotated[Text, Query(description="json: the graph behind the page")]


def blank(value: Text) -> str | None:
    return value.strip() if value and value.strip() else None


def date(value: Text, name: str) -> str | None:
    value = blank(value)
    if value is not None and not ISO_DATE.match(value):
        raise InvalidInput(
            f"{name} must be a date as YYYY-MM-DD, got {value!r}",
            [{"loc": ["query", name], "msg": "expected YYYY-MM-DD"}],
        )
    return value


def dates(date_from: Text, date_to: Text) -> tuple[str | None, str | None]:
    return date_range(date(date_from, "date_from"), date(date_to, "date_to"))


def number(value: Text, name: str, low: float, high: float, default: float) -> float:
    value = blank(value)
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not low <= number <= high:
        raise InvalidInput(
            f"{name} must be a number from {low:g} to {high:g}, got {value!r}",
            [{"loc": ["query", name], "msg": f"expected {low:g}..{high:g}"}],
        )
    return number


def choice(value: Text, name: str, options: Iterable[str]) -> str | None:
    value = blank(value)
    allowed = list(options)
    if value is not None and value not in allowed:
        raise InvalidInput(
            f"{name} must be one of {', '.join(allowed)}; got {value!r}",
            [{"loc": ["query", name], "msg": "unknown value"}],
        )
    return value


def required(value: Text, name: str) -> str:
    found = blank(value)
    if found is None:
        raise InvalidInput(f"{name} is missing", [{"loc": ["query", name], "msg": "required"}])
    return found

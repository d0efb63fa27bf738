"""Query parameters and error descriptions several routes declare alike."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

DateParam = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", examples=["2018-01-01"])]
"""A day as YYYY-MM-DD."""

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"description": "Unknown actor; the body suggests close names"},
    409: {"description": "Ambiguous name; the body lists the candidates"},
}
"""The answers of a route that resolves an actor's name."""

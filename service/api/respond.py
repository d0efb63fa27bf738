"""JSON answers serialised once: orjson over the answer's plain rows.

A route that returns a dict under a ``response_model`` has FastAPI validate it against the
model and serialise it again; the rows come from the query modules already in the model's
shape (the schema tests check every answer against the OpenAPI schema), so routes return
:func:`json_answer` instead and the model only documents the answer in OpenAPI.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import Response


def _default(value: Any) -> Any:
    """Values orjson does not know: Neo4j's temporal types, as ISO text."""
    iso = getattr(value, "iso_format", None)
    if callable(iso):
        return iso()
    raise TypeError(f"not JSON: {type(value).__name__}")


class JSONAnswer(Response):
    """``application/json`` rendered by orjson (UTF-8, no validation)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, default=_default)


def json_answer(content: Any, status_code: int = 200) -> Response:
    """The answer as JSON, serialised once."""
    return JSONAnswer(content, status_code=status_code)

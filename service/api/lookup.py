"""Turning what a user typed (an id, a name, an alias) into one actor, or a helpful error.

Unknown names are a 404 that suggests the closest names; ambiguous ones a 409 that lists
the candidates.
"""

from __future__ import annotations

from typing import Any

from core.errors import Ambiguous, BadRequest, NotFound
from core.names import normal_name, search_words
from service.db import Repository


async def suggestions(repo: Repository, text: str, limit: int = 5) -> list[dict[str, Any]]:
    words = search_words(text)
    if not words:
        return []
    rows = await repo.run("queries/actor_search", {"q": words, "type": None, "limit": limit})
    return [{"id": r["id"], "name": r["name"], "type": r["type"]} for r in rows]


async def resolve_actor(repo: Repository, text: str, field: str = "actor") -> dict[str, Any]:
    """The actor ``text`` means: by id, then by normal name or alias."""
    text = text.strip()
    if not text:
        raise BadRequest(f"{field} is empty", [{"loc": [field], "msg": "give an id or a name"}])
    rows = await repo.run("queries/actor_lookup", {"id": text, "key": normal_name(text)})
    best = [r for r in rows if r["rank"] == rows[0]["rank"]] if rows else []
    if len(best) == 1:
        return best[0]
    if len(best) > 1:
        raise Ambiguous(
            f"{field} {text!r} matches {len(best)} actors; use one of their ids",
            [{"loc": [field], "candidates": best}],
        )
    near = await suggestions(repo, text)
    hint = f"; did you mean {', '.join(repr(s['name']) for s in near[:3])}?" if near else ""
    raise NotFound(
        f"no actor matches {field} {text!r}{hint}", [{"loc": [field], "suggestions": near}]
    )

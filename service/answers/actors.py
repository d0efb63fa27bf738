"""Actors: turning what a user typed (an id, a name, an alias) into one actor or a helpful
error, searching by name, and an actor's profile.

Unknown names are a 404 that suggests the closest names; ambiguous ones a 409 that lists the
candidates. The ranking (id, then normal name, then alias) is the ``actor_lookup`` module's.
"""

from __future__ import annotations

from core.errors import Ambiguous, InvalidInput, NotFound
from core.names import normal_name, search_words
from service.answers.common import Row
from service.db import Repository


def actor_ref(actor: Row) -> Row:
    """The id, name, type and country of a resolved actor."""
    return {k: actor.get(k) for k in ("id", "name", "type", "country")}


def may_be_id(text: str) -> bool:
    """Whether ``text`` could be an actor's id as it stands (ids are lower case, no spaces):
    a module can then be asked straight away, the actor found by its id."""
    text = text.strip()
    return bool(text) and text == text.lower() and not any(ch.isspace() for ch in text)


def named_in(rows: list[Row], text: str) -> Row | None:
    """The actor that rows of a module name in ``actor_id``, ``actor_name``, ``actor_type``
    and ``actor_country`` when it is the actor with the id ``text``; those last two columns
    leave the rows (the answer states them once)."""
    found = None
    if rows and rows[0]["actor_id"] == text.strip():
        first = rows[0]
        found = {
            "id": first["actor_id"],
            "name": first["actor_name"],
            "type": first.get("actor_type"),
            "country": first.get("actor_country"),
        }
    for row in rows:
        row.pop("actor_type", None)
        row.pop("actor_country", None)
    return found


async def best_matches(repo: Repository, text: str) -> list[Row]:
    """The actors ``text`` names at the best rank the lookup found: one, several, or none."""
    rows = await repo.run("queries/actor_lookup", {"id": text, "key": normal_name(text)})
    return [r for r in rows if r["rank"] == rows[0]["rank"]] if rows else []


async def search(
    repo: Repository, text: str, actor_type: str | None = None, limit: int = 10
) -> list[Row]:
    """Actors whose name or alias matches the words of ``text`` (full-text, fuzzy)."""
    words = search_words(text)
    if not words:
        return []
    return await repo.run("queries/actor_search", {"q": words, "type": actor_type, "limit": limit})


async def suggestions(repo: Repository, text: str, limit: int = 5) -> list[Row]:
    rows = await search(repo, text, None, limit)
    return [{"id": r["id"], "name": r["name"], "type": r["type"]} for r in rows]


async def resolve_actor(repo: Repository, text: str, field: str = "actor") -> Row:
    """The actor ``text`` means: by id, then by normal name or alias."""
    text = text.strip()
    if not text:
        raise InvalidInput(
            f"{field} is empty", [{"loc": ["query", field], "msg": "give an id or a name"}]
        )
    best = await best_matches(repo, text)
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


async def profile_of(repo: Repository, actor_id: str) -> Row | None:
    """The profile of a resolved actor: positions, memberships, country, counts."""
    rows = await repo.run("queries/actor_profile", {"id": actor_id})
    return rows[0] if rows else None


async def profile(repo: Repository, text: str, field: str = "actor_id") -> Row:
    """The profile of the actor ``text`` names; a 404 when there is none."""
    actor = await resolve_actor(repo, text, field)
    found = await profile_of(repo, str(actor["id"]))
    if found is None:
        raise NotFound(f"no actor {text!r}")
    return found

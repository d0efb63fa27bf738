"""Intermediaries and channels between two actors or countries, the channels of one side, or
the top brokers overall."""

from __future__ import annotations

from core.errors import BadRequest
from service.answers.actors import actor_ref, resolve_actor
from service.answers.common import Row
from service.db import Repository


async def channels(repo: Repository, a: str | None, b: str | None, limit: int) -> Row:
    """Brokers between ``a`` and ``b``; of one of them; or the top ones when neither is given."""
    side_a = await resolve_actor(repo, a, "a") if a else None
    side_b = await resolve_actor(repo, b, "b") if b else None
    if side_a and side_b and side_a["id"] == side_b["id"]:
        raise BadRequest(
            "a and b are the same actor", [{"loc": ["query", "b"], "msg": "give two sides"}]
        )
    rows = await repo.run(
        "queries/channels",
        {
            "a": side_a["id"] if side_a else None,
            "b": side_b["id"] if side_b else None,
            "limit": limit,
        },
    )
    mode = "between" if side_a and side_b else "of" if side_a or side_b else "top"
    return {
        "a": actor_ref(side_a) if side_a else None,
        "b": actor_ref(side_b) if side_b else None,
        "mode": mode,
        "limit": limit,
        "brokers": rows,
    }

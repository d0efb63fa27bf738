"""Actions around meetings: who boycotted, invited, prevented, detained, transported,
sanctioned or issued a warrant against whom, around which meeting."""

from __future__ import annotations

from core.errors import NotFound
from core.vocabulary import ActionType
from service.answers.actors import resolve_actor
from service.answers.common import Row
from service.db import Repository


async def actions(
    repo: Repository,
    action_type: ActionType | None,
    actor: str | None,
    meeting: str | None,
    limit: int,
) -> Row:
    """The actions that pass the filters: a type, an actor on either side, a meeting."""
    found = await resolve_actor(repo, actor) if actor else None
    if meeting and not await repo.run("queries/meeting", {"id": meeting}):
        raise NotFound(
            f"no meeting {meeting!r}", [{"loc": ["query", "meeting"], "msg": "unknown id"}]
        )
    rows = await repo.run(
        "queries/actions",
        {
            "type": action_type,
            "actor": found["id"] if found else None,
            "meeting": meeting,
            "limit": limit,
        },
    )
    return {
        "total": rows[0]["total"] if rows else 0,
        "limit": limit,
        "filters": {
            "type": action_type,
            "actor": found["id"] if found else None,
            "meeting": meeting,
        },
        "actions": rows,
    }

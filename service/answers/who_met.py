"""*Who met X*: every counterpart of an actor, one row each (aggregated and paged on the
server by ``queries/who_met``), with its latest meetings, their places, channels and quotes;
one line per meeting for analysts; the same as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from core.vocabulary import ActorType
from service.answers.actors import actor_ref, may_be_id, named_in, resolve_actor
from service.answers.common import Row, date_range, when
from service.db import Repository
from service.exports.formats import safe_cell


@dataclass(frozen=True)
class WhoMetQuery:
    """The filters and the page of a who-met question."""

    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float = 0.0
    counterpart_type: ActorType | None = None
    per_counterpart: int = 10
    skip: int = 0
    limit: int = 50

    def params(self, actor_id: str) -> Row:
        """The parameters of ``queries/who_met``."""
        return {
            "actor": actor_id,
            "date_from": self.date_from,
            "date_to": self.date_to,
            "min_confidence": self.min_confidence,
            "counterpart_type": self.counterpart_type,
            "per_counterpart": self.per_counterpart,
            "skip": self.skip,
            "limit": self.limit,
        }


@dataclass(frozen=True)
class WhoMet:
    """The answer: the actor, its counterparts (one row each) and the total before paging."""

    actor: Row
    counterparts: list[Row]
    query: WhoMetQuery = field(default_factory=WhoMetQuery)

    @property
    def total(self) -> int:
        return int(self.counterparts[0]["total"]) if self.counterparts else 0

    def summary(self) -> list[str]:
        return notes(str(self.actor["name"]), self.counterparts)

    def as_json(self) -> Row:
        return {
            "actor": actor_ref(self.actor),
            "total": self.total,
            "skip": self.query.skip,
            "limit": self.query.limit,
            "counterparts": self.counterparts,
            "summary": self.summary(),
        }

    def as_csv(self) -> str:
        return to_csv(str(self.actor["name"]), self.counterparts)


async def who_met(repo: Repository, actor: str, query: WhoMetQuery, field: str = "actor") -> WhoMet:
    """Who met the actor ``actor`` names (an id, a name or an alias).

    What looks like an id is asked straight away: the module finds the actor by its id and
    says who it is in every row, so one query answers (an id names one actor: nothing to
    resolve). Otherwise, or when that finds nothing, the name is resolved first.
    """
    date_range(query.date_from, query.date_to)
    if may_be_id(actor):
        rows = await repo.who_met(query.params(actor.strip()))
        found = named_in(rows, actor)
        if found is not None:
            return WhoMet(found, rows, query)
    found = await resolve_actor(repo, actor, field)
    rows = await repo.who_met(query.params(str(found["id"])))
    named_in(rows, str(found["id"]))
    return WhoMet(found, rows, query)


def notes(actor: str, rows: list[Row]) -> list[str]:
    """One line per meeting an analyst can paste: who, when, where, via what, the source."""
    meetings: dict[str, Row] = {}
    people: dict[str, list[str]] = {}
    for counterpart in rows:
        for m in counterpart["meetings"]:
            meetings.setdefault(m["id"], m)
            roles = [r.replace("_", " ") for r in m.get("counterpart_roles") or []]
            who = counterpart["name"]
            if roles and roles != ["participant"]:
                who += f" ({', '.join(roles)})"
            if m.get("on_behalf_of"):
                who += f" on behalf of {', '.join(m['on_behalf_of'])}"
            people.setdefault(m["id"], []).append(who)
    lines = []
    ordered = sorted(meetings.values(), key=lambda m: m.get("date_start") or "", reverse=True)
    for m in ordered:
        where = m.get("place") or "place unknown"
        if m.get("place_country") and m["place_country"] not in where:
            where += f", {m['place_country']}"
        line = f"{when(m)}: {actor} — {m['kind']} with {'; '.join(people[m['id']])} at {where}"
        flags = [m["status"]] if m.get("status") not in (None, "held") else []
        flags += ["secret"] if m.get("secret") else []
        if flags:
            line += f" [{', '.join(flags)}]"
        channels = "; ".join(
            c["kind"].replace("_", " ")
            # a means of its own (phone, video, letter) is named by its kind alone
            + ("" if c.get("through") == c["kind"] else f" {c.get('through') or '?'}")
            + (f" ({c['detail']})" if c.get("detail") else "")
            for c in m.get("channels") or []
        )
        if channels:
            line += f"; via {channels}"
        for src in (m.get("sources") or [])[:2]:
            outlet = src.get("outlet") or src["document"]
            line += f". {outlet}, {src.get('published')}: “{src.get('quote')}”"
        lines.append(line)
    return lines


class _Cells:
    """Writes rows with every text cell escaped (:func:`service.exports.formats.safe_cell`)."""

    def __init__(self, out: io.StringIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([v if isinstance(v, (int, float)) else safe_cell(v) for v in row])


def to_csv(actor: str, rows: list[Row]) -> str:
    """One CSV line per (counterpart, meeting), with its first source; no cell starts a formula."""
    out = io.StringIO()
    writer = _Cells(out)
    writer.writerow(
        ["actor", "counterpart", "counterpart_id", "counterpart_type", "role", "on_behalf_of",
         "meeting_id", "kind", "date_start", "date_end", "date_precision", "date_text", "status",
         "place", "place_country", "channels", "source", "published", "quote", "confidence"]
    )  # fmt: skip
    for c in rows:
        for m in c["meetings"]:
            src = (m.get("sources") or [{}])[0]
            writer.writerow(
                [
                    actor, c["name"], c["id"], c["type"], ";".join(m["counterpart_roles"]),
                    ";".join(m["on_behalf_of"]), m["id"], m["kind"], m["date_start"],
                    m["date_end"], m["date_precision"], m["date_text"], m["status"], m["place"],
                    m["place_country"],
                    "; ".join(f"{x['kind']}:{x.get('through')}" for x in m["channels"]),
                    src.get("outlet") or src.get("document"), src.get("published"),
                    src.get("quote"), m["confidence"],
                ]
            )  # fmt: skip
    return out.getvalue()


async def colleagues(repo: Repository, actor_id: str, limit: int = 50) -> list[Row]:
    """Who came on the actor's own side of its meetings (``queries/same_side``): colleagues
    there, not counterparts."""
    return await repo.run("queries/same_side", {"actor": actor_id, "limit": limit})

"""The answer shown as text beside the graph: a chronology of meetings, one row per
counterpart and meeting, as the who-met answer gives them, and the facts of one meeting.

Pure functions over the rows of the ``who_met`` and ``meeting`` query modules. Every row
names the graph nodes it stands for (``nodes``), so the page links rows and graph both ways.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from service.views.dates import date_label
from service.views.graphs.common import joined_channels

Row = Mapping[str, Any]


@dataclass(frozen=True)
class Link:
    """A name and the page it leads to."""

    text: str
    url: str


@dataclass(frozen=True)
class ChronologyRow:
    """One meeting with one counterpart, every column as text."""

    meeting_id: str
    meeting_url: str
    date: str
    date_sort: str
    date_text: str | None
    kind: str
    title: str | None
    place: str | None
    counterpart: Link
    counterpart_id: str
    roles: list[str]
    on_behalf_of: list[str]
    side: str | None
    channels: list[str]
    secret: bool
    status: str
    outlet: str | None
    published: str | None
    document_title: str | None
    quote: str | None
    nodes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Answer:
    """What the answer box says: a heading, a summary line, and the rows."""

    heading: str
    summary: str
    rows: list[ChronologyRow]
    colleagues: list[str] = field(default_factory=list)
    facts: list[tuple[str, str]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    by_side: bool = False
    """Rows of one meeting, grouped by side (else a chronology, newest first)."""
    paths: list[tuple[str, list[str]]] = field(default_factory=list)
    """Ranked paths: their text and the graph nodes each goes through."""


def _words(text: object) -> str:
    return str(text).replace("_", " ")


def _place(m: Row) -> str | None:
    where = m.get("place")
    if where and m.get("place_country") and m["place_country"] not in where:
        return f"{where}, {m['place_country']}"
    return str(where) if where else (str(m["place_country"]) if m.get("place_country") else None)


def channel_line(channel: Row) -> str:
    """``back channel: Russian-Emirati channel (detail)``."""
    kind = _words(channel.get("kind") or "channel")
    if channel.get("through") == channel.get("kind"):  # a means of its own: phone, video, letter
        text = kind
    else:
        text = f"{kind}: {channel.get('through') or '?'}"
    return text + (f" ({channel['detail']})" if channel.get("detail") else "")


def _when(m: Row) -> str:
    return date_label(m.get("date_start"), m.get("date_precision"), m.get("date_end"))


def _who_met_url(actor_id: str) -> str:
    return f"/who-met?actor={quote(actor_id, safe='')}"


def meeting_url(meeting_id: str) -> str:
    return f"/meetings/{quote(meeting_id, safe='')}"


def _meeting_columns(m: Row) -> dict[str, Any]:
    """The columns of a row that say which meeting it is: id, link, date, kind, title, place."""
    return {
        "meeting_id": str(m["id"]),
        "meeting_url": meeting_url(str(m["id"])),
        "date": _when(m),
        "date_sort": str(m.get("date_start") or ""),
        "date_text": m.get("date_text"),
        "kind": str(m.get("kind") or "meeting"),
        "title": m.get("title"),
        "place": _place(m),
    }


def who_met_rows(centre: str, counterparts: Sequence[Row]) -> list[ChronologyRow]:
    """One row per counterpart and meeting of the ``who_met`` answer, newest first."""
    rows: list[ChronologyRow] = []
    for c in counterparts:
        cid = str(c["id"])
        for m in c.get("meetings") or []:
            source: Row = (m.get("sources") or [{}])[0]
            sides = [s for s in m.get("counterpart_sides") or [] if s]
            rows.append(
                ChronologyRow(
                    **_meeting_columns(m),
                    counterpart=Link(str(c.get("name") or cid), _who_met_url(cid)),
                    counterpart_id=cid,
                    roles=[_words(r) for r in m.get("counterpart_roles") or [] if r],
                    on_behalf_of=[str(b) for b in m.get("on_behalf_of") or []],
                    side=", ".join(_words(s) for s in sides) or None,
                    channels=[channel_line(ch) for ch in joined_channels(m, cid)],
                    secret=bool(m.get("secret")),
                    status=str(m.get("status") or "held"),
                    outlet=source.get("outlet") or source.get("document"),
                    published=source.get("published"),
                    document_title=source.get("title"),
                    quote=source.get("quote"),
                    nodes=[centre, cid],
                )
            )
    rows.sort(key=lambda r: (r.date_sort, r.counterpart.text), reverse=True)
    return rows


def who_met_answer(
    actor: Row, counterparts: Sequence[Row], colleagues: Sequence[Row] = ()
) -> Answer:
    """The chronology of ``actor``'s meetings with its counterparts."""
    centre = str(actor["id"])
    rows = who_met_rows(centre, counterparts)
    meetings = {r.meeting_id for r in rows}
    total = int(counterparts[0]["total"]) if counterparts else 0
    if rows:
        dated = [r for r in rows if r.date_sort]
        span = (
            f", {min(dated, key=lambda r: r.date_sort).date} to "
            f"{max(dated, key=lambda r: r.date_sort).date}"
            if dated
            else ""
        )
        summary = (
            f"{actor.get('name')} met {total} counterpart{'s' if total != 1 else ''} "
            f"in {len(meetings)} meeting{'s' if len(meetings) != 1 else ''}{span}."
        )
    else:
        summary = f"No meeting of {actor.get('name')} is recorded."
    return Answer(
        heading=f"Who met {actor.get('name')}",
        summary=summary,
        rows=rows,
        colleagues=[
            f"{c.get('name')} ({c.get('meeting_count')} meeting"
            f"{'s' if c.get('meeting_count') != 1 else ''})"
            for c in colleagues
        ],
    )


def meeting_answer(m: Row) -> Answer:
    """One meeting whole: when, where, who on which side, via what, and its sources."""
    mid = f"meeting:{m['id']}"
    rows: list[ChronologyRow] = []
    source: Row = (m.get("sources") or [{}])[0]
    for p in m.get("participants") or []:
        pid = str(p["id"])
        behalf = p.get("on_behalf_of")
        rows.append(
            ChronologyRow(
                **_meeting_columns(m),
                counterpart=Link(str(p.get("name") or pid), _who_met_url(pid)),
                counterpart_id=pid,
                roles=[_words(p.get("role") or "participant")],
                on_behalf_of=[str(behalf)] if behalf else [],
                side=_words(p["side"]) if p.get("side") else None,
                channels=[
                    channel_line(ch)
                    for ch in m.get("channels") or []
                    if not ch.get("sides") or p.get("side") in ch["sides"]
                ],
                secret=bool(m.get("secret")),
                status=str(m.get("status") or "held"),
                outlet=source.get("outlet") or source.get("document"),
                published=source.get("published"),
                document_title=source.get("title"),
                quote=p.get("quote") or source.get("quote"),
                nodes=[pid, mid],
            )
        )
    rows.sort(key=lambda r: (r.side or "~", r.counterpart.text))
    facts = [
        ("When", _when(m)),
        ("As written", f"“{m['date_text']}”" if m.get("date_text") else "—"),
        ("Where", _place(m) or "place unknown"),
        ("Kind", _words(m.get("kind") or "meeting")),
        ("Status", str(m.get("status") or "held") + (" · secret" if m.get("secret") else "")),
    ]
    channels = [channel_line(ch) for ch in m.get("channels") or []]
    if channels:
        facts.append(("Channels", "; ".join(channels)))
    return Answer(
        heading=str(m.get("title") or m.get("kind") or m["id"]),
        summary=f"{len(rows)} participant{'s' if len(rows) != 1 else ''}.",
        rows=rows,
        facts=facts,
        sources=[dict(s) for s in m.get("sources") or []],
        by_side=True,
    )


def paths_answer(start: Row, end: Row, rows: Sequence[Row]) -> Answer:
    """The ranked paths between two actors, each a line that highlights it in the graph."""
    paths: list[tuple[str, list[str]]] = []
    for r in rows:
        steps = list(r.get("steps") or [])
        names = []
        for step in steps:
            if step.get("type") == "meeting":
                when = date_label(step.get("date_start"), step.get("date_precision"))
                names.append(f"[{step.get('name') or 'meeting'}, {when}]")
            else:
                names.append(str(step.get("name") or step["id"]))
        nodes = [
            f"meeting:{s['id']}" if s.get("type") == "meeting" else str(s["id"]) for s in steps
        ]
        meetings = int(r.get("meetings") or 0)
        head = f"{r.get('hops')} steps, {meetings} meeting{'s' if meetings != 1 else ''}: "
        paths.append((head + " → ".join(names), nodes))
    a, b = start.get("name"), end.get("name")
    return Answer(
        heading=f"How {a} and {b} are connected",
        summary=(
            f"{len(paths)} distinct path{'s' if len(paths) != 1 else ''}, shortest first; "
            "click one to see it in the graph."
            if paths
            else f"No connection between {a} and {b} within the step limit."
        ),
        rows=[],
        paths=paths,
    )

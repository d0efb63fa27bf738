"""The contact projection: ``(:Actor)-[:MET {meetings, first, last, latest, across…}]->(:Actor)``.

One ``MET`` per pair of actors that attended a meeting together, stored from the smaller id
to the larger: how many meetings they shared, the first and last date, and the ids of the
newest ten; and the same over the meetings where they sat across the table (``across``,
``across_first``, ``across_last``, ``across_latest``: not both on one ``ATTENDED.side``),
which is what *who met X* counts. Questions about a hub read its few thousand contacts
instead of expanding its tens of thousands of meetings.

The writer keeps it exact in the transaction that writes or retracts the facts: the meetings
a batch touches are snapshot (date, attendees and sides) before and after, under write
locks; pairs that only gained meetings are updated in place, pairs that lost one (a
retraction, a deleted meeting), whose meeting moved in time or whose sides changed are
recomputed from the graph. A forced reload that changes nothing changes no contact.
:func:`check` recomputes the whole projection and reports drift; :func:`rebuild` writes it
from scratch (after a bulk import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from neo4j import Driver, ManagedTransaction

from core import catalog

LATEST = 10  # meeting ids kept per contact: the newest, by date then id
DATES = ("first", "last", "across_first", "across_last")  # a contact's date properties

Pair = tuple[str, str]


@dataclass(frozen=True)
class Seen:
    """A meeting as a snapshot found it: its date and who attended on which side (or none)."""

    date: Any
    attended: frozenset[tuple[str, str | None]]

    @property
    def attendees(self) -> frozenset[str]:
        return frozenset(actor for actor, _ in self.attended)


Snapshot = dict[str, Seen]


def native(value: Any) -> Any:
    """A date the driver read (``neo4j.time.Date``) as Python's own ``datetime.date``, which
    compares and hashes many times faster; ``None`` stays ``None``."""
    return None if value is None else value.to_native()


def _read(result: Iterable[Any]) -> Snapshot:
    return {
        r["id"]: Seen(native(r["date"]), frozenset((a, side) for a, side in r["attended"]))
        for r in result
    }


def lock_actors(tx: ManagedTransaction, ids: Iterable[str]) -> None:
    """Write-lock these actors (in id order) for the rest of the transaction."""
    tx.run(catalog.query("projection/lock_actors"), ids=sorted(set(ids))).consume()


def snapshot(tx: ManagedTransaction, ids: Iterable[str]) -> Snapshot:
    """Date and attendees of the meetings ``ids`` that exist, each write-locked."""
    return _read(tx.run(catalog.query("projection/snapshot"), ids=sorted(set(ids))))


def snapshot_documents(tx: ManagedTransaction, doc_ids: Iterable[str]) -> Snapshot:
    """Date and attendees of every meeting these documents report, each write-locked."""
    return _read(
        tx.run(catalog.query("projection/snapshot_documents"), doc_ids=sorted(set(doc_ids)))
    )


def across(sides_a: Iterable[str | None], sides_b: Iterable[str | None]) -> bool:
    """Whether two attendees sat across the table: not both on one side (who_met's rule)."""
    a, b = set(sides_a), set(sides_b)
    if not a or not b:
        return False
    # some pair differs (or has no side), unless both hold one and the same side
    return None in a or None in b or len(a) > 1 or a != b


def _pairs(seen: Seen | None) -> dict[Pair, bool]:
    """The pairs of a meeting's attendees, each with whether the two sat across the table."""
    if seen is None:
        return {}
    sides: dict[str, set[str | None]] = {}
    for actor, side in seen.attended:
        sides.setdefault(actor, set()).add(side)
    return {(a, b): across(sides[a], sides[b]) for a, b in combinations(sorted(sides), 2)}


@dataclass
class Changes:
    """What a transaction did to the contacts: meetings gained per pair, pairs to recompute.

    ``seen``: the gained meetings as the after snapshot found them (date, sides), from which
    the gained pairs' new values are computed here rather than on the server.
    """

    gained: dict[Pair, list[str]] = field(default_factory=dict)
    recompute: set[Pair] = field(default_factory=set)
    seen: Snapshot = field(default_factory=dict)


def changes(before: Snapshot, after: Snapshot, deleted: Iterable[str] = ()) -> Changes:
    """Compare two snapshots of the same meetings.

    ``deleted``: actors deleted (with their contacts) in between, which the after snapshot
    may show again, re-created: their pairs are recomputed.
    """
    found = Changes(seen=after)
    gone = set(deleted)
    for mid in sorted(before.keys() | after.keys()):
        old, new = before.get(mid), after.get(mid)
        was, now = _pairs(old), _pairs(new)
        kept = was.keys() & now.keys()
        found.recompute |= was.keys() - now.keys()
        if old is not None and new is not None and old.date != new.date:
            found.recompute |= kept
        found.recompute |= {p for p in kept if was[p] != now[p]}  # a side changed
        if gone:
            found.recompute |= {p for p in kept if p[0] in gone or p[1] in gone}
        for pair in sorted(now.keys() - was.keys()):
            found.gained.setdefault(pair, []).append(mid)
    for pair in found.recompute:
        found.gained.pop(pair, None)
    return found


def _newest(dates: dict[str, Any]) -> list[str]:
    """Meeting ids by date, newest first (undated first, as Cypher's ``DESC`` puts nulls), then
    by id: the order of ``latest``."""
    if len(dates) < 2:
        return list(dates)
    by_id = sorted(dates)
    return sorted(by_id, key=lambda m: (dates[m] is None, dates[m] or _EARLIEST), reverse=True)


_EARLIEST = dt.date.min


def grown(
    stored: dict[str, Any] | None, gained: dict[str, Any], across_ids: set[str]
) -> dict[str, Any]:
    """A contact's properties once it gains meetings (``gained``: id -> date), computed as
    ``projection/recompute`` would from the graph: the stored contact (``None`` for a new
    one) with the dates of its latest meetings (``dates``: those not found are left out, as
    the server's look-up leaves them), plus the gained ones."""
    old = stored or {}
    latest = {**old.get("dates", {}), **gained}
    across_latest = {m: latest[m] for m in old.get("across_latest") or [] if m in latest}
    across_latest.update((m, gained[m]) for m in across_ids)
    known_dates = [d for d in gained.values() if d is not None]
    across_dates = [gained[m] for m in across_ids if gained[m] is not None]

    def low(a: Any, found: list[Any]) -> Any:
        return min([a, *found]) if a is not None else (min(found) if found else None)

    def high(a: Any, found: list[Any]) -> Any:
        return max([a, *found]) if a is not None else (max(found) if found else None)

    newest_across = _newest(across_latest)[:LATEST]
    return {
        "meetings": old.get("meetings", 0) + len(gained),
        "latest": _newest(
            {m: latest[m] for m in [*(old.get("latest") or []), *gained] if m in latest}
        )[:LATEST],
        "first": low(old.get("first"), known_dates),
        "last": high(old.get("last"), known_dates),
        "across": (old.get("across") or 0) + len(across_ids),
        "across_latest": newest_across or None,
        "across_first": low(old.get("across_first"), across_dates),
        "across_last": high(old.get("across_last"), across_dates),
    }


def _wire(props: dict[str, Any]) -> dict[str, Any]:
    """A contact's properties as sent: dates as ISO text, which the statements read back with
    ``date()`` (the driver packs a date several times slower than a string)."""
    for key in DATES:
        if props[key] is not None:
            props[key] = props[key].isoformat()
    return props


def apply(tx: ManagedTransaction, found: Changes) -> None:
    """Bring the contacts of the changed pairs up to date, inside the caller's transaction.

    Pairs that only gained meetings: their stored contacts are read (``projection/grown``),
    the new values computed here from the snapshot, and written in one statement; the rest
    are recomputed on the server (``projection/recompute``).
    """
    if found.gained:
        pairs = sorted(found.gained)
        stored = {
            (r["a"], r["b"]): (
                r["rel"],
                {k: native(v) if k in DATES else v for k, v in r["met"].items()},
            )
            for r in tx.run(catalog.query("projection/grown"), pairs=pairs)
        }
        dates = {mid: seen.date for mid, seen in found.seen.items()}
        wanted = {
            mid
            for _, met in stored.values()
            for mid in [*(met["latest"] or []), *(met["across_latest"] or [])]
            if mid not in dates
        }
        if wanted:
            result = tx.run(catalog.query("projection/dates"), ids=sorted(wanted))
            dates.update((r["id"], native(r["date"])) for r in result)
        created: list[list[Any]] = []
        updated: list[list[Any]] = []
        sat: dict[str, dict[Pair, bool]] = {}  # each gained meeting's pairs, across or not
        for pair in pairs:
            ids = found.gained[pair]
            gained = {m: found.seen[m].date for m in ids}
            for m in ids:
                if m not in sat:
                    sat[m] = _pairs(found.seen[m])
            across_ids = {m for m in ids if sat[m].get(pair)}
            rel, met = stored.get(pair, (None, None))
            if met is not None:
                latest = [*(met["latest"] or []), *(met["across_latest"] or [])]
                met = {**met, "dates": {m: dates[m] for m in latest if m in dates}}
            props = grown(met, gained, across_ids)
            if rel is None:
                created.append([pair[0], pair[1], _wire(props)])
            else:
                updated.append([rel, _wire(props)])
        if created:
            tx.run(catalog.query("projection/create"), rows=created).consume()
        if updated:
            tx.run(catalog.query("projection/update"), rows=updated).consume()
    if found.recompute:
        rows = [{"a": a, "b": b} for a, b in sorted(found.recompute)]
        tx.run(catalog.query("projection/recompute"), rows=rows).consume()


def _actor_pages(driver: Driver, database: str, size: int) -> Iterator[list[str]]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Actor) WHERE EXISTS { (a)-[:ATTENDED|MET]-() } RETURN a.id AS id ORDER BY id",
        database_=database,
    )
    ids = [r["id"] for r in records]
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def rebuild(driver: Driver, database: str, page: int = 200) -> int:
    """Write the whole projection from the meetings; return the number of contacts."""
    statement = catalog.query("projection/rebuild")

    def work(tx: ManagedTransaction, ids: list[str]) -> None:
        tx.run(statement, ids=ids).consume()

    for ids in _actor_pages(driver, database, page):
        with driver.session(database=database) as session:
            session.execute_write(work, ids)
    records, _, _ = driver.execute_query(
        "MATCH ()-[r:MET]->() RETURN count(r) AS n", database_=database
    )
    return int(records[0]["n"])


def outdated(driver: Driver, database: str) -> bool:
    """True when the contacts are not those this version keeps: some contact was written
    before contacts counted the meetings across the table (no ``across``), or there are none
    while meetings have two attendees (a graph loaded before there were contacts; meeting
    matching reads them). :func:`rebuild` brings such a database up to date."""
    records, _, _ = driver.execute_query(
        "OPTIONAL MATCH ()-[k:MET]->() WHERE k.across IS NULL WITH k LIMIT 1 "
        "RETURN k IS NOT NULL OR (NOT EXISTS { ()-[:MET]->() } AND EXISTS { "
        "MATCH (m:Meeting) WHERE COUNT { (m)<-[:ATTENDED]-() } >= 2 }) AS outdated",
        database_=database,
    )
    return bool(records[0]["outdated"])


@dataclass
class Drift:
    """How the stored projection differs from a recomputation."""

    contacts: int = 0
    missing: list[Pair] = field(default_factory=list)
    extra: list[Pair] = field(default_factory=list)
    wrong: list[tuple[Pair, dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.wrong)


def _as_values(record: Any) -> dict[str, Any]:
    return {
        "meetings": record["meetings"],
        "first": record["first"],
        "last": record["last"],
        "latest": list(record["latest"] or []),
        "across": record["across"],
        "across_first": record["across_first"],
        "across_last": record["across_last"],
        "across_latest": list(record["across_latest"] or []),
    }


def check(driver: Driver, database: str, page: int = 200) -> Drift:
    """Recompute every contact from the meetings and compare with the stored ones."""
    drift = Drift()
    expected_q = catalog.query("projection/expected")
    stored_q = catalog.query("projection/stored")
    for ids in _actor_pages(driver, database, page):
        expected = {
            (r["a"], r["b"]): _as_values(r)
            for r in driver.execute_query(expected_q, ids=ids, database_=database).records
        }
        stored = {
            (r["a"], r["b"]): _as_values(r)
            for r in driver.execute_query(stored_q, ids=ids, database_=database).records
        }
        drift.contacts += len(stored)
        for pair, want in expected.items():
            have = stored.get(pair)
            if have is None:
                drift.missing.append(pair)
            elif have != want:
                drift.wrong.append((pair, want, have))
        drift.extra.extend(pair for pair in stored if pair not in expected)
    reversed_ = driver.execute_query(
        "MATCH (a:Actor)-[:MET]->(b:Actor) WHERE a.id >= b.id RETURN a.id AS a, b.id AS b",
        database_=database,
    ).records
    drift.extra.extend((r["a"], r["b"]) for r in reversed_)
    return drift

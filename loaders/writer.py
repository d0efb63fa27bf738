"""The batched Neo4j writer: one document's facts in one transaction, ``UNWIND $rows … MERGE``.

A document whose facts are unchanged since the last load is skipped; a changed one is first
retracted (its provenance removed, what only it supported deleted), then written again, in
the same transaction. Either everything of a document is written, or nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from neo4j import Driver, ManagedTransaction

from core import catalog
from core.vocabulary import ACTOR_LABELS, LINK_TYPES
from loaders import projection
from loaders.resolve import Rows

TARGET_LABELS = ("Actor", "Place", "Meeting", "Channel")


def _template(name: catalog.Module, **slots: str) -> str:
    """A write module with its fixed slots (labels, types from the whitelists) filled in."""
    text = catalog.query(name)
    for slot, value in slots.items():
        text = text.replace(f"__{slot}__", value)
    return text


def _check(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


WRITE_LOCK = "MERGE (l:WriteLock {id: 'graph'}) SET l.taken = true"


def take_write_lock(tx: ManagedTransaction) -> None:
    """Hold the graph's write lock until this transaction ends.

    Matching a document's meetings and actors against the graph, then merging, is only
    right if no other loader writes in between: a meeting another transaction has written
    but not committed is invisible to the match, and would be created twice. So every write
    transaction first locks one node (its id is unique: ``write_lock_id`` in the schema),
    and concurrent loaders take turns, each seeing what the others committed.
    """
    tx.run(WRITE_LOCK).consume()


def known_actor_ids_in(tx: ManagedTransaction, keys: list[str]) -> dict[str, str]:
    """Existing actors by normal name or alias, read inside the caller's transaction."""
    if not keys:
        return {}
    result = tx.run(catalog.query("writes/known_actors"), keys=sorted(set(keys)))
    return {r["key"]: r["id"] for r in result}


def known_actor_ids(driver: Driver, database: str, keys: list[str]) -> dict[str, str]:
    """Existing actors by normal name or alias: ``"kind:key" -> id``."""
    if not keys:
        return {}
    records, _, _ = driver.execute_query(
        catalog.query("writes/known_actors"), keys=sorted(set(keys)), database_=database
    )
    return {r["key"]: r["id"] for r in records}


def write_rows(tx: ManagedTransaction, batch: list[Rows], replace: set[str]) -> None:
    """Write the rows of several documents inside the caller's transaction.

    Each statement runs once for a whole wave of documents (rows concatenated): few, fat
    round trips. Documents in ``replace`` are retracted first. A document that may report
    a meeting an earlier document of the wave writes starts the next wave, whose meetings
    are matched against what the earlier waves wrote: the graph ends as if the documents
    had been written one by one (:func:`waves`). The contact projection follows in the same
    transaction (:mod:`loaders.projection`).
    """
    projection.lock_actors(tx, (row["actor"] for rows in batch for row in rows.attended))
    fixed: set[str] = set()
    deleted: set[str] = set()
    before: projection.Snapshot = {}
    if replace:
        before = projection.snapshot_documents(tx, replace)
        fixed = _keep_meeting_ids(tx, [rows for rows in batch if rows.document["id"] in replace])
        deleted = retract(tx, sorted(replace))
    pending = batch
    while pending:
        # the documents that may go together, then those of them that still may once their
        # meetings are matched (one that joins a stored meeting reaches further)
        wave = pending[: waves(pending, fixed, {}, {})]
        found = _match_meetings(tx, wave, fixed)
        size = waves(wave, fixed, found, _stored_meetings(tx, set(found.values())))
        wave, pending = wave[:size], pending[size:]
        mine = {m["id"] for rows in wave for m in rows.meetings}
        old, found, renamed = _take_smallest_ids(tx, {k: v for k, v in found.items() if k in mine})
        before.update(old)
        for rows in wave:
            _rename_meetings(rows, found)
        for rows in pending:  # a replaced document's rows may name a meeting just renamed
            _rename_meetings(rows, renamed)
        written = [m["id"] for rows in wave for m in rows.meetings]
        before.update(projection.snapshot(tx, set(written) - before.keys()))
        # not stored (nor retracted here) and reported once: created whole, nothing merged
        once = {mid for mid, n in Counter(written).items() if n == 1}
        new = once - before.keys()
        created = _new_meetings(wave, new)
        _write_facts(tx, wave, new, created, replace)
        after = projection.snapshot(tx, (set(written) - new) | before.keys())
        after.update(_as_seen(created))
        projection.apply(tx, projection.changes(before, after, deleted))
        before, deleted = {}, set()


SPAN = {"day": 1, "week": 7, "month": 31}  # days apart two reports of one meeting may be


def _stored_meetings(tx: ManagedTransaction, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Date, precision, places and attendees of the stored meetings ``ids``
    (``writes/stored_meetings``)."""
    if not ids:
        return {}
    result = tx.run(catalog.query("writes/stored_meetings"), ids=sorted(ids))
    return {r["id"]: dict(r) for r in result}


def waves(
    batch: list[Rows],
    fixed: set[str],
    found: dict[str, str],
    stored: dict[str, dict[str, Any]],
) -> int:
    """How many documents from the start of ``batch`` can be written at once.

    ``writes/match_meetings`` matches a document's new meetings against the graph as it was
    before the wave. A meeting of a later document might have matched a meeting an earlier
    document of the wave writes (or merges into a stored one: ``found``) when it shares at
    least two participants with it, and at least half of its own, at a near date, at the same
    place or where either names none; that document waits for the next wave. ``stored``:
    date, precision, places and attendees of the stored meetings in ``found``
    (:func:`_stored_meetings`). The test is looser
    than the match (the merged meeting's date is any of its reports' or the stored one, told
    to the coarsest of their precisions): it never lets two reports of one meeting into one
    wave.
    """
    seen: list[_Seen] = []
    index: dict[str, int] = {}  # meeting id -> its place in seen
    by_pair: dict[tuple[str, str], set[int]] = {}  # the meetings seen that two actors are in
    for n, rows in enumerate(batch):
        for m in rows.meetings:
            if not m["key"].startswith("m-") or m["key"] in fixed:
                continue
            people = set(m["participant_ids"])
            near = {i for pair in combinations(sorted(people), 2) for i in by_pair.get(pair, ())}
            for i in near:
                shared = len(people & seen[i].people)
                if 2 * shared >= len(people) and seen[i].fits(m):
                    return n
        for m in rows.meetings:
            target = found.get(m["id"])
            if m["id"] not in index:
                index[m["id"]] = len(seen)
                seen.append(_Seen())
            entry = seen[index[m["id"]]]
            entry.rows.append(m)
            people = set(m["participant_ids"])
            if target is not None:  # merged into a stored meeting: its date, places, people
                entry.rows.append(stored[target])
                entry.places.update(stored[target]["places"])
                people.update(stored[target]["attendees"])
            if m["place"] is not None:
                entry.places.add(m["place"])
            for a in people - entry.people:  # the pairs a new attendee makes
                for b in entry.people | people:
                    if a != b:
                        by_pair.setdefault((min(a, b), max(a, b)), set()).add(index[m["id"]])
            entry.people |= people
    return len(batch)


@dataclass
class _Seen:
    """A meeting earlier documents of a wave write: its rows (and the stored meeting's, when
    it merges into one), places and attendees so far."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)

    def fits(self, m: dict[str, Any]) -> bool:
        """Whether the meeting row ``m`` might be matched to this meeting (place and date)."""
        if m["place"] is not None and self.places and m["place"] not in self.places:
            return False
        dated = [*self.rows, m]
        if any(x["date_start"] is None for x in dated):
            return True
        span = max(SPAN.get(x["date_precision"], 366) for x in dated)
        day = dt.date.fromisoformat(m["date_start"])
        return any(
            abs((dt.date.fromisoformat(x["date_start"]) - day).days) <= span for x in self.rows
        )


def retract(tx: ManagedTransaction, doc_ids: list[str]) -> set[str]:
    """Take back what these documents said (``writes/retract``); return the actors deleted."""
    deleted: set[str] = set()
    for statement in catalog.statements("writes/retract"):
        result = tx.run(statement, doc_ids=doc_ids)
        if "id" in list(result.keys()):
            deleted |= {r["id"] for r in result}
        result.consume()
    return deleted


def _write_facts(
    tx: ManagedTransaction,
    batch: list[Rows],
    new: set[str],
    created: list[dict[str, Any]],
    replace: set[str],
) -> None:
    """The UNWIND statements of a batch, one per node label and relationship type.

    The meetings in ``new`` (not in the graph, one report each) are created whole by one
    statement (``writes/new_meetings``, its rows ``created``: :func:`_new_meetings`), and so
    are the documents not in ``replace`` (new to the graph) with their mentions; the others
    are merged with what is stored.
    """

    def run(statement: str, table: list[Any]) -> None:
        if table:
            tx.run(statement, rows=table).consume()

    def gather(name: str) -> list[dict[str, Any]]:
        return [row for rows in batch for row in getattr(rows, name) if row["meeting"] not in new]

    stored = [rows for rows in batch if rows.document["id"] in replace]
    run(catalog.query("writes/document"), [rows.document for rows in stored])
    new_actors, changed_actors = _merge_actors(tx, batch)
    for label, table in new_actors.items():
        run(_template("writes/new_actors", LABEL=label), table)
    for label, table in changed_actors.items():
        run(_template("writes/changed_actors", LABEL=label), table)
    run(catalog.query("writes/new_documents"), _new_documents(batch, replace))
    run(catalog.query("writes/mentions"), [row for rows in stored for row in rows.mentions])
    run(catalog.query("writes/places"), _unique([row for rows in batch for row in rows.places]))
    place_in = [row for rows in batch for row in rows.place_in]
    for label in ("Actor", "Place"):
        run(_template("writes/place_in", LABEL=label), [r for r in place_in if r["label"] == label])
    run(catalog.query("writes/channels"), _unique([row for rows in batch for row in rows.channels]))
    run(catalog.query("writes/run_by"), [row for rows in batch for row in rows.run_by])
    run(catalog.query("writes/new_meetings"), created)
    meetings = [m for rows in batch for m in rows.meetings if m["id"] not in new]
    run(catalog.query("writes/meetings"), _leading_last(meetings))
    run(catalog.query("writes/attended"), gather("attended"))
    run(catalog.query("writes/held_at"), gather("held_at"))
    via = gather("via")
    for label in ("Actor", "Channel"):
        run(_template("writes/via", LABEL=label), [r for r in via if r["label"] == label])
    links: dict[str, list[dict[str, Any]]] = {}
    for rows in batch:
        for key, table in rows.links.items():
            links.setdefault(key, []).extend(table)
    for key, table in sorted(links.items()):
        rel, label = key.split(":")
        statement = _template(
            "writes/link", TYPE=_check(rel, LINK_TYPES), LABEL=_check(label, TARGET_LABELS)
        )
        run(statement, table)


def _merge_actors(
    tx: ManagedTransaction, batch: list[Rows]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """The actors of a batch merged into the stored ones as ``writes/actors`` merges them
    (label by label): the new ones by label, whole, and the stored ones that change, by label,
    with the properties documents add to. An actor the batch changes nothing of is not
    written."""
    tables = {
        label: _unique(
            [row for rows in batch for row in rows.actors.get(label, [])], ACTOR_PREFERRED
        )
        for label in ACTOR_LABELS.values()
    }
    ids = sorted({row["id"] for table in tables.values() for row in table})
    stored: dict[str, dict[str, Any]] = {
        r["id"]: {**r["props"], "labels": set(r["labels"])}
        for r in tx.run(catalog.query("writes/stored_actors"), ids=ids)
    }
    new: dict[str, dict[str, Any]] = {}
    created: dict[str, list[dict[str, Any]]] = {}
    changed: dict[str, list[dict[str, Any]]] = {}
    for label, table in tables.items():
        for row in table:
            actor: dict[str, Any] | None = stored.get(row["id"])
            if actor is None:
                actor = stored[row["id"]] = new[row["id"]] = {
                    "id": row["id"], "name": row["name"], "kind": row["kind"],
                    "name_key": row["name_key"], "unnamed": row["unnamed"], "aliases": [],
                    "alias_keys": [], "labels": {label},
                }  # fmt: skip
                created.setdefault(label, []).append(actor)
            merged = merged_actor(actor, row)
            same = label in actor["labels"] and (
                row["id"] in new or all(actor.get(k) == merged[k] for k in ACTOR_PROPS)
            )
            actor.update(merged)
            if not same:
                actor["labels"].add(label)
                changed.setdefault(label, []).append({"id": row["id"], **merged})
    for table in created.values():
        for actor in table:
            del actor["labels"]
    return created, changed


def _new_documents(batch: list[Rows], replace: set[str]) -> list[dict[str, Any]]:
    """The rows of ``writes/new_documents``: each new document with its mentions, one per
    actor (the last row, as ``writes/mentions`` sets it), as plain lists."""
    out = []
    for rows in batch:
        if rows.document["id"] in replace:
            continue
        mentions = {r["actor"]: r for r in rows.mentions}
        out.append(
            {
                **rows.document,
                "mentions": [
                    [
                        r["actor"],
                        r["names"],
                        r["quote"],
                        r["start"],
                        r["end"],
                        r["confidence"],
                        r["extractor"],
                    ]
                    for r in mentions.values()
                ],
            }
        )
    return out


def _best_of(c: float) -> float:
    """A relationship's ``confidence`` from its one report's (the writes' ``reduce``)."""
    return c if c > 0.0 else 0.0


def _once(
    table: list[dict[str, Any]], key: Callable[[dict[str, Any]], tuple[Any, ...]], *details: str
) -> list[dict[str, Any]]:
    """One row per relationship, as a MERGE of rows of one document keeps it: the first row,
    its ``details`` the first given (``coalesce``)."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in table:
        first = seen.get(key(row))
        if first is None:
            seen[key(row)] = dict(row)
            continue
        for name in details:
            if first[name] is None:
                first[name] = row[name]
    return list(seen.values())


def _new_meetings(batch: list[Rows], new: set[str]) -> list[dict[str, Any]]:
    """The rows of ``writes/new_meetings``: each new meeting with its attendance, place and
    channels as plain lists, merged as the MERGE statements would merge them."""
    if not new:
        return []
    out: list[dict[str, Any]] = []
    for rows in batch:
        found = {m["id"]: {**m, "attended": [], "held_at": [], "via_actor": [], "via_channel": []}
                 for m in rows.meetings if m["id"] in new}  # fmt: skip
        if not found:
            continue
        mine = [r for r in rows.attended if r["meeting"] in found]
        for r in _once(
            mine, lambda r: (r["meeting"], r["actor"], r["role"]), "on_behalf_of", "side"
        ):
            found[r["meeting"]]["attended"].append(
                [r["actor"], r["role"], r["on_behalf_of"], r["side"], _quote(r), _start(r),
                 r["confidence"], r["extractor"], _best_of(r["confidence"])]
            )  # fmt: skip
        mine = [r for r in rows.held_at if r["meeting"] in found]
        for r in _once(mine, lambda r: (r["meeting"], r["place"])):
            found[r["meeting"]]["held_at"].append(
                [r["place"], _quote(r), _start(r), r["confidence"], r["extractor"],
                 _best_of(r["confidence"])]
            )  # fmt: skip
        mine = [r for r in rows.via if r["meeting"] in found]
        key = lambda r: (r["meeting"], r["label"], r["target"], r["kind"])  # noqa: E731
        for r in _once(mine, key, "detail", "sides"):
            found[r["meeting"]]["via_actor" if r["label"] == "Actor" else "via_channel"].append(
                [r["target"], r["kind"], r["detail"], r["sides"], _quote(r), _start(r),
                 r["confidence"], r["extractor"], _best_of(r["confidence"])]
            )  # fmt: skip
        out.extend(found.values())
    return out


def _as_seen(created: list[dict[str, Any]]) -> projection.Snapshot:
    """The new meetings as :func:`projection.snapshot` finds them once written."""
    return {
        m["id"]: projection.Seen(
            None if m["date_start"] is None else dt.date.fromisoformat(m["date_start"]),
            frozenset((x[0], x[3]) for x in m["attended"]),
        )
        for m in created
    }


def _quote(row: dict[str, Any]) -> str:
    return "" if row["quote"] is None else str(row["quote"])


def _start(row: dict[str, Any]) -> int:
    return -1 if row["start"] is None else int(row["start"])


def _leading_last(meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Meeting rows with the leading report of each meeting last (``writes/meetings``).

    The rows of one statement do not see each other's reports, so each may take itself for
    the leading one; the one that does lead is written last, and has the last word.
    """
    return sorted(
        meetings, key=lambda m: (m["id"], m["key"] != m["id"], m["key"], m["doc"]), reverse=True
    )


ACTOR_PREFERRED = ("country", "org_type", "title", "description")
ACTOR_PROPS = ("aliases", "alias_keys", *ACTOR_PREFERRED, "alias_text")


def preferred(kept: str | None, given: str | None) -> str | None:
    """Of two values documents give one actor property, the one kept whatever the load order:
    the longest, then the alphabetically first (``cypher/writes/actors.cypher``
    does the same in the database, the bulk loader in its rows)."""
    if given is None:
        return kept
    if kept is None or (len(given), kept) > (len(kept), given):
        return given
    return kept


def merged_actor(kept: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """The properties of the actor ``kept`` once a document's ``row`` of it is merged in, as
    ``cypher/writes/actors.cypher`` merges them (the loader and the bulk loader alike):
    aliases and their keys a sorted union without the name, the :data:`ACTOR_PREFERRED`
    properties by :func:`preferred`, and the alias text searched."""
    aliases = sorted((set(kept.get("aliases") or []) | set(row["aliases"])) - {kept["name"]})
    alias_keys = set(kept.get("alias_keys") or []) | set(row["alias_keys"])
    return {
        "aliases": aliases,
        "alias_keys": sorted(alias_keys - {kept["name_key"]}),
        **{k: preferred(kept.get(k), row.get(k)) for k in ACTOR_PREFERRED},
        "alias_text": "".join(" | " + a for a in aliases),
    }


def _unique(table: list[dict[str, Any]], prefer: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Node rows with one row per id, so that MERGE sees each node once: the first row, its
    missing properties taken from the later ones (the writes keep a stored value, so
    ``coalesce`` row by row gives the same), the properties in ``prefer`` chosen by
    :func:`preferred` as the write does, its aliases the union of all."""
    seen: dict[str, dict[str, Any]] = {}
    for row in table:
        first = seen.setdefault(row["id"], row)
        if first is not row:
            first.update((k, v) for k, v in row.items() if v is not None and first.get(k) is None)
            for k in prefer:
                if k in row:
                    first[k] = preferred(first.get(k), row[k])
        if first is not row and "aliases" in row:
            first["aliases"] = sorted(set(first["aliases"]) | set(row["aliases"]))
            if "alias_keys" in row:
                first["alias_keys"] = sorted(set(first["alias_keys"]) | set(row["alias_keys"]))
    return list(seen.values())


def _keep_meeting_ids(tx: ManagedTransaction, batch: list[Rows]) -> set[str]:
    """A replaced document's meetings keep the ids they were given at the last load.

    So a reload never merges differently: the matching below only runs for new meetings.
    Returns the keys (derived ids) that were mapped.
    """
    result = tx.run(
        catalog.query("writes/previous_meetings"),
        ids=[rows.document["id"] for rows in batch],
    )
    previous = {(r["doc"], r["key"]): r["meeting"] for r in result}
    fixed: set[str] = set()
    for rows in batch:
        found = {
            m["key"]: previous[(rows.document["id"], m["key"])]
            for m in rows.meetings
            if (rows.document["id"], m["key"]) in previous
        }
        _rename_meetings(rows, found)
        fixed |= set(found)
    return fixed


def _match_meetings(tx: ManagedTransaction, batch: list[Rows], fixed: set[str]) -> dict[str, str]:
    """The stored meeting each new meeting without an id of its own is the same as (id -> id)."""
    derived = [
        m
        for rows in batch
        for m in rows.meetings
        if m["key"].startswith("m-") and m["key"] not in fixed
    ]
    if not derived:
        return {}
    return {
        r["id"]: r["existing"]
        for r in tx.run(catalog.query("writes/match_meetings"), rows=derived)
        if r["existing"]
    }


def _take_smallest_ids(
    tx: ManagedTransaction, found: dict[str, str]
) -> tuple[projection.Snapshot, dict[str, str], dict[str, str]]:
    """A merged meeting keeps the smallest derived id of its reports, whatever the order they
    are loaded in: a stored meeting matched (``found``: new id -> stored id) by a smaller new
    id is renamed to it (``writes/rename_meetings``).

    Returns the renamed meetings as they were under their old ids (for the contact
    projection), ``found`` pointing at the ids the stored meetings now have, and the
    renames (old id -> new id).
    """
    smallest: dict[str, str] = {}
    for key, existing in found.items():
        if existing.startswith("m-"):
            smallest[existing] = min(smallest.get(existing, existing), key)
    renames = {old: new for old, new in smallest.items() if new != old}
    if not renames:
        return {}, found, {}
    before = projection.snapshot(tx, renames)
    result = tx.run(
        catalog.query("writes/rename_meetings"),
        rows=[{"old": old, "new": new} for old, new in sorted(renames.items())],
    )
    renamed = {r["old"]: r["new"] for r in result}
    found = {key: renamed.get(existing, existing) for key, existing in found.items()}
    return before, {**found, **renamed}, renamed


def _rename_meetings(rows: Rows, found: dict[str, str]) -> None:
    """Point every row of a document at the meeting ids in ``found`` (old id -> new id)."""
    if not found:
        return
    for table in (rows.meetings, rows.attended, rows.held_at, rows.via):
        key = "id" if table is rows.meetings else "meeting"
        for row in table:
            row[key] = found.get(row[key], row[key])
    for links in rows.links.values():
        for row in links:
            if row["props"].get("meeting") in found:
                row["props"]["meeting"] = found[row["props"]["meeting"]]
            if row["target"] in found:
                row["target"] = found[row["target"]]


def stored_fingerprints(tx: ManagedTransaction, doc_ids: list[str]) -> dict[str, str | None]:
    """``facts_sha256`` of the documents already in the graph."""
    result = tx.run(catalog.query("writes/fingerprints"), ids=doc_ids)
    return {r["id"]: r["sha"] for r in result}


def write_documents(
    driver: Driver,
    database: str,
    batch: list[Rows] | Callable[[ManagedTransaction], list[Rows]],
    *,
    force: bool = False,
    fault: Callable[[ManagedTransaction], None] | None = None,
) -> dict[str, str]:
    """Write several documents in one transaction; return each one's status by id.

    Status: ``written``, ``replaced`` or ``unchanged``. If the transaction fails, nothing
    of any of them is written (the caller may retry them one by one). ``batch`` may be a
    function that builds the rows inside the transaction, once the write lock is held.
    ``fault``, for tests, runs inside the transaction after the writes (raise to roll back).
    """

    def work(tx: ManagedTransaction) -> dict[str, str]:
        take_write_lock(tx)
        todo_rows = batch(tx) if callable(batch) else batch
        stored = stored_fingerprints(tx, [rows.document["id"] for rows in todo_rows])
        status: dict[str, str] = {}
        todo: list[Rows] = []
        for rows in todo_rows:
            doc_id = rows.document["id"]
            if doc_id in status:
                raise ValueError(f"document id {doc_id!r} appears twice in one load")
            if stored.get(doc_id) == rows.document["facts_sha256"] and not force:
                status[doc_id] = "unchanged"
                continue
            status[doc_id] = "replaced" if doc_id in stored else "written"
            todo.append(rows)
        if todo:
            write_rows(tx, todo, {r.document["id"] for r in todo if r.document["id"] in stored})
        if fault is not None:
            fault(tx)
        return status

    with driver.session(database=database) as session:
        return session.execute_write(work)


def delete_documents(driver: Driver, database: str, doc_ids: list[str]) -> list[str]:
    """Take back everything these documents said and delete them; return the ids deleted.

    One transaction: what only they supported goes, the contact projection follows.
    """

    def work(tx: ManagedTransaction) -> list[str]:
        found = list(stored_fingerprints(tx, doc_ids))
        if not found:
            return []
        before = projection.snapshot_documents(tx, found)
        deleted = retract(tx, found)
        tx.run("UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d", ids=found).consume()
        after = projection.snapshot(tx, before)
        projection.apply(tx, projection.changes(before, after, deleted))
        return sorted(found)

    with driver.session(database=database) as session:
        return session.execute_write(work)


def write_document(
    driver: Driver,
    database: str,
    rows: Rows,
    *,
    force: bool = False,
    fault: Callable[[ManagedTransaction], None] | None = None,
) -> str:
    """Write one document in one transaction; return its status."""
    return write_documents(driver, database, [rows], force=force, fault=fault)[rows.document["id"]]

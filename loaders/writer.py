"""The batched Neo4j writer: one document's facts in one transaction, ``UNWIND $rows … MERGE``.

A document whose facts are unchanged since the last load is skipped; a changed one is first
retracted (its provenance removed, what only it supported deleted), then written again, in
the same transaction. Either everything of a document is written, or nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from neo4j import Driver, ManagedTransaction

from loaders.resolve import Rows
from service import catalog

ACTOR_LABELS = ("Person", "Organization", "Country")
LINK_TYPES = (
    "HOLDS_POSITION", "MEMBER_OF", "LEADS", "PART_OF", "BASED_IN", "BOYCOTTED", "INVITED",
    "PREVENTED", "DETAINED", "TRANSPORTED", "SANCTIONED", "ISSUED_WARRANT",
)  # fmt: skip
TARGET_LABELS = ("Actor", "Place", "Meeting", "Channel")


def _template(name: str, **slots: str) -> str:
    """A write module with its fixed slots (labels, types from the whitelists) filled in."""
    text = catalog.query(f"writes/{name}")
    for slot, value in slots.items():
        text = text.replace(f"__{slot}__", value)
    return text


def _check(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not one of {allowed}")
    return value


def stored_fingerprint(tx: ManagedTransaction, doc_id: str) -> str | None:
    """The ``facts_sha256`` of a document already in the graph, or None."""
    record = tx.run("MATCH (d:Document {id: $id}) RETURN d.facts_sha256 AS sha", id=doc_id).single()
    return None if record is None else cast(str | None, record["sha"])


def known_actor_ids(driver: Driver, database: str, keys: list[str]) -> dict[str, str]:
    """Existing actors by normal name or alias: ``"kind:key" -> id``."""
    if not keys:
        return {}
    records, _, _ = driver.execute_query(
        catalog.query("writes/known_actors"), keys=sorted(set(keys)), database_=database
    )
    return {r["key"]: r["id"] for r in records}


def write_rows(tx: ManagedTransaction, rows: Rows, *, replace: bool) -> None:
    """Write one document's rows inside the caller's transaction."""
    doc_id = rows.document["id"]
    if replace:
        for statement in catalog.statements("writes/retract"):
            tx.run(statement, doc_id=doc_id).consume()
    _match_meetings(tx, rows)

    def run(statement: str, batch: list[dict[str, Any]]) -> None:
        if batch:
            tx.run(statement, rows=batch, doc_id=doc_id).consume()

    tx.run(catalog.query("writes/document"), doc=rows.document).consume()
    for label, batch in sorted(rows.actors.items()):
        run(_template("actors", LABEL=_check(label, ACTOR_LABELS)), batch)
    run(catalog.query("writes/mentions"), rows.mentions)
    run(catalog.query("writes/places"), rows.places)
    for label in ("Actor", "Place"):
        run(_template("place_in", LABEL=label), [r for r in rows.place_in if r["label"] == label])
    run(catalog.query("writes/meetings"), rows.meetings)
    run(catalog.query("writes/attended"), rows.attended)
    run(catalog.query("writes/held_at"), rows.held_at)
    run(catalog.query("writes/channels"), rows.channels)
    run(catalog.query("writes/run_by"), rows.run_by)
    for label in ("Actor", "Channel"):
        run(_template("via", LABEL=label), [r for r in rows.via if r["label"] == label])
    for key, batch in sorted(rows.links.items()):
        rel, label = key.split(":")
        statement = _template(
            "link", TYPE=_check(rel, LINK_TYPES), LABEL=_check(label, TARGET_LABELS)
        )
        run(statement, batch)


def _match_meetings(tx: ManagedTransaction, rows: Rows) -> None:
    """Give meetings without an id of their own the id of the same meeting already stored."""
    derived = [m for m in rows.meetings if m["id"].startswith("m-")]
    if not derived:
        return
    found = {
        r["id"]: r["existing"]
        for r in tx.run(catalog.query("writes/match_meetings"), rows=derived)
        if r["existing"] and r["existing"] != r["id"]
    }
    if not found:
        return
    for table in (rows.meetings, rows.attended, rows.held_at, rows.via):
        for row in table:
            key = "id" if table is rows.meetings else "meeting"
            row[key] = found.get(row[key], row[key])
    for batch in rows.links.values():
        for row in batch:
            if row["props"].get("meeting") in found:
                row["props"]["meeting"] = found[row["props"]["meeting"]]
            if row["target"] in found:
                row["target"] = found[row["target"]]


def write_document(
    driver: Driver,
    database: str,
    rows: Rows,
    *,
    force: bool = False,
    fault: Callable[[ManagedTransaction], None] | None = None,
) -> str:
    """Write one document in one transaction; return ``written``, ``replaced`` or ``unchanged``.

    ``fault``, for tests, runs inside the transaction after the writes (raise to roll back).
    """

    def work(tx: ManagedTransaction) -> str:
        stored = stored_fingerprint(tx, rows.document["id"])
        if stored == rows.document["facts_sha256"] and not force:
            return "unchanged"
        write_rows(tx, rows, replace=stored is not None)
        if fault is not None:
            fault(tx)
        return "written" if stored is None else "replaced"

    with driver.session(database=database) as session:
        return session.execute_write(work)

"""Bulk first load: fact files into an empty database through Neo4j's own importer.

The documents are read, validated and resolved as :mod:`loaders.load` does, then merged in
memory the way the write modules merge them in the graph (one node per id, provenance lists
per relationship, aliases united, the sharper date kept), the contact projection (MET) is
computed, and everything is written as CSV for ``neo4j-admin database import full`` by two
processes (the files shared out between them; the second, forked, computes the contacts). The
importer needs the database offline: :func:`bulk_load` stops the local server, imports,
starts it again and applies the schema. A database that holds anything is left untouched.

Meetings merge across documents by id (a canonical id, or the key derived from participants,
date, place and kind); the loader's fuzzy matching of one meeting reported with different
details (``writes/match_meetings``) needs the graph and is not applied here.
"""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import time
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from loaders.factfile import LoadedFacts
from loaders.gazetteer import Gazetteer
from loaders.projection import across, grown
from loaders.resolve import Resolver, Rows
from loaders.writer import merged_actor

ARRAY = "\x1f"  # array delimiter in the CSV files: a control character no quote contains
RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "unknown": 0}
PROVENANCE = ("doc_ids", "quotes", "starts", "confidences", "extractors")
LINK_DETAILS = ("title", "meeting", "detail", "date_text", "date_start", "date_precision")
LINK_FIRST = ("detail", "date_text", "date_start", "date_precision")  # cypher/writes/link.cypher


class BulkError(RuntimeError):
    """The bulk load cannot run or failed; the message says why and what was left as is."""


def _provenance(
    rel: dict[str, Any],
    row: dict[str, Any],
    details: dict[str, Any] | None = None,
    first: tuple[str, ...] = (),
) -> None:
    """One document's evidence on a relationship, merged as the write modules merge it
    (``cypher/writes/attended.cypher`` and its kin): ``details`` fill what the relationship
    lacks; the provenance lists stay in document id order, once per document; and the
    document that sorts first gives the ``first`` details it has, so the result does not
    depend on the order the documents come in."""
    details = details or {}
    for prop, value in details.items():
        if rel.get(prop) is None:
            rel[prop] = value
    docs = rel["doc_ids"]
    doc = row["doc"]
    if doc in docs:
        return
    at = bisect_left(docs, doc)
    if at == 0:
        for prop in first:
            if details.get(prop) is not None:
                rel[prop] = details[prop]
    docs.insert(at, doc)
    rel["quotes"].insert(at, row.get("quote") or "")
    rel["starts"].insert(at, row["start"] if row.get("start") is not None else -1)
    rel["confidences"].insert(at, row["confidence"])
    rel["extractors"].insert(at, row["extractor"])
    rel["confidence"] = max(rel["confidences"])


def _new_rel(**props: Any) -> dict[str, Any]:
    return {**props, **{k: [] for k in PROVENANCE}, "confidence": 0.0}


@dataclass
class BulkGraph:
    """The whole graph in memory, merged by id as the write modules merge it."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    rels: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    _leads: dict[str, tuple[bool, str, str]] = field(default_factory=dict)
    """Per meeting, the rank of its leading report so far (lowest leads)."""

    def add(self, rows: Rows) -> None:
        doc = rows.document
        self.documents[doc["id"]] = dict(doc)
        for label, table in rows.actors.items():
            for row in table:
                self._actor(label, row)
        for row in rows.mentions:
            self.rels[("MENTIONS", "Document", row["doc"], "Actor", row["actor"], "")] = {
                k: row.get(k) for k in ("names", "quote", "start", "end", "confidence", "extractor")
            }
        for row in rows.places:
            found = self.places.setdefault(
                row["id"],
                {"id": row["id"], "name": row["name"], "kind": row["kind"], "aliases": []},
            )
            found["country"] = found.get("country") or row["country"]
            found["aliases"] = sorted(
                (set(found["aliases"]) | set(row["aliases"])) - {found["name"]}
            )
        for row in rows.place_in:
            self.rels.setdefault(("IN", "Place", row["place"], row["label"], row["target"], ""), {})
        for row in rows.meetings:
            self._meeting(row)
        for row in rows.attended:
            key = ("ATTENDED", "Actor", row["actor"], "Meeting", row["meeting"], row["role"])
            rel = self.rels.setdefault(
                key, _new_rel(role=row["role"], on_behalf_of=None, side=None)
            )
            details = {"on_behalf_of": row["on_behalf_of"], "side": row.get("side")}
            _provenance(rel, row, details, ("on_behalf_of", "side"))
        for row in rows.held_at:
            key = ("HELD_AT", "Meeting", row["meeting"], "Place", row["place"], "")
            _provenance(self.rels.setdefault(key, _new_rel()), row)
        for row in rows.channels:
            self.channels.setdefault(row["id"], {"id": row["id"], "name": row["name"]})
        for row in rows.run_by:
            key = ("RUN_BY", "Channel", row["channel"], "Actor", row["actor"], "")
            _provenance(self.rels.setdefault(key, _new_rel()), row)
        for row in rows.via:
            key = ("VIA", "Meeting", row["meeting"], row["label"], row["target"], row["kind"])
            rel = self.rels.setdefault(key, _new_rel(kind=row["kind"], detail=None, sides=None))
            details = {"detail": row["detail"], "sides": row.get("sides")}
            _provenance(rel, row, details, ("detail", "sides"))
        for name, table in rows.links.items():
            rel_type, label = name.split(":")
            for row in table:
                props = row["props"]
                link_key = props.get("meeting") or props.get("title") or ""
                key = (rel_type, "Actor", row["source"], label, row["target"], link_key)
                rel = self.rels.setdefault(key, _new_rel(key=link_key))
                details = {prop: props.get(prop) for prop in LINK_DETAILS}
                _provenance(rel, row, details, LINK_FIRST)

    def _actor(self, label: str, row: dict[str, Any]) -> None:
        found = self.actors.get(row["id"])
        if found is None:
            found = self.actors[row["id"]] = {
                k: row[k] for k in ("id", "name", "kind", "name_key", "unnamed")
            } | {"aliases": [], "alias_keys": []}
        self.labels[row["id"]] = label
        found.update(merged_actor(found, row))

    def _meeting(self, row: dict[str, Any]) -> None:
        """Merge one report of a meeting as ``cypher/writes/meetings.cypher`` does: the leading
        report (the one whose id the meeting took, then the smallest key, then the smallest
        document id) gives kind, title and status; a sharper date replaces a vaguer one (the
        leader's one as sharp); a report that it was held outranks planned or reported."""
        rank = (row["key"] != row["id"], row["key"], row["doc"])
        m = self.meetings.get(row["id"])
        if m is None:
            m = self.meetings[row["id"]] = {
                "id": row["id"],
                "kind": row["kind"],
                "status": row["status"],
                "secret": row["secret"],
                "date_precision": row["date_precision"],
                "title": None,
                "date_text": None,
                "date_start": None,
                "date_end": None,
            }
            self._leads[row["id"]] = rank
        lead = rank <= self._leads[row["id"]]
        if lead:
            self._leads[row["id"]] = rank
            m["kind"] = row["kind"]
            m["title"] = row["title"] if row["title"] is not None else m["title"]
        elif m["title"] is None:
            m["title"] = row["title"]
        for prop in ("date_text", "date_start", "date_end"):
            if m[prop] is None:
                m[prop] = row[prop]
        m["secret"] = bool(m["secret"] or row["secret"])
        mine = RANK.get(row["date_precision"], 0)
        stored = RANK.get(m["date_precision"], 0)
        take = row["date_start"] is not None and (mine > stored or (lead and mine == stored))
        if take:
            m["date_precision"] = row["date_precision"]
            m["date_start"] = row["date_start"]
            m["date_end"] = row["date_end"] if row["date_end"] is not None else row["date_start"]
        if (take or (lead and mine >= stored)) and row["date_text"] is not None:
            m["date_text"] = row["date_text"]
        if lead and not (m["status"] == "held" and row["status"] in ("planned", "reported")):
            m["status"] = row["status"]
        elif row["status"] == "held" and m["status"] in ("planned", "reported"):
            m["status"] = "held"
        self.rels[("REPORTED_IN", "Meeting", row["id"], "Document", row["doc"], "")] = {
            "key": row["key"],
            "quote": row.get("quote"),
            "start": row.get("start"),
            "end": row.get("end"),
            "confidence": row.get("confidence"),
            "extractor": row.get("extractor"),
            "status": row["status"],
            "date_text": row["date_text"],
            "date_start": row["date_start"],
        }

    def contacts(self) -> dict[tuple[str, str], dict[str, Any]]:
        """The contact projection (MET), as :mod:`loaders.projection` defines it."""
        sides: dict[str, dict[str, set[str | None]]] = {}
        for key, props in self.rels.items():
            if key[0] == "ATTENDED":
                sides.setdefault(key[4], {}).setdefault(key[2], set()).add(props.get("side"))
        shared: dict[tuple[str, str], list[tuple[str, bool]]] = {}
        for mid, people in sides.items():
            for a, b in combinations(sorted(people), 2):
                shared.setdefault((a, b), []).append((mid, across(people[a], people[b])))
        return {
            pair: grown(
                None,
                {mid: self.meetings[mid]["date_start"] for mid, _ in held},
                {mid for mid, facing in held if facing},
            )
            for pair, held in shared.items()
        }


def _text(value: Any) -> str:
    """A string field, always quoted (so "" stays an empty string); null is an empty field."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    return '"' + text.replace('"', '""') + '"'


def _plain(value: Any) -> str:
    """A number or a date: needs no quotes."""
    return "" if value is None else str(value)


def _flag(value: Any) -> str:
    return "" if value is None else ("true" if value else "false")


def _array(value: Any) -> str:
    """A list in one quoted field, its items apart by ``ARRAY``."""
    if value is None:
        return ""
    return '"' + ARRAY.join(map(str, value)).replace('"', '""') + '"'


CELL: dict[str, Callable[[Any], str]] = {"string": _text, "boolean": _flag}
"""How a column of each importer type is written (arrays by :func:`_array`, the rest plain)."""


def _cells(types: list[str]) -> list[Callable[[Any], str]]:
    return [_array if t.endswith("[]") else CELL.get(t, _plain) for t in types]


@dataclass
class CsvFile:
    """One file to write: ``--nodes`` or ``--relationships`` (``kind``) of a label or type."""

    kind: str
    group: str
    name: str
    header: list[str]
    types: list[str]
    rows: Callable[[], Iterable[list[Any]]]
    weight: int
    """Cells to write, roughly: the files are shared out between two processes by it."""

    def write(self, folder: Path) -> tuple[int, bool]:
        """Write the file; (rows, whether some field holds a line break)."""
        cells = _cells(self.types)
        count = 0
        broken = False
        with (folder / f"{self.name}.csv").open("w", encoding="utf-8", newline="") as out:
            out.write(",".join(self.header) + "\n")
            for row in self.rows():
                line = ",".join([cell(v) for cell, v in zip(cells, row, strict=True)])
                if not broken and ("\n" in line or "\r" in line):
                    broken = True
                out.write(line + "\n")
                count += 1
        return count, broken


def _write_share(
    files: list[CsvFile], folder: Path, sink: Connection | None
) -> list[tuple[int, bool]]:
    done = [f.write(folder) for f in files]
    if sink is not None:
        sink.send(done)
        sink.close()
    return done


def write_files(files: list[CsvFile], folder: Path) -> tuple[list[str], list[int]]:
    """Write ``files`` in two processes (the files shared out by weight); the importer's file
    arguments (``--multiline-fields`` naming only the files that need it) and each file's
    row count."""
    order = sorted(range(len(files)), key=lambda i: -files[i].weight)
    shares: tuple[list[int], list[int]] = ([], [])
    loads = [0, 0]
    for i in order:
        lighter = 0 if loads[0] <= loads[1] else 1
        shares[lighter].append(i)
        loads[lighter] += files[i].weight
    results: dict[int, tuple[int, bool]] = {}
    fork = multiprocessing.get_context("fork")
    receive, send = fork.Pipe(duplex=False)
    child = fork.Process(
        target=_write_share, args=([files[i] for i in shares[1]], folder, send), daemon=True
    )
    child.start()
    send.close()
    try:
        results.update(
            zip(shares[0], _write_share([files[i] for i in shares[0]], folder, None), strict=True)
        )
        try:
            results.update(zip(shares[1], receive.recv(), strict=True))
        except EOFError:
            child.join()
            raise BulkError(f"writing the CSV files failed (exit {child.exitcode})") from None
    finally:
        child.join()
        receive.close()
    args = [f"--{f.kind}={f.group}={folder / f.name}.csv" for f in files]
    multiline = [str(folder / f"{f.name}.csv") for i, f in enumerate(files) if results[i][1]]
    if multiline:
        args += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(multiline)]
    return args, [results[i][0] for i in range(len(files))]


# Typed CSV columns: (property, type) with the importer's type names.
NODE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "Document": [("title", "string"), ("outlet", "string"), ("url", "string"),
                 ("published", "date"), ("language", "string"), ("sha256", "string"),
                 ("facts_sha256", "string"), ("text", "string"), ("source", "string")],
    "Actor": [("name", "string"), ("kind", "string"), ("name_key", "string"),
              ("unnamed", "boolean"), ("aliases", "string[]"), ("alias_keys", "string[]"),
              ("country", "string"), ("org_type", "string"), ("title", "string"),
              ("description", "string"), ("alias_text", "string")],
    "Place": [("name", "string"), ("kind", "string"), ("country", "string"),
              ("aliases", "string[]")],
    "Meeting": [("kind", "string"), ("status", "string"), ("secret", "boolean"),
                ("date_precision", "string"), ("title", "string"), ("date_text", "string"),
                ("date_start", "date"), ("date_end", "date")],
    "Channel": [("name", "string")],
}  # fmt: skip
PROVENANCE_COLUMNS = [("doc_ids", "string[]"), ("quotes", "string[]"), ("starts", "long[]"),
                      ("confidences", "double[]"), ("extractors", "string[]"),
                      ("confidence", "double")]  # fmt: skip
REL_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "MENTIONS": [("names", "string[]"), ("quote", "string"), ("start", "long"), ("end", "long"),
                 ("confidence", "double"), ("extractor", "string")],
    "IN": [],
    "ATTENDED": [("role", "string"), ("on_behalf_of", "string"), ("side", "string"),
                 *PROVENANCE_COLUMNS],
    "HELD_AT": PROVENANCE_COLUMNS,
    "RUN_BY": PROVENANCE_COLUMNS,
    "VIA": [("kind", "string"), ("detail", "string"), ("sides", "string[]"), *PROVENANCE_COLUMNS],
    "REPORTED_IN": [("key", "string"), ("quote", "string"), ("start", "long"), ("end", "long"),
                    ("confidence", "double"), ("extractor", "string"), ("status", "string"),
                    ("date_text", "string"), ("date_start", "date")],
    "LINK": [("key", "string"), ("title", "string"), ("meeting", "string"), ("detail", "string"),
             ("date_text", "string"), ("date_start", "date"), ("date_precision", "string"),
             *PROVENANCE_COLUMNS],
    "MET": [("meetings", "long"), ("first", "date"), ("last", "date"), ("latest", "string[]"),
            ("across", "long"), ("across_first", "date"), ("across_last", "date"),
            ("across_latest", "string[]")],
}  # fmt: skip


def write_csv(graph: BulkGraph, folder: Path) -> tuple[list[str], int, int]:
    """The importer's CSV files in ``folder``; (arguments for the importer, nodes, rels)."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[CsvFile] = []

    def table(
        kind: str, group: str, name: str, ids: list[str], cols: list[tuple[str, str]],
        rows: Callable[[], Iterable[list[Any]]], count: int,
    ) -> None:  # fmt: skip
        header = [*ids, *(f"{c}:{t}" for c, t in cols)]
        types = ["string"] * len(ids) + [t for _, t in cols]
        files.append(CsvFile(kind, group, name, header, types, rows, count * len(header)))

    def nodes_of(
        items: Iterable[dict[str, Any]], cols: list[tuple[str, str]]
    ) -> Callable[[], Iterator[list[Any]]]:
        return lambda: ([n["id"], *(n.get(c) for c, _ in cols)] for n in items)

    tables: dict[str, Collection[dict[str, Any]]] = {
        "Document": graph.documents.values(),
        "Place": graph.places.values(),
        "Meeting": graph.meetings.values(),
        "Channel": graph.channels.values(),
    }
    for label, items in tables.items():
        cols = NODE_COLUMNS[label]
        table(
            "nodes",
            label,
            f"nodes_{label}",
            [f"id:ID({label})"],
            cols,
            nodes_of(items, cols),
            len(items),
        )
    cols = NODE_COLUMNS["Actor"]
    for label in ("Person", "Organization", "Country"):
        people = [a for a in graph.actors.values() if graph.labels[a["id"]] == label]
        table(
            "nodes",
            f"Actor:{label}",
            f"nodes_Actor_{label}",
            ["id:ID(Actor)"],
            cols,
            nodes_of(people, cols),
            len(people),
        )
    groups: dict[tuple[str, str, str], list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}
    for key, props in graph.rels.items():
        groups.setdefault((key[0], key[1], key[3]), []).append((key, props))

    def rels_of(
        members: list[tuple[tuple[Any, ...], dict[str, Any]]], cols: list[tuple[str, str]]
    ) -> Callable[[], Iterator[list[Any]]]:
        return lambda: ([k[2], k[4], *(p.get(c) for c, _ in cols)] for k, p in members)

    for (rel_type, start, end), members in sorted(groups.items()):
        cols = REL_COLUMNS.get(rel_type, REL_COLUMNS["LINK"])
        ids = [f":START_ID({start})", f":END_ID({end})"]
        table(
            "relationships",
            rel_type,
            f"rels_{rel_type}_{start}_{end}",
            ids,
            cols,
            rels_of(members, cols),
            len(members),
        )
    cols = REL_COLUMNS["MET"]

    def contacts() -> Iterator[list[Any]]:  # computed by the process that writes them
        return ([a, b, *(c.get(k) for k, _ in cols)] for (a, b), c in graph.contacts().items())

    # about as many contacts as attendances, and computing them costs as much as writing them
    attended = sum(len(m) for (t, _, _), m in groups.items() if t == "ATTENDED")
    table(
        "relationships",
        "MET",
        "rels_MET",
        [":START_ID(Actor)", ":END_ID(Actor)"],
        cols,
        contacts,
        2 * attended,
    )
    args, counts = write_files(files, folder)
    nodes = sum(n for f, n in zip(files, counts, strict=True) if f.kind == "nodes")
    return args, nodes, sum(counts) - nodes


def build(
    items: Iterable[LoadedFacts],
    gazetteer: Gazetteer,
    on_document: Callable[[str], None] | None = None,
) -> BulkGraph:
    """Resolve every document (earlier documents' actors count as known) and merge them."""
    graph = BulkGraph()
    resolver = Resolver(gazetteer)
    for loaded in items:
        rows = resolver.rows(loaded)
        if rows.document["id"] in graph.documents:
            raise BulkError(f"document id {rows.document['id']!r} appears twice")
        graph.add(rows)
        resolver.learn(rows)
        if on_document is not None:
            on_document(rows.document["id"])
    return graph


@dataclass
class Imported:
    """What a bulk import did."""

    documents: int
    nodes: int
    relationships: int
    seconds: dict[str, float]


IMPORT_JVM_FLAGS = ("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")
"""The importer is a short-lived JVM: the quick compiler alone and the throughput collector
cost it less CPU than the server's defaults (measured in ``bench/RESULTS.md``)."""


def run_import(lib: Path, home: Path, args: list[str], database: str = "neo4j") -> None:
    """``neo4j-admin database import full`` from the launcher's jars, on its offline home."""
    cmd = [
        "java",
        "-Xmx1g",
        *IMPORT_JVM_FLAGS,
        "-cp",
        f"{lib}/*",
        "org.neo4j.cli.AdminTool",
        "database",
        "import",
        "full",
        database,
        f"--array-delimiter=U+{ord(ARRAY):04X}",
        "--overwrite-destination=true",
        "--max-off-heap-memory=1g",
        "--threads=2",
        *args,
    ]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-20:])
        raise BulkError(f"neo4j-admin import failed (exit {done.returncode}):\n{tail}")


def timed() -> Callable[[], float]:
    begun = time.perf_counter()
    return lambda: time.perf_counter() - begun

"""Loading fact files into Neo4j: read, resolve, write, and a per-document summary.

A document that fails (bad file, bad field, a quote not in the text, a database error in
the middle of its transaction) is reported as ``rejected`` with the reason, nothing of it
is written, and the other documents still load.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from core.names import normal_name
from loaders.collector import no_cycle_collection
from loaders.factfile import LoadedFacts, Rejected, read_fact_file
from loaders.gazetteer import Gazetteer
from loaders.resolve import MergeNote, Resolver, Rows
from loaders.writer import known_actor_ids_in, write_documents


class DatabaseGone(RuntimeError):
    """Neo4j stopped answering during a load: nothing more can be written, so loading stops."""


@dataclass
class DocumentSummary:
    """What happened to one document."""

    source: str
    document: str | None
    status: str  # written | replaced | unchanged | rejected
    facts: int = 0
    problem: str | None = None
    field: str | None = None
    merges: list[MergeNote] = dataclasses.field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Loader:
    """Loads fact files with one gazetteer and one driver, many documents per transaction."""

    def __init__(
        self,
        driver: Driver,
        database: str,
        gazetteer: Gazetteer,
        batch_size: int = 500,
    ) -> None:
        self.driver = driver
        self.database = database
        self.gazetteer = gazetteer
        self.batch_size = batch_size

    def load_paths(
        self,
        paths: Iterable[Path],
        *,
        force: bool = False,
        progress: Callable[[DocumentSummary], None] | None = None,
    ) -> list[DocumentSummary]:
        """Read and load files; bad files are rejected one by one, good ones load in batches."""

        def read(path: Path) -> LoadedFacts | DocumentSummary:
            try:
                return read_fact_file(path)
            except Rejected as exc:
                return DocumentSummary(
                    str(path), None, "rejected", problem=exc.problem, field=exc.field
                )
            except Exception as exc:  # one unreadable file never stops the others
                return DocumentSummary(
                    str(path), None, "rejected", problem=f"cannot be read: {exc!r}", field="file"
                )

        return self.load_all((read(p) for p in paths), force=force, progress=progress)

    def load_all(
        self,
        items: Iterable[LoadedFacts | DocumentSummary],
        *,
        force: bool = False,
        progress: Callable[[DocumentSummary], None] | None = None,
    ) -> list[DocumentSummary]:
        """Load validated documents (summaries of rejected ones pass through), in order."""
        summaries: list[DocumentSummary] = []
        pending: list[LoadedFacts] = []

        def flush() -> None:
            for summary in self._load_batch(pending, force):
                summaries.append(summary)
                if progress is not None:
                    progress(summary)
            pending.clear()

        for item in items:
            if isinstance(item, DocumentSummary):
                flush()
                summaries.append(item)
                if progress is not None:
                    progress(item)
                continue
            pending.append(item)
            if len(pending) >= self.batch_size:
                flush()
        flush()
        return summaries

    def load(self, loaded: LoadedFacts, *, force: bool = False) -> DocumentSummary:
        """Resolve and write one validated document."""
        return self._load_batch([loaded], force)[0]

    def _load_batch(self, batch: list[LoadedFacts], force: bool) -> list[DocumentSummary]:
        if not batch:
            return []
        ids = [b.facts.document.id for b in batch]
        if len(batch) > 1 and len(set(ids)) < len(ids):
            return [s for b in batch for s in self._load_batch([b], force)]
        try:
            keys = [
                normal_name(n)
                for b in batch
                for a in b.facts.actors
                if not a.canonical_id and not a.unnamed
                for n in (a.name, *a.aliases)
            ]
            rows: list[Rows] = []

            def resolve(tx: ManagedTransaction) -> list[Rows]:
                """Resolve names against the graph under the write lock (see the writer)."""
                resolver = Resolver(self.gazetteer, known_actor_ids_in(tx, keys))
                rows.clear()
                for b in batch:
                    rows.append(resolver.rows(b))
                    resolver.learn(rows[-1])
                return rows

            with no_cycle_collection():
                status = write_documents(self.driver, self.database, resolve, force=force)
        except (ServiceUnavailable, SessionExpired) as exc:
            raise DatabaseGone(f"Neo4j stopped answering: {exc}") from exc
        except (Neo4jError, OSError, ValueError) as exc:
            if len(batch) > 1:  # find the one that fails; the others still load
                return [s for b in batch for s in self._load_batch([b], force)]
            message = getattr(exc, "message", None) or str(exc)
            return [
                DocumentSummary(
                    batch[0].source,
                    ids[0],
                    "rejected",
                    problem=f"database: {message}",
                    field="document",
                )
            ]
        return [
            DocumentSummary(
                b.source,
                b.facts.document.id,
                status[b.facts.document.id],
                facts=r.count() if status[b.facts.document.id] != "unchanged" else 0,
                merges=r.merges if status[b.facts.document.id] != "unchanged" else [],
            )
            for b, r in zip(batch, rows, strict=True)
        ]

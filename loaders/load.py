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

from neo4j import Driver
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from loaders.factfile import LoadedFacts, Rejected, read_fact_file
from loaders.gazetteer import Gazetteer, normal_name
from loaders.resolve import MergeNote, Resolver
from loaders.writer import known_actor_ids, write_document


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
    """Loads fact files with one gazetteer and one driver."""

    def __init__(self, driver: Driver, database: str, gazetteer: Gazetteer | None = None) -> None:
        self.driver = driver
        self.database = database
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()

    def load_paths(
        self,
        paths: Iterable[Path],
        *,
        force: bool = False,
        progress: Callable[[DocumentSummary], None] | None = None,
    ) -> list[DocumentSummary]:
        summaries = []
        for path in paths:
            try:
                loaded = read_fact_file(path)
            except Rejected as exc:
                summary = DocumentSummary(
                    str(path), None, "rejected", problem=exc.problem, field=exc.field
                )
            else:
                summary = self.load(loaded, force=force)
            summaries.append(summary)
            if progress is not None:
                progress(summary)
        return summaries

    def load(self, loaded: LoadedFacts, *, force: bool = False) -> DocumentSummary:
        """Resolve and write one validated document."""
        doc_id = loaded.facts.document.id
        try:
            keys = [
                f"{normal_name(n)}"
                for a in loaded.facts.actors
                if not a.canonical_id and not a.unnamed
                for n in (a.name, *a.aliases)
            ]
            known = known_actor_ids(self.driver, self.database, keys)
            rows = Resolver(self.gazetteer, known).rows(loaded)
            status = write_document(self.driver, self.database, rows, force=force)
        except (Neo4jError, ServiceUnavailable, OSError) as exc:
            message = getattr(exc, "message", None) or str(exc)
            return DocumentSummary(
                loaded.source, doc_id, "rejected", problem=f"database: {message}", field="document"
            )
        return DocumentSummary(
            loaded.source, doc_id, status, facts=rows.count(), merges=rows.merges
        )

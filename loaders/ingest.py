"""From article to graph: extract an article's facts, validate them as a fact file, and load
them. One path for ``actornet load --extract`` and ``POST /api/v1/documents``.

The caller names the spaCy model and the gazetteer file (extraction) and hands in a
:class:`~loaders.load.Loader` that holds the gazetteer used for resolution; nothing here
reads the environment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.extract import (
    ArticleInput,
    ExtractionError,
    extract_documents,
    read_path,
    with_overrides,
)
from loaders.extract.guards import DEFAULT_MAX_BYTES
from loaders.factfile import LoadedFacts, Rejected, from_model
from loaders.load import DocumentSummary, Loader
from loaders.model import FactFile


@dataclass(frozen=True)
class Extraction:
    """Where extraction runs: the spaCy model and the gazetteer file of its entity ruler."""

    model: str
    gazetteer: Path
    max_bytes: int = DEFAULT_MAX_BYTES


def extract_article(
    article: ArticleInput, extraction: Extraction, source: str
) -> tuple[FactFile, LoadedFacts]:
    """One article's facts, and the same facts validated as a fact file.

    Raises :class:`~loaders.extract.ExtractionError` for text that cannot be extracted from
    and :class:`~loaders.factfile.Rejected` for facts that do not validate.
    """
    found = extract_documents(
        [article],
        model=extraction.model,
        gazetteer=extraction.gazetteer,
        max_bytes=extraction.max_bytes,
    )
    facts = next(found)
    return facts, from_model(facts, source=source)


def extracted_counts(facts: FactFile) -> dict[str, int]:
    """How much extraction found, and how many meetings rest on weak evidence."""
    return {
        "actors": len(facts.actors),
        "meetings": len(facts.meetings),
        "relations": len(facts.relations),
        "actions": len(facts.actions),
        "low_confidence": sum(1 for m in facts.meetings for e in m.evidence if e.confidence < 0.5),
    }


def ingest_article(
    loader: Loader, article: ArticleInput, extraction: Extraction, source: str
) -> dict[str, Any]:
    """Extract one article and load its facts: the load summary, what was extracted, and
    the fact file itself. Raises as :func:`extract_article` does."""
    facts, loaded = extract_article(article, extraction, source)
    summary = loader.load(loaded).as_dict()
    summary["extracted"] = extracted_counts(facts)
    summary["facts_file"] = facts.model_dump(mode="json", exclude_none=True)
    return summary


def extracted_files(
    files: list[Path], published: dt.date | None, extraction: Extraction
) -> Iterator[LoadedFacts | DocumentSummary]:
    """Each article file extracted into a validated fact file, or a rejection naming why."""
    for path in files:
        try:
            articles = [
                with_overrides(a, published=published)
                for a in read_path(path, max_bytes=extraction.max_bytes)
            ]
            for facts in extract_documents(
                articles,
                model=extraction.model,
                gazetteer=extraction.gazetteer,
                max_bytes=extraction.max_bytes,
            ):
                yield from_model(facts, source=str(path))
        except ExtractionError as exc:
            yield DocumentSummary(str(path), None, "rejected", problem=str(exc), field="text")
        except Rejected as exc:
            yield DocumentSummary(str(path), None, "rejected", problem=exc.problem, field=exc.field)

"""``actornet load`` (fact files, or articles extracted first) and ``actornet schema facts``
(the JSON Schema of the fact-file format)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from neo4j.exceptions import AuthError, ServiceUnavailable

from loaders.factfile import LoadedFacts, Rejected, find_fact_files, read_fact_file
from loaders.load import DatabaseGone, DocumentSummary
from service.cli.common import app, err, fail, out, settings
from service.db import apply_schema, sync_driver

if TYPE_CHECKING:
    from core.settings import Settings
    from loaders.gazetteer import Gazetteer

schema_app = typer.Typer(
    help="Export JSON Schemas of actornet's file formats.", no_args_is_help=True
)


# -- load ------------------------------------------------------------------------------


@app.command("load")
def load(
    paths: Annotated[list[Path], typer.Argument(help="Fact files (.yaml, .yml, .json) or folders")],
    force: Annotated[bool, typer.Option(help="Rewrite documents even when unchanged")] = False,
    batch: Annotated[int, typer.Option(min=1, help="Documents per transaction")] = 500,
    gazetteer: Annotated[
        Path | None, typer.Option(help="Alias gazetteer (default: seeds/gazetteer.yaml)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract", help="PATHs are articles (.txt, .html, .jsonl): extract facts, then load"
        ),
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="With --extract: publication date YYYY-MM-DD")
    ] = None,
    ftm: Annotated[
        bool,
        typer.Option(
            "--ftm",
            help="PATHs are FollowTheMoney entities (JSON lines, e.g. from Aleph or "
            "OpenSanctions): add their people and organisations with aliases to the gazetteer",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="With --ftm: where to write the gazetteer (default: rewrite the one read)",
        ),
    ] = None,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="First load into an empty local database through neo4j-admin import "
            "(stops and restarts the local server)",
        ),
    ] = False,
) -> None:
    """Load fact files into Neo4j: one transaction per document, idempotent.

    Prints a summary per document (written / replaced / unchanged / rejected and why) and
    exits with 1 when any document was rejected; the others are still loaded. With
    --bulk, an empty local database is filled by Neo4j's own importer instead; a database
    that holds anything is left as it is.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from loaders.gazetteer import Gazetteer
    from loaders.ingest import Extraction, extracted_files
    from loaders.load import Loader

    s = settings()
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or folder: {', '.join(missing)}", 2)
    if ftm:
        seed_gazetteer(paths, gazetteer or s.gazetteer, output, as_json)
        return
    gaz = Gazetteer.load(gazetteer or s.gazetteer)
    if extract:
        files = find_articles(paths)
        if not files:
            raise fail("no articles (.txt, .html, .htm, .jsonl) found", 2)
        day = _parse_date(published)
        extraction = Extraction(s.spacy_model, gazetteer or s.gazetteer)
        items = extracted_files(files, day, extraction)
    else:
        files = find_fact_files(paths)
        if not files:
            raise fail("no fact files (.yaml, .yml, .json) found", 2)
        items = (_read(f) for f in files)
    if bulk:
        _bulk(s, items, gaz, len(files), as_json)
        return
    try:
        with sync_driver(s) as driver:
            driver.verify_connectivity()
            apply_schema(driver, s.neo4j_database)
            loader = Loader(driver, s.neo4j_database, gaz, batch_size=batch)
            with Progress(
                TextColumn("[progress.description]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err,
                transient=True,
                disable=as_json,
            ) as bar:
                task = bar.add_task("loading", total=len(files))
                summaries = loader.load_all(
                    items, force=force, progress=lambda _: bar.advance(task)
                )
    except DatabaseGone as exc:
        raise fail(
            f"Neo4j at {s.neo4j_uri} stopped answering; loading stopped ({exc}). "
            "Documents written before that are whole; run the same command again to finish.",
            3,
        ) from None
    except (ServiceUnavailable, AuthError, OSError) as exc:
        raise fail(f"cannot reach Neo4j at {s.neo4j_uri}: {exc}") from None
    if as_json:
        sys.stdout.write(json.dumps([x.as_dict() for x in summaries], indent=2, default=str) + "\n")
    else:
        colours = {"written": "green", "replaced": "yellow", "unchanged": "dim", "rejected": "red"}
        for x in summaries:
            label = x.document or x.source
            line = f"[{colours[x.status]}]{x.status:<9}[/] {label}"
            if x.status == "rejected":
                line += f" — {x.source}: {x.field}: {x.problem}"
            elif x.status != "unchanged":
                line += f" ({x.facts} facts, {len(x.merges)} names merged)"
            out.print(line, highlight=False)
            for m in x.merges:
                out.print(
                    f"    merged {m.name!r} -> {m.actor_id} ({m.method}, {m.score:.0f})",
                    highlight=False,
                )
        counts = {k: sum(1 for x in summaries if x.status == k) for k in colours}
        out.print(", ".join(f"{n} {k}" for k, n in counts.items()))
    if any(x.status == "rejected" for x in summaries):
        raise typer.Exit(1)


def seed_gazetteer(paths: list[Path], source: Path, output: Path | None, as_json: bool) -> None:
    """``load --ftm``: people and organisations of FtM files into the gazetteer."""
    from loaders.ftm import FtmError, SeedReport, dump, read_entities, seed
    from loaders.gazetteer import Gazetteer

    gaz = Gazetteer.load(source)
    report = SeedReport()
    files = [f for p in paths for f in (sorted(p.rglob("*.json*")) if p.is_dir() else [p])]
    try:
        for path in files:
            done = seed(gaz, read_entities(path))
            report.added += done.added
            report.merged += done.merged
            report.skipped += done.skipped
    except (FtmError, OSError, UnicodeDecodeError) as exc:
        raise fail(str(exc), 2) from None
    target = output or source
    dump(gaz, target)
    if as_json:
        body = {
            "added": report.added,
            "merged": report.merged,
            "skipped": report.skipped,
            "gazetteer": str(target),
        }
        sys.stdout.write(json.dumps(body, indent=2) + "\n")
        return
    out.print(
        f"{len(report.added)} added, {len(report.merged)} merged into known entries, "
        f"{report.skipped} other entities skipped -> {target}",
        highlight=False,
    )


ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson")


def _bulk(
    s: Settings,
    items: Iterable[LoadedFacts | DocumentSummary],
    gaz: Gazetteer,
    total: int,
    as_json: bool,
) -> None:
    """``load --bulk``: rejected files are reported, the others imported in one go."""
    from loaders.bulk import BulkError
    from service.bulk import bulk_load
    from service.cli.neo4j import local_server
    from service.neo4j_local import LauncherError

    rejected: list[DocumentSummary] = []

    def valid() -> Iterator[LoadedFacts]:
        for item in items:
            if isinstance(item, DocumentSummary):
                rejected.append(item)
            else:
                yield item

    try:
        done = bulk_load(s, local_server(s), valid(), gaz)
    except BulkError as exc:
        raise fail(str(exc)) from None
    except (ServiceUnavailable, AuthError, OSError, LauncherError) as exc:
        raise fail(f"bulk load failed: {exc}") from None
    if as_json:
        report = {
            "documents": done.documents,
            "nodes": done.nodes,
            "relationships": done.relationships,
            "seconds": done.seconds,
            "rejected": [x.as_dict() for x in rejected],
        }
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
    else:
        for x in rejected:
            out.print(f"[red]rejected [/] {x.source}: {x.field}: {x.problem}", highlight=False)
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in done.seconds.items())
        out.print(
            f"bulk import: {done.documents} documents, {done.nodes:,} nodes, "
            f"{done.relationships:,} relationships ({steps}); {len(rejected)} rejected of {total}"
        )
    if rejected:
        raise typer.Exit(1)


def find_articles(paths: list[Path]) -> list[Path]:
    """Article files among ``paths``: files as given, folders searched recursively."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found.append(path)
    return found


def _parse_date(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise fail(f"--published: {text!r} is not a date (YYYY-MM-DD)", 2) from None


def _read(path: Path) -> LoadedFacts | DocumentSummary:
    try:
        return read_fact_file(path)
    except Rejected as exc:
        return DocumentSummary(str(path), None, "rejected", problem=exc.problem, field=exc.field)
    except Exception as exc:  # one unreadable file never stops the others
        return DocumentSummary(str(path), None, "rejected", problem=repr(exc), field="file")


# -- schema ----------------------------------------------------------------------------


@schema_app.command("facts")
def schema_facts(
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write to this file")
    ] = None,
) -> None:
    """Print the JSON Schema of fact files (for tools that produce them)."""
    from loaders.model import FactFile

    text = json.dumps(FactFile.model_json_schema(), indent=2)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
        out.print(f"written {output}")
    else:
        sys.stdout.write(text + "\n")

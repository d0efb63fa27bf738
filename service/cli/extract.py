"""The ``actornet extract`` and ``actornet eval`` commands.

``extract`` turns articles (plain text, HTML, JSON lines) into fact files; ``eval`` scores
fact files against curated ones, optionally next to the co-occurrence baseline. Errors are
one line on stderr and a non-zero exit; nothing is written when any input is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.table import Table

from core.settings import get_settings
from loaders.evaluate import (
    ASPECTS,
    EvaluationError,
    Loaded,
    Report,
    as_loaded,
    document_text,
    evaluate,
    newsdev_root,
    read_dir,
    run_newsdev,
)
from loaders.extract import (
    ArticleInput,
    ExtractionError,
    extract_documents,
    read_path,
    with_overrides,
)
from loaders.model import FactFile

out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def _dump(facts: FactFile, fmt: str) -> str:
    data = facts.model_dump(mode="json", exclude_none=True)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def extract(
    files: Annotated[list[Path], typer.Argument(help="Articles: .txt, .html or .jsonl files.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for every article.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (for a single article).")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet that published the articles.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Output format: json or yaml.")] = "yaml",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Folder for the fact files (default: stdout)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy model (default: ACTORNET_SPACY_MODEL).")
    ] = None,
    processes: Annotated[int, typer.Option(min=1, max=16, help="Worker processes.")] = 1,
    fast: Annotated[
        bool,
        typer.Option("--fast", help="Type names by rules instead of the statistical NER (faster)."),
    ] = False,
    max_bytes: Annotated[
        int | None,
        typer.Option(min=1, help="Largest article accepted (default: ACTORNET_MAX_UPLOAD_BYTES)."),
    ] = None,
) -> None:
    """Extract facts (meetings, participants, places, dates, channels, actions) from articles.

    Writes one fact file per article (to -o DIR, else to stdout), every fact with its quote;
    `actornet load` reads them. Title, outlet and date come from the flags, from a
    NAME.meta.yaml beside the article, or from the text where it states them.
    """
    if fmt not in ("json", "yaml"):
        raise _fail(f"--format: '{fmt}' is not one of json, yaml")
    day = None
    if published:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError:
            raise _fail(f"--published: '{published}' is not a date (use YYYY-MM-DD)") from None
    if title and len(files) > 1:
        raise _fail("--title: give it for one article only")
    settings = get_settings()
    limit = max_bytes or settings.max_upload_bytes
    try:
        articles: list[tuple[Path, ArticleInput]] = [
            (path, with_overrides(article, day, title, outlet))
            for path in files
            for article in read_path(path, max_bytes=limit)
        ]
        results = list(
            extract_documents(
                (a for _, a in articles),
                model=model or settings.spacy_model,
                gazetteer=settings.gazetteer,
                n_process=processes,
                max_bytes=limit,
                fast=fast,
            )
        )
    except ExtractionError as exc:
        raise _fail(str(exc)) from None
    if output is None:
        for facts in results:
            out.print(
                _dump(facts, fmt), end="" if fmt == "yaml" else "\n", markup=False, highlight=False
            )
            if fmt == "yaml" and len(results) > 1:
                out.print("---", markup=False)
        return
    output.mkdir(parents=True, exist_ok=True)
    table = Table("document", "meetings", "actors", "actions", "low confidence", "file")
    multi = {p for p, _ in articles if sum(1 for q, _ in articles if q == p) > 1}
    for (path, article), facts in zip(articles, results, strict=True):
        stem = path.name.rsplit(".", 1)[0]
        name = f"{facts.document.id}.{fmt}" if path in multi else f"{stem}.{fmt}"
        target = output / name
        target.write_text(_dump(facts, fmt), encoding="utf-8")
        low = sum(1 for m in facts.meetings if m.evidence[0].confidence < 0.5)
        table.add_row(
            facts.document.id,
            str(len(facts.meetings)),
            str(len(facts.actors)),
            str(len(facts.actions)),
            str(low),
            str(target),
        )
        del article
    err.print(table)


def _table(title: str, report: Report) -> Table:
    table = Table(title=title)
    table.add_column("aspect")
    for col in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right")
    for aspect, prf in report.overall.items():
        table.add_row(
            aspect,
            f"{prf.precision:.2f}",
            f"{prf.recall:.2f}",
            f"{prf.f1:.2f}",
            str(prf.tp),
            str(prf.fp),
            str(prf.fn),
        )
    return table


def _per_document(report: Report) -> Table:
    table = Table(title="per document (F1; meetings as matched/predicted/gold)")
    table.add_column("document")
    table.add_column("matched/pred/gold", justify="right")
    for aspect in ASPECTS:
        table.add_column(aspect, justify="right")
    for doc in report.documents:
        m = doc.scores["meetings"]
        table.add_row(
            doc.doc_id,
            f"{m.tp}/{m.tp + m.fp}/{m.tp + m.fn}",
            *(
                f"{doc.scores[a].f1:.2f}"
                if doc.scores[a].tp + doc.scores[a].fp + doc.scores[a].fn
                else "-"
                for a in ASPECTS
            ),
        )
    return table


def eval_command(
    gold: Annotated[Path, typer.Argument(help="Curated fact files (a folder or one file).")],
    pred: Annotated[Path, typer.Argument(help="Extracted fact files (a folder or one file).")],
    baseline: Annotated[
        bool,
        typer.Option(
            "--baseline", help="Also score the co-occurrence baseline on the gold documents."
        ),
    ] = False,
    model: Annotated[str | None, typer.Option(help="spaCy model (extraction, baseline).")] = None,
    extract: Annotated[
        bool,
        typer.Option(
            "--extract",
            help="Extract now from the documents of the PRED fact files (text and metadata) "
            "instead of reading their facts: 'eval GOLD GOLD --extract' scores the pipeline.",
        ),
    ] = False,
    fast: Annotated[bool, typer.Option("--fast", help="With --extract: the fast mode.")] = False,
) -> None:
    """Score extracted facts against curated ones: precision, recall and F1 per aspect."""
    try:
        gold_files = read_dir(gold)
        pred_files = read_dir(pred)
        if extract:
            articles = [_article_of(p) for p in pred_files]
            settings = get_settings()
            pred_files = as_loaded(
                extract_documents(
                    articles,
                    model=model or settings.spacy_model,
                    gazetteer=settings.gazetteer,
                    fast=fast,
                )
            )
    except (EvaluationError, ExtractionError, OSError) as exc:
        raise _fail(str(exc)) from None
    if not gold_files:
        raise _fail(f"{gold}: no fact files")
    report = evaluate(gold_files, pred_files)
    if not report.documents:
        raise _fail(
            "no predicted document pairs with a gold one (match by document id or text file name)"
        )
    out.print(_per_document(report))
    out.print(_table("overall", report))
    if report.unmatched_gold:
        err.print(f"gold documents without a prediction: {', '.join(report.unmatched_gold)}")
    if report.unmatched_pred:
        err.print(f"predictions without a gold document: {', '.join(report.unmatched_pred)}")
    if baseline:
        from loaders.extract.baseline import baseline_documents

        try:
            docs = [(g.facts.document, document_text(g)) for g in gold_files]
        except (OSError, EvaluationError) as exc:
            raise _fail(f"baseline: {exc}") from None
        base = evaluate(
            gold_files,
            as_loaded(baseline_documents(docs, model=model or get_settings().spacy_model)),
        )
        out.print(_table("baseline (entity pairs in a sentence with a meeting word)", base))
        ours, theirs = report.overall["meetings"].f1, base.overall["meetings"].f1
        ratio = f"{ours / theirs:.1f}x" if theirs else "n/a"
        out.print(f"meeting F1: extraction {ours:.2f}, baseline {theirs:.2f} ({ratio})")


def _article_of(loaded: Loaded) -> ArticleInput:
    """The article behind a fact file: its text and its document metadata."""
    doc = loaded.facts.document
    return ArticleInput(
        text=document_text(loaded),
        published=doc.published,
        title=doc.title,
        outlet=doc.outlet,
        url=doc.url,
        doc_id=doc.id,
        source=str(loaded.path or doc.id),
    )


def newsdev_command(
    path: Annotated[
        Path | None,
        typer.Argument(help="The newsdev folder (default: ACTORNET_NEWSDEV or ../shared/newsdev)."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Folder for the predictions.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model.")] = None,
    fast: Annotated[bool, typer.Option("--fast", help="The fast mode.")] = False,
) -> None:
    """Score extraction on the newsdev set of real news (its own scorer, its own gold)."""
    import tempfile

    root = newsdev_root(path)
    if not (root / "gold.yaml").is_file():
        raise _fail(f"{root}: no newsdev set here (gold.yaml missing)")
    settings = get_settings()
    with tempfile.TemporaryDirectory() as tmp:
        score = run_newsdev(
            root,
            output or Path(tmp),
            model=model or settings.spacy_model,
            gazetteer=settings.gazetteer,
            fast=fast,
        )
    out.print(score.table, markup=False, highlight=False)
    out.print(
        f"newsdev: meeting F1 {score.meeting_f1:.3f} (P {score.precision:.3f}, "
        f"R {score.recall:.3f}), pair F1 {score.pair_f1:.3f}, refused {len(score.refused)}, "
        f"{score.seconds:.1f} s",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Add ``extract``, ``eval`` and ``newsdev`` to the actornet command line."""
    app.command("extract")(extract)
    app.command("eval")(eval_command)
    app.command("newsdev")(newsdev_command)

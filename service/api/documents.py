"""Document endpoints: every fact one document supports, and ingesting fact files."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from core.errors import InvalidInput, PayloadTooLarge
from loaders.factfile import Rejected, parse_fact_file
from loaders.load import Loader
from service.answers import documents as answers
from service.api.models import ArticleIn, DocumentFacts, ExtractSummary, LoadSummary
from service.deps import RepoDep, SettingsDep, WriteAccess

router = APIRouter(tags=["documents"])

FACT_EXAMPLE = """document:
  id: example-2020-01-14
  title: Intelligence chiefs meet in Moscow
  outlet: Example Wire
  published: 2020-01-14
  text: The heads of Turkish and Syrian intelligence met in Moscow on Monday.
actors:
  - {ref: fidan, name: Hakan Fidan, type: person, country: TR}
  - {ref: mamlouk, name: Ali Mamlouk, type: person, country: SY}
places:
  - {ref: moscow, name: Moscow, kind: city, country: RU}
meetings:
  - ref: m1
    date_text: on Monday
    date_start: 2020-01-13
    date_precision: day
    place: moscow
    participants: [{actor: fidan}, {actor: mamlouk}]
    evidence:
      - quote: The heads of Turkish and Syrian intelligence met in Moscow on Monday.
"""


@router.get(
    "/documents/{document_id}",
    response_model=DocumentFacts,
    summary="Every fact a document supports, with its quotes",
    responses={404: {"description": "No such document"}},
)
async def get_document(repo: RepoDep, document_id: str) -> dict[str, Any]:
    return await answers.document(repo, document_id)


def _loader(request: Request) -> Loader:
    """A loader on the app's driver, with the gazetteer the app read once at start."""
    state = request.app.state
    return Loader(state.sync_driver, state.settings.neo4j_database, state.gazetteer)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the body is {int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise PayloadTooLarge(f"the body is larger than the limit of {limit:,} bytes")
    return bytes(body)


@router.post(
    "/facts",
    response_model=LoadSummary,
    dependencies=[WriteAccess],
    summary="Load one fact file (YAML or JSON, text inline); needs X-API-Key",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/yaml": {"schema": {"type": "string"}, "example": FACT_EXAMPLE},
                "application/json": {"schema": {"type": "object"}},
            },
        }
    },
    responses={
        401: {"description": "Missing or wrong API key"},
        413: {"description": "Body too large"},
        422: {"description": "The file is invalid; the body names the field and the problem"},
    },
)
async def post_facts(request: Request, settings: SettingsDep) -> dict[str, Any]:
    raw = await read_body(request, settings.max_upload_bytes)
    is_json = "json" in request.headers.get("content-type", "")
    try:  # parsing and quote matching run in a worker thread: the event loop stays free
        loaded = await run_in_threadpool(
            parse_fact_file, raw, source="request body", is_json=is_json
        )
    except Rejected as exc:
        raise InvalidInput(
            f"{exc.field}: {exc.problem}",
            [{"loc": ["body", *exc.field.split(".")], "msg": exc.problem}],
        ) from None
    summary = await run_in_threadpool(_loader(request).load, loaded)
    if summary.status == "rejected":
        raise InvalidInput(f"{summary.field}: {summary.problem}", [summary.as_dict()])
    return summary.as_dict()


def _ingest(request: Request, article: ArticleIn, max_bytes: int) -> dict[str, Any]:
    from loaders.extract import ArticleInput, ExtractionError
    from loaders.ingest import Extraction, ingest_article

    settings = request.app.state.settings
    extraction = Extraction(settings.spacy_model, settings.gazetteer, max_bytes)
    text = ArticleInput(
        text=article.text,
        published=article.published,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        doc_id=article.id,
    )
    try:
        return ingest_article(_loader(request), text, extraction, "request body")
    except ExtractionError as exc:
        raise InvalidInput(str(exc), [{"loc": ["body", "text"], "msg": str(exc)}]) from None
    except Rejected as exc:
        raise InvalidInput(
            f"{exc.field}: {exc.problem}", [{"loc": ["body"], "msg": exc.problem}]
        ) from None


@router.post(
    "/documents",
    response_model=ExtractSummary,
    dependencies=[WriteAccess],
    summary="Extract the facts of an article and load them; needs X-API-Key",
    responses={
        401: {"description": "Missing or wrong API key"},
        413: {"description": "Body too large"},
        422: {"description": "No text, not English, binary, or no publication date"},
    },
)
async def post_document(request: Request, settings: SettingsDep) -> dict[str, Any]:
    raw = await read_body(request, settings.max_upload_bytes)
    try:
        article = ArticleIn.model_validate_json(raw)
    except ValidationError as exc:
        details = [
            {"loc": ["body", *[str(p) for p in e["loc"]]], "msg": e["msg"]} for e in exc.errors()
        ]
        fields = ", ".join(".".join(d["loc"]) for d in details)
        raise InvalidInput(f"invalid article: {fields}", details) from None
    summary = await run_in_threadpool(_ingest, request, article, settings.max_upload_bytes)
    if summary["status"] == "rejected":
        raise InvalidInput(f"{summary['field']}: {summary['problem']}", [summary])
    return summary

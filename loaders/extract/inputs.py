"""Articles to extract from: plain text, HTML or JSON lines, with their metadata.

Metadata comes, in order of precedence, from explicit arguments, from a ``.meta.yaml``
sidecar beside the file (``article.txt`` -> ``article.meta.yaml``), or from the text itself
(the first line as title, a date in the header lines as publication date).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from core.names import slugify
from loaders.extract.dates import parse_publication_date
from loaders.extract.errors import ExtractionError
from loaders.extract.guards import DEFAULT_MAX_BYTES, decode

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HEADER_LINES = 8


@dataclass(frozen=True)
class ArticleInput:
    """One article's text and whatever is known about it."""

    text: str
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    doc_id: str | None = None
    source: str = "<text>"


def _date(value: Any, source: str, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        parsed = parse_publication_date(str(value))
        if parsed is None:
            raise ExtractionError(
                source, f"{field}: '{value}' is not a date (use YYYY-MM-DD)"
            ) from None
        return parsed


def from_mapping(data: dict[str, Any], source: str) -> ArticleInput:
    """An article from a JSON object or a sidecar mapping."""
    text = data.get("text")
    if not isinstance(text, str):
        raise ExtractionError(source, "has no 'text' string")
    return ArticleInput(
        text=text,
        published=_date(data.get("published") or data.get("date"), source, "published"),
        title=_str(data.get("title")),
        outlet=_str(data.get("outlet") or data.get("source") or data.get("sitename")),
        url=_str(data.get("url")),
        doc_id=_str(data.get("id")),
        source=source,
    )


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def sidecar_of(path: Path) -> Path:
    """The metadata file beside an article: ``x.txt`` -> ``x.meta.yaml``."""
    return path.with_name(path.name.rsplit(".", 1)[0] + ".meta.yaml")


def read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_of(path)
    if not side.is_file():
        return {}
    try:
        data = yaml.safe_load(side.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ExtractionError(str(side), f"invalid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ExtractionError(str(side), "must be a mapping of title, outlet, published, url, id")
    return data


def read_html(raw: str, source: str) -> ArticleInput:
    """The main text and metadata of an HTML page, through trafilatura."""
    import trafilatura

    text = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise ExtractionError(source, "holds no article text that could be extracted from the HTML")
    meta = trafilatura.extract_metadata(raw)
    published = None
    title = outlet = url = None
    if meta is not None:
        title = meta.title
        outlet = meta.sitename
        url = meta.url
        published = _date(meta.date, source, "date") if meta.date else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return ArticleInput(
        text=text, published=published, title=title, outlet=outlet, url=url, source=source
    )


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleInput]:
    """The articles in one file: one for text or HTML, one per line for JSON lines."""
    source = str(path)
    if not path.is_file():
        raise ExtractionError(source, "does not exist or is not a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ExtractionError(source, f"is {size:,} bytes; the limit is {max_bytes:,}")
    raw = decode(path.read_bytes(), source, max_bytes)
    suffix = path.suffix.casefold()
    if suffix in JSONL_SUFFIXES:
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{source}:{n}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ExtractionError(where, f"invalid JSON ({exc.msg})") from None
            if not isinstance(data, dict):
                raise ExtractionError(where, "each line must be a JSON object with a 'text'")
            art = from_mapping(data, where)
            yield replace(art, doc_id=art.doc_id or f"{slugify(path.stem)}-{n}")
        return
    article = (
        read_html(raw, source) if suffix in HTML_SUFFIXES else ArticleInput(text=raw, source=source)
    )
    side = read_sidecar(path)
    yield ArticleInput(
        text=article.text,
        published=_date(
            side.get("published") or side.get("date"), str(sidecar_of(path)), "published"
        )
        or article.published,
        title=_str(side.get("title")) or article.title,
        outlet=_str(side.get("outlet")) or article.outlet,
        url=_str(side.get("url")) or article.url,
        doc_id=_str(side.get("id")) or slugify(path.name.rsplit(".", 1)[0]),
        source=source,
    )


def with_overrides(
    article: ArticleInput,
    published: dt.date | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> ArticleInput:
    """The article with metadata given explicitly (flags) taking precedence."""
    return replace(
        article,
        published=published or article.published,
        title=title or article.title,
        outlet=outlet or article.outlet,
    )


def header_metadata(text: str) -> tuple[str | None, dt.date | None]:
    """Title (the first line) and publication date (a date in the first lines) of a text."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    title = lines[0][:500] if lines and len(lines[0].split()) <= 30 else None
    for line in lines[:_HEADER_LINES]:
        found = parse_publication_date(line)
        if found:
            return title, found
    return title, None

"""Documents: every fact one document supports, and the titles and outlets of the documents
behind a set of facts."""

from __future__ import annotations

from collections.abc import Iterable

from core.errors import NotFound
from service.answers.common import Row
from service.db import Repository

Documents = dict[str, Row]
"""Documents by id: title, outlet, date, url."""


async def document(repo: Repository, document_id: str) -> Row:
    """Every fact the document supports, with its quotes; a 404 for an unknown id."""
    rows = await repo.run("queries/document", {"id": document_id})
    if not rows:
        raise NotFound(
            f"no document {document_id!r}", [{"loc": ["document_id"], "msg": "unknown id"}]
        )
    return rows[0]


async def documents(repo: Repository, ids: Iterable[object]) -> Documents:
    """The documents among ``ids`` (blanks and repeats ignored), by id."""
    wanted = sorted({str(i) for i in ids if i})
    if not wanted:
        return {}
    rows = await repo.run("queries/view_documents", {"ids": wanted})
    return {str(r["id"]): r for r in rows}

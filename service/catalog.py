"""The Cypher catalog: every ``.cypher`` file of the project, read once and cached.

The same text serves the REST API and Neo4j Browser: query modules carry ``:param`` lines
and ``//`` comments for Browser, which :func:`statements` strips before the driver runs
them with parameters.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_CANDIDATES = (
    Path(__file__).resolve().parent.parent / "cypher",  # source checkout / editable install
    Path(__file__).resolve().parent / "cypher",  # wheel (force-included)
)


def cypher_dir() -> Path:
    """The folder that holds the project's Cypher files."""
    for candidate in _CANDIDATES:
        if (candidate / "schema.cypher").is_file():
            return candidate
    raise FileNotFoundError("the cypher/ folder is missing from this installation")


@cache
def text(name: str) -> str:
    """The raw text of ``cypher/<name>.cypher`` (``name`` may contain a subfolder)."""
    path = cypher_dir() / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no Cypher module named {name!r}")
    return path.read_text(encoding="utf-8")


_PARAM_LINE = re.compile(r"^\s*:param\b.*$", re.MULTILINE)
_COMMENT_LINE = re.compile(r"^\s*//.*$", re.MULTILINE)


@cache
def statements(name: str) -> tuple[str, ...]:
    """The executable statements of a module: comments and ``:param`` lines removed."""
    body = _COMMENT_LINE.sub("", _PARAM_LINE.sub("", text(name)))
    parts = [part.strip() for part in body.split(";")]
    return tuple(part for part in parts if part)


def query(name: str) -> str:
    """The single statement of a query module."""
    found = statements(name)
    if len(found) != 1:
        raise ValueError(f"{name}.cypher holds {len(found)} statements, expected one")
    return found[0]


def modules(folder: str = "queries") -> list[str]:
    """Names (``folder/stem``) of every module in a folder, sorted."""
    return sorted(f"{folder}/{p.stem}" for p in (cypher_dir() / folder).glob("*.cypher"))

"""The Cypher catalog: every ``.cypher`` file of the project, read once and cached.

Modules are named by :data:`Module` (``queries/who_met``, ``writes/meetings``,
``admin/reset``, ``schema``), so a misspelt name is a type error, not a failure at run time;
a unit test keeps the list and the ``cypher/`` folder in step.

The same text serves the REST API and Neo4j Browser: query modules carry ``:param`` lines
and ``//`` comments for Browser, which :func:`statements` strips before the driver runs
them with parameters.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal, cast

Module = Literal[
    "schema",
    "admin/await_indexes",
    "admin/constraints",
    "admin/label_counts",
    "admin/relationship_counts",
    "admin/reset",
    "queries/actions",
    "queries/actor_lookup",
    "queries/actor_profile",
    "queries/actor_search",
    "queries/channels",
    "queries/co_attendance",
    "queries/document",
    "queries/ego_network",
    "queries/ego_network_graph",
    "queries/export_actors",
    "queries/export_meetings",
    "queries/graph_summary",
    "queries/meeting",
    "queries/meeting_graph",
    "queries/meetings",
    "queries/paths",
    "queries/paths_graph",
    "queries/same_side",
    "queries/timeline",
    "queries/view_documents",
    "queries/view_network",
    "queries/view_overview",
    "queries/who_met",
    "queries/who_met_graph",
    "queries/who_met_contacts",
    "projection/create",
    "projection/dates",
    "projection/expected",
    "projection/grown",
    "projection/lock_actors",
    "projection/rebuild",
    "projection/recompute",
    "projection/snapshot",
    "projection/snapshot_documents",
    "projection/stored",
    "projection/update",
    "writes/actors",
    "writes/attended",
    "writes/bulk_fixups",
    "writes/changed_actors",
    "writes/channels",
    "writes/document",
    "writes/fingerprints",
    "writes/held_at",
    "writes/known_actors",
    "writes/link",
    "writes/match_meetings",
    "writes/meetings",
    "writes/mentions",
    "writes/new_actors",
    "writes/new_documents",
    "writes/new_meetings",
    "writes/place_in",
    "writes/places",
    "writes/previous_meetings",
    "writes/rename_meetings",
    "writes/retract",
    "writes/run_by",
    "writes/stored_actors",
    "writes/stored_meetings",
    "writes/via",
]

Folder = Literal["admin", "projection", "queries", "writes"]

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
def text(name: Module) -> str:
    """The raw text of ``cypher/<name>.cypher`` (``name`` may contain a subfolder)."""
    path = cypher_dir() / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no Cypher module named {name!r}")
    return path.read_text(encoding="utf-8")


_PARAM_LINE = re.compile(r"^\s*:param\b.*$", re.MULTILINE)
_COMMENT_LINE = re.compile(r"^\s*//.*$", re.MULTILINE)


@cache
def statements(name: Module) -> tuple[str, ...]:
    """The executable statements of a module: comments and ``:param`` lines removed."""
    body = _COMMENT_LINE.sub("", _PARAM_LINE.sub("", text(name)))
    parts = [part.strip() for part in body.split(";")]
    return tuple(part for part in parts if part)


def query(name: Module) -> str:
    """The single statement of a query module."""
    found = statements(name)
    if len(found) != 1:
        raise ValueError(f"{name}.cypher holds {len(found)} statements, expected one")
    return found[0]


def modules(folder: Folder = "queries") -> list[Module]:
    """Names (``folder/stem``) of every module in a folder, sorted."""
    found = sorted(f"{folder}/{p.stem}" for p in (cypher_dir() / folder).glob("*.cypher"))
    return [cast(Module, name) for name in found]

"""FollowTheMoney entities (Aleph, OpenSanctions, nomenklatura exports) read into the alias
gazetteer: people and organisations with their names and aliases, so extraction and
loading resolve the names an investigation already knows.

Input is JSON lines (one entity a line, as ``ftm`` and OpenSanctions write them) or one
JSON array of entities. ``Person`` becomes a person; ``Organization``, ``PublicBody``,
``Company`` and ``LegalEntity`` an organisation (a public body with ``org_type``
government). Other schemata (events, documents, links) are skipped. An entity whose name or
alias the gazetteer already knows adds its names to that entry; any other gets an entry of
its own, its id made from its name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from core.names import normal_name, slugify
from loaders.gazetteer import Entry, Gazetteer

SCHEMATA = {
    "Person": ("person", None),
    "Organization": ("organization", None),
    "Company": ("organization", "company"),
    "PublicBody": ("organization", "government"),
    "LegalEntity": ("organization", None),
}
ALIAS_PROPERTIES = ("alias", "weakAlias", "previousName", "abbreviation")
COUNTRY_PROPERTIES = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry")


class FtmError(ValueError):
    """A file that holds no FtM entities, with the line and the problem."""


@dataclass
class SeedReport:
    """What reading FtM entities did to the gazetteer."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    skipped: int = 0


def read_entities(path: Path) -> Iterator[dict[str, Any]]:
    """The entities of a JSON-lines file or of a JSON array."""
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FtmError(f"{path}: not JSON: {exc}") from None
        yield from (e for e in data if isinstance(e, dict))
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entity = json.loads(line)
        except json.JSONDecodeError as exc:
            raise FtmError(f"{path}, line {number}: not JSON: {exc.msg}") from None
        if not isinstance(entity, dict) or "schema" not in entity:
            raise FtmError(f"{path}, line {number}: not an FtM entity (no 'schema')")
        yield entity


def entry_of(entity: dict[str, Any]) -> Entry | None:
    """The gazetteer entry of a person or organisation entity; None for other schemata."""
    kind = SCHEMATA.get(str(entity.get("schema")))
    props: dict[str, list[Any]] = entity.get("properties") or {}
    names = [str(n).strip() for n in props.get("name") or [] if str(n).strip()]
    if kind is None or not names:
        return None
    aliases = names[1:] + [
        str(a).strip() for p in ALIAS_PROPERTIES for a in props.get(p) or [] if str(a).strip()
    ]
    country = next((str(c) for p in COUNTRY_PROPERTIES for c in props.get(p) or []), None)
    type_, org_type = kind
    return Entry(
        id=slugify(names[0]),
        name=names[0],
        type=type_,
        aliases=tuple(dict.fromkeys(a for a in aliases if a != names[0])),
        country=country.upper()[:2] if country and len(country) >= 2 else None,
        org_type=org_type,
    )


def seed(gazetteer: Gazetteer, entities: Iterator[dict[str, Any]]) -> SeedReport:
    """Add the people and organisations among ``entities`` to ``gazetteer``."""
    report = SeedReport()
    for entity in entities:
        entry = entry_of(entity)
        if entry is None:
            report.skipped += 1
            continue
        known = _known(gazetteer, entry)
        if known is not None:
            names = {normal_name(n) for n in known.names()}
            extra = tuple(n for n in entry.names() if normal_name(n) not in names)
            if extra:
                gazetteer.add(replace(known, aliases=known.aliases + extra))
            report.merged.append(known.id)
            continue
        entry_id, n = entry.id, 2
        while entry_id in gazetteer.actors:  # same name, other entity: keep both apart
            entry_id, n = f"{entry.id}-{n}", n + 1
        gazetteer.add(replace(entry, id=entry_id))
        report.added.append(entry_id)
    return report


def _known(gazetteer: Gazetteer, entry: Entry) -> Entry | None:
    for name in entry.names():
        found = gazetteer.lookup(name, "actor", entry.type)
        if found is not None and found.method == "exact":
            return found.entry
    return None


def dump(gazetteer: Gazetteer, path: Path) -> None:
    """Write the whole gazetteer to ``path`` (actors, then places), one entry a line."""

    def row(entry: Entry) -> dict[str, Any]:
        data: dict[str, Any] = {"id": entry.id, "name": entry.name}
        if entry.type != "place":
            data["type"] = entry.type
        data["aliases"] = list(entry.aliases)
        for key in ("country", "org_type", "kind"):
            if getattr(entry, key) is not None:
                data[key] = getattr(entry, key)
        if entry.titles:
            data["titles"] = list(entry.titles)
        return data

    lines = ["# actornet alias gazetteer: canonical ids with the names used for them.", ""]
    for section, table in (("actors", gazetteer.actors), ("places", gazetteer.places)):
        lines.append(f"{section}:")
        for entry in table.values():
            text = yaml.safe_dump(
                row(entry), default_flow_style=True, allow_unicode=True, width=10**6
            )
            lines.append(f"  - {text.strip()}")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")

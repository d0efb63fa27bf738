"""The alias gazetteer and name matching: one canonical id per real-world actor or place.

Names are compared in a normal form (case folded, diacritics and punctuation removed,
titles such as "Major General" and articles such as "al-" dropped), first exactly against
every known name and alias, then by surname, then fuzzily with rapidfuzz above a threshold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from core.names import normal_name
from core.settings import DEFAULT_GAZETTEER


@dataclass(frozen=True)
class Entry:
    """A known actor or place."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    org_type: str | None = None
    kind: str | None = None
    titles: tuple[str, ...] = ()

    def names(self) -> Iterable[str]:
        yield self.name
        yield from self.aliases


@dataclass(frozen=True)
class Match:
    """The result of a lookup: the entry, how it was found and the score (0-100)."""

    entry: Entry
    method: str
    score: float


@dataclass
class Gazetteer:
    """Known actors and places, indexed by normal name, surname and for fuzzy lookup."""

    actors: dict[str, Entry] = field(default_factory=dict)
    places: dict[str, Entry] = field(default_factory=dict)
    threshold: float = 90.0
    _index: dict[str, dict[str, set[str]]] = field(default_factory=dict, repr=False)
    # answers already given (a load asks about the same names thousands of times); add() clears
    _found: dict[tuple[str, str, str | None], Match | None] = field(
        default_factory=dict, repr=False
    )
    _countries: dict[str, str] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, path: Path | None = None, threshold: float = 90.0) -> Gazetteer:
        """Read a gazetteer file (default: the project's ``seeds/gazetteer.yaml``); the service
        and the CLI pass the one their settings name."""
        path = path or DEFAULT_GAZETTEER
        if not path.is_file():
            return cls(threshold=threshold)
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        gaz = cls(threshold=threshold)
        for raw in data.get("actors") or []:
            gaz.add(_entry(raw, raw["type"]))
        for raw in data.get("places") or []:
            gaz.add(_entry(raw, "place"))
        return gaz

    def add(self, entry: Entry) -> None:
        table = self.places if entry.type == "place" else self.actors
        table[entry.id] = entry
        self._found.clear()
        self._countries = None
        index = self._index.setdefault("place" if entry.type == "place" else "actor", {})
        for name in entry.names():
            index.setdefault(normal_name(name), set()).add(entry.id)

    def lookup(self, name: str, kind: str = "actor", type_: str | None = None) -> Match | None:
        """Find the entry a name refers to, or None when nothing is close enough.

        ``kind`` is ``actor`` or ``place``; ``type_`` restricts actors to person,
        organization or country. An ambiguous surname gives None.
        """
        asked = (name, kind, type_)
        if asked not in self._found:
            self._found[asked] = self._lookup(name, kind, type_)
        return self._found[asked]

    def country(self, code: str) -> str | None:
        """The id of the country entry with ISO alpha-2 ``code``, if there is one."""
        if self._countries is None:
            self._countries = {}
            for entry in self.actors.values():
                if entry.type == "country" and entry.country:
                    self._countries.setdefault(entry.country, entry.id)
        return self._countries.get(code)

    def _lookup(self, name: str, kind: str, type_: str | None) -> Match | None:
        table = self.places if kind == "place" else self.actors
        index = self._index.get(kind, {})
        key = normal_name(name)
        if not key:
            return None

        def ok(entry_id: str) -> bool:
            return type_ is None or table[entry_id].type == type_

        exact = [i for i in index.get(key, ()) if ok(i)]
        if len(exact) == 1:
            return Match(table[exact[0]], "exact", 100.0)
        if kind == "actor" and type_ in (None, "person"):
            surname = key.split()[-1]
            by_surname = {
                e.id
                for e in table.values()
                if e.type == "person" and normal_name(e.name).split()[-1] == surname
            }
            if len(by_surname) == 1 and len(key.split()) == 1:
                return Match(table[by_surname.pop()], "surname", 95.0)
        if len(key) < 5:  # short names and acronyms match exactly or not at all
            return None
        choices = {k: ids for k, ids in index.items() if len(k) >= 5 and any(ok(i) for i in ids)}
        if not choices:
            return None
        best = process.extractOne(key, list(choices), scorer=fuzz.ratio)
        if best is None or best[1] < self.threshold:
            return None
        ids = [i for i in choices[best[0]] if ok(i)]
        if len(ids) != 1:
            return None
        return Match(table[ids[0]], "fuzzy", float(best[1]))


def _entry(raw: dict[str, Any], type_: str) -> Entry:
    return Entry(
        id=str(raw["id"]),
        name=str(raw["name"]),
        type=type_,
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        country=raw.get("country"),
        org_type=raw.get("org_type"),
        kind=raw.get("kind"),
        titles=tuple(str(t) for t in raw.get("titles") or ()),
    )

"""Entity resolution: from a fact file's local refs to graph ids, and the rows the writer sends.

An actor keeps the ``canonical_id`` its fact file gives; otherwise the gazetteer is asked
(exact name or alias, surname, then fuzzy above the threshold), then the graph's existing
actors (``known``: normal name -> id); otherwise a new id is made from the name. Unnamed
parties get an id scoped to their document. Every merge that was not an exact
``canonical_id`` is reported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pycountry

from core.names import bare_name, normal_name, slugify
from core.vocabulary import ACTOR_LABELS, ActorType, relationship_type
from loaders.factfile import LoadedFacts
from loaders.gazetteer import Gazetteer
from loaders.model import Actor, Evidence


@dataclass(frozen=True)
class MergeNote:
    """One name resolved to an existing actor by something other than its given id."""

    document: str
    name: str
    actor_id: str
    method: str
    score: float


@dataclass
class Rows:
    """Everything the writer needs for one document, as lists of plain dict rows."""

    document: dict[str, Any]
    actors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # label -> rows
    mentions: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    place_in: list[dict[str, Any]] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    attended: list[dict[str, Any]] = field(default_factory=list)
    held_at: list[dict[str, Any]] = field(default_factory=list)
    channels: list[dict[str, Any]] = field(default_factory=list)
    run_by: list[dict[str, Any]] = field(default_factory=list)
    via: list[dict[str, Any]] = field(default_factory=list)
    links: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # 'TYPE:Label' -> rows
    merges: list[MergeNote] = field(default_factory=list)

    def count(self) -> int:
        """How many facts (nodes and relationships) these rows carry."""
        n = sum(len(v) for v in self.actors.values()) + sum(len(v) for v in self.links.values())
        return n + sum(
            len(x)
            for x in (
                self.places, self.place_in, self.meetings, self.attended, self.held_at,
                self.channels, self.run_by, self.via, self.mentions,
            )
        )  # fmt: skip


def _best(evidence: list[Evidence]) -> dict[str, Any]:
    if not evidence:
        return {
            "quote": None,
            "start": None,
            "end": None,
            "confidence": 1.0,
            "extractor": "curated",
        }
    top = max(evidence, key=lambda e: (e.confidence, len(e.quote)))
    return {
        "quote": top.quote,
        "start": top.start,
        "end": top.end,
        "confidence": top.confidence,
        "extractor": top.extractor,
    }


def _most_telling(evidence: list[Evidence], participants: list[list[str]]) -> list[Evidence]:
    """The quote that names the most participants (then the shortest) comes first."""

    def named(e: Evidence) -> int:
        quote = e.quote.casefold()
        return sum(
            any(n.casefold().split()[-1] in quote for n in names if n.split())
            for names in participants
        )

    return sorted(evidence, key=lambda e: (-e.confidence, -named(e), len(e.quote)))[:1]


def name_of(actor: Actor) -> str:
    return bare_name(actor.name)


def country_id(code: str, gazetteer: Gazetteer) -> str:
    """The graph id of the country with ISO alpha-2 ``code``."""
    return gazetteer.country(code) or slugify(country_name(code))


# Short names that news use where ISO's official name is longer.
SHORT_NAMES = {"RU": "Russia", "TR": "Turkey", "PS": "Palestine", "MD": "Moldova", "TZ": "Tanzania"}


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The everyday English name of the country with ISO alpha-2 ``code``."""
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def meeting_key(participants: list[str], date: str | None, place: str | None, kind: str) -> str:
    """A stable id for a meeting that has no canonical id of its own."""
    basis = "|".join([",".join(sorted(set(participants))), date or "", place or "", kind])
    return "m-" + hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


class Resolver:
    """Maps the refs of one fact file to graph ids and builds the writer's rows."""

    def __init__(self, gazetteer: Gazetteer, known: Mapping[str, str] | None = None) -> None:
        self.gazetteer = gazetteer
        self.known = dict(known or {})

    def learn(self, rows: Rows) -> None:
        """Count the actors of a document resolved before as known, as the graph would once
        that document is written: the next documents of one load resolve against them."""
        for table in rows.actors.values():
            for row in table:
                for key in (row["name_key"], *row["alias_keys"]):
                    self.known.setdefault(f"{row['kind']}:{key}", row["id"])

    def actor_id(self, actor: Actor, doc_id: str) -> tuple[str, str, float]:
        """(id, method, score) for one actor."""
        if actor.canonical_id:
            return actor.canonical_id, "given", 100.0
        if actor.unnamed:
            return f"{doc_id}.{actor.ref}", "unnamed", 100.0
        if actor.type is ActorType.country and actor.country:
            return country_id(actor.country, self.gazetteer), "iso", 100.0
        for name in (actor.name, *actor.aliases):
            match = self.gazetteer.lookup(name, "actor", actor.type.value)
            if match is not None:
                return match.entry.id, f"gazetteer:{match.method}", match.score
        for name in (actor.name, *actor.aliases):
            known = self.known.get(f"{actor.type.value}:{normal_name(name)}")
            if known is not None:
                return known, "graph", 100.0
        return slugify(bare_name(actor.name)), "new", 100.0

    def rows(self, loaded: LoadedFacts) -> Rows:
        facts = loaded.facts
        doc = facts.document
        rows = Rows(
            document={
                "id": doc.id,
                "title": doc.title,
                "outlet": doc.outlet,
                "url": doc.url,
                "published": doc.published.isoformat() if doc.published else None,
                "language": doc.language,
                "sha256": loaded.text_sha256,
                "facts_sha256": loaded.facts_sha256,
                "text": loaded.text,
                "source": loaded.source,
            }
        )
        ids: dict[str, str] = {}
        actor_names = {a.ref: [a.name, *a.aliases] for a in facts.actors}
        for actor in facts.actors:
            actor_id, method, score = self.actor_id(actor, doc.id)
            ids[actor.ref] = actor_id
            if method not in ("given", "unnamed", "new", "iso") and actor_id != slugify(
                name_of(actor)
            ):
                rows.merges.append(MergeNote(doc.id, actor.name, actor_id, method, score))
            entry = self.gazetteer.actors.get(actor_id)
            name = entry.name if entry else actor.name if actor.unnamed else bare_name(actor.name)
            names = {actor.name, *actor.aliases, *(entry.aliases if entry else ())} - {name}
            label = ACTOR_LABELS[actor.type]
            rows.actors.setdefault(label, []).append(
                {
                    "id": actor_id,
                    "kind": actor.type.value,
                    "name": name,
                    "aliases": sorted(names),
                    "name_key": normal_name(name),
                    "alias_keys": sorted({normal_name(n) for n in names}),
                    "country": actor.country or (entry.country if entry else None),
                    "org_type": (actor.org_type.value if actor.org_type else None)
                    or (entry.org_type if entry else None),
                    "title": actor.title,
                    "unnamed": actor.unnamed,
                    "description": actor.name if actor.unnamed else None,
                }
            )
            rows.mentions.append(
                {
                    "doc": doc.id,
                    "actor": actor_id,
                    "names": sorted({actor.name, *actor.aliases}),
                    **_best(actor.evidence),
                }
            )
        self._countries(rows, facts.actors, facts.places)
        for actor in facts.actors:
            if actor.affiliation:
                self._link(
                    rows,
                    "MEMBER_OF",
                    ids[actor.ref],
                    ids[actor.affiliation],
                    actor.evidence,
                    doc.id,
                    {},
                    "Actor",
                )
        place_ids: dict[str, str] = {}
        for place in facts.places:
            match = self.gazetteer.lookup(place.name, "place")
            place_id = match.entry.id if match else slugify(place.name)
            place_ids[place.ref] = place_id
            entry = match.entry if match else None
            code = place.country or (entry.country if entry else None)
            rows.places.append(
                {
                    "id": place_id,
                    "name": entry.name if entry else place.name,
                    "kind": place.kind.value,
                    "country": code,
                    "aliases": sorted(
                        {place.name, *place.aliases} - {entry.name if entry else place.name}
                    ),
                }
            )
            if code:
                rows.place_in.append(
                    {
                        "place": place_id,
                        "target": country_id(code, self.gazetteer),
                        "label": "Actor",
                    }
                )
        for place in facts.places:
            if place.within:
                rows.place_in.append(
                    {
                        "place": place_ids[place.ref],
                        "target": place_ids[place.within],
                        "label": "Place",
                    }
                )
        meeting_ids: dict[str, str] = {}
        for m in facts.meetings:
            participants = [ids[p.actor] for p in m.participants]
            date = m.date_start.isoformat() if m.date_start else m.date_text
            mid = m.canonical_id or meeting_key(
                participants, date, place_ids.get(m.place or ""), m.kind.value
            )
            meeting_ids[m.ref] = mid
            pool = m.evidence + [e for p in m.participants for e in p.evidence]
            best = _best(_most_telling(pool, [actor_names[p.actor] for p in m.participants]))
            rows.meetings.append(
                {
                    "id": mid,
                    "kind": m.kind.value,
                    "title": m.title,
                    "date_start": m.date_start.isoformat() if m.date_start else None,
                    "date_end": (m.date_end or m.date_start).isoformat() if m.date_start else None,
                    "date_precision": m.date_precision.value,
                    "date_text": m.date_text,
                    "status": m.status.value,
                    "secret": m.secret,
                    "key": mid,
                    "participant_ids": sorted(set(participants)),
                    "place": place_ids.get(m.place or ""),
                    "doc": doc.id,
                    **best,
                }
            )
            for p in m.participants:
                ev = _best(p.evidence or m.evidence)
                rows.attended.append(
                    {
                        "actor": ids[p.actor],
                        "meeting": mid,
                        "role": p.role.value,
                        "on_behalf_of": ids[p.on_behalf_of] if p.on_behalf_of else None,
                        "side": p.side,
                        "doc": doc.id,
                        **ev,
                    }
                )
            if m.place:
                rows.held_at.append(
                    {
                        "meeting": mid,
                        "place": place_ids[m.place],
                        "doc": doc.id,
                        **_best(m.evidence),
                    }
                )
            for c in m.channels:
                ev = _best(c.evidence)
                if c.channel is not None:
                    channel_id = slugify(c.channel.name.removeprefix("the ").removeprefix("The "))
                    rows.channels.append({"id": channel_id, "name": c.channel.name})
                    for runner in c.channel.run_by:
                        rows.run_by.append(
                            {"channel": channel_id, "actor": ids[runner], "doc": doc.id, **ev}
                        )
                    target, target_label = channel_id, "Channel"
                elif c.via is not None:
                    target, target_label = ids[c.via], "Actor"
                else:  # a means of its own (phone, video, letter): one channel node per means
                    target, target_label = f"means-{c.kind.value}", "Channel"
                    rows.channels.append({"id": target, "name": c.kind.value})
                rows.via.append(
                    {
                        "meeting": mid,
                        "target": target,
                        "label": target_label,
                        "kind": c.kind.value,
                        "detail": c.detail,
                        "sides": c.sides or None,
                        "doc": doc.id,
                        **ev,
                    }
                )
        for r in facts.relations:
            if r.object in ids:
                obj, label = ids[r.object], "Actor"
            else:
                obj, label = place_ids[r.object], "Place"
            self._link(
                rows,
                relationship_type(r.type),
                ids[r.subject],
                obj,
                r.evidence,
                doc.id,
                {"title": r.title},
                label,
            )
        for act in facts.actions:
            if act.target:
                target, label = ids[act.target], "Actor"
            else:
                target, label = meeting_ids[act.meeting or ""], "Meeting"
            self._link(
                rows,
                relationship_type(act.type),
                ids[act.actor],
                target,
                act.evidence,
                doc.id,
                {
                    "meeting": meeting_ids.get(act.meeting or ""),
                    "detail": act.detail,
                    "date_text": act.date_text,
                    "date_start": act.date_start.isoformat() if act.date_start else None,
                    "date_precision": act.date_precision.value if act.date_start else None,
                },
                label,
            )
        return rows

    def _countries(self, rows: Rows, actors: list[Actor], places: list[Any]) -> None:
        """Country nodes for every ISO code used, so that places and actors can point at them."""
        present = {r["id"] for r in rows.actors.get(ACTOR_LABELS[ActorType.country], [])}
        codes = {a.country for a in actors if a.country} | {p.country for p in places if p.country}
        for code in sorted(codes):
            cid = country_id(code, self.gazetteer)
            if cid in present:
                continue
            entry = self.gazetteer.actors.get(cid)
            name = entry.name if entry else country_name(code)
            rows.actors.setdefault(ACTOR_LABELS[ActorType.country], []).append(
                {
                    "id": cid,
                    "kind": "country",
                    "name": name,
                    "aliases": sorted(entry.aliases) if entry else [],
                    "name_key": normal_name(name),
                    "alias_keys": sorted({normal_name(a) for a in entry.aliases}) if entry else [],
                    "country": code,
                    "org_type": None,
                    "title": None,
                    "unnamed": False,
                    "description": None,
                }
            )
            present.add(cid)

    @staticmethod
    def _link(
        rows: Rows,
        rel: str,
        source: str,
        target: str,
        evidence: list[Evidence],
        doc_id: str,
        props: dict[str, Any],
        target_label: str,
    ) -> None:
        rows.links.setdefault(f"{rel}:{target_label}", []).append(
            {"source": source, "target": target, "doc": doc_id, "props": props, **_best(evidence)}
        )

"""The fact model: what a fact file holds, validated by pydantic.

A fact file describes one document (an article) and every fact it supports: actors,
places, meetings with their participants and channels, affiliations and actions around
meetings. Every fact carries its :class:`Evidence`: the verbatim quote, its character
offsets in the document, a confidence in [0, 1] and the extractor that produced it
(``curated`` for hand-written facts). ``actornet schema facts`` exports the JSON Schema.

Identifiers inside a file (``ref``) are local to the file; the resolver maps each actor to
one graph node across all documents (see :mod:`loaders.resolve`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from core.vocabulary import (
    ActionType,
    ActorType,
    ChannelKind,
    DatePrecision,
    MeetingKind,
    MeetingStatus,
    OrgType,
    PlaceKind,
    RelationType,
    Role,
)

Ref = Annotated[
    str,
    StringConstraints(min_length=1, max_length=120, pattern=r"^[a-z0-9][a-z0-9_.:-]*$"),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Confidence = Annotated[float, Field(ge=0.0, le=1.0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class Evidence(_Strict):
    """Where a fact comes from: the verbatim quote and how sure we are."""

    quote: Annotated[str, StringConstraints(min_length=3, max_length=2000)]
    start: int | None = Field(None, ge=0, description="Offset of the quote in the text")
    end: int | None = Field(None, ge=0)
    confidence: Confidence = 1.0
    extractor: str = "curated"

    @model_validator(mode="after")
    def _offsets(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end go together")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class DocumentMeta(_Strict):
    """The article: metadata, and its text inline or in a file beside the fact file."""

    id: Ref
    title: Text
    outlet: Text | None = None
    url: str | None = None
    published: dt.date | None = Field(
        None, description="Publication date; none when neither the source nor the text gives one"
    )
    language: str = "en"
    text: str | None = Field(None, description="The article text, inline")
    text_file: str | None = Field(None, description="Path of the text, relative to the fact file")

    @model_validator(mode="after")
    def _one_text(self) -> Self:
        if (self.text is None) == (self.text_file is None):
            raise ValueError("give exactly one of text and text_file")
        return self


class Actor(_Strict):
    """A person, organization or country named (or described) in the document."""

    ref: Ref
    name: Text
    type: ActorType
    aliases: list[Text] = Field(default_factory=list)
    title: Text | None = Field(
        None, description="Title or function as written, e.g. 'Major General'"
    )
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="ISO 3166-1 alpha-2 code: nationality, seat, or the country itself"
    )
    org_type: OrgType | None = None
    unnamed: bool = Field(False, description="An unnamed party such as 'a senior US officer'")
    affiliation: Ref | None = Field(
        None, description="For unnamed parties: the actor ref they belong to"
    )
    canonical_id: Ref | None = Field(
        None, description="Graph id to use, skipping resolution (must exist or be new)"
    )
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _types(self) -> Self:
        if self.org_type is not None and self.type is not ActorType.organization:
            raise ValueError("org_type is only for organizations")
        return self


class Place(_Strict):
    ref: Ref
    name: Text
    kind: PlaceKind = PlaceKind.city
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    within: Ref | None = Field(None, description="ref of the place this one lies in")
    aliases: list[Text] = Field(default_factory=list)


Side = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
"""A delegation key: ``host``, ``visiting``, ``mediator``, or a key one delegation shares."""


class Participant(_Strict):
    actor: Ref
    role: Role = Role.participant
    on_behalf_of: Ref | None = None
    side: Side | None = Field(
        None,
        description="The side the participant came with (host, visiting, mediator, or any key "
        "shared by one delegation); participants on one side are colleagues, not counterparts",
    )
    evidence: list[Evidence] = Field(default_factory=list)


class NamedChannel(_Strict):
    """A channel with a name of its own, e.g. 'the Russian-Emirati channel'."""

    ref: Ref
    name: Text
    run_by: list[Ref] = Field(default_factory=list)


MEANS_KINDS = frozenset({ChannelKind.phone, ChannelKind.video, ChannelKind.letter})
"""Channel kinds that are a means of their own ("spoke by phone", "a video conference"):
they may name no actor and no channel."""


class ChannelUse(_Strict):
    """How a meeting was arranged or carried: through an actor, a named channel, or by a
    means (phone, video, letter) that names neither."""

    kind: ChannelKind
    via: Ref | None = Field(None, description="actor ref the meeting went through")
    channel: NamedChannel | None = None
    detail: Text | None = None
    sides: list[Side] = Field(
        default_factory=list,
        description="The sides of the meeting this channel joined or carried; empty: all",
    )
    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="after")
    def _target(self) -> Self:
        if self.via is not None and self.channel is not None:
            raise ValueError("give at most one of via (an actor) and channel (a named channel)")
        if self.via is None and self.channel is None and self.kind not in MEANS_KINDS:
            raise ValueError(
                f"a {self.kind.value} channel needs via (an actor) or channel (a named channel); "
                f"only {', '.join(sorted(k.value for k in MEANS_KINDS))} may name neither"
            )
        return self


class Meeting(_Strict):
    ref: Ref
    kind: MeetingKind = MeetingKind.meeting
    title: Text | None = None
    date_text: Text | None = Field(None, description="The date as written in the text")
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.unknown
    status: MeetingStatus = MeetingStatus.held
    secret: bool = False
    place: Ref | None = None
    participants: list[Participant] = Field(min_length=1)
    channels: list[ChannelUse] = Field(default_factory=list)
    canonical_id: Ref | None = Field(
        None, description="Graph id shared by every document that reports this meeting"
    )
    evidence: list[Evidence] = Field(min_length=1)

    @model_validator(mode="after")
    def _dates(self) -> Self:
        sides = {p.side for p in self.participants if p.side}
        for channel in self.channels:
            unknown = sorted(set(channel.sides) - sides)
            if unknown:
                raise ValueError(
                    f"channel sides {unknown} are not sides of any participant ({sorted(sides)})"
                )
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError("date_end is before date_start")
        if self.date_precision is not DatePrecision.unknown and self.date_start is None:
            raise ValueError("a date precision needs date_start")
        return self


class Relation(_Strict):
    """An affiliation: position held, membership, leadership, part of, based in."""

    type: RelationType
    subject: Ref
    object: Ref
    title: Text | None = None
    evidence: list[Evidence] = Field(min_length=1)


class Action(_Strict):
    """Something done around a meeting: boycotted, invited, prevented, detained, ..."""

    type: ActionType
    actor: Ref = Field(description="who acted (boycotted, prevented, detained, ...)")
    target: Ref | None = Field(
        None, description="whom it was done to (the prevented, detained, ...)"
    )
    meeting: Ref | None = None
    detail: Text | None = None
    date_text: Text | None = None
    date_start: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.unknown
    evidence: list[Evidence] = Field(min_length=1)


class FactFile(_Strict):
    """One document and every fact it supports."""

    document: DocumentMeta
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    @model_validator(mode="after")
    def _refs(self) -> Self:
        actors = {a.ref for a in self.actors}
        places = {p.ref for p in self.places}
        meetings = {m.ref for m in self.meetings}
        problems: list[str] = []

        def need(kind: str, ref: str | None, pool: set[str], where: str) -> None:
            if ref is not None and ref not in pool:
                problems.append(f"{where}: unknown {kind} '{ref}'")

        for bag, name in ((actors, "actors"), (places, "places"), (meetings, "meetings")):
            if len(bag) != len(getattr(self, name)):
                problems.append(f"{name}: duplicate ref")
        for i, a in enumerate(self.actors):
            need("actor", a.affiliation, actors, f"actors[{i}].affiliation")
        for i, p in enumerate(self.places):
            need("place", p.within, places, f"places[{i}].within")
        for i, m in enumerate(self.meetings):
            need("place", m.place, places, f"meetings[{i}].place")
            for j, part in enumerate(m.participants):
                need("actor", part.actor, actors, f"meetings[{i}].participants[{j}].actor")
                need(
                    "actor",
                    part.on_behalf_of,
                    actors,
                    f"meetings[{i}].participants[{j}].on_behalf_of",
                )
            for j, ch in enumerate(m.channels):
                need("actor", ch.via, actors, f"meetings[{i}].channels[{j}].via")
                for k, runner in enumerate(ch.channel.run_by if ch.channel else []):
                    need(
                        "actor", runner, actors, f"meetings[{i}].channels[{j}].channel.run_by[{k}]"
                    )
        for i, r in enumerate(self.relations):
            need("actor", r.subject, actors, f"relations[{i}].subject")
            allowed = actors | places if r.type is RelationType.based_in else actors
            need("actor or place", r.object, allowed, f"relations[{i}].object")
        for i, act in enumerate(self.actions):
            need("actor", act.actor, actors, f"actions[{i}].actor")
            need("actor", act.target, actors, f"actions[{i}].target")
            need("meeting", act.meeting, meetings, f"actions[{i}].meeting")
        if problems:
            raise ValueError("; ".join(problems))
        return self

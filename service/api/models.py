"""Response models of the REST API (pydantic), with the examples OpenAPI shows."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.vocabulary import (
    ActorType,
    ChannelKind,
    DatePrecision,
    MeetingKind,
    MeetingStatus,
    OrgType,
    PlaceKind,
    Role,
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class Source(_Out):
    """A document that reports a fact, and the sentence that says so."""

    document: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    quote: str | None = None
    confidence: float | None = None


class ChannelUse(_Out):
    kind: ChannelKind = Field(examples=["transport"])
    through: str | None = Field(None, examples=["United Arab Emirates"])
    through_id: str | None = None
    detail: str | None = Field(None, examples=["private UAE plane"])
    quote: str | None = None


class MeetingCore(_Out):
    """What every meeting answer says about the meeting itself."""

    id: str
    kind: MeetingKind
    title: str | None = None
    status: MeetingStatus
    secret: bool | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision
    date_text: str | None = None
    place: str | None = None
    place_id: str | None = None


class CounterpartMeeting(MeetingCore):
    place_country: str | None = None
    actor_roles: list[Role] = []
    counterpart_roles: list[Role] = []
    on_behalf_of: list[str] = []
    channels: list[ChannelUse] = []
    sources: list[Source] = []
    confidence: float | None = None


class Counterpart(_Out):
    id: str
    name: str
    type: ActorType
    country: str | None = None
    unnamed: bool | None = None
    affiliations: list[str] = []
    meeting_count: int
    first_met: str | None = None
    last_met: str | None = None
    confidence: float | None = None
    meetings: list[CounterpartMeeting]


class ActorRef(_Out):
    id: str
    name: str
    type: ActorType
    country: str | None = None


class Page(_Out):
    total: int
    skip: int
    limit: int


class WhoMet(Page):
    """Everyone who met the actor, one entry per counterpart."""

    actor: ActorRef
    counterparts: list[Counterpart]
    summary: list[str] = Field(
        description="One analyst's line per meeting: when, who, where, via what, and the source"
        " sentences."
    )


class ActorHit(_Out):
    id: str
    name: str
    type: ActorType
    country: str | None = None
    aliases: list[str] = []
    unnamed: bool | None = None
    meetings: int
    score: float


class ActorSearch(_Out):
    query: str
    results: list[ActorHit]


class ActorProfile(_Out):
    id: str
    name: str
    type: ActorType
    aliases: list[str] = []
    title: str | None = None
    country: str | None = None
    country_name: str | None = None
    org_type: OrgType | None = None
    unnamed: bool | None = None
    affiliations: list[dict[str, Any]]
    members: list[dict[str, Any]]
    meetings: int
    counterparts: int = Field(
        description="Actors met across the table (not on this actor's side of a meeting)"
    )
    colleagues: int = Field(
        0, description="Actors only ever on this actor's side of a meeting (same delegation)"
    )
    first_meeting: str | None = None
    last_meeting: str | None = None
    documents: int
    actions_done: int
    actions_suffered: int


class MeetingSummary(MeetingCore):
    participants: list[dict[str, Any]]
    channels: list[dict[str, Any]]
    source_count: int
    confidence: float | None = None
    quote: str | None = None


class MeetingList(Page):
    meetings: list[MeetingSummary]


class MeetingDetail(MeetingCore):
    place_kind: PlaceKind | None = None
    place_country: str | None = None
    participants: list[dict[str, Any]]
    channels: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    sources: list[dict[str, Any]]


class DocumentFacts(_Out):
    id: str
    title: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    sha256: str | None = None
    actors: list[dict[str, Any]]
    meetings: list[dict[str, Any]]
    relations: list[dict[str, Any]]


class CypherRequest(BaseModel):
    """A read-only Cypher statement with parameters."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "query": "MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting) "
                    "RETURN m.id AS meeting, toString(m.date_start) AS date",
                    "parameters": {"id": "ali-mamlouk"},
                }
            ]
        },
    )
    query: str = Field(min_length=1, max_length=20_000)
    parameters: dict[str, Any] = Field(default_factory=dict)


class CypherResult(_Out):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="True when rows were cut at the row or byte cap")
    row_cap: int
    byte_cap: int = Field(description="Most bytes of rows (as JSON) in one answer")


class LoadSummary(_Out):
    source: str
    document: str | None
    status: Literal["written", "replaced", "unchanged", "rejected"]
    facts: int
    problem: str | None = None
    field: str | None = None
    merges: list[dict[str, Any]] = []


class ArticleIn(BaseModel):
    """An article to extract facts from."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "text": "Turkish intelligence chief Hakan Fidan met Syria's Ali Mamlouk "
                    "in Moscow on Monday, officials said.",
                    "published": "2020-01-14",
                    "title": "Intelligence chiefs meet in Moscow",
                    "outlet": "Example Wire",
                }
            ]
        },
    )
    text: str = Field(min_length=1)
    published: dt.date | None = Field(
        None, description="Anchors relative dates; required unless the text states it"
    )
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    id: str | None = Field(None, pattern=r"^[a-z0-9][a-z0-9_.:-]*$", max_length=120)


class ExtractSummary(LoadSummary):
    extracted: dict[str, int]
    facts_file: dict[str, Any]

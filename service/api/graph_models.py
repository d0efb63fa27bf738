"""Response models of the network endpoints: ego network, timeline, co-attendance, paths,
channels and actions (pydantic), with the examples OpenAPI shows."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.vocabulary import (
    ActionType,
    ActorType,
    ChannelKind,
    DatePrecision,
    EdgeType,
    MeetingKind,
    MeetingStatus,
    Role,
)
from service.api.models import ActorRef


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- network ---------------------------------------------------------------------------


class NetworkNode(_Out):
    id: str = Field(examples=["deeb-zeitoun"])
    name: str = Field(examples=["Deeb Zeitoun"])
    type: ActorType = Field(examples=["person"])
    country: str | None = Field(None, examples=["SY"])
    unnamed: bool | None = None
    depth: int = Field(description="Steps from the centre (0 is the centre)", examples=[1])
    degree: int = Field(description="Ties inside this network", examples=[4])


class NetworkEdge(_Out):
    source: str = Field(examples=["ali-mamlouk"])
    target: str = Field(examples=["deeb-zeitoun"])
    type: EdgeType = Field(
        description="MET, or an affiliation type such as LEADS", examples=["MET"]
    )
    weight: int = Field(description="Shared meetings (1 for an affiliation)", examples=[1])
    first: str | None = Field(None, examples=["2018-06-24"])
    last: str | None = Field(None, examples=["2018-06-24"])
    meeting: str | None = Field(None, description="The latest shared meeting")
    title: str | None = Field(None, description="The affiliation's title", examples=["head"])
    quote: str | None = Field(
        None,
        examples=[
            "Ali Mamlouk welcomed the visiting delegation, along with the head of the General"
            " Intelligence Directorate, Major General Deeb Zeitoun, ..."
        ],
    )
    document: str | None = Field(
        None, examples=["syriana-2018-08-28-secret-us-delegation-damascus"]
    )


class Network(_Out):
    """An actor's ego network: who is around it, and how they are tied."""

    actor: ActorRef
    depth: int = Field(examples=[2])
    max_nodes: int = Field(examples=[100])
    truncated: bool = Field(description="True when the node cap cut newcomers off")
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


# -- timeline --------------------------------------------------------------------------


class NamedRef(_Out):
    id: str
    name: str
    type: str | None = None


class Counterpart(NamedRef):
    roles: list[Role] = []


class TimelineChannel(_Out):
    kind: ChannelKind = Field(examples=["transport"])
    through: str | None = Field(None, examples=["United Arab Emirates"])
    through_id: str | None = None
    detail: str | None = Field(None, examples=["private UAE plane"])


class TimelineEvent(_Out):
    event: str = Field(description="meeting or action", examples=["meeting"])
    kind: str = Field(description="Meeting kind or action type", examples=["meeting"])
    direction: str = Field(description="attended, done or suffered", examples=["attended"])
    date_start: str | None = Field(None, examples=["2018-06-24"])
    date_end: str | None = Field(None, examples=["2018-06-30"])
    date_precision: DatePrecision | None = Field(None, examples=["week"])
    date_text: str | None = Field(
        None, examples=["one of the nights of the last week of last June"]
    )
    meeting_id: str | None = None
    meeting: str | None = Field(None, examples=["Secret Syrian-American security meeting"])
    status: str | None = None
    roles: list[Role] = Field([], description="The actor's roles at the meeting")
    counterparts: list[Counterpart] = Field([], description="At most 25 other attendees")
    counterpart_count: int = 0
    other: NamedRef | None = Field(
        None, description="Whom an action was done to (done), or who did it (suffered)"
    )
    place: str | None = Field(None, examples=["Ali Mamlouk's office, Mezzeh"])
    place_country: str | None = Field(None, examples=["Syria"])
    channels: list[TimelineChannel] = []
    detail: str | None = None
    quote: str | None = None
    document: str | None = None
    outlet: str | None = None


class Timeline(_Out):
    """An actor's meetings and actions in date order."""

    actor: ActorRef
    limit: int
    events: list[TimelineEvent]


# -- co-attendance ---------------------------------------------------------------------


class SharedMeeting(_Out):
    id: str
    kind: MeetingKind
    title: str | None = None
    status: MeetingStatus | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    place: str | None = None
    actor_roles: list[Role] = []
    roles: list[Role] = Field([], description="The co-attendee's roles")
    quote: str | None = None
    document: str | None = None


class CoAttendee(_Out):
    id: str = Field(examples=["hakan-fidan"])
    name: str = Field(examples=["Hakan Fidan"])
    type: ActorType = Field(examples=["person"])
    country: str | None = Field(None, examples=["TR"])
    unnamed: bool | None = None
    shared: int = Field(description="Meetings attended together", examples=[1])
    first_shared: str | None = Field(None, examples=["2020-01-13"])
    last_shared: str | None = Field(None, examples=["2020-01-13"])
    meetings: list[SharedMeeting]


class CoAttendance(_Out):
    """Actors who attended the same meetings as the actor."""

    actor: ActorRef
    total: int
    limit: int
    min_shared: int
    co_attendees: list[CoAttendee]


# -- paths -----------------------------------------------------------------------------


class PathStep(_Out):
    id: str
    name: str | None = Field(
        None, examples=["Turkish and Syrian intelligence chiefs meet in Moscow"]
    )
    type: str | None = Field(None, description="Actor type, or meeting", examples=["meeting"])
    date_start: str | None = Field(None, examples=["2020-01-13"])
    date_precision: DatePrecision | None = Field(None, examples=["day"])
    date_text: str | None = None
    place: str | None = Field(None, examples=["Moscow"])
    relation: str | None = Field(
        None, description="The relationship from the step before", examples=["ATTENDED"]
    )
    direction: str | None = Field(None, description="out: from the step before; in: towards it")
    role: str | None = None
    title: str | None = None
    quote: str | None = None
    document: str | None = None


class Path(_Out):
    rank: int
    hops: int = Field(description="Relationships along the path", examples=[5])
    meetings: int = Field(description="Meetings along the path", examples=[2])
    text: str = Field(
        description="The path as one line",
        examples=[
            "Hakan Fidan — met (Moscow, 2020-01-13) — Ali Mamlouk — met (Ali Mamlouk's office,"
            " Mezzeh, week of 2018-06-24) — senior US officer — member of — United States"
        ],
    )
    steps: list[PathStep]


class Paths(_Out):
    """The shortest connections between two actors."""

    source: ActorRef = Field(alias="from")
    target: ActorRef = Field(alias="to")
    max_hops: int
    paths: list[Path]

    model_config = ConfigDict(extra="allow", populate_by_name=True)


# -- channels --------------------------------------------------------------------------


class BrokerUse(_Out):
    meeting_id: str
    meeting: str | None = None
    kind: ChannelKind = Field(examples=["back_channel"])
    date_start: str | None = Field(None, examples=["2018-06-24"])
    date_precision: DatePrecision | None = Field(None, examples=["week"])
    date_text: str | None = None
    place: str | None = None
    detail: str | None = Field(
        None, examples=["communication kept going through the channel after the meeting"]
    )
    quote: str | None = Field(
        None,
        examples=[
            "The meeting ended with the agreement to keep the communication going through the"
            " Russian-Emirati channel"
        ],
    )
    document: str | None = None
    confidence: float | None = None


class Broker(_Out):
    id: str = Field(examples=["russian-emirati-channel"])
    name: str = Field(examples=["Russian-Emirati channel"])
    type: str = Field(description="channel, or the actor's type", examples=["channel"])
    country: str | None = None
    run_by: list[str] = Field([], examples=[["Russia", "United Arab Emirates"]])
    kinds: list[ChannelKind] = Field(examples=[["back_channel"]])
    meetings: int = Field(description="Meetings it served", examples=[1])
    examples: list[BrokerUse] = Field(description="Up to 3 of them, latest first")


class Channels(_Out):
    """Intermediaries and channels between two sides, or the top brokers overall."""

    a: ActorRef | None = None
    b: ActorRef | None = None
    mode: str = Field(description="between, of (one side) or top", examples=["between"])
    limit: int
    brokers: list[Broker]


# -- actions ---------------------------------------------------------------------------


class ActionSource(_Out):
    document: str
    outlet: str | None = None
    published: str | None = None
    quote: str | None = None
    confidence: float | None = None


class ActionRow(_Out):
    action: ActionType = Field(examples=["prevented"])
    actor_id: str = Field(examples=["national-security-bureau"])
    actor: str = Field(examples=["National Security Bureau"])
    actor_type: str | None = None
    target_id: str | None = Field(None, examples=["randa-kassis"])
    target: str | None = Field(None, examples=["Randa Kassis"])
    target_type: str | None = None
    meeting_id: str | None = Field(None, examples=["sochi-congress-2018-01-30"])
    meeting: str | None = None
    meeting_kind: MeetingKind | None = None
    date_start: str | None = Field(None, examples=["2018-01-30"])
    date_precision: DatePrecision | None = Field(None, examples=["day"])
    date_text: str | None = None
    place: str | None = Field(None, examples=["Sochi"])
    detail: str | None = None
    quote: str | None = None
    document: str | None = None
    sources: list[ActionSource] = []
    confidence: float | None = None


class Actions(_Out):
    """Who did what to whom around which meeting."""

    total: int
    limit: int
    filters: dict[str, Any]
    actions: list[ActionRow]

"""The vocabulary of the graph, as enums used everywhere: the fact model, the writer, the API's
models and parameters, the views and their legend.

A new action type, role or channel kind is one line here; the relationship types, labels and
view types are derived from these enums.
"""

from __future__ import annotations

from enum import StrEnum


class ActorType(StrEnum):
    person = "person"
    organization = "organization"
    country = "country"


class OrgType(StrEnum):
    government = "government"
    ministry = "ministry"
    intelligence = "intelligence"
    security = "security"
    military = "military"
    party = "party"
    opposition = "opposition"
    igo = "igo"
    ngo = "ngo"
    media = "media"
    church = "church"
    company = "company"
    armed_group = "armed_group"
    delegation = "delegation"
    other = "other"


class PlaceKind(StrEnum):
    city = "city"
    venue = "venue"
    airport = "airport"
    region = "region"
    building = "building"
    country = "country"
    other = "other"


class MeetingKind(StrEnum):
    meeting = "meeting"
    visit = "visit"
    talks = "talks"
    conference = "conference"
    call = "call"


class MeetingStatus(StrEnum):
    held = "held"
    planned = "planned"
    cancelled = "cancelled"
    reported = "reported"
    denied = "denied"


class DatePrecision(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"
    unknown = "unknown"


class Role(StrEnum):
    participant = "participant"
    head_of_delegation = "head_of_delegation"
    host = "host"
    mediator = "mediator"
    observer = "observer"
    envoy = "envoy"


class ChannelKind(StrEnum):
    intermediary = "intermediary"
    host = "host"
    mediator = "mediator"
    transport = "transport"
    back_channel = "back_channel"
    phone = "phone"
    video = "video"
    letter = "letter"


class RelationType(StrEnum):
    holds_position = "holds_position"
    member_of = "member_of"
    leads = "leads"
    part_of = "part_of"
    based_in = "based_in"


class ActionType(StrEnum):
    boycotted = "boycotted"
    invited = "invited"
    prevented = "prevented"
    detained = "detained"
    transported = "transported"
    sanctioned = "sanctioned"
    issued_warrant = "issued_warrant"


class NodeType(StrEnum):
    """What a node of a network view is: an actor type, or one of the other node kinds."""

    person = "person"
    organization = "organization"
    country = "country"
    place = "place"
    meeting = "meeting"
    channel = "channel"
    document = "document"


class EdgeType(StrEnum):
    """Relationship types of the graph, as the views draw them (``MET`` joins two actors who
    attended one meeting)."""

    ATTENDED = "ATTENDED"
    MET = "MET"
    HELD_AT = "HELD_AT"
    VIA = "VIA"
    HOLDS_POSITION = "HOLDS_POSITION"
    MEMBER_OF = "MEMBER_OF"
    LEADS = "LEADS"
    PART_OF = "PART_OF"
    BASED_IN = "BASED_IN"
    BOYCOTTED = "BOYCOTTED"
    INVITED = "INVITED"
    PREVENTED = "PREVENTED"
    DETAINED = "DETAINED"
    TRANSPORTED = "TRANSPORTED"
    SANCTIONED = "SANCTIONED"
    ISSUED_WARRANT = "ISSUED_WARRANT"
    IN = "IN"


ACTOR_LABELS: dict[ActorType, str] = {
    ActorType.person: "Person",
    ActorType.organization: "Organization",
    ActorType.country: "Country",
}
"""The Neo4j label of each actor type (every actor is also an ``:Actor``)."""

ACTOR_NODE_TYPES: tuple[NodeType, ...] = tuple(NodeType(t.value) for t in ActorType)
"""The node types that are actors, in the order the legend lists them."""


def relationship_type(link: RelationType | ActionType) -> str:
    """The Neo4j relationship type of an affiliation or an action: ``issued_warrant`` ->
    ``ISSUED_WARRANT``."""
    return link.value.upper()


LINK_TYPES: tuple[str, ...] = tuple(
    relationship_type(link) for link in (*RelationType, *ActionType)
)
"""Relationship types the writer may create between actors (and actions' targets)."""

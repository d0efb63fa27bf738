"""What the rules find in one sentence, before the document's facts are assembled."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.extract.dates import DateValue
from loaders.model import ActionType, ChannelKind, MeetingKind, MeetingStatus, PlaceKind, Role


@dataclass(frozen=True)
class PlaceCand:
    """A place as written, with its kind and country."""

    name: str
    kind: PlaceKind
    country: str | None = None
    within: str | None = None


@dataclass
class PartyCand:
    """A participant: registry key, role, whom they represent, and how sure we are."""

    key: str
    role: Role = Role.participant
    on_behalf_of: str | None = None
    weak: bool = False


@dataclass
class ChannelCand:
    """How a contact went: through an actor (``via``) or a named channel."""

    kind: ChannelKind
    start: int
    end: int
    via: str | None = None
    channel_name: str | None = None
    run_by: list[str] = field(default_factory=list)
    detail: str | None = None


@dataclass
class MeetingCand:
    """A contact found in one sentence."""

    kind: MeetingKind
    sentence: int
    start: int
    end: int
    trigger: int
    parties: list[PartyCand] = field(default_factory=list)
    place: PlaceCand | None = None
    date: DateValue | None = None
    status: MeetingStatus = MeetingStatus.held
    secret: bool = False
    channels: list[ChannelCand] = field(default_factory=list)
    event_key: str | None = None
    anaphoric: bool = False
    noun: bool = False
    header: bool = False
    one_sided: bool = False
    sidelines: bool = False
    confidence: float = 0.8


@dataclass
class ActionCand:
    """An action around a meeting: boycott, prevention, detention, transport."""

    type: ActionType
    actor: str
    sentence: int
    start: int
    end: int
    target: str | None = None
    event_key: str | None = None
    date: DateValue | None = None
    confidence: float = 0.7

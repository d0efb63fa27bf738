"""What the rules find in one sentence, before the document's facts are assembled."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from core.vocabulary import ActionType, ChannelKind, MeetingKind, MeetingStatus, PlaceKind, Role
from loaders.extract.dates import DateValue


@dataclass(frozen=True)
class PlaceCand:
    """A place as written, with its kind and country."""

    name: str
    kind: PlaceKind
    country: str | None = None
    within: str | None = None


@dataclass
class PartyCand:
    """A participant: registry key, role, whom they represent, how sure we are, and the
    side they came with where the text says (see :mod:`loaders.extract.rules.sides`)."""

    key: str
    role: Role = Role.participant
    on_behalf_of: str | None = None
    weak: bool = False
    side: str | None = None


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


class Cue(enum.Enum):
    """How the sentence tells a contact, for the assembly to merge and place it."""

    NOUN = "noun"
    """Told by a meeting noun ("the meeting"), not a verb."""
    HEADER = "header"
    """Told in the headline or a header line."""
    ANAPHORIC = "anaphoric"
    """Refers back to a contact told before ("the talks")."""
    ONE_SIDED = "one_sided"
    """Names only the counterpart ("talks with X"): the other side is in the context."""
    SIDELINES = "sidelines"
    """Held on the sidelines of a larger event."""
    DATE_FROM_CONTEXT = "date_from_context"
    """Its date was borrowed from the sentences before it, not written with it."""
    SEPARATE = "separate"
    REPEATED = "repeated"
    """The contact told before, again ("this meeting will be repeated tomorrow")."""
    """One of several separate contacts told together ("separately with", "visiting A and B")."""
    EARLIER = "earlier"
    """A speaker's earlier contact with the one spoken to ("we met several months ago")."""
    INDIRECT = "indirect"
    """Indirect talks ("the indirect talks were mediated by X"): the sides never sat together,
    so whoever carried the messages between them is the contact's channel, not a party."""


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
    cues: set[Cue] = field(default_factory=set)
    confidence: float = 0.8

    def has(self, cue: Cue) -> bool:
        """Whether the sentence gave this cue."""
        return cue in self.cues

    def mark(self, cue: Cue, on: bool = True) -> None:
        """Set (or clear) a cue."""
        if on:
            self.cues.add(cue)
        else:
            self.cues.discard(cue)

    def copy_with(self, parties: list[PartyCand]) -> MeetingCand:
        """The same contact with other parties (one contact per separate meeting)."""
        return replace(self, parties=parties, channels=list(self.channels), cues=set(self.cues))


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

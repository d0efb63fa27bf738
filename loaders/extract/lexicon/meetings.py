"""Words that name a contact: meeting verbs and nouns, and verbs that hold or host one."""

from __future__ import annotations

from core.vocabulary import MeetingKind

MEET_VERBS: dict[str, MeetingKind] = {
    "meet": MeetingKind.meeting,
    "visit": MeetingKind.visit,
    "receive": MeetingKind.meeting,
    "host": MeetingKind.meeting,
    "welcome": MeetingKind.meeting,
    "greet": MeetingKind.meeting,
    "talk": MeetingKind.talks,
    "negotiate": MeetingKind.talks,
    "confer": MeetingKind.talks,
    "discuss": MeetingKind.talks,
    "speak": MeetingKind.talks,
    "phone": MeetingKind.call,
    "telephone": MeetingKind.call,
    "call": MeetingKind.call,
    "chair": MeetingKind.conference,
    "attend": MeetingKind.conference,
    "shuttle": MeetingKind.talks,
    "sign": MeetingKind.talks,
    "deliver": MeetingKind.meeting,
    "hand": MeetingKind.meeting,
}
"""Verbs that report a contact, with the kind of meeting they make."""

HOST_VERBS = frozenset({"receive", "host", "welcome", "greet", "chair"})
"""Verbs whose subject is the host and whose object is the guest."""

MEETING_NOUNS: dict[str, MeetingKind] = {
    "meeting": MeetingKind.meeting,
    "meetings": MeetingKind.meeting,
    "encounter": MeetingKind.meeting,
    "audience": MeetingKind.meeting,
    "session": MeetingKind.meeting,
    "talks": MeetingKind.talks,
    "talk": MeetingKind.talks,
    "negotiations": MeetingKind.talks,
    "consultations": MeetingKind.talks,
    "discussions": MeetingKind.talks,
    "round": MeetingKind.talks,
    "summit": MeetingKind.conference,
    "conference": MeetingKind.conference,
    "congress": MeetingKind.conference,
    "forum": MeetingKind.conference,
    "call": MeetingKind.call,
    "conversation": MeetingKind.call,
    "videoconference": MeetingKind.call,
    "visit": MeetingKind.visit,
    "homage": MeetingKind.visit,
    "respects": MeetingKind.visit,
    "messages": MeetingKind.call,
    "trip": MeetingKind.visit,
}
"""Nouns that name a contact."""

HOLD_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "conclude",
        "begin",
        "open",
        "start",
        "pay",
        "make",
        "attend",
        "host",
        "chair",
        "include",
        "join",
        "convene",
        "organize",
        "organise",
        "sponsor",
    }
)
"""Verbs whose object is a meeting noun ("held talks", "paid a visit")."""

JOURNEY_VERBS = frozenset({"travel", "go", "fly", "head", "arrive", "come", "return", "move"})
"""Verbs of travel whose destination is where the contact happens."""

PLURALIA = frozenset({"talks", "negotiations", "consultations", "discussions"})
"""Plural meeting nouns that name one contact."""

DISCUSS_VERBS = frozenset({"discuss", "speak", "talk", "negotiate", "confer"})
"""Meeting verbs that need a counterpart to make a contact ("spoke with X", not "X spoke")."""

HOSTING_VERBS = frozenset({"hold", "host", "organize", "organise", "convene", "sponsor", "chair"})
"""Verbs whose subject hosts the gathering named by their object."""

EVENT_VERBS = frozenset({"attend", "chair", "host"})
"""Verbs whose object can be a named event ("attended the Sochi conference")."""

AGREEMENT_NOUNS = frozenset({"agreement", "accord", "deal", "memorandum", "treaty"})
"""Objects of 'sign' that make the signing a contact."""

NOT_A_CONTACT_VERBS = frozenset({"discuss", "prepare", "call", "say", "boycott"})
"""Verbs whose meeting-noun object is a reference to a contact, not a new one."""

GATHER_VERBS = frozenset({"bring", "gather"})
"""Verbs that, with 'together', gather parties into one contact."""

EARLIER_WORDS = frozenset({"ago", "again", "before", "previously", "recently", "earlier"})
"""Words by which a speaker tells of an earlier contact than the one under way."""

RECIPROCALS = frozenset({"other", "another"})
"""'each other', 'one another': the subject's parties met among themselves."""

AWAIT_VERBS = frozenset({"await", "expect", "anticipate", "welcome", "look"})
"""Verbs whose subject receives the visit they name ('we look forward to the visit of X')."""

LEVEL_CONTACTS = frozenset({"contact", "exchange"})
"""'high-level contacts': contacts between the officials of that level of two sides."""

REPEAT_VERBS = frozenset({"repeat", "reconvene"})
"""'The meeting will be repeated tomorrow': the same parties meet again."""

QUANTIFIERS = frozenset({"fewer", "more", "many", "few", "most", "some", "several", "thousands"})
"""'fewer Japanese are visiting': people of a nation counted, not a party."""

SEPARATE_WORDS = frozenset({"separate", "individual", "separately", "individually"})
"""Modifiers that make one meeting noun stand for one contact per counterpart."""

DELIVER_VERBS = frozenset({"deliver", "hand"})
"""Verbs of handing a letter or message to someone, which makes a contact."""

VISIT_NOUNS = frozenset({"visit", "trip", "homage", "respects"})
"""Meeting nouns of a journey: 'a visit to X', 'a trip by Y'."""

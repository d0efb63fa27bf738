"""Words of channels: mediation, means of a call, messages, hosting and envoys."""

from __future__ import annotations

MEDIATOR_NOUNS = frozenset({"mediators", "mediator", "mediation", "intermediaries", "intermediary"})
"""Nouns that make 'through X' a mediation."""

CALL_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "zoom"})
"""Words that make a contact a phone or video call."""

CALL_NOUNS = frozenset({"call", "conversation", "videoconference"})
"""Meeting nouns that are a call by themselves."""

MESSAGES = frozenset({"call", "phone", "telephone", "message", "letter"})
"""Objects of 'received' that make the receipt a call."""

MEANS_PREPS = frozenset({"by", "over", "via", "on"})
"""Prepositions of the means of a call ("by telephone")."""

THROUGH_PREPS = frozenset({"through", "via"})
"""Prepositions of an intermediary ("through Oman")."""

HOST_ROLE_VERBS = frozenset({"host", "chair", "sponsor", "organize", "organise"})
"""'X by Y' verbs that make Y the host."""

INDIRECT_WORDS = frozenset({"indirect", "proximity"})
"""Modifiers of a meeting noun telling that the sides talked through a go-between."""

MEDIATE_VERBS = frozenset({"mediate", "broker", "facilitate"})
"""'X by Y' verbs that make Y the mediator."""

MEANS_WORDS: dict[str, str] = {
    "phone": "phone",
    "telephone": "phone",
    "telephonic": "phone",
    "phoned": "phone",
    "video": "video",
    "videoconference": "video",
    "videoconferencing": "video",
    "videolink": "video",
    "video-link": "video",
    "virtual": "video",
    "virtually": "video",
    "online": "video",
    "letter": "letter",
    "letters": "letter",
}
"""Words naming the means a contact went by, and the channel kind of that means (a call
told with no means word is a phone call)."""

AUSPICES_NOUNS = frozenset({"auspices", "mediation", "sponsorship", "facilitation"})
"""'under the auspices of X', 'through the mediation of X': X brought the sides together."""

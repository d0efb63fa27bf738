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

MEDIATE_VERBS = frozenset({"mediate", "broker"})
"""'X by Y' verbs that make Y the mediator."""

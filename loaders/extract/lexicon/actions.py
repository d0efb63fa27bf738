"""Verbs of actions around contacts: prevention, detention, transport, boycott."""

from __future__ import annotations

PREVENT_VERBS = frozenset({"prevent", "stop", "block", "bar", "ban", "forbid"})
DETAIN_VERBS = frozenset({"detain", "arrest", "hold", "jail", "imprison", "seize"})
TRANSPORT_VERBS = frozenset({"transfer", "transport", "fly", "ferry", "carry", "bring", "evacuate"})
URGE_VERBS = frozenset({"call", "urge", "appeal"})
"""Verbs whose subject calls for a boycott."""
PERMISSION_WORDS = ("permission", "permit", "release")
"""Words that make a refusal a prevention."""
ACTION_LEMMAS = PREVENT_VERBS | DETAIN_VERBS | TRANSPORT_VERBS | {"boycott", "refuse"}
"""Every verb that may report an action."""

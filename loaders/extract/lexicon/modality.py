"""Words of status and modality: planned, conditional, reported, denied, secret; and the
verbs that introduce what someone said."""

from __future__ import annotations

import re

PLAN_WORDS = frozenset(
    {
        "plan",
        "expect",
        "due",
        "schedule",
        "agree",
        "propose",
        "intend",
        "prepare",
        "seek",
        "invite",
        "aim",
        "set",
        "upcoming",
        "forthcoming",
        "next",
        "future",
        "would",
        "will",
        "shall",
        "suggest",
        "offer",
        "call",
    }
)
"""Words that make a contact planned (or proposed) rather than held."""

CONDITIONAL_WORDS = frozenset(
    {"if", "unless", "willing", "ready", "could", "might", "may", "only", "hope", "want", "wish"}
)
"""Words that make a contact hypothetical."""

REPORT_CUES = (
    "reportedly",
    "according to the report",
    "according to a report",
    "citing unnamed",
    "unconfirmed",
    "is said to have",
    "are said to have",
    "was said to have",
    "according to",
)
"""Phrases that mark a contact as reported by a third party."""

DENIAL = re.compile(
    r"\bden(?:ied|ies|y|ying)\b[^.;]{0,40}\b(?:report|meeting|met|talks|visit|contact|claim|that)|"
    r"\bno such (?:meeting|talks|visit|contact)|\b(?:did not|never) take place|"
    r"\bnever (?:took place|met)"
)
"""Phrases that mark a contact as denied."""

SECRET_WORDS = frozenset(
    {
        "secret",
        "secretly",
        "clandestine",
        "covert",
        "covertly",
        "undisclosed",
        "unannounced",
        "confidential",
        "discreet",
        "discreetly",
    }
)
"""Words that mark a contact as secret."""

REPORTING_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "confirm",
        "add",
        "state",
        "write",
        "quote",
        "note",
        "stress",
        "claim",
        "declare",
        "cite",
        "deny",
        "describe",
        "reveal",
    }
)
"""Verbs that introduce what someone said."""

BLOCKED_BY = frozenset(
    {"prevent", "stop", "block", "bar", "ban", "refuse", "release", "unable", "forbid", "fail"}
)
"""Words above a contact that mean it did not happen."""

FUTURE_AUX = frozenset({"will", "shall", "'ll", "would"})
"""Auxiliaries of the future."""

POSSIBLE_AUX = frozenset({"could", "might", "may"})
"""Auxiliaries of a mere possibility."""

CONDITION_MARKS = frozenset({"if", "unless"})
"""Subordinators of a condition."""

PLANNED_ADJECTIVES = frozenset({"planned", "proposed", "possible", "future"})
"""Adjectives that make a contact planned."""

PLANNED_PARTICIPLES = frozenset({"due", "expected", "scheduled", "slated", "poised"})
"""Words above a contact that put it ahead ("is due to meet")."""

AHEAD_MARKS = frozenset({"before", "once", "until", "when"})
"""Subordinators of a time clause that, with a present tense, put a contact ahead."""

CLAIM_VERBS = frozenset({"claim", "allege"})
"""Reporting verbs of a third party's claim."""

AHEAD_WORDS = frozenset({"due", "upcoming", "forthcoming"})
"""Modifiers of a meeting noun that put it ahead."""


CANCEL_VERBS = frozenset(
    f"{stem}{end}"
    for stem, ends in (
        ("cancel", ("", "s", "ed", "led", "ing", "ling")),
        ("postpon", ("e", "es", "ed", "ing")),
        ("scrap", ("", "s", "ped", "ping")),
        ("shelv", ("e", "es", "ed", "ing")),
        ("suspend", ("", "s", "ed", "ing")),
        ("abandon", ("", "s", "ed", "ing")),
    )
    for end in ends
)
"""Verbs, in each form (the lemma of a rare verb may be cut short), that call off a contact
told under them ('the visit was postponed')."""

"""Words of parties: heads of descriptions of unnamed parties, organization words, titles."""

from __future__ import annotations

from core.names import TITLES

UNNAMED_HEADS = frozenset(
    {
        "official",
        "officials",
        "officer",
        "officers",
        "delegation",
        "delegations",
        "delegate",
        "delegates",
        "representative",
        "representatives",
        "envoy",
        "envoys",
        "diplomat",
        "diplomats",
        "leader",
        "leaders",
        "authorities",
        "chief",
        "chiefs",
        "head",
        "heads",
        "team",
        "commander",
        "commanders",
        "emissary",
        "emissaries",
        "negotiator",
        "negotiators",
        "mediators",
        "ambassador",
        "ambassadors",
        "minister",
        "ministers",
        "counterpart",
        "counterparts",
        "agents",
        "figures",
        "members",
        "guests",
        "visitors",
        "spokesman",
        "adviser",
        "advisers",
        "advisor",
        "deputy",
        "president",
        "secretary",
        "secretary-general",
        "chancellor",
        "king",
        "emir",
        "prince",
        "general",
        "side",
        "police",
        "troops",
        "guards",
        "groups",
        "factions",
        "militias",
        "rebels",
        "chairperson",
        "chairman",
        "chairwoman",
        "journalists",
        "journalist",
        "activists",
        "activist",
        "protesters",
        "dissidents",
        "opponents",
        "students",
        "relatives",
        "family",
        "countries",
        "nations",
    }
)
"""Head nouns of descriptions that can name a party without a name."""

BARE_PARTIES = frozenset({"police", "authorities", "troops", "guards"})
"""Heads that name a party even without a modifier ("police detained ...")."""

COLLECTIVE_HEADS = frozenset({"delegation", "delegations", "team", "side"})
"""Unnamed parties that stand for a group (an organization)."""

ORG_WORDS = frozenset(
    {
        "ministry",
        "council",
        "forces",
        "army",
        "bank",
        "agency",
        "organisation",
        "organization",
        "service",
        "committee",
        "commission",
        "front",
        "movement",
        "party",
        "bureau",
        "directorate",
        "department",
        "secretariat",
        "union",
        "league",
        "government",
        "parliament",
        "church",
        "airlines",
        "airways",
        "office",
        "intelligence",
        "coalition",
        "body",
        "platform",
        "group",
    }
)
"""Words that make a proper name an organization."""

PERSON_TITLES = frozenset(TITLES) | {
    "chancellor", "cabinet", "state", "vice-president", "secretary-general", "interior",
    "affairs", "of", "for", "hon", "honourable", "premier", "governor", "mayor", "speaker",
    "lord", "sultan", "queen", "pope", "ayatollah", "imam", "adviser", "advisor", "advisers",
    "representative", "diplomat", "coordinator", "commissioner", "undersecretary", "under",
    "chair", "chairperson", "chairwoman", "national", "security", "spokesperson", "negotiator",
    "counselor", "counsellor", "attache", "diplomatic", "high", "top", "senior", "former",
    "assistant", "acting", "caretaker", "external", "political", "economic", "military",
    "presidential", "ministers", "presidents", "excellency", "his", "her", "dr.", "mr.",
    "mrs.", "ms.", "lady", "madam",
}  # fmt: skip
"""Words that may precede a person's name as a title."""

HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "his", "her"})
"""Forms of address before a name, which are no office ('Mr.', 'Dr.', 'His Excellency')."""

PLURAL_GROUP_HEADS = frozenset(
    {
        "representatives",
        "officials",
        "members",
        "leaders",
        "guests",
        "delegates",
        "figures",
        "ministers",
        "presidents",
        "delegations",
        "vice-ministers",
        "envoys",
        "diplomats",
    }
)
"""Plural heads that stand for the groups after them ("representatives of A and B")."""

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
"""Third-person pronouns that refer back to a person."""

FIRST_PERSON = frozenset({"i", "me"})
"""First-person pronouns: the speaker of a quote."""

INSTITUTION_HEADS = frozenset(
    {"government", "military", "army", "parliament", "cabinet", "opposition", "authorities"}
)
"""Institutions named by 'the' alone: those of the country the contact is in."""

SPEAKER_WORDS = frozenset({"we", "us", "our"})
"""Words that, in a transcript, stand for the speaker's side."""

ADDRESSEE_WORDS = frozenset({"you", "your"})
"""Words that, in a transcript, stand for the one spoken to."""

OWN_COUNTRY_NOUNS = frozenset({"country", "nation", "capital"})
"""'your country', 'our capital': the side of the one who owns it, as a host."""

BLANK_PARTIES = frozenset({"side", "sides", "parties", "they", "them", "we", "us", "you", "both"})
"""Words that stand for parties without naming any."""

PERSON_HEADS = frozenset(
    {"president", "minister", "envoy", "ambassador", "chief", "head", "leader", "secretary",
     "general", "chancellor", "king", "emir", "prince", "commander", "director", "spokesman",
     "adviser", "deputy", "counterpart"}
)  # fmt: skip
"""Heads of descriptions that stand for one person."""

STATE_BODIES = frozenset(
    {"ministry", "regime", "army", "government", "military", "police", "parliament", "navy",
     "intelligence", "opposition", "cabinet", "presidency", "department", "office"}
)  # fmt: skip
"""Bodies of a state, named by the country before them ("the Syrian regime")."""

DESCRIBED_HEADS = frozenset(
    {"diplomat", "official", "negotiator", "premier", "monarch", "sultan", "foreign", "defense",
     "defence", "envoy", "representative", "emissary", "sheikh", "crown"}
)  # fmt: skip
"""Heads of descriptions that, with a nationality, refer back to one named person."""

GROUP_NOUNS = frozenset({"delegation", "team", "visitor", "guest"})
"""Heads of a group of visitors ("the delegation") that refer back to the last one."""

LEAD_VERBS = frozenset({"lead", "head", "chair"})
"""Verbs that put a person at the head of a group ("a delegation led by X")."""

INCLUDING_PREPS = frozenset({"including", "among"})
"""Prepositions that add parties to a list ("officials including X")."""


RELATION_NOUNS = frozenset({"counterpart", "colleague", "host", "guest", "visitor", "friend"})
"""Nouns naming someone by their relation to another ('his Turkish counterpart'), no office."""

"""Word lists for the language of diplomatic and security reporting.

Nationality adjectives and their countries, capitals, meeting verbs and nouns, words that
mark planned, conditional, reported or secret contacts, and the heads of descriptions of
unnamed parties ("a senior US officer", "Houthi leaders").
"""

from __future__ import annotations

import re

from loaders.model import MeetingKind

# country name, ISO code, capital, nationality adjectives
_COUNTRIES: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("Afghanistan", "AF", "Kabul", ("Afghan",)),
    ("Algeria", "DZ", "Algiers", ("Algerian",)),
    ("Argentina", "AR", "Buenos Aires", ("Argentine", "Argentinian")),
    ("Armenia", "AM", "Yerevan", ("Armenian",)),
    ("Australia", "AU", "Canberra", ("Australian",)),
    ("Austria", "AT", "Vienna", ("Austrian",)),
    ("Azerbaijan", "AZ", "Baku", ("Azerbaijani", "Azeri")),
    ("Bahrain", "BH", "Manama", ("Bahraini",)),
    ("Bangladesh", "BD", "Dhaka", ("Bangladeshi",)),
    ("Belarus", "BY", "Minsk", ("Belarusian",)),
    ("Belgium", "BE", "Brussels", ("Belgian",)),
    ("Brazil", "BR", "Brasilia", ("Brazilian",)),
    ("Bulgaria", "BG", "Sofia", ("Bulgarian",)),
    ("Burundi", "BI", "Gitega", ("Burundian",)),
    ("Canada", "CA", "Ottawa", ("Canadian",)),
    ("Central African Republic", "CF", "Bangui", ("Central African",)),
    ("Chad", "TD", "N'Djamena", ("Chadian",)),
    ("China", "CN", "Beijing", ("Chinese",)),
    ("Colombia", "CO", "Bogota", ("Colombian",)),
    ("Cuba", "CU", "Havana", ("Cuban",)),
    ("Cyprus", "CY", "Nicosia", ("Cypriot",)),
    ("Czech Republic", "CZ", "Prague", ("Czech",)),
    ("Denmark", "DK", "Copenhagen", ("Danish",)),
    ("Egypt", "EG", "Cairo", ("Egyptian",)),
    ("Eritrea", "ER", "Asmara", ("Eritrean",)),
    ("Ethiopia", "ET", "Addis Ababa", ("Ethiopian",)),
    ("Finland", "FI", "Helsinki", ("Finnish",)),
    ("France", "FR", "Paris", ("French",)),
    ("Georgia", "GE", "Tbilisi", ("Georgian",)),
    ("Germany", "DE", "Berlin", ("German",)),
    ("Ghana", "GH", "Accra", ("Ghanaian",)),
    ("Greece", "GR", "Athens", ("Greek",)),
    ("Hungary", "HU", "Budapest", ("Hungarian",)),
    ("India", "IN", "New Delhi", ("Indian",)),
    ("Indonesia", "ID", "Jakarta", ("Indonesian",)),
    ("Iran", "IR", "Tehran", ("Iranian",)),
    ("Iraq", "IQ", "Baghdad", ("Iraqi",)),
    ("Ireland", "IE", "Dublin", ("Irish",)),
    ("Israel", "IL", "Jerusalem", ("Israeli",)),
    ("Italy", "IT", "Rome", ("Italian",)),
    ("Japan", "JP", "Tokyo", ("Japanese",)),
    ("Jordan", "JO", "Amman", ("Jordanian",)),
    ("Kazakhstan", "KZ", "Astana", ("Kazakh",)),
    ("Kenya", "KE", "Nairobi", ("Kenyan",)),
    ("Kosovo", "XK", "Pristina", ("Kosovar", "Kosovan")),
    ("Kuwait", "KW", "Kuwait City", ("Kuwaiti",)),
    ("Kyrgyzstan", "KG", "Bishkek", ("Kyrgyz",)),
    ("Lebanon", "LB", "Beirut", ("Lebanese",)),
    ("Libya", "LY", "Tripoli", ("Libyan",)),
    ("Lithuania", "LT", "Vilnius", ("Lithuanian",)),
    ("Malaysia", "MY", "Kuala Lumpur", ("Malaysian",)),
    ("Mali", "ML", "Bamako", ("Malian",)),
    ("Mexico", "MX", "Mexico City", ("Mexican",)),
    ("Morocco", "MA", "Rabat", ("Moroccan",)),
    ("Netherlands", "NL", "Amsterdam", ("Dutch",)),
    ("Nigeria", "NG", "Abuja", ("Nigerian",)),
    ("North Korea", "KP", "Pyongyang", ("North Korean",)),
    ("Norway", "NO", "Oslo", ("Norwegian",)),
    ("Oman", "OM", "Muscat", ("Omani",)),
    ("Pakistan", "PK", "Islamabad", ("Pakistani",)),
    ("Palestine", "PS", "Ramallah", ("Palestinian",)),
    ("Poland", "PL", "Warsaw", ("Polish",)),
    ("Portugal", "PT", "Lisbon", ("Portuguese",)),
    ("Qatar", "QA", "Doha", ("Qatari",)),
    ("Romania", "RO", "Bucharest", ("Romanian",)),
    ("Russia", "RU", "Moscow", ("Russian",)),
    ("Rwanda", "RW", "Kigali", ("Rwandan",)),
    ("Saudi Arabia", "SA", "Riyadh", ("Saudi",)),
    ("Serbia", "RS", "Belgrade", ("Serbian",)),
    ("Somalia", "SO", "Mogadishu", ("Somali",)),
    ("South Africa", "ZA", "Pretoria", ("South African",)),
    ("South Korea", "KR", "Seoul", ("South Korean", "Korean")),
    ("South Sudan", "SS", "Juba", ("South Sudanese",)),
    ("Spain", "ES", "Madrid", ("Spanish",)),
    ("Sudan", "SD", "Khartoum", ("Sudanese",)),
    ("Sweden", "SE", "Stockholm", ("Swedish",)),
    ("Switzerland", "CH", "Bern", ("Swiss",)),
    ("Syria", "SY", "Damascus", ("Syrian",)),
    ("Tajikistan", "TJ", "Dushanbe", ("Tajik",)),
    ("Tanzania", "TZ", "Dodoma", ("Tanzanian",)),
    ("Tunisia", "TN", "Tunis", ("Tunisian",)),
    ("Turkey", "TR", "Ankara", ("Turkish",)),
    ("Uganda", "UG", "Kampala", ("Ugandan",)),
    ("Ukraine", "UA", "Kyiv", ("Ukrainian",)),
    ("United Arab Emirates", "AE", "Abu Dhabi", ("Emirati", "UAE")),
    ("United Kingdom", "GB", "London", ("British", "UK")),
    ("United States", "US", "Washington", ("American", "US", "U.S.")),
    ("Uzbekistan", "UZ", "Tashkent", ("Uzbek",)),
    ("Venezuela", "VE", "Caracas", ("Venezuelan",)),
    ("Vietnam", "VN", "Hanoi", ("Vietnamese",)),
    ("Yemen", "YE", "Sanaa", ("Yemeni",)),
]

COUNTRY_CODE: dict[str, str] = {}
"""Country name, adjective or capital (folded) -> ISO code."""
COUNTRY_NAME: dict[str, str] = {}
"""ISO code -> country name."""
CAPITAL: dict[str, str] = {}
"""ISO code -> capital city."""
DEMONYM: dict[str, str] = {}
"""Nationality adjective (folded) -> ISO code."""
CAPITAL_CODE: dict[str, str] = {}
"""Capital city (folded) -> ISO code."""

for _name, _code, _capital, _adjectives in _COUNTRIES:
    COUNTRY_NAME[_code] = _name
    CAPITAL[_code] = _capital
    COUNTRY_CODE[_name.casefold()] = _code
    CAPITAL_CODE[_capital.casefold()] = _code
    for _adj in _adjectives:
        DEMONYM[_adj.casefold()] = _code
COUNTRY_CODE.update({"usa": "US", "america": "US", "britain": "GB", "uae": "AE", "us": "US"})
COUNTRY_CODE.update({"türkiye": "TR", "turkiye": "TR", "emirates": "AE"})


def country_of_word(word: str) -> str | None:
    """The ISO code a country name or nationality adjective stands for, if any."""
    key = word.casefold().strip(".").replace("’s", "").replace("'s", "")
    return DEMONYM.get(key) or COUNTRY_CODE.get(key)


MEET_VERBS: dict[str, MeetingKind] = {
    "meet": MeetingKind.meeting,
    "visit": MeetingKind.visit,
    "receive": MeetingKind.meeting,
    "host": MeetingKind.meeting,
    "welcome": MeetingKind.meeting,
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
}
"""Verbs that report a contact, with the kind of meeting they make."""

HOST_VERBS = frozenset({"receive", "host", "welcome", "chair"})
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

PERSON_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "president",
        "prime",
        "minister",
        "foreign",
        "general",
        "major",
        "brigadier",
        "colonel",
        "lieutenant",
        "gen",
        "maj",
        "col",
        "lt",
        "sheikh",
        "king",
        "prince",
        "emir",
        "crown",
        "deputy",
        "head",
        "chief",
        "director",
        "ambassador",
        "envoy",
        "special",
        "secretary",
        "senator",
        "admiral",
        "vice",
        "chairman",
        "spokesman",
        "spokeswoman",
        "commander",
        "chancellor",
        "cabinet",
        "state",
        "vice-president",
        "secretary-general",
        "defence",
        "defense",
        "interior",
        "affairs",
        "of",
        "for",
        "the",
        "hon",
        "honourable",
        "premier",
        "governor",
        "mayor",
        "speaker",
        "lord",
    }
)
"""Words that may precede a person's name as a title."""

PLACE_NOUNS = frozenset(
    {"capital", "city", "resort", "palace", "hotel", "airport", "office", "headquarters",
     "residence", "embassy", "guesthouse", "house", "area", "region"}
)  # fmt: skip
"""Nouns that can head a place description ("the Russian capital")."""

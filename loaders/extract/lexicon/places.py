"""Words of places: nouns that head a place description."""

from __future__ import annotations

PLACE_NOUNS = frozenset(
    {"capital", "city", "resort", "palace", "hotel", "airport", "office", "headquarters",
     "residence", "embassy", "guesthouse", "house", "area", "region"}
)  # fmt: skip
"""Nouns that can head a place description ("the Russian capital")."""

BUILDING_WORDS = (
    "ministry", "secretariat", "house", "palace", "hotel", "embassy", "headquarters", "office",
    "residence", "centre", "center", "hall", "building",
)  # fmt: skip
"""Words that make an organization's name a building one can meet in."""

BUILDING_NOUNS = frozenset(
    {"palace", "hotel", "office", "headquarters", "residence", "embassy", "guesthouse", "house"}
)
"""Place nouns that head the name of a building ("the Merdeka Palace")."""

LOCATIVE_PREPS = frozenset({"in", "at", "inside", "to", "near"})
"""Prepositions whose object can be where a contact happened."""

AREA_NOUNS = frozenset({"center", "centre", "outskirts"})
"""Nouns of part of a place ("the centre of Moscow")."""

STAY_VERBS = frozenset({"spend", "stay", "tour", "remain"})
"""Verbs of a stay ('spent three days in Africa, visiting ...'): its place is that of the
contacts told with it."""

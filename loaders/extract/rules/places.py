"""Places: only from place phrases ("in Moscow", "at the Merdeka Palace", "the Russian capital")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from core.vocabulary import PlaceKind
from loaders.extract.candidates import PlaceCand
from loaders.extract.lexicon import (
    BUILDING_NOUNS,
    BUILDING_WORDS,
    CAPITAL,
    CAPITAL_CODE,
    DISCUSS_VERBS,
    JOURNEY_VERBS,
    LOCATIVE_PREPS,
    PLACE_NOUNS,
    STAY_VERBS,
    country_of_word,
)
from loaders.extract.rules.base import PLACE_LABELS
from loaders.extract.rules.parties import PartyRules

_BROAD = frozenset({PlaceKind.country, PlaceKind.region})
"""Places broad enough to be what a discussion was about rather than where it was held."""


class PlaceRules(PartyRules):
    """Where a contact happened."""

    def place_of(self, tok: Token) -> PlaceCand | None:
        """A place named by a token: 'Moscow', 'the Russian capital', 'the Merdeka Palace'."""
        ent = self._ent_of.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            text = _clean_place(ent.text)
            code = country_of_word(text)
            if ent.label_ == "GPE" and code and text.casefold() not in CAPITAL_CODE:
                return PlaceCand(text, PlaceKind.country, code)
            kind = {"GPE": PlaceKind.city, "LOC": PlaceKind.region, "FAC": PlaceKind.building}[
                ent.label_
            ]
            if kind is PlaceKind.city and any(w in text.casefold() for w in ("airport",)):
                kind = PlaceKind.airport
            return PlaceCand(text, kind, CAPITAL_CODE.get(text.casefold()))
        if tok.lemma_ in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS:
            for c in tok.subtree:
                if (
                    c.i != tok.i
                    and c.i in self._ent_of
                    and self._ent_of[c.i].label_ in ("GPE", "FAC")
                ):
                    inner = self._ent_of[c.i]
                    if not country_of_word(inner.text) or inner.text.casefold() in CAPITAL_CODE:
                        return self.place_of(inner.root)
            if tok.lemma_ == "region":
                for c in tok.subtree:
                    ent = self._ent_of.get(c.i)
                    if ent is not None and ent.label_ in ("LOC", "GPE"):
                        return PlaceCand(_clean_place(ent.text), PlaceKind.region)
            if tok.lemma_ == "capital":
                for c in tok.lefts:
                    code = country_of_word(c.text)
                    if code and code in CAPITAL:
                        return PlaceCand(CAPITAL[code], PlaceKind.city, code)
            if tok.lemma_ in BUILDING_NOUNS:
                span = self.doc[min(t.i for t in tok.subtree) : tok.i + 1]
                text = " ".join(t.text for t in span if t.dep_ != "det")
                if any(t.is_title for t in span) or any(c.dep_ == "amod" for c in tok.lefts):
                    return PlaceCand(_clean_place(text), PlaceKind.building)
        if (
            ent is not None
            and ent.label_ == "ORG"
            and tok.head.lower_ in ("at", "inside")
            and (
                any(w in ent.text.casefold() for w in BUILDING_WORDS)
                # 'at the Pentagon', 'at the State Department': an institution met at is its seat
                or (tok.head.lower_ == "at" and tok.dep_ == "pobj" and ent.root == tok)
            )
        ):
            return PlaceCand(_clean_place(ent.text), PlaceKind.building)
        if tok.lower_ in ("there", "here"):
            for c in tok.children:
                if c.dep_ == "prep":
                    found = self._place_in_prep(c)
                    if found:
                        return found
            return self.last_place
        return None

    def _place_in_prep(self, prep: Token) -> PlaceCand | None:
        if prep.lower_ not in LOCATIVE_PREPS:
            return None
        for p in prep.children:
            if p.dep_ == "pobj":
                found = self.place_of(p)
                if found:
                    return found
        return None

    def place_for(self, heads: list[Token]) -> PlaceCand | None:
        """The place of a contact: attached to the trigger, its object, or 'where' above it."""
        for head in heads:
            for c in head.children:
                if c.dep_ == "prep" and (
                    c.lower_ != "to" or head.lemma_ in ("visit", "trip", "travel", "welcome")
                ):
                    found = self._place_in_prep(c)
                    topic = head.lemma_ in DISCUSS_VERBS and found is not None and c.i > head.i
                    if found and not (topic and found.kind in _BROAD):
                        return found  # 'discussed the situation in Syria': a topic, not a venue
                if c.dep_ == "advcl" and c.pos_ == "ADP":  # 'met X while in Cairo'
                    found = self._place_in_prep(c)
                    if found:
                        return found
                if c.dep_ == "advmod" and c.lower_ in ("there", "here"):
                    found = self.place_of(c)
                    if found:
                        return found
        head = heads[0]
        if head.dep_ == "relcl":
            found = self.place_of(head.head)
            if found:
                return found
        # 'travelled to Paris to meet X', 'came to Paris and met X': the journey's end;
        # 'spent three days in Africa, visiting X': the stay's place
        moved = head.head.lemma_ in JOURNEY_VERBS or head.head.lemma_ in STAY_VERBS
        if head.dep_ in ("advcl", "xcomp", "conj") and moved:
            for c in head.head.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                    found = self._place_in_prep(c)
                    if found:
                        return found
        for c in head.subtree:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "at")
                and c.head.pos_ in ("VERB", "NOUN", "AUX", "PROPN")
            ):
                found = self._place_in_prep(c)
                if found and found.kind not in (PlaceKind.country, PlaceKind.region):
                    return found
        return None


def _clean_place(text: str) -> str:
    text = " ".join(text.split()).strip(" ,.")
    return re.sub(r"^(?:the|The)\s+", "", text)

"""Rules over one parsed sentence: meetings, their parties, place, date, status and channels.

The rules read the dependency parse the way a reader reads news copy: the subject and
object of "met", "received", "hosted", "visited"; "held talks with"; "a meeting between
X and Y"; "talks in Moscow"; "via", "through", "mediated by", "hosted by", "on behalf of",
"arrived on a ... plane", "the ... channel". Negated and conditional contacts are dropped;
planned, reported, denied and secret ones are marked.

One module per phenomenon, each a set of small named rules layered on the one before:
:mod:`.base` (the sentence and its syntax), :mod:`.names`, :mod:`.parties`, :mod:`.places`,
:mod:`.dates`, :mod:`.status`, :mod:`.channels`, :mod:`.contacts` (finishing a candidate),
:mod:`.meeting_verbs`, :mod:`.meeting_nouns`, :mod:`.actions` and :mod:`.sides` (who came
with whom).
"""

from __future__ import annotations

from core.vocabulary import MeetingKind
from loaders.extract.lexicon import (
    HOLD_VERBS,
    MEET_VERBS,
    MEETING_NOUNS,
)
from loaders.extract.rules.actions import ActionRules
from loaders.extract.rules.base import ACTOR_LABELS, FRAME, PLACE_LABELS
from loaders.extract.rules.meeting_nouns import MeetingNounRules
from loaders.extract.rules.meeting_verbs import MeetingVerbRules
from loaders.extract.rules.sides import SideRules

__all__ = ["ACTOR_LABELS", "FRAME", "PLACE_LABELS", "SentenceRules"]


class SentenceRules(MeetingVerbRules, MeetingNounRules, ActionRules, SideRules):
    """Applies the rules to one parsed sentence of a document."""

    def run(self) -> None:
        consumed: set[int] = set()
        for tok in self.doc:
            lemma = tok.lemma_.casefold()
            if tok.pos_ in ("VERB", "AUX") and lemma in HOLD_VERBS:
                obj = self._meeting_object(tok)
                if obj is not None:
                    consumed.add(obj.i)
                    self._verb_meeting(tok, MEETING_NOUNS[obj.lower_], obj)
                    continue
            if tok.pos_ == "VERB" and self._gathering(tok):
                continue
            if tok.pos_ == "VERB" and lemma in MEET_VERBS and tok.i not in consumed:
                self._verb_meeting(tok, MEET_VERBS[lemma], None)
            elif tok.pos_ == "VERB" and (
                (lemma == "see" and self._seeing(tok)) or self._sitting_down_with(tok)
            ):
                self._verb_meeting(tok, MeetingKind.meeting, None)
            elif tok.pos_ == "NOUN" and tok.lower_ == "mediation":
                self._mediation(tok)
            elif tok.pos_ == "NOUN" and self._level_contacts(tok):
                continue
            elif (
                tok.pos_ in ("NOUN", "PROPN")
                and tok.lower_ in MEETING_NOUNS
                and tok.i not in consumed
            ):
                self._noun_meeting(tok)
            if tok.pos_ == "VERB" or tok.lemma_ in ("boycott",):
                self._action(tok)
            if tok.pos_ == "VERB" and lemma in ("lead", "head"):
                self._led_delegation(tok)
        self._channels()
        self.sides()

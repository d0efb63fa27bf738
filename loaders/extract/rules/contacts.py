"""What every contact rule ends with: the status, place, date and roles of a candidate."""

from __future__ import annotations

from spacy.tokens import Token

from core.vocabulary import MeetingKind, MeetingStatus, PlaceKind
from loaders.extract.candidates import Cue, MeetingCand
from loaders.extract.lexicon import (
    EARLIER_WORDS,
    INDIRECT_WORDS,
    MEETING_NOUNS,
    REPORTING_VERBS,
)
from loaders.extract.rules.channels import ChannelRules


class ContactRules(ChannelRules):
    """The finishing of a contact candidate, shared by verb and noun rules."""

    def _new_cand(self, kind: MeetingKind, trigger: Token, *cues: Cue) -> MeetingCand:
        """A contact candidate of this sentence, told by ``trigger`` (its verb or noun)."""
        return MeetingCand(
            kind,
            self.s.index,
            self.s.start,
            self.s.end,
            self.s.start + trigger.idx,
            cues=self.cues(*cues),
        )

    def _event_key(self, noun: Token) -> str | None:
        """A name for a contact that later sentences may refer to ('the Sochi conference')."""
        words = [
            c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
        ]
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in self._ent_of:
                        words.append(p)
        if not words:
            return None
        kind = MEETING_NOUNS.get(noun.lower_, MeetingKind.meeting).value
        for w in words:
            place = self.place_of(w)
            if place is not None and place.kind is not PlaceKind.country:
                self._event_place = place
                return f"{kind}@{place.name.casefold()}"
        return f"{kind}:" + " ".join(w.lower_ for w in words)

    def _told_as_earlier(self, trigger: Token) -> bool:
        """'We met several months ago', 'glad to see you again': in a transcript, a contact
        before the one under way."""
        if self.reg.turn_at(self.span_of(trigger)[0]) is None:
            return False
        near = [c for c in trigger.children if c.dep_ in ("advmod", "npadvmod", "advcl")]
        return any(
            t.lower_ in EARLIER_WORDS for c in near for t in (c, *c.children) if t.dep_ != "mark"
        )

    def _indirect(self, heads: list[Token]) -> bool:
        """'the indirect talks', 'proximity talks': the sides talked through a go-between."""
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in INDIRECT_WORDS
            for h in heads
            if h.lower_ in MEETING_NOUNS
            for c in h.children
        )

    def _finish(self, cand: MeetingCand, trigger: Token, heads: list[Token]) -> None:
        status = self.status_of(trigger)
        if status is None:
            return
        cand.status = status
        cand.secret = self.secret()
        cand.place = cand.place or self.place_for(heads)
        if cand.place is None and cand.event_key and "@" in cand.event_key:
            cand.place = self._event_place
        cand.mark(Cue.SIDELINES, "sidelines" in self.lower)
        cand.mark(Cue.EARLIER, self._told_as_earlier(trigger))
        cand.mark(Cue.INDIRECT, cand.has(Cue.INDIRECT) or self._indirect(heads))
        chain = [trigger]
        for anc in trigger.ancestors:
            if anc.lemma_ in REPORTING_VERBS:
                break
            chain.append(anc)
        ahead = status is MeetingStatus.planned and not any(t.tag_ == "VBD" for t in chain)
        cand.date = self.date_for(trigger, ahead)
        if cand.date and cand.date.start > self.published and status is MeetingStatus.held:
            cand.status = MeetingStatus.planned
        # "hosted by", "mediated by", "on behalf of", "at the invitation of"
        scope = (
            trigger.head
            if cand.has(Cue.NOUN) and trigger.dep_ in ("nsubj", "nsubjpass")
            else trigger
        )
        for t in scope.subtree:
            for rule in (self._roles_by_agent, self._on_behalf_of, self._at_invitation_of):
                rule(cand, t)
        self.meetings.append(cand)

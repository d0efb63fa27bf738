"""Meeting nouns: "a meeting between X and Y", "talks with X", "the Iranian-Russian talks",
"X's visit to Y"."""

from __future__ import annotations

from spacy.tokens import Token

from core.vocabulary import ChannelKind, MeetingKind, Role
from loaders.extract.candidates import ChannelCand, Cue, MeetingCand, PartyCand
from loaders.extract.lexicon import (
    AWAIT_VERBS,
    JOURNEY_VERBS,
    LEVEL_CONTACTS,
    MEDIATE_VERBS,
    MEETING_NOUNS,
    NOT_A_CONTACT_VERBS,
    PLURALIA,
    REPEAT_VERBS,
    UNNAMED_HEADS,
    VISIT_NOUNS,
    country_of_word,
)
from loaders.extract.rules.base import LEVELS
from loaders.extract.rules.contacts import ContactRules


def is_demand(noun: Token) -> bool:
    """'a call for X to withdraw': a demand, not a contact."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.lower_ == "call" and after is not None and after.lower_ == "for"


class MeetingNounRules(ContactRules):
    """Contacts named by a noun."""

    def _awaited_by(self, noun: Token) -> list[PartyCand]:
        """'We look forward to the visit of X', 'Moscow awaits the visit of X': the one who
        waits receives the visit."""
        if noun.lower_ not in VISIT_NOUNS:
            return []
        for anc in list(noun.ancestors)[:3]:
            if anc.pos_ == "VERB" and anc.lemma_ in AWAIT_VERBS:
                if anc.lemma_ == "look" and not any(c.lower_ == "forward" for c in anc.children):
                    return []
                return [p for s in self._subjects(anc)[0] for p in self.parties(s, Role.host)]
        return []

    def _mediation(self, noun: Token) -> None:
        """'X begins his mediation between A and B', 'mediation efforts between A and B': a
        contact of A and B that X mediates."""
        holders = [noun, *list(noun.ancestors)[:2]]
        sides = [p for h in holders for o in self._pobjs(h, ("between",)) for p in self.parties(o)]
        if len({p.key for p in sides}) < 2:
            return
        cand = self._new_cand(MeetingKind.talks, noun, Cue.NOUN)
        mediators = [c for h in holders[:2] for c in h.children if c.dep_ == "poss"]
        verb = next((h for h in holders if h.pos_ == "VERB"), None)
        if verb is not None:
            mediators += self._subjects(verb)[0]
        for m in mediators:
            for p in self.parties(m, Role.mediator):
                cand.parties.append(p)
                cand.channels.append(ChannelCand(ChannelKind.mediator, *self.span_of(m), via=p.key))
                break
        cand.parties.extend(sides)
        self._finish(cand, noun, [noun, *holders[1:]])

    def _mediated_by_subject(self, cand: MeetingCand, noun: Token) -> None:
        """'X mediated talks between A and B', 'X brokered the talks': X is the mediator of
        the contact, and its channel."""
        if noun.dep_ != "dobj" or noun.head.lemma_ not in MEDIATE_VERBS:
            return
        for s in self._subjects(noun.head)[0]:
            for p in self.parties(s, Role.mediator):
                cand.parties.append(p)
                cand.channels.append(
                    ChannelCand(ChannelKind.mediator, *self.span_of(noun.head), via=p.key)
                )

    def _level_contacts(self, noun: Token) -> bool:
        """'They discussed future high-level contacts': contacts between the officials of
        that level of the two sides told before (resolved when the contacts are assembled)."""
        if noun.tag_ != "NNS" or noun.lemma_ not in LEVEL_CONTACTS:
            return False
        level = next(
            (
                f"{a.lower_}-level"
                for c in noun.children
                if c.dep_ == "compound" and c.lower_ == "level"
                for a in c.children
                if a.dep_ == "amod"
            ),
            None,
        )
        if level is None:
            return False
        cand = self._new_cand(MeetingKind.meeting, noun, Cue.NOUN)
        cand.parties.append(PartyCand(f"{LEVELS}:{level}", weak=True))
        self._finish(cand, noun, [noun])
        return True

    def _repeated(self, noun: Token) -> None:
        """'this meeting will be repeated tomorrow': the parties of the contact told before
        meet again, on a date of its own."""
        cand = self._new_cand(MEETING_NOUNS[noun.lower_], noun, Cue.NOUN, Cue.REPEATED)
        self._finish(cand, noun.head, [noun, noun.head])

    def _noun_meeting(self, noun: Token) -> None:
        between_verb = (
            self._pobjs(noun.head, ("between",)) if noun.dep_ in ("nsubj", "nsubjpass") else []
        )
        if noun.lower_ == "messages" and not any(
            c.dep_ in ("compound", "amod") and c.lower_ in ("telephone", "phone")
            for c in noun.children
        ):
            return  # messages a channel carries are no contact; telephone messages are calls
        between = bool(between_verb or self._pobjs(noun, ("between",)))
        if noun.tag_ == "NNS" and noun.lower_ not in PLURALIA and not between:
            return  # 'meetings' are many contacts, unless told between two sides
        if noun.head.lemma_ in REPEAT_VERBS and noun.dep_ in ("nsubj", "nsubjpass"):
            self._repeated(noun)
            return
        if is_demand(noun):
            return
        if noun.dep_ in ("dobj", "pobj") and noun.head.lemma_ in NOT_A_CONTACT_VERBS:
            anaphoric_only = True
        else:
            anaphoric_only = False
        cand = self._new_cand(MEETING_NOUNS[noun.lower_], noun, Cue.NOUN)
        if self._is_call(None, noun):
            cand.kind = MeetingKind.call
        cand.event_key = self._event_key(noun)
        with_parties = [p for o in self._pobjs(noun, ("with",)) for p in self.parties(o)]
        verb = noun.head.head
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ in ("in", "at", "during")
            and verb.pos_ == "VERB"
        ):
            # 'I heard it in a meeting yesterday with X': X and the clause's subject
            with_parties = with_parties or [
                p for o in self._pobjs(verb, ("with",)) for p in self.parties(o)
            ]
            if with_parties:
                for s in self._subjects(verb)[0]:
                    cand.parties.extend(self.parties(s))
        if (
            with_parties
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "for"
            and verb.lemma_ in JOURNEY_VERBS
        ):  # 'X is due to arrive in Paris for talks with Y': the traveller is a party
            for s in self._subjects(verb)[0]:
                cand.parties.extend(self.parties(s))
        for o in self._pobjs(noun, ("between",)) + between_verb:
            cand.parties.extend(self.parties(o))
        for o in self._pobjs(noun, ("of",)):  # 'a meeting of NATO defence ministers'
            if (o.tag_ in ("NNS", "NNPS") and o.lower_ in UNNAMED_HEADS) or self._conjuncts(o):
                cand.parties.extend(self.parties(o))
        cand.parties.extend(with_parties)
        for o in self._pobjs(noun, ("by", "of")) if noun.lower_ in VISIT_NOUNS else []:
            cand.parties.extend(self.parties(o))
        for c in noun.lefts:
            if c.dep_ == "poss":
                cand.parties.extend(self.parties(c))
        codes = []
        for c in noun.lefts:
            for part in c.subtree:
                code = (
                    country_of_word(part.text)
                    if part.dep_ in ("amod", "compound", "npadvmod", "nmod")
                    else None
                )
                if code and code not in codes:
                    codes.append(code)
        if len(codes) >= 2:
            for code in codes:
                cand.parties.append(PartyCand(self.reg.country(code).key))
        if noun.lower_ in VISIT_NOUNS:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj" and not self.place_of(p):
                            hosts = self.parties(p, Role.host)
                            cand.mark(
                                Cue.ONE_SIDED,
                                cand.has(Cue.ONE_SIDED) or (bool(hosts) and not cand.parties),
                            )
                            cand.parties.extend(hosts)
        cand.parties.extend(self._awaited_by(noun))
        self._mediated_by_subject(cand, noun)
        if with_parties and len(with_parties) == len(cand.parties):
            cand.mark(Cue.ONE_SIDED, not any(c.dep_ == "poss" for c in noun.lefts))
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        own = {p.key for p in cand.parties}
        if det is not None and det.lower_ in ("the", "this", "that") and cand.event_key is None:
            cand.mark(Cue.ANAPHORIC, len(own) < 2)  # 'the talks between A and B' stand alone
        if anaphoric_only and not cand.event_key:
            return
        cand.confidence = 0.7
        self._finish(
            cand, noun, [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else [noun]
        )

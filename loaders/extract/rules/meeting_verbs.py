"""Meeting verbs: "X met Y", "X received Y", "X held talks with Y", "X visited Y",
"the talks brought together X and Y", "X met A in Belgrade and B in Pristina"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from core.vocabulary import ChannelKind, MeetingKind, PlaceKind, Role
from loaders.extract.candidates import ChannelCand, Cue, MeetingCand, PartyCand, PlaceCand
from loaders.extract.dates import DateValue, find_dates
from loaders.extract.lexicon import (
    ADDRESSEE_WORDS,
    AGREEMENT_NOUNS,
    DELIVER_VERBS,
    DISCUSS_VERBS,
    EVENT_VERBS,
    GATHER_VERBS,
    HOST_VERBS,
    HOSTING_VERBS,
    INSTITUTION_HEADS,
    JOURNEY_VERBS,
    MEETING_NOUNS,
    MESSAGES,
    RECIPROCALS,
    SEPARATE_WORDS,
    VISIT_NOUNS,
)
from loaders.extract.rules.contacts import ContactRules
from loaders.extract.rules.meeting_nouns import is_demand

OBJECTS = ("dobj", "attr")


@dataclass
class VerbFrame:
    """A meeting verb and its arguments, as the verb rules read and reshape them."""

    verb: Token
    lemma: str
    noun: Token | None
    subjects: list[Token]
    passive: bool
    objects: list[Token]
    others: list[Token]
    agent: list[Token]
    cand: MeetingCand
    heads: list[Token]
    counterparts: list[PartyCand] = field(default_factory=list)


class MeetingVerbRules(ContactRules):
    """Contacts named by a verb."""

    def _gathering(self, verb: Token) -> bool:
        """'The talks brought together X and Y', 'Qatar brought together X and Y'."""
        lemma = verb.lemma_.casefold()
        together = any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in verb.children
        )
        if not ((lemma in GATHER_VERBS and together) or lemma == "convene"):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        subjects, _ = self._subjects(verb)
        noun = next((x for x in subjects if x.lower_ in MEETING_NOUNS), None)
        kind = MEETING_NOUNS[noun.lower_] if noun is not None else MeetingKind.meeting
        cand = self._new_cand(kind, verb)
        for o in objects:
            cand.parties.extend(self.parties(o))
        if noun is not None:
            cand.event_key = self._event_key(noun)
            det = next((c for c in noun.lefts if c.dep_ == "det"), None)
            cand.mark(Cue.ANAPHORIC, det is not None and det.lower_ in ("the", "this", "that"))
            for c in noun.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_ in ("chair", "host", "lead"):
                    for a in c.children:
                        if a.dep_ == "agent":
                            for p in a.children:
                                if p.dep_ == "pobj":
                                    cand.parties.extend(self.parties(p, Role.host))
        else:
            for x in subjects:
                cand.parties.extend(self.parties(x, Role.host))
        self._finish(cand, verb, [verb] + ([noun] if noun is not None else []))
        return True

    def _meeting_object(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in MEETING_NOUNS and not is_demand(c):
                return c
        t = verb
        while t.dep_ in ("xcomp", "conj") and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in MEETING_NOUNS:
            return t.head
        return None

    def _verb_meeting(self, verb: Token, kind: MeetingKind, noun: Token | None) -> None:
        """A contact told by a verb ('met'), or by a verb and its meeting noun ('held talks')."""
        lemma = verb.lemma_.casefold()
        subjects, passive = self._subjects(verb)
        if not subjects:
            subjects = self._name_before(verb)
        others = self._pobjs(verb, ("with", "between")) + (
            self._pobjs(noun, ("with", "between", "of")) if noun is not None else []
        )
        f = VerbFrame(
            verb=verb,
            lemma=lemma,
            noun=noun,
            subjects=subjects,
            passive=passive,
            objects=[c for c in verb.children if c.dep_ in ("dobj", "attr")]
            if noun is None
            else [],
            others=others,
            agent=[
                p
                for c in verb.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ],
            cand=self._new_cand(kind, verb),
            heads=[verb] + ([noun] if noun is not None else []),
        )
        rules: tuple[Callable[[VerbFrame], bool], ...] = (
            self._message_from,
            self._call_kind,
            self._lone_discussion,
            self._call_needs_object,
            self._signing,
            self._delivery,
            self._holder_hosts,
            self._noun_reference,
            self._attended_event,
            self._visited_place,
            self._received_message,
            self._welcomed_nobody,
            self._shuttle,
            self._among_themselves,
            self._visit_to,
        )
        for rule in rules:
            if not rule(f):
                return
        self._verb_parties(f)
        self._fellow_participants(f)
        if noun is None and lemma == "meet" and self._gapped(f.cand, verb, f.subjects):
            return
        if self._separate(f):
            return
        self._finish(f.cand, verb, f.heads)

    # Each rule below reads the frame, may change it, and returns False to drop the contact.

    def _message_from(self, f: VerbFrame) -> bool:
        """'received a call from X': X is a counterpart."""
        if f.noun is None and f.lemma in ("receive", "get", "take"):
            for o in [c for c in f.verb.children if c.dep_ == "dobj" and c.lower_ in MESSAGES]:
                f.others += self._pobjs(o, ("from",)) + self._pobjs(f.verb, ("from",))
        return True

    def _call_kind(self, f: VerbFrame) -> bool:
        """'spoke by telephone', 'held a phone call': the contact is a call."""
        if self._is_call(f.verb, f.noun):
            f.cand.kind = MeetingKind.call
        return True

    def _lone_discussion(self, f: VerbFrame) -> bool:
        """'X discussed the crisis': a discussion verb without a counterpart is no contact."""
        return not (
            f.noun is None
            and f.lemma in DISCUSS_VERBS
            and not f.others
            and len(f.subjects) == 1
            and not self._conjuncts(f.subjects[0])
        )

    def _call_needs_object(self, f: VerbFrame) -> bool:
        """'X called for talks' is no call; 'X called Y' is."""
        return not (f.noun is None and f.lemma == "call" and not f.objects)

    def _signing(self, f: VerbFrame) -> bool:
        """'X and Y signed an agreement': a contact only when an agreement is signed."""
        if f.noun is None and f.lemma == "sign":
            if not any(o.lower_ in AGREEMENT_NOUNS for o in f.objects):
                return False
            f.objects = []
        return True

    def _delivery(self, f: VerbFrame) -> bool:
        """'X will arrive to deliver a letter to Y': a contact with Y, only for a letter or
        a message; the letter goes as a channel."""
        if f.noun is not None or f.lemma not in DELIVER_VERBS:
            return True
        letters = [o for o in f.objects if o.lower_ in MESSAGES or o.lemma_ in MESSAGES]
        if not letters:
            return False
        f.others = f.others + self._pobjs(f.verb, ("to",)) + self._pobjs(letters[0], ("to",))
        f.objects = []
        return bool(f.others)

    def _holder_hosts(self, f: VerbFrame) -> bool:
        """'X hosted talks', 'X convened a conference': the subject hosts."""
        if (
            f.noun is not None
            and f.lemma in HOSTING_VERBS
            and (f.cand.kind is MeetingKind.conference or f.lemma != "hold")
        ):
            for s in f.subjects:
                if self._hosting_city(f, s):
                    continue
                f.cand.parties.extend(self.parties(s, Role.host))
                if f.lemma == "host":
                    self._host_channel(f.cand, s)
            f.subjects = []
        return True

    def _hosting_city(self, f: VerbFrame, subject: Token) -> bool:
        """'Erbil hosted talks between A and B': a city that hosts is where the contact was
        held, not a party to it."""
        place = self.place_of(subject)
        if place is None or place.kind is not PlaceKind.city:
            return False
        f.cand.place = f.cand.place or place
        return True

    def _noun_reference(self, f: VerbFrame) -> bool:
        """'the talks were held ...': the meeting noun may refer back to a contact told."""
        noun = f.noun
        if noun is not None:
            det = next((c for c in noun.lefts if c.dep_ == "det"), None)
            f.cand.mark(
                Cue.ANAPHORIC,
                det is not None and det.lower_ in ("the", "this", "that") and not f.others,
            )
            if noun.dep_ in ("relcl", "acl") or (noun.i < f.verb.i and noun.dep_ != "nsubjpass"):
                f.cand.mark(Cue.ANAPHORIC, f.cand.has(Cue.ANAPHORIC) and noun.dep_ != "nsubjpass")
        return True

    def _attended_event(self, f: VerbFrame) -> bool:
        """'X attended the Sochi conference', 'X chaired the talks between A and B'."""
        if not (
            f.noun is None
            and f.lemma in EVENT_VERBS
            and f.objects
            and f.objects[0].lower_ in MEETING_NOUNS
        ):
            return True
        event = f.objects[0]
        f.cand.kind = MEETING_NOUNS[event.lower_]
        f.cand.event_key = self._event_key(event)
        det = next((c for c in event.lefts if c.dep_ == "det"), None)
        f.cand.mark(
            Cue.ANAPHORIC,
            f.cand.event_key is None and det is not None and det.lower_ in ("the", "this", "that"),
        )
        f.heads.append(event)
        hosting = f.lemma in ("host", "chair")
        for s in f.subjects:
            if hosting and self._hosting_city(f, s):
                continue
            f.cand.parties.extend(self.parties(s, Role.host if hosting else Role.participant))
            if f.lemma == "host":
                self._host_channel(f.cand, s)
        f.others = self._pobjs(event, ("between", "with"))
        f.objects = []
        f.subjects = []
        return True

    def _fellow_participants(self, f: VerbFrame) -> None:
        """'X will attend a regional meeting': X meets the others who attend it, a party of
        their own when the text names none ('participants of the regional meeting')."""
        event = f.noun
        if event is None or f.lemma != "attend" or f.counterparts or len(f.cand.parties) != 1:
            return
        det = next((c for c in event.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an"):
            return
        words = [t.text for t in event.lefts if t.dep_ in ("amod", "compound", "nmod")]
        name = " ".join(["participants of the", *words, event.text])
        rec = self.reg.unnamed(name, "participants", self.span_of(event))
        f.cand.parties.append(PartyCand(rec.key, weak=True))

    def _visited_place(self, f: VerbFrame) -> bool:
        """'X visited Moscow': the object is the place, not a party."""
        if f.noun is None and f.lemma == "visit":
            places = [o for o in f.objects if self.place_of(o)]
            if places:
                f.cand.place = self.place_of(places[0])
                f.objects = [o for o in f.objects if o not in places]
        return True

    def _received_message(self, f: VerbFrame) -> bool:
        """'X received a call from Y': a call."""
        messages = [o for o in f.objects if o.lower_ in MESSAGES]
        if f.noun is None and f.lemma == "receive" and messages:
            f.cand.kind = MeetingKind.call
            f.objects = [o for o in f.objects if o not in messages]
        return True

    def _welcomed_nobody(self, f: VerbFrame) -> bool:
        """'X welcomed the agreement': no party in the object, no contact."""
        return not (
            f.noun is None
            and f.lemma in ("welcome", "greet", "receive", "call")
            and f.objects
            and not any(self._party(o, Role.participant) for o in f.objects)
        )

    def _shuttle(self, f: VerbFrame) -> bool:
        """'X shuttled between the sides': X mediates the contact told around it."""
        if f.noun is None and f.lemma == "shuttle":
            for s in f.subjects:
                f.cand.parties.extend(self.parties(s, Role.mediator))
                for p in self.parties(s):
                    f.cand.channels.append(
                        ChannelCand(ChannelKind.mediator, *self.span_of(s), via=p.key)
                    )
            f.cand.mark(Cue.ANAPHORIC)
            f.subjects = []
        return True

    def _sitting_down_with(self, verb: Token) -> bool:
        """'X sat down with Y': a meeting, told with its counterpart."""
        return (
            verb.lower_ in ("sit", "sits", "sat", "sitting")
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)
            and bool(self._pobjs(verb, ("with",)))
        )

    def _seeing(self, verb: Token) -> bool:
        """'glad to see you', 'we have seen each other': in a transcript, seeing the one
        spoken to is meeting them."""
        if self.reg.turn_at(self.span_of(verb)[0]) is None:
            return False
        return any(
            c.dep_ == "dobj" and (c.lower_ in ADDRESSEE_WORDS or c.lower_ in RECIPROCALS)
            for c in verb.children
        )

    def _among_themselves(self, f: VerbFrame) -> bool:
        """'We met several months ago', 'we have seen each other': in a transcript, the
        speaker and the one spoken to."""
        alone = not f.others and all(o.lower_ in RECIPROCALS for o in f.objects)
        if not alone or [s.lower_ for s in f.subjects] != ["we"]:
            return True
        turn = self.reg.turn_at(self.span_of(f.verb)[0])
        if turn is not None and turn.addressee:
            f.objects = []
            f.cand.parties.append(PartyCand(turn.addressee, weak=True))
        return True

    def _visit_to(self, f: VerbFrame) -> bool:
        """'X will make a visit to Y': Y receives the visit (a place names where, not whom)."""
        if f.noun is not None and f.noun.lower_ in VISIT_NOUNS:
            dative = [  # 'pay homage to X'
                p
                for c in f.verb.children
                if c.dep_ == "dative" and c.lower_ == "to"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            for o in self._pobjs(f.noun, ("to",)) + dative:
                if self.place_of(o) is None:
                    f.cand.parties.extend(self.parties(o, Role.host))
        return True

    def _verb_parties(self, f: VerbFrame) -> None:
        """Subject, object, agent and counterparts as parties, hosts by the verb's voice."""
        cand, lemma = f.cand, f.lemma
        if f.noun is not None:
            cand.event_key = self._event_key(f.noun)
        if lemma in HOST_VERBS and f.noun is None:
            guests, hosts = (f.subjects, f.agent) if f.passive else (f.objects, f.subjects)
            if f.passive:
                for s in guests:
                    cand.parties.extend(self.parties(s))
                for a in hosts:
                    cand.parties.extend(self.parties(a, Role.host))
            else:
                for s in hosts:
                    cand.parties.extend(self.parties(s, Role.host))
                for o in guests:
                    cand.parties.extend(self.parties(o))
        else:
            for s in f.subjects:
                cand.parties.extend(self.parties(s))
            for o in f.objects:
                cand.parties.extend(
                    self.parties(o, Role.host if lemma == "visit" else Role.participant)
                )
            for a in f.agent:
                cand.parties.extend(self.parties(a))
        if f.others and not cand.parties:
            cand.mark(Cue.ONE_SIDED)
        f.counterparts = [p for o in f.others for p in self.parties(o)]
        cand.parties.extend(f.counterparts)
        if lemma in ("welcome", "receive", "host", "meet"):
            for o in self._pobjs(f.verb, ("along",)):
                cand.parties.extend(self.parties(o))

    def _separate(self, f: VerbFrame) -> bool:
        """'held separate meetings with A, B and C': one contact per counterpart."""
        noun = f.noun
        separate = noun is not None and any(c.lower_ in SEPARATE_WORDS for c in noun.lefts)
        separate = separate or any(  # 'spoke with A and separately with B'
            c.dep_ == "prep" and any(a.lower_ in SEPARATE_WORDS for a in c.children)
            for c in f.verb.children
        )
        separate = separate or any(  # 'met with A, B and C in separate meetings'
            c.dep_ == "prep"
            and any(
                o.dep_ == "pobj"
                and o.lower_ in MEETING_NOUNS
                and any(a.lower_ in SEPARATE_WORDS for a in o.lefts)
                for o in c.children
            )
            for c in f.verb.children
        )
        withs = [  # 'spoke with A, and with B': the preposition said again, a contact each
            c
            for c in f.verb.children
            if c.dep_ in ("prep", "conj")
            and c.lower_ == "with"
            and any(o.dep_ == "pobj" for o in c.children)
        ]
        separate = separate or (len(withs) > 1 and any(c.dep_ == "cc" for c in f.verb.children))
        apart = any(  # 'also met separately with A and B', 'separately met A and B'
            c.dep_ == "advmod" and c.lower_ in SEPARATE_WORDS for c in f.verb.children
        )
        separate = separate or apart
        others = f.counterparts
        if apart and not others and f.noun is None:
            others = [p for o in f.objects for p in self.parties(o)]
        if f.lemma == "visit" and noun is None:  # 'visiting leaders of A, B and C'
            visited = [p for o in f.objects for p in self.parties(o, Role.host)]
            if len(visited) > 1 and all(
                self.reg.actors[p.key].type.value == "country" for p in visited
            ):
                separate, others = True, visited
        separate = separate or self._visit_round(f, others) or self._institutions(others)
        if not (separate and len(others) > 1):
            return False
        keys = {o.key for o in others}
        own = [p for p in f.cand.parties if p.key not in keys]
        for other in others:
            copy = f.cand.copy_with([*own, other])
            copy.mark(Cue.SEPARATE)
            self._finish(copy, f.verb, f.heads)
        return True

    def _institutions(self, others: list[PartyCand]) -> bool:
        """'he would speak with the government, the military and anyone else': a round of
        the institutions of the country visited, one contact each."""
        recs = [self.reg.actors.get(p.key) for p in others]
        if len(recs) < 2 or not all(r is not None and r.unnamed for r in recs):
            return False  # a party standing for the contact's own ('the two ministers')
        heads = {r.name.split()[-1].casefold() for r in recs if r is not None}
        return len(heads) == len(recs) and heads <= INSTITUTION_HEADS

    def _visit_round(self, f: VerbFrame, others: list[PartyCand]) -> bool:
        """'X came to Washington and met with A, B, C and D': a visitor's round of calls on
        several office holders, one contact each (three or more named people, one visitor)."""
        if f.noun is not None or f.lemma != "meet" or len(others) < 3:
            return False
        journey = f.verb.dep_ == "conj" and f.verb.head.lemma_.casefold() in JOURNEY_VERBS
        if not journey:
            return False
        keys = {o.key for o in others}
        own = [p for p in f.cand.parties if p.key not in keys]
        people = all(self.reg.actors[p.key].type.value == "person" for p in (*own, *others))
        return people and len(own) == 1

    def _gapped(self, cand: MeetingCand, verb: Token, subjects: list[Token]) -> bool:
        """'X met A in Belgrade on Tuesday and B in Pristina on Wednesday': one meeting each.

        Read in text order after the verb: each named counterpart opens a segment that takes
        the place and the date written before the next one.
        """
        taken = {t.i for s in subjects for t in s.subtree}
        segments: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if ent.start > verb.i and ent.label_ == "PERSON" and ent.start not in taken:
                if segments:
                    gap = self.doc[segments[-1][1] : ent.start]
                    coordinated = any(t.lower_ == "and" for t in gap) and not any(
                        t.pos_ in ("VERB", "AUX") or t.lower_ in ("behalf", "of", "by") for t in gap
                    )
                    if not coordinated:
                        break
                segments.append((ent.start, ent.end))
        if len(segments) < 2:
            return False
        bounds = [start for start, _ in segments[1:]] + [len(self.doc)]
        dates = find_dates(self.s.text, self.published)
        plans: list[tuple[PartyCand, PlaceCand | None, DateValue | None]] = []
        for (start, end), stop in zip(segments, bounds, strict=True):
            ent = self._ent_of[start]
            rec = self._ent_actor(ent)
            if rec is None:
                return False
            place = None
            for t in self.doc[end:stop]:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
                    place = place or self.place_of(t)
            first, last = self.doc[start].idx, self.doc[stop - 1].idx
            date = next((d for d in dates if first <= d.begin <= last), None)
            plans.append((PartyCand(rec.key), place, date))
        if sum(1 for _, place, date in plans if place or date) < 2:
            return False
        own = [p for p in cand.parties if p.key not in {x.key for x, _, _ in plans}]
        status = self.status_of(verb)
        if status is None:
            return True
        for party, place, date in plans:
            copy = cand.copy_with([*own, party])
            copy.place, copy.date, copy.status = place, date, status
            copy.secret = self.secret()
            self.meetings.append(copy)
        return True

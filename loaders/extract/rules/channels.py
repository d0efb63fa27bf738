"""Channels: hosts, mediators, intermediaries, envoys, means of a call, transport and named
back channels."""

from __future__ import annotations

import re

from spacy.tokens import Token

from core.vocabulary import ChannelKind, MeetingKind, Role
from loaders.extract.candidates import ChannelCand, MeetingCand, PartyCand
from loaders.extract.lexicon import (
    AUSPICES_NOUNS,
    CALL_NOUNS,
    CALL_WORDS,
    HOST_ROLE_VERBS,
    MEANS_PREPS,
    MEANS_WORDS,
    MEDIATE_VERBS,
    MEDIATOR_NOUNS,
    THROUGH_PREPS,
    country_of_word,
)
from loaders.extract.rules.status import StatusRules

_CHANNEL_RE = re.compile(r"\b(?:the|a)\s+((?:[A-Z][\w]*[- ]?){1,3})\s+(?:back[- ])?channel\b")
_PLANE_RE = re.compile(
    r"\b(?:on|aboard|on board|in)?\s*(?:[Aa]n?|[Tt]he)\s+"
    r"(?:private\s+|government\s+|military\s+|chartered\s+)?"
    r"((?:[A-Z][\w.-]*\s+){1,4})(?:private\s+|government\s+|military\s+|chartered\s+)?"
    r"(?:plane|aircraft|jet|flight|airliner)\b"
)
_ON_BOARD_RE = re.compile(r"\bon board (?:an? |the )?((?:[A-Z][\w-]*\s?){1,4})")
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "parataxis", "conj", "xcomp", "csubj"})
"""Dependencies that start another clause: a means word beyond them tells another event."""


def _new_clause(tok: Token) -> bool:
    return tok.dep_ in _CLAUSE_EDGES and tok.pos_ in ("VERB", "AUX")


class ChannelRules(StatusRules):
    """Through whom or what a contact went."""

    def _host_channel(self, cand: MeetingCand, tok: Token) -> None:
        for p in self.parties(tok, Role.host):
            cand.channels.append(ChannelCand(ChannelKind.host, *self.span_of(tok), via=p.key))

    def _is_call(self, verb: Token | None, noun: Token | None) -> bool:
        """A phone or video call: 'a phone call', 'spoke by telephone', 'a video conference'."""
        if noun is not None:
            if noun.lower_ in CALL_NOUNS:
                return True
            if any(c.lower_ in CALL_WORDS for c in noun.lefts):
                return True
        for head in (verb, noun):
            if head is None:
                continue
            for c in head.children:
                if (
                    c.dep_ in ("prep", "agent")
                    and c.lower_ in MEANS_PREPS
                    and any(p.lower_ in CALL_WORDS or p.lower_ == "link" for p in c.subtree)
                ):
                    return True
                if c.dep_ == "dobj" and c.lower_ in CALL_NOUNS:
                    return True
        return False

    # --- roles written beside the contact ------------------------------------------------

    def _roles_by_agent(self, cand: MeetingCand, t: Token) -> None:
        """'hosted by X', 'mediated by X', 'chaired by X': X as host or mediator."""
        if not (t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")):
            return
        verb = t.head
        if verb.lemma_ not in HOST_ROLE_VERBS | MEDIATE_VERBS:
            return
        role = Role.host if verb.lemma_ in HOST_ROLE_VERBS else Role.mediator
        kind = ChannelKind.host if role is Role.host else ChannelKind.mediator
        for p in t.children:
            if p.dep_ != "pobj":
                continue
            for party in self.parties(p, role):
                cand.parties.append(party)
                if verb.lemma_ not in ("host", *MEDIATE_VERBS):
                    continue
                cand.channels.append(
                    ChannelCand(
                        kind,
                        *self.span_of(verb.head if verb.dep_ == "acl" else verb),
                        via=party.key,
                        detail=f"{verb.lower_} by",
                    )
                )

    def _on_behalf_of(self, cand: MeetingCand, t: Token) -> None:
        """'on behalf of X', 'on X's behalf': the first participant is X's envoy."""
        if not (t.lower_ == "behalf" and t.head.lower_ == "on"):
            return
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        principals = self._party(owner, Role.participant) if owner is not None else []
        envoy = next((x for x in cand.parties if x.role is Role.participant), None)
        if principals and envoy and principals[0].key != envoy.key:
            self._envoy(cand, envoy, principals[0].key, t.head)
        for o in self._pobjs(t, ("of",)):
            principals = self.parties(o)
            envoy = next((x for x in cand.parties if x.role is Role.participant), None)
            if principals and envoy:
                self._envoy(cand, envoy, principals[0].key, t.head)

    def _envoy(self, cand: MeetingCand, envoy: PartyCand, principal: str, at: Token) -> None:
        envoy.role = Role.envoy
        envoy.on_behalf_of = principal
        cand.channels.append(
            ChannelCand(
                ChannelKind.intermediary, *self.span_of(at), via=envoy.key, detail="on behalf of"
            )
        )

    def _at_invitation_of(self, cand: MeetingCand, t: Token) -> None:
        """'at the invitation of X': X as host."""
        if t.lower_ == "invitation" and t.head.lower_ == "at":
            for o in self._pobjs(t, ("of",)):
                cand.parties.extend(self.parties(o, Role.host))

    # --- channels of the sentence --------------------------------------------------------

    def _channels(self) -> None:
        for rule in (
            self._back_channel,
            self._plane,
            self._on_board,
            self._through,
            self._auspices,
            self._means,
        ):
            rule()

    def _means(self) -> None:
        """'spoke by phone', 'a telephone conversation', 'held via videoconference', 'a virtual
        meeting', 'received a letter from': the means as a channel of its own kind; a call
        told with no means word is a phone call."""
        for cand in self.meetings:
            if any(ch.kind.value in MEANS_WORDS.values() for ch in cand.channels):
                continue
            trigger = self._token_at(cand.trigger - self.s.start)
            if trigger is None:
                continue
            found = self._means_word(trigger)
            if found is not None:
                kind, detail, at = found
            elif cand.kind is MeetingKind.call:
                kind, detail, at = "phone", trigger.lower_, trigger
            else:
                continue
            cand.channels.append(ChannelCand(ChannelKind(kind), *self.span_of(at), detail=detail))

    def _means_word(self, trigger: Token) -> tuple[str, str, Token] | None:
        """The means word told with a contact's verb or noun: its kind, the words as written
        ('by phone', 'telephone conversation') and the token."""
        near = [trigger]
        if trigger.dep_ in ("dobj", "pobj") and trigger.head.pos_ in ("VERB", "AUX"):
            near.append(trigger.head)  # 'held talks by phone': the means hangs on the verb
        seen: set[int] = set()
        while near:
            tok = near.pop(0)
            if tok.i in seen:
                continue
            seen.add(tok.i)
            kind = MEANS_WORDS.get(tok.lower_)
            if kind is not None and tok is not trigger:
                head = tok.head
                if head.dep_ in ("prep", "agent") or head.lower_ in MEANS_PREPS:
                    return kind, f"{head.lower_} {tok.text}", tok
                if tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i:
                    return kind, f"{tok.text} {head.text}", tok
                return kind, tok.text, tok
            if kind is not None and tok.pos_ in ("NOUN", "PROPN"):
                return kind, tok.text, tok  # 'the videoconference with X'
            near.extend(c for c in tok.children if not _new_clause(c))
        return None

    def _auspices(self) -> None:
        """'through the mediation of X', 'under the auspices of X': X as mediator or host."""
        for tok in self.doc:
            if tok.lower_ not in AUSPICES_NOUNS or tok.dep_ != "pobj":
                continue
            kind = ChannelKind.host if tok.lower_ in ("auspices", "sponsorship") else None
            for o in self._pobjs(tok, ("of",)):
                for party in self.parties(o, Role.mediator):
                    self.channels.append(
                        ChannelCand(
                            kind or ChannelKind.mediator,
                            *self.span_of(self.doc[tok.head.i : o.i + 1]),
                            via=party.key,
                            detail=f"{tok.head.lower_} the {tok.lower_} of",
                        )
                    )

    def _back_channel(self) -> None:
        """'the Russian-Emirati channel': a named back channel run by the countries named."""
        for m in _CHANNEL_RE.finditer(self.s.text):
            words = re.split(r"[- ]", m.group(1).strip())
            run_by = [self.reg.country(c).key for c in (country_of_word(w) for w in words) if c]
            self.channels.append(
                ChannelCand(
                    ChannelKind.back_channel,
                    self.s.start + m.start(),
                    self.s.start + m.end(),
                    channel_name=m.group(0).strip(),
                    run_by=run_by,
                )
            )

    def _transport(self, pattern: re.Pattern[str]) -> None:
        for m in pattern.finditer(self.s.text):
            via = self._owner(m.group(1).strip(), m.start(1))
            if via:
                self.channels.append(
                    ChannelCand(
                        ChannelKind.transport,
                        self.s.start + m.start(),
                        self.s.start + m.end(),
                        via=via,
                        detail=m.group(0).strip(),
                    )
                )

    def _plane(self) -> None:
        """'on a private UAE plane': transport by its owner."""
        self._transport(_PLANE_RE)

    def _on_board(self) -> None:
        """'on board an Emirati aircraft': transport by its owner."""
        self._transport(_ON_BOARD_RE)

    def _through(self) -> None:
        """'through Omani mediators' (mediator), 'via X' (intermediary)."""
        for tok in self.doc:
            if tok.dep_ != "prep" or tok.lower_ not in THROUGH_PREPS:
                continue
            for p in tok.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ in MEDIATOR_NOUNS or p.lemma_ in MEDIATOR_NOUNS:
                    for c in p.lefts:
                        code = country_of_word(c.text)
                        if code:
                            key = self.reg.country(code).key
                            self.channels.append(
                                ChannelCand(
                                    ChannelKind.mediator,
                                    *self.span_of(self.doc[tok.i : p.i + 1]),
                                    via=key,
                                    detail=f"{tok.lower_} {p.lower_}",
                                )
                            )
                    continue
                ent = self._ent_of.get(p.i)
                if ent is not None and ent.label_ in ("PERSON", "ORG"):
                    rec = self._ent_actor(ent)
                    if rec:
                        self.channels.append(
                            ChannelCand(
                                ChannelKind.intermediary,
                                *self.span_of(self.doc[tok.i : ent.end]),
                                via=rec.key,
                                detail=tok.lower_,
                            )
                        )

    def _owner(self, words: str, begin: int) -> str | None:
        for w in words.split():
            code = country_of_word(w)
            if code:
                ent = self._ent_of.get(self._token_index(begin))
                if ent is not None and ent.label_ == "ORG" and len(ent.text.split()) > 1:
                    rec = self._ent_actor(ent)
                    return rec.key if rec else None
                return self.reg.country(code).key
        tok_i = self._token_index(begin)
        ent = self._ent_of.get(tok_i)
        if ent is not None and ent.label_ == "ORG":
            rec = self._ent_actor(ent)
            return rec.key if rec else None
        return None

"""Sides of a meeting: who came with whom, where the text says so.

A side is a delegation key (``host``, ``visiting``, ``mediator``, or one per country): the
participants of one side are colleagues there, not counterparts. News copy tells sides in
a few ways, each a small rule here:

- "X received / hosted / welcomed Y" (or "Y was received by X"): X hosts, Y visits;
  "X welcomed the visiting delegation, along with Y and Z": Y and Z on X's side;
- "X visited Y": X visits, Y hosts;
- "a delegation led by A met B and C", "the French delegation held talks with B": the
  delegation and its head visit, those they met host;
- "talks mediated by M", "hosted by M": M on a side of its own;
- "the Iranian and US delegations": one side per country, and the country's people on it.

The rules only label parties the contact rules found; they never add or drop one, and a
meeting whose parties would all sit on one side keeps no sides at all. :class:`SideRules`
reads one sentence's parse; :func:`settle_sides` finishes a meeting assembled from several
sentences (a delegation's head on the delegation's side, country sides, mediators).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Token

from core.names import slugify
from core.vocabulary import ChannelKind, Role
from loaders.extract.actors import ActorRec, Registry
from loaders.extract.candidates import ChannelCand, MeetingCand, PartyCand
from loaders.extract.lexicon import (
    DEMONYM,
    HOLD_VERBS,
    HOST_VERBS,
    LEAD_VERBS,
    MEET_VERBS,
    MEETING_NOUNS,
    UNNAMED_HEADS,
)
from loaders.extract.rules.parties import PartyRules

HOST = "host"
VISITING = "visiting"
MEDIATOR = "mediator"
_DELEGATION_HEADS = frozenset({"delegation", "team", "mission", "envoys", "delegates"})
_COMPANION_PREPS = ("along", "together")
_ACCOMPANY = frozenset({"accompany", "join", "flank"})

SideRule = Callable[[MeetingCand, Token], dict[str, str]]


def country_side(code: str) -> str:
    """The side key of a country's delegation: 'iranian', 'us'."""
    words = sorted((w for w, c in DEMONYM.items() if c == code), key=len)
    return slugify(words[0] if words else code)[:40]


class SideRules(PartyRules):
    """The sides of the contacts found in one sentence, read from its parse."""

    def sides(self) -> None:
        """Label the parties of this sentence's contacts with the side the text gives them."""
        rules: tuple[SideRule, ...] = (
            self._host_and_guests,
            self._visitor_and_host,
            self._delegation_and_hosts,
        )
        for cand in self.meetings:
            trigger = self._token_at(cand.trigger - self.s.start)
            if trigger is None:
                continue
            found: dict[str, str] = {}
            for rule in rules:
                for key, side in rule(cand, trigger).items():
                    found.setdefault(key, side)
            for key, side in self._companions(trigger, found).items():
                found.setdefault(key, side)
            for party in cand.parties:
                if party.side is None and party.key in found:
                    party.side = found[party.key]

    # Each rule reads the contact's trigger and answers {party key: side} for the parties
    # of the contact it places; an empty answer leaves them to the next rule.

    def _host_and_guests(self, cand: MeetingCand, verb: Token) -> dict[str, str]:
        """'X received Y', 'Y was welcomed by X': X hosts, Y visits (one guest, or guests
        of one country); companions 'along with Z' on X's side."""
        if verb.pos_ != "VERB" or verb.lemma_.casefold() not in HOST_VERBS:
            return {}
        subjects, passive = self._subjects(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in MEETING_NOUNS]
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        hosts, guests = (agents, subjects) if passive else (subjects, objects)
        if not hosts or not guests:
            return {}
        host_keys = self._keys(cand, hosts) | self._keys(cand, self._along(verb))
        guest_keys = self._keys(cand, guests) - host_keys
        return self._two_sides(host_keys, self._one_side(guest_keys, VISITING, strict=True))

    def _visitor_and_host(self, cand: MeetingCand, verb: Token) -> dict[str, str]:
        """'X visited Y' (Y a party, not a place): X visits, Y hosts."""
        if verb.pos_ != "VERB" or verb.lemma_.casefold() != "visit":
            return {}
        subjects, passive = self._subjects(verb)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if passive or not subjects or not objects:
            return {}
        hosts = self._keys(cand, objects)
        visitors = self._keys(cand, subjects) - hosts
        return self._two_sides(hosts, self._one_side(visitors, VISITING, strict=True))

    def _delegation_and_hosts(self, cand: MeetingCand, verb: Token) -> dict[str, str]:
        """'a delegation led by A met B and C', 'the French delegation held talks with B':
        the delegation and its head visit; those they met host (split by country when
        they come from several)."""
        lemma = verb.lemma_.casefold()
        if verb.pos_ != "VERB" or lemma not in MEET_VERBS.keys() | HOLD_VERBS:
            return {}
        if lemma in HOST_VERBS or lemma == "visit":
            return {}
        subjects, passive = self._subjects(verb)
        if passive or not any(self._delegation(s) for s in subjects):
            return {}
        visitors = self._keys(cand, subjects)
        visitors |= {
            k
            for k in self._own(cand)
            if self.reg.actors[k].leader in visitors
            or any(p.key == k and p.role is Role.head_of_delegation for p in cand.parties)
        }
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        met = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        met += [p for h in heads for p in self._pobjs(h, ("with",))]
        hosts = self._keys(cand, met) - visitors
        if not hosts:
            return {}
        found = self._one_side(hosts, HOST, strict=False)
        found.update(dict.fromkeys(visitors, VISITING))
        return found

    def _companions(self, verb: Token, found: Mapping[str, str]) -> dict[str, str]:
        """'X, accompanied by Y, met Z', 'X, along with Y, met Z': Y on X's side."""
        out: dict[str, str] = {}
        subjects, _ = self._subjects(verb)
        for s in subjects:
            side = next((found[p.key] for p in self.parties(s) if p.key in found), None)
            if side is None:
                continue
            companions = [*self._along(s)]
            for c in s.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_ in _ACCOMPANY:
                    companions += [p for a in c.children if a.dep_ == "agent" for p in a.children]
            for t in companions:
                for p in self.parties(t):
                    out.setdefault(p.key, side)
        return out

    # --- helpers ------------------------------------------------------------------------

    def _along(self, tok: Token) -> list[Token]:
        """The companions of 'along with Y and Z', 'together with Y' under a token."""
        out: list[Token] = []
        for c in tok.children:
            if c.lower_ in _COMPANION_PREPS and c.dep_ in ("prep", "advmod"):
                for w in c.children:
                    if w.dep_ == "pobj":
                        out.append(w)
                    out.extend(p for p in w.children if p.dep_ == "pobj")
        return out

    def _keys(self, cand: MeetingCand, tokens: Iterable[Token]) -> set[str]:
        """The keys of the contact's parties named by these argument tokens."""
        own = self._own(cand)
        keys = {p.key for t in tokens for p in self.parties(t)}
        keys |= {k for k in own if self.reg.actors[k].leader in keys}  # a group's head
        return keys & own

    def _own(self, cand: MeetingCand) -> set[str]:
        """The contact's parties known to the registry (not 'the two ministers' yet)."""
        return {p.key for p in cand.parties if p.key in self.reg.actors}

    def _delegation(self, tok: Token) -> bool:
        """Whether a subject is a delegation ('a delegation led by A', 'the US team')."""
        if tok.lemma_.casefold() in _DELEGATION_HEADS:
            return True
        return any(
            c.dep_ in ("acl", "relcl") and c.lemma_ in LEAD_VERBS and tok.lower_ in UNNAMED_HEADS
            for c in tok.children
        )

    def _one_side(self, keys: set[str], side: str, *, strict: bool) -> dict[str, str]:
        """``keys`` on one side when the text makes them one party: a single party (with
        its head), or parties of one country. Of several countries: one side each.
        ``strict``: parties of unknown country are not put together."""
        countries = {k: self.reg.actors[k].country for k in keys}
        leaders = {self.reg.actors[k].leader for k in keys}
        lone = {k for k in keys if k not in leaders}
        if len(lone) <= 1:
            return dict.fromkeys(keys, side)
        known = {c for c in countries.values() if c}
        if len(known) > 1:
            return {k: country_side(c) for k, c in countries.items() if c}
        if len(known) == 1 and (not strict or all(countries.values())):
            return dict.fromkeys(keys, side)
        return {} if strict else dict.fromkeys(keys, side)

    @staticmethod
    def _two_sides(hosts: set[str], guests: dict[str, str]) -> dict[str, str]:
        if not hosts or not guests:
            return {}
        return {**guests, **dict.fromkeys(hosts, HOST)}


def settle_sides(parties: Mapping[str, PartyCand], reg: Registry) -> dict[str, str]:
    """The sides of one assembled meeting: those its sentences gave, then a delegation's
    head on the delegation's side, mediators on their own, a party on the side of the others
    of its country, delegations of two or more countries one side each with their people.
    Empty when every party would sit on one side (no counterparts left)."""
    sides = {k: p.side for k, p in parties.items() if p.side}
    for key in parties:  # 'a delegation led by A': A with the delegation
        leader = reg.actors[key].leader
        if leader is not None and leader in parties:
            side = sides.get(key) or sides.get(leader)
            if side:
                sides.setdefault(key, side)
                sides.setdefault(leader, side)
    for key, party in parties.items():
        if party.role is Role.mediator:
            sides.setdefault(key, MEDIATOR)
        elif party.role is Role.host and sides and HOST not in sides.values():
            sides.setdefault(key, HOST)
    by_country: dict[str, set[str]] = {}
    for key, side in sides.items():
        if (code := reg.actors[key].country) and side != MEDIATOR:
            by_country.setdefault(code, set()).add(side)
    for key in parties:  # 'the Turkish official' with the Turkish delegation
        rec = reg.actors[key]
        kin = by_country.get(rec.country or "", set())
        if key not in sides and len(kin) == 1 and rec.type.value != "country":
            sides[key] = next(iter(kin))
    stands = {k: _stands_for(p, reg) for k, p in parties.items()}
    groups = {
        stands[k].country
        for k in parties
        if stands[k].unnamed and stands[k].country and k not in sides
    }
    if len(groups) >= 2:  # 'the Iranian and US delegations'
        for key in parties:
            code = stands[key].country or reg.actors[key].country
            if (
                code
                and code in groups
                and key not in sides
                and reg.actors[key].type.value != "country"
            ):
                sides[key] = country_side(code)
    if len(set(sides.values())) < 2 and len(sides) == len(parties):
        return {}
    return sides


def _stands_for(party: PartyCand, reg: Registry) -> ActorRec:
    """The actor a party stands for: the unnamed group a named head attends on behalf of
    ('a Syrian delegation led by X'), else the party itself."""
    group = reg.actors.get(party.on_behalf_of or "")
    if group is not None and group.unnamed:
        return group
    return reg.actors[party.key]


def channel_sides(channel: ChannelCand, sides: Mapping[str, str]) -> list[str]:
    """The sides a channel joined: a transport carried the visitors; others join all."""
    if channel.kind is ChannelKind.transport and VISITING in sides.values():
        return [VISITING]
    return []

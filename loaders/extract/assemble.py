"""From sentence-level candidates to one document's facts: merging, inheritance, refs.

Mentions of the same contact across sentences (the headline, the lead, "the meeting") are
merged; a contact without a date or place takes them from its context (the last date
written in the preceding sentences, the place of the visit it is part of); then every fact
gets a ref, a verbatim quote with offsets, and a confidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.names import slugify
from core.vocabulary import DatePrecision, MeetingKind, MeetingStatus, PlaceKind, Role
from loaders.extract.actors import RANKS, ActorRec, Registry
from loaders.extract.candidates import (
    ActionCand,
    ChannelCand,
    Cue,
    MeetingCand,
    PartyCand,
    PlaceCand,
)
from loaders.extract.dates import DateValue, find_dates
from loaders.extract.lexicon import CAPITAL_CODE, adjective_of
from loaders.extract.rules import FRAME
from loaders.extract.rules.base import LEVELS
from loaders.extract.rules.sides import channel_sides, settle_sides
from loaders.extract.segments import Sentence
from loaders.model import (
    MEANS_KINDS,
    Action,
    Actor,
    ChannelUse,
    DocumentMeta,
    Evidence,
    FactFile,
    Meeting,
    NamedChannel,
    Participant,
    Place,
)

_MAX_QUOTE = 2000
_LOOKBACK_SENTENCES = 4
_FRAME_SENTENCES = 8
_REPORTED = re.compile(
    r"\b(?:said|says|reported|told|announced|stated|added|confirmed|wrote)\b[^,.;]*$"
)
_ANAPHOR_SENTENCES = 40
_GROUP_THEN_PEOPLE = 2
_PLACE_LOOKBACK = 2
_ROLE_RANK = {Role.participant: 0, Role.observer: 1, Role.host: 2, Role.mediator: 3,
              Role.head_of_delegation: 4, Role.envoy: 5}  # fmt: skip


@dataclass
class Agg:
    """A meeting being assembled from one or more candidates."""

    first: MeetingCand
    cands: list[MeetingCand] = field(default_factory=list)
    parties: dict[str, PartyCand] = field(default_factory=dict)
    channels: list[ChannelCand] = field(default_factory=list)
    event_keys: set[str] = field(default_factory=set)

    @property
    def last_sentence(self) -> int:
        return max(c.sentence for c in self.cands)

    @property
    def place(self) -> PlaceCand | None:
        if self.first.kind is MeetingKind.call:
            return None
        rank = {
            "building": 0,
            "venue": 0,
            "airport": 1,
            "city": 2,
            "other": 3,
            "region": 4,
            "country": 5,
        }
        places = [c.place for c in self.cands if c.place]
        return min(places, key=lambda p: rank.get(p.kind.value, 3)) if places else None

    @property
    def date(self) -> DateValue | None:
        dates = [c.date for c in self.cands if c.date]
        if not dates:
            return None
        order = [DatePrecision.day, DatePrecision.week, DatePrecision.month, DatePrecision.year]
        return min(dates, key=lambda d: order.index(d.precision) if d.precision in order else 9)

    @property
    def status(self) -> MeetingStatus:
        if self.first.status is MeetingStatus.planned:
            return MeetingStatus.planned
        # a headline's 'meet' does not outweigh the body's 'has been postponed'
        body = [c for c in self.cands if not c.has(Cue.HEADER)] or self.cands
        statuses = {c.status for c in body}
        for s in (MeetingStatus.denied, MeetingStatus.reported, MeetingStatus.held):
            if s in statuses:
                return s
        return body[0].status

    @property
    def planned(self) -> bool:
        return self.first.status is MeetingStatus.planned

    def add(self, cand: MeetingCand) -> None:
        self.cands.append(cand)
        for p in cand.parties:
            self.add_party(p)
        self.channels.extend(cand.channels)
        if cand.event_key:
            self.event_keys.add(cand.event_key)

    def add_party(self, p: PartyCand) -> None:
        have = self.parties.get(p.key)
        if have is None:
            self.parties[p.key] = PartyCand(p.key, p.role, p.on_behalf_of, p.weak, p.side)
        else:
            have.side = have.side or p.side
            if _ROLE_RANK[p.role] > _ROLE_RANK[have.role]:
                have.role = p.role
                have.on_behalf_of = p.on_behalf_of or have.on_behalf_of
            have.weak = have.weak and p.weak


def _named(agg: Agg, reg: Registry) -> set[str]:
    """Parties with a name of their own (countries standing for a side do not count)."""
    return {
        k
        for k in agg.parties
        if not reg.actors[k].unnamed and reg.actors[k].type.value != "country"
    }


def _dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or (a.start <= b.end and b.start <= a.end)


def _places_compatible(a: PlaceCand | None, b: PlaceCand | None) -> bool:
    return (
        a is None
        or b is None
        or a.name.casefold() == b.name.casefold()
        or a.kind.value != b.kind.value
    )


def _separately_told(a: Agg, b: Agg) -> bool:
    """Two of the separate contacts one sentence tells ('and separately with B')."""
    sa = {c.sentence for c in a.cands if c.has(Cue.SEPARATE)}
    sb = {c.sentence for c in b.cands if c.has(Cue.SEPARATE)}
    return bool(sa & sb) and set(a.parties) != set(b.parties)


def _country_sides(agg: Agg, reg: Registry) -> set[str]:
    """The countries of an agg's participants (hosts and mediators aside)."""
    return {
        code
        for k, p in agg.parties.items()
        if p.role not in (Role.host, Role.mediator) and (code := reg.actors[k].country)
    }


def _same_sides(a: Agg, b: Agg, reg: Registry) -> bool:
    """'Iranian and US delegations held talks' and 'we hosted Iran's minister X and the US
    envoy Y' nearby: the same two sides, one told by groups, the other by their people."""
    if not _dates_compatible(a.date, b.date) or not _places_compatible(a.place, b.place):
        return False
    groups = [x for x in (a, b) if all(reg.actors[k].unnamed for k in _countryless(x, reg))]
    sa, sb = _country_sides(a, reg), _country_sides(b, reg)
    near = abs(a.last_sentence - b.first.sentence) <= _FRAME_SENTENCES
    return bool(groups) and near and len(sa) >= 2 and sa == sb


def _group_then_people(a: Agg, b: Agg, reg: Registry) -> Agg | None:
    """'X will travel to Israel to meet with Israeli leaders. X is expected to meet with
    Israeli Prime Minister Y, ...': one contact, first told by a group of a country, then by
    its people. The agg that tells it by the group, else None."""
    if abs(a.last_sentence - b.first.sentence) > _GROUP_THEN_PEOPLE:
        return None
    if not _dates_compatible(a.date, b.date) or not _places_compatible(a.place, b.place):
        return None
    for group, people in ((a, b), (b, a)):
        own, theirs = _named(group, reg), _named(people, reg)
        countries = {reg.actors[k].country for k in theirs - own}
        groups = [k for k in _unnamed_groups(group, reg) if reg.actors[k].country in countries]
        if own and own < theirs and groups and len(group.parties) == len(own) + len(groups):
            return group
    return None


def _unnamed_groups(agg: Agg, reg: Registry) -> list[str]:
    return [
        k
        for k, p in agg.parties.items()
        if reg.actors[k].unnamed and reg.actors[k].country and p.role is Role.participant
    ]


def _groups_to_people(agg: Agg, reg: Registry) -> None:
    """Unnamed groups give way to the named people of their countries."""
    named = {reg.actors[k].country for k in agg.parties if not reg.actors[k].unnamed}
    for k in list(agg.parties):
        rec = reg.actors[k]
        if rec.unnamed and rec.country in named and agg.parties[k].role is Role.participant:
            del agg.parties[k]


def _countryless(agg: Agg, reg: Registry) -> set[str]:
    return {
        k
        for k, p in agg.parties.items()
        if p.role not in (Role.host, Role.mediator) and reg.actors[k].type.value != "country"
    }


def _earlier(agg: Agg) -> bool:
    return any(c.has(Cue.EARLIER) for c in agg.cands)


def _same_event(a: Agg, b: Agg, reg: Registry) -> bool:
    if a.planned != b.planned or _separately_told(a, b) or _earlier(a) != _earlier(b):
        return False
    if any(c.has(Cue.REPEATED) for c in (*a.cands, *b.cands)):
        return False
    if _same_sides(a, b, reg) or _group_then_people(a, b, reg) is not None:
        return True
    na, nb = _named(a, reg), _named(b, reg)
    borrowed = any(x.first.has(Cue.DATE_FROM_CONTEXT) for x in (a, b))
    if len(na) >= 2 and na == nb and borrowed and _places_compatible(a.place, b.place):
        return True  # the same people, and one of the dates only borrowed from the context
    if not (_dates_compatible(a.date, b.date) and _places_compatible(a.place, b.place)):
        return False
    if a.event_keys & b.event_keys:
        return True
    if not a.parties or not b.parties or (a.event_keys and b.event_keys):
        return False
    na, nb = _named(a, reg), _named(b, reg)
    shared = na & nb
    if na and na == nb and a.date and b.date and a.date.start == b.date.start:
        return True
    every = {k for k in set(a.parties) & set(b.parties) if reg.actors[k].type.value != "country"}
    same_sentence = {c.sentence for c in a.cands} & {c.sentence for c in b.cands}
    if shared and (na <= nb or nb <= na) and same_sentence:
        return True
    if (
        shared
        and (na <= nb or nb <= na)
        and (len(every) >= 2 or a.first.has(Cue.HEADER) or b.first.has(Cue.NOUN))
    ):
        return True
    unnamed, named = (a, b) if not na else (b, a)  # unnamed parties with two sides of their own
    sides = _country_sides(unnamed, reg)
    theirs = _country_sides(named, reg)
    two_sided = len(sides) >= 2 and bool(theirs - sides)  # a country of another contact
    if not two_sided and ((not na and len(nb) >= 2) or (not nb and len(na) >= 2)):
        near = abs(a.last_sentence - b.first.sentence) <= _FRAME_SENTENCES or a.first.has(
            Cue.HEADER
        )
        same_place = (
            a.place is not None
            and b.place is not None
            and a.place.name.casefold() == b.place.name.casefold()
        )
        return near and (same_place or a.place is None or b.place is None)
    return False


def _described_is_named(agg: Agg, reg: Registry) -> None:
    """'the top Omani diplomat' beside 'al-Busaidi' in one contact: one person, told once by
    a description of their country and once by name (the only named person of that country
    in the contact, else the only one whose country is not known)."""
    for key in list(agg.parties):
        rec = reg.actors[key]
        if not (rec.unnamed and rec.type.value == "person" and rec.country):
            continue
        if set(rec.name.casefold().split()) & RANKS:
            continue  # 'the King of Egypt' is no one else of the contact
        named = [
            reg.actors[k]
            for k in agg.parties
            if reg.actors[k].type.value == "person" and not reg.actors[k].unnamed
        ]
        same = [r for r in named if r.country == rec.country] or [
            r for r in named if r.country is None
        ]
        if len(same) != 1:
            continue
        person = same[0]
        person.country = person.country or rec.country
        party = agg.parties.pop(key)
        agg.add_party(PartyCand(person.key, party.role, party.on_behalf_of, party.weak))


def _sides_led_by(aggs: list[Agg], reg: Registry) -> None:
    """'Officials of the State Department and of the Indian ministry met ... The Indian
    delegation was led by X. The U.S. side was led by Y.': each side of the contact told
    before is attended by its leader, on its behalf."""
    for sentence, code, leader in reg.side_leaders:
        before = [a for a in aggs if a.first.sentence <= sentence and not _header_only(a)]
        near = [a for a in before if sentence - a.last_sentence <= _FRAME_SENTENCES]
        for agg in reversed(near):
            side = next(
                (
                    k
                    for k, p in agg.parties.items()
                    if reg.actors[k].type.value == "organization"
                    and reg.actors[k].country == code
                    and p.role is Role.participant
                ),
                None,
            )
            if side is not None and leader not in agg.parties:
                del agg.parties[side]
                agg.add_party(PartyCand(leader, Role.head_of_delegation, on_behalf_of=side))
            if side is not None:
                break


def _header_only(agg: Agg) -> bool:
    return all(c.has(Cue.HEADER) for c in agg.cands)


def _headline_of(header: Agg, body: Agg) -> bool:
    """Whether a headline contact is the body's contact (a headline tells the main story)."""
    if _header_only(body) or header.planned != body.planned:
        return False
    hp, bp = header.place, body.place
    if hp is None or bp is None or hp.name.casefold() == bp.name.casefold():
        return True
    return not (hp.name.casefold() in CAPITAL_CODE and bp.name.casefold() in CAPITAL_CODE)


def _merge(into: Agg, other: Agg, reg: Registry) -> None:
    drop_unnamed = len(_named(into, reg) | _named(other, reg)) >= 2
    if len(_named(into, reg)) >= 2 and _header_only(other):
        for c in other.cands:
            c.parties = []
        other.parties.clear()
    for c in other.cands:
        into.add(c)
    if drop_unnamed:
        for key in [
            k for k in into.parties if reg.actors[k].unnamed and reg.actors[k].country is None
        ]:
            del into.parties[key]


def _frame(aggs: list[Agg], cand: MeetingCand, events: bool) -> Agg | None:
    """The contact a sentence continues: the last one of the same kind of status, nearby."""
    planned = cand.status is MeetingStatus.planned
    if cand.has(Cue.ANAPHORIC) and cand.has(Cue.NOUN):
        for agg in reversed(aggs):
            if (
                agg.first.kind is cand.kind
                and agg.planned == planned
                and not agg.first.has(Cue.HEADER)
            ):
                if cand.sentence - agg.last_sentence <= _ANAPHOR_SENTENCES:
                    return agg
                break
    for agg in reversed(aggs):
        if agg.planned == planned and (events or not agg.event_keys):
            return agg if cand.sentence - agg.last_sentence <= _FRAME_SENTENCES else None
    return None


def _continues(agg: Agg, cand: MeetingCand) -> bool:
    """Whether a contact told without parties may continue ``agg``: not when it is dated
    apart ('... met A, B and C in April. Last week, X ... delivered': the week is not C's)."""
    own = cand.date if cand.date is not None and cand.date.text else None
    return _dates_compatible(agg.date, own)


def _officials_of_sides(aggs: list[Agg], cand: MeetingCand, reg: Registry) -> None:
    """'high-level contacts' after a contact of two sides: a group of officials of that level
    for each country of the contact told last."""
    level = next((p.key.partition(":")[2] for p in cand.parties if p.key.startswith(LEVELS)), "")
    if not level:
        return
    cand.parties = [p for p in cand.parties if not p.key.startswith(LEVELS)]
    frame = _frame_for(aggs, cand, "", reg)
    countries: list[str] = []
    for key in frame.parties if frame is not None else []:
        code = reg.actors[key].country
        if code and code not in countries and adjective_of(code):
            countries.append(code)
    if len(countries) < 2:
        return
    for code in countries:
        rec = reg.unnamed(f"{level} {adjective_of(code)} officials", "officials", country=code)
        cand.parties.append(PartyCand(rec.key, weak=True))


def _frame_for(aggs: list[Agg], cand: MeetingCand, noun: str, reg: Registry) -> Agg | None:
    """The contact whose parties 'the two ministers' stand for: nearby, best by title."""
    near = [a for a in aggs if a.parties and cand.sentence - a.last_sentence <= _FRAME_SENTENCES]
    if not near:
        return None

    def titled(agg: Agg) -> int:
        """Parties titled by the noun; a title in the plural ('the foreign ministers of A
        and B, X and Y') was written for the group itself and counts twice."""
        titles = [(reg.actors[k].title or "").casefold() for k in agg.parties]
        return sum((noun in t) + (f"{noun}s" in t) for t in titles if noun)

    best = max(titled(a) for a in near)
    return [a for a in near if titled(a) == best][-1]


def build_meetings(
    cands: list[MeetingCand],
    sentence_channels: list[ChannelCand],
    reg: Registry,
    sentences: list[Sentence],
    published: dt.date,
    places_by_sentence: dict[int, PlaceCand] | None = None,
    *,
    undated: bool = False,
) -> list[Agg]:
    """Candidates grouped into meetings, with the channels of their sentences."""
    aggs: list[Agg] = []
    by_sentence: dict[int, Agg] = {}
    for cand in cands:
        target: Agg | None = None
        _officials_of_sides(aggs, cand, reg)
        if cand.has(Cue.REPEATED):
            told = next((a for a in reversed(aggs) if a.parties and not _header_only(a)), None)
            if told is not None:
                cand.parties = [PartyCand(p.key, p.role, weak=True) for p in told.parties.values()]
                agg = Agg(cand)
                agg.add(cand)
                aggs.append(agg)
            continue
        framed = next((p.key for p in cand.parties if p.key.startswith(FRAME)), None)
        if framed is not None:
            frame = _frame_for(aggs, cand, framed.partition(":")[2], reg)
            keep = [p for p in cand.parties if not p.key.startswith(FRAME)]
            if frame is not None:
                for p in frame.parties.values():
                    if p.role not in (Role.host, Role.mediator) and p.key not in {
                        k.key for k in keep
                    }:
                        keep.append(PartyCand(p.key, p.role, p.on_behalf_of, weak=True))
            cand.parties = keep
        sides = {p.key for p in cand.parties if p.role is not Role.head_of_delegation}
        if len(sides) == 1 and cand.place is not None and cand.place.kind.value == "region":
            continue
        if (
            len(sides) == 1
            and cand.place is None
            and not cand.has(Cue.ONE_SIDED)
            and not cand.event_key
        ):
            cand.mark(Cue.ANAPHORIC)
        if cand.event_key:
            target = next((a for a in aggs if cand.event_key in a.event_keys), None)
            if target is None:
                target = Agg(cand)
                aggs.append(target)
        if target is None and cand.has(Cue.SIDELINES):
            conference = next(
                (
                    a
                    for a in reversed(aggs)
                    if a.first.kind is MeetingKind.conference
                    and a.planned == (cand.status is MeetingStatus.planned)
                ),
                None,
            )
            if conference is not None:
                cand.place = cand.place or conference.place
                cand.date = cand.date or conference.date
        if target is None and (cand.has(Cue.ANAPHORIC) or not cand.parties):
            target = _frame(aggs, cand, events=True)
            if target is not None and not cand.parties and not _continues(target, cand):
                target = None
        if target is None and cand.has(Cue.ONE_SIDED) and aggs:
            frame = _frame(aggs, cand, events=False)
            if frame is not None:
                lead = next(iter(frame.parties.values()), None)
                if lead is not None and lead.key not in {p.key for p in cand.parties}:
                    cand.parties.insert(0, PartyCand(lead.key, Role.participant, weak=True))
                    leader = reg.actors[lead.key].leader
                    if leader:
                        cand.parties.insert(
                            1, PartyCand(leader, Role.head_of_delegation, weak=True)
                        )
                if frame.place and not cand.place:
                    cand.place = frame.place
        if target is None:
            target = Agg(cand)
            aggs.append(target)
        target.add(cand)
        by_sentence[cand.sentence] = target
    inherit_dates(aggs, sentences, published, undated)
    # a headline's contact is the first of the body it fits
    merged = []
    for agg in aggs:
        if _header_only(agg):
            body = next((b for b in aggs if b is not agg and _headline_of(agg, b)), None)
            if body is not None:
                _merge(body, agg, reg)
                for s, x in by_sentence.items():
                    if x is agg:
                        by_sentence[s] = body
                continue
        merged.append(agg)
    # merge mentions of the same contact, until nothing more merges
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(merged):
            other = next((b for b in merged[i + 1 :] if _same_event(a, b, reg)), None)
            if other is not None and _header_only(a):
                a, other = other, a
            if other is not None:
                people_for_groups = _same_sides(a, other, reg)
                told_by_group = _group_then_people(a, other, reg)
                groups = _unnamed_groups(told_by_group, reg) if told_by_group else []
                _merge(a, other, reg)
                if people_for_groups:
                    _groups_to_people(a, reg)
                for key in groups:
                    a.parties.pop(key, None)
                merged.remove(other)
                for s, x in by_sentence.items():
                    if x is other:
                        by_sentence[s] = a
                changed = True
                break
    # channels found apart from any trigger go to the meeting of their sentence or the nearest one
    for ch in sentence_channels:
        sent = ch_sentence(ch, cands)
        home = by_sentence.get(sent) if sent is not None else None
        target = home if home is not None and home in merged and home.parties else None
        if target is None:
            target = _nearest([m for m in merged if m.parties], ch)
        if target is not None and not any(_same_channel(ch, x) for x in target.channels):
            target.channels.append(ch)
    inherit_places(merged, places_by_sentence or {})
    for agg in merged:
        _described_is_named(agg, reg)
    _sides_led_by(merged, reg)
    for agg in merged:
        _go_betweens_apart(agg)
        _heads_for_groups(agg, reg)
    return [a for a in merged if a.parties]


def _go_betweens_apart(agg: Agg) -> None:
    """'The indirect talks were mediated by X': in indirect talks the sides never sat
    together, so the mediator carried the contact (its channel) and is no party to it."""
    if not any(c.has(Cue.INDIRECT) for c in agg.cands):
        return
    sides = [p for p in agg.parties.values() if p.role is not Role.mediator]
    if len(sides) < 2 or len(sides) == len(agg.parties):
        return
    agg.parties = {p.key: p for p in sides}


def _heads_for_groups(agg: Agg, reg: Registry) -> None:
    """'an Emirati delegation led by X': an unnamed group and its named head are one party of
    the contact, the head attending on the group's behalf (not a contact between them). An
    unnamed head ('a senior officer') stays beside the group it leads."""
    for key, party in list(agg.parties.items()):
        if party.role is not Role.head_of_delegation or reg.actors[key].unnamed:
            continue  # 'a senior officer led a delegation': two unnamed parties stay two
        group = party.on_behalf_of or next(
            (
                k
                for k, p in agg.parties.items()
                if k != key and reg.actors[k].unnamed and reg.actors[k].leader == key
            ),
            None,
        )
        held = agg.parties.get(group) if group is not None else None
        if held is None or held.role is not Role.participant or not reg.actors[held.key].unnamed:
            continue
        del agg.parties[held.key]
        party.on_behalf_of = held.key
        party.side = party.side or held.side


def ch_sentence(ch: ChannelCand, cands: list[MeetingCand]) -> int | None:
    for c in cands:
        if c.start <= ch.start < c.end:
            return c.sentence
    return None


def _nearest(aggs: list[Agg], ch: ChannelCand) -> Agg | None:
    best: tuple[int, Agg] | None = None
    for a in aggs:
        for c in a.cands:
            distance = abs(c.start - ch.start) + (0 if c.start <= ch.start else 200)
            if best is None or distance < best[0]:
                best = (distance, a)
    if best is not None and best[0] <= 1500:
        return best[1]
    return None


def _same_channel(a: ChannelCand, b: ChannelCand) -> bool:
    return a.kind == b.kind and a.via == b.via and a.channel_name == b.channel_name


def inherit_dates(
    aggs: list[Agg], sentences: list[Sentence], published: dt.date, undated: bool = False
) -> None:
    """Give undated held meetings the last date written just before them, else the
    publication month (none when the document has no date)."""
    for agg in aggs:
        if agg.date is not None or agg.planned or _earlier(agg):
            continue
        if agg.first.has(Cue.HEADER) and all(c.has(Cue.HEADER) for c in agg.cands):
            continue
        first = min(c.sentence for c in agg.cands if not c.has(Cue.HEADER))
        found: DateValue | None = None
        body = [s for s in sentences[:first] if not s.header][-_LOOKBACK_SENTENCES:]
        for s in reversed(body):
            values = [
                v
                for v in find_dates(s.text, published)
                if v.start <= published
                and not _REPORTED.search(s.text[max(0, v.begin - 30) : v.begin])
            ]
            if values:
                found = values[-1]
                break
        if found is None and undated:
            continue
        if found is None:
            start = published.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            found = DateValue("", start, end, DatePrecision.month, -1, -1)
        agg.first.date = found
        agg.first.mark(Cue.DATE_FROM_CONTEXT)


def inherit_places(aggs: list[Agg], places_by_sentence: dict[int, PlaceCand]) -> None:
    """Give a meeting without a place the place of an earlier one it shares a party with,
    or the place named just before it (calls have no place). A meeting placed only in a
    country takes a city of that country named in one of its own sentences ('a visit to
    China ... hours after his arrival in Beijing, the two leaders spoke')."""
    for i, agg in enumerate(aggs):
        if agg.place is not None or agg.first.kind is MeetingKind.call or agg.planned:
            continue  # a planned contact may be anywhere: only its own words give the place
        if any(c.has(Cue.SIDELINES) for c in agg.cands):
            conference = next(
                (
                    a
                    for a in reversed(aggs[:i])
                    if a.first.kind is MeetingKind.conference and a.place
                ),
                None,
            )
            if conference is not None:
                agg.first.place = conference.place
                continue

        for prev in reversed(aggs[:i]):
            if (
                prev.place
                and set(prev.parties) & set(agg.parties)
                and agg.first.sentence - prev.last_sentence <= _FRAME_SENTENCES
                and _dates_compatible(prev.date, agg.date)  # another day: maybe another place
            ):
                agg.first.place = prev.place
                break
        if agg.place is not None:
            continue
        first = min(
            (c.sentence for c in agg.cands if not c.has(Cue.HEADER)), default=agg.first.sentence
        )
        for back in range(first - 1, max(-1, first - 1 - _PLACE_LOOKBACK), -1):
            if back in places_by_sentence:
                there = [a for a in aggs[:i] if any(c.sentence == back for c in a.cands)]
                if all(_dates_compatible(a.date, agg.date) for a in there):
                    agg.first.place = places_by_sentence[back]
                break
    for agg in aggs:
        place = agg.place
        if place is None or place.kind is not PlaceKind.country or place.country is None:
            continue
        city = next(
            (
                named
                for c in agg.cands
                if (named := places_by_sentence.get(c.sentence)) is not None
                and named.kind is PlaceKind.city
                and named.country == place.country
            ),
            None,
        )
        if city is not None:
            for c in agg.cands:
                if c.place == place:
                    c.place = city


class FactBuilder:
    """Turns the assembled meetings, actions and the registry into a :class:`FactFile`."""

    def __init__(self, reg: Registry, text: str, extractor: str) -> None:
        self.reg = reg
        self.text = text
        self.extractor = extractor
        self.refs: dict[str, str] = {}
        self.places: dict[str, Place] = {}

    def evidence(self, start: int, end: int, confidence: float) -> Evidence:
        if end - start > _MAX_QUOTE:
            end = start + _MAX_QUOTE
        while end - start < 3 and end < len(self.text):
            end += 1
        return Evidence(
            quote=self.text[start:end],
            start=start,
            end=end,
            confidence=round(confidence, 2),
            extractor=self.extractor,
        )

    def ref(self, key: str) -> str:
        if key not in self.refs:
            base = slugify(self.reg.actors[key].name)[:100]
            ref, n = base, 2
            while ref in self.refs.values():
                ref, n = f"{base}-{n}", n + 1
            self.refs[key] = ref
        return self.refs[key]

    def place_ref(self, place: PlaceCand) -> str:
        ref = slugify(place.name)[:100]
        if ref not in self.places:
            self.places[ref] = Place(
                ref=ref, name=place.name, kind=place.kind, country=place.country
            )
        return ref

    def meeting(self, i: int, agg: Agg) -> Meeting:
        main = next(
            (c for c in agg.cands if not c.has(Cue.HEADER) and not c.has(Cue.ANAPHORIC)),
            agg.cands[0],
        )
        named = _named(agg, self.reg)
        confidence = 0.7 if main.has(Cue.NOUN) else 0.85
        if all(c.has(Cue.HEADER) for c in agg.cands):
            confidence = 0.4
        if len(named) < 2:
            confidence -= 0.2
        if any(p.weak for p in agg.parties.values()):
            confidence -= 0.1
        if agg.status is not MeetingStatus.held:
            confidence -= 0.05
        if len(agg.cands) > 1:
            confidence += 0.05
        confidence = max(0.05, min(0.99, confidence))
        date = agg.date
        sides = settle_sides(agg.parties, self.reg)
        participants = [
            Participant(
                actor=self.ref(p.key),
                role=p.role,
                on_behalf_of=self.ref(p.on_behalf_of) if p.on_behalf_of else None,
                side=sides.get(p.key),
            )
            for p in agg.parties.values()
        ]
        channels: list[ChannelUse] = []
        seen: set[tuple[str, str | None, str | None]] = set()
        for ch in agg.channels:
            if (ch.kind.value, ch.via, ch.channel_name) in seen:
                continue
            seen.add((ch.kind.value, ch.via, ch.channel_name))
            ev = [self.evidence(ch.start, ch.end, confidence)]
            if ch.channel_name:
                name = ch.channel_name
                channel = NamedChannel(
                    ref=slugify(name)[:100], name=name, run_by=[self.ref(k) for k in ch.run_by]
                )
                channels.append(
                    ChannelUse(
                        kind=ch.kind,
                        channel=channel,
                        detail=ch.detail,
                        sides=channel_sides(ch, sides),
                        evidence=ev,
                    )
                )
            elif ch.via:
                channels.append(
                    ChannelUse(
                        kind=ch.kind,
                        via=self.ref(ch.via),
                        detail=ch.detail,
                        sides=channel_sides(ch, sides),
                        evidence=ev,
                    )
                )
            elif ch.kind in MEANS_KINDS:
                channels.append(ChannelUse(kind=ch.kind, detail=ch.detail, evidence=ev))
        kind = main.kind
        return Meeting(
            ref=f"m{i + 1}",
            kind=kind,
            date_text=date.text[:500] if date and date.text else None,
            date_start=date.start if date else None,
            date_end=date.end if date else None,
            date_precision=date.precision if date else DatePrecision.unknown,
            status=agg.status,
            secret=any(c.secret for c in agg.cands),
            place=self.place_ref(agg.place) if agg.place else None,
            participants=participants,
            channels=channels,
            evidence=[self.evidence(main.start, main.end, confidence)],
        )

    def action(self, act: ActionCand, meeting_ref: str | None) -> Action:
        return Action(
            type=act.type,
            actor=self.ref(act.actor),
            target=self.ref(act.target) if act.target else None,
            meeting=meeting_ref,
            date_text=act.date.text if act.date else None,
            date_start=act.date.start if act.date else None,
            date_precision=act.date.precision if act.date else DatePrecision.unknown,
            evidence=[self.evidence(act.start, act.end, act.confidence)],
        )

    def actor(self, rec: ActorRec) -> Actor:
        evidence = []
        if rec.spans:
            s, e = rec.spans[0]
            evidence.append(self.evidence(s, e, 0.9 if not rec.unnamed else 0.7))
        return Actor(
            ref=self.ref(rec.key),
            name=rec.name[:500],
            type=rec.type,
            aliases=sorted(a for a in rec.aliases if a and a != rec.name)[:20],
            title=rec.title[:500] if rec.title else None,
            country=rec.country,
            org_type=rec.org_type,
            unnamed=rec.unnamed,
            canonical_id=rec.canonical_id,
            evidence=evidence,
        )

    def build(
        self,
        document: DocumentMeta,
        aggs: list[Agg],
        actions: list[ActionCand],
        known: list[str],
    ) -> FactFile:
        meetings = [self.meeting(i, a) for i, a in enumerate(aggs)]
        acts: list[Action] = []
        for act in actions:
            link = None
            if act.type.value in ("boycotted", "prevented", "transported", "invited"):
                for agg, m in zip(aggs, meetings, strict=True):
                    if act.event_key and act.event_key in agg.event_keys:
                        link = m.ref
                if link is None:
                    conference = [m for m in meetings if m.kind is MeetingKind.conference]
                    link = conference[0].ref if conference else None
            acts.append(self.action(act, link))
        for key in known:
            self.ref(key)
        actors = [self.actor(self.reg.actors[k]) for k in self.refs]
        return FactFile(
            document=document,
            actors=actors,
            places=list(self.places.values()),
            meetings=meetings,
            actions=_unique_actions(acts),
        )


def _unique_actions(actions: list[Action]) -> list[Action]:
    seen: set[tuple[str, str, str | None]] = set()
    out = []
    for a in actions:
        key = (a.type.value, a.actor, a.target)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out

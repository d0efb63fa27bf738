"""Actors of one document and within-document resolution of the ways they are named.

A full name registers a person; a later surname, a title ("the Minister"), a pronoun or
"his Turkish counterpart" resolves to someone already registered. Known names resolve to
the gazetteer's canonical ids. Unnamed parties ("a senior US officer", "the delegation")
are actors of their own, flagged ``unnamed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.names import normal_name, slugify
from core.vocabulary import ActorType, OrgType
from loaders.extract.lexicon import (
    CAPITAL_CODE,
    COLLECTIVE_HEADS,
    COUNTRY_NAME,
    ORG_WORDS,
    PERSON_TITLES,
    country_of_word,
)
from loaders.gazetteer import Gazetteer, Match

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING = re.compile(r"^(?:the|a|an|some|its|his|her|their|our|two|both|several)\s+", re.I)
_BYLINE_SPAN = 200
_LONG_NAME_SEQ = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|da|abu|abdul)[- ])?[A-Z][\w'’-]+){1,6}"
)
_NAME_SEQ = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von|da|abu|abdul)[- ])?[A-Z][\w'’-]+){1,3}"
)


@dataclass
class ActorRec:
    """One actor of the document as the extractor knows it."""

    key: str
    name: str
    type: ActorType
    order: int
    title: str | None = None
    country: str | None = None
    org_type: OrgType | None = None
    unnamed: bool = False
    canonical_id: str | None = None
    aliases: set[str] = field(default_factory=set)
    leader: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    used: bool = False


def strip_title(name: str) -> tuple[str, str | None]:
    """'Foreign Minister Anna Lindqvist' -> ('Anna Lindqvist', 'Foreign Minister')."""
    words = name.split()
    cut = 0
    while (
        cut < len(words) - 2
        and country_of_word(words[cut])
        and words[cut + 1].casefold() in PERSON_TITLES
    ):
        cut += 1
    while cut < len(words) - 1:
        word = words[cut].casefold().strip(".,")
        after_of = cut > 0 and words[cut - 1].casefold() in ("of", "for")
        if word in PERSON_TITLES or (after_of and country_of_word(word)):
            cut += 1  # 'King of Jordan Abdullah II': the country belongs to the title
            continue
        break
    while cut < len(words) - 1 and words[cut].casefold() in ("of", "for", "the"):
        cut += 1
    title = " ".join(words[:cut]) or None
    return " ".join(words[cut:]), title


def clean_name(text: str) -> str:
    """A name without leading articles, possessive ending or stray punctuation."""
    text = " ".join(text.replace("\n", " ").split()).strip(" ,.;:\"“”'«»()")
    text = _LEADING.sub("", text)
    return _POSSESSIVE.sub("", text).strip()


class Registry:
    """The actors of one document, with the indexes that resolve later mentions."""

    def __init__(self, gazetteer: Gazetteer, full_text: str) -> None:
        self.gazetteer = gazetteer
        self.actors: dict[str, ActorRec] = {}
        self._inventory = self._names_in(full_text)
        self._text = full_text
        self.last_person: str | None = None
        self._by_name: dict[str, str] = {}
        self.last_group: str | None = None

    @staticmethod
    def _names_in(text: str) -> list[str]:
        return [m.group(0) for m in _NAME_SEQ.finditer(text)]

    # --- registration -----------------------------------------------------------------

    def _new(self, key: str, name: str, type_: ActorType, **kw: object) -> ActorRec:
        rec = self.actors.get(key)
        if rec is None:
            rec = ActorRec(key=key, name=name, type=type_, order=len(self.actors))
            for k, v in kw.items():
                if v is not None:
                    setattr(rec, k, v)
            self.actors[key] = rec
            if not rec.unnamed:
                self._by_name.setdefault(normal_name(name), key)
        return rec

    def country(self, code: str, span: tuple[int, int] | None = None) -> ActorRec:
        """The country with ISO ``code`` as an actor."""
        name = COUNTRY_NAME.get(code, code)
        match = _lookup(self.gazetteer, name, "actor", "country")
        key = match.entry.id if match else slugify(name)
        rec = self._new(
            key,
            match.entry.name if match else name,
            ActorType.country,
            country=code,
            canonical_id=match.entry.id if match else None,
        )
        if span:
            rec.spans.append(span)
        return rec

    def named(
        self, text: str, label: str, span: tuple[int, int] | None = None, ent_id: str | None = None
    ) -> ActorRec | None:
        """The actor a proper name refers to, registered on first sight."""
        raw = clean_name(text)
        if not raw or not any(c.isupper() for c in raw):
            return None
        if label == "GPE" or label == "NORP":
            code = country_of_word(raw) or CAPITAL_CODE.get(raw.casefold())
            if code:
                return self.country(code, span)
            if label == "NORP":
                return None
        type_ = ActorType.person if label == "PERSON" else ActorType.organization
        title = None
        if type_ is ActorType.person:
            raw, title = strip_title(raw)
        elif label == "GPE":
            type_ = ActorType.organization
        rec = self._resolve_existing(raw, type_, ent_id)
        if rec is None:
            rec = self._register(raw, type_, ent_id)
        if title and not rec.title:
            rec.title = title
        if raw != rec.name:
            rec.aliases.add(raw)
            if not rec.unnamed:
                self._by_name.setdefault(normal_name(raw), rec.key)
        if span:
            rec.spans.append(span)
        if rec.type is ActorType.person:
            self.last_person = rec.key
        return rec

    def _resolve_existing(self, raw: str, type_: ActorType, ent_id: str | None) -> ActorRec | None:
        if ent_id and ent_id in self.actors:
            return self.actors[ent_id]
        key = normal_name(raw)
        if key in self._by_name:
            return self.actors[self._by_name[key]]
        words = key.split()
        if type_ is ActorType.person and len(words) == 1:
            same = [r for r in self._persons() if _surname(r.name) == words[0]]
            if len(same) == 1:
                return same[0]
        return None

    def _register(self, raw: str, type_: ActorType, ent_id: str | None) -> ActorRec:
        name = raw
        if type_ is ActorType.person and len(raw.split()) == 1:
            fuller = {n for n in self._inventory if n.split()[-1] == raw and len(n.split()) > 1}
            fuller = {b for b in (strip_title(n)[0] for n in fuller) if len(b.split()) > 1}
            if len(fuller) == 1:
                name = fuller.pop()
                existing = self._resolve_existing(name, type_, None)
                if existing:
                    return existing
        kind = "person" if type_ is ActorType.person else None
        match = None
        if ent_id and ent_id in self.gazetteer.actors:
            entry = self.gazetteer.actors[ent_id]
            return self._from_entry(entry.id)
        match = _lookup(self.gazetteer, name, "actor", kind)
        if match and (match.method != "fuzzy" or match.score >= 92):
            return self._from_entry(match.entry.id)
        if type_ is ActorType.organization and not any(
            w in ORG_WORDS for w in name.casefold().split()
        ):
            type_ = ActorType.organization
        org_type = _org_type(name) if type_ is ActorType.organization else None
        code = None
        for word in name.replace("-", " ").split():
            code = code or country_of_word(word)
        return self._new(
            normal_name(name) or slugify(name), name, type_, org_type=org_type, country=code
        )

    def _from_entry(self, entry_id: str) -> ActorRec:
        entry = self.gazetteer.actors[entry_id]
        type_ = (
            ActorType(entry.type) if entry.type in ActorType.__members__ else ActorType.organization
        )
        org_type = None
        if type_ is ActorType.organization and entry.org_type in OrgType.__members__:
            org_type = OrgType(str(entry.org_type))
        return self._new(
            entry.id,
            entry.name,
            type_,
            canonical_id=entry.id,
            country=entry.country,
            org_type=org_type,
        )

    def unnamed(
        self,
        text: str,
        head: str,
        span: tuple[int, int] | None = None,
        country: str | None = None,
        leader: str | None = None,
    ) -> ActorRec:
        """An unnamed party such as 'a senior US officer' or 'a Turkish delegation'."""
        name = clean_name(text)
        group = head.casefold() in COLLECTIVE_HEADS or head.casefold().endswith("s")
        type_ = ActorType.organization if group else ActorType.person
        key = "unnamed:" + normal_name(name)
        rec = self._new(
            key,
            name,
            type_,
            unnamed=True,
            country=country,
            org_type=OrgType.delegation if "delegation" in head.casefold() else None,
        )
        if leader and not rec.leader:
            rec.leader = leader
        if span:
            rec.spans.append(span)
        if head.casefold() in COLLECTIVE_HEADS:
            self.last_group = rec.key
        elif type_ is ActorType.person:
            self.last_person = rec.key
        return rec

    # --- resolution of references -----------------------------------------------------

    def by_title(self, title: str) -> ActorRec | None:
        """'the Minister', 'the Secretary-General': the first person holding such a title."""
        wanted = {w for w in title.casefold().replace("-", " ").split() if w not in ("the", "of")}
        for rec in sorted(self.actors.values(), key=lambda r: r.order):
            if rec.type is ActorType.person and rec.title and not rec.unnamed:
                have = set(rec.title.casefold().replace("-", " ").split())
                if wanted and wanted <= have:
                    return rec
        return None

    def counterpart(self, adjective: str) -> ActorRec | None:
        """'his Turkish counterpart': the only named person of that country."""
        code = country_of_word(adjective)
        found = [
            r for r in self.actors.values()
            if r.type is ActorType.person and not r.unnamed and r.country == code
        ]  # fmt: skip
        return found[0] if code and len(found) == 1 else None

    def described(self, code: str, words: list[str]) -> ActorRec | None:
        """The named person of country ``code`` that a description refers to: the only
        one, or the only one whose title shares the description's words."""
        found = [r for r in self._persons() if r.country == code]
        if len(found) > 1:
            found = [
                r for r in found
                if set(words) & set((r.title or "").casefold().replace("-", " ").split())
            ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def person_before(self, offset: int) -> ActorRec | None:
        """The last person's name written before ``offset`` in the text (for 'he' in a
        document whose earlier sentences name no contact): a title and at least two words
        of a name, not a country or an organization."""
        found = None
        body = self._text.find("\n") + 1  # a headline's capitals say nothing of names
        for m in _LONG_NAME_SEQ.finditer(self._text, body, offset):
            seq = m.group(0).split()
            last = max((i for i, w in enumerate(seq) if w.casefold() in PERSON_TITLES), default=-1)
            words = seq[last + 1 :]
            if (
                last >= 0
                and len(words) >= 2
                and not any(country_of_word(w) or w.casefold() in ORG_WORDS for w in words)
            ):
                found = " ".join(words)
        return self.named(found, "PERSON") if found else None

    def author(self) -> ActorRec | None:
        """The person a text speaks as ('Remarks by Ambassador X', a byline under the title):
        a titled name in its first lines."""
        head = self._text[:_BYLINE_SPAN]
        for m in _LONG_NAME_SEQ.finditer(head):
            seq = m.group(0).split()
            last = max((i for i, w in enumerate(seq) if w.casefold() in PERSON_TITLES), default=-1)
            words = seq[last + 1 :]
            if last >= 0 and len(words) >= 2 and not any(country_of_word(w) for w in words):
                return self.named(" ".join(words), "PERSON")
        return None

    def _persons(self) -> list[ActorRec]:
        return [r for r in self.actors.values() if r.type is ActorType.person and not r.unnamed]

    def known_surname(self, word: str) -> ActorRec | None:
        """A registered person with this surname (for names the tagger missed)."""
        key = normal_name(word)
        found = [r for r in self._persons() if _surname(r.name) == key]
        if len(found) == 1:
            return found[0]
        if found:
            return None
        fuller = {strip_title(n)[0] for n in self._inventory if n.split()[-1] == word}
        fuller = {n for n in fuller if len(n.split()) > 1}
        if len(fuller) == 1:
            return self.named(fuller.pop(), "PERSON")
        return None

    def last_delegation(self) -> ActorRec | None:
        """The most recent group party (a delegation, a team)."""
        return self.actors.get(self.last_group) if self.last_group else None


@lru_cache(maxsize=65536)
def _surname(name: str) -> str:
    words = [w for w in normal_name(name).split() if w not in _SUFFIXES]
    return words[-1] if words else ""


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Generational suffixes, which are not surnames ('Lloyd J. Austin III')."""


def surname_of(name: str) -> str:
    """The surname of a person's name as written: 'Lloyd J. Austin III' -> 'Austin'."""
    words = [w for w in name.split() if w.casefold().strip(".") not in _SUFFIXES]
    return words[-1] if words else name


_LOOKUPS: dict[tuple[int, str, str, str | None], Match | None] = {}


def _lookup(gazetteer: Gazetteer, name: str, kind: str, type_: str | None) -> Match | None:
    """Gazetteer lookups, remembered (the same names recur across documents)."""
    key = (id(gazetteer), name, kind, type_)
    if key not in _LOOKUPS:
        if len(_LOOKUPS) > 100_000:
            _LOOKUPS.clear()
        _LOOKUPS[key] = gazetteer.lookup(name, kind, type_)
    return _LOOKUPS[key]


def _org_type(name: str) -> OrgType | None:
    words = set(name.casefold().split())
    table = [
        ({"intelligence", "mukhabarat"}, OrgType.intelligence),
        ({"ministry"}, OrgType.ministry),
        ({"army", "forces", "military", "navy", "air"}, OrgType.military),
        ({"party"}, OrgType.party),
        ({"church", "patriarchate"}, OrgType.church),
        ({"airlines", "airways", "company", "bank"}, OrgType.company),
        ({"delegation"}, OrgType.delegation),
        ({"government", "cabinet"}, OrgType.government),
        ({"opposition", "coalition"}, OrgType.opposition),
    ]
    for keys, kind in table:
        if words & keys:
            return kind
    return None

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
    COUNTRY_CODE,
    COUNTRY_NAME,
    INSTITUTION_HEADS,
    ORG_WORDS,
    PERSON_TITLES,
    UNNAMED_HEADS,
    country_of_word,
)
from loaders.gazetteer import Gazetteer, Match

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_OWNER = re.compile(r"^(?P<owner>[A-Z][\w.-]*)(?:'s|’s)\s+(?=[A-Z])")
"""'Iran's Bagheri', 'EU's Mora': a country or body before a person's name is no part of it."""
_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tonight",
    ]
)
"""Words of dates, which are never a person's surname ('Wednesday's talks')."""
_GIVEN_NAME_TITLES = frozenset(
    {"king", "queen", "sultan", "emir", "prince", "princess", "pope", "sheikh", "crown prince"}
)
"""Titles before a given name, not a surname ('King Salman' is not 'Mohammed bin Salman')."""
TITLE_HEADS = frozenset(
    {"president", "minister", "secretary", "general", "king", "prince", "emir", "sultan",
     "ambassador", "envoy", "chancellor", "premier", "adviser", "advisor", "commissioner"}
)  # fmt: skip
"""Words that make a title name one office (not 'the official', 'the leader')."""
RANKS = frozenset({"king", "queen", "president", "prince", "emir", "sultan", "chancellor"})
"""Titles of one office each: a description by one never names the holder of another."""
_TITLE_NOISE = frozenset({"the", "of", "former", "then", "late", "current", "outgoing"})
"""Words of a title that say nothing of which office it is ('the former Secretary-General')."""
_ABBREVIATIONS = {"u.n.": "united nations", "un": "united nations", "u.s.": "united states",
                  "us": "united states", "u.k.": "united kingdom", "uk": "united kingdom",
                  "eu": "european union", "e.u.": "european union"}  # fmt: skip
_LEADING = re.compile(r"^(?:the|a|an|some|its|his|her|their|our|two|both|several)\s+", re.I)
_BYLINE_SPAN = 200
_LONG_NAME_SEQ = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|da|abu|abdul)[- ])?[A-Z][\w'’-]+){1,6}"
)
_NAME_SEQ = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+(?:(?:al|el|bin|ibn|de|van|von|da|abu|abdul)[- ])?[A-Z][\w'’-]+){1,5}"
)


_SPEAKER = re.compile(
    r"(?m)^(?P<label>[A-Z][^\n:;!?“”\"()]{1,120}?)\s*(?:\([^)\n]{1,40}\)\s*)?:(?=\s)"
)
"""A speaker's label opening a paragraph of a transcript: 'President of Russia Vladimir
Putin:', 'PRIME MINISTER DACIC: (Via interpreter)', 'Abdullah II:'."""
_LABEL_WORDS = 14
_NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "van", "von", "da", "abu", "abdul"})


_NAME_WORDS = (
    r"(?:(?:(?:Mrs?|Ms|Dr|Gen|Col|Lt|Sen|Rep|Gov|Prof|St)\.|[A-Z][\w'’-]*)\s+){0,5}[A-Z][\w'’-]+"
)
_PAIR = re.compile(rf"({_NAME_WORDS})\s+and\s+({_NAME_WORDS})")
_PAIR_REACH = 2000


@dataclass(frozen=True)
class Turn:
    """Who speaks in a paragraph of a transcript, and to whom: keys of the registry; an
    empty speaker is someone unnamed ('SENIOR STATE DEPARTMENT OFFICIAL:')."""

    speaker: str
    addressee: str | None


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


def _after_titles(seq: str) -> str:
    """'EU High Representative Cathy Ashton' -> 'Cathy Ashton': the words after the last
    title, without an owner ('Iran's')."""
    words = strip_title(owner_and_name(seq)[1])[0].split()
    last = max((i for i, w in enumerate(words[:-1]) if w.casefold() in PERSON_TITLES), default=-1)
    return " ".join(words[last + 1 :])


def owner_and_name(name: str) -> tuple[str | None, str]:
    """'Iran's Bagheri' -> ('Iran', 'Bagheri'); a name without an owner is returned whole."""
    m = _OWNER.match(name)
    return (m.group("owner"), name[m.end() :]) if m else (None, name)


def title_words(title: str) -> set[str]:
    """The words that tell an office: abbreviations spelled out ('U.N.' is 'United Nations'),
    hyphens split, and words of time ('former') or grammar dropped."""
    words: set[str] = set()
    for w in title.casefold().replace("-", " ").split():
        w = w.strip(",;:")
        words.update(_ABBREVIATIONS.get(w, w).split())
    return words - _TITLE_NOISE


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
        self._turns: list[tuple[int, str]] | None = None
        self._titled: list[tuple[str, str, set[str]]] | None = None
        self._folded = full_text.casefold()
        self.side_leaders: list[tuple[int, str, str]] = []
        """(sentence, country, leader): 'the Indian delegation was led by X'."""
        self._transcript()

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
        owner = None
        if type_ is ActorType.person:
            owner, raw = owner_and_name(raw)
            raw, title = strip_title(raw)
        elif label == "GPE":
            type_ = ActorType.organization
        rec = self._resolve_existing(raw, type_, ent_id)
        if rec is None:
            rec = self._surname_only(raw, type_)
        if rec is None:
            rec = self._register(raw, type_, ent_id)
        if title and not rec.title:
            rec.title = title
        if owner and not rec.country and rec.type is ActorType.person:
            rec.country = country_of_word(owner)
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

    def _surname_only(self, raw: str, type_: ActorType) -> ActorRec | None:
        """A person first named by surname alone ('Mora' in a headline), now in full
        ('Enrique Mora'): the one record, which takes the full name."""
        words = [normal_name(w) for w in raw.split()[1:]]
        if type_ is not ActorType.person or not words:
            return None
        same = [
            r
            for r in self._persons()
            if len(r.name.split()) == 1
            and normal_name(r.name) in words
            and (r.title or "").casefold() not in _GIVEN_NAME_TITLES
        ]
        if len(same) != 1 or self._given_name(same[0].name, raw):
            return None
        rec = same[0]
        rec.aliases.add(rec.name)
        rec.name = raw
        self._by_name.setdefault(normal_name(raw), rec.key)
        return rec

    def _given_name(self, word: str, full: str) -> bool:
        """Whether ``word`` is a given or a father's name rather than a surname: written after
        a royal title ('King Salman'), or after 'bin' in the full name ('Mohammed bin Salman')."""
        if any(f"{title} {word.casefold()}" in self._folded for title in _GIVEN_NAME_TITLES):
            return True
        words = [w.casefold() for w in full.split()]
        at = words.index(word.casefold()) if word.casefold() in words else 0
        return at > 0 and words[at - 1] in ("bin", "ibn", "ben", "bint")

    def _fuller_names(self, surname: str) -> set[str]:
        """Names of two words or more in the text that end with ``surname``, titles and
        owners ('Iran's') taken off."""
        fuller = {n for n in self._inventory if n.split()[-1] == surname and len(n.split()) > 1}
        bare = {b for b in map(_after_titles, fuller) if len(b.split()) > 1}
        return {b for b in bare if not self._given_name(surname, b)}

    def _register(self, raw: str, type_: ActorType, ent_id: str | None) -> ActorRec:
        name = raw
        if type_ is ActorType.person and len(raw.split()) == 1:
            fuller = self._fuller_names(raw)
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
        group = head.casefold() in COLLECTIVE_HEADS | INSTITUTION_HEADS or head.casefold().endswith(
            "s"
        )
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
        wanted = title_words(title)
        for rec in sorted(self.actors.values(), key=lambda r: r.order):
            if rec.type is ActorType.person and rec.title and not rec.unnamed:
                have = title_words(rec.title)
                if wanted and wanted <= have:
                    return rec
        return self._titled_in_text(wanted) if wanted & TITLE_HEADS else None

    def _titled_in_text(self, wanted: set[str]) -> ActorRec | None:
        """The person the text names after such a title ('the former U.N. Secretary-General'
        is the 'Former United Nations Secretary General Kofi Annan' of the lead), when the
        sentence that named them told no contact."""
        for title, name, words in self._titled_names():
            if wanted <= words:
                rec = self.named(name, "PERSON")
                if rec is not None and not rec.title:
                    rec.title = title
                return rec
        return None

    def _titled_names(self) -> list[tuple[str, str, set[str]]]:
        """(title, name, title words) of each titled name of two words or more in the body."""
        if self._titled is None:
            self._titled = []
            for m in _LONG_NAME_SEQ.finditer(self._text, self._text.find("\n") + 1):
                seq = m.group(0).split()
                last = max(
                    (i for i, w in enumerate(seq) if w.casefold() in PERSON_TITLES), default=-1
                )
                name = seq[last + 1 :]
                if last < 0 or len(name) < 2 or any(country_of_word(w) for w in name):
                    continue
                title = " ".join(seq[: last + 1])
                self._titled.append((title, " ".join(name), title_words(title)))
        return self._titled

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
        rank = set(words) & RANKS
        found = [
            r
            for r in self._persons()
            if r.country == code and not (rank and r.title and not rank & title_words(r.title))
        ]  # 'the King of Saudi Arabia' is not its Crown Prince
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

    # --- transcripts ------------------------------------------------------------------

    def turn_at(self, offset: int) -> Turn | None:
        """The speaker of the transcript paragraph holding ``offset`` and the one they speak
        to (the nearest other speaker); None outside a transcript."""
        turns = self._transcript()
        at = [i for i, (start, _) in enumerate(turns) if start <= offset]
        if not at:
            return None
        i = at[-1]
        speaker = turns[i][1]
        others = [k for _, k in reversed(turns[:i])] + [k for _, k in turns[i + 1 :]]
        addressee = next((k for k in others if k and k != speaker), None)
        return Turn(speaker, addressee)

    def pair_named_before(self, offset: int) -> list[ActorRec]:
        """The two people a speaker named together last in their turn before ``offset`` ('for
        having here the State Secretary Mrs. Clinton and Lady Ashton'): 'they' of the speech
        after."""
        turn = max((s for s, _ in self._transcript() if s <= offset), default=0)
        window = self._text[max(turn, offset - _PAIR_REACH) : offset]
        pairs = list(_PAIR.finditer(window))
        if not pairs:
            return []
        last = pairs[-1]
        found: list[ActorRec] = []
        for side in (last.group(1), last.group(2)):
            name = strip_title(side)[0]
            words = name.split()
            if any(country_of_word(w) or w.casefold() in ORG_WORDS for w in words):
                return []
            rec = self.named(name, "PERSON")
            if rec is None or rec.type is not ActorType.person:
                return []
            found.append(rec)
        return found

    def _transcript(self) -> list[tuple[int, str]]:
        if self._turns is None:
            last = self.last_person
            self._turns = []
            for m in _SPEAKER.finditer(self._text):
                if m.start() > 0 and self._text[m.start() - 1] != "\n":
                    continue
                key = self._speaker_key(m.group("label"))
                if key is not None:
                    self._turns.append((m.start(), key))
            self.last_person = last
        return self._turns

    def _speaker_key(self, label: str) -> str | None:
        """The person a speaker's label names ('' for an unnamed one), None for a label that
        names no speaker ('Note:')."""
        words = label.split()
        if not 1 <= len(words) <= _LABEL_WORDS:
            return None
        if label.isupper():
            words = [w.capitalize() for w in words]
        if not all(w[:1].isupper() or w.casefold() in ("of", "and", "the", "for") or
                   w.casefold() in _NAME_PARTICLES for w in words):  # fmt: skip
            return None
        folded = [normal_name(w) for w in words]
        known = [r for r in self._persons() if _surname(r.name) in folded]
        if known:
            return max(known, key=lambda r: folded.index(_surname(r.name))).key
        name: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            low = w.casefold().strip(".,")
            pair = f"{words[i - 1]} {w}" if i > 0 else w
            if low in PERSON_TITLES or low in ("and", "the") or country_of_word(w):
                break
            if country_of_word(pair) or pair.casefold() in COUNTRY_CODE:
                break
            name.insert(0, w)
        title = words[: len(words) - len(name)]
        if any(w.casefold() in UNNAMED_HEADS or w.casefold() in ORG_WORDS for w in name):
            return "" if title else None  # 'Senior State Department Official:'
        if not name or not (title or len(name) >= 2):
            return None
        rec = self.named(" ".join(name), "PERSON")
        if rec is None:
            return None
        if title and not rec.title:
            rec.title = " ".join(title)
        rec.country = rec.country or next((c for c in map(country_of_word, title) if c), None)
        return rec.key

    def _persons(self) -> list[ActorRec]:
        return [r for r in self.actors.values() if r.type is ActorType.person and not r.unnamed]

    def known_surname(self, word: str) -> ActorRec | None:
        """A registered person with this surname (for names the tagger missed)."""
        key = normal_name(word)
        if key in _CALENDAR:
            return None
        found = [r for r in self._persons() if _surname(r.name) == key]
        if len(found) == 1:
            return found[0]
        if found:
            return None
        owned = sorted(
            n for n in self._inventory if owner_and_name(n)[1] == word and owner_and_name(n)[0]
        )
        if owned:  # 'Iran's Bagheri': a person, whose country is the owner
            return self.named(owned[0], "PERSON")
        fuller = self._fuller_names(word)
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

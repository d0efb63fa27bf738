"""Datelines: where and when a news item says it was filed, lent to the contacts it tells.

Three forms are read from the top of an article:

- a date-and-place line, as Kremlin news items and many readouts carry it
  ("May 30, 2017, The Kremlin, Moscow"): the day and the place of the events told below;
- a place line among the header lines, as briefings and statements carry it ("Waldorf
  Astoria", "Washington, DC"): where it was given;
- a wire dateline opening the first paragraph ("TEHRAN, Sep. 07 (MNA) –"): where the
  reporter files from, which only makes a contact placed in that country more precise.

A held contact without a place of its own, on the day of the line (or with no day of its
own), takes the line's place; one with no date, or only the publication month, takes the
line's day; one placed in the country of the line's city takes the city. Planned contacts
and calls take nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.language import Language

from core.vocabulary import DatePrecision, MeetingKind, PlaceKind
from loaders.extract.assemble import Agg
from loaders.extract.candidates import PlaceCand
from loaders.extract.dates import DateValue, parse_publication_date
from loaders.extract.lexicon import CAPITAL_CODE, PLACE_NOUNS, country_of_word

_TOP_LINES = 12
_SHORT_LINE = 12
_DATE_PLACE = re.compile(
    r"^(?P<date>[A-Za-z0-9 .,]*?\b(?:19|20)\d\d)\s*,\s*(?P<place>[^\d,]+(?:,\s*[^\d,]+){0,2})$"
)
_WIRE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'/-]+(?: [A-Z][A-Z.'/-]+){0,3})\s*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s+"
)
_PLACE_LABELS = {"GPE": PlaceKind.city, "FAC": PlaceKind.building, "LOC": PlaceKind.region}
_GLUE = frozenset({"of", "the", "and", "de", "du", "la"})


@dataclass(frozen=True)
class Dateline:
    """The place (and, from a date-and-place line, the day) an article gives at its top."""

    place: PlaceCand
    date: DateValue | None = None
    refine_only: bool = False


def find_dateline(text: str, nlp: Language) -> Dateline | None:
    """The first dateline among an article's top lines (those before its first long line,
    and the opening of that line), if it has one."""
    top: list[str] = []
    opening = ""
    for raw in text.splitlines()[:_TOP_LINES]:
        line = raw.strip()
        if len(line.split()) > _SHORT_LINE and line.endswith((".", "!", "?", '"', "”")):
            opening = line  # the first sentence of the body
            break
        if line:
            top.append(line)
    for line in top:
        found = _date_place_line(line)
        if found is not None:
            return found
    for line in top[1:]:  # the first line is the headline
        if len(line.split()) <= 6 and not re.search(r"\d", line):
            place = _place_line(line, nlp)
            if place is not None:
                return Dateline(place)
    for line in [*top[1:], opening]:
        m = _WIRE.match(line)
        if m:
            name = m["city"].title()
            code = CAPITAL_CODE.get(name.casefold()) or country_of_word(name)
            if code:
                return Dateline(PlaceCand(name, PlaceKind.city, code), refine_only=True)
    return None


def _date_place_line(line: str) -> Dateline | None:
    """'May 30, 2017, The Kremlin, Moscow': the day and the city (the last part)."""
    m = _DATE_PLACE.match(line.strip())
    if not m:
        return None
    day = parse_publication_date(m["date"])
    parts = [re.sub(r"^(?:the|The)\s+", "", p.strip()) for p in m["place"].split(",")]
    if day is None or not all(p and p[0].isupper() and len(p.split()) <= 4 for p in parts):
        return None
    city = parts[-1]
    code = CAPITAL_CODE.get(city.casefold()) or country_of_word(city)
    date = DateValue(m["date"].strip(), day, day, DatePrecision.day, -1, -1)
    return Dateline(PlaceCand(city, PlaceKind.city, code), date)


def _place_line(line: str, nlp: Language) -> PlaceCand | None:
    """A header line that is nothing but a place ('Waldorf Astoria', 'Cap-Haïtien, Haiti')."""
    doc = nlp(line.strip())
    ents = [e for e in doc.ents if e.label_ in _PLACE_LABELS]
    covered = {t.i for e in ents for t in e}
    nouns = {t.i for t in doc if t.lower_ in PLACE_NOUNS and t.is_title}  # 'Palace of Serbia'
    words = [t for t in doc if t.is_alpha and t.lower_ not in _GLUE]
    if not ents or not words or any(t.i not in covered | nouns for t in words):
        return None
    first = ents[0]
    if nouns and min(nouns) < first.start:  # a building named by a place noun and a place
        name = doc[: ents[-1].end].text
        code = country_of_word(ents[-1].text) or CAPITAL_CODE.get(ents[-1].text.casefold())
        return PlaceCand(name, PlaceKind.building, code)
    name = re.sub(r"^(?:the|The)\s+", "", first.text)
    code = CAPITAL_CODE.get(name.casefold()) or country_of_word(ents[-1].text)
    kind = _PLACE_LABELS[first.label_]
    if kind is PlaceKind.city and country_of_word(name) and name.casefold() not in CAPITAL_CODE:
        kind = PlaceKind.country
    return PlaceCand(name, kind, code)


def apply_dateline(aggs: list[Agg], line: Dateline, published: dt.date) -> None:
    """Lend the dateline's day and place to the held contacts that have none of their own."""
    when = line.date.start if line.date else published
    for agg in aggs:
        if agg.planned or agg.first.kind is MeetingKind.call:
            continue
        own = agg.date
        fallback = own is not None and own.begin < 0 and not own.text
        if line.date is not None and fallback:
            for cand in agg.cands:
                if cand.date is not None and cand.date.begin < 0 and not cand.date.text:
                    cand.date = replace(line.date)
        if line.date is not None and own is None:  # a held contact told with no date
            agg.first.date = replace(line.date)
        on_day = own is None or fallback or own.start <= when <= own.end
        if not (on_day or line.refine_only):
            continue
        place = agg.place
        if place is None:
            if not line.refine_only and line.place.kind is not PlaceKind.country:
                agg.first.place = line.place
        elif (
            place.kind is PlaceKind.country
            and line.place.kind is not PlaceKind.country
            and line.place.country is not None
            and line.place.country == place.country
        ):
            for cand in agg.cands:
                if cand.place is not None and cand.place.kind is PlaceKind.country:
                    cand.place = line.place

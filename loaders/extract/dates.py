"""Date expressions in news text, resolved against the publication date with a precision.

"on Monday", "last June", "a year earlier", "the last week of last June", "next month",
"30 January 2018": each becomes a :class:`DateValue` with a start, an end and a
:class:`~loaders.model.DatePrecision`. Past tense looks back from the publication date,
future tense forward; "earlier"/"later" count from the last date the text gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from core.vocabulary import DatePrecision
from loaders.model import FactFile

MONTHS = {
    name.casefold(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].casefold(): i for i in range(7)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
}  # fmt: skip

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAYN = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
_REL = r"(?P<rel>last|next|this|past|coming|previous|following)"
_NUM = r"(?P<num>\d+|" + "|".join(NUMBERS) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "week_of_month",
        re.compile(
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
            r"(?:(?P<rel>last|next|this)\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b",
            re.I,
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("day_mon_year", re.compile(r"\b" + _DAYN + r"\s+" + _MON + r",?\s+" + _YEAR + r"\b", re.I)),
    ("mon_day_year", re.compile(r"\b" + _MON + r"\s+" + _DAYN + r",?\s+" + _YEAR + r"\b", re.I)),
    ("day_mon", re.compile(r"\b" + _DAYN + r"\s+(?:of\s+)?" + _MON + r"\b(?!\s*,?\s*\d)", re.I)),
    ("mon_day", re.compile(r"\b" + _MON + r"\s+" + _DAYN + r"\b(?!\s*,?\s*(?:\d|:))", re.I)),
    (
        "edge_of_month",
        re.compile(
            r"\b(?:at\s+|by\s+)?the\s+(?P<edge>end|beginning|start|middle)\s+of\s+"
            r"(?:(?P<rel>last|next|this)\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b",
            re.I,
        ),
    ),
    (
        "edge_of_year",
        re.compile(
            r"\b(?:by|before|until|at|towards?)\s+the\s+end\s+of\s+(?P<rel>the|this|next)\s+year\b",
            re.I,
        ),
    ),
    (
        "mon_year",
        re.compile(r"\b(?:in\s+|early\s+|late\s+|mid-?)?" + _MON + r",?\s+" + _YEAR + r"\b", re.I),
    ),
    ("rel_mon", re.compile(r"\b" + _REL + r"\s+" + _MON + r"\b", re.I)),
    (
        "in_mon",
        re.compile(r"\b(?:in|during|since|until|by|early|late|mid-?)\s+" + _MON + r"\b", re.I),
    ),
    (
        "ago",
        re.compile(
            r"\b(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+|more\s+than\s+|over\s+)?"
            + _NUM
            + r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|before|later|after)\b",
            re.I,
        ),
    ),
    (
        "rel_unit",
        re.compile(
            r"\b(?:(?P<ed>earlier|later)\s+)?" + _REL + r"\s+(?P<unit>week|month|year|weekend)\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(r"\b(?:(?P<rel>last|next|this|on)\s+)?" + _WD + r"\b", re.I)),
    (
        "deictic",
        re.compile(
            r"\b(?P<word>yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight|tomorrow|"
            r"this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today|"
            r"later\s+today|earlier\s+in\s+the\s+day|later\s+in\s+the\s+day|the\s+same\s+day|"
            r"the\s+next\s+day|the\s+following\s+day|the\s+day\s+before|the\s+previous\s+day)\b",
            re.I,
        ),
    ),
    ("in_year", re.compile(r"\b(?:in|since|during|early|late|mid-?)\s+" + _YEAR + r"\b", re.I)),
]


@dataclass(frozen=True)
class DateValue:
    """A resolved date: first and last day, precision, the words as written and where."""

    text: str
    start: dt.date
    end: dt.date
    precision: DatePrecision
    begin: int
    stop: int


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_end(year, month)


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _year_for_month(month: int, ref: dt.date, future: bool, rel: str | None) -> int:
    """The year of a month named without one: the nearest such month in the right direction."""
    if rel == "next" or (rel is None and future):
        return (
            ref.year if month > ref.month or (month == ref.month and rel is None) else ref.year + 1
        )
    if rel in ("last", "past", "previous"):
        return ref.year if month < ref.month else ref.year - 1
    if rel == "this":
        return ref.year
    return ref.year if month <= ref.month else ref.year - 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(
    kind: str, m: re.Match[str], published: dt.date, future: bool, reference: dt.date
) -> tuple[dt.date, dt.date, DatePrecision] | None:
    g = m.groupdict()
    day_p, week_p, month_p, year_p = (
        DatePrecision.day,
        DatePrecision.week,
        DatePrecision.month,
        DatePrecision.year,
    )
    if kind == "iso":
        d = _safe_date(int(g["year"]), int(g["mon"]), int(g["day"]))
        return (d, d, day_p) if d else None
    month = MONTHS.get((g.get("mon") or "").casefold().rstrip("."), 0)
    if kind in ("day_mon_year", "mon_day_year"):
        d = _safe_date(int(g["year"]), month, int(g["day"]))
        return (d, d, day_p) if d else None
    if kind in ("day_mon", "mon_day"):
        year = _year_for_month(month, published, future, None)
        d = _safe_date(year, month, int(g["day"]))
        if d and not future and d > published:
            d = _safe_date(year - 1, month, int(g["day"]))
        return (d, d, day_p) if d else None
    if kind == "week_of_month":
        year = (
            int(g["year"])
            if g.get("year")
            else _year_for_month(month, published, future, g.get("rel"))
        )
        first, last = _month(year, month)
        ordinal = g["ord"].casefold()
        if ordinal in ("last", "final"):
            return last - dt.timedelta(days=6), last, week_p
        n = ["first", "second", "third", "fourth"].index(ordinal)
        start = first + dt.timedelta(days=7 * n)
        return start, start + dt.timedelta(days=6), week_p
    if kind == "edge_of_month":
        year = (
            int(g["year"])
            if g.get("year")
            else _year_for_month(month, published, future, g.get("rel"))
        )
        first, last = _month(year, month)
        edge = g["edge"].casefold()
        if edge == "end":
            return last - dt.timedelta(days=6), last, week_p
        if edge in ("beginning", "start"):
            return first, first + dt.timedelta(days=6), week_p
        return first, last, month_p
    if kind == "edge_of_year":  # 'before the end of the year': within the year
        year = published.year + (1 if g["rel"].casefold() == "next" else 0)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), year_p
    if kind == "mon_year":
        first, last = _month(int(g["year"]), month)
        return first, last, month_p
    if kind in ("rel_mon", "in_mon"):
        year = _year_for_month(month, published, future, (g.get("rel") or "").casefold() or None)
        first, last = _month(year, month)
        return first, last, month_p
    if kind == "in_year":
        year = int(g["year"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), year_p
    if kind == "ago":
        raw = g["num"].casefold()
        n = int(raw) if raw.isdigit() else NUMBERS[raw]
        sign = 1 if g["dir"].casefold() in ("later", "after") else -1
        base = published if g["dir"].casefold() == "ago" else reference
        unit = g["unit"].casefold()
        if unit == "year":
            year = base.year + sign * n
            return dt.date(year, 1, 1), dt.date(year, 12, 31), year_p
        if unit == "month":
            year, mon = _add_months(base, sign * n)
            first, last = _month(year, mon)
            return first, last, month_p
        days = n * (7 if unit == "week" else 1) * sign
        d = base + dt.timedelta(days=days)
        if unit == "week":
            start = d - dt.timedelta(days=d.weekday())
            return start, start + dt.timedelta(days=6), week_p
        return d, d, day_p
    if kind == "rel_unit":
        rel = g["rel"].casefold()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
            rel, 0
        )
        unit = g["unit"].casefold()
        if unit in ("week", "weekend"):
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
            if unit == "weekend":
                sat = monday + dt.timedelta(days=5)
                return sat, sat + dt.timedelta(days=1), day_p
            return monday, monday + dt.timedelta(days=6), week_p
        if unit == "month":
            year, mon = _add_months(published, step)
            first, last = _month(year, mon)
            return first, last, month_p
        year = published.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31), year_p
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].casefold()]
        rel = (g.get("rel") or "").casefold()
        if rel == "next" or (future and rel != "last"):
            # 'will arrive on Wednesday' written on a Wednesday is that day
            delta = (wd - published.weekday()) % 7 or (7 if rel == "next" else 0)
            d = published + dt.timedelta(days=delta)
        else:
            delta = (published.weekday() - wd) % 7
            if rel == "last" and delta == 0:
                delta = 7
            d = published - dt.timedelta(days=delta)
        return d, d, day_p
    if kind == "deictic":
        word = " ".join(g["word"].casefold().split())
        if word.startswith("yesterday"):
            d = published - dt.timedelta(days=1)
        elif word == "tomorrow":
            d = published + dt.timedelta(days=1)
        elif word in ("earlier in the day", "later in the day", "the same day"):
            d = reference
        elif word in ("the next day", "the following day"):
            d = reference + dt.timedelta(days=1)
        elif word in ("the day before", "the previous day"):
            d = reference - dt.timedelta(days=1)
        else:
            d = published
        return d, d, day_p
    return None


def find_dates(
    text: str,
    published: dt.date,
    *,
    future: bool = False,
    reference: dt.date | None = None,
) -> list[DateValue]:
    """Every date expression in ``text``, longest first where they overlap, in text order."""
    return list(_find_dates(text, published, future, reference))


@lru_cache(maxsize=16384)
def _find_dates(
    text: str, published: dt.date, future: bool, reference: dt.date | None
) -> tuple[DateValue, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DateValue] = []
    ref = reference or published
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            b, e = m.span()
            if any(b < te and tb < e for tb, te in taken):
                continue
            if kind == "weekday" and not m.group("rel") and _is_name_like(text, b):
                continue
            resolved = _resolve(kind, m, published, future, ref)
            if resolved is None:
                continue
            start, end, precision = resolved
            taken.append((b, e))
            found.append(DateValue(m.group(0), start, end, precision, b, e))
    return tuple(sorted(found, key=lambda v: v.begin))


def _is_name_like(text: str, begin: int) -> bool:
    """'Black Friday' and the like: a weekday straight after a capitalised word."""
    before = text[max(0, begin - 20) : begin].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[ ./](?P<mon>[01]?\d)[ ./](?P<year>(?:19|20)\d\d)\b")


def parse_publication_date(text: str) -> dt.date | None:
    """An absolute date written in a header line: '28 August 2018', '25 05 2020', '2018-08-28'."""
    for kind in ("iso", "day_mon_year", "mon_day_year"):
        pattern = dict(_PATTERNS)[kind]
        m = pattern.search(text)
        if m:
            resolved = _resolve(kind, m, dt.date.today(), False, dt.date.today())
            if resolved:
                return resolved[0]
    m = _NUMERIC.search(text)
    if m:
        return _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
    return None


_DATELINE_SPAN = 600
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def dateline_date(text: str) -> dt.date | None:
    """The date of an undated article from its dateline or first lines: the first full date
    (day, month and year) written near the top."""
    return parse_publication_date(text[:_DATELINE_SPAN])


def without_relative_dates(facts: FactFile) -> FactFile:
    """An undated document's facts with only the dates that name their year: the others
    ('on Monday', 'January 3') keep their words with precision unknown."""
    for meeting in facts.meetings:
        if meeting.date_start is not None and not _YEAR_RE.search(meeting.date_text or ""):
            meeting.date_start = meeting.date_end = None
            meeting.date_precision = DatePrecision.unknown
    for action in facts.actions:
        if action.date_start is not None and not _YEAR_RE.search(action.date_text or ""):
            action.date_start = None
            action.date_precision = DatePrecision.unknown
    return facts

"""Date expressions resolved against the publication date, with their precision."""

from __future__ import annotations

import datetime as dt

import pytest

from core.vocabulary import DatePrecision
from loaders.extract.dates import find_dates, parse_publication_date

PUBLISHED = dt.date(2018, 8, 28)  # a Tuesday


def one(text: str, **kw: object) -> tuple[dt.date, dt.date, DatePrecision]:
    values = find_dates(text, PUBLISHED, **kw)  # type: ignore[arg-type]
    assert len(values) == 1, values
    return values[0].start, values[0].end, values[0].precision


def test_weekday_is_the_last_such_day_on_or_before_publication() -> None:
    assert one("they met on Monday in Moscow") == (
        dt.date(2018, 8, 27),
        dt.date(2018, 8, 27),
        DatePrecision.day,
    )
    assert one("talks on Tuesday")[0] == PUBLISHED


def test_weekday_in_the_future_looks_forward() -> None:
    assert one("they will meet on Monday", future=True)[0] == dt.date(2018, 9, 3)


def test_last_june_is_a_month() -> None:
    assert one("last June") == (dt.date(2018, 6, 1), dt.date(2018, 6, 30), DatePrecision.month)


def test_a_year_earlier_counts_from_the_reference_date() -> None:
    start, _, precision = one("a year earlier", reference=dt.date(2018, 6, 25))
    assert (start, precision) == (dt.date(2017, 1, 1), DatePrecision.year)


def test_about_a_year_ago_counts_from_publication() -> None:
    assert one("about a year ago, the deputy head visited me")[0:3:2] == (
        dt.date(2017, 1, 1),
        DatePrecision.year,
    )


def test_the_last_week_of_last_june_is_a_week() -> None:
    assert one("On one of the nights of the last week of last June, the forces") == (
        dt.date(2018, 6, 24),
        dt.date(2018, 6, 30),
        DatePrecision.week,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the conference was held on January 30, 2018 in Sochi", dt.date(2018, 1, 30)),
        ("met in Astana on 12 March 2024,", dt.date(2024, 3, 12)),
        ("due to be held next week", dt.date(2018, 9, 3)),
        ("at the end of January", dt.date(2018, 1, 25)),
        ("yesterday", dt.date(2018, 8, 27)),
    ],
)
def test_absolute_and_relative_dates(text: str, expected: dt.date) -> None:
    assert one(text)[0] == expected


def test_black_friday_is_not_a_weekday_date() -> None:
    assert find_dates("a Black Friday sale", PUBLISHED) == []


def test_publication_dates_in_header_lines() -> None:
    assert parse_publication_date("News | 25 05 2020") == dt.date(2020, 5, 25)
    assert parse_publication_date("24 January 2018 In Coalition News") == dt.date(2018, 1, 24)

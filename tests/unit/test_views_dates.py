"""Dates shown as precisely as the source gives them, never more."""

from __future__ import annotations

import pytest

from service.views.dates import date_label, precise_iso


@pytest.mark.parametrize(
    ("start", "precision", "end", "shown"),
    [
        ("2020-01-13", "day", None, "13 Jan 2020"),
        ("2018-06-24", "week", "2018-06-30", "week of 24 Jun 2018"),
        ("2018-06-01", "month", None, "June 2018"),
        ("2017-01-01", "year", "2017-12-31", "2017"),
        ("2019-03-12", "day", "2019-03-14", "12 Mar 2019 – 14 Mar 2019"),
        ("2016-05-01", "unknown", None, "2016 (date uncertain)"),
        (None, "day", None, "date unknown"),
        ("not a date", "day", None, "date unknown"),
    ],
)
def test_date_label_says_no_more_than_the_source(
    start: str | None, precision: str, end: str | None, shown: str
) -> None:
    assert date_label(start, precision, end) == shown


def test_precise_iso_cuts_to_the_precision() -> None:
    assert precise_iso("2017-01-01", "year") == "2017"
    assert precise_iso("2018-06-01", "month") == "2018-06"
    assert precise_iso("2018-06-24", "week") == "2018-06-24"
    assert precise_iso(None, "day") is None

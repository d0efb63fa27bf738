"""A contact's new values when it gains meetings, computed by the writer as the server's
recomputation (``projection/recompute``) gives them."""

from __future__ import annotations

from typing import Any

from neo4j.time import Date

from loaders.projection import grown


def day(n: int) -> Date:
    return Date(2020, 1, n)


def test_a_new_contact_counts_its_meetings_newest_first_then_by_id() -> None:
    found = grown(None, {"m2": day(5), "m1": day(5), "m3": day(9)}, {"m3"})
    assert found == {
        "meetings": 3,
        "latest": ["m3", "m1", "m2"],
        "first": day(5),
        "last": day(9),
        "across": 1,
        "across_latest": ["m3"],
        "across_first": day(9),
        "across_last": day(9),
    }


def test_an_undated_meeting_comes_first_as_a_descending_sort_puts_nulls() -> None:
    found = grown(None, {"m1": day(5), "m2": None}, set())
    assert found["latest"] == ["m2", "m1"]
    assert (found["first"], found["last"]) == (day(5), day(5))
    assert found["across"] == 0 and found["across_latest"] is None
    assert found["across_first"] is None and found["across_last"] is None


def test_a_stored_contact_keeps_its_newest_ten_and_counts_an_older_meeting() -> None:
    dates = {f"m{n:02d}": day(10 + n) for n in range(10)}
    stored: dict[str, Any] = {
        "meetings": 12, "first": day(2), "last": day(19), "latest": sorted(dates, reverse=True),
        "across": 0, "across_first": None, "across_last": None, "across_latest": None,
        "dates": dates,
    }  # fmt: skip
    found = grown(stored, {"old": day(1)}, {"old"})
    assert found["meetings"] == 13 and found["latest"] == stored["latest"]
    assert (found["first"], found["last"]) == (day(1), day(19))
    assert found["across"] == 1 and found["across_latest"] == ["old"]
    newer = grown(stored, {"new": day(25)}, set())
    assert newer["latest"] == ["new", *stored["latest"][:9]] and newer["last"] == day(25)

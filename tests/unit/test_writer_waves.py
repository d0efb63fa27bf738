"""Which documents of a batch the writer may write in one wave (``writer.waves``).

A later document whose meeting might be matched to a meeting an earlier document of the wave
writes must wait for the next wave: two participants shared and at least half of its own, a
near date, the same place or none named. Each row is a case: the earlier documents'
meetings, the later document's meeting, and whether the later one waits.
"""

from __future__ import annotations

from typing import Any

import pytest

from loaders.resolve import Rows
from loaders.writer import waves


def meeting(
    who: str, day: str | None = "2021-03-04", place: str | None = "doha", *,
    precision: str = "day", mid: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    people = sorted(who.split())
    key = mid or "m-" + "-".join(people) + f"-{day}-{place}"
    return {"id": key, "key": key, "participant_ids": people, "place": place,
            "date_start": day, "date_precision": precision}  # fmt: skip


def doc(n: int, *meetings: dict[str, Any]) -> Rows:
    return Rows(document={"id": f"d{n}"}, meetings=list(meetings))


CASES = [
    ("the same two, day and place", [meeting("a b")], meeting("a b c"), True),
    ("the same two, another place", [meeting("a b")], meeting("a b c", place="cairo"), False),
    ("the later one names no place", [meeting("a b")], meeting("a b c", place=None), True),
    ("the earlier one names no place", [meeting("a b", place=None)], meeting("a b c"), True),
    ("two of five shared: not half", [meeting("a b")], meeting("a b c d e"), False),
    ("one shared", [meeting("a b")], meeting("a c"), False),
    ("days apart", [meeting("a b")], meeting("a b c", "2021-03-09"), False),
    ("the month holds both", [meeting("a b", precision="month")], meeting("a b c", "2021-03-20"),
     True),
    ("undated", [meeting("a b", None)], meeting("a b c", "2021-03-20"), True),
    ("one meeting told by two earlier documents: its attendees add up",
     [meeting("a b", mid="m-1"), meeting("c d", mid="m-1")], meeting("a c"), True),
    ("a meeting with an id of its own is never matched",
     [meeting("a b")], meeting("a b c", mid="summit-2021"), False),
]  # fmt: skip


@pytest.mark.parametrize(("case", "earlier", "later", "waits"), CASES, ids=[c[0] for c in CASES])
def test_a_later_document_waits_when_its_meeting_may_be_an_earlier_ones(
    case: str, earlier: list[dict[str, Any]], later: dict[str, Any], waits: bool
) -> None:
    batch = [doc(n, m) for n, m in enumerate(earlier)] + [doc(len(earlier), later)]
    assert waves(batch, set(), {}, {}) == (len(earlier) if waits else len(batch))


STORED = ["c", "d"]  # the stored meeting's attendees


@pytest.mark.parametrize(
    ("details", "later", "waits"),
    [
        ({"date_start": "2021-03-05", "date_precision": "day", "places": ["moscow"]},
         meeting("c d e", place="cairo"), False),
        ({"date_start": "2021-03-05", "date_precision": "day", "places": ["moscow"]},
         meeting("c d e", place="moscow"), True),
        ({"date_start": "2021-03-05", "date_precision": "day", "places": []},
         meeting("c d e", place="cairo"), False),  # the report brings Doha: not Cairo
        ({"date_start": "2021-01-01", "date_precision": "year", "places": []},
         meeting("c d e", "2021-09-01", place="doha"), True),  # the stored year holds it
        ({"date_start": "2021-03-05", "date_precision": "day", "places": []},
         meeting("c d e", "2021-09-01", place="doha"), False),
    ],
)  # fmt: skip
def test_a_meeting_merged_into_a_stored_one_fits_by_the_stored_date_places_and_attendees(
    details: dict[str, Any], later: dict[str, Any], waits: bool
) -> None:
    """Merged into a stored meeting (its attendees, date, precision and places read with
    ``writes/stored_meetings``): a later report sharing two of the stored attendees waits
    when the place and the date may be the merged meeting's."""
    batch = [doc(0, meeting("a b", mid="m-new")), doc(1, later)]
    known = {"m-stored": {**details, "attendees": STORED}}
    assert waves(batch, set(), {"m-new": "m-stored"}, known) == (1 if waits else 2)
    assert waves(batch, set(), {}, {}) == 2  # not merged: c and d are not the new meeting's

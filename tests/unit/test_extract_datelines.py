"""Datelines (:mod:`loaders.extract.datelines`): the forms read at an article's top, and what
the contacts told below take from them."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_text
from loaders.extract.datelines import find_dateline
from loaders.extract.nlp import load_pipeline
from tests.unit.test_extract_rules_table import surname

PUBLISHED = dt.date(2017, 5, 31)


@pytest.mark.parametrize(
    ("top", "place", "day", "refine_only"),
    [
        ("Meeting with the Prime Minister\nMay 30, 2017, The Kremlin, Moscow", "Moscow", 30, False),
        ("Talks with the King\nJuly 5, 2017, Astana", "Astana", 5, False),
        ("Press Statement\nRichard Roe\nWashington, DC\nMay 17, 2017", "Washington", None, False),
        (
            "Talks in the capital\nTEHRAN, Sep. 07 (MNA) – The foreign minister met.",
            "Tehran",
            None,
            True,
        ),
        ("Press Statement\nRichard Roe\nMay 17, 2017", None, None, False),
    ],
)
def test_the_dateline_forms_at_the_top(
    top: str, place: str | None, day: int | None, refine_only: bool
) -> None:
    text = f"{top}\n\nThe two ministers held talks on a range of issues in the region today."
    found = find_dateline(text, load_pipeline())
    if place is None:
        assert found is None
        return
    assert found is not None
    assert (found.place.name, found.refine_only) == (place, refine_only)
    assert (found.date.start.day if found.date else None) == day


def contacts(text: str) -> list[tuple[frozenset[str], str | None, str | None, str]]:
    """Each meeting of a text: surnames, place name, first day and date precision."""
    ff = extract_text(text, published=PUBLISHED, title="A report")
    names = {a.ref: a.name for a in ff.actors}
    places = {p.ref: p.name for p in ff.places}
    return [
        (
            frozenset(surname(names[p.actor]) for p in m.participants),
            places.get(m.place or ""),
            m.date_start.isoformat() if m.date_start else None,
            m.date_precision.value,
        )
        for m in ff.meetings
    ]


def test_a_contact_with_no_day_or_place_of_its_own_takes_the_date_and_place_line() -> None:
    text = (
        "Meeting with the Prime Minister of Utopia\n\nMay 30, 2017, The Kremlin, Moscow\n\n"
        "President Ana Costa received Prime Minister Omar Nabil of Utopia."
    )
    assert contacts(text) == [(frozenset({"Costa", "Nabil"}), "Moscow", "2017-05-30", "day")]


def test_a_wire_dateline_only_makes_a_country_more_precise() -> None:
    top = "Talks in Russia\n\nMOSCOW, May 30 (Wire) - "
    [(_, place, _, _)] = contacts(top + "Claire Martin met Omar Nabil in Russia on Tuesday.")
    assert place == "Moscow"
    [(_, place, _, _)] = contacts(top + "Claire Martin met Jonas Weber on Tuesday.")
    assert place is None


def test_calls_and_planned_contacts_take_nothing_from_the_dateline() -> None:
    text = (
        "Calls of the day\n\nMay 30, 2017, The Kremlin, Moscow\n\n"
        "President Ana Costa spoke by telephone with Omar Nabil. "
        "President Ana Costa will meet Jonas Weber in June."
    )
    assert all(place is None for _, place, _, _ in contacts(text))

"""Table test of the titles the name rules give people (:mod:`loaders.extract.rules.names`):
the whole office before a name, 'of' and 'for' included, without forms of address."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_text

ROWS = [
    (
        "U.S. Secretary of State Mike Ross met Omar Nabil in Oslo.",
        "Mike Ross",
        "U.S. Secretary of State",
    ),
    (
        "Secretary of Defense Jonas Weber met Omar Nabil in Oslo.",
        "Jonas Weber",
        "Secretary of Defense",
    ),
    (
        "Under Secretary for Political Affairs Lena Berg met Omar Nabil in Oslo.",
        "Lena Berg",
        "Under Secretary for Political Affairs",
    ),
    (
        "Foreign Minister Dr. Claire Martin met Omar Nabil in Oslo.",
        "Claire Martin",
        "Foreign Minister",
    ),
    ("Mr. Harald Olsen met Omar Nabil in Oslo.", "Harald Olsen", None),
    # an adviser to an office holder holds the adviser's office, not the holder's
    (
        "A Danish delegation headed by Chief Adviser to the Danish Prime Minister Lena Berg "
        "met Omar Nabil in Oslo.",
        "Lena Berg",
        "Chief Adviser to the Danish Prime Minister",
    ),
    # a counterpart is a relation, not an office
    (
        "Egyptian Foreign Minister Omar Nabil and his Norwegian counterpart Harald Olsen met "
        "in Oslo.",
        "Harald Olsen",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), ROWS)
def test_a_person_gets_the_title_written_before_the_name(
    text: str, name: str, title: str | None
) -> None:
    facts = extract_text(text, published=dt.date(2024, 5, 2), doc_id="titles")
    actor = next(a for a in facts.actors if a.name == name)
    assert actor.title == title

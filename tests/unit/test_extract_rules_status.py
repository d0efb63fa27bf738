"""Table test of the status and modality rules (:mod:`loaders.extract.rules.status`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

ROWS = [
    # a contact called off did not happen
    Row(
        "Claire Martin meets Omar Nabil\n\nA meeting between Claire Martin and Omar Nabil "
        "planned for Thursday in Rome has been postponed.",
        (contact("Martin Nabil", status="cancelled"),),
    ),
    Row(
        "A meeting between Claire Martin and Omar Nabil was cancelled.",
        (contact("Martin Nabil", status="cancelled"),),
    ),
    Row(
        "Claire Martin postponed her visit to Omar Nabil in Cairo.",
        (contact("Martin Nabil", status="cancelled"),),
    ),
    Row(
        "The talks between Claire Martin and Omar Nabil were called off.",
        (contact("Martin Nabil", status="cancelled"),),
    ),
    Row(
        "Claire Martin will meet Omar Nabil in Rome next week.",
        (contact("Martin Nabil", status="planned", date="2021-03-22"),),
    ),
    Row("Claire Martin did not meet Omar Nabil."),
    Row(
        "Claire Martin reportedly met Omar Nabil in Doha last month.",
        (contact("Martin Nabil", status="reported"),),
    ),
    Row(
        "An hour before Claire Martin and Omar Nabil meet in Rome, their deputies will talk.",
        (contact("Martin Nabil", status="planned"),),
    ),
    Row(
        "A journalist has claimed that Claire Martin met Omar Nabil in Doha.",
        (contact("Martin Nabil", status="reported"),),
    ),
    Row(
        "Claire Martin is slated to meet Omar Nabil on Wednesday.",
        (contact("Martin Nabil", status="planned"),),
    ),
    Row(
        "Claire Martin said she looked forward to meeting Omar Nabil in Rome.",
        (contact("Martin Nabil", status="planned"),),
    ),
    Row(  # a speaker's 'I would like to welcome you' does what it says: held
        "Foreign Minister Jonas Storstad: I would like to welcome you in Oslo.\n\n"
        "Minister Omar Nabil: Thank you.",
        (contact("Storstad Nabil", status="held"),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_status_rules(row: Row) -> None:
    check(row)

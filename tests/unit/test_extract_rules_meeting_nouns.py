"""Table test of the meeting-noun rules (:mod:`loaders.extract.rules.meeting_nouns`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

ROWS = [
    # travelling 'for talks with Y': the traveller is a party
    Row(
        "Claire Martin is due to arrive in Oslo on Friday for talks with Omar Nabil.",
        (contact("Martin Nabil", status="planned", kind="talks"),),
    ),
    Row(
        "Claire Martin arrived on Monday for talks with Omar Nabil.",
        (contact("Martin Nabil", status="held", date="2021-03-15", kind="talks"),),
    ),
    Row(
        "A meeting between Claire Martin and Omar Nabil took place in Geneva on Monday.",
        (contact("Martin Nabil", place="Geneva", date="2021-03-15", kind="meeting"),),
    ),
    Row(
        "Claire Martin attended a meeting of NATO defence ministers in Brussels on Monday.",
        (contact("Martin NATO_defence_ministers", place="Brussels"),),
    ),
    Row(
        "French Foreign Minister Claire Martin spoke with Egyptian Foreign Minister Omar Nabil "
        "by telephone on Monday. She told him about "
        "the negotiations between Russian and Ukrainian representatives.",
        (contact("Martin Nabil"), contact("Russian_representative Ukrainian_representative")),
    ),
    Row(  # the subject of 'brokered talks' mediates them
        "Foreign Minister Ana Costa brokered talks between Claire Martin and Omar Nabil in Geneva.",
        (contact("Martin Nabil Costa", channel="mediator"),),
    ),
    Row("The resolution adopted in 2006 includes a call for Hezbollah to withdraw its fighters."),
    Row(
        "Ambassador Claire Martin\nParis\nThis is a message I heard in a virtual meeting "
        "yesterday with young Haitian civil society members.",
        (contact("Martin young_Haitian_civil_society_members", date="2021-03-17"),),
    ),
    Row(  # the speaker who looks forward to a visit receives it
        "Foreign Minister Jonas Storstad: We are looking forward to the visit of the King of "
        "Egypt.\n\nMinister Omar Nabil: Thank you.",
        (contact("Storstad Egypt", status="planned", kind="visit"),),
    ),
    Row(  # plural meetings told between two sides are one contact
        "Meetings are scheduled for Monday in Geneva between officials of Armenia and Azerbaijan.",
        (contact("Armenia Azerbaijan", status="planned", place="Geneva"),),
    ),
    Row(  # mediation between two sides: a contact of both, mediated by the one who mediates
        "Former President Jonas Weber begins his mediation on Monday in Nairobi between "
        "President Musa Bello and opposition leader Omar Nabil.",
        (contact("Weber Bello Nabil", channel="mediator", place="Nairobi"),),
    ),
    Row(  # the meeting told before, repeated on a date of its own; a claim stays a claim
        "A journalist has claimed that Claire Martin and Omar Nabil met tonight in Doha and "
        "this meeting will be repeated tomorrow.",
        (
            contact("Martin Nabil", status="reported", date="2021-03-18"),
            contact("Martin Nabil", status="reported", date="2021-03-19"),
        ),
    ),
    Row(  # 'the two countries' are the sides of the contact told before (South Korea and
        # North Korea: both 'Korea' by the table's surnames)
        "Meetings are scheduled for Monday in Kaesong between vice-ministers of South and North "
        "Korea. The talks are the result of telephone messages between the two countries on "
        "Saturday.",
        (
            contact("Korea", status="planned", place="Kaesong"),
            contact("Korea", status="held", kind="call", date="2021-03-13"),
        ),
    ),
    Row(  # contacts of a level, after a contact of two sides: that level's officials of each
        "Russian Foreign Minister Ivan Petrov met Jordanian Foreign Minister Omar Hamdan in "
        "Astana on Monday. They also discussed future high-level contacts before the end of "
        "the year.",
        (
            contact("Petrov Hamdan", place="Astana"),
            contact(
                "high-level_Russian_officials high-level_Jordanian_officials", status="planned"
            ),
        ),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_meeting_nouns_rules(row: Row) -> None:
    check(row)

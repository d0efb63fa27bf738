"""Table test of the place rules (:mod:`loaders.extract.rules.places`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact, extracted

ROWS = [
    Row(
        "President Ana Costa received Prime Minister Jonas Weber at the Merdeka Palace.",
        (contact("Costa Weber", place="Merdeka Palace"),),
    ),
    Row(
        "Claire Martin held talks with Omar Nabil in Paris.",
        (contact("Martin Nabil", place="Paris"),),
    ),
    Row(
        "Claire Martin visited Berlin on Wednesday, where she met Jonas Weber.",
        (contact("Martin Weber", place="Berlin"),),
    ),
    Row(
        "Claire Martin came to Berlin and met with Jonas Weber.",
        (contact("Martin Weber", place="Berlin"),),
    ),
    # 'while in X' before or after the verb: where the contact is, not its topic
    Row(
        "Claire Martin said that while in Egypt she would speak with Prime Minister Omar Nabil.",
        (contact("Martin Nabil", place="Egypt", status="planned"),),
    ),
    Row(
        "Claire Martin met Omar Nabil while in Cairo.",
        (contact("Martin Nabil", place="Cairo"),),
    ),
    Row(
        "Claire Martin spoke with Omar Nabil about the war in Syria.",
        (contact("Martin Nabil"),),
    ),
    # welcomed to a place: the guest came there
    Row(
        "Claire Martin welcomed Omar Nabil to Paris on Monday.",
        (contact("Martin Nabil", place="Paris"),),
    ),
    Row(
        "Claire Martin welcomed Omar Nabil to the talks.",
        (contact("Martin Nabil", place=None),),
    ),
    # a contact placed in a country takes the city of that country its sentence names
    Row(
        "Claire Martin met Omar Nabil in Egypt on Monday, hours after her arrival in Cairo.",
        (contact("Martin Nabil", place="Cairo"),),
    ),
    # an institution met at is its seat
    Row(
        "Defence Secretary Claire Martin met Omar Nabil at the Pentagon today.",
        (contact("Martin Nabil", place="Pentagon"),),
    ),
    Row(
        "Claire Martin hosted Omar Nabil at the State Department on Tuesday.",
        (contact("Martin Nabil", place="State Department"),),
    ),
    # the place of a stay is that of the visits told with it
    Row(
        "Claire Martin spent three days in Africa, visiting President Omar Nabil.",
        (contact("Martin Nabil", place="Africa"),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_places_rules(row: Row) -> None:
    check(row)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a region or country a discussion was about is no venue
        (
            "Claire Martin met Omar Nabil on Monday and discussed the situation in the Middle East.",
            "Martin Nabil",
        ),
        # another day's meeting does not take the place of the one before
        (
            "Claire Martin met Omar Nabil in Riyadh on Thursday. "
            "Last month Claire Martin also met Jonas Weber.",
            "Martin Weber",
        ),
    ],
)
def test_no_place_is_given_where_the_text_names_none(text: str, parties: str) -> None:
    [found] = [c for c in extracted(text) if c.parties == frozenset(parties.split())]
    assert found.place is None

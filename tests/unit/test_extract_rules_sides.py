"""Table test of the side rules (:mod:`loaders.extract.rules.sides`): a sentence in, the
side of each participant out (by surname; ``None``: no side, a counterpart of everyone)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.unit.test_extract_rules_table import PUBLISHED, surname

ROWS: list[tuple[str, dict[str, str | None]]] = [
    (
        "Foreign Minister Claire Martin welcomed the visiting delegation, along with Defence "
        "Minister Paul Okafor and intelligence chief Omar Nabil.",
        {"Martin": "host", "Okafor": "host", "Nabil": "host", "visiting_delegation": "visiting"},
    ),
    (
        "President Ana Costa received Omar Nabil in Lisbon on Monday.",
        {"Costa": "host", "Nabil": "visiting"},
    ),
    (
        "President Ana Costa, along with Foreign Minister Paul Okafor, received Omar Nabil in "
        "Lisbon on Monday.",
        {"Costa": "host", "Okafor": "host", "Nabil": "visiting"},
    ),
    (
        "Omar Nabil was received by President Ana Costa in Lisbon.",
        {"Costa": "host", "Nabil": "visiting"},
    ),
    (
        "The visiting Chinese delegation was welcomed by Paul Okafor and Omar Nabil in Lagos "
        "on Monday.",
        {"visiting_Chinese_delegation": "visiting", "Okafor": "host", "Nabil": "host"},
    ),
    (
        "Claire Martin visited Omar Nabil in Cairo on Monday.",
        {"Martin": "visiting", "Nabil": "host"},
    ),
    (  # the head attends on the unnamed group's behalf: one party, on the group's side
        "A Turkish delegation led by Claire Martin met Paul Okafor and Omar Nabil in Cairo "
        "on Monday.",
        {"Martin": "visiting", "Okafor": "host", "Nabil": "host"},
    ),
    (
        "A French delegation headed by Claire Martin held talks with Omar Nabil in Cairo on "
        "Monday.",
        {"Martin": "visiting", "Nabil": "host"},
    ),
    (
        "On the sidelines of the summit, Claire Martin met Omar Nabil in talks mediated by "
        "Ana Costa.",
        {"Martin": None, "Nabil": None, "Costa": "mediator"},
    ),
    (
        "The Iranian and US delegations held talks in Muscat on Monday.",
        {"Iranian_delegation": "iranian", "US_delegation": "us"},
    ),
    (
        "Oman hosted the Iranian and US delegations in Muscat on Monday.",
        {"Oman": "host", "Iranian_delegation": "iranian", "US_delegation": "us"},
    ),
    # Where the text does not say who came with whom, nobody gets a side.
    ("Omar Nabil and Claire Martin met in Cairo on Monday.", {"Nabil": None, "Martin": None}),
    (
        "Claire Martin hosted Omar Nabil and Paul Okafor in Paris on Monday.",
        {"Martin": None, "Nabil": None, "Okafor": None},
    ),
]


def sides_of(text: str) -> dict[str, str | None]:
    ff = extract_text(f"A report\n\n{text}", published=PUBLISHED, title="A report")
    [meeting] = ff.meetings
    names = {a.ref: a.name for a in ff.actors}
    return {surname(names[p.actor]): p.side for p in meeting.participants}


@pytest.mark.parametrize(("text", "sides"), ROWS, ids=[t[:60] for t, _ in ROWS])
def test_sides_rules(text: str, sides: dict[str, str | None]) -> None:
    assert sides_of(text) == sides


def test_a_plane_carries_the_visiting_side_and_other_channels_join_all() -> None:
    ff = extract_text(
        "A report\n\nLate on Monday a private Qatari plane landed at Lagos airport. Paul Okafor "
        "welcomed the visiting delegation, along with Omar Nabil. The two sides agreed to keep "
        "talking through the Swiss channel.",
        published=PUBLISHED,
        title="A report",
    )
    [meeting] = ff.meetings
    sides = {c.kind.value: c.sides for c in meeting.channels}
    assert sides == {"transport": ["visiting"], "back_channel": []}

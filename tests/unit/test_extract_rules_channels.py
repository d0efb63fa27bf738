"""Table test of the channel rules (:mod:`loaders.extract.rules.channels`)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.unit.test_extract_rules_table import PUBLISHED, Row, check, contact

ROWS = [
    Row(
        "Claire Martin spoke by phone with Omar Nabil on Monday.",
        (contact("Martin Nabil", kind="call"),),
    ),
    Row(
        "Omar Nabil met Claire Martin on behalf of President Ana Costa.",
        (contact("Martin Nabil", channel="intermediary"),),
    ),
    Row(
        "Claire Martin met Omar Nabil through Omani mediators.",
        (contact("Martin Nabil", channel="mediator"),),
    ),
    # the means of a contact, a channel of its own kind with no actor
    Row(
        "Claire Martin had a telephone conversation with Omar Nabil.",
        (contact("Martin Nabil", kind="call", channel="phone"),),
    ),
    Row(
        "Claire Martin received a phone call from Omar Nabil.",
        (contact("Martin Nabil", kind="call", channel="phone"),),
    ),
    Row(
        "The talks between Claire Martin and Omar Nabil were held via videoconference.",
        (contact("Martin Nabil", channel="video"),),
    ),
    Row(
        "Claire Martin held a virtual meeting with Omar Nabil on Monday.",
        (contact("Martin Nabil", channel="video"),),
    ),
    Row("Claire Martin met Omar Nabil in Cairo on Monday.", (contact("Martin Nabil"),)),
    # hosts and mediators
    Row(
        "Claire Martin met Omar Nabil in Cairo through the mediation of President Ana Costa.",
        (contact("Martin Nabil", channel="mediator"),),
    ),
    Row(
        "The talks between Claire Martin and Omar Nabil were brokered by Ana Costa.",
        (contact("Martin Nabil Costa", channel="mediator"),),
    ),
    Row(
        "Claire Martin met Omar Nabil in Geneva at the invitation of Ana Costa.",
        (contact("Martin Nabil Costa"),),
    ),
    Row(
        "Claire Martin met Omar Nabil under the auspices of the United Nations.",
        (contact("Martin Nabil", channel="host"),),
    ),
    # indirect talks: the go-between is the channel, not a party
    Row(
        "Claire Martin and Omar Nabil held indirect talks in Doha. "
        "The indirect talks were mediated by Ana Costa.",
        (contact("Martin Nabil", channel="mediator"),),
    ),
    Row(
        "Foreign Minister Ana Costa brokered indirect talks between Claire Martin and Omar Nabil "
        "in Geneva.",
        (contact("Martin Nabil", channel="mediator"),),
    ),
]


def channels_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each meeting channel of a text: kind, the actor it went through, and the detail."""
    ff = extract_text(f"A report\n\n{text}", published=PUBLISHED, title="A report")
    names = {a.ref: a.name for a in ff.actors}
    return [
        (c.kind.value, names[c.via] if c.via else None, c.detail)
        for m in ff.meetings
        for c in m.channels
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Claire Martin spoke by phone with Omar Nabil.", [("phone", None, "by phone")]),
        (
            "Claire Martin had a telephone conversation with Omar Nabil.",
            [("phone", None, "telephone conversation")],
        ),
        ("Claire Martin met Omar Nabil in Cairo.", []),
    ],
)
def test_a_means_names_no_actor_and_keeps_the_words_written(
    text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    assert channels_of(text) == want


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_channels_rules(row: Row) -> None:
    check(row)


def test_a_call_in_the_headline_is_the_means_of_each_contact_it_names() -> None:
    text = (
        "Secretary Martin's Call With Prime Minister Nabil and General Weber\n\n"
        "Secretary of State Claire Martin spoke today with Prime Minister Omar Nabil and "
        "separately with General Jonas Weber."
    )
    ff = extract_text(text, published=PUBLISHED, title="A report")
    names = {a.ref: a.name for a in ff.actors}
    found = {
        frozenset(names[p.actor].split()[-1] for p in m.participants): (
            m.kind.value,
            [c.kind.value for c in m.channels],
        )
        for m in ff.meetings
    }
    assert found == {
        frozenset({"Martin", "Nabil"}): ("call", ["phone"]),
        frozenset({"Martin", "Weber"}): ("call", ["phone"]),
    }

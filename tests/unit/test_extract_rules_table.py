"""The table format of the rule tests: a sentence in, the contacts it gives out.

Each rule module of :mod:`loaders.extract.rules` has a table test
(``test_extract_rules_<module>.py``): rows of a short text and the contacts expected from
it, so that a new pattern is one rule plus one row. A contact is written as the surnames
of its parties with, where the row cares, its place, date, status and channel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from loaders.extract import extract_text
from loaders.model import FactFile, Meeting

PUBLISHED = dt.date(2021, 3, 18)  # a Thursday


@dataclass(frozen=True)
class Contact:
    """One expected contact: parties by surname; other fields checked when given."""

    parties: frozenset[str]
    place: str | None = None
    date: str | None = None
    status: str | None = None
    channel: str | None = None
    kind: str | None = None


def contact(parties: str, **fields: str) -> Contact:
    """``contact("Martin Nabil", place="Cairo")``: parties as space-separated surnames."""
    return Contact(frozenset(parties.split()), **fields)


@dataclass(frozen=True)
class Row:
    """A text and the contacts it must give (all of them, in any order)."""

    text: str
    contacts: tuple[Contact, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        return self.text[:60]


def surname(name: str) -> str:
    """A person's surname; an unnamed party's whole name, joined by '_' ('US_delegation')."""
    words = name.split()
    return "_".join(words) if len(words) > 1 and words[-1].islower() else words[-1]


def found(ff: FactFile, meeting: Meeting) -> Contact:
    """What the extraction gave for one meeting, in the table's terms."""
    by_ref = {a.ref: a.name for a in ff.actors}
    places = {p.ref: p.name for p in ff.places}
    date = None
    if meeting.date_start is not None:
        date = meeting.date_start.isoformat()
        if meeting.date_precision.value == "month":
            date = date[:7]
        elif meeting.date_precision.value == "year":
            date = date[:4]
    channel = next((c.kind.value for c in meeting.channels), None)
    return Contact(
        frozenset(surname(by_ref[p.actor]) for p in meeting.participants),
        places.get(meeting.place or ""),
        date,
        meeting.status.value,
        channel,
        meeting.kind.value,
    )


def extracted(text: str, published: dt.date | None = PUBLISHED) -> list[Contact]:
    ff = extract_text(f"A report\n\n{text}", published=published, title="A report")
    return [found(ff, m) for m in ff.meetings]


def check(row: Row) -> None:
    """Every expected contact is found (checking the fields it gives), and nothing else."""
    got = extracted(row.text)
    unmatched = list(got)
    for want in row.contacts:
        match = next((g for g in unmatched if g.parties == want.parties), None)
        assert match is not None, f"{sorted(want.parties)} not in {got}"
        unmatched.remove(match)
        for name in ("place", "date", "status", "channel", "kind"):
            expected = getattr(want, name)
            if expected is not None:
                assert getattr(match, name) == expected, (name, match)
    assert not unmatched, f"unexpected contacts {unmatched}"


def test_a_row_checks_parties_and_the_fields_it_gives() -> None:
    check(
        Row(
            "Foreign Minister Claire Martin met Omar Nabil in Cairo on Monday.",
            (contact("Martin Nabil", place="Cairo", date="2021-03-15", status="held"),),
        )
    )


@dataclass(frozen=True)
class Acted:
    """One expected action: its type, who acted (surname) and on whom (surname or None)."""

    type: str
    actor: str
    target: str | None = None


def actions(text: str, published: dt.date | None = PUBLISHED) -> set[Acted]:
    """The actions extracted from a text, in the table's terms."""
    ff = extract_text(f"A report\n\n{text}", published=published, title="A report")
    by_ref = {a.ref: a.name for a in ff.actors}
    return {
        Acted(
            a.type.value, surname(by_ref[a.actor]), surname(by_ref[a.target]) if a.target else None
        )
        for a in ff.actions
    }

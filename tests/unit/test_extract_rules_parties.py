"""Table test of the party rules (:mod:`loaders.extract.rules.parties`)."""

from __future__ import annotations

import pytest

from loaders.extract import extract_text
from tests.unit.test_extract_rules_table import PUBLISHED, Row, check, contact

ROWS = [
    # a named head of an unnamed group is one party with it, attending on its behalf
    Row(
        "An Emirati delegation led by Claire Martin will arrive in Cairo on Friday to deliver "
        "a letter to Egyptian officials.",
        (contact("Martin Egyptian_officials", status="planned", channel="letter"),),
    ),
    Row(
        "A French delegation headed by Claire Martin met Omar Nabil in Cairo.",
        (contact("Martin Nabil", place="Cairo"),),
    ),
    Row(
        "Foreign Minister Claire Martin met Omar Nabil and Lena Berg.",
        (contact("Martin Nabil Berg"),),
    ),
    # plural office holders 'of A and B': one per country
    Row(
        "The national security advisers of Norway and Chile met in Oslo on Monday.",
        (contact("Norway Chile", place="Oslo"),),
    ),
    Row(
        "The defence advisers of Peru, Kenya and the Philippines held talks in Lima.",
        (contact("Peru Kenya Philippines", place="Lima", kind="talks"),),
    ),
    Row(
        "Iranian and Turkish delegations held talks in Geneva on Monday.",
        (contact("Iranian_delegation Turkish_delegation"),),
    ),
    Row(
        "Nigerian President Musa Bello met Omar Nabil on Monday. "
        "The Nigerian leader met with Claire Martin on Tuesday.",
        (contact("Bello Nabil"), contact("Bello Martin")),
    ),
    Row(
        "Claire Martin met with Deputy Crown Prince and Minister of Defense for the Kingdom of "
        "Norway Harald Olsen.",
        (contact("Martin Olsen"),),
    ),
    Row("Antony J. Blinken met Seyed Abbas Araghchi in Muscat.", (contact("Blinken Araghchi"),)),
    Row(
        "Secretary of State Mike Ross met Omar Nabil on Monday. "
        "Ross spent three days in Africa, visiting leaders of Senegal and Angola.",
        (contact("Ross Nabil"), contact("Ross Senegal"), contact("Ross Angola")),
    ),
    Row(
        "Special Envoy Jonas Weber departed for the region on Sunday. "
        "In Doha he will meet with Afghan leaders.",
        (contact("Weber Afghan_leaders", status="planned", place="Doha"),),
    ),
    Row(
        "Officials briefed on the Secretary's meeting with Japanese Foreign Minister Koji Mori.",
        (contact("Secretary Mori"),),
    ),
    Row(
        "Claire Martin had a telephone conversation with Prime Minister of Norway Jonas Storstad.",
        (contact("Martin Storstad", kind="call"),),
    ),
    Row(
        "In his recent visit to Oslo, Deputy Minister Omar Nabil had met with Jonas Weber.",
        (contact("Nabil Weber"),),
    ),
    Row(  # an owner before a surname is no part of it; the full name comes later
        "Iran's Tehrani met EU's Lind in Doha on Tuesday. Ali Reza Tehrani and Maria Lind "
        "discussed the talks.",
        (contact("Tehrani Lind", place="Doha", date="2021-03-16"),),
    ),
    Row(  # a title refers back to the person the lead named with it, abbreviations spelled out
        "Former United Nations Secretary General Kofi Mensah begins his mediation role on "
        "Wednesday. Opposition leader Peter Wanjiru will meet the former U.N. "
        "Secretary-General on Friday.",
        (contact("Mensah Wanjiru", status="planned"),),
    ),
    Row(  # a title, its country, then the name; the place after it is no part of the name
        "Dmitry Orlov met with King of Jordan Faisal Hamdan in Astana.",
        (contact("Orlov Hamdan", place="Astana"),),
    ),
    Row(  # 'the government' alone: the one of the country the contact is in
        "While in Lebanon, Claire Martin will meet the government and the military.",
        (contact("Martin Lebanese_government Lebanese_military", status="planned"),),
    ),
    Row(  # one contact told first by a group of a country, then by its people
        "Claire Martin will travel to Egypt on Friday to meet with Egyptian leaders. Martin is "
        "expected to meet with Egyptian President Omar Nabil and Defense Minister Ali Hassan.",
        (contact("Martin Nabil Hassan", status="planned", date="2021-03-19"),),
    ),
    Row(  # a description of a country's diplomat is the one person of the contact it fits
        "Iranian and US delegations held talks in Muscat. The talks were mediated by al-Masri. "
        '"Today in Muscat we hosted Iranian Foreign Minister Reza Tehrani and US Envoy Jonas '
        'Weber," the top Omani diplomat said.',
        (contact("Tehrani Weber al-Masri", place="Muscat"),),
    ),
    Row(  # each side's leader, told after the contact, attends on its side's behalf
        "Officials of the Norwegian Foreign Ministry and the Egyptian Ministry of Foreign Affairs "
        "met in Oslo on Monday. The Egyptian delegation was led by Deputy Minister Omar Nabil. "
        "The Norwegian side was led by State Secretary Jonas Weber.",
        (contact("Nabil Weber", place="Oslo", date="2021-03-15"),),
    ),
    Row(  # in a transcript, 'they' are the two people the speaker named together last
        "Prime Minister Omar Nabil: I wish to express my pleasure for having here Foreign "
        "Minister Claire Martin and Lady Berg. We have good relations with Norway.\n\n"
        "I am grateful that they came over to talk with us.",
        (contact("Nabil Martin Berg"),),
    ),
    Row("Fewer Japanese are visiting the United States."),  # people counted, not a party
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_parties_rules(row: Row) -> None:
    check(row)


def test_office_holders_of_countries_are_one_person_per_country() -> None:
    """'the national security advisers of A and B' are two advisers, not an adviser and B."""
    ff = extract_text(
        "A report\n\nThe national security advisers of Norway and the UAE met in Oslo on Monday.",
        published=PUBLISHED,
        title="A report",
    )
    (meeting,) = ff.meetings
    names = {a.ref: a.name for a in ff.actors}
    assert sorted(names[p.actor] for p in meeting.participants) == [
        "national security adviser of Norway",
        "national security adviser of UAE",
    ]

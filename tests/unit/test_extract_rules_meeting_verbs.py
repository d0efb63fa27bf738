"""Table test of the meeting-verb rules (:mod:`loaders.extract.rules.meeting_verbs`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

ROWS = [
    # a city that hosts is the place, not a party
    Row(
        "Geneva hosted talks between Claire Martin and Omar Nabil on Monday.",
        (contact("Martin Nabil", place="Geneva", kind="talks", date="2021-03-15"),),
    ),
    Row(
        "Geneva hosted a meeting between Claire Martin and Omar Nabil.",
        (contact("Martin Nabil", place="Geneva"),),
    ),
    # 'separately': one contact per counterpart
    Row(
        "Claire Martin also met separately with Omar Nabil and Lena Berg.",
        (contact("Martin Nabil"), contact("Martin Berg")),
    ),
    Row(
        "Claire Martin separately met Omar Nabil and Lena Berg in Oslo on Monday.",
        (contact("Martin Nabil", place="Oslo"), contact("Martin Berg", place="Oslo")),
    ),
    Row(
        "Claire Martin met with Omar Nabil, Lena Berg and Jonas Weber in separate meetings.",
        (contact("Martin Nabil"), contact("Martin Berg"), contact("Martin Weber")),
    ),
    Row(
        "Claire Martin talked with Omar Nabil in individual sessions in Oslo on Monday.",
        (contact("Martin Nabil", place="Oslo", kind="talks"),),
    ),
    # the preposition said again: one contact per with-phrase
    Row(
        "Claire Martin spoke by phone with Omar Nabil, and with Lena Berg on Friday.",
        (contact("Martin Nabil", kind="call"), contact("Martin Berg", kind="call")),
    ),
    Row(
        "Claire Martin met with Omar Nabil and Lena Berg on Friday.",
        (contact("Martin Nabil Berg"),),
    ),
    # 'sat down with', 'greeted': contacts; greeting a decision is none
    Row(
        "Claire Martin sat down with Omar Nabil in Geneva.",
        (contact("Martin Nabil", place="Geneva"),),
    ),
    Row(
        "Omar Nabil greeted Claire Martin in Cairo.",
        (contact("Martin Nabil", place="Cairo"),),
    ),
    Row("Claire Martin greeted the decision."),
    # attending a gathering is meeting the others there, named or not
    Row(
        "Vice President Claire Martin will attend a regional meeting in Lisbon on Friday.",
        (contact("Martin participants_of_the_regional_meeting", status="planned"),),
    ),
    Row(
        "Claire Martin and Omar Nabil attended a summit in Rome.",
        (contact("Martin Nabil", place="Rome"),),
    ),
    Row(
        "Foreign Minister Claire Martin met Omar Nabil and Lena Berg in Cairo on Monday.",
        (contact("Martin Nabil Berg", place="Cairo", date="2021-03-15", kind="meeting"),),
    ),
    Row(
        "President Ana Costa received Prime Minister Jonas Weber on Tuesday.",
        (contact("Costa Weber", date="2021-03-16"),),
    ),
    Row("Claire Martin held talks with Omar Nabil.", (contact("Martin Nabil", kind="talks"),)),
    Row("Claire Martin discussed the crisis on Monday."),
    Row("Claire Martin said she welcomed the agreement."),
    Row(
        "Claire Martin met Omar Nabil in Belgrade on Tuesday and Jonas Weber in Pristina on "
        "Wednesday.",
        (
            contact("Martin Nabil", place="Belgrade", date="2021-03-16"),
            contact("Martin Weber", place="Pristina", date="2021-03-17"),
        ),
    ),
    Row(
        "Claire Martin held separate meetings with Omar Nabil and Jonas Weber.",
        (contact("Martin Nabil"), contact("Martin Weber")),
    ),
    Row(
        "The talks, hosted by Qatar, brought together Claire Martin and Omar Nabil.",
        (contact("Martin Nabil Qatar", kind="talks", channel="host"),),
    ),
    Row(
        "Claire Martin spoke with Omar Nabil and separately with Jonas Weber.",
        (contact("Martin Nabil"), contact("Martin Weber")),
    ),
    Row(
        "Claire Martin spent three days in Africa, visiting leaders of Senegal, Angola and "
        "Ethiopia.",
        (contact("Martin Senegal"), contact("Martin Angola"), contact("Martin Ethiopia")),
    ),
    Row(
        "In March, Foreign Minister Claire Martin came to Berlin and met with President Ana "
        "Costa, Minister Omar Nabil and Minister Jonas Weber.",
        (contact("Martin Costa"), contact("Martin Nabil"), contact("Martin Weber")),
    ),
    Row(
        "Foreign Minister Claire Martin met with President Ana Costa, Minister Omar Nabil and "
        "Minister Jonas Weber.",
        (contact("Martin Costa Nabil Weber"),),
    ),
    Row(
        "A Norwegian delegation will arrive in Cairo to deliver a letter to Egyptian officials.",
        (contact("Norwegian_delegation Egyptian_officials", status="planned"),),
    ),
    Row(  # a transcript: 'we' and 'you' are the speakers; 'ago' tells an earlier contact
        "President of Norway Jonas Storstad: I would like to welcome you in Oslo. We met "
        "several months ago in Cairo.\n\nPrime Minister of Egypt Omar Nabil: Thank you. I hope "
        "that I will be able to make an official visit to your country.",
        (
            contact("Storstad Nabil", status="held", place="Oslo"),
            contact("Storstad Nabil", status="held", place="Cairo"),
            contact("Storstad Nabil", status="planned", kind="visit"),
        ),
    ),
    Row(
        "Foreign Minister Jonas Storstad: Thank you for coming. I am glad to see you again."
        "\n\nMinister Omar Nabil: Thank you.",
        (contact("Storstad Nabil"),),
    ),
    Row(  # paying homage (or one's respects) to people is a visit to them
        "Claire Martin will also pay homage to relatives of the late King Harald.",
        (contact("Martin Harald", status="planned", kind="visit"),),
    ),
    Row(  # a round of a country's institutions: one contact each
        "While in Lebanon, Claire Martin would speak with the government, the military and "
        "anyone else who is willing.",
        (
            contact("Martin Lebanese_government", status="planned"),
            contact("Martin Lebanese_military", status="planned"),
        ),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_meeting_verbs_rules(row: Row) -> None:
    check(row)

"""Table test of the date rules (:mod:`loaders.extract.rules.dates`); published 2021-03-18."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

ROWS = [
    Row("Claire Martin met Omar Nabil on March 3.", (contact("Martin Nabil", date="2021-03-03"),)),
    Row("Claire Martin met Omar Nabil in 2019.", (contact("Martin Nabil", date="2019"),)),
    Row("Claire Martin met Omar Nabil last month.", (contact("Martin Nabil", date="2021-02"),)),
    Row("Claire Martin met Omar Nabil on Monday.", (contact("Martin Nabil", date="2021-03-15"),)),
    Row(
        "Claire Martin met Omar Nabil this afternoon.",
        (contact("Martin Nabil", date="2021-03-18"),),
    ),
    Row(
        "Claire Martin will meet Omar Nabil on Thursday.",
        (contact("Martin Nabil", date="2021-03-18", status="planned"),),
    ),
    # a sentence whose contact names no one continues the one before only on a date it fits
    Row(
        "In January, Egyptian Foreign Minister Omar Nabil came to Washington and met with "
        "Secretary Jonas Weber, Secretary Lena Berg and National Security Advisor Harald "
        "Olsen. Last week, Deputy Secretary Lund, during a visit to Cairo, delivered to Prime "
        "Minister Haddad an invitation.",
        (
            contact("Nabil Weber", date="2021-01"),
            contact("Nabil Berg", date="2021-01"),
            contact("Nabil Olsen", date="2021-01"),
        ),
    ),
    Row(
        "Claire Martin will meet Omar Nabil before the end of the year.",
        (contact("Martin Nabil", date="2021", status="planned"),),
    ),
    Row(
        "Claire Martin and Omar Nabil agreed to meet by the end of next year.",
        (contact("Martin Nabil", date="2022", status="planned"),),
    ),
    Row(
        "Minister Claire Martin met Minister Omar Nabil in Paris on Thursday. It follows talks "
        "in Rome on Tuesday. Minister Martin and Minister Nabil discussed trade.",
        (contact("Martin Nabil", date="2021-03-18", place="Paris"),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_dates_rules(row: Row) -> None:
    check(row)

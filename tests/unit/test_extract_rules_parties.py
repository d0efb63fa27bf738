"""Table test of the party rules (:mod:`loaders.extract.rules.parties`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

ROWS = [
    Row(
        "Foreign Minister Claire Martin met Omar Nabil and Lena Berg.",
        (contact("Martin Nabil Berg"),),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_parties_rules(row: Row) -> None:
    check(row)

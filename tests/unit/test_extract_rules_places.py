"""Table test of the place rules (:mod:`loaders.extract.rules.places`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

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
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_places_rules(row: Row) -> None:
    check(row)

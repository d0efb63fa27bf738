"""Table test of the channel rules (:mod:`loaders.extract.rules.channels`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Row, check, contact

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
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_channels_rules(row: Row) -> None:
    check(row)

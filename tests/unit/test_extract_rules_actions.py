"""Table test of the action rules (:mod:`loaders.extract.rules.actions`)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_rules_table import Acted, actions

ROWS = [
    ("Police detained Omar Nabil in Cairo on Monday.", {Acted("detained", "Police", "Nabil")}),
    (
        "Egyptian authorities detained the journalist Omar Nabil on Monday.",
        {Acted("detained", "Egyptian_authorities", "Nabil")},
    ),
    (
        "The Syrian Democratic Council boycotted the Sochi conference.",
        {Acted("boycotted", "Council")},
    ),
    ("A UAE plane flew Omar Nabil to Damascus.", {Acted("transported", "Emirates", "Nabil")}),
    (  # 'many members of' a body are still a party (only a nation's people counted are not)
        "Egyptian police prevented many members of the Socialist Union from attending the "
        "conference.",
        {Acted("prevented", "Egyptian_police", "Union")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_action_rules(text: str, expected: set[Acted]) -> None:
    assert actions(text) == expected

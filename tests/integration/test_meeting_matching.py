"""Meeting matching (``writes/match_meetings``) reads few candidates and misses none.

The statement reads its candidates by index seeks near a row's date, or through the contacts
of a row's participants; a scan of every meeting under the same conditions is the oracle.
Rows of every precision (and none) are matched against a graph whose meetings have every
precision too, among a few actors who meet often (pairs of hubs).
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from neo4j import Driver

from bench.corpus import corpus
from core import catalog
from loaders.gazetteer import Gazetteer
from loaders.load import Loader
from tests.support.graph import wipe

pytestmark = pytest.mark.integration

PRECISIONS = ["day", "week", "month", "year", "unknown", None]


SCAN = """
WITH row, CASE WHEN row.date_start IS NOT NULL THEN date(row.date_start) END AS day,
     CASE row.date_precision WHEN 'day' THEN 1 WHEN 'week' THEN 7 WHEN 'month' THEN 31
                             ELSE 366 END AS span
WITH row, day, span,
     CASE WHEN day IS NOT NULL THEN [date({year: day.year, month: day.month, day: 1}),
                                     date({year: day.year, month: 1, day: 1})] END AS starts
MATCH (m:Meeting)
WHERE day IS NULL
   OR m.date_start >= day - duration({days: span}) AND m.date_start <= day + duration({days: span})
   OR m.date_start >= day - duration({days: 7}) AND m.date_start <= day
      AND m.date_precision <> 'day'
   OR m.date_start IN starts AND m.date_precision IN ['month', 'year', 'unknown']
WITH row, m
"""
"""Every meeting a row may be matched to, by a scan: near its date (by its own precision),
or starting its week, month or year (the rule the statement's header states)."""


def scan_every_meeting(statement: str) -> str:
    """The statement with its candidate look-up replaced by :data:`SCAN`."""
    oracle, found = re.subn(
        r"CALL \(row\) \{.*?\n\}\n", lambda _: SCAN, statement, count=1, flags=re.S
    )
    assert found == 1
    return oracle


@pytest.fixture(scope="module")
def graph(empty_graph: Driver) -> Driver:
    wipe(empty_graph)
    Loader(empty_graph, "neo4j", Gazetteer()).load_all(corpus(150, n_actors=25, meetings=4))
    # stored meetings of every precision: month and year ones start their month or year
    empty_graph.execute_query(
        """
        MATCH (m:Meeting)
        WITH m, ['day', 'week', 'month', 'year', 'unknown'][toInteger(rand() * 5)] AS p
        SET m.date_precision = p,
            m.date_start = CASE p
              WHEN 'month' THEN date({year: m.date_start.year, month: m.date_start.month, day: 1})
              WHEN 'year' THEN date({year: m.date_start.year, month: 1, day: 1})
              ELSE m.date_start END
        """
    )
    return empty_graph


def rows(graph: Driver, n: int, seed: int) -> list[dict[str, object]]:
    records = graph.execute_query(
        "MATCH (m:Meeting)<-[:ATTENDED]-(a:Actor) "
        "RETURN m.date_start AS day, collect(DISTINCT a.id) AS who, "
        "[(m)-[:HELD_AT]->(p) | p.id] AS places"
    ).records
    rng = random.Random(seed)
    out = []
    for k in range(n):
        near = rng.choice(records)
        who = list(near["who"])
        if rng.random() < 0.5:  # others join, or a different cast entirely
            who += rng.sample([x for r in rng.sample(records, 3) for x in r["who"]], 2)
        precision = rng.choice(PRECISIONS)
        day = near["day"].to_native() + dt.timedelta(days=rng.randint(-40, 40))
        out.append(
            {
                "id": f"m-row-{k}",
                "participant_ids": sorted(set(who)),
                "date_start": None if precision is None and rng.random() < 0.5 else day.isoformat(),
                "date_precision": precision,
                "place": rng.choice([None, *near["places"]]),
            }
        )
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_matching_finds_what_a_scan_of_every_meeting_finds(graph: Driver, seed: int) -> None:
    statement = catalog.query("writes/match_meetings")
    table = rows(graph, 250, seed)
    found = sorted(tuple(r.values()) for r in graph.execute_query(statement, rows=table).records)
    oracle = scan_every_meeting(statement)
    expected = sorted(tuple(r.values()) for r in graph.execute_query(oracle, rows=table).records)
    assert found == expected
    assert len(expected) >= 20  # the rows do match stored meetings, of several precisions
    matched = {r[0] for r in expected}
    assert {row["date_precision"] for row in table if row["id"] in matched} >= {"day", "year"}

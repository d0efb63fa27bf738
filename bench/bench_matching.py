"""Meeting matching (``writes/match_meetings``) by the precision of the rows' dates.

Loads ``--documents`` of the bench corpus, then matches rows of new reports (the next
documents' meetings, their dates given to the day, the week, the month, the year, or not at
all) against the graph, and prints the time per 1,000 rows for each precision. ``--against
REV`` times the statement of an earlier commit on the same rows, alternately, in the same run,
and checks that both find the same meetings.

    .venv/bin/python bench/bench_matching.py --documents 5000 --rows 1000 --against 1a02e21
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402
from bench.server import bench_graph  # noqa: E402
from core import catalog  # noqa: E402
from loaders.gazetteer import Gazetteer  # noqa: E402
from loaders.load import Loader  # noqa: E402
from loaders.resolve import Resolver  # noqa: E402

PRECISIONS = ("day", "week", "month", "year", None)


def coarse(row: dict[str, Any], precision: str | None) -> dict[str, Any]:
    """A meeting row with its date told to ``precision`` (``None``: no date)."""
    day = dt.date.fromisoformat(row["date_start"])
    start = {
        "day": day,
        "week": day - dt.timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "year": day.replace(month=1, day=1),
        None: None,
    }[precision]
    return {
        **row,
        "date_start": None if start is None else start.isoformat(),
        "date_precision": precision,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--rows", type=int, default=1000, help="rows matched per precision")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", help="a commit whose statement is timed on the same rows")
    args = parser.parse_args()

    statements = {"now": catalog.query("writes/match_meetings")}
    if args.against:
        statements[args.against] = subprocess.run(
            ["git", "show", f"{args.against}:cypher/writes/match_meetings.cypher"],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    with bench_graph("matching") as driver:
        docs = list(corpus(args.documents + args.rows))
        Loader(driver, "neo4j", Gazetteer()).load_all(docs[: args.documents])
        resolver = Resolver(Gazetteer())
        fresh = [m for d in docs[args.documents :] for m in resolver.rows(d).meetings]
        fresh = fresh[: args.rows]
        meetings = driver.execute_query("MATCH (m:Meeting) RETURN count(m) AS n").records[0]["n"]
        print(f"{args.documents:,} documents, {meetings:,} meetings; {len(fresh):,} rows each")
        times: dict[tuple[str, str | None], list[float]] = {}
        for _ in range(args.rounds):
            for precision in PRECISIONS:
                table = [coarse(m, precision) for m in fresh]
                found = {}
                for name, statement in statements.items():
                    begun = time.perf_counter()
                    records = driver.execute_query(statement, rows=table).records
                    seconds = time.perf_counter() - begun
                    times.setdefault((name, precision), []).append(seconds)
                    found[name] = sorted((r["id"], r["existing"]) for r in records)
                assert len({str(v) for v in found.values()}) == 1, f"{precision}: results differ"
        print("| precision | " + " | ".join(f"{n} (s per 1,000 rows)" for n in statements) + " |")
        print("|---|" + "---:|" * len(statements))
        for precision in PRECISIONS:
            cells = [f"{min(times[(n, precision)]) * 1000 / len(fresh):.3f}" for n in statements]
            print(f"| {precision or 'no date'} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

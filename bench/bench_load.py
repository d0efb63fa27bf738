"""Loading and query benchmark on a real Neo4j, as ratios against baselines in the same run.

Loading: the batched loader (``UNWIND $rows … MERGE``, many documents per transaction)
against the naive way (one auto-commit ``MERGE`` per row), in relationships per second; then
an unchanged reload and a forced reload. Queries: ``who_met`` (aggregated and paged on the
server) for the biggest hub against a row-per-meeting query whose rows all go to Python.

    .venv/bin/python bench/bench_load.py [--documents 3000] [--write]

Starts its own Neo4j with the local launcher on spare ports (or uses NEO4J_URI).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from neo4j import Driver, GraphDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402
from bench.results import write_section  # noqa: E402
from core import catalog  # noqa: E402
from loaders.gazetteer import Gazetteer  # noqa: E402
from loaders.load import Loader  # noqa: E402
from loaders.resolve import Resolver  # noqa: E402
from loaders.writer import ACTOR_LABELS, _template  # noqa: E402
from service.db import apply_schema  # noqa: E402
from service.neo4j_local import LocalNeo4j, free_port  # noqa: E402

NAIVE_WHO_MET = """
MATCH (a:Actor {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(c:Actor)
OPTIONAL MATCH (m)-[:HELD_AT]->(p:Place)
OPTIONAL MATCH (m)-[r:REPORTED_IN]->(d:Document)
RETURN c.id AS id, c.name AS name, m.id AS meeting, m.date_start AS date, p.name AS place,
       d.title AS title, r.quote AS quote
"""


def rel_count(driver: Driver) -> int:
    return int(driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"])


def wipe(driver: Driver) -> None:
    with driver.session() as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def naive_load(driver: Driver, documents: int) -> tuple[int, float]:
    """One auto-commit statement per row: the per-transaction cost dominates."""
    resolver = Resolver(Gazetteer())
    batches = [resolver.rows(doc) for doc in corpus(documents, seed=99)]
    begun = time.perf_counter()
    with driver.session() as session:

        def each(statement: str, rows: list[dict[str, Any]], **extra: Any) -> None:
            for row in rows:
                session.run(statement, rows=[row], **extra).consume()  # type: ignore[arg-type]

        for rows in batches:
            each(catalog.query("writes/document"), [rows.document])
            for label in ACTOR_LABELS:
                each(_template("writes/actors", LABEL=label), rows.actors.get(label, []))
            each(catalog.query("writes/mentions"), rows.mentions)
            each(catalog.query("writes/places"), rows.places)
            each(
                _template("writes/place_in", LABEL="Actor"),
                [r for r in rows.place_in if r["label"] == "Actor"],
            )
            each(catalog.query("writes/meetings"), rows.meetings)
            each(catalog.query("writes/attended"), rows.attended)
            each(catalog.query("writes/held_at"), rows.held_at)
            each(
                _template("writes/via", LABEL="Actor"),
                [r for r in rows.via if r["label"] == "Actor"],
            )
    return rel_count(driver), time.perf_counter() - begun


def timed_load(loader: Loader, docs: list[Any], force: bool = False) -> tuple[list[Any], float]:
    begun = time.perf_counter()
    summaries = loader.load_all(docs, force=force)
    return summaries, time.perf_counter() - begun


def speed(baseline: float, candidate: float) -> str:
    """'2.0× faster' or '1.5× slower': a ratio that reads the right way round."""
    if candidate <= baseline:
        return f"{baseline / candidate:.1f}× faster"
    return f"{candidate / baseline:.1f}× slower"


def median_time(fn: Any, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        begun = time.perf_counter()
        fn()
        times.append(time.perf_counter() - begun)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--naive-documents", type=int, default=40)
    parser.add_argument(
        "--write", action="store_true", help="append the results to bench/RESULTS.md"
    )
    args = parser.parse_args()

    server = None
    home = None
    if os.environ.get("NEO4J_URI"):
        uri, password = os.environ["NEO4J_URI"], os.environ.get("NEO4J_PASSWORD", "actornet-local")
    else:
        home = Path(tempfile.mkdtemp(prefix="actornet-bench-"))
        server = LocalNeo4j(home=home, bolt_port=free_port(), http_port=free_port(),
                            password="actornet-bench", lib_dir=ROOT / ".neo4j" / "lib")  # fmt: skip
        server.start(timeout=300)
        uri, password = server.bolt_uri, "actornet-bench"
    lines: list[str] = []
    try:
        with GraphDatabase.driver(
            uri, auth=("neo4j", password), notifications_min_severity="OFF"
        ) as driver:
            apply_schema(driver, "neo4j")
            wipe(driver)
            naive_rels, naive_s = naive_load(driver, args.naive_documents)
            naive_rate = naive_rels / naive_s
            wipe(driver)

            loader = Loader(driver, "neo4j", Gazetteer())
            begun = time.perf_counter()
            docs = list(corpus(args.documents))
            parse_s = time.perf_counter() - begun
            summaries, load_s = timed_load(loader, docs)
            assert all(s.status == "written" for s in summaries), {s.status for s in summaries}
            rels = rel_count(driver)
            rate = rels / load_s
            again, again_s = timed_load(loader, docs)
            assert all(s.status == "unchanged" for s in again)
            assert rel_count(driver) == rels
            _, forced_s = timed_load(loader, docs, force=True)
            assert rel_count(driver) == rels

            hub = driver.execute_query(
                "MATCH (a:Actor)-[:ATTENDED]->(m) RETURN a.id AS id, count(m) AS n ORDER BY n DESC LIMIT 1"
            ).records[0]
            params = {"actor": hub["id"], "date_from": None, "date_to": None, "min_confidence": 0.0,
                      "counterpart_type": None, "per_counterpart": 10, "skip": 0, "limit": 50}  # fmt: skip
            who_met = catalog.query("queries/who_met")
            naive_rows = len(driver.execute_query(NAIVE_WHO_MET, id=hub["id"]).records)
            q_naive = median_time(lambda: driver.execute_query(NAIVE_WHO_MET, id=hub["id"]))
            q_paged = median_time(lambda: driver.execute_query(who_met, params))
            typical = driver.execute_query(
                "MATCH (a:Actor)-[:ATTENDED]->(m) WITH a, count(m) AS n ORDER BY n "
                "WITH collect({id: a.id, n: n}) AS ranked RETURN ranked[size(ranked) / 2] AS mid"
            ).records[0]["mid"]
            typical_params = {**params, "actor": typical["id"]}
            t_naive = median_time(lambda: driver.execute_query(NAIVE_WHO_MET, id=typical["id"]))
            t_paged = median_time(lambda: driver.execute_query(who_met, typical_params))

        lines = [
            f"Corpus: {args.documents} synthetic documents (`bench/corpus.py`), 5 meetings each, "
            f"2,000 actors with Zipf-like weights; {rels:,} relationships. Naive baseline on "
            f"{args.naive_documents} documents ({naive_rels:,} relationships).",
            "",
            "| what | time | rate | ratio |",
            "|---|---:|---:|---:|",
            f"| naive: one auto-commit MERGE per row (baseline) | {naive_s:.1f} s | {naive_rate:,.0f} rel/s | 1× |",
            f"| parse + validate + quote check (JSON fact files) | {parse_s:.1f} s | {args.documents / parse_s:,.0f} docs/s | — |",
            f"| batched loader, first load | {load_s:.1f} s | {rate:,.0f} rel/s | {rate / naive_rate:.0f}× |",
            f"| unchanged reload (skipped by fingerprint) | {again_s:.1f} s | {args.documents / again_s:,.0f} docs/s | — |",
            f"| forced reload (retract + rewrite) | {forced_s:.1f} s | {rels / forced_s:,.0f} rel/s | {rels / forced_s / naive_rate:.0f}× |",
            f"| who met the hub `{hub['id']}` ({hub['n']} meetings, {naive_rows:,} rows): all rows to Python (baseline) | {q_naive * 1000:.0f} ms | | 1× |",
            f"| who met the hub: `who_met` module, aggregated and paged on the server | {q_paged * 1000:.0f} ms | | {q_naive / q_paged:.1f}× faster |",
            f"| who met a median actor `{typical['id']}` ({typical['n']} meetings): all rows to Python (baseline) | {t_naive * 1000:.0f} ms | | 1× |",
            f"| who met a median actor: `who_met` module (with places, channels, sources) | {t_paged * 1000:.0f} ms | | {speed(t_naive, t_paged)} |",
        ]  # fmt: skip
        print("\n".join(lines))
    finally:
        if server is not None:
            server.stop()
        if home is not None:
            shutil.rmtree(home, ignore_errors=True)
    if args.write:
        write_results(lines, args)


def write_results(lines: list[str], args: argparse.Namespace) -> None:
    command = (
        f"Command: `.venv/bin/python bench/bench_load.py --documents {args.documents} --write`"
    )
    write_section("## Loading and who-met queries", "\n".join([command, "", *lines]))


if __name__ == "__main__":
    main()

"""Incremental load against the bare ``UNWIND … MERGE`` anchor, alternating, in one run.

Each round wipes the database and loads the same documents twice: first the anchor of
``bench_scale.py`` (the fact relationships, plain rows built ahead, no provenance), then the
project's loader (resolution, provenance, meeting matching, the contact projection), into an
empty database. Rates are fact relationships per second (contacts not counted); the ratio
of each round is the figure (the machine is shared: only ratios within a round mean
anything). ``--profile`` adds where the loader's time goes: each statement's wait on the
server (run to last record), summed by statement, against the loader's own CPU time.

    .venv/bin/python bench/bench_incremental.py --documents 2000 --batch 100 500 --rounds 3 [--profile] [--floor]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_scale import FACTS, anchor_load, wipe  # noqa: E402
from bench.corpus import corpus  # noqa: E402
from bench.server import bench_graph  # noqa: E402
from loaders.factfile import LoadedFacts  # noqa: E402
from loaders.gazetteer import Gazetteer  # noqa: E402
from loaders.load import Loader  # noqa: E402


class _Fetched:
    """A result read to its end, as the writer uses one (iterate, keys, consume)."""

    def __init__(self, records: list[Any], keys: list[str]) -> None:
        self._records, self._keys = records, keys

    def __iter__(self) -> Iterator[Any]:
        return iter(self._records)

    def keys(self) -> list[str]:
        return self._keys

    def consume(self) -> None:
        return None


@contextmanager
def statement_clock(waits: dict[str, list[float]]) -> Iterator[None]:
    """Time every statement a managed transaction runs, to its last record, by its first line."""
    run = ManagedTransaction.run

    def timed(self: ManagedTransaction, query: Any, parameters: Any = None, **kw: Any) -> Any:
        begun = time.perf_counter()
        result = run(self, query, parameters, **kw)
        keys, records = list(result.keys()), list(result)
        result.consume()
        lines = [x for x in str(query).splitlines() if x.strip() and not x.startswith("//")]
        name = " ".join(lines)[:80]
        waits[name][0] += 1
        waits[name][1] += time.perf_counter() - begun
        return _Fetched(records, keys)

    ManagedTransaction.run = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        ManagedTransaction.run = run  # type: ignore[method-assign]


def incremental(driver: Driver, docs: list[LoadedFacts], size: int, profile: bool) -> float:
    """Load ``docs`` into an empty database with the project's loader; print and return the
    rate (fact relationships per second)."""
    waits: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    loader = Loader(driver, "neo4j", Gazetteer(), batch_size=size)
    begun, cpu = time.perf_counter(), time.process_time()
    if profile:
        with statement_clock(waits):
            done = loader.load_all(docs)
    else:
        done = loader.load_all(docs)
    seconds, cpu = time.perf_counter() - begun, time.process_time() - cpu
    assert {s.status for s in done} == {"written"}, {s.status for s in done}
    facts = int(driver.execute_query(FACTS).records[0]["n"])
    print(
        f"  incremental, {size} documents per transaction: {facts:,} rel in {seconds:.1f} s = "
        f"{facts / seconds:,.0f} rel/s (loader CPU {cpu:.1f} s)",
        flush=True,
    )
    if profile:
        total = sum(w for _, w in waits.values())
        print(f"  waiting on the server: {total:.1f} s of {seconds:.1f} s")
        for name, (count, wait) in sorted(waits.items(), key=lambda kv: -kv[1][1])[:20]:
            print(f"  {wait:6.2f} s {wait / total:4.0%} {count:4.0f}×  {name}")
    return facts / seconds


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument(
        "--batch", type=int, nargs="+", default=[100],
        help="documents per loader transaction (several: each loads in turn, every round)",
    )  # fmt: skip
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="server wait per statement")
    parser.add_argument(
        "--floor", action="store_true",
        help="also write the anchor's rows, each once, with CREATE for MERGE (a floor under any loader)",
    )  # fmt: skip
    args = parser.parse_args()

    with bench_graph("incremental") as driver:
        docs = list(corpus(args.documents))
        ratios: dict[int, list[float]] = {size: [] for size in args.batch}
        floors: list[float] = []
        for n in range(args.rounds):
            wipe(driver)
            anchor_rels, anchor_s = anchor_load(driver, docs)
            anchor_rate = anchor_rels / anchor_s
            print(
                f"round {n + 1}: anchor {anchor_rels:,} rel in {anchor_s:.1f} s = "
                f"{anchor_rate:,.0f} rel/s",
                flush=True,
            )
            if args.floor:
                wipe(driver)
                floor_rels, floor_s = anchor_load(driver, docs, create=True)
                floor_rate = floor_rels / floor_s
                floors.append(floor_rate / anchor_rate)
                print(
                    f"  floor (CREATE, each row once): {floor_rels:,} rel in {floor_s:.1f} s = "
                    f"{floor_rate:,.0f} rel/s = {floor_rate / anchor_rate:.2f}× the anchor",
                    flush=True,
                )
            for size in args.batch:
                wipe(driver)
                ratios[size].append(incremental(driver, docs, size, args.profile) / anchor_rate)
        for size, found in ratios.items():
            print(f"incremental/anchor, {size} documents per transaction, by round: "
                  + ", ".join(f"{r:.2f}×" for r in found))  # fmt: skip
        if floors:
            print("floor/anchor by round: " + ", ".join(f"{r:.2f}×" for r in floors))


if __name__ == "__main__":
    main()

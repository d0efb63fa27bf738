"""Extraction on worker processes: CPU per document with and without the workers keeping their heap.

``extract_documents(..., n_process=N)`` hands chunks of articles to forked workers; each chunk
ends its ``nlp.pipe`` stream and frees its batches. The workers now start by keeping that
memory (``_keep_heap`` in :mod:`loaders.extract.pipeline`); this benchmark runs the same
articles alternately without it (before) and with it (now), in one run, and reports the
workers' CPU time (user and system, from ``getrusage``), which the load of other work on a
shared machine barely changes, beside the wall clock, which it does. The facts of both runs
are checked equal.

    .venv/bin/python bench/bench_workers.py [--documents 300] [--processes 2] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_extract import articles  # noqa: E402
from loaders.extract import extract_documents, pipeline  # noqa: E402
from loaders.extract.nlp import load_pipeline  # noqa: E402


def _nothing() -> None:
    """The workers' start before they kept their heap."""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    docs = articles(args.documents)
    load_pipeline()
    reference = [f.model_dump() for f in extract_documents(docs[:40])]
    keep_heap = pipeline._keep_heap
    variants: list[tuple[str, Callable[[], None]]] = [
        ("before (workers give freed memory back)", _nothing),
        ("now (workers keep their heap)", keep_heap),
    ]
    print(
        f"{len(docs)} articles, {args.processes} processes, load average {os.getloadavg()[0]:.1f}"
    )
    print("| run | documents/s | workers' CPU s | documents per CPU-second | system s |")
    print("|---|---:|---:|---:|---:|")
    for _ in range(args.rounds):
        for label, start in variants:
            pipeline._keep_heap = start
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall = time.perf_counter()
            facts = list(extract_documents(docs, n_process=args.processes))
            wall = time.perf_counter() - wall
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            system = after.ru_stime - before.ru_stime
            cpu = after.ru_utime - before.ru_utime + system
            if [f.model_dump() for f in facts[:40]] != reference:
                raise SystemExit(f"{label}: the facts differ from one process's")
            print(
                f"| {label} | {len(docs) / wall:.1f} | {cpu:.2f} | {len(docs) / cpu:.1f} "
                f"| {system:.2f} |",
                flush=True,
            )
    pipeline._keep_heap = keep_heap
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()

"""Scale benchmark: loading four ways and who-met for hubs, through the driver and REST, in one run.

One process run on one local Neo4j (the project's launcher; ``--heap`` and ``--pagecache``,
1 GB each by default: the page cache holds the whole store at 20,000 documents):

* loading: the naive way (one auto-commit MERGE per row), the bare ``UNWIND … MERGE`` anchor
  (plain rows built ahead, the fact relationships only, no provenance, no resolution), the
  project's incremental loader (validation done before, resolution, provenance, meeting
  matching, the contact projection), and the bulk first load (``neo4j-admin database import``);
  rates in fact relationships per second (the contact projection not counted), ratios to the
  anchor;
* the views at ``--view-documents`` (the home page, a hub's depth-3 ego network), taken while
  the incremental load passes that size;
* who_met at full size for an activity-weighted sample of actors and for the biggest hubs,
  through the driver and through ``GET /api/v1/who-met`` (the app served by uvicorn in a
  process of its own), both running the module the API picks (``service.db.who_met_module``:
  ``who_met_contacts`` for a plain question): p50/p90/p99/max; REST/driver per endpoint;
  timed warm (every actor asked once through both paths first, as a long-running server has
  been), the driver and REST alternating per actor;
* ``db check`` (the projection recomputed) and peak memory of Neo4j, of this process (the
  loader: corpus, resolution, the bulk builder) and of the largest child it waited for (the
  ``neo4j-admin`` importer).

It prints the issue's ratios: hub p99 / weighted p50 and p99 through the driver, REST/driver
(median per actor, and per endpoint), incremental and bulk against the anchor, the home page
and the depth-3 ego network at ``--view-documents``.

Small, while developing (a few minutes; ratios only indicative):

    .venv/bin/python bench/bench_scale.py --documents 2000 --naive-documents 10 --anchor-documents 500 --sample 100

The full run (≥ 800k relationships, 20-40 minutes; on a quiet machine), written to
``bench/RESULTS.md``:

    .venv/bin/python bench/bench_scale.py --documents 20000 --write

(the anchor and the incremental loader both take the first ``--anchor-documents`` /
``--view-documents`` documents, 2,000 by default: keep them equal for a like-for-like ratio).

``--queries-only`` skips the naive, anchor and incremental loads and the views: bulk load,
then the who-met figures.

``--loads-only`` runs the four loads, the check after bulk and peak memory, and prints the
load table (no views, no queries): a few minutes at small scale.

    .venv/bin/python bench/bench_scale.py --loads-only --documents 2000 --anchor-documents 1000 --view-documents 1000 --naive-documents 5
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from neo4j import Driver, GraphDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_load import naive_load, rel_count  # noqa: E402
from bench.corpus import corpus  # noqa: E402
from bench.results import write_section  # noqa: E402
from bench.server import PASSWORD  # noqa: E402
from core import catalog  # noqa: E402
from core.settings import Settings  # noqa: E402
from loaders import projection  # noqa: E402
from loaders.gazetteer import Gazetteer  # noqa: E402
from loaders.load import Loader  # noqa: E402
from loaders.resolve import Resolver  # noqa: E402
from service.bulk import bulk_load  # noqa: E402
from service.db import apply_schema, who_met_module  # noqa: E402
from service.neo4j_local import LocalNeo4j, free_port  # noqa: E402

FACTS = "MATCH ()-[r]->() WHERE NOT r:MET RETURN count(r) AS n"

ANCHOR = {
    "nodes": [
        ("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d.title = row.title", "documents"),
        ("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a.name = row.name", "actors"),
        ("UNWIND $rows AS row MERGE (p:Place {id: row.id}) SET p.name = row.name", "places"),
        ("UNWIND $rows AS row MERGE (m:Meeting {id: row.id}) SET m.kind = row.kind", "meetings"),
    ],
    "rels": [
        ("UNWIND $rows AS row MATCH (d:Document {id: row.doc}) MATCH (a:Actor {id: row.actor}) "
         "MERGE (d)-[:MENTIONS]->(a)", "mentions"),
        ("UNWIND $rows AS row MATCH (p:Place {id: row.place}) MATCH (a:Actor {id: row.target}) "
         "MERGE (p)-[:IN]->(a)", "place_in"),
        ("UNWIND $rows AS row MATCH (a:Actor {id: row.actor}) MATCH (m:Meeting {id: row.meeting}) "
         "MERGE (a)-[r:ATTENDED {role: row.role}]->(m)", "attended"),
        ("UNWIND $rows AS row MATCH (m:Meeting {id: row.meeting}) MATCH (p:Place {id: row.place}) "
         "MERGE (m)-[:HELD_AT]->(p)", "held_at"),
        ("UNWIND $rows AS row MATCH (m:Meeting {id: row.id}) MATCH (d:Document {id: row.doc}) "
         "MERGE (m)-[:REPORTED_IN]->(d)", "meetings"),
        ("UNWIND $rows AS row MATCH (m:Meeting {id: row.meeting}) MATCH (a:Actor {id: row.target}) "
         "MERGE (m)-[:VIA {kind: row.kind}]->(a)", "via"),
    ],
}  # fmt: skip

FLOOR = {
    kind: [
        (
            statement.replace("MERGE", "CREATE"),
            "reported_in" if kind == "rels" and name == "meetings" else name,
        )
        for statement, name in table
    ]
    for kind, table in ANCHOR.items()
}
"""The anchor's statements with CREATE for MERGE, for rows given once: a floor under any
loader's time for these relationships."""


class Peak:
    """Samples the resident memory of a process (Neo4j) in a thread; keeps the maximum."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.max_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            if self.pid is None:
                continue
            try:
                for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        self.max_mb = max(self.max_mb, int(line.split()[1]) / 1024)
            except OSError:
                continue

    def __enter__(self) -> Peak:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()


def wipe(driver: Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def anchor_load(
    driver: Driver, docs: list[Any], batch: int = 10_000, *, create: bool = False
) -> tuple[int, float]:
    """Bare UNWIND … MERGE of plain rows built ahead: the fact relationships, nothing else.

    ``create``: the same rows, each once, written with CREATE instead of MERGE (:data:`FLOOR`):
    the fastest Cypher writes these relationships, with no look-up of what exists.
    """
    resolver = Resolver(Gazetteer())
    tables: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        rows = resolver.rows(doc)
        tables.setdefault("documents", []).append(
            {"id": rows.document["id"], "title": rows.document["title"]}
        )
        for table in rows.actors.values():
            tables.setdefault("actors", []).extend(
                {"id": r["id"], "name": r["name"]} for r in table
            )
        tables.setdefault("places", []).extend(
            {"id": r["id"], "name": r["name"]} for r in rows.places
        )
        tables.setdefault("meetings", []).extend(
            {"id": r["id"], "kind": r["kind"], "doc": r["doc"]} for r in rows.meetings
        )
        tables.setdefault("mentions", []).extend(
            {"doc": r["doc"], "actor": r["actor"]} for r in rows.mentions
        )
        tables.setdefault("place_in", []).extend(
            {"place": r["place"], "target": r["target"]}
            for r in rows.place_in
            if r["label"] == "Actor"
        )
        tables.setdefault("attended", []).extend(
            {"actor": r["actor"], "meeting": r["meeting"], "role": r["role"]} for r in rows.attended
        )
        tables.setdefault("held_at", []).extend(
            {"meeting": r["meeting"], "place": r["place"]} for r in rows.held_at
        )
        tables.setdefault("via", []).extend(
            {"meeting": r["meeting"], "target": r["target"], "kind": r["kind"]}
            for r in rows.via if r["label"] == "Actor"
        )  # fmt: skip
    statements = FLOOR if create else ANCHOR
    if create:
        tables["reported_in"] = list(
            {(r["id"], r["doc"]): r for r in tables.get("meetings", [])}.values()
        )
        for name in ("documents", "actors", "places", "meetings"):
            tables[name] = list({row["id"]: row for row in tables.get(name, [])}.values())
        for name in ("mentions", "place_in", "attended", "held_at", "via"):
            once = {tuple(row.items()): row for row in tables.get(name, [])}
            tables[name] = list(once.values())
    begun = time.perf_counter()
    with driver.session() as session:
        for statement, name in [*statements["nodes"], *statements["rels"]]:
            table = tables.get(name, [])
            for start in range(0, len(table), batch):
                chunk = table[start : start + batch]
                session.execute_write(lambda tx, s=statement, c=chunk: tx.run(s, rows=c).consume())
    return rel_count(driver), time.perf_counter() - begun


def store_mb(home: Path) -> float:
    """The size of the database's store files (what the page cache holds), in MB."""
    folder = home / "data" / "databases" / "neo4j"
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def quantiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]

    return {"p50": at(0.5), "p90": at(0.9), "p99": at(0.99), "max": ordered[-1]}


def clock(fn: Callable[[], object]) -> float:
    begun = time.perf_counter()
    fn()
    return (time.perf_counter() - begun) * 1000


def who_met_params(actor: str) -> dict[str, Any]:
    return {"actor": actor, "date_from": None, "date_to": None, "min_confidence": 0.0,
            "counterpart_type": None, "per_counterpart": 10, "skip": 0, "limit": 50}  # fmt: skip


# REST endpoint -> (module, params) the route runs for an actor id
def endpoints(actor: str) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        "who-met": (
            f"/api/v1/who-met?actor={actor}",
            who_met_module(who_met_params(actor)).removeprefix("queries/"),
            who_met_params(actor),
        ),
        "co-attendance": (
            f"/api/v1/actors/{actor}/co-attendance",
            "co_attendance",
            {"id": actor, "min_shared": 1, "per_actor": 10, "limit": 50},
        ),
        "network depth 2": (
            f"/api/v1/actors/{actor}/network?depth=2",
            "ego_network",
            {"id": actor, "depth": 2, "max_nodes": 100},
        ),
        "meetings?actor": (
            f"/api/v1/meetings?actor={actor}",
            "meetings",
            {
                "actor": actor,
                "country": None,
                "place": None,
                "date_from": None,
                "date_to": None,
                "kind": None,
                "channel_kind": None,
                "min_confidence": 0.0,
                "skip": 0,
                "limit": 50,
            },
        ),
    }


class App:
    """``actornet serve`` in a process of its own, against the bench server."""

    def __init__(self, server: LocalNeo4j) -> None:
        self.port = free_port()
        env = {
            **os.environ,
            "ACTORNET_NEO4J_URI": server.bolt_uri,
            "ACTORNET_NEO4J_PASSWORD": PASSWORD,
            "ACTORNET_API_PORT": str(self.port),
        }
        self.proc = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "actornet"), "serve", "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=120)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                if self.client.get("/ready").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError("the app did not start")

    def get(self, path: str) -> float:
        begun = time.perf_counter()
        response = self.client.get(path)
        elapsed = (time.perf_counter() - begun) * 1000
        response.raise_for_status()
        return elapsed

    def close(self) -> None:
        self.client.close()
        self.proc.terminate()
        self.proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument(
        "--view-documents",
        type=int,
        default=2000,
        help="documents the incremental loader loads (the views are taken there)",
    )
    parser.add_argument("--naive-documents", type=int, default=40)
    parser.add_argument(
        "--anchor-documents", type=int, default=2000, help="keep equal to --view-documents"
    )
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--heap", default="1g", help="the bench server's heap")
    parser.add_argument(
        "--pagecache",
        default="1g",
        help="the bench server's page cache: the store at 20,000 documents is about 450 MB",
    )
    parser.add_argument("--hubs", type=int, default=10)
    parser.add_argument("--batch", type=int, default=500, help="documents per loader transaction")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument(
        "--queries-only", action="store_true", help="bulk load, check and queries; print JSON"
    )
    parser.add_argument(
        "--loads-only",
        action="store_true",
        help="the four loads, the check after bulk and peak memory; no views, no queries",
    )
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="actornet-bench-scale-"))
    server = LocalNeo4j(home=home, bolt_port=free_port(), http_port=free_port(), password=PASSWORD,
                        lib_dir=ROOT / ".neo4j" / "lib", heap=args.heap, pagecache=args.pagecache)  # fmt: skip
    out: dict[str, Any] = {"args": vars(args)}
    app: App | None = None
    with Peak() as peak:
        server.start(timeout=300)
        peak.pid = server.pid()
        try:
            driver = GraphDatabase.driver(
                server.bolt_uri, auth=("neo4j", PASSWORD), notifications_min_severity="OFF"
            )
            apply_schema(driver, "neo4j")
            begun = time.perf_counter()
            docs = list(corpus(args.documents))
            out["parse_s"] = time.perf_counter() - begun

            if args.queries_only:
                out["naive"] = out["anchor"] = (1, 1.0)
                args.view_documents = 10
            rels, seconds = naive_load(driver, 1 if args.queries_only else args.naive_documents)
            out["naive"] = (rels, seconds)
            wipe(driver)
            rels, seconds = anchor_load(
                driver, docs[: 10 if args.queries_only else args.anchor_documents]
            )
            out["anchor"] = (rels, seconds)
            wipe(driver)
            rels, seconds = anchor_load(
                driver, docs[: 10 if args.queries_only else args.anchor_documents], create=True
            )
            out["floor"] = (rels, seconds)
            print("naive", out["naive"], "anchor", out["anchor"], "floor", out["floor"], flush=True)
            wipe(driver)

            loader = Loader(driver, "neo4j", Gazetteer(), batch_size=args.batch)
            begun = time.perf_counter()
            first = loader.load_all(docs[: args.view_documents])
            inc_s = time.perf_counter() - begun
            assert {s.status for s in first} == {"written"}, {s.status for s in first}
            facts = int(driver.execute_query(FACTS).records[0]["n"])
            out["incremental"] = (facts, inc_s, rel_count(driver))
            print("incremental", out["incremental"], flush=True)
            if args.loads_only:
                wipe(driver)
                driver.close()
                bulk_only(out, args, server, docs, peak)
                return
            app = App(server)
            hub = driver.execute_query(
                "MATCH (a:Actor) RETURN a.id AS id ORDER BY COUNT { (a)-[:ATTENDED]->() } DESC LIMIT 1"
            ).records[0]["id"]

            def views(path: str) -> list[float]:
                assert app is not None
                try:
                    return [app.get(path) for _ in range(4)][1:]
                except httpx.HTTPError as exc:
                    print("view failed", path, exc, flush=True)
                    return [float("nan")]

            out["views"] = {
                "documents": args.view_documents,
                "relationships": rel_count(driver),
                "home": views("/"),
                "ego3": views(f"/actors/{hub}?depth=3"),
                "hub": hub,
            }
            print("views", out["views"], flush=True)
            app.close()
            app = None
            wipe(driver)
            driver.close()

            settings = Settings(neo4j_uri=server.bolt_uri, neo4j_password=PASSWORD)  # type: ignore[arg-type]
            begun = time.perf_counter()
            done = bulk_load(settings, server, iter(docs), Gazetteer())
            bulk_s = time.perf_counter() - begun
            peak.pid = server.pid()
            driver = GraphDatabase.driver(
                server.bolt_uri, auth=("neo4j", PASSWORD), notifications_min_severity="OFF"
            )
            facts_bulk = int(driver.execute_query(FACTS).records[0]["n"])
            out["bulk"] = (facts_bulk, bulk_s, done.seconds, rel_count(driver))
            print("bulk", out["bulk"], flush=True)
            if not args.queries_only:
                begun = time.perf_counter()
                drift = projection.check(driver, "neo4j")
                out["check"] = (drift.ok, drift.contacts, time.perf_counter() - begun)
                print("check", out["check"], flush=True)
            app = App(server)

            degrees = {
                r["id"]: r["n"]
                for r in driver.execute_query(
                    "MATCH (a:Actor) WITH a, COUNT { (a)-[:ATTENDED]->() } AS n WHERE n > 0 RETURN a.id AS id, n"
                ).records
            }
            rng = random.Random(17)
            ids = sorted(degrees)
            sample = rng.choices(ids, weights=[degrees[i] for i in ids], k=args.sample)
            hubs = sorted(ids, key=lambda i: -degrees[i])[: args.hubs]
            who_met = catalog.query(who_met_module(who_met_params(hubs[0])))  # the API's pick
            out["store_mb"] = store_mb(home)
            # Warm as a long-running server is: every actor asked once through both paths
            # (right after a start, Neo4j's first few hundred queries run 2-3x slower).
            for actor in sample + hubs:
                driver.execute_query(who_met, who_met_params(actor), routing_="r")
                app.get(f"/api/v1/who-met?actor={actor}")
            timing: dict[str, dict[str, list[float]]] = {}
            for name, group in (("weighted", sample), ("hubs", hubs)):
                drv, api = [], []
                for a in group:  # the two paths alternate: the same conditions for both
                    drv.append(
                        clock(
                            lambda a=a: driver.execute_query(
                                who_met, who_met_params(a), routing_="r"
                            )
                        )
                    )
                    api.append(app.get(f"/api/v1/who-met?actor={a}"))
                timing[name] = {"driver": drv, "rest": api}
            out["who_met"] = timing
            out["hub_sizes"] = {h: degrees[h] for h in hubs[:3]}
            per_endpoint: dict[str, tuple[float, float]] = {}
            per_actor: dict[str, float] = {}
            probe = sample[:30] + hubs[:5]
            for name in endpoints("x"):
                for a in probe[:5]:  # the endpoint's query warmed through both paths
                    path, module, params = endpoints(a)[name]
                    driver.execute_query(catalog.query(f"queries/{module}"), params, routing_="r")
                    app.get(path)
                drv, api = [], []
                for a in probe:
                    path, module, params = endpoints(a)[name]
                    text = catalog.query(f"queries/{module}")
                    drv.append(
                        clock(lambda t=text, p=params: driver.execute_query(t, p, routing_="r"))
                    )
                    api.append(app.get(path))
                per_endpoint[name] = (statistics.median(drv), statistics.median(api))
                per_actor[name] = statistics.median(r / d for r, d in zip(api, drv, strict=True))
            out["endpoints"] = per_endpoint
            out["endpoints_per_actor"] = per_actor
            print(
                "queries",
                {k: {s: quantiles(v) for s, v in t.items()} for k, t in timing.items()},
                flush=True,
            )
            app.close()
            app = None
            driver.close()
        finally:
            if app is not None:
                app.close()
            server.stop()
            shutil.rmtree(home, ignore_errors=True)
    out["peak_neo4j_mb"] = peak.max_mb
    out["peak_loader_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["peak_child_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if args.queries_only:
        import json

        print(json.dumps({k: v for k, v in out.items() if k != "args"}, default=str))
        print("\n".join(issue_figures(out)))
        return
    text = report(out)
    print(text)
    if args.write:
        write_section("## Scale: projection, bulk load, who-met for hubs (issue 17)", text)


def issue_figures(out: dict[str, Any]) -> list[str]:
    """The figures the issue asks for, one line each (what this run measured of them)."""
    w, h = out["who_met"]["weighted"], out["who_met"]["hubs"]
    hub_p99, weighted_p50 = quantiles(h["driver"])["p99"], quantiles(w["driver"])["p50"]
    per_actor = statistics.median(r / d for r, d in zip(w["rest"], w["driver"], strict=True))
    lines = [
        f"who_met through the driver: hub p99 {hub_p99:.1f} ms / weighted p50 "
        f"{weighted_p50:.1f} ms = {hub_p99 / weighted_p50:.2f}× (target ≤ 2×); p99 weighted "
        f"{quantiles(w['driver'])['p99']:.1f} ms, hubs {hub_p99:.1f} ms (target < 50 ms)",
        f"REST/driver, median per actor: {per_actor:.2f}× (target ≤ 1.25×); per endpoint: "
        + ", ".join(f"{k} {api / drv:.2f}×" for k, (drv, api) in out["endpoints"].items()),
    ]
    if "endpoints_per_actor" in out:
        lines.append(
            "REST/driver per endpoint, median per actor: "
            + ", ".join(f"{k} {v:.2f}×" for k, v in out["endpoints_per_actor"].items())
        )
    views = out.get("views")
    if views and views.get("documents", 0) > 10:
        lines.append(
            f"views at {views['documents']:,} documents (target < 1 s): home page "
            f"{statistics.median(views['home']):.0f} ms, depth-3 ego network of "
            f"{views['hub']} {statistics.median(views['ego3']):.0f} ms"
        )
    return lines


def bulk_only(
    out: dict[str, Any], args: argparse.Namespace, server: LocalNeo4j, docs: list[Any], peak: Peak
) -> None:
    """The bulk load and its check, then the load table (``--loads-only``)."""
    settings = Settings(neo4j_uri=server.bolt_uri, neo4j_password=PASSWORD)  # type: ignore[arg-type]
    begun = time.perf_counter()
    done = bulk_load(settings, server, iter(docs), Gazetteer())
    bulk_s = time.perf_counter() - begun
    peak.pid = server.pid()
    with GraphDatabase.driver(
        server.bolt_uri, auth=("neo4j", PASSWORD), notifications_min_severity="OFF"
    ) as driver:
        facts_bulk = int(driver.execute_query(FACTS).records[0]["n"])
        out["bulk"] = (facts_bulk, bulk_s, done.seconds, rel_count(driver))
        begun = time.perf_counter()
        drift = projection.check(driver, "neo4j")
        out["check"] = (drift.ok, drift.contacts, time.perf_counter() - begun)
    print(loads_report(out, peak.max_mb), flush=True)


def floor_note(out: dict[str, Any]) -> str:
    """What the floor bounds: the incremental load's target as a share of it."""
    anchor_rate = out["anchor"][0] / out["anchor"][1]
    floor_rate = out["floor"][0] / out["floor"][1]
    return (
        "The floor writes the anchor's relationships with CREATE, looking up nothing but their "
        "two ends: no Cypher statement writes them faster on this server, and the project's "
        "loader writes the same relationships with their provenance, after resolving names and "
        "matching meetings, and keeps the contacts. Incremental at 2× the anchor would be "
        f"{2 * anchor_rate / floor_rate:.2f}× the floor."
    )


def loads_report(out: dict[str, Any], neo4j_mb: float) -> str:
    """The load table: each way's rate and its ratio to the anchor, from one run."""
    a = out["args"]
    anchor_rate = out["anchor"][0] / out["anchor"][1]
    rows = [
        ("naive: one auto-commit MERGE per row", a["naive_documents"], *out["naive"][:2]),
        ("anchor: bare `UNWIND … MERGE`, rows built ahead, 10k rows per transaction",
         a["anchor_documents"], *out["anchor"][:2]),
        ("floor: the anchor's rows once each, CREATE for MERGE",
         a["anchor_documents"], *out["floor"][:2]),
        (f"project incremental (`Loader`, {a['batch']} documents per transaction, projection kept)",
         a["view_documents"], *out["incremental"][:2]),
        ("bulk (`load --bulk`: resolve, CSV, neo4j-admin import, restart, schema)",
         a["documents"], *out["bulk"][:2]),
    ]  # fmt: skip
    lines = [
        "| load | documents | fact relationships | time | rate | vs anchor |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, documents, rels, seconds in rows:
        rate = rels / seconds
        lines.append(
            f"| {name} | {documents:,} | {rels:,} | {seconds:.1f} s | {rate:,.0f} rel/s "
            f"| {rate / anchor_rate:.2f}× |"
        )
    steps = out["bulk"][2]
    lines += [
        "",
        floor_note(out),
        "",
        "Bulk steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items())
        + f"; import step alone {out['bulk'][0] / steps['import'] / anchor_rate:.1f}× the anchor; "
        f"{out['bulk'][3]:,} relationships with the contacts; projection exact (`db check`): "
        f"{out['check'][0]}.",
        f"Peak memory: Neo4j {neo4j_mb:,.0f} MB resident; the loader (this process) "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB; the largest child "
        f"process waited for (neo4j-admin import, or the server stopped for it) "
        f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:,.0f} MB.",
    ]  # fmt: skip
    return "\n".join(lines)


def report(out: dict[str, Any]) -> str:
    a = out["args"]
    naive_rate = out["naive"][0] / out["naive"][1]
    anchor_rate = out["anchor"][0] / out["anchor"][1]
    facts, inc_s, _ = out["incremental"]
    inc_rate = facts / inc_s
    facts_bulk, bulk_s, steps, all_rels = out["bulk"]
    bulk_ok = out["check"][0]
    bulk_rate = facts_bulk / bulk_s
    command = (
        f"Command: `.venv/bin/python bench/bench_scale.py --documents {a['documents']} "
        f"--view-documents {a['view_documents']} --anchor-documents {a['anchor_documents']} "
        f"--sample {a['sample']} --hubs {a['hubs']} --batch {a['batch']} --write`"
    )
    lines = [
        command,
        "",
        f"Corpus: {a['documents']:,} synthetic documents (`bench/corpus.py`): {facts_bulk:,} fact relationships "
        f"+ {all_rels - facts_bulk:,} contacts (MET) = {all_rels:,} relationships, loaded in full by the bulk "
        "load, on which every query runs. The incremental load is timed on the first "
        f"{a['view_documents']:,} documents into an empty database (the views are taken there). One run on this machine (2 cores, shared with other "
        "work: absolute times vary, ratios are within the run). Neo4j: the project's launcher, "
        f"{a['heap']} heap, {a['pagecache']} page cache (the store: {out['store_mb']:,.0f} MB); the "
        "neo4j-rust-ext driver. Queries are timed warm, as a long-running server is: every sampled "
        "actor and hub asked once through the driver and REST first; then the two paths alternate "
        "per actor.",
        "",
        "| load | documents | fact relationships | time | rate | vs anchor |",
        "|---|---:|---:|---:|---:|---:|",
        f"| naive: one auto-commit MERGE per row | {a['naive_documents']:,} | {out['naive'][0]:,} | {out['naive'][1]:.1f} s | {naive_rate:,.0f} rel/s | {naive_rate / anchor_rate:.2f}× |",
        f"| anchor: bare `UNWIND … MERGE`, rows built ahead, 10k rows per transaction | {a['anchor_documents']:,} | {out['anchor'][0]:,} | {out['anchor'][1]:.1f} s | {anchor_rate:,.0f} rel/s | 1× |",
        f"| floor: the anchor's rows once each, CREATE for MERGE | {a['anchor_documents']:,} | {out['floor'][0]:,} | {out['floor'][1]:.1f} s | {out['floor'][0] / out['floor'][1]:,.0f} rel/s | {out['floor'][0] / out['floor'][1] / anchor_rate:.2f}× |",
        f"| project incremental (`Loader`, {a['batch']} documents per transaction, projection kept) | {a['view_documents']:,} | {facts:,} | {inc_s:.1f} s | {inc_rate:,.0f} rel/s | {inc_rate / anchor_rate:.2f}× |",
        f"| bulk (`load --bulk`: resolve, CSV, neo4j-admin import, restart, schema) | {a['documents']:,} | {facts_bulk:,} | {bulk_s:.1f} s | {bulk_rate:,.0f} rel/s | {bulk_rate / anchor_rate:.2f}× |",
        "",
        floor_note(out),
        "",
        "Bulk steps: " + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items())
        + f"; projection after bulk exact (`db check`): {bulk_ok}. Parsing and validating the corpus (before every load): {out['parse_s']:.1f} s.",
        f"`db check` at full size: {out['check'][1]:,} contacts recomputed and compared in {out['check'][2]:.1f} s.",
        "",
        "| who_met at full size | n | p50 | p90 | p99 | max |",
        "|---|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for group in ("weighted", "hubs"):
        for side, label in (("driver", "driver"), ("rest", "GET /api/v1/who-met")):
            values = out["who_met"][group][side]
            q = quantiles(values)
            lines.append(
                f"| {label}, {'activity-weighted sample' if group == 'weighted' else 'biggest hubs'} | {len(values)} | "
                + " | ".join(f"{q[k]:.0f} ms" for k in ("p50", "p90", "p99", "max"))
                + " |"
            )
    w = out["who_met"]["weighted"]
    h = out["who_met"]["hubs"]
    ratios = [r / d for r, d in zip(w["rest"], w["driver"], strict=True)]
    hub_p99 = quantiles(h["driver"])["p99"]
    weighted_p50 = quantiles(w["driver"])["p50"]
    views = out["views"]
    lines += [
        "",
        f"Hubs: the {a['hubs']} actors with the most meetings (the biggest: "
        + ", ".join(f"`{k}` {v:,}" for k, v in out["hub_sizes"].items()) + ").",
        "",
        "| target | figure | met |",
        "|---|---:|---|",
        f"| hub p99 ≤ 2× weighted p50 (driver) | {hub_p99:.0f} ms vs 2 × {weighted_p50:.0f} ms = {hub_p99 / weighted_p50:.2f}× | {'yes' if hub_p99 <= 2 * weighted_p50 else 'no'} |",
        f"| p99 < 50 ms through the driver (weighted / hubs) | {quantiles(w['driver'])['p99']:.0f} / {hub_p99:.0f} ms | {'yes' if max(quantiles(w['driver'])['p99'], hub_p99) < 50 else 'no'} |",
        f"| REST/driver median per actor ≤ 1.25× | {statistics.median(ratios):.2f}× | {'yes' if statistics.median(ratios) <= 1.25 else 'no'} |",
        f"| incremental ≥ 2× anchor | {inc_rate / anchor_rate:.2f}× | {'yes' if inc_rate >= 2 * anchor_rate else 'no'} |",
        f"| bulk ≥ 10× anchor | {bulk_rate / anchor_rate:.2f}× | {'yes' if bulk_rate >= 10 * anchor_rate else 'no'} |",
        f"| home page at {views['documents']:,} documents < 1 s (median of 3, after one warm-up) | {statistics.median(views['home']):.0f} ms | {'yes' if statistics.median(views['home']) < 1000 else 'no'} |",
        f"| depth-3 ego network of the top hub `{views['hub']}` at {views['documents']:,} documents < 1 s | {statistics.median(views['ego3']):.0f} ms | {'yes' if statistics.median(views['ego3']) < 1000 else 'no'} |",
        "",
        "| endpoint (median over 35 actors) | driver | REST | REST/driver |",
        "|---|---:|---:|---:|",
    ]  # fmt: skip
    for name, (drv, api) in out["endpoints"].items():
        lines.append(f"| {name} | {drv:.1f} ms | {api:.1f} ms | {api / drv:.2f}× |")
    lines += [
        "",
        f"Peak memory: Neo4j {out['peak_neo4j_mb']:,.0f} MB resident (sampled every 0.5 s); "
        f"this process (corpus in memory, loader, bulk builder) {out['peak_loader_mb']:,.0f} MB; "
        f"the largest child process waited for (neo4j-admin import, or the server stopped for "
        f"it) {out['peak_child_mb']:,.0f} MB.",
        "",
        *issue_figures(out),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()

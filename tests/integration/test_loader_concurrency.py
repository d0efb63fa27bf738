"""Loads that race or lose their database end as a clean load would.

Three ``actornet load`` processes on overlapping folders leave exactly the graph one clean
load leaves (every node, relationship and property: the digest), trial after trial; a
Neo4j killed with SIGKILL in the middle of a load makes the loader exit non-zero on its
own, and loading again afterwards gives the clean load's graph too.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from neo4j import Driver, GraphDatabase

from core.settings import PROJECT_ROOT, Settings
from service.db import apply_schema
from service.neo4j_local import LocalNeo4j
from tests.support.graph import digest, wipe
from tests.support.neo4j import throwaway_neo4j

pytestmark = pytest.mark.integration

SURNAMES = [
    "Aldrin", "Brisko", "Cortez", "Dumont", "Ekwueme", "Falk", "Garrido", "Hallberg", "Ivanko",
    "Jansen", "Kowal", "Lindqvist", "Moreau", "Nakata", "Okafor", "Petrov", "Quiroga", "Rask",
    "Sorensen", "Takeda", "Ulloa", "Vesely", "Wexler", "Yilmaz", "Zubiri", "Abara", "Bergstrom",
    "Castell", "Dragan", "Elkins", "Fontaine", "Gorski", "Holm", "Ibarra", "Jovic", "Kessler",
]  # fmt: skip
CITIES = ["Geneva", "Vienna", "Oslo", "Doha", "Muscat", "Astana"]


def pair_documents(folder: Path, first: int, pairs: int, second: Path | None = None) -> None:
    """``pairs`` meetings, each reported by two documents (no meeting ids of their own).

    Both documents of a pair go to ``folder``, or the second one to ``second``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if second is not None:
        second.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + pairs):
        a = SURNAMES[n % len(SURNAMES)]
        b = SURNAMES[(n * 7 + 3) % len(SURNAMES)]
        envoy_a, envoy_b = f"Envoy {a} {n}", f"Minister {b} {n}"
        city = CITIES[n % len(CITIES)]
        day = f"2021-{1 + n % 12:02d}-{1 + n % 27:02d}"
        for side, outlet in enumerate(("Wire One", "Wire Two")):
            sentence = (
                f"{envoy_a} met {envoy_b} in {city} on {day}, {outlet} reported."
                if side == 0
                else f"{envoy_b} held talks with {envoy_a} in {city} on {day}."
            )
            facts = {
                "document": {
                    "id": f"race-{n:03d}-{side}",
                    "title": f"Talks in {city}",
                    "outlet": outlet,
                    "published": day,
                    "text": sentence,
                },
                "actors": [
                    {"ref": "a", "name": envoy_a, "type": "person"},
                    {"ref": "b", "name": envoy_b, "type": "person"},
                ],
                "places": [{"ref": "p", "name": city, "kind": "city"}],
                "meetings": [
                    {
                        "ref": "m",
                        "kind": "meeting" if side == 0 else "talks",
                        "date_start": day,
                        "date_precision": "day",
                        "place": "p",
                        "participants": [{"actor": "a"}, {"actor": "b"}],
                        "evidence": [{"quote": sentence}],
                    }
                ],
            }
            path = (second if side and second else folder) / f"race-{n:03d}-{side}.yaml"
            path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")


def cli_env(uri: str, user: str, password: str) -> dict[str, str]:
    return {
        **os.environ,
        "ACTORNET_NEO4J_URI": uri,
        "ACTORNET_NEO4J_USER": user,
        "ACTORNET_NEO4J_PASSWORD": password,
    }


def start_load(env: dict[str, str], *folders: Path) -> subprocess.Popen[str]:
    """``actornet load`` of these folders, 50 documents per transaction: several transactions
    per load, so that loads interleave and a killed server stops one in the middle."""
    return subprocess.Popen(
        [sys.executable, "-m", "service", "load", "--batch", "50", *map(str, folders)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = 300) -> tuple[int, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out + err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("race")
    folders = [root / "a", root / "b", root / "c"]
    for i, folder in enumerate(folders):
        pair_documents(folder, i * 12, 12)
    return folders


def test_three_loaders_on_overlapping_folders_equal_one_clean_load(
    empty_graph: Driver, settings: Settings, corpus: list[Path]
) -> None:
    env = cli_env(
        settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password.get_secret_value()
    )
    a, b, c = corpus
    wipe(empty_graph)
    code, output = finish(start_load(env, a, b, c))
    assert code == 0, output
    clean = digest(empty_graph, ignore=("loaded_at",))
    meetings = empty_graph.execute_query("MATCH (m:Meeting) RETURN count(m) AS n").records[0]["n"]
    assert meetings == 36  # each pair of documents reports one meeting
    for _trial in range(2):
        wipe(empty_graph)
        loaders = [start_load(env, a, b), start_load(env, b, c), start_load(env, a, b, c)]
        results = [finish(p) for p in loaders]
        assert [code for code, _ in results] == [0, 0, 0], results
        assert digest(empty_graph, ignore=("loaded_at",)) == clean


def _meeting_reports(driver: Driver) -> list[int]:
    records = driver.execute_query(
        "MATCH (m:Meeting) RETURN COUNT { (m)-[:REPORTED_IN]->() } AS n ORDER BY n"
    ).records
    return [r["n"] for r in records]


def test_loaders_racing_on_two_reports_of_one_meeting_merge_them(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    """The two reports of each meeting sit in different folders, loaded at the same time:
    whichever loader writes second must see the first one's meeting and join it."""
    env = cli_env(
        settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password.get_secret_value()
    )
    first, second = tmp_path / "first", tmp_path / "second"
    pair_documents(first, 100, 30, second=second)
    for _trial in range(2):
        wipe(empty_graph)
        loaders = [start_load(env, first), start_load(env, second), start_load(env, second)]
        results = [finish(p) for p in loaders]
        assert [code for code, _ in results] == [0, 0, 0], results
        assert _meeting_reports(empty_graph) == [2] * 30


@pytest.fixture
def own_server() -> Iterator[LocalNeo4j]:
    """A Neo4j of its own (the test kills it), from the project's launcher."""
    lib = PROJECT_ROOT / ".neo4j" / "lib"
    if not any(lib.glob("neo4j-5.*.jar")):
        pytest.skip("the local launcher's jars are not installed")
    with throwaway_neo4j("actornet-test", heap="512m", pagecache="128m") as server:
        yield server


def _documents(driver: Driver) -> int:
    return int(driver.execute_query("MATCH (d:Document) RETURN count(d) AS n").records[0]["n"])


def test_a_killed_database_ends_the_load_with_an_error_and_a_reload_equals_a_clean_load(
    own_server: LocalNeo4j, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    pair_documents(folder, 0, 150)
    env = cli_env(own_server.bolt_uri, "neo4j", "actornet-test")
    auth = ("neo4j", "actornet-test")
    with GraphDatabase.driver(own_server.bolt_uri, auth=auth) as drv:
        apply_schema(drv, "neo4j")
        loader = start_load(env, folder)
        while _documents(drv) < 20 and loader.poll() is None:
            time.sleep(0.05)
    assert loader.poll() is None, "the load ended before the server could be killed"
    pid = own_server.pid()
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)  # the server is this process's child: reap it
    code, output = finish(loader, timeout=120)  # bounded: no waiting on a dead server
    assert code == 3, output
    assert "stopped answering" in output

    own_server.start(timeout=300)
    with GraphDatabase.driver(own_server.bolt_uri, auth=auth) as drv:
        partial = _documents(drv)
        assert 0 < partial < 300
        code, output = finish(start_load(env, folder))
        assert code == 0, output
        recovered = digest(drv, ignore=("loaded_at",))
        wipe(drv)
        code, output = finish(start_load(env, folder))
        assert code == 0, output
        assert digest(drv, ignore=("loaded_at",)) == recovered
        assert _documents(drv) == 300

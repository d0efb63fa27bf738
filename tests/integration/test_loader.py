"""The fact loader on a real Neo4j: counts, idempotence, resolution, rejection, atomicity."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from neo4j import Driver, ManagedTransaction

from bench.corpus import fact_dict
from loaders import projection
from loaders.factfile import find_fact_files, read_fact_file
from loaders.gazetteer import Gazetteer
from loaders.load import Loader
from loaders.resolve import Resolver
from loaders.writer import write_document
from tests.integration.test_loader_concurrency import pair_documents
from tests.support.graph import counts, digest, wipe

pytestmark = pytest.mark.integration

DATA = Path(__file__).resolve().parent.parent / "data"
DB = "neo4j"


@pytest.fixture
def graph(empty_graph: Driver) -> Driver:
    wipe(empty_graph)
    return empty_graph


@pytest.fixture
def loader(graph: Driver) -> Loader:
    return Loader(graph, DB, Gazetteer())


def fact_file(tmp_path: Path, name: str, data: dict[str, Any]) -> Path:
    shutil.copy(DATA / "fidan.txt", tmp_path / "fidan.txt")
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / "fidan.yaml").read_text(encoding="utf-8"))
    return data


def test_load_writes_the_expected_nodes_and_relationships(loader: Loader, graph: Driver) -> None:
    [summary] = loader.load_paths([DATA / "fidan.yaml"])
    assert summary.status == "written", summary
    found = counts(graph)
    assert found[":Document"] == 1
    assert found[":Meeting"] == 1
    assert found[":Person"] == 2
    assert found[":Country"] == 4  # TR, SY, FR, and RU for the place
    assert found["[ATTENDED]"] == 2
    assert found["[HELD_AT]"] == 1
    assert found["[ISSUED_WARRANT]"] == 1
    record = graph.execute_query(
        "MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)-[:HELD_AT]->(pl:Place)-[:IN]->(c:Country) "
        "WHERE p.id = 'ali-mamlouk' RETURN p.name AS name, m.date_start AS d, pl.name AS place, "
        "c.name AS country, a.quotes AS quotes, a.doc_ids AS docs"
    ).records[0]
    assert record["name"] == "Ali Mamlouk"  # the title "General" is not part of the name
    assert str(record["d"]) == "2020-01-13"
    assert (record["place"], record["country"]) == ("Moscow", "Russia")
    assert record["docs"] == ["test-fidan-mamlouk"]
    assert "met in Moscow on Monday" in record["quotes"][0]


def test_loading_twice_changes_nothing(loader: Loader, graph: Driver) -> None:
    loader.load_paths([DATA / "fidan.yaml"])
    before = digest(graph)
    [again] = loader.load_paths([DATA / "fidan.yaml"])
    assert again.status == "unchanged"
    assert digest(graph) == before


def test_forced_reload_leaves_the_same_facts(loader: Loader, graph: Driver) -> None:
    loader.load_paths([DATA / "fidan.yaml"])
    before = counts(graph)
    quotes = graph.execute_query("MATCH ()-[r:ATTENDED]->() RETURN r.quotes AS q").records
    [again] = loader.load_paths([DATA / "fidan.yaml"], force=True)
    assert again.status == "replaced"
    assert counts(graph) == before
    assert graph.execute_query("MATCH ()-[r:ATTENDED]->() RETURN r.quotes AS q").records == quotes


def test_same_actor_and_meeting_from_two_documents_are_one_node(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    first = base()
    second = base()
    second["document"]["id"] = "test-fidan-second-report"
    # The second report spells the name differently, drops the title, and gives no ids.
    second["actors"][1] = {"ref": "mamlouk", "name": "Ali Mamlouk", "type": "person"}
    second["meetings"][0]["evidence"] = [
        {"quote": "Fidan's discussions with Mamlouk included", "confidence": 0.8}
    ]
    summaries = loader.load_paths(
        [fact_file(tmp_path, "a.yaml", first), fact_file(tmp_path, "b.yaml", second)]
    )
    assert [s.status for s in summaries] == ["written", "written"]
    found = counts(graph)
    assert found[":Meeting"] == 1
    assert found[":Person"] == 2
    assert found["[REPORTED_IN]"] == 2
    reports = graph.execute_query(
        "MATCH (m:Meeting)-[r:REPORTED_IN]->(d:Document) RETURN d.id AS d, r.quote AS q ORDER BY d"
    ).records
    assert [(r["d"], r["q"][:20]) for r in reports] == [
        ("test-fidan-mamlouk", "The heads of Turkish"),
        ("test-fidan-second-report", "Fidan's discussions "),
    ]
    attended = graph.execute_query(
        "MATCH (:Person {id: 'ali-mamlouk'})-[r:ATTENDED]->() RETURN r.doc_ids AS d"
    ).records
    assert [sorted(r["d"]) for r in attended] == [
        ["test-fidan-mamlouk", "test-fidan-second-report"]
    ]


def test_changed_document_replaces_its_old_facts(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    data = base()
    path = fact_file(tmp_path, "doc.yaml", data)
    loader.load_paths([path])
    data["actions"] = []
    data["meetings"][0]["place"] = None
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    [summary] = loader.load_paths([path])
    assert summary.status == "replaced"
    found = counts(graph)
    assert "[ISSUED_WARRANT]" not in found
    assert "[HELD_AT]" not in found
    assert found[":Meeting"] == 1


BAD_CASES: list[tuple[str, str, str]] = [
    ("invalid_yaml", "line 2", "invalid YAML"),
    ("empty", "file", "is empty"),
    ("missing_field", "meetings[0].participants", "Field required"),
    ("unknown_type", "actors[0].type", "Input should be"),
    ("quote_not_in_text", "meetings[0].evidence[0].quote", "not found in the document text"),
    ("bad_date", "meetings[0].date_start", "date"),
]


def bad_file(tmp_path: Path, case: str) -> Path:
    if case == "invalid_yaml":
        path = tmp_path / "bad.yaml"
        path.write_text("document: [unclosed\n")
        return path
    if case == "empty":
        path = tmp_path / "empty.yaml"
        path.write_text("")
        return path
    data = base()
    if case == "missing_field":
        del data["meetings"][0]["participants"]
    elif case == "unknown_type":
        data["actors"][0]["type"] = "alien"
    elif case == "quote_not_in_text":
        data["meetings"][0]["evidence"][0]["quote"] = "They met in Paris on Friday."
    elif case == "bad_date":
        data["meetings"][0]["date_start"] = "the 31st of Smarch"
    return fact_file(tmp_path, f"{case}.yaml", data)


@pytest.mark.parametrize(("case", "field", "problem"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_document_is_rejected_with_field_and_nothing_written_while_others_load(
    loader: Loader, graph: Driver, tmp_path: Path, case: str, field: str, problem: str
) -> None:
    bad = bad_file(tmp_path, case)
    good = DATA / "fidan.yaml"
    summaries = loader.load_paths([bad, good])
    assert [s.status for s in summaries] == ["rejected", "written"]
    rejected = summaries[0]
    assert rejected.source == str(bad)
    assert problem in (rejected.problem or "")
    assert rejected.field == field
    docs = graph.execute_query("MATCH (d:Document) RETURN collect(d.id) AS ids").records[0]["ids"]
    assert docs == ["test-fidan-mamlouk"]


def test_a_50_megabyte_file_is_rejected_without_reading_it_whole(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    [summary] = loader.load_paths([huge])
    assert summary.status == "rejected"
    assert "limit" in (summary.problem or "")
    assert counts(graph) == {}


def test_failure_in_the_middle_of_a_document_leaves_no_trace(graph: Driver) -> None:
    loaded = read_fact_file(DATA / "fidan.yaml")
    rows = Resolver(Gazetteer()).rows(loaded)

    def explode(tx: ManagedTransaction) -> None:
        written = tx.run("MATCH (n) RETURN count(n) AS n").single()
        assert written is not None and written["n"] > 0  # the writes did happen in the tx
        raise RuntimeError("injected failure")

    with pytest.raises(RuntimeError, match="injected failure"):
        write_document(graph, DB, rows, fault=explode)
    assert counts(graph) == {}


def test_cli_load_reports_and_exits_non_zero_on_rejection(
    graph: Driver, tmp_path: Path, settings: Any
) -> None:
    import os
    import subprocess
    import sys

    bad = bad_file(tmp_path, "quote_not_in_text")
    env = {
        **os.environ,
        "ACTORNET_NEO4J_URI": settings.neo4j_uri,
        "ACTORNET_NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
    }
    done = subprocess.run(
        [sys.executable, "-m", "service", "load", str(bad), str(DATA / "fidan.yaml")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert "rejected" in done.stdout and "not found in the document text" in done.stdout
    assert "written   test-fidan-mamlouk" in done.stdout


def test_a_reported_again_meeting_stays_merged_through_a_forced_reload(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    first = base()
    second = base()
    second["document"]["id"] = "test-fidan-third-party-report"
    # Another report of the same meeting names a third attendee: a different derived id,
    # matched to the stored meeting by its participants, place and date.
    second["meetings"][0]["participants"].append({"actor": "mit"})
    paths = [fact_file(tmp_path, "a.yaml", first), fact_file(tmp_path, "b.yaml", second)]
    for path in paths:
        loader.load_paths([path])
    assert counts(graph)[":Meeting"] == 1
    before_stable = digest(graph, ignore=("loaded_at",))
    summaries = loader.load_paths(paths, force=True)
    assert [s.status for s in summaries] == ["replaced", "replaced"]
    assert counts(graph)[":Meeting"] == 1
    assert digest(graph, ignore=("loaded_at",)) == before_stable


def test_one_person_in_two_roles_is_one_shared_participant(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    """A meeting of Fidan (listed in two roles) with
    the security bureau, and another document's meeting of Fidan with Mamlouk on the same
    day and place: they share one person, not two, so they stay two meetings."""
    first = base()
    first["actions"] = []
    first["relations"] = []
    first["meetings"][0]["participants"] = [
        {"actor": "fidan", "role": "head_of_delegation"},
        {"actor": "fidan", "role": "participant"},
        {"actor": "nsb"},
    ]
    second = base()
    second["document"]["id"] = "test-fidan-another-meeting"
    for path in (fact_file(tmp_path, "a.yaml", first), fact_file(tmp_path, "b.yaml", second)):
        loader.load_paths([path])  # the second is matched against the stored graph
    records = graph.execute_query(
        "MATCH (m:Meeting) RETURN m.id AS id, "
        "COLLECT { MATCH (a:Actor)-[:ATTENDED]->(m) RETURN DISTINCT a.id ORDER BY a.id } AS who"
    ).records
    assert sorted(r["who"] for r in records) == [
        ["ali-mamlouk", "hakan-fidan"],
        ["hakan-fidan", "national-security-bureau"],
    ]


def test_many_documents_in_one_transaction_give_the_graph_of_one_by_one_loads(
    graph: Driver, tmp_path: Path
) -> None:
    """Reports of one meeting (other words, another kind, a third attendee) among documents
    that share actors: loaded in one transaction they must merge exactly as loaded one at a
    time, and reloading them all changes nothing."""
    pair_documents(tmp_path / "pairs", 0, 8)
    rng = random.Random(3)
    for n in range(12):
        data = fact_dict(n, 6, 3, rng)  # six actors: meetings share two participants often
        (tmp_path / "pairs" / f"bench-{n}.json").write_text(json.dumps(data), encoding="utf-8")
    third = base()
    third["document"]["id"] = "test-fidan-third-party-report"
    third["meetings"][0]["participants"].append({"actor": "mit"})
    paths = [
        *sorted((tmp_path / "pairs").iterdir()),
        fact_file(tmp_path, "a.yaml", base()),
        fact_file(tmp_path, "b.yaml", third),
    ]
    Loader(graph, DB, Gazetteer(), batch_size=1).load_paths(paths)
    one_by_one = digest(graph, ignore=("loaded_at",))
    wipe(graph)
    summaries = Loader(graph, DB, Gazetteer(), batch_size=1000).load_paths(paths)
    assert [s.status for s in summaries] == ["written"] * len(paths)
    assert digest(graph, ignore=("loaded_at",)) == one_by_one
    again = Loader(graph, DB, Gazetteer(), batch_size=1000).load_paths(paths)
    assert {s.status for s in again} == {"unchanged"}
    assert digest(graph, ignore=("loaded_at",)) == one_by_one


@pytest.mark.parametrize("seed", [11, 12])
def test_dense_reports_in_one_transaction_give_the_graph_of_one_by_one_loads(
    graph: Driver, tmp_path: Path, seed: int
) -> None:
    """Many reports among five actors on three days in two cities (or none named), a third
    of them more than two attendees: the waves of one transaction (which let a document in
    only when none of its meetings may be an earlier one's, by participants, date and place)
    must give the graph of one-by-one loads."""
    rng = random.Random(seed)
    folder = tmp_path / "dense"
    folder.mkdir()
    for n in range(30):
        data = fact_dict(n, 5, 3, rng)
        for m in data["meetings"]:
            day = f"2021-05-0{rng.randint(1, 3)}"
            m["date_start"] = day
            place = rng.choice([None, "moscow", "doha"])
            m["place"] = place
            if place is None:
                del m["place"]
        data["places"] = [
            {"ref": "moscow", "name": "Moscow", "country": "RU"},
            {"ref": "doha", "name": "Doha", "country": "QA"},
        ]
        (folder / f"dense-{n:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    paths = sorted(folder.iterdir())
    Loader(graph, DB, Gazetteer(), batch_size=1).load_paths(paths)
    one_by_one = digest(graph, ignore=("loaded_at",))
    merged = graph.execute_query(
        "MATCH (m:Meeting) WHERE COUNT { (m)-[:REPORTED_IN]->() } > 1 RETURN count(m) AS n"
    ).records[0]["n"]
    assert merged >= 3  # reports did merge, across documents
    wipe(graph)
    summaries = Loader(graph, DB, Gazetteer(), batch_size=1000).load_paths(paths)
    assert [s.status for s in summaries] == ["written"] * len(paths)
    assert digest(graph, ignore=("loaded_at",)) == one_by_one


def two_reports_of_one_meeting(tmp_path: Path, meeting_id: str | None = None) -> tuple[Path, Path]:
    """Folders ``a`` and ``b``, each with a report of the Moscow meeting that the other's
    details contradict: another attendee (so, without ``meeting_id``, another derived id),
    title, status, day and side, and another detail of the same warrant."""
    first = base()
    first["meetings"][0]["title"] = "Intelligence chiefs in Moscow"
    if meeting_id:
        first["meetings"][0]["canonical_id"] = meeting_id
    second = base()
    second["document"]["id"] = "test-fidan-other-report"
    meeting = second["meetings"][0]
    meeting.update(
        title="Fidan and Mamlouk talk in Moscow",
        status="reported",
        date_text="on Tuesday",
        date_start="2020-01-14",
    )
    meeting["participants"][0]["side"] = "turkey"
    meeting["participants"].append({"actor": "mit"})
    if meeting_id:
        meeting["canonical_id"] = meeting_id
    second["actions"][0]["detail"] = "arrest warrant"
    folders = (tmp_path / "a", tmp_path / "b")
    for folder, data in zip(folders, (first, second), strict=True):
        folder.mkdir()
        fact_file(folder, "facts.yaml", data)
    return folders


def test_a_merged_meeting_is_the_same_whatever_folder_is_loaded_first(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    folders = two_reports_of_one_meeting(tmp_path)
    graphs = []
    for order in (folders, folders[::-1]):
        wipe(graph)
        for folder in order:
            summaries = loader.load_paths(find_fact_files([folder]))
            assert [s.status for s in summaries] == ["written"], summaries
        meetings = graph.execute_query(
            "MATCH (m:Meeting)-[r:REPORTED_IN]->(d:Document) WITH m, r, d ORDER BY r.key "
            "RETURN m.id AS id, m.title AS title, m.status AS status, m.date_start AS day, "
            "collect(r.key) AS keys, [x IN collect([r.key, d.id]) WHERE x[0] = m.id][0][1] AS lead"
        ).records
        assert len(meetings) == 1
        assert projection.check(graph, DB).ok  # the contacts follow the meeting's id
        graphs.append((meetings[0].data(), digest(graph, ignore=("loaded_at",))))
    (meeting, first), (again, second) = graphs
    assert meeting == again
    assert first == second
    # The meeting took the smallest of its reports' ids, and that report's title, status and day.
    assert meeting["id"] == meeting["keys"][0]
    title, status, day = {
        "test-fidan-mamlouk": ("Intelligence chiefs in Moscow", "held", "2020-01-13"),
        "test-fidan-other-report": ("Fidan and Mamlouk talk in Moscow", "held", "2020-01-14"),
    }[meeting["lead"]]
    assert (meeting["title"], meeting["status"], str(meeting["day"])) == (title, status, day)


def test_a_meeting_with_its_own_id_is_the_same_whatever_the_order_within_one_load(
    loader: Loader, graph: Driver, tmp_path: Path
) -> None:
    folders = two_reports_of_one_meeting(tmp_path, "moscow-2020-01")
    files = find_fact_files(list(folders))
    loads = {
        "one load, a first": [files],
        "one load, b first": [files[::-1]],
        "b's folder, then a's": [[files[1]], [files[0]]],
    }
    found = {}
    for name, steps in loads.items():
        wipe(graph)
        for step in steps:
            assert [s.status for s in loader.load_paths(step)] == ["written"] * len(step)
        meeting = graph.execute_query(
            "MATCH (m:Meeting) RETURN m.id AS id, m.title AS title, m.date_start AS day"
        ).records
        found[name] = ([r.data() for r in meeting], digest(graph, ignore=("loaded_at",)))
    assert len(set(map(str, found.values()))) == 1, found
    # The first document by id leads: its title and its day (as precise as the other's).
    (meeting,) = found["one load, a first"][0]
    assert (meeting["title"], str(meeting["day"])) == (
        "Intelligence chiefs in Moscow",
        "2020-01-13",
    )

"""Every query module run exactly as pasted into Neo4j Browser: its ``:param`` lines
evaluated on the server the way Browser does, then the statement, on the seed graph."""

from __future__ import annotations

import pytest
from neo4j import Driver

from core import catalog
from service.browser_params import evaluate_params, header, param_lines

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]

MODULES = catalog.modules()


def test_every_module_is_listed() -> None:
    names = {m.split("/", 1)[1] for m in MODULES}
    assert {
        "who_met",
        "actor_search",
        "actor_lookup",
        "actor_profile",
        "meetings",
        "meeting",
        "document",
        "ego_network",
        "timeline",
        "paths",
        "channels",
        "co_attendance",
        "actions",
    } <= names


@pytest.mark.parametrize("module", MODULES, ids=[m.split("/", 1)[1] for m in MODULES])
def test_module_runs_as_pasted_into_browser(driver: Driver, module: str) -> None:
    name = module.split("/", 1)[1]
    assert header(module).startswith(f"{name} — "), "header: '// name — what it answers'"
    statement = catalog.query(module)  # exactly one statement
    params = evaluate_params(driver, module)
    used = {p for p in params if f"${p}" in statement}
    assert used == set(param_lines(module)), "a :param line for every parameter, no more"
    records, _, _ = driver.execute_query(statement, params, database_="neo4j")
    assert records, f"{module} returns no rows on the seeds with its example parameters"


def test_who_met_example_answers_for_ali_mamlouk(driver: Driver) -> None:
    module = "queries/who_met"
    records, _, _ = driver.execute_query(
        catalog.query(module), evaluate_params(driver, module), database_="neo4j"
    )
    names = {r["name"] for r in records}
    assert names >= {"Hakan Fidan", "senior US officer"}
    assert not names & {"Deeb Zeitoun", "Mowafaq Asaad"}  # on his own side


def test_same_side_example_finds_the_colleagues_of_ali_mamlouk(driver: Driver) -> None:
    module = "queries/same_side"
    records, _, _ = driver.execute_query(
        catalog.query(module), evaluate_params(driver, module), database_="neo4j"
    )
    assert {(r["name"], r["side"]) for r in records} == {
        ("Deeb Zeitoun", "host"),
        ("Mowafaq Asaad", "host"),
    }


def test_channels_example_finds_the_russian_emirati_channel(driver: Driver) -> None:
    module = "queries/channels"
    records, _, _ = driver.execute_query(
        catalog.query(module), evaluate_params(driver, module), database_="neo4j"
    )
    assert "Russian-Emirati channel" in {r["name"] for r in records}

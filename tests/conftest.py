"""Shared fixtures: a real Neo4j 5 server, settings pointing at it, the seeded graph, and a
live API server (helpers in :mod:`tests.support`).

Which Neo4j: ``NEO4J_URI`` (with ``NEO4J_USER``/``NEO4J_PASSWORD``) when set; else a
testcontainers Neo4j container when a Docker engine answers; else the project's local
launcher, started once per session on spare ports with its own data folder (a user's
running database is never touched) and stopped afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from neo4j import Driver, GraphDatabase

from core.settings import Settings
from service.db import apply_schema
from service.neo4j_local import LocalNeo4j
from tests.support.graph import load_seeds, wipe
from tests.support.neo4j import throwaway_neo4j
from tests.support.server import LiveServer

API_KEY = "test-key-0123456789"


@dataclass(frozen=True)
class Neo4jTarget:
    uri: str
    user: str
    password: str
    local: LocalNeo4j | None = None


def _docker_engine_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    try:
        done = subprocess.run(["docker", "info"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.fixture(scope="session")
def neo4j_target() -> Iterator[Neo4jTarget]:
    """A running Neo4j 5 server for the whole test session."""
    if os.environ.get("NEO4J_URI"):
        yield Neo4jTarget(
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", "actornet-local"),
        )
        return
    if _docker_engine_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community", password="actornet-test") as container:
            yield Neo4jTarget(container.get_connection_url(), "neo4j", "actornet-test")
        return
    with throwaway_neo4j("actornet-test") as server:
        yield Neo4jTarget(server.bolt_uri, "neo4j", "actornet-test", server)


@pytest.fixture(scope="session")
def settings(neo4j_target: Neo4jTarget) -> Settings:
    return Settings(
        neo4j_uri=neo4j_target.uri,
        neo4j_user=neo4j_target.user,
        neo4j_password=neo4j_target.password,  # type: ignore[arg-type]
        api_key=API_KEY,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[Driver]:
    with GraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        notifications_min_severity="OFF",
    ) as drv:
        drv.verify_connectivity()
        apply_schema(drv, settings.neo4j_database)
        yield drv


@pytest.fixture(scope="module")
def empty_graph(driver: Driver) -> Driver:
    """The driver, on a graph emptied at the start of the test module."""
    wipe(driver)
    return driver


@pytest.fixture(scope="module")
def seeded(driver: Driver) -> Driver:
    """The driver, on a graph holding exactly the seed articles' facts, loaded once for the
    test module. Modules that change the graph load it again in their own fixture."""
    return load_seeds(driver)


@pytest.fixture(scope="session")
def live_server(settings: Settings, driver: Driver) -> Iterator[LiveServer]:
    with LiveServer(settings) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client

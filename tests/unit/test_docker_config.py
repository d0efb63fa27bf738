"""The Docker Compose file is valid (checked by docker-compose itself, no engine needed)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import yaml

from core.settings import PROJECT_ROOT

COMPOSE = PROJECT_ROOT / "docker" / "compose.yml"


def test_compose_file_validates_with_docker_compose() -> None:
    tool = shutil.which("docker-compose")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is missing: `make system-deps` installs it")
        pytest.skip("docker-compose is not installed (make system-deps installs it)")
    done = subprocess.run(
        [tool, "-f", str(COMPOSE), "config"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    resolved = yaml.safe_load(done.stdout)
    assert resolved["services"]["neo4j"]["image"] == "neo4j:5.26-community"
    assert "healthcheck" in resolved["services"]["neo4j"]
    assert "healthcheck" in resolved["services"]["app"]
    assert "neo4j-data" in resolved["volumes"]


def test_compose_app_waits_for_a_healthy_neo4j() -> None:
    spec = yaml.safe_load(COMPOSE.read_text())
    assert spec["services"]["app"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert spec["services"]["app"]["environment"]["ACTORNET_NEO4J_URI"] == "bolt://neo4j:7687"


def test_compose_neo4j_lets_browser_play_the_guide_and_stay_on_the_machine() -> None:
    from service.neo4j_local import browser_csp

    env = yaml.safe_load(COMPOSE.read_text())["services"]["neo4j"]["environment"]
    assert env["NEO4J_browser_remote__content__hostname__whitelist"] == "127.0.0.1,localhost"
    assert env["NEO4J_client_allow__telemetry"] == "false"
    csp = env["NEO4J_dbms_security_http__static__content__security__policy__header"]
    assert csp == browser_csp(("127.0.0.1", "localhost"))

"""Settings are validated at start; a bad value stops the CLI with a message naming it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pydantic import ValidationError

from core.settings import Settings


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("neo4j_uri", "http://localhost:7474", "must start with one of"),
        ("neo4j_password", "short", "at least 8 characters"),
        ("neo4j_heap", "lots", "such as 512m"),
        ("api_port", 70000, "less than or equal"),
        ("api_key", "short-key", "at least 16 characters"),
        ("cypher_endpoint", "write", "'off' or 'read'"),
    ],
)
def test_bad_values_are_refused(field: str, value: object, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        Settings(**{field: value})  # type: ignore[arg-type]


def test_the_cli_names_the_bad_variable_and_exits_2() -> None:
    env = {**os.environ, "ACTORNET_NEO4J_URI": "http://localhost:7474"}
    done = subprocess.run(
        [sys.executable, "-m", "service", "db", "stats"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "ACTORNET_NEO4J_URI" in done.stderr
    assert "Traceback" not in done.stderr


def test_help_lists_the_commands() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    for command in ("neo4j", "db", "load", "serve", "schema", "extract", "eval"):
        assert command in done.stdout


def test_an_empty_api_key_means_writes_off() -> None:
    assert Settings(api_key="").api_key is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("host", "endpoint", "served"),
    [
        ("127.0.0.1", None, True),
        ("::1", None, True),
        ("0.0.0.0", None, False),
        ("10.0.0.5", None, False),
        ("0.0.0.0", "read", True),
        ("127.0.0.1", "off", False),
    ],
)
def test_the_cypher_endpoint_is_on_by_default_only_on_loopback(
    host: str, endpoint: str | None, served: bool
) -> None:
    assert Settings(api_host=host, cypher_endpoint=endpoint).cypher_enabled() is served  # type: ignore[arg-type]


def test_trusted_hosts_default_to_loopback_and_read_a_comma_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().hosts() == ["127.0.0.1", "localhost", "[::1]"]
    assert "10.0.0.5" in Settings(api_host="10.0.0.5").hosts()
    assert "0.0.0.0" not in Settings(api_host="0.0.0.0").hosts()
    monkeypatch.setenv("ACTORNET_TRUSTED_HOSTS", "actornet.example, *.actornet.example")
    assert Settings().hosts() == ["actornet.example", "*.actornet.example"]

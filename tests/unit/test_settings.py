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

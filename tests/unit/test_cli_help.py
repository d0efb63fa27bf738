"""Every command and subcommand answers ``--help`` with its usage and a help text reflowed to
the terminal's width, not broken where the source breaks its lines."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from service.cli import app

ROOT = typer.main.get_command(app)


def command_paths(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and group below ``group``, as the words that call it."""
    found = [prefix]
    for name, command in sorted(getattr(group, "commands", {}).items()):
        found += command_paths(command, (*prefix, name))
    return found


COMMANDS = command_paths(ROOT)


def test_every_command_of_the_readme_is_there() -> None:
    names = {" ".join(path) for path in COMMANDS}
    assert {"neo4j start", "db init", "db check", "load", "extract", "eval", "newsdev"} <= names
    assert {"schema facts", "serve"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "actornet")
def test_help_answers_with_usage_and_a_description(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert f"Usage: actornet {' '.join(path)}".strip() in result.output
    command = ROOT
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    first = (command.help or "").split("\n\n")[0]
    assert " ".join(first.split())[:60] in " ".join(result.output.split())


def test_help_paragraphs_are_reflowed_not_broken_at_the_source_lines() -> None:
    result = CliRunner().invoke(app, ["load", "--help"], env={"COLUMNS": "200"})
    lines = [re.sub(r"\s+", " ", line).strip() for line in result.output.splitlines()]
    assert any(
        "rejected and why) and exits with 1 when any document was rejected" in line
        for line in lines
    ), result.output

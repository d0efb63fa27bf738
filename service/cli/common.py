"""What every command shares: the root command, the consoles, the settings and the one-line
failure that exits non-zero."""

from __future__ import annotations

import typer
from pydantic import ValidationError
from rich.console import Console

from core.settings import Settings, get_settings

app = typer.Typer(
    name="actornet",
    help="Turn news about diplomatic and security contacts into a Neo4j graph and query it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Help paragraphs are reflowed to the terminal's width, not broken where the source is.
    rich_markup_mode="markdown",
)

out = Console(soft_wrap=True)
err = Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` on stderr and return the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def settings() -> Settings:
    try:
        return get_settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"ACTORNET_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        raise fail(f"invalid settings: {problems}", 2) from None

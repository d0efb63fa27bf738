"""The ``actornet`` command line: local Neo4j, schema, loading, extraction, evaluation, serving.

One module per group of commands. Every command reads its settings from ``ACTORNET_*``
environment variables; errors are one readable line on stderr and a non-zero exit, never a
stack trace.
"""

from __future__ import annotations

import os

from service.cli import db, extract, load, neo4j, serve
from service.cli.common import app, err

app.add_typer(neo4j.neo4j_app, name="neo4j")
app.add_typer(db.db_app, name="db")
app.add_typer(load.schema_app, name="schema")
extract.register(app)

__all__ = ["app", "main", "serve"]


def main() -> None:
    """Console entry point: unexpected errors become one line and exit code 1, not a trace."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        raise SystemExit(130) from None
    except Exception as exc:  # the last resort: say what failed without a stack trace
        err.print(f"[bold red]error:[/] unexpected {type(exc).__name__}: {exc}", highlight=False)
        err.print("set ACTORNET_DEBUG=1 to see the stack trace", style="dim")
        if os.environ.get("ACTORNET_DEBUG"):
            raise
        raise SystemExit(1) from None

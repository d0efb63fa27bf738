"""Neo4j Browser's ``:param name => expression`` lines, read the way Browser reads them.

Used by the Browser guide page (to show each module's parameters) and by the tests that
run every module exactly as pasted into Browser.
"""

from __future__ import annotations

import re
from typing import Any

from neo4j import Driver

from core import catalog

_PARAM = re.compile(r"^\s*:param\s+(\w+)\s*=>\s*(.+?);?\s*$", re.MULTILINE)


def param_lines(module: str) -> dict[str, str]:
    """The ``:param`` lines of a module: name -> Cypher expression as written."""
    return {m.group(1): m.group(2) for m in _PARAM.finditer(catalog.text(module))}


def header(module: str) -> str:
    """The module's leading comment, without the ``//`` markers."""
    lines = []
    for line in catalog.text(module).splitlines():
        if not line.startswith("//"):
            break
        lines.append(line[2:].strip())
    return "\n".join(lines).strip()


def evaluate_params(driver: Driver, module: str, database: str = "neo4j") -> dict[str, Any]:
    """Evaluate each ``:param`` expression on the server, as Browser does."""
    values: dict[str, Any] = {}
    for name, expression in param_lines(module).items():
        records, _, _ = driver.execute_query(f"RETURN {expression} AS v", database_=database)
        values[name] = records[0]["v"]
    return values

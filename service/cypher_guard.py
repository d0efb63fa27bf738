"""What ``POST /api/v1/cypher`` lets run: plain reads of the graph, judged by Neo4j's own plan.

Before a statement runs, the server plans it with ``EXPLAIN`` (nothing executes). The plan
names what the statement would do, whatever its case, comments, whitespace or nesting, so
no text pattern is needed. A statement is refused, with the reason, when:

* the server does not call it a read (query type other than ``r``): writes, schema and
  administration commands (``SHOW USERS``, ``CREATE DATABASE`` …, planned on ``system``);
* its plan reads files or URLs (``LoadCSV``), shows or ends server state (``Show*``
  operators: transactions, settings, procedures …; ``Terminate*``: other sessions'
  transactions), or runs an administration command;
* it calls a procedure outside :data:`READ_PROCEDURES` (``dbms.*`` such as
  ``dbms.killConnection``, ``dbms.listConfig``, ``dbms.queryJmx``; ``db.clearQueryCaches``;
  ``tx.setMetaData`` …). Procedure names come from the plan, already resolved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from core.errors import ReadOnly

READ_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
    }
)
REFUSED_OPERATORS = (
    "LoadCSV",
    "Show",
    "Terminate",
    "AdministrationCommand",
    "SystemProcedureCall",
    "Create",
    "Merge",
    "Set",
    "Remove",
    "Delete",
    "DetachDelete",
    "Foreach",
    "TransactionForeach",
    "TransactionApply",
)


def operators(plan: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(operator, details) of every step of a plan, depth first."""
    yield str(plan.get("operatorType", "")), str(plan.get("args", {}).get("Details", ""))
    for child in plan.get("children", []):
        yield from operators(child)


def refusal(query_type: str | None, plan: dict[str, Any] | None) -> str | None:
    """Why a statement with this plan may not run through the endpoint, or None."""
    if plan is None:
        return "the server gave no plan for this statement"
    for operator, details in operators(plan):
        name, _, where = operator.partition("@")
        if where == "system":
            return f"administration commands are refused ({name})"
        if name.startswith(REFUSED_OPERATORS):
            what = "reading files or URLs" if name == "LoadCSV" else name
            return f"{what} is refused: only plain reads of the graph run here"
        if name == "ProcedureCall":
            procedure = details.split("(", 1)[0].strip()
            if procedure not in READ_PROCEDURES:
                allowed = ", ".join(sorted(READ_PROCEDURES))
                return f"procedure {procedure or '?'} is refused; allowed: {allowed}"
    if query_type != "r":
        return f"only reads run here (the server classes this statement as {query_type!r})"
    return None


def check(query_type: str | None, plan: dict[str, Any] | None) -> None:
    """Raise :class:`ReadOnly` (403) with the reason when the plan is not a plain read."""
    reason = refusal(query_type, plan)
    if reason is not None:
        raise ReadOnly(reason, [{"loc": ["body", "query"], "msg": reason}])

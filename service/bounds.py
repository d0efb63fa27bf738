"""Bounds on every request's inputs, checked before a route runs or Neo4j sees a value.

One app-wide dependency looks at the raw query and path values of every route (API and
pages), so a new route is covered without thinking of it:

* no text with a NUL character or a lone UTF-16 surrogate (Neo4j and the exports choke on both);
* a query parameter declared as an integer stays within ±2,000,000,000: Neo4j's integers
  are 64 bits, but list slices take 32-bit ones, and a page offset plus a page size must
  still fit; Cypher parameters stay within the 64-bit range itself;
* a parameter whose name says it is a date and that looks like ``YYYY-MM-DD`` is a real date.

:func:`check_value` applies the first two rules to JSON values (Cypher parameters), with a
depth limit. Each refusal is a 422 naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from fastapi import Request

from core.errors import InvalidInput

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
QUERY_INT_MAX = 2_000_000_000
MAX_DEPTH = 32
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


def refuse(loc: list[str], msg: str) -> InvalidInput:
    """A 422 naming the field at ``loc``."""
    return InvalidInput(f"{'.'.join(loc)}: {msg}", [{"loc": loc, "msg": msg}])


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored or sent to Neo4j, or None."""
    found = BAD_CHARS.search(value)
    if found is None:
        return None
    if found.group() == "\x00":
        return "must not contain a NUL character"
    return "must not contain a lone surrogate (invalid Unicode)"


def check_value(value: Any, loc: list[str], depth: int = 0) -> None:
    """Refuse JSON values Neo4j cannot take: big integers, bad text, deep nesting."""
    if depth > MAX_DEPTH:
        raise refuse(loc, f"nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            raise refuse(loc, "integer outside Neo4j's 64-bit range (-2^63 .. 2^63-1)")
    elif isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise refuse(loc, problem)
    elif isinstance(value, dict):
        for key, item in value.items():
            problem = text_problem(key)
            if problem:
                raise refuse([*loc, repr(key)], "key " + problem)
            check_value(item, [*loc, key], depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_value(item, [*loc, str(index)], depth + 1)


_INT_PARAMS: dict[int, tuple[object, frozenset[str]]] = {}
"""Per route (by identity; the route is kept so that its id stays its own): its integer
parameters."""


def _declared_ints(request: Request) -> frozenset[str]:
    route = request.scope.get("route")
    known = _INT_PARAMS.get(id(route))
    if known is None:
        known = _INT_PARAMS[id(route)] = (route, _int_params(route))
    return known[1]


def _int_params(route: Any) -> frozenset[str]:
    """The query parameters a route (and its dependencies) declares as integers."""
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return frozenset()
    names: set[str] = set()
    todo = [dependant]
    while todo:
        current = todo.pop()
        todo.extend(current.dependencies)
        for field in current.query_params:
            annotation = str(field.field_info.annotation)
            if annotation == "<class 'int'>" or "int |" in annotation or "| int" in annotation:
                names.add(field.alias)
    return frozenset(names)


def _date_problem(value: str) -> str | None:
    match = ISO_DATE.match(value)
    if match is None:
        return None
    try:
        dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        return f"not a real date ({exc})"
    return None


async def bounded_inputs(request: Request) -> None:
    """App-wide dependency: refuse out-of-range query and path values with a 422."""
    for name, value in request.path_params.items():
        if isinstance(value, str) and (problem := text_problem(value)):
            raise refuse(["path", name], problem)
    ints = _declared_ints(request) if request.query_params else frozenset()
    for name, value in request.query_params.multi_items():
        if problem := text_problem(value) or text_problem(name):
            raise refuse(["query", name], problem)
        if name in ints:
            try:
                number = int(value.strip())
            except ValueError:
                continue  # the route's own validation names it
            if abs(number) > QUERY_INT_MAX:
                raise refuse(["query", name], f"integer outside ±{QUERY_INT_MAX:,}")
        if "date" in name and (problem := _date_problem(value.strip())):
            raise refuse(["query", name], problem)

"""Neo4j access: drivers built from settings, schema application, and the read repository.

Reads go through :class:`Repository` (read transactions, parameters only, in worker threads);
writes go through :mod:`loaders.writer` with a sync driver. Driver errors are re-raised as
domain errors so that routes never see a Neo4j exception.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio.to_thread
from neo4j import (
    READ_ACCESS,
    AsyncDriver,
    AsyncGraphDatabase,
    Driver,
    GraphDatabase,
    ManagedTransaction,
    Query,
    Session,
    unit_of_work,
)
from neo4j.exceptions import (
    AuthError,
    BrokenRecordError,
    ClientError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from core import catalog
from core.errors import DatabaseUnavailable, QueryFailed, QueryTimeout, ReadOnly
from core.settings import Settings
from loaders import projection
from service import cypher_guard

LATEST_PER_CONTACT = 10  # meeting ids a contact (MET) keeps: loaders.projection.LATEST
READ_THREADS = 100  # reads at once: the sync driver's connection pool (its default size)
_T = TypeVar("_T")
SCHEMA_CONSTRAINTS = ("actor_id", "place_id", "meeting_id", "channel_id", "document_id")


def _auth(settings: Settings) -> tuple[str, str]:
    return (settings.neo4j_user, settings.neo4j_password.get_secret_value())


def _read_options(settings: Settings) -> dict[str, Any]:
    """The options the API's two drivers share: quick to give up on a lost database."""
    return {
        "auth": _auth(settings),
        "connection_timeout": settings.neo4j_connect_timeout,
        "connection_acquisition_timeout": settings.neo4j_connect_timeout * 2,
        "max_transaction_retry_time": 5.0,
        "notifications_min_severity": "OFF",
    }


def async_driver(settings: Settings) -> AsyncDriver:
    """The async driver the API checks the schema and its readiness with."""
    return AsyncGraphDatabase.driver(settings.neo4j_uri, **_read_options(settings))


def read_driver(settings: Settings) -> Driver:
    """The driver the API's :class:`Repository` reads with (in worker threads)."""
    return GraphDatabase.driver(settings.neo4j_uri, **_read_options(settings))


def sync_driver(settings: Settings) -> Driver:
    """The sync driver the loaders and the CLI write with."""
    return GraphDatabase.driver(
        settings.neo4j_uri,
        auth=_auth(settings),
        connection_timeout=settings.neo4j_connect_timeout,
        max_transaction_retry_time=10.0,  # a lost database ends a load in seconds, not minutes
        notifications_min_severity="OFF",
    )


def apply_schema(driver: Driver, database: str, *, upgrade: bool = True) -> int:
    """Apply ``cypher/schema.cypher`` (idempotent), waiting once for every index to come
    online, and (``upgrade``) bring a contact projection written by an earlier version up to
    date; return the number of schema statements run."""
    statements = catalog.statements("schema")
    with driver.session(database=database) as session:
        for statement in statements:
            session.run(statement).consume()
        session.run(catalog.query("admin/await_indexes")).consume()
    if upgrade and projection.outdated(driver, database):
        projection.rebuild(driver, database)
    return len(statements)


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """Async twin of :func:`apply_schema`, used at service start and by ``/ready``."""
    async with driver.session(database=database) as session:
        for statement in catalog.statements("schema"):
            await (await session.run(statement)).consume()


async def schema_applied(driver: AsyncDriver, database: str) -> bool:
    """True when every uniqueness constraint of the schema exists."""
    async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        result = await session.run(catalog.query("admin/constraints"))
        record = await result.single()
    names = set(record["names"]) if record else set()
    return all(name in names for name in SCHEMA_CONSTRAINTS)


@asynccontextmanager
async def translate_errors() -> AsyncIterator[None]:
    """Re-raise driver errors as domain errors with a readable message."""
    try:
        yield
    except AuthError as exc:
        raise DatabaseUnavailable(f"Neo4j refused the credentials: {exc.message}") from exc
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise DatabaseUnavailable(f"Neo4j is not reachable: {exc}") from exc
    except ClientError as exc:
        code = exc.code or ""
        if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
            raise ReadOnly(
                "this endpoint is read-only: the server refused a write", [{"code": code}]
            ) from exc
        if "TransactionTimedOut" in code:
            raise QueryTimeout("the query ran past its time limit") from exc
        raise QueryFailed(exc.message or str(exc), [{"code": code}]) from exc
    except Neo4jError as exc:
        if "Timeout" in (exc.code or "") or "Terminated" in (exc.code or ""):
            raise QueryTimeout("the query ran past its time limit") from exc
        raise QueryFailed(exc.message or str(exc), [{"code": exc.code or ""}]) from exc
    except BrokenRecordError as exc:
        raise QueryFailed(
            f"a value of the answer cannot be read: {exc}", [{"code": "BrokenRecord"}]
        ) from exc
    except DriverError as exc:
        raise DatabaseUnavailable(f"Neo4j driver error: {exc}") from exc


def who_met_module(params: Mapping[str, Any]) -> catalog.Module:
    """The module that answers a who-met question with these parameters: both give the same
    rows; ``who_met_contacts`` reads the contact projection, ``who_met`` the meetings."""
    plain = (
        params.get("date_from") is None
        and params.get("date_to") is None
        and not params.get("min_confidence")
        and int(params.get("per_counterpart") or 0) <= LATEST_PER_CONTACT
    )
    return "queries/who_met_contacts" if plain else "queries/who_met"


class Repository:
    """Runs the catalog's read modules with parameters in read transactions.

    Reads go through the sync driver in worker threads: the async driver awaits its socket
    once per Bolt message (each record), and measured slower over REST than one blocking
    read in a thread (bench/RESULTS.md, issue 17).
    """

    def __init__(self, driver: Driver, database: str, threads: int = READ_THREADS) -> None:
        self.driver = driver
        self.database = database
        self._threads = anyio.CapacityLimiter(threads)

    async def run(
        self,
        module: catalog.Module,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> list[dict[str, Any]]:
        """Run the query module ``cypher/<module>.cypher`` and return its rows as dicts."""
        return await self.run_text(
            catalog.query(module), params, timeout=timeout, max_rows=max_rows
        )

    async def who_met(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Who met an actor: from the contact projection (``who_met_contacts``, flat in the
        actor's degree) unless a filter on dates or confidence or more meetings per counterpart
        than a contact keeps asks for the meetings themselves (``who_met``)."""
        return await self.run(who_met_module(params), params)

    async def run_text(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> list[dict[str, Any]]:
        """Run one statement in a READ transaction: the server itself refuses writes."""
        _, rows, _ = await self.run_raw(text, params, timeout=timeout, max_rows=max_rows)
        return rows

    async def run_raw(
        self,
        text: str,
        params: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
        max_rows: int | None = None,
    ) -> tuple[list[str], list[dict[str, Any]], bool]:
        """(column names, rows, truncated) of one statement run in a READ transaction.

        An auto-commit transaction in a READ session: one round trip (RUN and PULL) where a
        transaction function takes two (BEGIN, RUN and PULL; then COMMIT); the statements are
        the catalog's own reads."""
        args = dict(params or {})

        def work(session: Session) -> tuple[list[str], list[dict[str, Any]], bool]:
            result = session.run(Query(text, timeout=timeout), args)
            keys = list(result.keys())
            rows: list[dict[str, Any]] = []
            for record in result:
                if max_rows is not None and len(rows) >= max_rows:
                    result.consume()
                    return keys, rows, True
                # plain values as they come (the modules return maps, lists and scalars):
                # Record.data() would walk every nested value again looking for nodes
                rows.append(dict(zip(keys, record, strict=True)))
            return keys, rows, False

        return await self._in_thread(work)

    async def run_confined(
        self,
        text: str,
        params: Mapping[str, Any],
        *,
        timeout: float,
        max_rows: int,
        max_bytes: int,
        convert: Callable[[dict[str, Any]], tuple[dict[str, Any], int]],
    ) -> tuple[list[str], list[dict[str, Any]], bool]:
        """(columns, rows, truncated) of a user's statement, confined to plain reads.

        The statement is planned first (``EXPLAIN``, nothing runs) and refused unless
        :mod:`service.cypher_guard` finds it a plain read; then it runs in the same READ
        transaction. ``convert`` turns a record into its JSON-ready form and its size in
        bytes; rows stop at ``max_rows`` or once they would pass ``max_bytes``.
        """
        args = dict(params)

        @unit_of_work(timeout=timeout)
        def confined(tx: ManagedTransaction) -> tuple[list[str], list[dict[str, Any]], bool]:
            planned = tx.run("EXPLAIN " + text, args).consume()
            cypher_guard.check(planned.query_type, planned.plan)
            result = tx.run(text, args)
            keys = list(result.keys())
            rows: list[dict[str, Any]] = []
            size = 0
            for record in result:
                row, cost = convert(record.data())
                if len(rows) >= max_rows or size + cost > max_bytes:
                    return keys, rows, True
                rows.append(row)
                size += cost
            return keys, rows, False

        return await self._in_thread(lambda session: session.execute_read(confined), 50)

    async def _in_thread(self, work: Callable[[Session], _T], fetch_size: int = 1000) -> _T:
        """``work`` on a READ session of its own, run in a worker thread; driver errors as
        domain errors."""

        def read() -> _T:
            with self.driver.session(
                database=self.database, default_access_mode=READ_ACCESS, fetch_size=fetch_size
            ) as session:
                return work(session)

        async with translate_errors():
            return await anyio.to_thread.run_sync(read, limiter=self._threads)

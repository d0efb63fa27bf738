"""The probes of the security review, kept as tests: what the API and the local server refuse.

``POST /api/v1/cypher`` reads no file or URL and runs no administration command, whatever
the statement's case, comments or nesting; its answers are capped; inputs out of Neo4j's
range are 422s naming the field; a foreign Host is refused; every answer carries the
security headers; the local server's own configuration keeps file URLs and telemetry off.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import ClientError

from core.settings import Settings
from service.browser_guide import browser_origins
from tests.conftest import API_KEY, Neo4jTarget
from tests.support.graph import counts
from tests.support.server import LiveServer

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]


REFUSED = {
    "file read": "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "case, comment, whitespace": "lOaD /* x */ cSv\n\tFROM 'file:///etc/hostname' AS row RETURN row",
    "URL": "LOAD CSV FROM 'http://127.0.0.1:1/' AS row RETURN row",
    "inside a subquery": (
        "MATCH (a:Actor) CALL (a) { LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row } "
        "RETURN row LIMIT 1"
    ),
    "after a UNION": (
        "MATCH (a:Actor) RETURN a.id AS x UNION "
        "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row[0] AS x"
    ),
    "TERMINATE TRANSACTIONS": "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW TRANSACTIONS": "SHOW TRANSACTIONS",
    "SHOW USERS": "SHOW USERS",
    "SHOW SETTINGS": "show   settings",
    "SHOW PROCEDURES": "SHOW PROCEDURES YIELD name RETURN name",
    "dbms.killConnection": "CALL dbms.killConnection('bolt-1')",
    "dbms.listConfig": "CALL dbms.listConfig()",
    "dbms.queryJmx": "CALL dbms.queryJmx('*:*')",
    "db.clearQueryCaches": "CALL db.clearQueryCaches()",
    "procedure behind a UNION": (
        "MATCH (a:Actor) RETURN a.id AS name UNION CALL dbms.listConfig() YIELD name RETURN name"
    ),
    "tx.setMetaData": "CALL tx.setMetaData({a: 1})",
    "write": "CREATE (n:Intruder) RETURN n",
}


@pytest.mark.parametrize("query", REFUSED.values(), ids=REFUSED.keys())
def test_cypher_refuses_what_is_not_a_plain_read_before_it_runs(
    http: httpx.Client, driver: Driver, query: str
) -> None:
    before = counts(driver)
    response = http.post("/api/v1/cypher", json={"query": query})
    assert response.status_code == 403, response.text
    error = response.json()["error"]
    assert error["code"] == "read_only"
    assert error["details"][0]["loc"] == ["body", "query"]
    assert "root:" not in response.text
    assert counts(driver) == before


def test_cypher_refusal_leaves_other_transactions_alive(http: httpx.Client, driver: Driver) -> None:
    with driver.session(database="neo4j") as session, session.begin_transaction() as tx:
        tx.run("RETURN 1").consume()
        ids = [
            r["transactionId"]
            for r in driver.execute_query("SHOW TRANSACTIONS YIELD transactionId").records
        ]
        query = "TERMINATE TRANSACTIONS " + ", ".join(f"'{i}'" for i in ids)
        assert http.post("/api/v1/cypher", json={"query": query}).status_code == 403
        assert tx.run("RETURN 2 AS n").single()["n"] == 2  # still open


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (a:Actor) RETURN count(a) AS n",
        "CALL db.labels() YIELD label RETURN label",
        "CALL db.index.fulltext.queryNodes('actor_names', 'Mamlouk') YIELD node "
        "RETURN node.id AS id",
        "EXPLAIN MATCH (n) RETURN n",
    ],
)
def test_plain_reads_and_allowed_procedures_still_run(http: httpx.Client, query: str) -> None:
    response = http.post("/api/v1/cypher", json={"query": query})
    assert response.status_code == 200, response.text
    assert response.json()["truncated"] is False


def test_cypher_answers_are_capped_in_bytes(http: httpx.Client) -> None:
    query = "UNWIND range(1, 1000) AS i RETURN i, reduce(s = '', x IN range(1, 500) | s + 'xxxxxxxxxx') AS s"
    response = http.post("/api/v1/cypher", json={"query": query})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["truncated"] is True
    assert 0 < len(body["rows"]) < 1000
    assert len(json.dumps(body["rows"]).encode()) <= body["byte_cap"] + 10_000


BAD_PARAMETERS = {
    "2^63": ({"x": 2**63}, ["body", "parameters", "x"]),
    "-2^63-1": ({"x": [1, -(2**63) - 1]}, ["body", "parameters", "x", "1"]),
    "lone surrogate": ({"x": "\ud800"}, ["body", "parameters", "x"]),
    "NUL": ({"x": {"y": "a\x00b"}}, ["body", "parameters", "x", "y"]),
    "deep": ({"x": json.loads("[" * 40 + "]" * 40)}, None),
}


@pytest.mark.parametrize(("parameters", "loc"), BAD_PARAMETERS.values(), ids=BAD_PARAMETERS.keys())
def test_cypher_parameters_out_of_bounds_are_422_naming_them(
    http: httpx.Client, parameters: dict[str, object], loc: list[str] | None
) -> None:
    body = json.dumps({"query": "RETURN $x AS x", "parameters": parameters})
    response = http.post(
        "/api/v1/cypher", content=body.encode(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 422, response.text
    detail = response.json()["error"]["details"][0]
    if loc is not None:
        assert detail["loc"] == loc
    else:
        assert detail["loc"][:3] == ["body", "parameters", "x"]


def test_cypher_nul_in_the_statement_is_422(http: httpx.Client) -> None:
    response = http.post("/api/v1/cypher", json={"query": "RETURN 'a\x00b' AS x"})
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["body", "query"]


def test_an_unreadable_value_in_the_answer_is_a_400_not_a_503(http: httpx.Client) -> None:
    response = http.post("/api/v1/cypher", json={"query": "RETURN date('+999999999-12-31') AS d"})
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "query_failed"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/who-met?actor=Mamlouk&skip=9223372036854775808", "skip"),
        ("/api/v1/actors/ali-mamlouk/co-attendance?min_shared=9223372036854775808", "min_shared"),
        ("/api/v1/meetings?skip=-9223372036854775809", "skip"),
        ("/api/v1/meetings?skip=2000000001", "skip"),
        ("/api/v1/meetings?date_from=2020-02-30", "date_from"),
        ("/api/v1/who-met?actor=Mamlouk&date_to=2019-13-01", "date_to"),
        ("/api/v1/actors?q=Mam%00louk", "q"),
        ("/network?date_from=2021-02-29", "date_from"),
    ],
)
def test_query_values_out_of_bounds_are_422_naming_the_field(
    http: httpx.Client, path: str, field: str
) -> None:
    response = http.get(path)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["details"][0]["loc"] == ["query", field]


def test_nul_in_a_path_is_422(http: httpx.Client) -> None:
    response = http.get("/api/v1/actors/ali%00mamlouk")
    assert response.status_code == 422
    assert response.json()["error"]["details"][0]["loc"] == ["path", "actor_id"]


def test_the_largest_query_integer_is_accepted(http: httpx.Client) -> None:
    response = http.get("/api/v1/meetings", params={"skip": 2_000_000_000})
    assert response.status_code == 200, response.text
    assert response.json()["meetings"] == []


def test_a_foreign_host_is_refused_with_the_json_error_naming_the_header(
    live_server: LiveServer,
) -> None:
    response = httpx.get(f"{live_server.url}/health", headers={"Host": "evil.example"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    error = response.json()["error"]
    assert error["code"] == "invalid_host"
    assert "evil.example" in error["message"]
    assert error["details"][0]["loc"] == ["header", "Host"]
    ok = httpx.get(f"{live_server.url}/health", headers={"Host": f"localhost:{live_server.port}"})
    assert ok.status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/v1/actors?q=Mamlouk", "/guide", "/nowhere"])
def test_every_answer_carries_the_security_headers(http: httpx.Client, path: str) -> None:
    headers = http.get(path).headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


@pytest.fixture(scope="module")
def public_app(settings: Settings, driver: Driver) -> Iterator[httpx.Client]:
    """The app as configured to listen on every interface, Cypher endpoint left at its default."""
    public = settings.model_copy(update={"api_host": "0.0.0.0", "trusted_hosts": ["*"]})
    with LiveServer(public) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_the_cypher_endpoint_is_off_by_default_off_loopback(public_app: httpx.Client) -> None:
    response = public_app.post("/api/v1/cypher", json={"query": "RETURN 1 AS x"})
    assert response.status_code in (404, 405)
    assert "/api/v1/cypher" not in public_app.get("/openapi.json").json()["paths"]
    assert public_app.get("/health").status_code == 200


def test_the_openapi_description_states_the_confinement(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    text = spec["paths"]["/api/v1/cypher"]["post"]["description"]
    for words in ("LOAD CSV", "TERMINATE", "EXPLAIN", "ACTORNET_CYPHER_ENDPOINT", "byte"):
        assert words in text
    assert "ACTORNET_CYPHER_ENDPOINT" in spec["info"]["description"]


def test_the_local_server_reads_no_files_and_reports_nothing(neo4j_target: Neo4jTarget) -> None:
    if neo4j_target.local is None:
        pytest.skip("the server is not the project's launcher")
    with GraphDatabase.driver(
        neo4j_target.uri, auth=(neo4j_target.user, neo4j_target.password)
    ) as drv:
        found = {
            r["name"]: r["value"]
            for r in drv.execute_query(
                "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                names=[
                    "dbms.security.allow_csv_import_from_file_urls",
                    "server.directories.import",
                    "client.allow_telemetry",
                    "dbms.usage_report.enabled",
                    "server.bolt.telemetry.enabled",
                ],
            ).records
        }
        assert found["dbms.security.allow_csv_import_from_file_urls"] == "false"
        assert found["client.allow_telemetry"] == "false"
        assert found["dbms.usage_report.enabled"] == "false"
        assert found["server.bolt.telemetry.enabled"] == "false"
        imports = Path(found["server.directories.import"])
        assert imports.is_dir() and not any(imports.iterdir())
        with pytest.raises(ClientError, match="allow_csv_import_from_file_urls"):
            drv.execute_query("LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row")


FORMULA_FACTS = """document:
  id: formula-test
  title: A formula
  outlet: Example Wire
  published: 2020-01-14
  text: =HYPERLINK("http://evil.example","x") met Ali Mamlouk in Moscow on Monday.
actors:
  - {ref: x, name: '=HYPERLINK("http://evil.example","x")', type: person}
  - {ref: mamlouk, name: Ali Mamlouk, type: person, country: SY}
meetings:
  - ref: m1
    date_start: 2020-01-13
    date_precision: day
    participants: [{actor: x}, {actor: mamlouk}]
    evidence:
      - quote: =HYPERLINK("http://evil.example","x") met Ali Mamlouk in Moscow on Monday.
"""


def test_csv_cells_never_start_a_formula(http: httpx.Client) -> None:
    loaded = http.post(
        "/api/v1/facts",
        content=FORMULA_FACTS.encode(),
        headers={"content-type": "application/yaml", "X-API-Key": API_KEY},
    )
    assert loaded.status_code == 200, loaded.text
    answer = http.get("/api/v1/who-met", params={"actor": "ali-mamlouk", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    names = [r["counterpart"] for r in rows]
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), row


def test_a_refused_cross_origin_preflight_answers_the_json_error_naming_the_header(
    http: httpx.Client, settings: Settings
) -> None:
    preflight = {"Access-Control-Request-Method": "GET"}
    refused = http.options("/guide", headers={"Origin": "https://evil.example", **preflight})
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/json"
    error = refused.json()["error"]
    assert error["code"] == "cors_refused"
    assert error["details"][0]["loc"] == ["header", "Origin"]
    assert "evil.example" in error["details"][0]["msg"]
    origin = browser_origins(settings)[0]
    allowed = http.options("/guide", headers={"Origin": origin, **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == origin

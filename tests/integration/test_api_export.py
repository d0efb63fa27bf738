"""Exporting an ego network as GraphML, GEXF and Cytoscape JSON, and the Browser guide page,
over real HTTP on the seeds."""

from __future__ import annotations

import html
import io
from urllib.parse import unquote

import httpx
import networkx as nx
import pytest
from neo4j import Driver

from core import catalog
from tests.conftest import load_seeds

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module", autouse=True)
def seeded(driver: Driver) -> Driver:
    return load_seeds(driver)


def test_graphml_opens_in_networkx_with_scalar_attributes(http: httpx.Client) -> None:
    response = http.get("/api/v1/export", params={"actor": "Ali Mamlouk", "depth": 1})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/graphml+xml")
    assert (
        'filename="actornet-ali-mamlouk-depth1.graphml"' in response.headers["content-disposition"]
    )
    graph = nx.read_graphml(io.BytesIO(response.content), force_multigraph=True)
    assert graph.number_of_nodes() == 8
    assert graph.nodes["ali-mamlouk"]["label"] == "Ali Mamlouk"
    assert graph.nodes["ali-mamlouk"]["depth"] == 0
    assert graph.nodes["us-senior-officer-damascus-2018"]["unnamed"] is True
    assert graph.nodes["hakan-fidan"]["country"] == "TR"
    met = next(iter(graph.get_edge_data("ali-mamlouk", "hakan-fidan").values()))
    assert (met["type"], met["weight"], met["first"]) == ("MET", 1, "2020-01-13")
    assert "Hakan Fidan" in met["quote"]
    leads = next(iter(graph.get_edge_data("ali-mamlouk", "national-security-bureau").values()))
    assert (leads["type"], leads["source_id"], leads["target_id"]) == (
        "LEADS",
        "ali-mamlouk",
        "national-security-bureau",
    )
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_gexf_for_gephi(http: httpx.Client) -> None:
    response = http.get(
        "/api/v1/export", params={"actor": "ali-mamlouk", "depth": 2, "format": "gexf"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/gexf+xml")
    graph = nx.read_gexf(io.BytesIO(response.content))
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Ali Mamlouk", "United States", "General Intelligence Directorate"} <= labels


def test_cytoscape_json(http: httpx.Client) -> None:
    body = http.get(
        "/api/v1/export", params={"actor": "ali-mamlouk", "depth": 1, "format": "json"}
    ).json()
    nodes = {n["data"]["id"]: n["data"] for n in body["elements"]["nodes"]}
    assert nodes["deeb-zeitoun"]["name"] == "Deeb Zeitoun"
    types = {e["data"]["type"] for e in body["elements"]["edges"]}
    assert types == {"MET", "LEADS"}


def test_export_errors(http: httpx.Client) -> None:
    assert http.get("/api/v1/export", params={"actor": "Ali Mamlok"}).status_code == 404
    bad = http.get("/api/v1/export", params={"actor": "ali-mamlouk", "format": "pdf"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["loc"] == ["query", "format"]


def test_guide_lists_every_module_with_its_text_and_a_browser_link(http: httpx.Client) -> None:
    response = http.get("/guide")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<script src" not in page and "<link" not in page  # nothing to fetch: offline
    modules = catalog.modules()
    assert len(modules) >= 13
    for module in modules:
        name = module.split("/", 1)[1]
        assert f"id='m-{name}'" in page
        assert html.escape(catalog.text(module).rstrip()) in page
        assert f"onclick=\"copyModule('text-{name}', this)\"" in page
    links = [
        html.unescape(chunk.split("'", 1)[0])
        for chunk in page.split("href='")[1:]
        if "cmd=edit" in chunk.split("'", 1)[0]
    ]
    assert len(links) == len(modules)
    who_met = next(link for link in links if "who_met" in unquote(link))
    assert who_met.startswith("http://127.0.0.1:")
    assert "/browser/?cmd=edit&arg=" in who_met
    args = [unquote(part) for part in who_met.split("&arg=")[1:]]
    expected = [line for line in catalog.text("queries/who_met").splitlines() if line.strip()]
    assert args == expected
    assert ":param actor =&gt; &#x27;ali-mamlouk&#x27;" in page  # escaped, not raw


def test_guide_has_one_section_per_module(http: httpx.Client) -> None:
    assert http.get("/guide").text.count("<section") == len(catalog.modules())

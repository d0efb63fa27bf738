"""Exports over real HTTP on the seeds, read back by their real readers: networkx and igraph
(GraphML, GEXF), networkx (Cytoscape JSON), the csv module (Gephi and Kumu tables) and the
``followthemoney`` library (every entity); and the Browser guide page."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import httpx
import igraph
import networkx as nx
import pytest
from followthemoney import model
from followthemoney.proxy import EntityProxy
from neo4j import Driver

from core import catalog

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("seeded")]


MAMLOUK_COUNTERPARTS = {"hakan-fidan", "deeb-zeitoun", "mowafaq-asaad"}


def get(http: httpx.Client, **params: object) -> httpx.Response:
    response = http.get("/api/v1/export", params=params)
    assert response.status_code == 200, response.text
    return response


def test_graphml_has_unique_keys_and_edge_ids_and_opens_in_networkx_and_igraph(
    http: httpx.Client, tmp_path: Path
) -> None:
    response = get(http, actor="Ali Mamlouk", depth=1)
    assert response.headers["content-type"].startswith("application/graphml+xml")
    assert (
        'filename="actornet-ali-mamlouk-depth1.graphml"' in response.headers["content-disposition"]
    )
    root = ET.fromstring(response.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = [k.get("id") for k in root.findall("g:key", ns)]
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(keys) == len(set(keys))
    assert len(edge_ids) == len(set(edge_ids)) > 0

    graph = nx.read_graphml(io.BytesIO(response.content), force_multigraph=True)
    assert set(graph.neighbors("ali-mamlouk")) >= MAMLOUK_COUNTERPARTS
    assert graph.nodes["ali-mamlouk"]["label"] == "Ali Mamlouk"
    assert graph.nodes["hakan-fidan"]["country"] == "TR"
    met = next(iter(graph.get_edge_data("ali-mamlouk", "hakan-fidan").values()))
    assert (met["relationship"], met["date_start"], met["kind"]) == ("MET", "2020-01-13", "meeting")
    assert "Hakan Fidan" in met["quote"]
    secret = [d for _, _, d in graph.edges(data=True) if d.get("secret")]
    assert secret and all(d["relationship"] == "MET" for d in secret)
    assert graph.number_of_edges() == len(edge_ids)

    path = tmp_path / "mamlouk.graphml"
    path.write_bytes(response.content)
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert "Ali Mamlouk" in ig.vs["label"]


def test_gexf_13_is_dynamic_with_the_relationship_as_an_attribute(
    http: httpx.Client,
) -> None:
    response = get(http, actor="ali-mamlouk", depth=2, format="gexf")
    assert response.headers["content-type"].startswith("application/gexf+xml")
    root = ET.fromstring(response.content)
    ns = "{http://gexf.net/1.3}"
    assert root.get("version") == "1.3"
    graph_el = root.find(f"{ns}graph")
    assert graph_el is not None and graph_el.get("mode") == "dynamic"
    edges = list(root.iter(f"{ns}edge"))
    assert {e.get("type") for e in edges} <= {"directed", "undirected", "mutual"}
    assert len({e.get("id") for e in edges}) == len(edges)
    dated = [e for e in edges if e.get("start")]
    assert dated and all(e.get("kind") == "MET" for e in dated)

    graph = nx.read_gexf(io.BytesIO(response.content), version="1.3")
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Ali Mamlouk", "Hakan Fidan", "Deeb Zeitoun"} <= labels
    relationships = {d["relationship"] for _, _, d in graph.edges(data=True)}
    assert {"MET", "LEADS"} <= relationships
    kinds = {d.get("channel_kind") for _, _, d in graph.edges(data=True)}
    assert any(k and "back_channel" in k for k in kinds)
    ig = igraph.Graph.from_networkx(graph)
    assert ig.vcount() == graph.number_of_nodes()


def test_cytoscape_json_reads_back_in_networkx(http: httpx.Client) -> None:
    body = get(http, actor="ali-mamlouk", depth=1, format="json").json()
    graph = nx.cytoscape_graph(body)
    assert graph.number_of_edges() == len(body["elements"]["edges"])  # parallel edges kept
    assert graph.nodes["deeb-zeitoun"]["name"] == "Deeb Zeitoun"
    relationships = {e["data"]["relationship"] for e in body["elements"]["edges"]}
    assert relationships == {"MET", "LEADS"}


def test_node_and_edge_csv_with_gephi_and_kumu_headers(http: httpx.Client) -> None:
    nodes = list(csv.reader(io.StringIO(get(http, format="nodes.csv").text)))
    assert nodes[0][:3] == ["Id", "Label", "Type"]
    edges = list(csv.reader(io.StringIO(get(http, format="edges.csv").text)))
    assert edges[0][:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert {row[2] for row in edges[1:]} <= {"Directed", "Undirected"}
    ids = {row[0] for row in nodes[1:]}
    assert all(row[0] in ids and row[1] in ids for row in edges[1:])
    assert len({row[3] for row in edges[1:]}) == len(edges) - 1

    kumu_nodes = list(csv.reader(io.StringIO(get(http, format="nodes.csv", headers="kumu").text)))
    assert kumu_nodes[0][:2] == ["Label", "Type"]
    kumu = list(csv.reader(io.StringIO(get(http, format="edges.csv", headers="kumu").text)))
    assert kumu[0][:4] == ["From", "To", "Type", "Direction"]
    assert "MET" in {row[2] for row in kumu[1:]}


def test_whole_graph_and_network_filter(http: httpx.Client, seeded: Driver) -> None:
    whole = nx.read_graphml(io.BytesIO(get(http).content), force_multigraph=True)
    actors = seeded.execute_query("MATCH (a:Actor) RETURN count(a) AS n").records[0]["n"]
    assert whole.number_of_nodes() == actors
    response = get(http, country="SY", date_from="2018-01-01", date_to="2018-12-31")
    filtered = nx.read_graphml(io.BytesIO(response.content), force_multigraph=True)
    assert 0 < filtered.number_of_nodes() < whole.number_of_nodes()
    dates = {d["date_start"] for _, _, d in filtered.edges(data=True) if "date_start" in d}
    assert dates and all(d.startswith("2018") for d in dates)
    assert response.headers["x-actornet-truncated"] == "false"


def test_followthemoney_accepts_every_entity(http: httpx.Client) -> None:
    response = get(http, format="ftm")
    proxies = [model.get_proxy(json.loads(line)) for line in response.text.splitlines()]
    schemata = {p.schema.name for p in proxies}
    assert {"Person", "Event", "Article", "Documentation"} <= schemata
    assert schemata & {"Organization", "PublicBody"}
    ids = {p.id for p in proxies}
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (proxy.schema.name, prop.name, value)
    fidan = next(p for p in proxies if p.schema.name == "Event" and "2020-01-13" in p.get("date"))
    involved = {ids_to_names(proxies)[i] for i in fidan.get("involved")}
    assert {"Hakan Fidan", "Ali Mamlouk"} <= involved
    quotes = [p.first("summary") for p in proxies if p.schema.name == "Documentation"]
    assert any("Hakan Fidan" in (q or "") for q in quotes)


def ids_to_names(proxies: list[EntityProxy]) -> dict[str, str]:
    return {p.id: p.caption for p in proxies if p.id}


def test_export_errors(http: httpx.Client) -> None:
    assert http.get("/api/v1/export", params={"actor": "Ali Mamlok"}).status_code == 404
    bad = http.get("/api/v1/export", params={"actor": "ali-mamlouk", "format": "pdf"})
    assert bad.status_code == 422
    assert bad.json()["error"]["details"][0]["loc"] == ["query", "format"]
    dates = http.get("/api/v1/export", params={"date_from": "2020-01-01", "date_to": "2019-01-01"})
    assert dates.status_code == 422
    assert dates.json()["error"]["details"][0]["loc"] == ["query", "date_from"]


def test_guide_lists_every_module_with_its_text_and_a_browser_link(http: httpx.Client) -> None:
    response = http.get("/guide")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    # nothing to fetch from elsewhere: every script, style and icon is inline or the app's own
    assert not re.search(r"""src=["']?(https?:)?//""", page)
    assert not re.search(r"""<link[^>]+href=["']?(https?:)?//""", page)
    modules = catalog.modules()
    assert len(modules) >= 13
    for module in modules:
        name = module.split("/", 1)[1]
        assert f"id='m-{name}'" in page
        assert html.escape(catalog.text(module).rstrip()) in page
        assert f"data-copy='text-{name}'" in page
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


def test_the_ftm_export_seeds_an_empty_gazetteer(http: httpx.Client, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from loaders.gazetteer import Gazetteer
    from service.cli import app

    entities = tmp_path / "graph.ftm.json"
    entities.write_bytes(get(http, format="ftm").content)
    out = tmp_path / "gazetteer.yaml"
    result = CliRunner().invoke(
        app,
        [
            "load",
            "--ftm",
            str(entities),
            "--gazetteer",
            str(tmp_path / "none.yaml"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    gaz = Gazetteer.load(out)
    people = [json.loads(x) for x in entities.read_text().splitlines()]
    names = [e["properties"]["name"][0] for e in people if e["schema"] == "Person"]
    assert names and all(gaz.lookup(n, "actor", "person") for n in names)

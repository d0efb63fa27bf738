"""The rendered pages: escaped embedded data, legend, offline assets, safe links."""

from __future__ import annotations

import json
import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from service.views.graph import Source, ViewEdge, ViewGraph, ViewNode
from service.views.render import mount_static, render_home, render_network, safe_href, script_json
from tests.support.demo import XSS_NAME, XSS_QUOTE, synthetic_graph

GRAPH = synthetic_graph(80)
DATA_BLOCK = re.compile(
    r'<script type="application/json" id="actornet-data">(.*?)</script>', re.DOTALL
)
ATTRIBUTE_URL = re.compile(r'\b(?:src|href|action)\s*=\s*"([^"]*)"', re.IGNORECASE)


def page(graph: ViewGraph = GRAPH, **kwargs: object) -> str:
    options: dict[str, object] = {"page_title": "Demo", "json_url": "/api/demo.json"}
    options.update(kwargs)
    return render_network(graph, **options)  # type: ignore[arg-type]


def embedded(html: str) -> dict[str, object]:
    blocks = DATA_BLOCK.findall(html)
    assert len(blocks) == 1
    data: dict[str, object] = json.loads(blocks[0])
    return data


def test_embedded_json_cannot_close_its_script_block() -> None:
    html = page()
    block = DATA_BLOCK.search(html)
    assert block is not None
    assert "<" not in block.group(1) and ">" not in block.group(1)
    assert html.count("</script>") == 3  # the data block and the two script files
    assert XSS_NAME not in html and "<script>alert" not in html


def test_embedded_json_round_trips_names_and_quotes_verbatim() -> None:
    data = embedded(page())
    details = data["details"]
    assert isinstance(details, dict)
    assert details["nodes"]["p1"]["label"] == XSS_NAME
    quotes = {s["quote"] for d in details["edges"].values() for s in d["sources"]}
    assert XSS_QUOTE in quotes
    assert {n["id"] for n in data["nodes"]} == {n.id for n in GRAPH.nodes}  # type: ignore[attr-defined]


def test_script_json_escapes_line_separators_and_ampersands() -> None:
    text = str(script_json({"q": "a\u2028b & </script>"}))
    assert "\u2028" not in text and "&" not in text and "</" not in text
    assert json.loads(text) == {"q": "a\u2028b & </script>"}


def test_page_title_and_notes_are_escaped() -> None:
    graph = GRAPH.model_copy(update={"notes": ["<b>bold</b> note"]})
    html = page(graph, page_title="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; note" in html


def test_legend_lists_actor_types_relationships_and_scales() -> None:
    html = page()
    assert 'id="legend"' in html
    for label in ("Person", "Organization", "Country", "Meeting", "attended", "held at"):
        assert f"<span>{label}</span>" in html
    assert "edge width = number of meetings" in html
    assert "node size = number of connections" in html


def test_legend_always_shows_actor_types_even_when_absent() -> None:
    graph = ViewGraph(nodes=[ViewNode(id="m", label="M", type="meeting")], edges=[])
    html = page(graph)
    for label in ("Person", "Organization", "Country", "Meeting"):
        assert f"<span>{label}</span>" in html
    assert "<span>Place</span>" not in html


def test_no_url_in_the_page_leaves_the_app() -> None:
    for html in (page(), render_home(GRAPH, search_url="/search")):
        urls = ATTRIBUTE_URL.findall(html)
        assert urls
        for url in urls:
            assert not re.match(r"^\s*(https?:)?//", url), url
            assert url.startswith(("/", "data:")), url
        assert "http://" not in html and "https://" not in html


def test_every_script_and_style_sheet_is_served_by_the_app() -> None:
    app = FastAPI()
    mount_static(app)
    client = TestClient(app)
    html = page()
    assets = re.findall(r'(?:<script src|<link rel="stylesheet" href)="([^"]+)"', html)
    assert len(assets) == 4
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert len(response.content) > 1000


def test_capped_graph_says_showing_n_of_m() -> None:
    graph = GRAPH.model_copy(update={"total_nodes": 5000, "total_edges": 9000})
    assert f"Showing {len(GRAPH.nodes)} of 5000 nodes" in page(graph)
    assert "Showing" not in page()


def test_side_panel_data_keeps_sources_links_and_facts() -> None:
    graph = ViewGraph(
        nodes=[
            ViewNode(
                id="a",
                label="Ali Mamlouk",
                type="person",
                facts={"position": "head of the National Security Bureau"},
                links={"Who met Ali Mamlouk": "/views/who-met/a"},
            ),
            ViewNode(id="b", label="Hakan Fidan", type="person"),
        ],
        edges=[
            ViewEdge(
                source="b",
                target="a",
                type="MET",
                kind="intermediary",
                date_start="2020-01-13",
                sources=[
                    Source(doc_id="d1", title="T", outlet="O", published="2020-01-14", quote="Q")
                ],
            )
        ],
    )
    data = embedded(page(graph))
    details = data["details"]
    assert isinstance(details, dict)
    assert details["nodes"]["a"]["links"] == {"Who met Ali Mamlouk": "/views/who-met/a"}
    assert details["edges"]["e0"]["sources"][0] == {
        "doc_id": "d1",
        "title": "T",
        "outlet": "O",
        "published": "2020-01-14",
        "quote": "Q",
    }


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "https://example.org/x", "//evil.example/x", " data:text/html,x"]
)
def test_links_outside_the_app_are_refused(url: str) -> None:
    with pytest.raises(ValueError):
        safe_href(url)
    with pytest.raises(ValueError):
        page(nav={"Out": url})
    node = ViewNode(id="a", label="A", type="person", links={"Out": url})
    with pytest.raises(ValueError):
        page(ViewGraph(nodes=[node], edges=[]))


@pytest.mark.parametrize("url", ["/views/actor/a", "?q=1", "#top", "views/x"])
def test_links_within_the_app_are_kept(url: str) -> None:
    assert safe_href(url) == url


def test_home_page_has_a_search_form_for_the_given_url() -> None:
    html = render_home(GRAPH, search_url="/views/search", search_param="name", search_method="post")
    assert '<form class="search" id="search-form" action="/views/search" method="post"' in html
    assert 'name="name"' in html

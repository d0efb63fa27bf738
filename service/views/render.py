"""HTML pages for the network views: vis-network (shipped with pyvis) with our own template.

Pages are self-contained apart from the app's own static files: vis-network's script and
style sheet from the pyvis package and the view script and style from
``service/views/static``, all mounted by :func:`mount_static`. The graph reaches the page
as one JSON block (``<script type="application/json">``) escaped so that no name or quote
can close it; the page script shows every name and quote as text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import pyvis
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from service.views.graph import Source, ViewGraph
from service.views.layout import Layout, lay_out
from service.views.legend import build_legend
from service.views.style import (
    CHANNEL_STYLES,
    COMMUNITY_PALETTE,
    EDGE_STYLES,
    NODE_STYLES,
    EdgeStyle,
)

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
OWN_STATIC = HERE / "static"
VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
STATIC_PREFIX = "/static"
BIG_GRAPH_EDGES = 1500
"""From this many edges on, edges are hidden while dragging or zooming."""

_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def mount_static(app: FastAPI, *, prefix: str = STATIC_PREFIX) -> None:
    """Serve vis-network (``{prefix}/vis``) and the view script and style (``{prefix}/views``)."""
    app.mount(f"{prefix}/vis", StaticFiles(directory=VIS_DIR), name="vis-network")
    app.mount(f"{prefix}/views", StaticFiles(directory=OWN_STATIC), name="views-static")


def script_json(data: object) -> Markup:
    """JSON safe to place inside ``<script type="application/json">``: no ``<``, ``>``, ``&``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escaped in _SCRIPT_ESCAPES.items():  # str.replace: far quicker than translate
        text = text.replace(chr(char), escaped)
    return Markup(text)  # noqa: S704 - escaped just above


def safe_href(url: str) -> str:
    """``url`` if it stays on this site (a path, query or fragment); else ``ValueError``."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or url.startswith("//") or "\\" in url:
        raise ValueError(f"only links within the app are allowed, got {url!r}")
    return url


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["script_json"] = script_json
    return env


def _source(source: Source) -> dict[str, Any]:
    return source.model_dump(exclude_none=True)


def _present(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if v is not None}


def _links(links: Mapping[str, str]) -> dict[str, str]:
    return {text: safe_href(url) for text, url in links.items()}


def _edge_look(style: EdgeStyle) -> dict[str, Any]:
    return {"color": style.color, "dashes": list(style.dashes), "arrows": style.arrows}


def styles() -> dict[str, Any]:
    """The style tables, for nodes and edges the page adds itself (double-click expansion)."""
    return {
        "nodes": {
            kind: {"shape": s.shape, "color": s.color, "border": s.border}
            for kind, s in NODE_STYLES.items()
        },
        "edges": {
            **{kind: _edge_look(s) for kind, s in EDGE_STYLES.items()},
            **{f"channel:{kind}": _edge_look(s) for kind, s in CHANNEL_STYLES.items()},
        },
    }


def page_data(
    graph: ViewGraph,
    layout: Layout,
    *,
    json_url: str | None,
    focus: str | None,
) -> dict[str, Any]:
    """What the page script receives: vis records, side-panel details, and page facts."""
    node_details = {
        n.id: _present(
            {
                "label": n.label,
                "type": n.type,
                "country": n.country,
                "org_type": n.org_type,
                "date": n.date,
                "facts": n.facts,
                "sources": [_source(s) for s in n.sources],
                "links": _links(n.links),
            }
        )
        for n in graph.nodes
    }
    edge_details: dict[str, dict[str, Any]] = {}
    for record in layout.edges:
        e = graph.edges[int(record["id"][1:])]
        edge_details[record["id"]] = _present(
            {
                "label": e.label,
                "type": e.type,
                "kind": e.kind,
                "weight": e.weight,
                "date_start": e.date_start,
                "date_end": e.date_end,
                "confidence": e.confidence,
                "facts": e.facts,
                "sources": [_source(s) for s in e.sources],
            }
        )
    big = len(layout.edges) >= BIG_GRAPH_EDGES
    return {
        "nodes": layout.nodes,
        "edges": layout.edges,
        "details": {"nodes": node_details, "edges": edge_details},
        "meta": {
            "title": graph.title,
            "shown_nodes": len(layout.nodes),
            "shown_edges": len(layout.edges),
            "total_nodes": graph.total_nodes,
            "total_edges": graph.total_edges,
            "communities": layout.communities,
            "time": (
                {"min": layout.time_range[0], "max": layout.time_range[1]}
                if layout.time_range
                else None
            ),
            "focus": focus,
            "json_url": safe_href(json_url) if json_url else None,
            "palette": list(COMMUNITY_PALETTE),
            "styles": styles(),
            "big": big,
        },
    }


def _page(
    template: str,
    graph: ViewGraph,
    *,
    page_title: str,
    json_url: str | None,
    nav: Mapping[str, str] | None,
    focus: str | None,
    seed: int,
    static_prefix: str,
    positions: Mapping[str, tuple[float, float]] | None = None,
    **extra: Any,
) -> str:
    layout = lay_out(graph, seed=seed, focus=focus, positions=positions)
    data = page_data(graph, layout, json_url=json_url, focus=focus)
    return (
        _environment()
        .get_template(template)
        .render(
            page_title=page_title,
            graph=graph,
            data=data,
            legend=build_legend(graph),
            nav={text: safe_href(url) for text, url in (nav or {}).items()},
            json_url=data["meta"]["json_url"],
            static=safe_href(static_prefix.rstrip("/")),
            capped=graph.total_nodes > len(graph.nodes),
            **extra,
        )
    )


def render_network(graph: ViewGraph, *, page_title: str, **options: Any) -> str:
    """One network page (``network.html``): the graph laid out, legend, side panel, time
    filter and search; ``options`` as :func:`render_view` takes them.

    ``json_url`` links the JSON behind the page; ``nav`` maps link text to neighbouring
    views; ``focus`` is a node id the layout centres (small graphs) and the page selects.
    Every URL must stay within the app (``ValueError`` otherwise).
    """
    return render_view("network.html", graph, page_title=page_title, **options)


def render_view(
    template: str,
    graph: ViewGraph,
    *,
    page_title: str,
    json_url: str | None = None,
    nav: Mapping[str, str] | None = None,
    focus: str | None = None,
    seed: int = 7,
    static_prefix: str = STATIC_PREFIX,
    context: Mapping[str, Any] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
) -> str:
    """A network page from ``template`` (one that extends ``network.html``), with ``context``
    handed to the template (autoescaped like everything else) and ``positions`` (px) fixing
    where some nodes are drawn."""
    return _page(
        template,
        graph,
        page_title=page_title,
        json_url=json_url,
        nav=nav,
        focus=focus,
        seed=seed,
        static_prefix=static_prefix,
        positions=positions,
        **dict(context or {}),
    )


def render_document(
    template: str,
    *,
    page_title: str,
    nav: Mapping[str, str] | None = None,
    static_prefix: str = STATIC_PREFIX,
    context: Mapping[str, Any] | None = None,
) -> str:
    """A page without a network (search results, errors, forms) from ``template``."""
    return (
        _environment()
        .get_template(template)
        .render(
            page_title=page_title,
            nav={text: safe_href(url) for text, url in (nav or {}).items()},
            static=safe_href(static_prefix.rstrip("/")),
            **dict(context or {}),
        )
    )


def render_home(
    overview: ViewGraph,
    *,
    search_url: str,
    search_param: str = "q",
    search_method: Literal["get", "post"] = "get",
    page_title: str = "actornet",
    json_url: str | None = None,
    nav: Mapping[str, str] | None = None,
    seed: int = 7,
    static_prefix: str = STATIC_PREFIX,
    context: Mapping[str, Any] | None = None,
) -> str:
    """The home page: a search form sent to ``search_url``, what the graph holds and the
    questions to start from (``context``), and an overview network."""
    return _page(
        "home.html",
        overview,
        page_title=page_title,
        json_url=json_url,
        nav=nav,
        focus=None,
        seed=seed,
        static_prefix=static_prefix,
        search_url=safe_href(search_url),
        search_param=search_param,
        search_method=search_method,
        **dict(context or {}),
    )

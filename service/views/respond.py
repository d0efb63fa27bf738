"""How a page answers: the view it builds, rendered or as JSON (``?format=json``), capped at
``settings.max_view_nodes``; an unknown actor (with suggestions) or an ambiguous name (with the
candidates) as an HTML page whose choices lead to the same page for that actor."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from core.errors import ActornetError
from core.settings import Settings
from service.views.cap import cap_graph
from service.views.chronology import Answer
from service.views.graph import ViewGraph
from service.views.params import Text, blank
from service.views.render import render_document, render_home, render_view, safe_href

HOME_NAV = {
    "Home": "/",
    "Filtered network": "/network",
    "Paths": "/paths",
    "Cypher guide": "/guide",
    "API docs": "/docs",
}


@dataclass
class View:
    """What a page shows, before the cap."""

    graph: ViewGraph
    page_title: str
    nav: dict[str, str]
    focus: str | None = None
    filters: list[dict[str, Any]] = field(default_factory=list)
    filter_action: str | None = None
    positions: dict[str, tuple[float, float]] | None = None
    answer: Answer | None = None
    reset_url: str | None = None
    holds: dict[str, Any] | None = None
    more: dict[str, Any] | None = None
    """Some nodes left out at the server: ``{"hidden": n or None, "url": the same page with
    more}``; the page says so and links it ("show more")."""


Retarget = Callable[[str, str], str]
"""(field, actor id) -> the same page for that actor: the links of the error page."""


def same_page(request: Request, **changes: str | None) -> str:
    """This page's URL (path and query) with some query parameters changed or removed."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params += [(k, v) for k, v in changes.items() if v is not None]
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def query_retarget(request: Request) -> Retarget:
    return lambda name, actor_id: same_page(request, **{name: actor_id, "format": None})


def error_page(exc: ActornetError, retarget: Retarget | None) -> HTMLResponse:
    choices: list[dict[str, Any]] = []
    title = ""
    for detail in exc.details:
        loc = detail.get("loc") or ["actor"]
        name = str(loc[-1])
        for key, heading in (("suggestions", "Did you mean:"), ("candidates", "Which one?")):
            for c in detail.get(key) or []:
                title = heading
                choices.append(
                    {
                        "id": c.get("id"),
                        "name": c.get("name"),
                        "type": c.get("type"),
                        "country": c.get("country"),
                        "url": safe_href(retarget(name, str(c["id"])) if retarget else "/"),
                    }
                )
    html = render_document(
        "message.html",
        page_title={404: "Not found", 409: "Ambiguous name"}.get(exc.status, "Cannot show this"),
        nav=HOME_NAV,
        context={
            "level": "error",
            "status": exc.status,
            "code": exc.code,
            "message": exc.message,
            "choices": choices,
            "choices_title": title,
        },
    )
    return HTMLResponse(html, status_code=exc.status)


def _more(more: dict[str, Any] | None) -> dict[str, Any] | None:
    return {**more, "url": safe_href(str(more["url"]))} if more else None


async def serve(
    request: Request,
    settings: Settings,
    fmt: Text,
    build: Callable[[], Awaitable[View]],
    *,
    retarget: Retarget | None = None,
    home: bool = False,
) -> Response:
    """Build the view; answer with its JSON or its page, or an HTML error page."""
    as_json = blank(fmt) == "json"
    try:
        view = await build()
    except ActornetError as exc:
        if as_json:
            raise
        return error_page(exc, retarget or query_retarget(request))
    graph = cap_graph(view.graph, settings.max_view_nodes, keep=[view.focus] if view.focus else ())
    if as_json:
        return JSONResponse(graph.model_dump(mode="json"))
    json_url = same_page(request, format="json")
    if home:
        html = render_home(
            graph,
            search_url="/actors/search",
            page_title=view.page_title,
            json_url=json_url,
            nav=view.nav,
            context={"holds": view.holds, "more": _more(view.more)},
        )
    else:
        html = render_view(
            "view.html",
            graph,
            page_title=view.page_title,
            json_url=json_url,
            nav=view.nav,
            focus=view.focus,
            context={
                "filters": view.filters,
                "filter_action": safe_href(view.filter_action or request.url.path),
                "reset_url": safe_href(view.reset_url or view.filter_action or request.url.path),
                "answer": view.answer,
                "more": _more(view.more),
            },
            positions=view.positions,
        )
    return HTMLResponse(html)

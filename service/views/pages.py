"""The network pages of the app: home, search, ego network, who met X, a meeting, the
filtered network and the paths between two actors.

Each page asks its answer (:mod:`service.answers`), turns it into a :class:`ViewGraph`
(:mod:`service.views.graphs`) and hands the view to :func:`~service.views.respond.serve`,
which caps, renders or returns the graph as JSON (``?format=json``). Parameters are read as
text and checked by :mod:`service.views.params`, so that a wrong one, an unknown actor (with
suggestions) or an ambiguous name (with the candidates) gets an HTML page rather than JSON.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from core.errors import ActornetError
from core.vocabulary import ChannelKind, MeetingKind
from service.answers import actors as actor_answers
from service.answers import meetings as meeting_answers
from service.answers import network as network_answers
from service.answers import paths as path_answers
from service.answers.documents import documents as find_documents
from service.answers.meetings import MeetingFilters
from service.answers.who_met import WhoMetQuery
from service.answers.who_met import colleagues as find_colleagues
from service.answers.who_met import who_met as who_met_answer
from service.deps import RepoDep, SettingsDep
from service.views.chronology import meeting_answer, paths_answer
from service.views.chronology import who_met_answer as who_met_answer_view
from service.views.dates import date_label
from service.views.graphs.actors import ego_graph, overview_graph, who_met_graph
from service.views.graphs.meetings import meetings_graph
from service.views.graphs.paths import paths_graph
from service.views.params import FormatParam, Text, blank, choice, dates, number, required
from service.views.positions import paths_positions, star_positions
from service.views.render import render_document
from service.views.respond import HOME_NAV, View, error_page, same_page, serve
from service.views.urls import actor_url, network_url

router = APIRouter(include_in_schema=False)

HOME_ACTORS = 150
"""The overview on the home page starts with this many actors, the busiest ("show more"
doubles it up to ``max_view_nodes``)."""
EGO_NODES = 100
"""An ego network starts with this many actors, the best connected ("show more" doubles it
up to ``max_view_nodes``)."""
WHO_MET_COUNTERPARTS = 150
"""The who-met page starts with this many counterparts, those met most ("show more"
doubles it up to ``max_view_nodes``)."""
EGO_MEETINGS = 3
"""The chronology beside an ego network lists this many meetings per counterpart, the
latest (the who-met page lists ten)."""
NETWORK_MEETINGS = 500
"""The filtered network fetches at most this many meetings, the newest first."""
PATHS_SHOWN = 5
MEETING_KINDS = tuple(MeetingKind)
CHANNEL_KINDS = tuple(ChannelKind)


def _actor_nav(actor: dict[str, Any]) -> dict[str, str]:
    aid = str(actor["id"])
    nav = {
        "Home": "/",
        "Ego network": actor_url(aid),
        "Who met": f"/who-met?actor={_q(aid)}",
        "Meetings network": network_url(actor=aid),
    }
    if actor.get("country"):
        nav["Country network"] = network_url(country=str(actor["country"]))
    return nav


def _q(value: str) -> str:
    return quote(value, safe="")


def _date_filters(date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    return [
        {"name": "date_from", "label": "From", "type": "date", "value": date_from},
        {"name": "date_to", "label": "to", "type": "date", "value": date_to},
    ]


def _confidence_filter(value: float) -> dict[str, Any]:
    return {
        "name": "min_confidence",
        "label": "Min. confidence",
        "type": "number",
        "value": f"{value:g}" if value else None,
        "step": "0.05",
        "min": "0",
        "max": "1",
    }


# ---- pages -----------------------------------------------------------------------------------


def _more(request: Request, name: str, shown: int, most: int) -> dict[str, str]:
    """The same page asking for twice as many nodes (at most ``most``)."""
    return {"url": same_page(request, **{name: str(min(2 * shown, most)), "format": None})}


@router.get("/", response_class=HTMLResponse)
async def home(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    format: FormatParam = None,
    actors: Annotated[Text, Query(description="How many of the busiest actors to show")] = None,
) -> Response:
    async def build() -> View:
        most = settings.max_view_nodes
        cap = int(number(actors, "actors", 1, most, min(HOME_ACTORS, most)))
        graph = overview_graph(await network_answers.overview(repo, cap))
        hidden = graph.total_nodes - len(graph.nodes)
        more = {**_more(request, "actors", cap, most), "hidden": hidden} if hidden > 0 else None
        summary = await network_answers.graph_summary(repo)
        holds = dict(summary) if summary else None
        if holds:
            holds["first"] = date_label(holds.get("first_meeting"), "day")
            holds["last"] = date_label(holds.get("last_meeting"), "day")
        return View(graph, "actornet", HOME_NAV, holds=holds, more=more if cap < most else None)

    return await serve(request, settings, format, build, home=True)


@router.get("/actors/search", response_class=HTMLResponse)
async def search(
    repo: RepoDep,
    q: Annotated[Text, Query(max_length=200)] = None,
    view: Annotated[Text, Query(description="who-met (default) or timeline")] = None,
) -> Response:
    query = blank(q)
    if query is None:
        return RedirectResponse("/", status_code=303)
    target = choice(view, "view", ("who-met", "timeline")) or "who-met"
    best = await actor_answers.best_matches(repo, query)
    if len(best) == 1:
        found = str(best[0]["id"])
        land = actor_url(found) if target == "timeline" else f"/who-met?actor={_q(found)}"
        return RedirectResponse(land, status_code=303)
    rows = await actor_answers.search(repo, query, None, 25)
    seen: set[str] = set()
    hits: list[dict[str, Any]] = []
    for r in [*best, *rows]:
        if r["id"] in seen:
            continue
        seen.add(r["id"])
        hits.append(
            {
                "name": r.get("name") or r["id"],
                "type": r.get("type"),
                "country": r.get("country"),
                "aliases": r.get("aliases") or [],
                "meetings": r.get("meetings") or 0,
                "url": actor_url(str(r["id"])),
                "who_met": f"/who-met?actor={_q(str(r['id']))}",
            }
        )
    html = render_document(
        "search.html",
        page_title=f"Actors matching “{query}”",
        nav=HOME_NAV,
        context={"hits": hits, "query": query},
    )
    return HTMLResponse(html)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
async def ego(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    actor_id: Annotated[str, Path()],
    depth: Text = None,
    nodes: Annotated[Text, Query(description="How many actors to show at most")] = None,
    format: FormatParam = None,
) -> Response:
    if blank(format) != "json":
        try:
            named = await actor_answers.resolve_actor(repo, actor_id, "actor")
        except ActornetError as exc:
            return error_page(exc, lambda _, aid: actor_url(aid))
        if named["id"] != actor_id:
            # A name or a near spelling: say which actor this is by going to its own address.
            query = same_page(request, format=None).partition("?")[2]
            own = actor_url(str(named["id"]))
            return RedirectResponse(own + (f"?{query}" if query else ""), status_code=303)

    async def build() -> View:
        steps = int(number(depth, "depth", 1, 3, 1))
        most = settings.max_view_nodes
        cap = int(number(nodes, "nodes", 2, most, min(EGO_NODES, most)))
        found = await network_answers.ego_network(repo, actor_id, steps, cap, "actor")
        more = _more(request, "nodes", cap, most) if found.truncated and cap < most else None
        actor = found.actor
        profile = await actor_answers.profile_of(repo, str(actor["id"]))
        members = found.nodes or [{**actor, "depth": 0, "degree": 0}]
        row = {"id": actor["id"], "nodes": members, "edges": found.edges}
        row["truncated"] = found.truncated
        doc_ids = [e.get("document") for e in found.edges]
        if profile:
            doc_ids += [d for a in profile["affiliations"] for d in a.get("documents") or []]
        documents = await find_documents(repo, doc_ids)
        graph = ego_graph(row, profile=profile, documents=documents, depth=steps)
        met = await who_met_answer(
            repo,
            str(actor["id"]),
            WhoMetQuery(limit=max(cap - 1, 1), per_counterpart=EGO_MEETINGS),
        )
        same_side = await find_colleagues(repo, str(actor["id"]))
        nav = _actor_nav(actor)
        nav.update({f"Depth {d}": actor_url(str(actor["id"]), d) for d in (1, 2, 3) if d != steps})
        filters = [
            {
                "name": "depth",
                "label": "Depth",
                "type": "select",
                "value": str(steps),
                "options": ["1", "2", "3"],
            }
        ]
        return View(
            graph,
            f"{actor['name']}: ego network",
            nav,
            focus=str(actor["id"]),
            filters=filters,
            filter_action=actor_url(str(actor["id"])),
            answer=who_met_answer_view(actor, met.counterparts, same_side),
            more=more,
        )

    return await serve(request, settings, format, build, retarget=lambda _, aid: actor_url(aid))


@router.get("/who-met", response_class=HTMLResponse)
async def who_met(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    actor: Text = None,
    date_from: Text = None,
    date_to: Text = None,
    min_confidence: Text = None,
    counterparts: Annotated[Text, Query(description="How many counterparts to show")] = None,
    format: FormatParam = None,
) -> Response:
    if blank(actor) is None and blank(format) != "json":
        return _ask_form(
            "Who met an actor",
            "Give an actor to see who met them, when, where and via what.",
            "/who-met",
            "Who met",
            [{"name": "actor", "label": "Actor", "value": None, "placeholder": "e.g. Ali Mamlouk"}],
        )

    async def build() -> View:
        start, end = dates(date_from, date_to)
        floor = number(min_confidence, "min_confidence", 0, 1, 0.0)
        most = max(settings.max_view_nodes - 1, 1)
        cap = int(number(counterparts, "counterparts", 1, most, min(WHO_MET_COUNTERPARTS, most)))
        query = WhoMetQuery(date_from=start, date_to=end, min_confidence=floor, limit=cap)
        answer = await who_met_answer(repo, required(actor, "actor"), query)
        found, rows = answer.actor, answer.counterparts
        hidden = answer.total - len(rows)
        more = (
            {**_more(request, "counterparts", cap, most), "hidden": hidden}
            if hidden > 0 and cap < most
            else None
        )
        notes = []
        if start or end:
            notes.append(f"Meetings from {start or 'the first'} to {end or 'the last'}.")
        if floor:
            notes.append(f"Only facts with confidence ≥ {floor:g}.")
        graph = who_met_graph(found, rows, notes=notes)
        same_side = await find_colleagues(repo, str(found["id"]))
        filters = [
            {"name": "actor", "type": "hidden", "value": found["id"]},
            *_date_filters(start, end),
            _confidence_filter(floor),
        ]
        return View(
            graph,
            f"Who met {found['name']}",
            _actor_nav(found),
            focus=str(found["id"]),
            filters=filters,
            filter_action="/who-met",
            positions=star_positions(graph, str(found["id"])),
            answer=who_met_answer_view(found, rows, same_side),
            reset_url=f"/who-met?actor={_q(str(found['id']))}",
            more=more,
        )

    return await serve(request, settings, format, build)


@router.get("/meetings/{meeting_id}", response_class=HTMLResponse)
async def meeting(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    meeting_id: Annotated[str, Path()],
    format: FormatParam = None,
) -> Response:
    async def build() -> View:
        rows = await meeting_answers.meeting(repo, meeting_id)
        m = rows[0]
        title = str(m.get("title") or m.get("kind") or meeting_id)
        graph = meetings_graph(rows, title=title)
        nav = {"Home": "/"}
        year = (m.get("date_start") or "")[:4]
        if year:
            nav[f"Network of {year}"] = network_url(
                date_from=f"{year}-01-01", date_to=f"{year}-12-31"
            )
        nav["Meeting (API JSON)"] = f"/api/v1/meetings/{_q(meeting_id)}"
        return View(graph, title, nav, focus=f"meeting:{meeting_id}", answer=meeting_answer(m))

    return await serve(request, settings, format, build)


@router.get("/network", response_class=HTMLResponse)
async def network(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    actor: Text = None,
    country: Text = None,
    organization: Text = None,
    date_from: Text = None,
    date_to: Text = None,
    kind: Text = None,
    channel_kind: Text = None,
    min_confidence: Text = None,
    format: FormatParam = None,
) -> Response:
    async def build() -> View:
        start, end = dates(date_from, date_to)
        floor = number(min_confidence, "min_confidence", 0, 1, 0.0)
        meeting_kind = choice(kind, "kind", MEETING_KINDS)
        channel = choice(channel_kind, "channel_kind", CHANNEL_KINDS)
        filters = MeetingFilters(
            actor=blank(actor),
            country=blank(country),
            date_from=start,
            date_to=end,
            kind=MeetingKind(meeting_kind) if meeting_kind else None,
            channel_kind=ChannelKind(channel) if channel else None,
            min_confidence=floor,
        )
        found = await meeting_answers.meeting_network(
            repo,
            filters,
            blank(organization),
            min(NETWORK_MEETINGS, settings.max_view_nodes),
        )
        who, org, code, rows = found.attendee, found.organization, found.country, found.rows
        said = [
            f"{label} {value}"
            for label, value in (
                ("attended by", who["name"] if who else None),
                ("country", code),
                ("organization", org["name"] if org else None),
                ("from", start),
                ("to", end),
                ("kind", meeting_kind),
                ("channel", channel),
                ("confidence ≥", f"{floor:g}" if floor else None),
            )
            if value
        ]
        title = "Meetings" + (f": {', '.join(said)}" if said else ": all")
        notes = [] if rows else ["No meeting matches these filters."]
        graph = meetings_graph(rows, title=title, notes=notes, total_meetings=found.total)
        fields = [
            {"name": "actor", "label": "Actor", "type": "search",
             "value": who["id"] if who else None},
            {"name": "country", "label": "Country", "type": "search", "value": code,
             "placeholder": "SY or Syria"},
            {"name": "organization", "label": "Organization", "type": "search",
             "value": org["id"] if org else None},
            *_date_filters(start, end),
            {"name": "kind", "label": "Kind", "type": "select", "value": meeting_kind,
             "options": list(MEETING_KINDS)},
            {"name": "channel_kind", "label": "Channel", "type": "select", "value": channel,
             "options": list(CHANNEL_KINDS)},
            _confidence_filter(floor),
        ]  # fmt: skip
        return View(graph, "Filtered network", dict(HOME_NAV), filters=fields)

    return await serve(request, settings, format, build)


def _ask_form(
    title: str, message: str, action: str, submit: str, fields: list[dict[str, Any]]
) -> HTMLResponse:
    html = render_document(
        "message.html",
        page_title=title,
        nav=HOME_NAV,
        context={
            "level": "info",
            "message": message,
            "form": {"action": action, "submit": submit, "fields": fields},
        },
    )
    return HTMLResponse(html)


def _paths_form(source: str | None, target: str | None, message: str) -> HTMLResponse:
    return _ask_form(
        "Paths between two actors",
        message,
        "/paths",
        "Show paths",
        [
            {"name": "from", "label": "From", "value": source, "placeholder": "e.g. Hakan Fidan"},
            {"name": "to", "label": "To", "value": target, "placeholder": "e.g. United States"},
        ],
    )


@router.get("/paths", response_class=HTMLResponse)
async def paths(
    request: Request,
    repo: RepoDep,
    settings: SettingsDep,
    source: Annotated[Text, Query(alias="from")] = None,
    target: Annotated[Text, Query(alias="to")] = None,
    max_hops: Text = None,
    format: FormatParam = None,
) -> Response:
    if (blank(source) is None or blank(target) is None) and blank(format) != "json":
        return _paths_form(
            blank(source), blank(target), "Give two actors to see how they are connected."
        )

    async def build() -> View:
        hops = int(number(max_hops, "max_hops", 1, 6, 6))
        found = await path_answers.paths(
            repo, required(source, "from"), required(target, "to"), hops, PATHS_SHOWN
        )
        start, end, rows = found.start, found.end, found.paths
        documents = await find_documents(
            repo, [s.get("document") for r in rows for s in r.get("steps") or []]
        )
        graph = paths_graph(start, end, rows, documents=documents)
        nav = {
            "Home": "/",
            f"Ego network of {start['name']}": actor_url(str(start["id"])),
            f"Ego network of {end['name']}": actor_url(str(end["id"])),
            f"Who met {start['name']}": f"/who-met?actor={_q(str(start['id']))}",
            "Reverse": f"/paths?from={_q(str(end['id']))}&to={_q(str(start['id']))}",
        }
        filters = [
            {"name": "from", "label": "From", "type": "search", "value": start["id"]},
            {"name": "to", "label": "To", "type": "search", "value": end["id"]},
            {"name": "max_hops", "label": "Max. steps", "type": "number", "value": str(hops),
             "step": "1", "min": "1", "max": "6"},
        ]  # fmt: skip
        return View(
            graph,
            f"Paths: {start['name']} → {end['name']}",
            nav,
            focus=str(start["id"]),
            filters=filters,
            filter_action="/paths",
            positions=paths_positions(str(start["id"]), str(end["id"]), rows),
            answer=paths_answer(start, end, rows),
        )

    return await serve(request, settings, format, build)

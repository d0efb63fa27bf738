"""Turning the rows of the query modules into the :class:`ViewGraph` each page draws.

Pure functions, no database: the pages run the modules and hand their rows here. Actor
nodes keep the actor's id; meetings, places and named channels get a ``meeting:``,
``place:`` or ``channel:`` prefix so that no two kinds of node can share an id.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast, get_args
from urllib.parse import quote, urlencode

from service.answers.common import when
from service.views.graph import EdgeType, NodeType, Source, ViewEdge, ViewGraph, ViewNode

Row = Mapping[str, Any]
Documents = Mapping[str, Row]
"""Document id -> its ``view_documents`` row (title, outlet, published)."""

ACTOR_KINDS: frozenset[str] = frozenset({"person", "organization", "country"})
EDGE_TYPES: frozenset[str] = frozenset(get_args(EdgeType))
MAX_NODE_SOURCES = 6
"""Quotes gathered on a node from the edges around it."""


# ---- URLs of the views -------------------------------------------------------------------


def actor_url(actor_id: str, depth: int | None = None) -> str:
    url = f"/actors/{quote(actor_id, safe='')}"
    return f"{url}?{urlencode({'depth': depth})}" if depth else url


def who_met_url(actor_id: str) -> str:
    return "/who-met?" + urlencode({"actor": actor_id})


def meeting_url(meeting_id: str) -> str:
    return f"/meetings/{quote(meeting_id, safe='')}"


def paths_url(source: str, target: str) -> str:
    return "/paths?" + urlencode({"from": source, "to": target})


def network_url(**filters: str | float | None) -> str:
    query = {k: v for k, v in filters.items() if v not in (None, "")}
    return "/network" + (f"?{urlencode(query)}" if query else "")


def actor_links(actor_id: str, centre: str | None = None) -> dict[str, str]:
    """The views an actor node leads to; with ``centre``, also the paths from the centre."""
    links = {"Ego network": actor_url(actor_id), "Who met this actor": who_met_url(actor_id)}
    if centre and centre != actor_id:
        links["Paths from the centre"] = paths_url(centre, actor_id)
    links["Meetings network"] = network_url(actor=actor_id)
    links["Profile (API JSON)"] = f"/api/v1/actors/{quote(actor_id, safe='')}"
    return links


def meeting_links(meeting_id: str) -> dict[str, str]:
    return {
        "Meeting view": meeting_url(meeting_id),
        "Meeting (API JSON)": f"/api/v1/meetings/{quote(meeting_id, safe='')}",
    }


# ---- small conversions -------------------------------------------------------------------


def node_type(kind: object) -> NodeType:
    """An actor's ``kind`` as a node type; anything unexpected is drawn as an organization."""
    return cast(NodeType, kind) if kind in ACTOR_KINDS else "organization"


def confidence(value: object) -> float:
    """A confidence within 0..1; a missing one counts as 1 (a curated fact)."""
    if not isinstance(value, int | float):
        return 1.0
    return min(max(float(value), 0.0), 1.0)


def view_date(start: str | None, precision: str | None) -> str | None:
    """A date as precise as the source: ``YYYY`` for a year, ``YYYY-MM`` for a month."""
    if not start:
        return None
    if precision == "year":
        return start[:4]
    if precision == "month":
        return start[:7]
    return start[:10]


def source(row: Row, documents: Documents | None = None) -> Source:
    """A :class:`Source` from a row with ``document`` (or ``doc_id``) and ``quote``."""
    doc_id = str(row.get("document") or row.get("doc_id") or "unknown document")
    known = (documents or {}).get(doc_id, {})
    return Source(
        doc_id=doc_id,
        title=row.get("title") or known.get("title"),
        outlet=row.get("outlet") or known.get("outlet"),
        published=row.get("published") or known.get("published"),
        quote=row.get("quote"),
        confidence=confidence(row["confidence"]) if row.get("confidence") is not None else None,
    )


def _unique(sources: Iterable[Source], limit: int | None = None) -> list[Source]:
    seen: set[tuple[str, str | None]] = set()
    kept: list[Source] = []
    for s in sources:
        key = (s.doc_id, s.quote)
        if key in seen:
            continue
        seen.add(key)
        kept.append(s)
        if limit is not None and len(kept) >= limit:
            break
    return kept


def _facts(pairs: Iterable[tuple[str, object]]) -> dict[str, str]:
    """Facts for the side panel, empty values left out."""
    facts: dict[str, str] = {}
    for key, value in pairs:
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        facts[key] = str(value)
    return facts


def _words(text: str | None) -> str | None:
    return text.replace("_", " ") if text else None


def channel_text(channel: Row) -> str:
    """``transport: United Arab Emirates (private UAE plane)``."""
    text = f"{_words(channel.get('kind')) or 'channel'}: {channel.get('through') or '?'}"
    return text + (f" ({channel['detail']})" if channel.get("detail") else "")


def meeting_line(meeting: Row) -> str:
    """One meeting on a line: date, place, kind, status and channels."""
    where = meeting.get("place") or "place unknown"
    if meeting.get("place_country") and meeting["place_country"] not in where:
        where += f", {meeting['place_country']}"
    parts = [when(dict(meeting)), where, str(meeting.get("kind") or "meeting")]
    if meeting.get("status") not in (None, "held"):
        parts.append(str(meeting["status"]))
    if meeting.get("secret"):
        parts.append("secret")
    channels = "; ".join(channel_text(c) for c in meeting.get("channels") or [])
    if channels:
        parts.append(f"via {channels}")
    return " · ".join(parts)


def _gather_node_sources(graph_nodes: dict[str, ViewNode], edges: Sequence[ViewEdge]) -> None:
    """Give nodes without sources of their own the quotes of the edges around them."""
    gathered: dict[str, list[Source]] = {}
    for e in edges:
        for end in (e.source, e.target):
            gathered.setdefault(end, []).extend(e.sources)
    for node_id, node in graph_nodes.items():
        if not node.sources and gathered.get(node_id):
            node.sources = _unique(gathered[node_id], MAX_NODE_SOURCES)


# ---- who met X -----------------------------------------------------------------------------


def who_met_graph(actor: Row, rows: Sequence[Row], *, notes: Sequence[str] = ()) -> ViewGraph:
    """The actor in the centre, one edge per counterpart: labelled by channel, width by the
    number of meetings, the meetings' dates, places, channels and quotes in its panel."""
    centre = str(actor["id"])
    total = int(rows[0]["total"]) if rows else 0
    nodes: dict[str, ViewNode] = {
        centre: ViewNode(
            id=centre,
            label=str(actor.get("name") or centre),
            type=node_type(actor.get("type")),
            country=actor.get("country"),
            facts=_facts([("counterparts", total), ("country", actor.get("country"))]),
            links=actor_links(centre),
        )
    }
    edges: list[ViewEdge] = []
    for row in rows:
        cid = str(row["id"])
        meetings: list[Row] = list(row.get("meetings") or [])
        sources = _unique(source(s) for m in meetings for s in m.get("sources") or [])
        channels: list[Row] = [c for m in meetings for c in m.get("channels") or []]
        kinds = list(dict.fromkeys(str(c["kind"]) for c in channels if c.get("kind")))
        named = list(dict.fromkeys(channel_text({**c, "detail": None}) for c in channels))
        label = named[0] + (f" (+{len(named) - 1})" if len(named) > 1 else "") if named else ""
        roles = sorted({r for m in meetings for r in m.get("counterpart_roles") or []})
        behalf = sorted({b for m in meetings for b in m.get("on_behalf_of") or []})
        facts = _facts(
            [
                ("meetings", row.get("meeting_count")),
                ("first met", row.get("first_met")),
                ("last met", row.get("last_met")),
                ("roles", [_words(r) for r in roles]),
                ("on behalf of", behalf),
                ("channels", "; ".join(named)),
            ]
        )
        for i, m in enumerate(meetings, 1):
            title = m.get("title")
            facts[f"meeting {i}"] = meeting_line(m) + (f" — {title}" if title else "")
            for c in m.get("channels") or []:
                if c.get("quote"):
                    facts.setdefault(f"via {_words(c.get('kind'))}", f"“{c['quote']}”")
        nodes[cid] = ViewNode(
            id=cid,
            label=str(row.get("name") or cid),
            type=node_type(row.get("type")),
            country=row.get("country"),
            facts=_facts(
                [
                    ("affiliations", row.get("affiliations")),
                    (f"meetings with {nodes[centre].label}", row.get("meeting_count")),
                    ("first met", row.get("first_met")),
                    ("last met", row.get("last_met")),
                    ("roles", [_words(r) for r in roles]),
                    ("unnamed in the sources", bool(row.get("unnamed")) or None),
                ]
            ),
            sources=sources[:MAX_NODE_SOURCES],
            links=actor_links(cid, centre),
        )
        first, last = row.get("first_met"), row.get("last_met")
        edges.append(
            ViewEdge(
                source=centre,
                target=cid,
                type="MET",
                kind=kinds[0] if kinds else None,
                label=label or "direct",
                weight=max(int(row.get("meeting_count") or 1), 1),
                date_start=first,
                date_end=last if last != first else None,
                confidence=confidence(row.get("confidence")),
                facts=facts,
                sources=sources,
            )
        )
    _gather_node_sources(nodes, edges)
    name = nodes[centre].label
    return ViewGraph(
        nodes=list(nodes.values()),
        edges=edges,
        title=f"Who met {name}",
        total_nodes=total + 1,
        total_edges=total,
        notes=list(notes),
    )


# ---- ego network ---------------------------------------------------------------------------


def profile_facts(profile: Row) -> tuple[dict[str, str], list[Source]]:
    """The centre's facts and quotes from its ``actor_profile`` row."""
    affiliations: list[Row] = list(profile.get("affiliations") or [])
    facts = _facts(
        [
            ("title", profile.get("title")),
            ("aliases", profile.get("aliases")),
            ("country", profile.get("country_name") or profile.get("country")),
            ("organization type", profile.get("org_type")),
            (
                "affiliations",
                [
                    f"{_words(str(a.get('relation') or '').lower())} {a.get('target')}"
                    + (f" ({a['title']})" if a.get("title") else "")
                    for a in affiliations
                ],
            ),
            ("meetings", profile.get("meetings")),
            ("counterparts", profile.get("counterparts")),
            ("first meeting", profile.get("first_meeting")),
            ("last meeting", profile.get("last_meeting")),
            ("actions done", profile.get("actions_done")),
            ("actions suffered", profile.get("actions_suffered")),
        ]
    )
    sources = [
        Source(doc_id=str((a.get("documents") or ["unknown document"])[0]), quote=a["quote"])
        for a in affiliations
        if a.get("quote")
    ]
    return facts, sources


def ego_graph(
    row: Row, *, profile: Row | None = None, documents: Documents | None = None, depth: int = 1
) -> ViewGraph:
    """The ``ego_network`` row: actors around the centre, MET and affiliation edges."""
    centre = str(row["id"])
    nodes: dict[str, ViewNode] = {}
    for n in row.get("nodes") or []:
        nid = str(n["id"])
        nodes[nid] = ViewNode(
            id=nid,
            label=str(n.get("name") or nid),
            type=node_type(n.get("type")),
            country=n.get("country"),
            facts=_facts(
                [
                    ("steps from the centre", n.get("depth")),
                    ("ties in this network", n.get("degree")),
                    ("unnamed in the sources", bool(n.get("unnamed")) or None),
                ]
            ),
            links=actor_links(nid, centre),
        )
    if profile and centre in nodes:
        facts, sources = profile_facts(profile)
        docs = documents or {}
        nodes[centre].facts = {**facts, **nodes[centre].facts}
        nodes[centre].sources = [
            s.model_copy(
                update={
                    "title": docs.get(s.doc_id, {}).get("title"),
                    "outlet": docs.get(s.doc_id, {}).get("outlet"),
                    "published": docs.get(s.doc_id, {}).get("published"),
                }
            )
            for s in sources
        ]
    edges: list[ViewEdge] = []
    for e in row.get("edges") or []:
        kind = str(e.get("type") or "MET")
        if kind not in EDGE_TYPES or e.get("source") not in nodes or e.get("target") not in nodes:
            continue
        sources = [source(e, documents)] if e.get("quote") else []
        first, last = e.get("first"), e.get("last")
        meeting = e.get("meeting")
        edges.append(
            ViewEdge(
                source=str(e["source"]),
                target=str(e["target"]),
                type=cast(EdgeType, kind),
                label=e.get("title")
                or (f"{e['weight']} meetings" if e.get("weight", 1) > 1 else None),
                weight=max(int(e.get("weight") or 1), 1),
                date_start=first,
                date_end=last if last != first else None,
                facts=_facts(
                    [
                        ("shared meetings", e.get("weight") if kind == "MET" else None),
                        ("first", first),
                        ("last", last if last != first else None),
                        ("latest meeting", meeting),
                        ("title", e.get("title")),
                    ]
                ),
                sources=sources,
            )
        )
    _gather_node_sources(nodes, edges)
    name = nodes[centre].label if centre in nodes else centre
    notes = [f"Actors up to {depth} step{'s' if depth != 1 else ''} from {name}."]
    if row.get("truncated"):
        notes.append("The network was cut at the cap: the best-connected actors are kept.")
    return ViewGraph(
        nodes=list(nodes.values()),
        edges=edges,
        title=f"{name}: ego network",
        notes=notes,
    )


# ---- meetings (one, or the filtered network) ---------------------------------------------------


def _through_node(channel: Row) -> tuple[str, NodeType]:
    through_type = channel.get("through_type")
    through_id = str(channel.get("through_id") or channel.get("through") or "unknown")
    if through_type in ACTOR_KINDS:
        return through_id, node_type(through_type)
    return f"channel:{through_id}", "channel"


def meetings_graph(
    rows: Sequence[Row], *, title: str, notes: Sequence[str] = (), total_meetings: int | None = None
) -> ViewGraph:
    """Meetings (rows of ``meeting`` or ``view_network``) with their participants (ATTENDED,
    role), place (HELD_AT), channels (VIA) and, when given, the actions around them."""
    nodes: dict[str, ViewNode] = {}
    edges: list[ViewEdge] = []
    attended: dict[str, int] = {}
    for m in rows:
        mid = f"meeting:{m['id']}"
        sources = [source(s) for s in m.get("sources") or []]
        docs: dict[str, Row] = {s.doc_id: s.model_dump() for s in sources}
        date = view_date(m.get("date_start"), m.get("date_precision"))
        end = view_date(m.get("date_end"), m.get("date_precision"))
        end = end if end != date else None
        participants: list[Row] = list(m.get("participants") or [])
        channels: list[Row] = list(m.get("channels") or [])
        actions: list[Row] = list(m.get("actions") or [])
        nodes[mid] = ViewNode(
            id=mid,
            label=str(m.get("title") or f"{m.get('kind') or 'meeting'} {date or ''}".strip()),
            type="meeting",
            date=date,
            facts=_facts(
                [
                    ("kind", m.get("kind")),
                    ("date", when(dict(m))),
                    ("status", m.get("status")),
                    ("secret", True if m.get("secret") else None),
                    ("place", ", ".join(x for x in (m.get("place"), m.get("place_country")) if x)),
                    ("participants", len(participants)),
                    ("channels", "; ".join(channel_text(c) for c in channels)),
                    (
                        "actions",
                        "; ".join(
                            f"{a.get('actor')} {_words(a.get('action'))}"
                            + (f" {a['target']}" if a.get("target") else "")
                            for a in actions
                        ),
                    ),
                ]
            ),
            sources=sources,
            links=meeting_links(str(m["id"])),
        )
        for p in participants:
            pid = str(p["id"])
            attended[pid] = attended.get(pid, 0) + 1
            if pid not in nodes:
                nodes[pid] = ViewNode(
                    id=pid,
                    label=str(p.get("name") or pid),
                    type=node_type(p.get("type")),
                    country=p.get("country"),
                    links=actor_links(pid),
                )
            role = p.get("role") or "participant"
            edges.append(
                ViewEdge(
                    source=pid,
                    target=mid,
                    type="ATTENDED",
                    kind=role,
                    label=_words(role) if role != "participant" else None,
                    date_start=date,
                    date_end=end,
                    confidence=confidence(p.get("confidence")),
                    facts=_facts([("role", _words(role)), ("on behalf of", p.get("on_behalf_of"))]),
                    sources=[
                        source({"document": d, "quote": p.get("quote")}, docs)
                        for d in (p.get("documents") or [None])[:1]
                    ]
                    if p.get("quote")
                    else [],
                )
            )
        if m.get("place_id") or m.get("place"):
            place_id = f"place:{m.get('place_id') or m.get('place')}"
            nodes.setdefault(
                place_id,
                ViewNode(
                    id=place_id,
                    label=str(m.get("place") or m.get("place_id")),
                    type="place",
                    country=m.get("place_country"),
                    facts=_facts([("kind", m.get("place_kind")), ("in", m.get("place_country"))]),
                ),
            )
            edges.append(
                ViewEdge(source=mid, target=place_id, type="HELD_AT", date_start=date, date_end=end)
            )
        for c in channels:
            tid, ttype = _through_node(c)
            nodes.setdefault(
                tid,
                ViewNode(
                    id=tid,
                    label=str(c.get("through") or tid),
                    type=ttype,
                    links=actor_links(tid) if ttype != "channel" else {},
                ),
            )
            edges.append(
                ViewEdge(
                    source=mid,
                    target=tid,
                    type="VIA",
                    kind=c.get("kind"),
                    label=_words(c.get("kind")),
                    date_start=date,
                    date_end=end,
                    confidence=confidence(c.get("confidence")),
                    facts=_facts(
                        [
                            ("detail", c.get("detail")),
                            ("run by", c.get("run_by")),
                        ]
                    ),
                    sources=[
                        source({"document": d, "quote": c.get("quote")}, docs)
                        for d in (c.get("documents") or [next(iter(docs), None)])[:1]
                    ]
                    if c.get("quote")
                    else [],
                )
            )
        for a in actions:
            kind = str(a.get("action") or "").upper()
            actor_id = a.get("actor_id")
            target = str(a["target_id"]) if a.get("target_id") else mid
            if kind not in EDGE_TYPES or actor_id not in nodes or target not in nodes:
                continue
            edges.append(
                ViewEdge(
                    source=str(actor_id),
                    target=target,
                    type=cast(EdgeType, kind),
                    label=_words(a.get("action")),
                    date_start=date,
                    confidence=confidence(a.get("confidence")),
                    facts=_facts([("detail", a.get("detail"))]),
                    sources=[
                        source({"document": next(iter(docs), None), "quote": a["quote"]}, docs)
                    ]
                    if a.get("quote")
                    else [],
                )
            )
    for pid, count in attended.items():
        nodes[pid].facts = {"meetings in this view": str(count), **nodes[pid].facts}
    _gather_node_sources(nodes, edges)
    graph = ViewGraph(nodes=list(nodes.values()), edges=edges, title=title, notes=list(notes))
    if total_meetings is not None and total_meetings > len(rows):
        graph.notes.append(
            f"Showing the {len(rows)} latest of {total_meetings} matching meetings; "
            "narrow the filters to see the others."
        )
    return graph


# ---- overview -------------------------------------------------------------------------------


def overview_graph(row: Row | None) -> ViewGraph:
    """The busiest actors and the meetings each pair shared."""
    if not row:
        return ViewGraph(nodes=[], edges=[], title="Overview", notes=["The graph is empty."])
    nodes = [
        ViewNode(
            id=str(a["id"]),
            label=str(a.get("name") or a["id"]),
            type=node_type(a.get("type")),
            country=a.get("country"),
            facts=_facts([("meetings", a.get("meetings")), ("country", a.get("country"))]),
            links=actor_links(str(a["id"])),
        )
        for a in row.get("actors") or []
    ]
    edges = []
    for e in row.get("edges") or []:
        first, last = e.get("first"), e.get("last")
        facts = _facts([("shared meetings", e.get("weight")), ("first", first), ("last", last)])
        for i, m in enumerate(e.get("meetings") or [], 1):
            facts[f"meeting {i}"] = meeting_line(m) + (f" — {m['title']}" if m.get("title") else "")
        edges.append(
            ViewEdge(
                source=str(e["source"]),
                target=str(e["target"]),
                type="MET",
                weight=max(int(e.get("weight") or 1), 1),
                date_start=first,
                date_end=last if last != first else None,
                confidence=confidence(e.get("confidence")),
                facts=facts,
                sources=[source(e)] if e.get("quote") else [],
            )
        )
    by_id = {n.id: n for n in nodes}
    _gather_node_sources(by_id, edges)
    return ViewGraph(
        nodes=nodes,
        edges=edges,
        title="Actors linked by shared meetings",
        total_nodes=int(row.get("total") or 0),
        notes=["Edge width: the number of meetings two actors shared."],
    )


# ---- paths ------------------------------------------------------------------------------------


def paths_graph(
    start: Row,
    end: Row,
    rows: Sequence[Row],
    *,
    documents: Documents | None = None,
    texts: Sequence[str] = (),
) -> ViewGraph:
    """Every step of the paths between two actors, each node and edge drawn once."""
    nodes: dict[str, ViewNode] = {}
    on_paths: dict[str, list[str]] = {}
    edges: dict[tuple[str, str, str], ViewEdge] = {}
    for actor in (start, end):
        aid = str(actor["id"])
        nodes[aid] = ViewNode(
            id=aid,
            label=str(actor.get("name") or aid),
            type=node_type(actor.get("type")),
            country=actor.get("country"),
            links=actor_links(aid),
        )
    for row in rows:
        rank = str(row.get("rank"))
        before: tuple[str, str | None] | None = None
        for step in row.get("steps") or []:
            is_meeting = step.get("type") == "meeting"
            nid = f"meeting:{step['id']}" if is_meeting else str(step["id"])
            date = view_date(step.get("date_start"), step.get("date_precision"))
            if nid not in nodes:
                nodes[nid] = ViewNode(
                    id=nid,
                    label=str(step.get("name") or step["id"]),
                    type="meeting" if is_meeting else node_type(step.get("type")),
                    date=date if is_meeting else None,
                    facts=_facts(
                        [("date", when(dict(step))), ("place", step.get("place"))]
                        if is_meeting
                        else []
                    ),
                    links=meeting_links(str(step["id"])) if is_meeting else actor_links(nid),
                )
            on_paths.setdefault(nid, [])
            if rank not in on_paths[nid]:
                on_paths[nid].append(rank)
            relation = step.get("relation")
            if before is not None and relation in EDGE_TYPES:
                prev, prev_date = before
                a, b = (prev, nid) if step.get("direction") == "out" else (nid, prev)
                key = (a, b, str(relation))
                if key not in edges:
                    role = step.get("role")
                    edges[key] = ViewEdge(
                        source=a,
                        target=b,
                        type=cast(EdgeType, relation),
                        kind=role,
                        label=_words(role or step.get("title")),
                        date_start=date if is_meeting else prev_date,
                        facts=_facts([("role", _words(role)), ("title", step.get("title"))]),
                        sources=[source(step, documents)] if step.get("quote") else [],
                    )
            before = (nid, date if is_meeting else None)
    for nid, ranks in on_paths.items():
        nodes[nid].facts = {**nodes[nid].facts, "on paths": ", ".join(ranks)}
    _gather_node_sources(nodes, list(edges.values()))
    names = f"{nodes[str(start['id'])].label} and {nodes[str(end['id'])].label}"
    notes = [f"{i}. {t}" for i, t in enumerate(texts, 1)] or [
        f"No connection between {names} within the step limit."
    ]
    return ViewGraph(
        nodes=list(nodes.values()),
        edges=list(edges.values()),
        title=f"Paths between {names}",
        notes=notes,
    )


PATH_STEP_PX = 230.0
PATH_ROW_PX = 130.0


def paths_positions(start: str, end: str, rows: Sequence[Row]) -> dict[str, tuple[float, float]]:
    """Paths drawn left to right, one row each: the start on the left, the end on the right,
    a step shared by several paths where it first appears."""
    longest = max((len(r.get("steps") or []) for r in rows), default=2)
    span = (longest - 1) * PATH_STEP_PX
    pos: dict[str, tuple[float, float]] = {start: (0.0, 0.0), end: (span, 0.0)}
    middle = (len(rows) - 1) / 2
    for rank, row in enumerate(rows):
        steps = list(row.get("steps") or [])
        stride = span / max(len(steps) - 1, 1)
        for i, step in enumerate(steps):
            nid = f"meeting:{step['id']}" if step.get("type") == "meeting" else str(step["id"])
            pos.setdefault(nid, (i * stride, (rank - middle) * PATH_ROW_PX))
    return pos


STAR_MAX = 80
"""Up to this many counterparts, who-met pages draw them on a circle around the actor."""


def star_positions(graph: ViewGraph, centre: str) -> dict[str, tuple[float, float]] | None:
    """The centre in the middle and the others on a circle wide enough for their labels;
    ``None`` above ``STAR_MAX`` nodes (the engine's own layout then)."""
    others = [n.id for n in graph.nodes if n.id != centre]
    if not others or len(others) > STAR_MAX:
        return None
    radius = max(260.0, 34.0 * len(others) / math.pi)
    pos = {centre: (0.0, 0.0)}
    for i, nid in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / len(others)
        pos[nid] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    return pos

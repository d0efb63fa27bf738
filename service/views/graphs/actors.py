"""Graphs around actors: who met X (a star), an ego network with the centre's profile, and
the overview of the most connected actors."""

from __future__ import annotations

from collections.abc import Sequence

from service.views.dates import date_label, precise_iso
from service.views.graph import EdgeType, Source, ViewEdge, ViewGraph, ViewNode
from service.views.graphs.common import (
    EDGE_TYPES,
    MAX_NODE_SOURCES,
    Documents,
    Row,
    channel_text,
    confidence,
    fact_lines,
    gather_node_sources,
    joined_channels,
    meeting_line,
    node_type,
    source,
    spaced,
    unique_sources,
)
from service.views.urls import actor_links


def _dated(start: object, precision: object) -> str | None:
    return date_label(str(start), str(precision or "day")) if start else None


def _start(meeting: Row) -> str:
    return str(meeting.get("date_start") or "")


def _when_label(meeting: Row) -> str | None:
    if not meeting.get("date_start"):
        return None
    return date_label(meeting.get("date_start"), meeting.get("date_precision"))


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
            facts=fact_lines([("counterparts", total), ("country", actor.get("country"))]),
            links=actor_links(centre),
        )
    }
    edges: list[ViewEdge] = []
    for row in rows:
        cid = str(row["id"])
        meetings: list[Row] = list(row.get("meetings") or [])
        sources = unique_sources(source(s) for m in meetings for s in m.get("sources") or [])
        channels: list[Row] = [c for m in meetings for c in joined_channels(m, cid)]
        kinds = list(dict.fromkeys(str(c["kind"]) for c in channels if c.get("kind")))
        named = list(dict.fromkeys(channel_text({**c, "detail": None}) for c in channels))
        label = named[0] + (f" (+{len(named) - 1})" if len(named) > 1 else "") if named else ""
        roles = sorted({r for m in meetings for r in m.get("counterpart_roles") or []})
        behalf = sorted({b for m in meetings for b in m.get("on_behalf_of") or []})
        dated = sorted((m for m in meetings if m.get("date_start")), key=_start)
        first_m, last_m = (dated[0], dated[-1]) if dated else ({}, {})
        first_met, last_met = _when_label(first_m), _when_label(last_m)
        facts = fact_lines(
            [
                ("meetings", row.get("meeting_count")),
                ("first met", first_met),
                ("last met", last_met if last_met != first_met else None),
                ("roles", [spaced(r) for r in roles]),
                ("on behalf of", behalf),
                ("channels", "; ".join(named)),
            ]
        )
        for i, m in enumerate(meetings, 1):
            title = m.get("title")
            shown = {**m, "channels": joined_channels(m, cid)}
            facts[f"meeting {i}"] = meeting_line(shown) + (f" — {title}" if title else "")
            for c in shown["channels"]:
                if c.get("quote"):
                    facts.setdefault(f"via {spaced(c.get('kind'))}", f"“{c['quote']}”")
        nodes[cid] = ViewNode(
            id=cid,
            label=str(row.get("name") or cid),
            type=node_type(row.get("type")),
            country=row.get("country"),
            facts=fact_lines(
                [
                    ("affiliations", row.get("affiliations")),
                    (f"meetings with {nodes[centre].label}", row.get("meeting_count")),
                    ("first met", first_met),
                    ("last met", last_met if last_met != first_met else None),
                    ("roles", [spaced(r) for r in roles]),
                    ("unnamed in the sources", bool(row.get("unnamed")) or None),
                ]
            ),
            sources=sources[:MAX_NODE_SOURCES],
            links=actor_links(cid, centre),
        )
        first = precise_iso(first_m.get("date_start"), first_m.get("date_precision"))
        last = precise_iso(
            last_m.get("date_end") or last_m.get("date_start"), last_m.get("date_precision")
        )
        edges.append(
            ViewEdge(
                source=centre,
                target=cid,
                type="MET",
                kind=kinds[0] if kinds else None,
                label=label or None,
                weight=max(int(row.get("meeting_count") or 1), 1),
                date_start=first,
                date_end=last if last != first else None,
                confidence=confidence(row.get("confidence")),
                facts=facts,
                sources=sources,
            )
        )
    gather_node_sources(nodes, edges)
    name = nodes[centre].label
    return ViewGraph(
        nodes=list(nodes.values()),
        edges=edges,
        title=f"Who met {name}",
        total_nodes=total + 1,
        total_edges=total,
        notes=list(notes),
    )


def affiliation_lines(affiliations: Sequence[Row]) -> list[str]:
    """ "leads National Security Bureau (head; director)": one line per relation and target,
    the titles the sources give it gathered in brackets."""
    titles: dict[str, list[str]] = {}
    for a in affiliations:
        line = f"{spaced(str(a.get('relation') or '').lower())} {a.get('target')}"
        found = titles.setdefault(line, [])
        if a.get("title") and a["title"] not in found:
            found.append(str(a["title"]))
    return [line + (f" ({'; '.join(t)})" if t else "") for line, t in titles.items()]


def profilefact_lines(profile: Row) -> tuple[dict[str, str], list[Source]]:
    """The centre's facts and quotes from its ``actor_profile`` row."""
    affiliations: list[Row] = list(profile.get("affiliations") or [])
    facts = fact_lines(
        [
            ("title", profile.get("title")),
            ("aliases", profile.get("aliases")),
            ("country", profile.get("country_name") or profile.get("country")),
            ("organization type", profile.get("org_type")),
            ("affiliations", affiliation_lines(affiliations)),
            ("meetings", profile.get("meetings")),
            ("counterparts met", profile.get("counterparts")),
            ("colleagues (same side)", profile.get("colleagues") or None),
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
            facts=fact_lines(
                [
                    ("steps from the centre", n.get("depth")),
                    ("ties in this network", n.get("degree")),
                    ("unnamed in the sources", bool(n.get("unnamed")) or None),
                ]
            ),
            links=actor_links(nid, centre),
        )
    if profile and centre in nodes:
        facts, sources = profilefact_lines(profile)
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
        first = precise_iso(e.get("first"), e.get("first_precision"))
        last = precise_iso(e.get("last"), e.get("last_precision"))
        meeting = e.get("meeting")
        edges.append(
            ViewEdge(
                source=str(e["source"]),
                target=str(e["target"]),
                type=EdgeType(kind),
                label=e.get("title")
                or (f"{e['weight']} meetings" if e.get("weight", 1) > 1 else None),
                weight=max(int(e.get("weight") or 1), 1),
                date_start=first,
                date_end=last if last != first else None,
                facts=fact_lines(
                    [
                        ("shared meetings", e.get("weight") if kind == "MET" else None),
                        ("first", _dated(e.get("first"), e.get("first_precision"))),
                        (
                            "last",
                            _dated(e.get("last"), e.get("last_precision"))
                            if last != first
                            else None,
                        ),
                        ("latest meeting", meeting),
                        ("title", e.get("title")),
                    ]
                ),
                sources=sources,
            )
        )
    gather_node_sources(nodes, edges)
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
            facts=fact_lines([("meetings", a.get("meetings")), ("country", a.get("country"))]),
            links=actor_links(str(a["id"])),
        )
        for a in row.get("actors") or []
    ]
    edges = []
    for e in row.get("edges") or []:
        shown = {str(m.get("date_start")): m.get("date_precision") for m in e.get("meetings") or []}
        first_p = shown.get(str(e.get("first")), "day")
        last_p = shown.get(str(e.get("last")), "day")
        first = precise_iso(e.get("first"), first_p)
        last = precise_iso(e.get("last"), last_p)
        facts = fact_lines(
            [
                ("shared meetings", e.get("weight")),
                ("first", _dated(e.get("first"), first_p)),
                ("last", _dated(e.get("last"), last_p) if last != first else None),
            ]
        )
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
    gather_node_sources(by_id, edges)
    return ViewGraph(
        nodes=nodes,
        edges=edges,
        title="Actors linked by shared meetings",
        total_nodes=int(row.get("total") or 0),
        notes=["Edge width: the number of meetings two actors shared."],
    )

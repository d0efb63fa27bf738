"""A synthetic :class:`ViewGraph` for tests and benchmarks.

Actors fall into regions and mostly meet within their region, so the graph has the
community structure real contact networks show; a few hubs attend many meetings. Dates
span 2015-2020, and some names and quotes carry HTML to exercise the escaping.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from service.views.graph import EdgeType, Source, ViewEdge, ViewGraph, ViewNode

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_QUOTE = '</script><script>alert("quote")</script> said <b>nothing</b> & left'
CHANNEL_KINDS = ("intermediary", "mediator", "host", "transport", "back_channel", "phone")
ROLES = ("participant", "head_of_delegation", "host", "mediator", "observer", "envoy")
OUTLETS = ("Al-Monitor", "Reuters", "Asharq Al-Awsat", "TASS", "Enab Baladi")
_FIRST = date(2015, 1, 1)
_DAYS = (date(2020, 12, 31) - _FIRST).days


def _source(rng: random.Random, doc: int, quote: str) -> Source:
    published = _FIRST + timedelta(days=rng.randrange(_DAYS))
    return Source(
        doc_id=f"doc-{doc}",
        title=f"Report {doc} on regional talks",
        outlet=rng.choice(OUTLETS),
        published=published.isoformat(),
        quote=quote,
        confidence=round(rng.uniform(0.6, 1.0), 2),
    )


def synthetic_graph(n_nodes: int, *, seed: int = 1, xss: bool = True) -> ViewGraph:
    """About ``n_nodes`` nodes (exactly, for ``n_nodes >= 20``) with meetings and channels.

    Node ids are stable for a given ``n_nodes`` and ``seed``: ``p0``… persons, ``o0``…
    organizations, ``c0``… countries, ``pl0``… places, ``ch0``… channels, ``m0``… meetings.
    With ``xss``, person ``p1`` is named ``XSS_NAME`` and some quotes hold ``XSS_QUOTE``.
    """
    rng = random.Random(seed)
    n = max(n_nodes, 20)
    n_countries = max(3, min(60, n // 25))
    n_places = max(2, n // 14)
    n_channels = max(2, n // 40)
    n_meetings = max(4, n * 3 // 10)
    n_actors = n - n_countries - n_places - n_channels - n_meetings
    n_orgs = max(2, n_actors // 4)
    n_people = n_actors - n_orgs
    regions = max(2, n // 90)

    def region_of(index: int, count: int) -> int:
        return index * regions // count

    def regional(items: list[str], region: int) -> str:
        """Mostly an item of the region's own share of ``items``, sometimes any."""
        if rng.random() < 0.1:
            return rng.choice(items)
        share = max(1, len(items) // regions)
        return items[min(len(items) - 1, region * len(items) // regions + rng.randrange(share))]

    nodes: list[ViewNode] = []
    countries = [f"c{i}" for i in range(n_countries)]
    for i, cid in enumerate(countries):
        nodes.append(
            ViewNode(id=cid, label=f"Country {i}", type="country", facts={"iso": f"C{i:02d}"})
        )
    places = [f"pl{i}" for i in range(n_places)]
    for i, pid in enumerate(places):
        nodes.append(
            ViewNode(
                id=pid,
                label=f"City {i}",
                type="place",
                country=regional(countries, region_of(i, n_places)),
            )
        )
    orgs = [f"o{i}" for i in range(n_orgs)]
    for i, oid in enumerate(orgs):
        kind = rng.choice(("government", "intelligence", "military", "party", "IGO", "media"))
        nodes.append(
            ViewNode(
                id=oid,
                label=f"Organization {i}",
                type="organization",
                org_type=kind,
                country=rng.choice(countries),
                facts={"org_type": kind},
                links={"Ego network": f"/views/actor/{oid}", "JSON": f"/api/actors/{oid}"},
            )
        )
    people = [f"p{i}" for i in range(n_people)]
    for i, pid in enumerate(people):
        name = XSS_NAME if xss and i == 1 else f"Person {i}"
        nodes.append(
            ViewNode(
                id=pid,
                label=name,
                type="person",
                country=rng.choice(countries),
                facts={"name": name, "region": str(region_of(i, n_people))},
                links={
                    "Ego network": f"/views/actor/{pid}",
                    "Who met this actor": f"/views/who-met/{pid}",
                    "JSON": f"/api/actors/{pid}",
                },
            )
        )
    channels = [f"ch{i}" for i in range(n_channels)]
    for i, chid in enumerate(channels):
        nodes.append(ViewNode(id=chid, label=f"Channel {i}", type="channel"))

    edges: list[ViewEdge] = []
    doc = 0

    def quoted(text: str) -> list[Source]:
        nonlocal doc
        doc += 1
        quote = XSS_QUOTE if xss and doc % 17 == 0 else text
        return [_source(rng, doc, quote)]

    def link(a: str, b: str, rel: EdgeType, **extra: object) -> None:
        edges.append(
            ViewEdge.model_validate(
                {
                    "source": a,
                    "target": b,
                    "type": rel,
                    "sources": quoted(f"{a} {rel.lower().replace('_', ' ')} {b}."),
                    **extra,
                }
            )
        )

    popularity = [1.0] * n_people
    for i in range(n_meetings):
        mid = f"m{i}"
        region = region_of(i, n_meetings)
        day = (_FIRST + timedelta(days=rng.randrange(_DAYS))).isoformat()
        place = regional(places, region)
        nodes.append(
            ViewNode(
                id=mid,
                label=f"Meeting {i}",
                type="meeting",
                date=day,
                facts={
                    "date": day,
                    "place": place,
                    "kind": rng.choice(("meeting", "talks", "visit")),
                },
                sources=quoted(f"Meeting {i} was held on {day}."),
                links={"Meeting view": f"/views/meeting/{mid}", "JSON": f"/api/meetings/{mid}"},
            )
        )
        pool = [
            j for j in range(n_people) if region_of(j, n_people) == region or rng.random() < 0.02
        ]
        weights = [popularity[j] for j in pool]
        attendees = {
            pool[k] for k in rng.choices(range(len(pool)), weights=weights, k=rng.randint(2, 4))
        }
        for j in attendees:
            popularity[j] += 1.0
            role = rng.choice(ROLES)
            link(people[j], mid, "ATTENDED", kind=role, date_start=day, facts={"role": role})
        link(mid, place, "HELD_AT", date_start=day)
        if rng.random() < 0.3:
            kind = rng.choice(CHANNEL_KINDS)
            link(
                mid,
                rng.choice(channels),
                "VIA",
                kind=kind,
                date_start=day,
                facts={"channel kind": kind},
            )
        if rng.random() < 0.05:
            action: EdgeType = rng.choice(("BOYCOTTED", "INVITED", "PREVENTED"))
            link(rng.choice(orgs), mid, action, date_start=day)
    for i, pid in enumerate(people):
        if rng.random() < 0.6:
            region = region_of(i, n_people)
            link(
                pid,
                regional(orgs, region),
                "HOLDS_POSITION",
                kind="official",
                facts={"title": "official"},
            )
    for i, oid in enumerate(orgs):
        link(oid, regional(countries, region_of(i, n_orgs)), "BASED_IN")
    for i, pid in enumerate(places):
        link(pid, regional(countries, region_of(i, n_places)), "IN")
    return ViewGraph(
        nodes=nodes,
        edges=edges,
        title=f"Synthetic network of {n} nodes",
        notes=["Synthetic data for tests and benchmarks."],
    )

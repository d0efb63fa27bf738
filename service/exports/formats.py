"""The export formats, each written piece by piece (a generator of text) for streaming.

- **GraphML**: one ``<key>`` per attribute with an id unique across nodes and edges
  (``n_*``/``e_*``), an id on every edge; undirected graph, each edge's ``relationship``
  attribute holds its type. Read by Gephi, yEd, Cytoscape, networkx and igraph.
- **GEXF 1.3** in dynamic mode: edges carry the meeting's ``start``/``end`` dates (so
  Gephi's timeline plays the meetings), the relationship type as the ``relationship``
  attribute and as the edge's ``kind`` (Gephi's edge type), channel kind and secrecy as
  attributes. Every edge is ``undirected``: Gephi 0.10 rejects ``mutual``, networkx refuses
  a graph that mixes directed and undirected edges, and an affiliation keeps its direction
  as source → target with its type. Gephi merges parallel edges of one type (two meetings
  of the same pair become one edge of weight 2); the other readers keep each.
- **Cytoscape JSON** (``elements.nodes``/``elements.edges`` with ``data``), as Cytoscape
  desktop and Cytoscape.js read it.
- **CSV** node and edge tables with the headers Gephi's spreadsheet importer and Kumu
  expect (``headers=gephi|kumu``); a cell that a spreadsheet would take for a formula is
  escaped.
- **FollowTheMoney** entities as JSON lines: Person, Organization or PublicBody for
  actors, an Event per meeting, an Article per source, a Documentation linking each
  meeting to each source with its sentence, and Membership/Directorship for affiliations.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import fields
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from service.exports.graph import Edge, Export, Node

NODE_ATTRS: list[tuple[str, str]] = [
    ("type", "string"),
    ("country", "string"),
    ("org_type", "string"),
    ("title", "string"),
    ("aliases", "string"),
    ("unnamed", "boolean"),
    ("meetings", "int"),
    ("first_met", "string"),
    ("last_met", "string"),
]
EDGE_ATTRS: list[tuple[str, str]] = [
    ("relationship", "string"),
    ("meeting", "string"),
    ("kind", "string"),
    ("title", "string"),
    ("status", "string"),
    ("secret", "boolean"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("channel_kind", "string"),
    ("place", "string"),
    ("quote", "string"),
    ("document", "string"),
    ("confidence", "double"),
]
GRAPHML_TYPES = {"string": "string", "boolean": "boolean", "int": "int", "double": "double"}
GEXF_TYPES = {"string": "string", "boolean": "boolean", "int": "integer", "double": "double"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def node_values(node: Node) -> dict[str, Any]:
    """A node's attributes as scalars (lists joined by ``; ``), None left out."""
    values: dict[str, Any] = {
        "type": node.type,
        "country": node.country,
        "org_type": node.org_type,
        "title": node.title,
        "aliases": "; ".join(node.aliases) or None,
        "unnamed": node.unnamed,
        "meetings": node.meetings,
        "first_met": node.first_met,
        "last_met": node.last_met,
    }
    return {k: v for k, v in values.items() if v is not None}


def edge_values(edge: Edge) -> dict[str, Any]:
    """An edge's attributes as scalars, None left out."""
    values = {f.name: getattr(edge, f.name) for f in fields(edge)}
    for key in ("id", "source", "target", "type", "directed"):
        values.pop(key)
    values["relationship"] = edge.type
    return {k: v for k, v in values.items() if v is not None}


def text(value: Any) -> str:
    """An attribute value as XML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def graph_label(export: Export) -> str:
    note = " (truncated: raise ACTORNET_EXPORT_MAX_ITEMS for more)" if export.truncated else ""
    return f"actornet: {export.scope}{note}"


def graphml(export: Export) -> Iterator[str]:
    """GraphML 1.0 with unique key ids and unique edge ids."""
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        '<key id="g_description" for="graph" attr.name="description" attr.type="string"/>\n'
        '<key id="n_label" for="node" attr.name="label" attr.type="string"/>\n'
    )
    for name, kind in NODE_ATTRS:
        yield (
            f'<key id="n_{name}" for="node" attr.name="{name}" '
            f'attr.type="{GRAPHML_TYPES[kind]}"/>\n'
        )
    yield '<key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n'
    for name, kind in EDGE_ATTRS:
        yield (
            f'<key id="e_{name}" for="edge" attr.name="{name}" '
            f'attr.type="{GRAPHML_TYPES[kind]}"/>\n'
        )
    yield '<graph id="actornet" edgedefault="undirected">\n'
    yield f'<data key="g_description">{escape(graph_label(export))}</data>\n'
    for node in export.nodes.values():
        data = "".join(
            f'<data key="n_{k}">{escape(text(v))}</data>' for k, v in node_values(node).items()
        )
        yield (
            f'<node id={quoteattr(node.id)}><data key="n_label">{escape(node.name)}</data>'
            f"{data}</node>\n"
        )
    for edge in export.edges:
        data = "".join(
            f'<data key="e_{k}">{escape(text(v))}</data>' for k, v in edge_values(edge).items()
        )
        yield (
            f"<edge id={quoteattr(edge.id)} source={quoteattr(edge.source)} "
            f'target={quoteattr(edge.target)}><data key="e_label">{escape(edge.type)}</data>'
            f"{data}</edge>\n"
        )
    yield "</graph>\n</graphml>\n"


def gexf(export: Export) -> Iterator[str]:
    """GEXF 1.3, dynamic: meeting edges live from their start to their end date."""
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.3" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
        f"<meta><creator>actornet</creator>"
        f"<description>{escape(graph_label(export))}</description></meta>\n"
        '<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">\n'
        '<attributes class="node" mode="static">\n'
    )
    for i, (name, kind) in enumerate(NODE_ATTRS):
        yield f'<attribute id="n{i}" title="{name}" type="{GEXF_TYPES[kind]}"/>\n'
    yield '</attributes>\n<attributes class="edge" mode="static">\n'
    for i, (name, kind) in enumerate(EDGE_ATTRS):
        yield f'<attribute id="e{i}" title="{name}" type="{GEXF_TYPES[kind]}"/>\n'
    yield "</attributes>\n<nodes>\n"
    node_ids = {name: f"n{i}" for i, (name, _) in enumerate(NODE_ATTRS)}
    edge_ids = {name: f"e{i}" for i, (name, _) in enumerate(EDGE_ATTRS)}
    for node in export.nodes.values():
        values = "".join(
            f'<attvalue for="{node_ids[k]}" value={quoteattr(text(v))}/>'
            for k, v in node_values(node).items()
        )
        yield (
            f"<node id={quoteattr(node.id)} label={quoteattr(node.name)}>"
            f"<attvalues>{values}</attvalues></node>\n"
        )
    yield "</nodes>\n<edges>\n"
    for edge in export.edges:
        values = "".join(
            f'<attvalue for="{edge_ids[k]}" value={quoteattr(text(v))}/>'
            for k, v in edge_values(edge).items()
        )
        spell = ""
        if edge.date_start:
            spell = f' start="{edge.date_start}" end="{edge.date_end or edge.date_start}"'
        yield (
            f"<edge id={quoteattr(edge.id)} source={quoteattr(edge.source)} "
            f'target={quoteattr(edge.target)} type="undirected" kind={quoteattr(edge.type)} '
            f'label={quoteattr(edge.type)} weight="1.0"{spell}>'
            f"<attvalues>{values}</attvalues></edge>\n"
        )
    yield "</edges>\n</graph>\n</gexf>\n"


def cytoscape(export: Export) -> Iterator[str]:
    """Cytoscape JSON: ``{"data": …, "elements": {"nodes": […], "edges": […]}}``."""
    head = {"name": graph_label(export), "truncated": export.truncated}
    yield '{"data": ' + json.dumps(head, ensure_ascii=False) + ', "elements": {"nodes": ['
    for i, node in enumerate(export.nodes.values()):
        data = {"id": node.id, "name": node.name, "value": node.id, **node_values(node)}
        yield ("," if i else "") + "\n" + json.dumps({"data": data}, ensure_ascii=False)
    yield '\n], "edges": ['
    for i, edge in enumerate(export.edges):
        data = {
            "id": edge.id,
            "key": edge.id,  # networkx's reader keeps parallel edges apart by it
            "source": edge.source,
            "target": edge.target,
            "directed": edge.directed,
            **edge_values(edge),
        }
        yield ("," if i else "") + "\n" + json.dumps({"data": data}, ensure_ascii=False)
    yield '\n]}, "directed": false, "multigraph": true}\n'


def safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: one that starts like a formula gets a ``'``."""
    if value is None:
        return ""
    cell = text(value)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_rows(rows: Iterator[list[Any]]) -> Iterator[str]:
    """Rows as CSV text, one line at a time, every cell escaped."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


NODE_CSV_ATTRS = [name for name, _ in NODE_ATTRS if name != "type"]
EDGE_CSV_ATTRS = [name for name, _ in EDGE_ATTRS if name != "relationship"]


def nodes_csv(export: Export, headers: str) -> Iterator[str]:
    """The node table: Gephi's ``Id,Label`` or Kumu's ``Label,Type``, then the attributes."""

    def rows() -> Iterator[list[Any]]:
        if headers == "kumu":
            yield ["Label", "Type", "ID", "Description", "Tags", *NODE_CSV_ATTRS]
        else:
            yield ["Id", "Label", "Type", *NODE_CSV_ATTRS]
        for node in export.nodes.values():
            values = node_values(node)
            extra = [values.get(name) for name in NODE_CSV_ATTRS]
            if headers == "kumu":
                tags = "|".join(filter(None, [node.country, node.org_type]))
                yield [node.name, node.type, node.id, node.title, tags, *extra]
            else:
                yield [node.id, node.name, node.type, *extra]

    return csv_rows(rows())


def edges_csv(export: Export, headers: str) -> Iterator[str]:
    """The edge table: Gephi's ``Source,Target,Type,Id,Label,Weight`` (Type is the
    direction) or Kumu's ``From,To,Type,Direction`` (Type is the relationship)."""

    def rows() -> Iterator[list[Any]]:
        if headers == "kumu":
            yield ["From", "To", "Type", "Direction", "ID", *EDGE_CSV_ATTRS]
        else:
            yield ["Source", "Target", "Type", "Id", "Label", "Weight", *EDGE_CSV_ATTRS]
        for edge in export.edges:
            values = edge_values(edge)
            extra = [values.get(name) for name in EDGE_CSV_ATTRS]
            if headers == "kumu":
                direction = "directed" if edge.directed else "undirected"
                yield [edge.source, edge.target, edge.type, direction, edge.id, *extra]
            else:
                direction = "Directed" if edge.directed else "Undirected"
                yield [edge.source, edge.target, direction, edge.id, edge.type, 1, *extra]

    return csv_rows(rows())


GOVERNMENTAL = frozenset(
    {"government", "intelligence", "military", "ministry", "security", "police"}
)
TIE_SCHEMATA: dict[str, tuple[str, str, str]] = {
    # relationship: (schema, property of the subject, property of the object)
    "MEMBER_OF": ("Membership", "member", "organization"),
    "PART_OF": ("Membership", "member", "organization"),
    "LEADS": ("Directorship", "director", "organization"),
    "HOLDS_POSITION": ("Employment", "employee", "employer"),
}


def ftm_id(kind: str, value: str) -> str:
    """An FtM entity id: ``actornet-<kind>-<value>`` in the characters ids may hold."""
    safe = "".join(ch if ch.isascii() and (ch.isalnum() or ch in ".-") else "-" for ch in value)
    return f"actornet-{kind}-{safe}"


def ftm_country(code: str | None) -> list[str]:
    return [code.lower()] if code else []


def ftm_entity(entity_id: str, schema: str, properties: dict[str, list[Any]]) -> str:
    """One entity as a JSON line, empty properties left out."""
    props = {k: [str(v) for v in vs if v not in (None, "")] for k, vs in properties.items()}
    body = {"id": entity_id, "schema": schema, "properties": {k: v for k, v in props.items() if v}}
    return json.dumps(body, ensure_ascii=False) + "\n"


def ftm_actor_schema(node: Node) -> str:
    if node.type == "person":
        return "Person"
    if node.type == "country" or (node.org_type or "").lower() in GOVERNMENTAL:
        return "PublicBody"
    return "Organization"


def ftm(export: Export) -> Iterator[str]:
    """FollowTheMoney entities, one JSON object a line."""
    schemata: dict[str, str] = {}
    for node in export.nodes.values():
        schema = ftm_actor_schema(node)
        schemata[node.id] = schema
        props: dict[str, list[Any]] = {
            "name": [node.name],
            "alias": list(node.aliases),
            "country": ftm_country(node.country),
            "sourceUrl": [],
            "notes": [f"actornet id: {node.id}"],
        }
        if schema == "Person":
            props["position"] = [node.title]
        else:
            props["classification"] = [node.org_type]
        if node.type == "country":
            props["jurisdiction"] = ftm_country(node.country)
        yield ftm_entity(ftm_id("actor", node.id), schema, props)
    for document in export.documents().values():
        yield ftm_entity(
            ftm_id("document", document["document"]),
            "Article",
            {
                "title": [document.get("title")],
                "publishedAt": [document.get("published")],
                "publisher": [document.get("outlet")],
                "sourceUrl": [document.get("url")],
            },
        )
    for meeting in export.meetings:
        event_id = ftm_id("meeting", meeting["id"])
        place = ", ".join(filter(None, [meeting.get("place"), meeting.get("place_country")]))
        channels = "; ".join(
            " ".join(filter(None, [c.get("kind"), c.get("through")])) for c in meeting["channels"]
        )
        summary = " ".join(
            filter(
                None,
                [
                    f"{meeting['kind'] or 'meeting'} ({meeting.get('status') or 'held'})",
                    "secret" if meeting.get("secret") else None,
                    f"via {channels}" if channels else None,
                    f"as reported: {meeting['date_text']}" if meeting.get("date_text") else None,
                ],
            )
        )
        start, end = meeting.get("date_start"), meeting.get("date_end")
        yield ftm_entity(
            event_id,
            "Event",
            {
                "name": [
                    meeting.get("title") or f"{meeting['kind']} at {place or 'unknown place'}"
                ],
                "summary": [summary],
                "date": [start],
                "startDate": [start],
                "endDate": [end if end and end != start else None],
                "location": [place],
                "country": ftm_country(meeting.get("place_country_code")),
                "involved": [ftm_id("actor", p["id"]) for p in meeting["participants"]],
                "organizer": [
                    ftm_id("actor", p["id"]) for p in meeting["participants"] if p["role"] == "host"
                ],
                "proof": [ftm_id("document", s["document"]) for s in meeting["sources"]],
                "notes": [f"actornet id: {meeting['id']}"],
            },
        )
        for source in meeting["sources"]:
            yield ftm_entity(
                ftm_id("documentation", f"{meeting['id']}.{source['document']}"),
                "Documentation",
                {
                    "document": [ftm_id("document", source["document"])],
                    "entity": [event_id],
                    "role": ["source"],
                    "summary": [source.get("quote")],
                },
            )
    for edge in export.edges:
        if edge.type == "MET":
            continue
        schema, subject, obj = TIE_SCHEMATA.get(edge.type, ("UnknownLink", "subject", "object"))
        if schemata[edge.target] == "Person" or (
            schema == "Employment" and schemata[edge.source] != "Person"
        ):
            schema, subject, obj = "UnknownLink", "subject", "object"
        yield ftm_entity(
            ftm_id("tie", edge.id.replace("|", ".")),
            schema,
            {
                subject: [ftm_id("actor", edge.source)],
                obj: [ftm_id("actor", edge.target)],
                "role": [edge.title or edge.type.lower().replace("_", " ")],
                "summary": [edge.quote],
            },
        )

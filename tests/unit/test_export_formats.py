"""The export writers on a small graph built in memory: key and edge ids unique, spreadsheet
formulas escaped in CSV, GEXF dates on meeting edges only, FtM ids within FtM's alphabet."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from service.exports import formats
from service.exports.graph import Export, build

ACTORS = [
    {
        "id": "a",
        "name": '=HYPERLINK("x")',
        "type": "person",
        "country": "SY",
        "org_type": None,
        "title": "-1+1",
        "aliases": ["@alias"],
        "unnamed": False,
        "ties": [
            {
                "type": "LEADS",
                "target": "o",
                "title": "+head",
                "quote": "q",
                "document": "d",
                "confidence": 1.0,
            }
        ],
    },
    {
        "id": "b",
        "name": "Plain Name",
        "type": "person",
        "country": "TR",
        "org_type": None,
        "title": None,
        "aliases": [],
        "unnamed": False,
        "ties": [],
    },
    {
        "id": "o",
        "name": "Bureau",
        "type": "organization",
        "country": "SY",
        "org_type": "intelligence",
        "title": None,
        "aliases": [],
        "unnamed": False,
        "ties": [],
    },
]
MEETINGS = [
    {
        "id": f"m{i}",
        "kind": "meeting",
        "title": None,
        "status": "held",
        "secret": i == 1,
        "date_start": f"2020-01-0{i}",
        "date_end": f"2020-01-0{i}",
        "date_precision": "day",
        "date_text": "on Monday",
        "place": "Moscow",
        "place_country": "Russia",
        "place_country_code": "RU",
        "participants": [
            {"id": "a", "role": "host", "on_behalf_of": None, "confidence": 1.0},
            {"id": "b", "role": "participant", "on_behalf_of": None, "confidence": 0.9},
        ],
        "channels": [
            {"kind": "back_channel", "through": "UAE", "through_id": "uae", "detail": None}
        ],
        "sources": [
            {
                "document": "doc/1",
                "title": "T",
                "outlet": "O",
                "url": None,
                "published": "2020-01-14",
                "quote": "They met.",
                "confidence": 1.0,
            }
        ],
    }
    for i in (1, 2)
]


def export() -> Export:
    return build("test", ACTORS, MEETINGS)


def test_csv_cells_that_start_like_formulas_are_escaped() -> None:
    rows = list(csv.reader(io.StringIO("".join(formats.nodes_csv(export(), "gephi")))))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("x")' in cells and "'-1+1" in cells and "'@alias" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    edges = list(csv.reader(io.StringIO("".join(formats.edges_csv(export(), "kumu")))))
    assert any("'+head" in row for row in edges)


def test_graphml_keys_and_edge_ids_are_unique_even_for_repeated_meetings() -> None:
    root = ET.fromstring("".join(formats.graphml(export())))
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = [k.get("id") for k in root.iter(f"{ns}key")]
    edges = [e.get("id") for e in root.iter(f"{ns}edge")]
    assert len(keys) == len(set(keys))
    assert len(edges) == len(set(edges)) == 3  # two meetings of a and b, one LEADS


def test_gexf_dates_only_meeting_edges_and_types_them_undirected() -> None:
    root = ET.fromstring("".join(formats.gexf(export())))
    edges = list(root.iter("{http://gexf.net/1.3}edge"))
    assert {e.get("type") for e in edges} == {"undirected"}
    assert sorted(e.get("start") or "" for e in edges) == ["", "2020-01-01", "2020-01-02"]


def test_ftm_ids_use_only_letters_digits_dots_and_dashes() -> None:
    entities = [json.loads(line) for line in "".join(formats.ftm(export())).splitlines()]
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
    assert all(set(e["id"]) <= allowed for e in entities)
    schemata = [e["schema"] for e in entities]
    assert schemata.count("Event") == 2 and "PublicBody" in schemata and "Directorship" in schemata

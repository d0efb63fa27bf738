"""The bulk loader merges documents as the write modules do: whatever their order."""

from __future__ import annotations

import random

from loaders.bulk import build
from loaders.factfile import LoadedFacts, parse_fact_file
from loaders.gazetteer import Gazetteer
from tests.support.retold import retold_corpus


def documents() -> list[LoadedFacts]:
    out = []
    for name, raw in retold_corpus(12):
        loaded = parse_fact_file(raw, source=name, is_json=True)
        assert isinstance(loaded, LoadedFacts), loaded
        out.append(loaded)
    return out


def test_documents_in_any_order_give_the_same_meetings_and_relationships() -> None:
    docs = documents()
    shuffled = list(docs)
    random.Random(3).shuffle(shuffled)
    forward = build(iter(docs), Gazetteer())
    backward = build(iter(shuffled), Gazetteer())
    assert any(len(r.get("doc_ids", [])) > 1 for r in forward.rels.values())
    assert forward.meetings == backward.meetings
    assert forward.rels == backward.rels

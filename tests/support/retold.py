"""Synthetic documents, some of them told again by a second document: the same meetings with
another status, title, quote and confidence, so that loads merge reports across documents."""

from __future__ import annotations

import json
import random
from typing import Any

from bench.corpus import fact_dict

STATUSES = ("planned", "reported", "held")


def retold(facts: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same meetings as ``facts`` (same kind, date, place and participants), told again."""
    doc = facts["document"]["id"]
    again = json.loads(
        json.dumps(facts).replace(f"In {doc.replace('bench-doc-', 'document ')},", "Told again,")
    )
    again["document"]["id"] = f"{doc}-again"
    again["document"]["title"] = f"{facts['document']['title']}, told again"
    for meeting in again["meetings"]:
        meeting["status"] = rng.choice(STATUSES)
        if rng.random() < 0.5:
            meeting["title"] = f"Talks {meeting['ref']}"
        for evidence in meeting["evidence"]:
            evidence["confidence"] = round(rng.uniform(0.5, 1.0), 2)
    return again


def retold_corpus(documents: int, seed: int = 5) -> list[tuple[str, str]]:
    """(source name, JSON text) of ``documents`` synthetic documents and a retelling of every
    other one."""
    rng = random.Random(seed)
    out = []
    for n in range(documents):
        facts = fact_dict(n, 12, 4, rng)
        out.append((f"bench-{n}.json", json.dumps(facts)))
        if n % 2 == 0:
            out.append((f"bench-{n}-again.json", json.dumps(retold(facts, rng))))
    return out

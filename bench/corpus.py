"""A synthetic corpus of fact files for benchmarks: many documents, hub actors, real quotes.

Actors are drawn with a Zipf-like weight, so a few hubs attend thousands of meetings, as the
heads of intelligence services do in real reporting. Every fact's quote is a sentence of
the document's own text, so the loader's quote check runs as it does on real input.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from typing import Any

from loaders.factfile import LoadedFacts, parse_fact_file

CITIES = [("Moscow", "RU"), ("Damascus", "SY"), ("Ankara", "TR"), ("Doha", "QA"),
          ("Geneva", "CH"), ("Vienna", "AT"), ("Beirut", "LB"), ("Amman", "JO"),
          ("Cairo", "EG"), ("Riyadh", "SA"), ("Tehran", "IR"), ("Abu Dhabi", "AE")]  # fmt: skip
COUNTRIES = ["RU", "SY", "TR", "QA", "CH", "AT", "LB", "JO", "EG", "SA", "IR", "AE", "US", "FR"]
KINDS = ["meeting", "talks", "visit", "call"]


def fact_dict(doc_no: int, n_actors: int, meetings: int, rng: random.Random) -> dict[str, Any]:
    """One document with ``meetings`` meetings among actors drawn from ``n_actors``."""
    weights = [1.0 / (i + 1) for i in range(n_actors)]
    published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    sentences: list[str] = []
    actors: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    facts: list[dict[str, Any]] = []
    for k in range(meetings):
        people = set(rng.choices(range(n_actors), weights=weights, k=rng.randint(2, 4)))
        while len(people) < 2:
            people.add(rng.randrange(n_actors))
        refs = []
        for p in sorted(people):
            ref = f"a{p}"
            refs.append(ref)
            actors.setdefault(
                ref,
                {
                    "ref": ref,
                    "canonical_id": f"bench-actor-{p}",
                    "name": f"Actor Number{p}",
                    "type": "person",
                    "country": COUNTRIES[p % len(COUNTRIES)],
                },
            )
        city, code = rng.choice(CITIES)
        places.setdefault(
            city, {"ref": city.lower().replace(" ", "-"), "name": city, "country": code}
        )
        date = published - dt.timedelta(days=rng.randrange(1, 30))
        names = " and ".join(actors[r]["name"] for r in refs)
        sentence = f"In document {doc_no}, {names} met in {city} on {date:%d %B %Y} (item {k})."
        sentences.append(sentence)
        meeting: dict[str, Any] = {
            "ref": f"m{k}",
            "kind": rng.choice(KINDS),
            "date_text": f"on {date:%d %B %Y}",
            "date_start": date.isoformat(),
            "date_precision": "day",
            "place": places[city]["ref"],
            "participants": [{"actor": r} for r in refs],
            "evidence": [{"quote": sentence, "confidence": round(rng.uniform(0.5, 1.0), 2)}],
        }
        if rng.random() < 0.3:
            via = f"a{rng.randrange(n_actors)}"
            actors.setdefault(
                via,
                {"ref": via, "canonical_id": f"bench-actor-{via[1:]}", "name": f"Actor Number{via[1:]}",
                 "type": "person"},
            )  # fmt: skip
            meeting["channels"] = [
                {"kind": "intermediary", "via": via, "evidence": [{"quote": sentence}]}
            ]
        if k % 3 == 0 and len(refs) >= 3:  # a host and a visiting delegation: colleagues
            for n, participant in enumerate(meeting["participants"]):
                participant["side"] = "host" if n == 0 else "visiting"
        facts.append(meeting)
    text = " ".join(sentences)
    return {
        "document": {
            "id": f"bench-doc-{doc_no}",
            "title": f"Synthetic report {doc_no}",
            "outlet": "Bench Wire",
            "published": published.isoformat(),
            "text": text,
        },
        "actors": list(actors.values()),
        "places": list(places.values()),
        "meetings": facts,
    }


def corpus(
    documents: int, n_actors: int = 2000, meetings: int = 5, seed: int = 7
) -> Iterator[LoadedFacts]:
    """``documents`` validated documents, each parsed from JSON as a fact file would be."""
    rng = random.Random(seed)
    for doc_no in range(documents):
        raw = json.dumps(fact_dict(doc_no, n_actors, meetings, rng))
        yield parse_fact_file(raw, source=f"bench-{doc_no}.json", is_json=True)

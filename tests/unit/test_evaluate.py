"""Scoring predicted fact files against gold ones on a small handmade case."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.vocabulary import ActorType
from loaders.evaluate import PRF, as_loaded, evaluate, same_actor, score_document
from loaders.model import Actor, FactFile

TEXT = "Ali Mamlouk met Hakan Fidan in Moscow on Monday. Fidan later called Lavrov."
EV = [{"quote": "Ali Mamlouk met Hakan Fidan"}]


def fact_file(
    doc_id: str,
    actors: list[dict[str, Any]],
    meetings: list[dict[str, Any]],
    places: list[dict[str, Any]] | None = None,
) -> FactFile:
    return FactFile.model_validate(
        {
            "document": {"id": doc_id, "title": "t", "published": "2020-01-14", "text": TEXT},
            "actors": actors,
            "places": places or [],
            "meetings": meetings,
        }
    )


GOLD = fact_file(
    "doc",
    [
        {
            "ref": "ali-mamlouk",
            "name": "Ali Mamlouk",
            "type": "person",
            "canonical_id": "ali-mamlouk",
        },
        {"ref": "hakan-fidan", "name": "Hakan Fidan", "type": "person"},
        {"ref": "sergei-lavrov", "name": "Sergei Lavrov", "type": "person"},
        {"ref": "turkey", "name": "Turkey", "type": "country"},
    ],
    [
        {
            "ref": "m1",
            "participants": [{"actor": "ali-mamlouk"}, {"actor": "hakan-fidan"}],
            "date_start": "2020-01-13",
            "date_precision": "day",
            "place": "moscow",
            "evidence": EV,
            "channels": [{"kind": "host", "via": "turkey", "evidence": EV}],
        },
        {
            "ref": "m2",
            "kind": "call",
            "participants": [{"actor": "hakan-fidan"}, {"actor": "sergei-lavrov"}],
            "evidence": EV,
        },
    ],
    [{"ref": "moscow", "name": "Moscow"}],
)


def test_identical_files_score_one() -> None:
    s = score_document(GOLD, GOLD).scores
    for aspect in ("actors", "meetings", "places", "dates", "channels"):
        assert s[aspect].f1 == 1.0, aspect


def test_meetings_match_on_two_shared_participants_and_attributes_are_scored() -> None:
    pred = fact_file(
        "doc",
        [
            {"ref": "a", "name": "Mamlouk", "type": "person"},  # a lone surname matches
            {"ref": "b", "name": "Major General Hakan Fidan", "type": "person"},  # titles dropped
            {"ref": "c", "name": "Qatar", "type": "country"},
        ],
        [
            {
                "ref": "x",
                "participants": [{"actor": "a"}, {"actor": "b"}],
                "date_start": "2020-01-12",
                "date_precision": "day",
                "place": "doha",
                "evidence": EV,
                "channels": [{"kind": "host", "via": "c", "evidence": EV}],
            },
            {"ref": "y", "participants": [{"actor": "c"}], "evidence": EV},
        ],
        [{"ref": "doha", "name": "Doha"}],
    )
    s = score_document(GOLD, pred).scores
    assert (s["meetings"].tp, s["meetings"].fp, s["meetings"].fn) == (1, 1, 1)
    assert (s["dates"].tp, s["dates"].fp, s["dates"].fn) == (0, 1, 1)
    assert (s["places"].tp, s["places"].fp, s["places"].fn) == (0, 1, 1)
    assert (s["channels"].tp, s["channels"].fp, s["channels"].fn) == (0, 1, 1)
    assert (s["actors"].tp, s["actors"].fp, s["actors"].fn) == (2, 1, 2)
    assert s["meetings"].precision == 0.5
    assert s["meetings"].recall == 0.5


def test_one_shared_participant_needs_the_same_date_or_place() -> None:
    pred = fact_file(
        "doc",
        [{"ref": "f", "name": "Hakan Fidan", "type": "person"}],
        [
            {
                "ref": "x",
                "participants": [{"actor": "f"}],
                "date_start": "2020-01-13",
                "date_precision": "day",
                "evidence": EV,
            },
            {
                "ref": "y",
                "participants": [{"actor": "f"}],
                "date_start": "2019-05-01",
                "date_precision": "day",
                "evidence": EV,
            },
        ],
    )
    s = score_document(GOLD, pred).scores
    assert (s["meetings"].tp, s["meetings"].fp) == (1, 1)


def test_matching_is_one_to_one() -> None:
    pred = fact_file(
        "doc",
        GOLD.model_dump()["actors"],
        [GOLD.model_dump()["meetings"][0]] * 1
        + [dict(GOLD.model_dump()["meetings"][0], ref="dup")],
        GOLD.model_dump()["places"],
    )
    s = score_document(GOLD, pred).scores
    assert (s["meetings"].tp, s["meetings"].fp, s["meetings"].fn) == (1, 1, 1)


def test_documents_pair_by_id_and_totals_are_micro_averaged() -> None:
    other = GOLD.model_copy(update={"document": GOLD.document.model_copy(update={"id": "other"})})
    report = evaluate(as_loaded([GOLD]), as_loaded([other, GOLD]))
    assert [d.doc_id for d in report.documents] == ["doc"]
    assert report.unmatched_pred == ["other"]
    assert report.overall["meetings"].f1 == 1.0


def test_actor_identity_by_canonical_id_and_unnamed_descriptions() -> None:
    a = Actor(ref="a", name="Mamlouk", type=ActorType.person, canonical_id="ali-mamlouk")
    b = Actor(ref="b", name="Ali Mamluk", type=ActorType.person, canonical_id="ali-mamlouk")
    assert same_actor(a, b)
    u = Actor(ref="u", name="a senior US officer", type=ActorType.person, unnamed=True)
    v = Actor(ref="v", name="senior US officer", type=ActorType.person, unnamed=True)
    assert same_actor(u, v)
    assert not same_actor(
        u, Actor(ref="w", name="Turkish delegation", type=ActorType.organization, unnamed=True)
    )


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "f1"), [(0, 0, 0, 0.0), (1, 1, 1, 0.5), (3, 0, 1, 6 / 7)]
)
def test_prf(tp: int, fp: int, fn: int, f1: float) -> None:
    assert PRF(tp, fp, fn).f1 == pytest.approx(f1)


def test_dates_compare_at_the_gold_precision() -> None:
    from core.vocabulary import DatePrecision
    from loaders.evaluate import same_date
    from loaders.model import Meeting

    g = Meeting.model_validate(
        {
            "ref": "g",
            "participants": [{"actor": "a"}],
            "evidence": EV,
            "date_start": "2018-06-24",
            "date_precision": "week",
        }
    )
    p = g.model_copy(update={"date_start": dt.date(2018, 6, 25)})
    assert same_date(g, p)
    assert not same_date(g, p.model_copy(update={"date_precision": DatePrecision.month}))


def test_sides_are_scored_as_same_side_or_across_statements_where_gold_gives_them() -> None:
    people = [
        {"ref": r, "name": n, "type": "person"}
        for r, n in (("mamlouk", "Ali Mamlouk"), ("zeitoun", "Deeb Zeitoun"), ("k", "John Kerry"))
    ]

    def one(sides: tuple[str | None, ...]) -> FactFile:
        refs = ("mamlouk", "zeitoun", "k")
        parts = [{"actor": r, "side": s} for r, s in zip(refs, sides, strict=True)]
        return fact_file("doc", people, [{"ref": "m", "participants": parts, "evidence": EV}])

    gold = one(("host", "host", "visiting"))
    assert score_document(gold, gold).scores["sides"].f1 == 1.0
    # only Mamlouk and Zeitoun have sides, and they say 'across': wrong, and 3 statements missed
    s = score_document(gold, one(("syria", "other", None))).scores["sides"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 3)
    s = score_document(gold, one(("host", "host", None))).scores["sides"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 2)
    # a gold meeting without sides is not scored for them
    assert score_document(one((None, None, None)), gold).scores["sides"] == PRF()

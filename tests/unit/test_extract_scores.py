"""The pipeline against the curated facts: the seed articles and the evaluation set.

The floors are the scores the pipeline reaches (rounded down), so a change that makes
extraction worse fails here; the co-occurrence baseline must stay far below.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT
from loaders.evaluate import PRF, Report, as_loaded, document_text, evaluate, read_dir
from loaders.extract import extract_documents, read_path
from loaders.extract.baseline import baseline_documents

SETS = {
    "seeds": (PROJECT_ROOT / "seeds" / "articles", PROJECT_ROOT / "seeds" / "facts"),
    "eval": (
        PROJECT_ROOT / "seeds" / "eval" / "articles",
        PROJECT_ROOT / "seeds" / "eval" / "facts",
    ),
}
FLOORS = {
    "seeds": {"meetings": 0.9, "places": 0.95, "dates": 0.95, "channels": 0.8, "sides": 0.9},
    "eval": {"meetings": 0.9, "places": 0.85, "dates": 0.95, "channels": 0.8},
}


@cache
def report(name: str, fast: bool = False) -> Report:
    articles, facts = SETS[name]
    docs = [a for path in sorted(Path(articles).glob("*.txt")) for a in read_path(path)]
    return evaluate(read_dir(facts), as_loaded(extract_documents(docs, fast=fast)))


@cache
def baseline(name: str) -> dict[str, PRF]:
    gold = read_dir(SETS[name][1])
    docs = [(g.facts.document, document_text(g)) for g in gold]
    return evaluate(gold, as_loaded(baseline_documents(docs))).overall


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_gold_document_is_paired(name: str) -> None:
    r = report(name)
    assert r.unmatched_gold == []
    assert r.unmatched_pred == []


@pytest.mark.parametrize(("name", "aspect"), [(n, a) for n in sorted(FLOORS) for a in FLOORS[n]])
def test_scores_reach_their_floors(name: str, aspect: str) -> None:
    assert report(name).overall[aspect].f1 >= FLOORS[name][aspect]


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_baseline_is_far_below(name: str) -> None:
    ours = report(name).overall["meetings"].f1
    theirs = baseline(name)["meetings"].f1
    assert theirs < 0.3
    assert ours >= 3 * theirs


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_fast_mode_stays_close(name: str) -> None:
    fast = report(name, fast=True).overall["meetings"].f1
    assert fast >= 0.85
    assert fast >= report(name).overall["meetings"].f1 - 0.1


def test_worker_processes_give_the_same_facts() -> None:
    articles = SETS["seeds"][0]
    docs = [a for path in sorted(Path(articles).glob("*.txt")) for a in read_path(path)]
    one = [f.model_dump() for f in extract_documents(docs)]
    two = [f.model_dump() for f in extract_documents(docs, n_process=2)]
    assert one == two

"""A floor under extraction on real news: the newsdev set beside the project.

The set (25 real news texts with curated contacts and its own scorer) lives outside the
project, at ``../shared/newsdev`` from the project root (``ACTORNET_NEWSDEV`` overrides);
nothing of it is copied here. Where it is absent the test is skipped, saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.evaluate import newsdev_root, run_newsdev

ROOT = Path(__file__).resolve().parents[2]
MEETING_F1_FLOOR = 0.89
PAIR_F1_FLOOR = 0.87


def _newsdev() -> Path:
    root = newsdev_root()
    return root if root.is_absolute() else (ROOT / root).resolve()


@pytest.mark.skipif(
    not (_newsdev() / "gold.yaml").is_file(),
    reason=f"the newsdev set is not at {_newsdev()} (set ACTORNET_NEWSDEV to run this floor)",
)
def test_newsdev_scores_stay_above_their_floor(tmp_path: Path) -> None:
    score = run_newsdev(_newsdev(), tmp_path, gazetteer=ROOT / "seeds" / "gazetteer.yaml")
    assert score.refused == []
    assert score.meeting_f1 >= MEETING_F1_FLOOR, score.table
    assert score.pair_f1 >= PAIR_F1_FLOOR, score.table

"""What the contact projection must do after a write, from snapshots before and after."""

from __future__ import annotations

import datetime as dt
from itertools import combinations

from loaders.projection import Seen, across, changes

DAY = dt.date(2020, 1, 13)


def seen(*attendees: str, date: dt.date | None = DAY) -> Seen:
    """A meeting seen with these attendees: ``"a"`` on no side, ``"a:host"`` on the host side."""
    attended = set()
    for who in attendees:
        actor, _, side = who.partition(":")
        attended.add((actor, side or None))
    return Seen(date, frozenset(attended))


def test_a_new_meeting_adds_its_pairs_without_recomputing() -> None:
    found = changes({}, {"m1": seen("a", "b", "c")})
    assert found.gained == {("a", "b"): ["m1"], ("a", "c"): ["m1"], ("b", "c"): ["m1"]}
    assert found.recompute == set()


def test_a_newcomer_to_a_stored_meeting_adds_only_its_own_pairs() -> None:
    found = changes({"m1": seen("a", "b")}, {"m1": seen("a", "b", "c")})
    assert found.gained == {("a", "c"): ["m1"], ("b", "c"): ["m1"]}
    assert found.recompute == set()


def test_an_unchanged_meeting_changes_nothing() -> None:
    found = changes({"m1": seen("a", "b")}, {"m1": seen("a", "b")})
    assert found.gained == {} and found.recompute == set()


def test_a_deleted_meeting_or_a_lost_attendee_recomputes_the_pairs_it_held() -> None:
    assert changes({"m1": seen("a", "b")}, {}).recompute == {("a", "b")}
    lost = changes({"m1": seen("a", "b", "c")}, {"m1": seen("a", "b")})
    assert lost.recompute == {("a", "c"), ("b", "c")}


def test_a_meeting_that_moved_in_time_recomputes_its_pairs() -> None:
    found = changes({"m1": seen("a", "b")}, {"m1": seen("a", "b", date=dt.date(2020, 2, 1))})
    assert found.recompute == {("a", "b")} and found.gained == {}


def test_pairs_of_an_actor_deleted_and_written_again_are_recomputed() -> None:
    found = changes({"m1": seen("a", "b")}, {"m1": seen("a", "b")}, deleted=["b"])
    assert found.recompute == {("a", "b")}


def test_a_changed_side_recomputes_the_pairs_whose_table_changed() -> None:
    before = {"m1": seen("a:host", "b:guest", "c:guest")}
    after = {"m1": seen("a:host", "b:host", "c:guest")}
    found = changes(before, after)
    assert found.recompute == {("a", "b"), ("b", "c")} and found.gained == {}


def test_an_actor_on_two_sides_sits_across_from_either() -> None:
    before = {"m1": seen("a:host", "a:guest", "b:guest")}
    assert changes(before, {"m1": seen("a:host", "b:guest")}).recompute == set()
    assert changes(before, {"m1": seen("a:guest", "b:guest")}).recompute == {("a", "b")}


def test_across_is_any_pair_of_sides_that_differs_or_is_missing() -> None:
    """Every combination of up to two sides each (or none): the rule as the pairs state it."""
    sides = ["host", "guest", None]
    subsets = [set(c) for n in range(3) for c in combinations(sides, n)]
    for a in subsets:
        for b in subsets:
            brute = any(x is None or y is None or x != y for x in a for y in b)
            assert across(a, b) is brute, (a, b)

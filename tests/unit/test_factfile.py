"""Reading fact files: quotes found across line breaks, offsets filled in, dates anchored."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from loaders.factfile import Rejected, parse_fact_file

TEXT = "On one of the nights of the last week\nof last June, a private plane landed.\n\nThe two men met for four hours."


def facts(**meeting: object) -> str:
    return json.dumps(
        {
            "document": {"id": "t1", "title": "T", "published": "2018-08-28", "text": TEXT},
            "actors": [
                {"ref": "a", "name": "Ali Mamlouk", "type": "person"},
                {"ref": "b", "name": "senior US officer", "type": "person", "unnamed": True},
            ],
            "meetings": [
                {
                    "ref": "m1",
                    "participants": [{"actor": "a"}, {"actor": "b"}],
                    "evidence": [{"quote": "The two men met for four hours."}],
                    **meeting,
                }
            ],
        }
    )


def test_a_quote_is_found_across_a_line_break_and_gets_offsets() -> None:
    loaded = parse_fact_file(
        facts(evidence=[{"quote": "the last week of last June, a private plane"}]),
        source="t",
        is_json=True,
    )
    evidence = loaded.facts.meetings[0].evidence[0]
    assert TEXT[evidence.start : evidence.end] == "the last week\nof last June, a private plane"


def test_relative_dates_are_anchored_on_the_publication_date() -> None:
    loaded = parse_fact_file(
        facts(date_text="the last week of last June"), source="t", is_json=True
    )
    meeting = loaded.facts.meetings[0]
    assert (meeting.date_start, meeting.date_end) == (dt.date(2018, 6, 24), dt.date(2018, 6, 30))
    assert meeting.date_precision.value == "week"
    assert meeting.date_text == "the last week of last June"


def test_a_date_given_explicitly_is_kept() -> None:
    loaded = parse_fact_file(
        facts(date_text="in June", date_start="2018-06-01", date_precision="month"),
        source="t",
        is_json=True,
    )
    assert loaded.facts.meetings[0].date_start == dt.date(2018, 6, 1)


@pytest.mark.parametrize(
    ("raw", "field", "problem"),
    [
        (b"\x00\x01binary", "file", "binary"),
        (b"  \n ", "file", "empty"),
        (b"[1, 2]", "file", "mapping"),
        (facts(date_precision="day").encode(), "meetings[0]", "needs date_start"),
        (facts(participants=[{"actor": "zz"}]).encode(), "document", "unknown actor 'zz'"),
    ],
)
def test_problems_name_the_field(raw: bytes, field: str, problem: str) -> None:
    with pytest.raises(Rejected) as caught:
        parse_fact_file(raw, source="upload", is_json=raw.startswith(b"{"))
    assert caught.value.field == field
    assert problem in caught.value.problem


def test_the_same_content_gives_the_same_fingerprint() -> None:
    one = parse_fact_file(facts(), source="a", is_json=True)
    two = parse_fact_file(facts(), source="b", is_json=True)
    changed = parse_fact_file(facts(status="planned"), source="a", is_json=True)
    assert one.facts_sha256 == two.facts_sha256 != changed.facts_sha256


def test_a_means_channel_names_no_actor_but_other_kinds_must() -> None:
    quote = [{"quote": "The two men met for four hours."}]
    phone = [{"kind": "phone", "detail": "by telephone", "evidence": quote}]
    loaded = parse_fact_file(facts(channels=phone), source="t", is_json=True)
    [channel] = loaded.facts.meetings[0].channels
    assert (channel.kind.value, channel.via, channel.channel) == ("phone", None, None)
    lone = [{"kind": "intermediary", "evidence": quote}]
    with pytest.raises(Rejected) as caught:
        parse_fact_file(facts(channels=lone), source="t", is_json=True)
    assert caught.value.field.startswith("meetings[0].channels[0]")
    assert "intermediary channel needs via" in caught.value.problem

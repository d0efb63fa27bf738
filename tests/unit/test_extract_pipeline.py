"""Extraction on short texts: meetings, non-meetings, channels, unnamed parties, status."""

from __future__ import annotations

import datetime as dt

from core.vocabulary import ChannelKind, MeetingKind, MeetingStatus
from loaders.extract import EXTRACTOR, extract_documents, extract_text
from loaders.extract.inputs import ArticleInput
from loaders.model import FactFile, Meeting

PUBLISHED = dt.date(2021, 3, 18)  # a Thursday


def facts(text: str, title: str = "A report") -> FactFile:
    return extract_text(f"{title}\n\n{text}", published=PUBLISHED, title=title, outlet="Wire")


def names(ff: FactFile, meeting: Meeting) -> set[str]:
    by_ref = {a.ref: a.name for a in ff.actors}
    return {by_ref[p.actor] for p in meeting.participants}


def place(ff: FactFile, meeting: Meeting) -> str | None:
    return next((p.name for p in ff.places if p.ref == meeting.place), None)


def test_a_meeting_sentence_gives_a_held_meeting_with_date_place_and_quote() -> None:
    ff = facts(
        "French Foreign Minister Claire Martin met her Egyptian counterpart Omar Nabil in Cairo on Monday."
    )
    [m] = ff.meetings
    assert names(ff, m) == {"Claire Martin", "Omar Nabil"}
    assert m.status is MeetingStatus.held
    assert (m.date_start, m.date_precision.value) == (dt.date(2021, 3, 15), "day")
    assert place(ff, m) == "Cairo"
    ev = m.evidence[0]
    assert ff.document.text is not None
    assert ff.document.text[ev.start : ev.end] == ev.quote  # type: ignore[index]
    assert ev.extractor == EXTRACTOR
    assert ev.confidence >= 0.5


def test_statements_and_interviews_are_not_meetings() -> None:
    ff = facts(
        "The minister said in a statement on Tuesday that the country remained open to dialogue. "
        "In an interview with a broadcaster aired on Sunday, the president said he would be "
        "willing to meet the opposition leader only if the talks were guaranteed. "
        '"I have not met him and I will not meet him," he said. '
        "Foreign Minister Ana Ruiz met envoy Li Wei in Rome on Monday."
    )
    held = [m for m in ff.meetings if m.status is MeetingStatus.held]
    # the one real meeting of the text is found, and nothing of the statements is
    assert [names(ff, m) for m in held] == [{"Ana Ruiz", "Li Wei"}]
    assert held[0].evidence[0].quote.startswith("Foreign Minister Ana Ruiz met envoy Li Wei")


def test_a_proposed_meeting_is_planned_not_held() -> None:
    ff = facts(
        "Prime Minister Ana Costa is expected to visit Madrid next month for talks with the king."
    )
    assert ff.meetings
    assert all(m.status is MeetingStatus.planned for m in ff.meetings)


def test_channels_mediators_hosts_envoys_and_planes() -> None:
    ff = facts(
        "Qatar hosted talks on Sunday between representatives of the army and the Rapid Support "
        "Forces. Envoy Paulo Reis met Foreign Minister Diego Vera in Caracas on Monday on behalf of "
        "President Luis Prado. Reis arrived on a Brazilian Air Force plane. The two sides agreed "
        "to keep talking through the Swiss channel."
    )
    kinds = {
        (c.kind, c.via or (c.channel.name if c.channel else None))
        for m in ff.meetings
        for c in m.channels
    }
    by_ref = {a.ref: a.name for a in ff.actors}
    named = {(k, by_ref.get(v or "", v)) for k, v in kinds}
    assert (ChannelKind.host, "Qatar") in named
    assert (ChannelKind.intermediary, "Paulo Reis") in named
    assert (ChannelKind.transport, "Brazilian Air Force") in named
    assert any(k is ChannelKind.back_channel and v and "Swiss channel" in v for k, v in named)
    envoy = next(p for m in ff.meetings for p in m.participants if p.on_behalf_of)
    assert by_ref[envoy.on_behalf_of or ""] == "Luis Prado"


def test_mediated_talks_through_a_country() -> None:
    ff = facts(
        "Iranian envoy Reza Amini and US envoy Tom Hale held indirect talks in Muscat on Saturday "
        "through Omani mediators, officials said."
    )
    [m] = ff.meetings
    vias = {c.via for c in m.channels}
    assert any(a.ref in vias and a.name == "Oman" for a in ff.actors)


def test_unnamed_parties_are_actors_of_their_own() -> None:
    ff = facts(
        "A senior US officer led a delegation of intelligence officers to Damascus. Major General "
        "Ali Mamlouk received a Turkish delegation in Damascus on Monday."
    )
    unnamed = {a.name for a in ff.actors if a.unnamed}
    assert "Turkish delegation" in unnamed
    meeting = next(m for m in ff.meetings if "Ali Mamlouk" in names(ff, m))
    assert "Turkish delegation" in names(ff, meeting)


def test_reported_secret_meeting_that_is_denied() -> None:
    ff = facts(
        "Turkish and Egyptian intelligence officials held a secret meeting in Cairo last month, a "
        "newspaper reported, citing unnamed sources. According to the report, deputy intelligence "
        "chief Kemal Aydin met Major General Hassan Farouk. Egypt's foreign ministry denied the report."
    )
    m = next(m for m in ff.meetings if "Kemal Aydin" in names(ff, m))
    assert m.status is MeetingStatus.denied
    assert m.secret


def test_phone_calls_are_calls_without_a_place() -> None:
    ff = facts("Chancellor Klaus Weber held a phone call with President Maria Lopez on Tuesday.")
    [m] = ff.meetings
    assert m.kind is MeetingKind.call
    assert m.place is None


def test_actions_boycott_and_detention() -> None:
    ff = facts(
        "The Southern Council boycotted the conference in Geneva on Wednesday. Police detained "
        "activist Omar Saleh at the airport on Monday."
    )
    actor_names = {a.ref: a.name for a in ff.actors}
    done = {
        (a.type.value, actor_names[a.actor], actor_names.get(a.target or "")) for a in ff.actions
    }
    assert ("boycotted", "Southern Council", None) in done
    assert ("detained", "Police", "Omar Saleh") in done


def test_many_documents_come_out_in_order_through_nlp_pipe() -> None:
    docs = [
        ArticleInput(
            text=f"Report {i}\n\nMinister Ana Ruiz met envoy Li Wei in Rome on Monday.",
            published=PUBLISHED,
            doc_id=f"doc-{i}",
        )
        for i in range(5)
    ] + [
        ArticleInput(
            text="Weather\n\nIt rained in Rome all day.", published=PUBLISHED, doc_id="rain"
        )
    ]
    out = list(extract_documents(docs))
    assert [f.document.id for f in out] == [f"doc-{i}" for i in range(5)] + ["rain"]
    assert all(len(f.meetings) == 1 for f in out[:5])
    assert out[5].meetings == []

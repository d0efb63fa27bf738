"""The curated seed facts: valid, quoted verbatim, resolvable, and saying what the articles say.

These files are the gold standard that extraction is scored against, so the checks are
strict: every fact file validates against :class:`loaders.model.FactFile`, every quote is
in its article (up to whitespace), every named actor and place is in the gazetteer, the
metadata files agree with the fact files, and a few pinned facts stay as curated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.names import normal_name
from core.vocabulary import (
    ActionType,
    ActorType,
    ChannelKind,
    DatePrecision,
    MeetingStatus,
    OrgType,
    PlaceKind,
    Role,
)
from loaders.factfile import read_fact_file
from loaders.gazetteer import Gazetteer
from loaders.model import Evidence, FactFile, Meeting

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLES = SEEDS / "articles"
FACTS = SEEDS / "facts"
GAZETTEER = SEEDS / "gazetteer.yaml"

ARTICLE_SHA256 = {
    "000_2032daebc6bba803.txt": "4d94d526583a83820f4da4f44ae1e2ef02a3f95165bf9592e6c5d487ed284d09",
    "001_adf1a7f430bef412.txt": "2f49dd244b454054c6957ff9af0b1aef1be3cefde20367abafd12570d2babdb1",
    "002_fa6fac35ca200554.txt": "a0915bc05e9a2478786d5c2324d83b2126a43b6f7d3028d30e905837138bfb7d",
    "003_13d5b0a7579bcb0e.txt": "5a4596f363e6e422d00de393d3d0617adac76cbf4ea52ab9bf7f89a4edbbbf57",
    "004_b78efb8021ad0689.txt": "6adde3d0448fc9906daf7f14f74543e0fc9406d550c6214fe91d552f10e087b8",
}
ROZANA = "rozana-2020-05-25-sochi-travel-bans"
COALITION_CHINA_MOSCOW = "coalition-2018-01-24-china-delegation-moscow-visit"
COALITION_BOYCOTT = "coalition-2017-12-27-sochi-boycott-appeal"
SYRIANA = "syriana-2018-08-28-secret-us-delegation-damascus"
BALADI = "baladi-2020-01-14-fidan-mamlouk-moscow"
FACT_FILES = sorted(FACTS.glob("*.yaml"))


def squeeze(text: str) -> str:
    """Collapse every run of whitespace to one space, as the loader does."""
    return " ".join(text.split())


def load_facts(path: Path) -> FactFile:
    return FactFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def article_text(path: Path, facts: FactFile) -> str:
    assert facts.document.text_file is not None
    return (path.parent / facts.document.text_file).read_text(encoding="utf-8")


def all_evidence(facts: FactFile) -> list[tuple[str, Evidence]]:
    """Every piece of evidence in a fact file, with where it sits."""
    found: list[tuple[str, Evidence]] = []
    for a in facts.actors:
        found += [(f"actor {a.ref}", e) for e in a.evidence]
    for m in facts.meetings:
        found += [(f"meeting {m.ref}", e) for e in m.evidence]
        for p in m.participants:
            found += [(f"meeting {m.ref} participant {p.actor}", e) for e in p.evidence]
        for c in m.channels:
            found += [(f"meeting {m.ref} channel {c.kind}", e) for e in c.evidence]
    for r in facts.relations:
        found += [(f"relation {r.type} {r.subject}->{r.object}", e) for e in r.evidence]
    for act in facts.actions:
        found += [(f"action {act.type} {act.actor}->{act.target}", e) for e in act.evidence]
    return found


@pytest.fixture(scope="module")
def facts() -> dict[str, FactFile]:
    """Every seed fact file, by document id."""
    return {f.document.id: f for f in map(load_facts, FACT_FILES)}


@pytest.fixture(scope="module")
def gazetteer_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def gazetteer_actors(gazetteer_data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in gazetteer_data["actors"]}


def meeting(facts: FactFile, canonical_id: str) -> Meeting:
    found = [m for m in facts.meetings if m.canonical_id == canonical_id]
    assert len(found) == 1, f"{facts.document.id}: no single meeting {canonical_id}"
    return found[0]


def canonical(facts: FactFile, ref: str) -> str:
    """The graph id of an actor ref in a fact file."""
    actor = next(a for a in facts.actors if a.ref == ref)
    assert actor.canonical_id is not None
    return actor.canonical_id


def participants(facts: FactFile, m: Meeting) -> dict[str, Role]:
    return {canonical(facts, p.actor): p.role for p in m.participants}


def places_within(facts: FactFile, ref: str | None) -> list[str]:
    """A place ref and every place it lies in, innermost first."""
    by_ref = {p.ref: p for p in facts.places}
    chain: list[str] = []
    while ref is not None:
        chain.append(ref)
        ref = by_ref[ref].within
    return chain


# --- the files themselves -----------------------------------------------------------------


def test_there_is_one_fact_file_and_one_meta_file_per_article() -> None:
    texts = sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert texts == sorted(ARTICLE_SHA256)
    for name in texts:
        assert (ARTICLES / name).with_suffix(".meta.yaml").is_file(), name
    assert len(FACT_FILES) == len(texts)


@pytest.mark.parametrize("name", sorted(ARTICLE_SHA256))
def test_articles_are_unchanged_copies(name: str) -> None:
    digest = hashlib.sha256((ARTICLES / name).read_bytes()).hexdigest()
    assert digest == ARTICLE_SHA256[name]


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_fact_file_validates_and_is_named_after_its_document(path: Path) -> None:
    facts = load_facts(path)
    assert path.stem == facts.document.id
    assert facts.document.text_file is not None
    assert (path.parent / facts.document.text_file).resolve().parent == ARTICLES.resolve()


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_the_article(path: Path) -> None:
    facts = load_facts(path)
    text = squeeze(article_text(path, facts))
    missing = [where for where, e in all_evidence(facts) if squeeze(e.quote) not in text]
    assert not missing, f"quotes not in the article: {missing}"


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_evidence_is_curated_and_leaves_offsets_to_the_loader(path: Path) -> None:
    for where, e in all_evidence(load_facts(path)):
        assert e.extractor == "curated", where
        assert e.start is None and e.end is None, where


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_the_loader_reads_the_fact_file(path: Path) -> None:
    loaded = read_fact_file(path)
    for where, e in all_evidence(loaded.facts):
        assert e.start is not None and e.end is not None, where
        assert squeeze(loaded.text[e.start : e.end]) == squeeze(e.quote), where


@pytest.mark.parametrize("path", FACT_FILES, ids=lambda p: p.stem)
def test_meta_file_agrees_with_the_fact_file(path: Path) -> None:
    facts = load_facts(path)
    assert facts.document.text_file is not None
    meta_path = (path.parent / facts.document.text_file).with_suffix(".meta.yaml")
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    assert set(meta) == {"id", "title", "outlet", "published", "url", "language"}
    doc = facts.document
    assert meta["id"] == doc.id
    assert meta["title"] == doc.title
    assert meta["outlet"] == doc.outlet
    assert meta["published"] == doc.published
    assert meta["url"] == doc.url
    assert meta["language"] == doc.language == "en"


# --- ids and the gazetteer ----------------------------------------------------------------


def test_gazetteer_ids_are_unique(gazetteer_data: dict[str, Any]) -> None:
    ids = [e["id"] for e in gazetteer_data["actors"]] + [e["id"] for e in gazetteer_data["places"]]
    assert len(ids) == len(set(ids))


def test_gazetteer_entries_are_well_formed(gazetteer_data: dict[str, Any]) -> None:
    for e in gazetteer_data["actors"]:
        assert ActorType(e["type"]), e["id"]
        if e["org_type"] is not None:
            assert e["type"] == "organization", e["id"]
            assert OrgType(e["org_type"]), e["id"]
        if e["type"] == "country":
            assert e["country"], e["id"]
        assert isinstance(e["aliases"], list) and isinstance(e["titles"], list), e["id"]
    for e in gazetteer_data["places"]:
        assert PlaceKind(e["kind"]), e["id"]
        assert isinstance(e["aliases"], list), e["id"]


def test_gazetteer_has_one_country_entry_per_iso_code(gazetteer_data: dict[str, Any]) -> None:
    codes = [e["country"] for e in gazetteer_data["actors"] if e["type"] == "country"]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("kind", ["actors", "places"])
def test_gazetteer_names_and_aliases_do_not_collide(
    gazetteer_data: dict[str, Any], kind: str
) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in gazetteer_data[kind]:
        for name in [e["name"], *e["aliases"]]:
            owners[normal_name(name)].add(e["id"])
    clashes = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_every_named_actor_is_in_the_gazetteer(
    facts: dict[str, FactFile], gazetteer_actors: dict[str, dict[str, Any]]
) -> None:
    for doc_id, f in facts.items():
        for a in f.actors:
            if a.unnamed:
                continue
            where = f"{doc_id}: {a.ref}"
            assert a.canonical_id is not None, where
            assert a.canonical_id in gazetteer_actors, where
            entry = gazetteer_actors[a.canonical_id]
            assert entry["type"] == a.type.value, where
            assert entry["country"] == a.country, where
            assert entry["org_type"] == (a.org_type.value if a.org_type else None), where


def test_unnamed_actors_have_an_affiliation_and_an_id_of_their_own(
    facts: dict[str, FactFile], gazetteer_actors: dict[str, dict[str, Any]]
) -> None:
    seen: dict[str, str] = {}
    for doc_id, f in facts.items():
        for a in f.actors:
            if not a.unnamed:
                continue
            assert a.canonical_id is not None, a.ref
            assert a.canonical_id not in gazetteer_actors, a.ref
            assert seen.setdefault(a.canonical_id, doc_id) == doc_id, a.canonical_id
            if a.ref != "arab-ambassadors-moscow-2018-01":  # ambassadors of many states
                assert a.affiliation is not None, a.ref


def test_every_place_resolves_to_its_gazetteer_entry(facts: dict[str, FactFile]) -> None:
    gazetteer = Gazetteer.load(GAZETTEER)
    for doc_id, f in facts.items():
        for p in f.places:
            match = gazetteer.lookup(p.name, "place")
            assert match is not None and match.method == "exact", f"{doc_id}: {p.name}"
            assert match.entry.id == p.ref, f"{doc_id}: {p.name}"
            assert match.entry.kind == p.kind.value and match.entry.country == p.country


def test_every_meeting_has_a_canonical_id_unique_in_its_file(facts: dict[str, FactFile]) -> None:
    for doc_id, f in facts.items():
        ids = [m.canonical_id for m in f.meetings]
        assert None not in ids, doc_id
        assert len(ids) == len(set(ids)), doc_id


def test_a_meeting_reported_twice_keeps_its_place_and_kind(facts: dict[str, FactFile]) -> None:
    shapes: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    for f in facts.values():
        for m in f.meetings:
            assert m.canonical_id is not None
            shapes[m.canonical_id].add((m.kind.value, m.place))
    assert all(len(s) == 1 for s in shapes.values()), shapes


def test_dated_meetings_have_a_span_that_matches_their_precision(
    facts: dict[str, FactFile],
) -> None:
    for f in facts.values():
        for m in f.meetings:
            if m.date_precision is DatePrecision.unknown:
                assert m.date_start is None and m.date_end is None, m.canonical_id
                continue
            assert m.date_start is not None and m.date_end is not None, m.canonical_id
            days = (m.date_end - m.date_start).days + 1
            limit = {"day": 1, "week": 7, "month": 31, "year": 366}[m.date_precision.value]
            assert days <= limit, m.canonical_id


# --- what the articles say ----------------------------------------------------------------


def test_us_delegation_met_mamlouk_in_damascus_in_june_2018(facts: dict[str, FactFile]) -> None:
    f = facts[SYRIANA]
    m = meeting(f, "damascus-meeting-us-delegation-mamlouk-2018-06")
    who = participants(f, m)
    assert who["ali-mamlouk"] is Role.host
    assert who["us-senior-officer-damascus-2018"] is Role.head_of_delegation
    assert {"us-security-delegation-damascus-2018", "deeb-zeitoun", "mowafaq-asaad"} <= set(who)
    assert "damascus" in places_within(f, m.place)
    assert (m.date_start, m.date_end) == (dt.date(2018, 6, 24), dt.date(2018, 6, 30))
    assert m.date_precision is DatePrecision.week
    assert m.date_text == "one of the nights of the last week of last June"
    assert m.secret and m.status is MeetingStatus.held

    transport = [c for c in m.channels if c.kind is ChannelKind.transport]
    assert len(transport) == 1 and transport[0].via is not None
    assert canonical(f, transport[0].via) == "united-arab-emirates"
    assert transport[0].detail == "private UAE plane"

    back = [c for c in m.channels if c.kind is ChannelKind.back_channel]
    assert len(back) == 1 and back[0].channel is not None
    assert back[0].channel.name == "Russian-Emirati channel"
    runners = {canonical(f, r) for r in back[0].channel.run_by}
    assert runners == {"russia", "united-arab-emirates"}


def test_officers_are_unnamed_parties_of_their_country(facts: dict[str, FactFile]) -> None:
    f = facts[SYRIANA]
    officer = next(a for a in f.actors if a.canonical_id == "us-senior-officer-damascus-2018")
    assert officer.unnamed and officer.affiliation == "united-states"
    deputy = next(
        a for a in f.actors if a.canonical_id == "australian-intelligence-deputy-head-2017"
    )
    assert deputy.unnamed and deputy.affiliation == "australian-intelligence"


def test_australian_deputy_head_visited_mamlouk_about_a_year_earlier(
    facts: dict[str, FactFile],
) -> None:
    f = facts[SYRIANA]
    m = meeting(f, "damascus-visit-australian-intelligence-2017")
    assert m.place == "damascus" and m.kind.value == "visit"
    assert m.date_text == "about a year ago"
    assert m.date_precision is DatePrecision.year and m.date_start == dt.date(2017, 1, 1)
    envoy = next(p for p in m.participants if p.role is Role.envoy)
    assert canonical(f, envoy.actor) == "australian-intelligence-deputy-head-2017"
    assert envoy.on_behalf_of == "united-states"
    assert participants(f, m)["ali-mamlouk"] is Role.host


def test_uae_flew_the_us_delegation(facts: dict[str, FactFile]) -> None:
    f = facts[SYRIANA]
    flights = [a for a in f.actions if a.type is ActionType.transported]
    assert [(a.actor, a.target) for a in flights] == [
        ("united-arab-emirates", "us-security-delegation-damascus-2018")
    ]


def test_fidan_met_mamlouk_in_moscow(facts: dict[str, FactFile]) -> None:
    f = facts[BALADI]
    m = meeting(f, "moscow-meeting-fidan-mamlouk-2020-01-13")
    assert {"hakan-fidan", "ali-mamlouk"} <= set(participants(f, m))
    assert m.place == "moscow" and m.status is MeetingStatus.held
    assert m.date_start == dt.date(2020, 1, 13) and m.date_precision is DatePrecision.day
    assert m.date_text == "on Monday"


def test_mamlouk_is_sanctioned_and_wanted_in_france(facts: dict[str, FactFile]) -> None:
    f = facts[BALADI]
    done = {(a.type, a.actor, a.target) for a in f.actions}
    assert (ActionType.sanctioned, "european-union", "ali-mamlouk") in done
    assert (ActionType.issued_warrant, "france", "ali-mamlouk") in done
    warrant = next(a for a in f.actions if a.type is ActionType.issued_warrant)
    assert warrant.date_start == dt.date(2018, 1, 1)
    assert warrant.date_precision is DatePrecision.year


def test_sochi_congress_was_held_on_30_january_2018(facts: dict[str, FactFile]) -> None:
    f = facts[ROZANA]
    m = meeting(f, "sochi-congress-2018-01-30")
    assert m.status is MeetingStatus.held and m.place == "sochi"
    assert m.date_start == m.date_end == dt.date(2018, 1, 30)
    assert m.date_precision is DatePrecision.day
    who = participants(f, m)
    assert who["russia"] is Role.host
    assert who["staffan-de-mistura"] is Role.envoy
    assert {"haytham-manna", "qadri-jamil", "ahmed-al-jarba", "fateh-jamous"} <= set(who)


def test_sochi_congress_is_planned_in_the_articles_written_before_it(
    facts: dict[str, FactFile],
) -> None:
    for doc_id in (COALITION_BOYCOTT, COALITION_CHINA_MOSCOW):
        f = facts[doc_id]
        m = meeting(f, "sochi-congress-2018-01-30")
        assert m.status is MeetingStatus.planned, doc_id
        assert m.date_start is not None and m.date_end is not None
        assert m.date_start <= dt.date(2018, 1, 30) <= m.date_end, doc_id
        assert participants(f, m) == {"russia": Role.host}


def test_who_boycotted_and_who_was_kept_from_sochi(facts: dict[str, FactFile]) -> None:
    f = facts[ROZANA]
    sochi = meeting(f, "sochi-congress-2018-01-30").ref

    def done(kind: ActionType) -> set[tuple[str, str | None]]:
        return {(a.actor, a.target) for a in f.actions if a.type is kind and a.meeting == sochi}

    boycotters = {actor for actor, _ in done(ActionType.boycotted)}
    assert boycotters == {
        "syrian-negotiation-commission",
        "united-states",
        "united-kingdom",
        "france",
    }
    prevented = done(ActionType.prevented)
    assert ("national-security-bureau", "randa-kassis") in prevented
    assert ("syrian-intelligence", "majid-habo") in prevented
    assert ("ali-mamlouk", "sochi-guests-denied-travel-2018") in prevented
    assert ("ahmed-al-jarba", "qadri-jamil") in prevented
    detained = {(a.actor, a.target) for a in f.actions if a.type is ActionType.detained}
    assert detained == {("syrian-intelligence", "majid-habo")}
    assert ("russia", "qamh-movement") in done(ActionType.transported)


def test_boycott_appeal_is_an_action_not_a_meeting(facts: dict[str, FactFile]) -> None:
    f = facts[COALITION_BOYCOTT]
    assert [m.canonical_id for m in f.meetings] == ["sochi-congress-2018-01-30"]
    (appeal,) = f.actions
    assert appeal.type is ActionType.boycotted
    assert appeal.actor == "sochi-boycott-signatories-2017"


def test_coalition_met_a_chinese_delegation_and_snc_visited_moscow(
    facts: dict[str, FactFile],
) -> None:
    f = facts[COALITION_CHINA_MOSCOW]
    china = meeting(f, "coalition-chinese-fm-delegation-meeting-2018-01-23")
    assert china.date_start == dt.date(2018, 1, 23) and china.date_text == "on Tuesday"
    assert "chinese-fm-delegation-2018-01-23" in participants(f, china)
    beijing = meeting(f, "beijing-visit-syrian-coalition-planned-2018")
    assert beijing.status is MeetingStatus.planned and beijing.place == "beijing"

    lavrov = meeting(f, "moscow-meeting-snc-lavrov-2018-01")
    who = participants(f, lavrov)
    assert who["nasr-hariri"] is Role.head_of_delegation
    assert {"sergei-lavrov", "syrian-negotiation-commission"} <= set(who)
    for cid in (
        "moscow-visit-snc-2018-01",
        "moscow-meeting-snc-slutsky-2018-01",
        "moscow-meeting-snc-arab-ambassadors-2018-01",
        "moscow-visit-snc-orthodox-church-2018-01",
    ):
        m = meeting(f, cid)
        assert m.place == "moscow" and m.date_precision is DatePrecision.month, cid
    invited = {(a.actor, a.target) for a in f.actions if a.type is ActionType.invited}
    assert invited == {("russian-foreign-ministry", "syrian-negotiation-commission")}


def test_counts_per_article(facts: dict[str, FactFile]) -> None:
    counts = {
        doc_id: (len(f.actors), len(f.meetings), len(f.relations), len(f.actions))
        for doc_id, f in facts.items()
    }
    assert counts == {
        ROZANA: (31, 1, 11, 16),
        COALITION_CHINA_MOSCOW: (20, 9, 7, 1),
        COALITION_BOYCOTT: (12, 1, 3, 1),
        SYRIANA: (16, 2, 6, 1),
        BALADI: (11, 2, 4, 2),
    }

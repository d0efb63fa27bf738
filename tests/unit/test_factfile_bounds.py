"""Fact files that try the reader's limits are rejected with the field, never crash it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from loaders.factfile import MAX_NESTING, Rejected, nesting_depth, parse_fact_file, read_fact_file

DATA = Path(__file__).resolve().parent.parent / "data"


def fidan(**document: Any) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / "fidan.yaml").read_text(encoding="utf-8"))
    data["document"].pop("text_file")
    data["document"]["text"] = (DATA / "fidan.txt").read_text(encoding="utf-8")
    data["document"].update(document)
    return data


def test_json_nested_100000_deep_is_rejected_before_parsing() -> None:
    raw = '{"a":' * 100_000 + "1" + "}" * 100_000
    with pytest.raises(Rejected, match=f"nests 100000 levels deep; the limit is {MAX_NESTING}"):
        parse_fact_file(raw, source="deep.json", is_json=True)


def test_yaml_nested_10000_deep_is_rejected_before_parsing() -> None:
    with pytest.raises(Rejected, match="nests 10000 levels deep"):
        parse_fact_file("a: " + "[" * 10_000 + "]" * 10_000, source="deep.yaml")


def test_brackets_inside_strings_do_not_count() -> None:
    assert nesting_depth(json.dumps({"quote": "[" * 500})) == 1


@pytest.mark.parametrize("bad", ["Hakan\x00Fidan", "Hakan \ud800 Fidan"])
def test_nul_and_lone_surrogates_are_rejected_naming_the_field(bad: str) -> None:
    data = fidan()
    data["actors"][0]["name"] = bad
    with pytest.raises(Rejected) as caught:
        parse_fact_file(json.dumps(data, default=str), source="s.json", is_json=True)
    assert caught.value.field == "actors[0].name"


def test_a_relative_date_before_year_one_is_rejected_not_a_crash() -> None:
    data = fidan(published="0001-01-01")
    data["meetings"][0].pop("date_start")
    data["meetings"][0]["date_text"] = "last year"
    with pytest.raises(Rejected) as caught:
        parse_fact_file(json.dumps(data, default=str), source="s.json", is_json=True)
    assert caught.value.field.startswith(("document.published", "meetings"))


def test_an_impossible_yaml_date_is_rejected() -> None:
    raw = yaml.safe_dump(fidan()).replace("published: '2020-01-14'", "published: 2020-02-30")
    raw = raw.replace("published: 2020-01-14", "published: 2020-02-30")
    with pytest.raises(Rejected):
        parse_fact_file(raw, source="s.yaml")


def test_text_file_outside_the_fact_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "facts"
    folder.mkdir(parents=True)
    data = fidan()
    data["document"].pop("text")
    data["document"]["text_file"] = "../../../../../../../../etc/hostname"
    path = folder / "f.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(Rejected) as caught:
        read_fact_file(path)
    assert caught.value.field == "document.text_file"
    assert "must be inside" in caught.value.problem


def test_text_file_beside_the_fact_folder_still_loads(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "fidan.txt").write_bytes((DATA / "fidan.txt").read_bytes())
    data = fidan()
    data["document"].pop("text")
    data["document"]["text_file"] = "../articles/fidan.txt"
    path = tmp_path / "facts" / "f.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert read_fact_file(path).facts.document.id == "test-fidan-mamlouk"


def test_thousands_of_quotes_are_all_located() -> None:
    sentences = [f"Envoy number {i} met minister {i * 7} in city {i % 13}." for i in range(8000)]
    text = "\n".join(sentences)
    data = fidan(text=text)
    quote = data["meetings"][0]["evidence"][0]
    data["meetings"][0]["evidence"] = [{**quote, "quote": s} for s in sentences]
    data["relations"] = []
    data["actions"] = []
    loaded = parse_fact_file(json.dumps(data, default=str), source="s.json", is_json=True)
    evidence = loaded.facts.meetings[0].evidence
    assert len(evidence) == 8000
    for e in (evidence[0], evidence[4321], evidence[-1]):
        assert loaded.text[e.start : e.end] == e.quote

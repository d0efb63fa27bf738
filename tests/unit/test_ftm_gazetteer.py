"""``actornet load --ftm``: people and organisations of FollowTheMoney entities (made here by
the ``followthemoney`` library, as Aleph and OpenSanctions write them) seed the gazetteer,
and the gazetteer then resolves their aliases."""

from __future__ import annotations

import json
from pathlib import Path

from followthemoney import model
from typer.testing import CliRunner

from core.settings import DEFAULT_GAZETTEER
from loaders.gazetteer import Gazetteer
from service.cli import app


def entities_file(tmp_path: Path) -> Path:
    person = model.make_entity("Person")
    person.id = "os-abc"
    person.add("name", "Rustam Minnikhanov")
    person.add("alias", "Rustam Nurgalievich Minnikhanov")
    person.add("country", "ru")
    body = model.make_entity("PublicBody")
    body.id = "os-def"
    body.add("name", "General Intelligence Directorate")
    body.add("alias", "GID")
    body.add("alias", "Idarat al-Mukhabarat al-Amma")
    known = model.make_entity("Person")
    known.id = "os-ghi"
    known.add("name", "Ali Mamlouk")
    known.add("alias", "Ali Mamluk al-Syrian")
    event = model.make_entity("Event")
    event.id = "os-jkl"
    event.add("name", "A meeting")
    path = tmp_path / "entities.ftm.json"
    path.write_text(
        "".join(json.dumps(e.to_dict()) + "\n" for e in (person, body, known, event)),
        encoding="utf-8",
    )
    return path


def test_ftm_people_and_organisations_seed_the_gazetteer(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.yaml"
    result = CliRunner().invoke(
        app,
        [
            "load",
            "--ftm",
            str(entities_file(tmp_path)),
            "--gazetteer",
            str(DEFAULT_GAZETTEER),
            "-o",
            str(out),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == ["rustam-minnikhanov"]
    assert "ali-mamlouk" in report["merged"]  # known already: its alias is added
    assert report["skipped"] == 1  # the event
    gaz = Gazetteer.load(out)
    found = gaz.lookup("Rustam Nurgalievich Minnikhanov", "actor", "person")
    assert found is not None and found.entry.id == "rustam-minnikhanov"
    assert found.entry.country == "RU"
    assert gaz.lookup("Ali Mamluk al-Syrian", "actor").entry.id == "ali-mamlouk"  # type: ignore[union-attr]
    before = Gazetteer.load(DEFAULT_GAZETTEER)
    assert set(before.actors) <= set(gaz.actors) and set(before.places) <= set(gaz.places)


def test_a_file_that_is_not_ftm_is_refused_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "Person", "properties": {}}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["load", "--ftm", str(bad), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 2
    assert "line 2" in result.output

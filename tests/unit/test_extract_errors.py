"""Bad input gets a clear error naming the problem, and the CLI writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from loaders.extract import ExtractionError, extract_text, read_path
from service.cli.extract import register

PUBLISHED = dt.date(2020, 1, 1)


def test_the_error_names_the_input_and_the_problem() -> None:
    with pytest.raises(ValueError) as caught:  # callers that know only ValueError catch it too
        extract_text("   ", published=PUBLISHED)
    error = caught.value
    assert isinstance(error, ExtractionError)
    assert error.problem in str(error)
    assert str(error) == f"{error.source}: {error.problem}"
    assert "empty" in error.problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "is empty"),
        ("   \n\n ", "is empty"),
        ("abc\x00\x01\x02 binary", "binary"),
        (
            "El ministro de Asuntos Exteriores se reunió el lunes con su homólogo francés en Madrid "
            "para hablar de la situación en la región y de las relaciones entre los dos países.",
            "not in English",
        ),
        ("Министр иностранных дел встретился с коллегой в Москве в понедельник.", "not in English"),
        # short, with its nouns capitalised as German writes them: few lower-case words
        (
            "Die Ministerin traf am Dienstag in Wien ihren Kollegen zu einem Gespräch über die Lage.",
            "not in English",
        ),
        (
            "Le ministre a rencontré jeudi son homologue à Rabat pour des entretiens.",
            "not in English",
        ),
    ],
)
def test_bad_text_is_refused(text: str, problem: str) -> None:
    with pytest.raises(ExtractionError, match=problem):
        extract_text(text, published=PUBLISHED)


def test_text_over_the_size_limit_is_refused() -> None:
    with pytest.raises(ExtractionError, match="the limit is 1,000"):
        extract_text("The minister met the envoy. " * 100, published=PUBLISHED, max_bytes=1000)


def test_an_undated_article_is_extracted_with_relative_dates_as_written(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ff = extract_text("A title\n\nClaire Martin met Omar Nabil in Paris on Monday.")
    assert ff.document.published is None
    [m] = ff.meetings
    assert (m.date_text, m.date_start, m.date_precision.value) == ("on Monday", None, "unknown")
    assert "no publication date" in caplog.text


def test_an_undated_article_takes_the_date_of_its_dateline() -> None:
    ff = extract_text("A title\n\nPARIS, 4 March 2021 - Claire Martin met Omar Nabil on Monday.")
    assert ff.document.published == dt.date(2021, 3, 4)
    [m] = ff.meetings
    assert m.date_start == dt.date(2021, 3, 1)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ExtractionError, match="binary"):
        list(read_path(path))


def app() -> typer.Typer:
    cli = typer.Typer()
    register(cli)
    return cli


def test_cli_refuses_bad_input_with_non_zero_exit_and_writes_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Talks\n\nMinister Ana Ruiz met envoy Li Wei in Rome on Monday.\n", encoding="utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app(), ["extract", str(good), str(empty), "--published", "2020-01-01", "-o", str(out)]
    )
    assert result.exit_code != 0
    assert "is empty" in result.output
    assert not out.exists()


def test_cli_extracts_and_evaluates(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks\n\nMinister Ana Ruiz met envoy Li Wei in Rome on Monday.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app(),
        ["extract", str(article), "--published", "2020-01-08", "-o", str(out), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    assert (out / "a.json").is_file()
    result = CliRunner().invoke(app(), ["eval", str(out), str(out)])
    assert result.exit_code == 0, result.output
    assert "meetings" in result.output


def test_cli_rejects_a_bad_date() -> None:
    result = CliRunner().invoke(app(), ["extract", "x.txt", "--published", "yesterday"])
    assert result.exit_code != 0
    assert "not a date" in result.output


def test_cli_eval_can_extract_from_the_gold_documents() -> None:
    from core.settings import PROJECT_ROOT

    gold = PROJECT_ROOT / "seeds" / "facts" / "baladi-2020-01-14-fidan-mamlouk-moscow.yaml"
    result = CliRunner().invoke(app(), ["eval", str(gold), str(gold), "--extract"])
    assert result.exit_code == 0, result.output
    assert "baladi-2020-01-14-fidan-mamlouk-moscow" in result.output


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon, 3 May 2024 — Portuguese Foreign Minister Ana Costa Pereira today met with "
        "Brazilian Foreign Minister Joao Batista Lima in Lisbon.",
        "Minister Olu Adeyemi Received Ambassador Karin Holm Lindqvist And Envoy Tomas Berg "
        "Nyberg At State House Abuja.",
    ],
)
def test_name_heavy_english_news_is_not_refused(text: str) -> None:
    from loaders.extract.guards import guess_language

    assert guess_language(text) == "en"

"""Reading articles: plain text with a sidecar, HTML through trafilatura, JSON lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.extract import ExtractionError, extract_documents, read_path, with_overrides
from loaders.extract.inputs import header_metadata

HTML = """<html><head><title>Ministers meet in Rome</title>
<meta property="og:site_name" content="Roma Wire"><meta name="date" content="2021-05-12"></head>
<body><nav>Home | World | Politics</nav><article><h1>Ministers meet in Rome</h1>
<p>Italian Foreign Minister Paolo Neri met his Greek counterpart Nikos Pappas in Rome on
Tuesday, the ministry said in a statement released in the evening.</p>
<p>The two ministers discussed migration in the Mediterranean and energy links.</p></article>
<footer>We use cookies. Accept Reject</footer></body></html>"""


def test_text_with_a_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks\n\nMinister Ana Ruiz met envoy Li Wei in Rome on Monday.\n"
    )
    (tmp_path / "a.meta.yaml").write_text(
        "id: story-1\ntitle: Talks in Rome\noutlet: Wire\npublished: 2020-01-08\n"
    )
    [article] = read_path(tmp_path / "a.txt")
    assert (article.doc_id, article.title, article.outlet, article.published) == (
        "story-1",
        "Talks in Rome",
        "Wire",
        dt.date(2020, 1, 8),
    )
    flagged = with_overrides(article, published=dt.date(2020, 2, 1), outlet="Other")
    assert (flagged.published, flagged.outlet, flagged.title) == (
        dt.date(2020, 2, 1),
        "Other",
        "Talks in Rome",
    )


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML)
    [article] = read_path(tmp_path / "page.html")
    assert article.published == dt.date(2021, 5, 12)
    assert "Home | World" not in article.text
    [facts] = extract_documents([article])
    [meeting] = facts.meetings
    assert meeting.date_start == dt.date(2021, 5, 11)


def test_json_lines_give_one_article_per_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "j1", "published": "2022-01-10", "text": "Talks\\n\\nMinister Ali Nasser met '
        'envoy Karim Wali in Doha on Sunday."}\n\n'
        '{"published": "2022-01-10", "title": "Statement", "text": "Statement\\n\\nThe ministry '
        'said it remained committed to dialogue with all parties in the region."}\n'
    )
    articles = list(read_path(path))
    assert [a.doc_id for a in articles] == ["j1", "batch-3"]
    out = list(extract_documents(articles))
    assert [len(f.meetings) for f in out] == [1, 0]


def test_a_bad_json_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n{not json\n')
    with pytest.raises(ExtractionError, match=r"bad.jsonl:2: invalid JSON"):
        list(read_path(path))


def test_title_and_date_found_in_the_text() -> None:
    title, published = header_metadata("Coalition News\n24 January 2018 In Coalition News\n\nBody.")
    assert (title, published) == ("Coalition News", dt.date(2018, 1, 24))

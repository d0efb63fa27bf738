"""Clean-up of article text before extraction: wrapped lines, banners, sentences."""

from __future__ import annotations

import pytest

from loaders.extract.cleanup import clean_text
from loaders.extract.segments import split_sentences

WRAPPED = """Details of a secret meeting in Damascus
28
August, 2018
On
one of the nights of last June, the new office of Major General Ali
Mamlouk, director of the Bureau, received
a delegation.
No comments:
Post a Comment
"""


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    text = clean_text(WRAPPED)
    assert "Major General Ali Mamlouk, director of the Bureau, received a delegation." in text


def test_title_and_date_lines_stay_apart_from_the_body() -> None:
    paragraphs = clean_text(WRAPPED).split("\n\n")
    assert paragraphs[0] == "Details of a secret meeting in Damascus"
    assert paragraphs[1] == "28 August, 2018"


def test_cookie_banner_and_comment_widgets_are_dropped() -> None:
    raw = (
        "Ministers meet in Paris\n\nThe ministers met on Monday.\n\n"
        "We use cookies to give you the best possible experience on our website.\n\n"
        "Accept Reject\n\nNo comments:\n\nPost a Comment\n"
    )
    text = clean_text(raw)
    assert "cookies" not in text
    assert "Accept" not in text
    assert "Comment" not in text
    assert text.endswith("The ministers met on Monday.\n")


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "Title\n\nGen. Ali Haidar met Mr. Smith in Geneva. They spoke for an hour."
    sentences = split_sentences(text)
    assert [s.text for s in sentences[1:]] == [
        "Gen. Ali Haidar met Mr. Smith in Geneva.",
        "They spoke for an hour.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_dateline_is_not_part_of_the_first_sentence() -> None:
    text = "Title\n\nNEW DELHI, March 15 (Wire) - The prime minister met the envoy."
    body = split_sentences(text)[1]
    assert body.text == "The prime minister met the envoy."


@pytest.mark.parametrize(
    "line",
    [
        "NEW DELHI, March 15 (Wire) - ",
        "Lisbon, April 2, 2024 — ",
        "Port Louis, 9 October 2023 – ",
        "GENEVA, 21 June 2019 (Agency) — ",
    ],
)
def test_datelines_in_capitals_or_title_case_stay_out_of_the_first_sentence(line: str) -> None:
    text = f"Title\n\n{line}The prime minister met the envoy."
    assert split_sentences(text)[1].text == "The prime minister met the envoy."


@pytest.mark.parametrize(
    "opening",
    ["Foreign Minister Ana Costa — who met the envoy — spoke.", "Lisbon — the envoy spoke."],
)
def test_a_title_case_opening_without_a_date_is_no_dateline(opening: str) -> None:
    assert split_sentences(f"Title\n\n{opening}")[1].text == opening

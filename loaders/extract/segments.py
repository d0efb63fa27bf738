"""Paragraphs and sentences of a cleaned text, with offsets, and which ones to parse.

Splitting is done with regular expressions (fast, offset-exact); only sentences with the
vocabulary of contacts, actions and channels go through the full spaCy pipeline, which is
what makes extraction fast on long articles. Datelines ("NEW DELHI, March 15 (Wire) -")
and header lines (bylines, date lines) are marked so they lend no date or place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "maj",
        "col",
        "lt",
        "sgt",
        "st",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "prof",
        "rev",
        "hon",
        "gov",
        "sen",
        "rep",
    ]
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”»’)]*\s+(?=[\"“«(]?[A-Z0-9])")
_DAY = (
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"  # 'March 3, 2021', 'Sep. 07'
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)"  # '14 November 2022'
)
# 'TEHRAN, Sep. 07 (MNA) –', and a place in title case when a date follows it:
# 'Ankara, March 3, 2021 —', 'Cairo, 14 November 2022 —'
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*" + _DAY + r")?"
    r"|[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3},\s*" + _DAY + r")"
    r"(?:\s*\([^)]{1,40}\))?\s*[-–—]+\s+"
)
_TRIGGER = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talk|talks|talked|visit\w*|receiv\w*|host\w*|welcom\w*|"
    r"call|calls|called|see|seen|phone\w*|telephone\w*|video\w*|conference|summit|congress|forum|"
    r"consultations|negotiat\w*|discuss\w*|spoke|speak\w*|chair\w*|attend\w*|boycott\w*|"
    r"detain\w*|arrest\w*|prevent\w*|bann?ed|permission|permits?|transfer\w*|transport\w*|"
    r"plane|aircraft|jet|channel|envoy|mediat\w*|brokered|delegation|sidelines|signed|shuttled|"
    r"behalf|representing|homage|respects|(?:led|headed)\s+by|invitation|invited|audience|sponsored|"
    r"greet\w*|s(?:at|its?|itting)\s+down)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its offsets in the cleaned text, paragraph number and role."""

    index: int
    start: int
    end: int
    paragraph: int
    header: bool
    text: str

    @property
    def relevant(self) -> bool:
        """Whether the sentence holds a word of contacts, actions or channels."""
        return bool(_TRIGGER.search(self.text))


def _is_header(paragraph: str, index: int) -> bool:
    words = paragraph.split()
    if index == 0:
        return True
    return len(words) <= 10 and not paragraph.rstrip().endswith((".", "!", "?", "»", '"', "”"))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; paragraphs are separated by blank lines."""
    sentences: list[Sentence] = []
    for p_index, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)):
        para = match.group(0)
        base = match.start()
        header = _is_header(para, p_index)
        offset = 0
        dateline = _DATELINE.match(para)
        if dateline and not header:
            offset = dateline.end()
        start = offset
        for boundary in _BOUNDARY.finditer(para, offset):
            before = para[start : boundary.start()].rstrip('.!?"”»’)')
            last = before.split()[-1].casefold() if before.split() else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue
            _add(sentences, text, base + start, base + boundary.start(), p_index, header)
            start = boundary.end()
        _add(sentences, text, base + start, base + len(para), p_index, header)
    return sentences


def _add(
    out: list[Sentence], text: str, start: int, end: int, paragraph: int, header: bool
) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end - start < 3:
        return
    out.append(Sentence(len(out), start, end, paragraph, header, text[start:end]))

"""Text clean-up before extraction: hard-wrapped lines joined, boilerplate dropped.

Web copies of articles arrive with lines broken every few words (sometimes inside names),
cookie banners, comment widgets and navigation crumbs. :func:`clean_text` returns a text
whose paragraphs are single lines, with those remnants removed; every offset the
extractor reports points into this cleaned text.
"""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"^(?:we use cookies\b.*|accept(?:\s+all)?(?:\s+(?:reject|cookies))?|reject|"
    r"accept\s+reject|no comments?:?|post a comment|leave a (?:comment|reply).*|"
    r"note: only a member of this blog may post a comment\.?|related articles?|"
    r"read more:?|share (?:this|on).*|sign up for .*newsletter.*|subscribe.*|"
    r"advertisement|skip to (?:main )?content|all rights reserved.*|"
    r"home media center .*|cookie (?:policy|settings).*|privacy policy|"
    r"this website uses cookies.*|by continuing to use .*cookies.*)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_SENTENCE_END = re.compile(r"[.!?:;»\"”’)]$")
_HEADING_MAX_WORDS = 14
_DATE_LINE_END = re.compile(r"^(?:\S+\s+){0,3}\d{4}$")


def _is_boilerplate(line: str) -> bool:
    return bool(_BOILERPLATE.match(line.strip()))


def _wrapped(lines: list[str]) -> bool:
    """Whether a block's lines look hard-wrapped (short lines that don't end sentences)."""
    if len(lines) < 3:
        return False
    open_ends = sum(1 for ln in lines[:-1] if not _SENTENCE_END.search(ln))
    return open_ends / (len(lines) - 1) >= 0.5


def _join(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; a line ending a sentence closes one."""
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if not current and not out:
            out.append(line)  # the first line: a title or a heading
            continue
        current.append(line)
        closes = _SENTENCE_END.search(line) and not line.endswith((",", ":"))
        if closes or _DATE_LINE_END.match(line):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def clean_text(raw: str) -> str:
    """The cleaned text: normal line ends and spaces, wrapped lines joined, boilerplate gone."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00ad", "").replace("\u200b", "")
    blocks = re.split(r"\n\s*\n", text)
    paragraphs: list[str] = []
    seen_boiler = False
    for block in blocks:
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        kept = [ln for ln in lines if not _is_boilerplate(ln)]
        if len(kept) < len(lines):
            seen_boiler = True
        if not kept:
            continue
        if _wrapped(kept):
            paragraphs.extend(_join(kept))
        else:
            paragraphs.extend(kept)
    if seen_boiler:
        paragraphs = _drop_repeats(paragraphs)
    return "\n\n".join(p for p in paragraphs if p) + ("\n" if paragraphs else "")


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """Drop exact repeats of short trailing lines (banners often appear twice)."""
    seen: set[str] = set()
    out: list[str] = []
    for p in paragraphs:
        key = p.casefold()
        if key in seen and len(p.split()) <= _HEADING_MAX_WORDS:
            continue
        seen.add(key)
        out.append(p)
    return out

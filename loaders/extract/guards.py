"""Checks on raw input before extraction: empty, binary, too large, not English.

Each failed check raises :class:`~loaders.extract.errors.ExtractionError` naming the
problem, so the CLI and the API can answer with a clear message and write nothing.
"""

from __future__ import annotations

import re

from loaders.extract.errors import ExtractionError

DEFAULT_MAX_BYTES = 5_000_000

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "said",
        "says",
        "has",
        "have",
        "had",
        "be",
        "been",
        "are",
        "were",
        "will",
        "would",
        "not",
        "an",
        "this",
        "which",
        "who",
        "also",
        "after",
        "its",
        "but",
        "or",
        "than",
        "more",
        "new",
        "two",
        "over",
        "into",
        "about",
        "between",
    ]
)
# The commonest small words of the other languages written in the Latin script that news
# comes in (German, French, Spanish, Italian, Portuguese, Dutch, Swedish); none an English word.
_OTHER = frozenset(
    [
        "der",
        "das",
        "und",
        "ist",
        "nicht",
        "mit",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "zu",
        "von",
        "auf",
        "für",
        "sich",
        "auch",
        "über",
        "le",
        "les",
        "et",
        "est",
        "une",
        "du",
        "pour",
        "que",
        "qui",
        "dans",
        "au",
        "aux",
        "sur",
        "pas",
        "ses",
        "à",
        "el",
        "los",
        "las",
        "y",
        "es",
        "del",
        "por",
        "para",
        "con",
        "una",
        "lo",
        "su",
        "sus",
        "se",
        "il",
        "gli",
        "della",
        "che",
        "di",
        "sono",
        "os",
        "da",
        "dos",
        "em",
        "uma",
        "não",
        "het",
        "een",
        "niet",
        "ook",
        "zijn",
        "och",
        "att",
        "är",
        "som",
        "för",
        "med",
    ]
)
_MIN_WORDS_FOR_LANGUAGE = 12
_MIN_ENGLISH_SHARE = 0.12


def decode(raw: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 text from bytes, refusing empty, oversized and binary data."""
    if not raw.strip():
        raise ExtractionError(source, "is empty")
    if len(raw) > max_bytes:
        raise ExtractionError(source, f"is {len(raw):,} bytes; the limit is {max_bytes:,}")
    if b"\x00" in raw[:65536]:
        raise ExtractionError(source, "is binary data, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractionError(
            source, f"is not UTF-8 text (bad byte at offset {exc.start})"
        ) from None


def check_text(text: str, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Refuse text that is empty, too large, binary-looking or not in English."""
    if not text.strip():
        raise ExtractionError(source, "is empty")
    size = len(text.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise ExtractionError(source, f"is {size:,} bytes; the limit is {max_bytes:,}")
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    if "\x00" in sample or controls > len(sample) * 0.01:
        raise ExtractionError(source, "is binary data, not text")
    language = guess_language(sample)
    if language != "en":
        raise ExtractionError(
            source, f"is not in English (looks like {language}); only English is supported"
        )


def guess_language(text: str) -> str:
    """``en`` when the text reads as English, else a short description of what it looks like."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return "no words"
    latin = sum(1 for w in words if w.isascii())
    if latin < len(words) * 0.5:
        return "a non-Latin script"
    # Names and titles ('Foreign Minister Sameh Shoukry') say nothing of the language and fill
    # much of a short news item: the share is taken over the words written in lower case.
    common = [w.casefold() for w in _WORD.findall(text) if not w[0].isupper()]
    english = sum(1 for w in common if w in _ENGLISH)
    # a short text too: more small words of another language than of English
    if sum(1 for w in common if w in _OTHER) > english:
        return "another language"
    if len(common) < _MIN_WORDS_FOR_LANGUAGE:
        return "en"
    return "en" if english / len(common) >= _MIN_ENGLISH_SHARE else "another language"

"""Name normalisation shared by the loaders and the service: the comparison form of a name
(case folded, diacritics, punctuation, leading titles and Arabic articles removed), readable
ids, and the plain words a full-text search may be given. Names repeat across documents, so
the pure functions below keep their recent answers.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TITLES = {
    "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "foreign", "general",
    "major", "brigadier", "colonel", "lieutenant", "gen", "maj", "col", "lt", "sheikh",
    "shaikh", "king", "prince", "emir", "crown", "deputy", "head", "chief", "director",
    "ambassador", "envoy", "special", "secretary", "the", "un", "senator", "admiral",
    "vice", "chairman", "spokesman", "spokeswoman", "commander", "defence", "defense",
}  # fmt: skip
_PARTICLES = re.compile(r"(?<!\S)(?:al|el)[- ]")
"""Arabic articles at the start of a word: 'al-Assad', 'El Sayed' (not 'Faisal Hamdan')."""
_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-fold, strip diacritics and punctuation, collapse spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = _NON_WORD.sub(" ", ascii_ish.replace("’", "'").replace("'", "").casefold())
    return _SPACE.sub(" ", cleaned).strip()


@lru_cache(maxsize=1 << 16)
def normal_name(text: str) -> str:
    """The comparison form of a name: folded, titles and Arabic articles removed."""
    words = fold(text).split()
    while len(words) > 1 and words[0] in TITLES:
        words.pop(0)
    joined = " ".join(words)
    joined = _PARTICLES.sub("", joined)
    return joined.replace(" ", "") if len(joined) <= 4 else joined


@lru_cache(maxsize=1 << 16)
def bare_name(text: str) -> str:
    """A name as written, without leading titles: 'Major General Ali Mamlouk' -> 'Ali Mamlouk'."""
    words = text.split()
    while len(words) > 1 and fold(words[0]) in TITLES:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """A readable id from a name: 'Ali Mamlouk' -> 'ali-mamlouk'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


_LUCENE = re.compile(r"[+\-!(){}\[\]^\"~*?:\\/&|]")


def search_words(text: str) -> str:
    """Plain words for the full-text module: Lucene syntax removed, length capped."""
    return " ".join(_LUCENE.sub(" ", text).split()[:8])

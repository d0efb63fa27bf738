"""The co-occurrence baseline: every pair of entities in a sentence holding a meeting word.

It is what extraction is measured against: cheap, high recall, very low precision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from itertools import combinations

from core.names import slugify
from core.vocabulary import ActorType, DatePrecision
from loaders.extract.cleanup import clean_text
from loaders.extract.dates import find_dates
from loaders.extract.nlp import load_pipeline
from loaders.model import Actor, DocumentMeta, Evidence, FactFile, Meeting, Participant, Place

BASELINE = "actornet-baseline/cooccurrence"
_MEETING_WORD = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|visit\w*|received|hosted|summit|conference|"
    r"call|phone|telephone|consultations|negotiations|discussed)\b",
    re.IGNORECASE,
)
_TYPES = {"PERSON": ActorType.person, "ORG": ActorType.organization, "GPE": ActorType.country,
          "NORP": ActorType.country}  # fmt: skip


def baseline_documents(
    docs: Iterable[tuple[DocumentMeta, str]], model: str | None = None, n_process: int = 1
) -> Iterator[FactFile]:
    """Baseline fact files for (metadata, raw text) pairs, parsed whole with ``nlp.pipe``."""
    nlp = load_pipeline(model)
    items = [(meta, clean_text(text)) for meta, text in docs]
    parsed = nlp.pipe((t for _, t in items), batch_size=32, n_process=n_process)
    for (meta, text), doc in zip(items, parsed, strict=True):
        yield _facts(meta, text, doc, meta.published or dt.date.today())


def _facts(meta: DocumentMeta, text: str, doc: object, published: dt.date) -> FactFile:
    actors: dict[str, Actor] = {}
    places: dict[str, Place] = {}
    meetings: list[Meeting] = []
    for sent in doc.sents:  # type: ignore[attr-defined]
        ents = [e for e in sent.ents if e.label_ in _TYPES]
        for e in ents:
            ref = slugify(e.text)[:100]
            actors.setdefault(ref, Actor(ref=ref, name=e.text[:500], type=_TYPES[e.label_]))
        if not _MEETING_WORD.search(sent.text):
            continue
        place = next((e for e in sent.ents if e.label_ in ("GPE", "FAC", "LOC")), None)
        place_ref = None
        if place is not None:
            place_ref = slugify(place.text)[:100]
            places.setdefault(place_ref, Place(ref=place_ref, name=place.text[:500]))
        dates = find_dates(sent.text, published)
        date = dates[0] if dates else None
        refs = list(dict.fromkeys(slugify(e.text)[:100] for e in ents))
        for a, b in combinations(refs, 2):
            meetings.append(
                Meeting(
                    ref=f"m{len(meetings) + 1}",
                    participants=[Participant(actor=a), Participant(actor=b)],
                    place=place_ref,
                    date_start=date.start if date else None,
                    date_end=date.end if date else None,
                    date_precision=date.precision if date else DatePrecision.unknown,
                    evidence=[
                        Evidence(
                            quote=sent.text[:2000],
                            start=sent.start_char,
                            end=sent.start_char + len(sent.text[:2000]),
                            confidence=0.1,
                            extractor=BASELINE,
                        )
                    ],
                )
            )
    document = meta.model_copy(update={"text": text, "text_file": None})
    return FactFile(
        document=document,
        actors=list(actors.values()),
        places=list(places.values()),
        meetings=meetings,
    )

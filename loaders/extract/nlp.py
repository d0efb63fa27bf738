"""The spaCy pipeline: the installed model plus an entity ruler fed by the gazetteer.

Models are loaded from installed packages only (nothing is downloaded at run time) and
cached per model name and gazetteer file. Their matrix products go through numpy (its
OpenBLAS) rather than thinc's bundled BLIS, which falls back to its generic kernels on CPUs
it does not recognise (measured here, an AMD EPYC: 3x slower products, the whole pipeline
about 1.4x slower).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

from core.settings import DEFAULT_SPACY_MODEL
from loaders.extract import names, tagging  # register the actornet_* components
from loaders.extract.errors import ExtractionError
from loaders.extract.lexicon import CAPITAL, COUNTRY_NAME
from loaders.gazetteer import Gazetteer

_LABELS = {"person": "PERSON", "organization": "ORG", "country": "GPE"}
_PLACE_LABELS = {"venue": "FAC", "building": "FAC", "airport": "FAC", "region": "LOC"}


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """Entity-ruler patterns: every proper name and alias in the gazetteer, then the
    countries and capitals of the lexicon (so that the NER does not take Vilnius for an
    organization)."""
    patterns: list[dict[str, Any]] = []
    for entry in [*gazetteer.actors.values(), *gazetteer.places.values()]:
        if entry.type == "place":
            label = _PLACE_LABELS.get(entry.kind or "", "GPE")
        else:
            label = _LABELS.get(entry.type, "ORG")
        for name in entry.names():
            # lower-case single words ("regime") are too ambiguous for a ruler
            if len(name) < 2 or not name[:1].isupper():
                continue
            patterns.append({"label": label, "pattern": name, "id": entry.id})
    known = {p["pattern"] for p in patterns}
    for code, country in COUNTRY_NAME.items():
        for name, label in ((country, "GPE"), (CAPITAL.get(code, country), "GPE")):
            if name not in known:
                patterns.append({"label": label, "pattern": name})
    return patterns


__all__ = ["load_gazetteer", "load_pipeline", "names", "ruler_patterns", "tagging"]


def load_pipeline(
    model: str | None = None, gazetteer_path: Path | None = None, fast: bool = False
) -> Language:
    """The spaCy pipeline for ``model`` with the gazetteer's entity ruler before the NER.

    ``fast`` leaves the statistical NER out and types proper-noun runs by rules instead
    (:mod:`loaders.extract.names`): about twice as fast, somewhat less accurate. One pipeline
    per model, gazetteer and mode, however the arguments are written.
    """
    return _pipeline(model or DEFAULT_SPACY_MODEL, gazetteer_path, fast)


@lru_cache(maxsize=4)
def _pipeline(name: str, gazetteer_path: Path | None, fast: bool) -> Language:
    exclude = ["senter", "attribute_ruler", "lemmatizer", *(["ner"] if fast else [])]
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise ExtractionError(
            name,
            f"spaCy model is not installed ({exc}); install its package, nothing is downloaded",
        ) from None
    _numpy_products(nlp)
    nlp.add_pipe("actornet_pos_lemma", after="parser" if "parser" in nlp.pipe_names else None)
    gazetteer = load_gazetteer(gazetteer_path)
    ruler = nlp.add_pipe(
        "entity_ruler",
        before="ner" if "ner" in nlp.pipe_names else None,
        config={"phrase_matcher_attr": "ORTH", "validate": False},
    )
    ruler.add_patterns(ruler_patterns(gazetteer))  # type: ignore[attr-defined]
    if fast:
        nlp.add_pipe("actornet_names", after="entity_ruler")
    return nlp


def _numpy_products(nlp: Language) -> None:
    """Every layer of every trained component multiplies through numpy, not BLIS."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The alias gazetteer (an empty one when the file does not exist)."""
    return Gazetteer.load(path)

"""The spaCy pipeline: the installed model plus an entity ruler fed by the gazetteer.

In the default mode the statistical NER runs only on the sentences that name someone the
ruler does not know (a proper noun outside the ruler's entities); the others get the fast
mode's rule-typed names (:mod:`loaders.extract.names`). The NER reads neither tags nor
parse, so a sentence it runs on gets the very entities of a full run.

Models are loaded from installed packages only (nothing is downloaded at run time) and
cached per model name and gazetteer file. Their matrix products go through numpy (its
OpenBLAS) rather than thinc's bundled BLIS, which falls back to its generic kernels on CPUs
it does not recognise (measured here, an AMD EPYC: 3x slower products, the whole pipeline
about 1.4x slower).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

from core.settings import DEFAULT_SPACY_MODEL
from loaders.extract import names, tagging  # register the actornet_* components
from loaders.extract.dates import MONTHS, WEEKDAYS
from loaders.extract.errors import ExtractionError
from loaders.extract.lexicon import CAPITAL, COUNTRY_NAME, ORG_WORDS, PERSON_TITLES
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


__all__ = [
    "HybridNer",
    "load_gazetteer",
    "load_pipeline",
    "names",
    "needs_ner",
    "ruler_patterns",
    "set_products",
    "tagging",
]

_PROPER = frozenset({"NNP", "NNPS"})
_NOT_NAMES = frozenset(
    {*MONTHS, *WEEKDAYS, *PERSON_TITLES, *ORG_WORDS, *names.TITLE_HEADS, *names.PARTICLES}
)
"""Capitalised words that name no one by themselves (titles, organisation words, dates),
which the rule-typed names handle as well as the NER."""


def needs_ner(doc: Doc) -> bool:
    """Whether a sentence names something the entity ruler did not: a proper noun outside
    the ruler's entities that is not a title, an organisation word or a date word (the case
    where the statistical NER does better than the rules). A demonym counts: the NER tells
    "the Lithuanian foreign ministry" (an organisation) from "Lithuanian" alone."""
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    return any(
        t.tag_ in _PROPER and t.i not in covered and t.lower_.strip(".") not in _NOT_NAMES
        for t in doc
    )


class HybridNer:
    """The model's NER on the sentences that :func:`needs_ner`, rule-typed names on the rest.

    Holds the model's NER component (taken out of the pipeline); batches keep their order.
    Running the NER on windows around the unknown names instead of whole sentences was
    measured no faster (the per-document cost of its transitions eats the gain).
    """

    def __init__(self) -> None:
        self.ner: Any = None
        self.everywhere = False  # the NER on every sentence, as before (for comparisons)

    @property
    def model(self) -> Model[Any, Any] | None:
        """The NER's model, so that code walking the pipeline's models finds it."""
        return None if self.ner is None else self.ner.model

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Run over ``docs`` in batches, the NER's share of each batch in one call."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        hard = docs if self.everywhere else [d for d in docs if needs_ner(d)]
        if hard:
            list(self.ner.pipe(hard, batch_size=len(hard)))
        done = {id(d) for d in hard}
        return [d if id(d) in done else names.proper_names(d) for d in docs]


@Language.factory("actornet_hybrid_ner")
def _hybrid_ner(nlp: Language, name: str) -> HybridNer:
    return HybridNer()


def load_pipeline(
    model: str | None = None, gazetteer_path: Path | None = None, fast: bool = False
) -> Language:
    """The spaCy pipeline for ``model`` with the gazetteer's entity ruler before the NER.

    ``fast`` leaves the statistical NER out and types proper-noun runs by rules instead
    (:mod:`loaders.extract.names`): about twice as fast, somewhat less accurate. Otherwise
    the NER runs on the sentences that name someone the ruler does not know
    (:class:`HybridNer`). One pipeline per model, gazetteer and mode, however the arguments
    are written.
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
    set_products(nlp)
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
    elif "ner" in nlp.pipe_names:
        index = nlp.pipe_names.index("ner")
        _, ner = nlp.remove_pipe("ner")
        where: dict[str, Any] = {"before": index} if index < len(nlp.pipe_names) else {"last": True}
        hybrid = nlp.add_pipe("actornet_hybrid_ner", name="ner", **where)
        hybrid.ner = ner  # type: ignore[attr-defined]
    return nlp


def set_products(nlp: Language, blis: bool = False) -> None:
    """Every layer of every trained component multiplies through numpy (the default), or
    through thinc's bundled BLIS (``blis``, as spaCy sets it up, for comparison)."""
    ops = NumpyOps(use_blis=blis)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The alias gazetteer (an empty one when the file does not exist)."""
    return Gazetteer.load(path)

"""A fast, rule-based stand-in for the statistical NER: proper-noun runs typed by rules.

Used by the fast mode of the pipeline (``fast=True``): the tagger's proper nouns, joined
across name particles ("de", "al-", "bin", "of"), with leading titles left outside, typed
as a country or capital (lexicon), an organization (organization words, acronyms), a place
(a lone name after "in", "at", "to", "from"), or a person. The gazetteer's entity ruler
runs first and wins.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from loaders.extract.dates import MONTHS, WEEKDAYS
from loaders.extract.lexicon import (
    CAPITAL_CODE,
    DEMONYM,
    ORG_WORDS,
    PERSON_TITLES,
    country_of_word,
)

_PROPER = frozenset({"NNP", "NNPS"})
PARTICLES = frozenset({"de", "al", "bin", "ibn", "van", "von", "da", "of", "for", "-", "el", "abu"})
TITLE_HEADS = frozenset({"secretary-general", "general", "chairperson", "president", "minister"})
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "inside"})


def _label(span: Span) -> str | None:
    words = [t.text for t in span]
    folded = [w.casefold().strip(".") for w in words]
    text = span.text
    if all(w in MONTHS or w in WEEKDAYS for w in folded):
        return None
    if text.casefold() in CAPITAL_CODE or (len(words) <= 3 and country_of_word(text)):
        return "NORP" if text.casefold() in DEMONYM and len(words) == 1 else "GPE"
    if any(w in ORG_WORDS for w in folded) or any(w.isupper() and len(w) > 1 for w in words):
        return "ORG"
    if folded[-1] in PERSON_TITLES or folded[-1] in TITLE_HEADS:
        return None  # a title ("the Prime Minister"), not a name
    if len(words) == 1:
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
            return "GPE"
        if span.root.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN":
            return "ORG"
        if span.root.tag_ == "NNPS":
            return "NORP"
    return "PERSON"


@Language.component("actornet_names")
def proper_names(doc: Doc) -> Doc:
    """Add entities for runs of proper nouns that the entity ruler did not cover."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = list(doc.ents)
    n = len(doc)
    i = 0
    while i < n:
        if i in taken or doc[i].tag_ not in _PROPER:
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 not in taken:
            nxt = doc[j + 1]
            if nxt.tag_ in _PROPER:
                j += 1
            elif (
                nxt.lower_ in PARTICLES
                and j + 2 < n
                and j + 2 not in taken
                and doc[j + 2].tag_ in _PROPER
            ):
                j += 2
            else:
                break
        start = i
        while start < j and doc[start].lower_.strip(".") in PERSON_TITLES:
            start += 1
        if doc[start].lower_ in PARTICLES:
            start += 1
        span = doc[start : j + 1]
        label = _label(span) if len(span) else None
        if label is not None:
            spans.append(Span(doc, span.start, span.end, label=label))
        i = j + 1
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc

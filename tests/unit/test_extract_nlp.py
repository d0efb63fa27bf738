"""The default pipeline's hybrid NER: the model's NER where a sentence names someone the
gazetteer ruler does not know, rule-typed names elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.extract.nlp import load_pipeline, needs_ner

KEPT = "Foreign Minister Halvard Brenneskjold met Ambassador Tomoko Aizawa in Vilnius on Tuesday."
KNOWN = "Russia and Turkey held talks in Vilnius."


def _ents(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_a_kept_sentence_has_the_entities_of_a_full_ner_run() -> None:
    nlp = load_pipeline()
    hybrid = nlp.get_pipe("ner")
    hybrid.everywhere = True  # type: ignore[attr-defined]
    try:
        full = [_ents(d) for d in nlp.pipe([KEPT, KNOWN])]
    finally:
        hybrid.everywhere = False  # type: ignore[attr-defined]
    with nlp.select_pipes(disable=["ner"]):  # what the hybrid sees: the ruler's entities
        before = [needs_ner(d) for d in nlp.pipe([KEPT, KNOWN])]
    assert before == [True, False]
    kept, known = nlp.pipe([KEPT, KNOWN])
    assert _ents(kept) == full[0]
    assert ("Halvard Brenneskjold", "PERSON") in {(e.text, e.label_) for e in kept.ents}
    # every proper noun of this one is the ruler's: the rules type the rest, no NER
    assert {(e.text, e.label_) for e in known.ents} >= {("Russia", "GPE"), ("Turkey", "GPE")}

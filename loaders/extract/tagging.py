"""Coarse parts of speech and lemmas from the tagger's fine tags, in one fast pass.

This replaces the model's attribute ruler and lemmatizer (a sixth of the parsing time):
the rules only need the universal part of speech and the base form of the verbs and
nouns they look for, which a tag map, a table of irregular forms and suffix rules give.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from loaders.extract.lexicon import (
    CONDITIONAL_WORDS,
    HOLD_VERBS,
    MEET_VERBS,
    PLACE_NOUNS,
    PLAN_WORDS,
    REPORTING_VERBS,
    UNNAMED_HEADS,
)

_TAG_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON",
    "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON", "DT": "DET", "PDT": "DET",
    "WDT": "DET", "IN": "ADP", "RP": "ADP", "CC": "CCONJ", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "AFX": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV",
    "CD": "NUM", "MD": "AUX", "TO": "PART", "POS": "PART", "UH": "INTJ", "SYM": "SYM",
    "$": "SYM", "FW": "X", "ADD": "X", "XX": "X", "_SP": "SPACE", "HYPH": "PUNCT",
    "NFP": "PUNCT", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT",
    "-LRB-": "PUNCT", "-RRB-": "PUNCT", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
}  # fmt: skip
_AUXILIARIES = frozenset(
    {"be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having",
     "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
     "must", "'s", "'re", "'ve", "'d", "'ll", "'m"}
)  # fmt: skip
_IRREGULAR = {
    "met": "meet", "held": "hold", "spoke": "speak", "spoken": "speak", "brought": "bring",
    "flew": "fly", "flown": "fly", "led": "lead", "had": "have", "has": "have", "made": "make",
    "paid": "pay", "began": "begin", "begun": "begin", "told": "tell", "said": "say",
    "wrote": "write", "written": "write", "sought": "seek", "sent": "send", "went": "go",
    "gone": "go", "took": "take", "taken": "take", "came": "come", "gave": "give",
    "given": "give", "saw": "see", "seen": "see", "was": "be", "were": "be", "is": "be",
    "are": "be", "been": "be", "am": "be", "did": "do", "done": "do", "does": "do",
    "got": "get", "gotten": "get", "left": "leave", "kept": "keep", "felt": "feel",
    "thought": "think", "found": "find", "stood": "stand", "understood": "understand",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "won": "win",
    "lost": "lose", "set": "set", "put": "put", "let": "let", "cut": "cut", "hit": "hit",
    "knew": "know", "known": "know", "rose": "rise", "risen": "rise", "fell": "fall",
    "fallen": "fall", "forbade": "forbid", "forbidden": "forbid", "shook": "shake",
    "broke": "break", "broken": "break", "spent": "spend", "heard": "hear", "meant": "mean",
    "built": "build", "lay": "lie", "laid": "lay", "bore": "bear", "borne": "bear",
    "people": "person", "men": "man", "women": "woman", "chiefs": "chief", "talks": "talk",
    "authorities": "authority", "countries": "country", "parties": "party",
}  # fmt: skip
_KNOWN = frozenset(
    set(MEET_VERBS)
    | HOLD_VERBS
    | REPORTING_VERBS
    | PLAN_WORDS
    | CONDITIONAL_WORDS
    | PLACE_NOUNS
    | UNNAMED_HEADS
    | {
        "prevent",
        "stop",
        "block",
        "bar",
        "ban",
        "forbid",
        "refuse",
        "release",
        "fail",
        "deny",
        "detain",
        "arrest",
        "jail",
        "imprison",
        "seize",
        "transfer",
        "transport",
        "ferry",
        "carry",
        "evacuate",
        "boycott",
        "mediate",
        "broker",
        "chair",
        "lead",
        "head",
        "sponsor",
        "organize",
        "organise",
        "travel",
        "arrive",
        "accompany",
        "represent",
        "attend",
        "agree",
        "expect",
        "plan",
        "schedule",
        "propose",
        "prepare",
        "invite",
        "urge",
        "appeal",
        "gather",
        "convene",
        "receive",
        "arrange",
        "include",
        "conclude",
        "continue",
        "close",
        "use",
        "surprise",
        "cease",
        "decline",
        "advise",
        "unite",
        "separate",
        "note",
        "state",
        "cite",
        "describe",
        "reveal",
        "declare",
        "claim",
        "stress",
        "quote",
        "confirm",
        "announce",
        "report",
        "write",
        "tell",
        "side",
        "official",
        "counterpart",
        "visitor",
        "guest",
        "capital",
        "delegation",
        "leader",
        "minister",
        "envoy",
        "representative",
        "officer",
        "diplomat",
    }
)


def _candidates(word: str, tag: str) -> list[str]:
    if tag == "VBZ" or tag == "NNS":
        if word.endswith("ies") and len(word) > 4:
            return [word[:-3] + "y"]
        if word.endswith("es"):
            return [word[:-2], word[:-1]]
        if word.endswith("s") and not word.endswith("ss"):
            return [word[:-1]]
        return [word]
    if tag in ("VBD", "VBN"):
        if word.endswith("ied"):
            return [word[:-3] + "y"]
        if word.endswith("ed"):
            stem = word[:-2]
            out = [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
            return out
        return [word]
    if tag == "VBG" and word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        out = [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.insert(0, stem[:-1])
        return out
    return [word]


def lemma_of(word: str, tag: str) -> str:
    """The base form of a (lower-case) word with its fine tag."""
    if word in _IRREGULAR and (tag.startswith(("VB", "NN")) or tag == "MD"):
        return _IRREGULAR[word]
    options = _candidates(word, tag)
    for option in options:
        if option in _KNOWN:
            return option
    # not a word the rules look for: the plain stripped form is good enough
    return next((o for o in options if not o.endswith("e")), options[0])


_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_cache: dict[tuple[int, int, bool], tuple[int, str]] = {}


def _annotate(lower: str, tag: str, auxiliary: bool) -> tuple[int, str]:
    pos = _TAG_POS.get(tag, "X")
    if pos == "VERB" and auxiliary and lower in _AUXILIARIES:
        pos = "AUX"
    lemma = lemma_of(lower, tag) if pos in ("VERB", "AUX", "NOUN") else lower
    return POS_IDS[pos], lemma


@Language.component("actornet_pos_lemma")
def pos_lemma(doc: Doc) -> Doc:
    """Set ``pos_`` from ``tag_`` (AUX for auxiliaries) and ``lemma_`` from :func:`lemma_of`."""
    strings = doc.vocab.strings
    rows: Any = numpy.empty((len(doc), 2), dtype="uint64")
    tags = doc.to_array([LOWER, TAG, DEP])
    for i, (lower, tag, dep) in enumerate(tags):
        key = (int(lower), int(tag), strings[int(dep)] in _AUX_DEPS)
        found = _cache.get(key)
        if found is None:
            found = _annotate(strings[int(lower)], strings[int(tag)], key[2])
            _cache[key] = found
        rows[i, 0] = found[0]
        rows[i, 1] = strings.add(found[1])
    doc.from_array([POS, LEMMA], rows)
    return doc

"""Names: where a person's name starts and ends, titles before it, titles without a name.

"Antony J. Blinken" where the tagger saw "J. Blinken"; "Prime Minister of Israel Naftali
Bennett" where it saw no name; "Deputy Crown Prince and Minister of Defense ... Mohammed bin
Salman", whose title comes first; "Pompeo" tagged a place, who is the person named before.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from loaders.extract.actors import ActorRec, surname_of
from loaders.extract.lexicon import (
    CAPITAL_CODE,
    HONORIFICS,
    PERSON_TITLES,
    country_of_word,
)
from loaders.extract.rules.base import ACTOR_LABELS, RuleBase

_ARABIC_SURNAME = re.compile(r"^(?:al|el|Al|El)-[A-Z][a-z]+$")
_TITLE_REACH = 14
"""How many tokens after a title its holder's name may stand."""


class NameRules(RuleBase):
    """The actor a name or a title in the sentence stands for."""

    def _ent_actor(self, ent: Span) -> ActorRec | None:
        label = ent.label_
        if label not in ACTOR_LABELS:
            return None
        if label == "GPE":
            code = country_of_word(ent.text) or CAPITAL_CODE.get(ent.text.casefold())
            if not code and not ent.ent_id_:
                return None
        if label == "NORP" and self._person_like(ent):
            label = "PERSON"
        if label == "ORG" and not ent.ent_id_ and _ARABIC_SURNAME.match(ent.text):
            label = "PERSON"  # 'al-Busaidi': an Arabic surname, not an organization
        if label in ("PERSON", "ORG") and self._only_title(ent.text):
            before = self._title_before(ent)[0]
            return self._titled(f"{before} {ent.text}" if before else ent.text, ent.end)
        if label == "PERSON":
            ent = self._person_span(ent)
        title, country = self._title_before(ent)
        rec = self.reg.named(ent.text, label, self.span_of(ent), ent.ent_id_ or None)
        if rec is not None:
            if title and not rec.title:
                rec.title = title
            if country and not rec.country:
                rec.country = country
        return rec

    def _name_token(self, tok: Token) -> bool:
        """A token that can be part of a person's name: a capitalised proper noun or an
        initial, not a title, not a country, not inside an entity of another kind."""
        ent = self._ent_of.get(tok.i)
        return (
            tok.pos_ == "PROPN"
            and (tok.is_title or (len(tok.text) == 2 and tok.text[1] == "." and tok.is_upper))
            and tok.lower_.strip(".") not in PERSON_TITLES
            and not country_of_word(tok.text)
            and (ent is None or ent.label_ == "PERSON")
        )

    def _person_span(self, ent: Span) -> Span:
        """A person's name as its tokens give it: the entity widened over adjacent name
        tokens the tagger left out ('Antony J. Blinken', 'Seyed Abbas Araghchi')."""
        start, end = ent.start, ent.end
        while start > 0 and self._name_token(self.doc[start - 1]):
            start -= 1
        while end < len(self.doc) and self._name_token(self.doc[end]):
            end += 1
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(self.doc, start, end, label="PERSON")

    def _titled(self, title: str, after: int) -> ActorRec | None:
        """A title without a name: the person named right after it in the same phrase
        ('Deputy Crown Prince and Minister of Defense ... Mohammed bin Salman'), else the
        person already known by that title."""
        for i in range(after, min(after + _TITLE_REACH, len(self.doc))):
            tok = self.doc[i]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", "(", ")") or tok.tag_ == "POS":
                break
            if tok.lower_ in ("with", "between", "by", "from", "at", "in", "on"):
                break
            ent = self._ent_of.get(i)
            if ent is not None and ent.label_ == "PERSON" and not self._only_title(ent.text):
                rec = self._ent_actor(ent)
                if rec is not None and not rec.title:
                    rec.title = title
                return rec
        return self.reg.by_title(title)

    @staticmethod
    def _only_title(text: str) -> bool:
        """'President of Russia', 'Prince': a title with no name in it."""
        words = [w.casefold().strip(".,") for w in text.replace("-", " ").split()]
        return all(w in PERSON_TITLES or country_of_word(w) for w in words)

    def _person_like(self, ent: Span) -> bool:
        """A name the tagger took for a nationality ('Rouhani'), told by its neighbours:
        coordinated with a person's name."""
        if country_of_word(ent.text) or not all(t.pos_ == "PROPN" for t in ent):
            return False
        root = ent.root
        near = [*root.children, root.head] if root.dep_ == "conj" else list(root.children)
        return any(
            n.dep_ == "conj" or root.dep_ == "conj"
            for n in near
            if n.i in self._ent_of and self._ent_of[n.i].label_ == "PERSON"
        )

    def _title_before(self, ent: Span) -> tuple[str | None, str | None]:
        words: list[str] = []
        country = None
        i = ent.start - 1
        while i >= 0:
            tok = self.doc[i]
            if words and tok.lower_ in ("of", "for") and i > 0 and self._title_word(i - 1):
                words.insert(0, tok.text)  # 'Secretary of State', 'Under Secretary for ...'
                i -= 1
                continue
            if (
                words
                and tok.lower_ == "the"
                and i > 1
                and self.doc[i - 1].lower_ in ("to", "of")
                and self._title_word(i - 2)
            ):  # 'Adviser to the Emirati President X': the office is the adviser's
                words[:0] = [self.doc[i - 1].text, tok.text]
                i -= 2
                continue
            titled_adp = tok.pos_ == "ADP" and self._title_word(i)  # 'Under Secretary'
            if tok.is_punct or (
                tok.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ") and not titled_adp
            ):
                break
            if not (tok.is_title or tok.is_upper) and tok.lower_ not in ("of", "for"):
                break
            if i in self._ent_of and self._ent_of[i].label_ in ("PERSON",):
                break
            code = country_of_word(tok.text)
            if code and not words:
                country = code
                break
            if not code and tok.lower_.strip(".") not in PERSON_TITLES:
                break  # 'the Kingdom of Saudi Arabia Mohammed bin Salman': no title
            words.insert(0, tok.text)
            i -= 1
            if len(words) >= 8:
                break
        while words and words[0].casefold() in ("of", "for"):
            words.pop(0)
        while words and words[-1].casefold() in HONORIFICS:
            words.pop()  # 'Foreign Minister Dr. X': the office, not the form of address
        if all(w.casefold() in HONORIFICS for w in words):
            words = []  # 'Mr. X' has no title
        if country is None:
            country = next((c for c in map(country_of_word, words) if c), None)
        return (" ".join(words) or None), country

    def _title_word(self, i: int) -> bool:
        """A capitalised word of a title ('Secretary', 'Minister'), not a name or a country."""
        tok = self.doc[i]
        return (
            tok.is_title
            and tok.lower_.strip(".") in PERSON_TITLES
            and not (i in self._ent_of and self._ent_of[i].label_ == "PERSON")
        )

    def _untagged_name(self, tok: Token) -> ActorRec | None:
        """A person's name the tagger missed, told by the title before it: 'Prime Minister
        of Israel Naftali Bennett' (the name tokens, then a title, maybe 'of' a country)."""
        start = tok.i
        while start > 0 and self._name_token(self.doc[start - 1]):
            start -= 1
        if tok.i - start < 1 or not self._name_token(tok):
            return None
        j = start - 1
        country = None
        while j >= 0 and (
            country_of_word(self.doc[j].text) or self.doc[j].lower_ in ("of", "for", "the")
        ):
            country = country or country_of_word(self.doc[j].text)
            j -= 1
        if j < 0 or self.doc[j].lower_.strip(".") not in PERSON_TITLES:
            return None
        name = self.doc[start : tok.i + 1]
        rec = self.reg.named(name.text, "PERSON", self.span_of(name))
        if rec is not None and country and not rec.country:
            rec.country = country
        return rec

    def _known_surname(self, tok: Token) -> ActorRec | None:
        """A person named in full before, now by surname alone (whatever the tagger made of it)."""
        if country_of_word(tok.text) or tok.lower_ in CAPITAL_CODE or not tok.is_title:
            return None
        found = [r for r in self.reg.actors.values() if r.type.value == "person" and not r.unnamed]
        same = [r for r in found if len(r.name.split()) > 1 and surname_of(r.name) == tok.text]
        if not same:
            return self.reg.known_surname(tok.text)  # named in full in a sentence not parsed
        return same[0] if len(same) == 1 else None

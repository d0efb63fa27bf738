"""The state the rules share for one parsed sentence, and the syntax they all read.

The offsets of tokens in the document, the entity of each token, and the dependency
helpers: the subjects of a verb (inherited along conj, xcomp and relative clauses), the
objects of its prepositions, and the conjuncts of a coordination.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc, Span, Token

from loaders.extract.actors import Registry
from loaders.extract.candidates import ActionCand, ChannelCand, Cue, MeetingCand, PlaceCand
from loaders.extract.segments import Sentence

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
FRAME = "@frame"
LEVELS = "@levels"
"""A party standing for the officials of a level of each side told before ('high-level')."""
"""A party standing for the parties of the contact being told ("the two ministers")."""


class RuleBase:
    """One parsed sentence of a document, with what the rules have found in it so far."""

    def __init__(
        self,
        doc: Doc,
        sentence: Sentence,
        registry: Registry,
        published: dt.date,
        following: str,
        last_place: PlaceCand | None,
    ) -> None:
        self.doc = doc
        self.s = sentence
        self.reg = registry
        self.published = published
        self.following = following.casefold()
        self.last_place = last_place
        self.lower = sentence.text.casefold()
        self._ent_of: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self._ent_of[i] = ent
        self.meetings: list[MeetingCand] = []
        self.actions: list[ActionCand] = []
        self.channels: list[ChannelCand] = []
        self.places: list[PlaceCand] = []
        self._event_place: PlaceCand | None = None
        self._starts = [t.idx for t in doc]
        self._lengths = [len(t) for t in doc]

    # --- offsets ------------------------------------------------------------------------

    def cues(self, *cues: Cue) -> set[Cue]:
        """The cues of a new candidate in this sentence: ``cues``, and whether it is a header."""
        return {*cues, *([Cue.HEADER] if self.s.header else [])}

    def span_of(self, tokens: Span | Token) -> tuple[int, int]:
        if isinstance(tokens, Token):
            return self.s.start + tokens.idx, self.s.start + tokens.idx + len(tokens.text)
        return self.s.start + tokens.start_char, self.s.start + tokens.end_char

    def _token_index(self, char: int) -> int:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and char >= self._starts[i] + self._lengths[i]:
            i += 1
        return min(max(i, 0), len(self.doc) - 1)

    def _token_at(self, char: int) -> Token | None:
        """The token at (or first after) a character offset of the sentence."""
        i = self._token_index(char)
        return self.doc[i] if len(self.doc) else None

    def _conjuncts(self, tok: Token) -> list[Token]:
        found: list[Token] = []
        stack = [c for c in tok.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            found.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        return found

    def _subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject tokens and whether the verb is passive; inherited along conj and xcomp."""
        t = verb
        for _ in range(3):
            subj = [c for c in t.children if c.dep_ in SUBJECTS]
            if subj and t.dep_ == "relcl" and all(c.tag_ in ("WP", "WDT") for c in subj):
                return [t.head], False
            if subj:
                passive = any(c.dep_ == "nsubjpass" for c in subj) or any(
                    c.dep_ == "auxpass" for c in verb.children
                )
                return subj, passive
            if t.dep_ in ("conj", "xcomp", "advcl") and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            elif (t.dep_ == "xcomp" and t.head.dep_ == "acomp") or (
                t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX")
            ):  # 'I will be able to make'
                t = t.head.head
            elif t.dep_ == "relcl":
                return [t.head], False
            else:
                break
        return [], any(c.dep_ == "auxpass" for c in verb.children)

    def _pobjs(self, head: Token, preps: tuple[str, ...]) -> list[Token]:
        out: list[Token] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                out.extend(p for p in c.children if p.dep_ == "pobj")
                for more in self._conjuncts(c):
                    if more.lower_ in preps:
                        out.extend(p for p in more.children if p.dep_ == "pobj")
            if c.dep_ == "conj" and c.tag_ == "IN" and c.lower_ in preps:
                out.extend(p for p in c.children if p.dep_ == "pobj")  # '…, and with B'
            if c.dep_ == "prep" and c.lower_ == "along":
                for w in c.children:
                    out.extend(p for p in w.children if p.dep_ == "pobj")
                    if w.dep_ == "pobj":
                        out.append(w)
            if c.dep_ == "advmod" and c.lower_ == "along":
                for w in c.children:
                    out.extend(p for p in w.children if p.dep_ == "pobj")
        return out

    def _name_before(self, verb: Token) -> list[Token]:
        """A subject the parse lost: the name written right before the verb ('... Majid
        Takht Ravanchi had met with ...'), auxiliaries and adverbs between."""
        i = verb.i - 1
        while i >= 0 and self.doc[i].pos_ in ("AUX", "ADV", "PART"):
            i -= 1
        ent = self._ent_of.get(i) if i >= 0 else None
        if ent is None or ent.end != i + 1 or ent.label_ not in ("PERSON", "ORG", "NORP"):
            return []
        return [ent.root]

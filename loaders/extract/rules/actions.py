"""Actions around contacts: boycotts, preventions, detentions, transport.

Each rule reads one verb (or the noun "boycott") and its arguments and returns who acted on
whom; :meth:`ActionRules._action` keeps the first rule that answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from core.vocabulary import ActionType, Role
from loaders.extract.candidates import ActionCand, PartyCand
from loaders.extract.lexicon import (
    ACTION_LEMMAS,
    DETAIN_VERBS,
    MEETING_NOUNS,
    PERMISSION_WORDS,
    PREVENT_VERBS,
    TRANSPORT_VERBS,
    URGE_VERBS,
    country_of_word,
)
from loaders.extract.rules.base import FRAME
from loaders.extract.rules.contacts import ContactRules


@dataclass
class _Args:
    """The arguments of an action word."""

    tok: Token
    lemma: str
    subjects: list[Token]
    passive: bool
    objects: list[Token]
    agents: list[Token]


@dataclass
class _Found:
    """What an action rule found: its type, who acted, on whom, and the contact concerned."""

    kind: ActionType
    actors: list[PartyCand] = field(default_factory=list)
    targets: list[PartyCand] = field(default_factory=list)
    event: str | None = None


class ActionRules(ContactRules):
    """Who did what to whom around a contact."""

    def _action(self, tok: Token) -> None:
        lemma = tok.lemma_.casefold()
        if lemma not in ACTION_LEMMAS:
            return
        subjects, passive = self._subjects(tok) if tok.pos_ == "VERB" else ([], False)
        args = _Args(
            tok,
            lemma,
            subjects,
            passive,
            [c for c in tok.children if c.dep_ == "dobj"],
            [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"],
        )
        rules: tuple[Callable[[_Args], _Found | None], ...] = (
            self._boycott,
            self._prevent,
            self._detain,
            self._transport_action,
        )
        found = next((f for rule in rules if (f := rule(args)) is not None), None)
        if found is None:
            return
        actors = [a for a in found.actors if not a.key.startswith(FRAME)]
        targets = [t for t in found.targets if not t.key.startswith(FRAME)]
        if not actors:
            return
        if found.kind in (ActionType.prevented, ActionType.detained) and not targets:
            return
        aims: list[PartyCand | None] = list(targets) or [None]
        for a in actors:
            for t in aims:
                self.actions.append(
                    ActionCand(
                        found.kind,
                        a.key,
                        self.s.index,
                        self.s.start,
                        self.s.end,
                        target=t.key if t else None,
                        event_key=found.event,
                        date=self.date_for(tok, False),
                    )
                )

    def _by_voice(self, a: _Args) -> tuple[list[PartyCand], list[PartyCand]]:
        """Actors and targets of a transitive verb, active or passive."""
        if a.passive:
            targets = [p for s in a.subjects for p in self.parties(s)]
            return [p for g in a.agents for p in self.parties(g)], targets
        actors = [p for s in a.subjects for p in self.parties(s)]
        return actors, [p for o in a.objects for p in self.parties(o)]

    def _boycott(self, a: _Args) -> _Found | None:
        """'X boycotted the talks', 'a boycott of the talks by X', 'X called for a boycott'."""
        if a.lemma != "boycott":
            return None
        found = _Found(ActionType.boycotted)
        tok = a.tok
        if tok.pos_ == "NOUN":
            for o in self._pobjs(tok, ("of",)):
                found.actors.extend(self.parties(o))
                for w in o.subtree:
                    ent = self._ent_of.get(w.i)
                    if ent is not None and ent.root.i == w.i and w.i != o.i:
                        rec = self._ent_actor(ent)
                        if rec is not None and rec.key not in {x.key for x in found.actors}:
                            found.actors.append(PartyCand(rec.key))
        elif tok.dep_ in ("pcomp", "xcomp") and tok.head.lemma_ in URGE_VERBS:
            found.actors = [p for s in self._subjects(tok.head)[0] for p in self.parties(s)]
        else:
            found.actors = [p for s in a.subjects for p in self.parties(s)]
        for o in a.objects:
            if o.lower_ in MEETING_NOUNS:
                found.event = self._event_key(o)
        return found

    def _prevent(self, a: _Args) -> _Found | None:
        """'X prevented Y from attending', 'Y was barred by X', 'X refused Y permission'."""
        refusal = a.lemma == "refuse" and any(w in self.lower for w in PERMISSION_WORDS)
        if a.lemma not in PREVENT_VERBS and not refusal:
            return None
        actors, targets = self._by_voice(a)
        if a.lemma == "refuse" and not a.passive:
            for x in a.tok.subtree:
                to_whom = x.dep_ == "pobj" and x.head.lower_ in ("to", "for")
                if x.dep_ in ("dobj", "dative") or to_whom:
                    targets.extend(
                        p
                        for p in self._party(x, Role.participant)
                        if self.reg.actors[p.key].type.value != "country"
                    )
        return _Found(ActionType.prevented, actors, targets)

    def _detain(self, a: _Args) -> _Found | None:
        """'X detained Y', 'Y was held by X'."""
        if a.lemma not in DETAIN_VERBS or (a.lemma == "hold" and not a.passive):
            return None
        actors, targets = self._by_voice(a)
        return _Found(ActionType.detained, actors, targets)

    def _transport_action(self, a: _Args) -> _Found | None:
        """'a UAE plane flew X to Damascus': the owner transported X."""
        if a.lemma not in TRANSPORT_VERBS or a.tok.pos_ != "VERB":
            return None
        found = _Found(ActionType.transported)
        for s in a.subjects:
            parties = self.parties(s)
            if not parties:
                owner = next((c for c in s.lefts if country_of_word(c.text)), None)
                code = country_of_word(owner.text) if owner is not None else None
                if code:
                    parties = [PartyCand(self.reg.country(code).key)]
            found.actors.extend(parties)
        found.targets = [p for o in a.objects for p in self.parties(o)]
        return found

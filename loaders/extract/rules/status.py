"""Status and modality: held, planned, reported, denied, secret; negated or hypothetical
contacts are dropped."""

from __future__ import annotations

import re

from spacy.tokens import Token

from core.vocabulary import MeetingStatus
from loaders.extract.lexicon import (
    AHEAD_MARKS,
    AHEAD_WORDS,
    BLOCKED_BY,
    CANCEL_VERBS,
    CLAIM_VERBS,
    CONDITION_MARKS,
    CONDITIONAL_WORDS,
    DENIAL,
    FUTURE_AUX,
    PLAN_WORDS,
    PLANNED_ADJECTIVES,
    PLANNED_PARTICIPLES,
    POSSIBLE_AUX,
    REPORT_CUES,
    SECRET_WORDS,
)
from loaders.extract.rules.dates import DateRules

_WORD = re.compile(r"[a-z]+")


def _looking_forward(tok: Token) -> bool:
    """'We look forward to the visit of X': a contact ahead."""
    return tok.lemma_ == "look" and any(c.lower_ == "forward" for c in tok.children)


def _performative(tok: Token) -> bool:
    """'I would like to welcome you': a speaker's courtesy that does what it says, now."""
    return tok.lemma_ in ("like", "love", "want") and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children
    )


def _calling_off(tok: Token) -> bool:
    """'cancelled', 'postponed', 'called off': the contact told under it did not happen."""
    off = tok.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)
    return tok.pos_ == "VERB" and (tok.lower_ in CANCEL_VERBS or off)


class StatusRules(DateRules):
    """How sure the text is that a contact happened."""

    def status_of(self, trigger: Token) -> MeetingStatus | None:
        """held, planned, reported, denied; None when negated or hypothetical."""
        chain = [trigger, *list(trigger.ancestors)[:3]]
        planned = False
        for i, t in enumerate(chain):
            for c in t.children:
                if c.dep_ == "neg" and (i == 0 or (i == 1 and trigger.dep_ == "xcomp")):
                    return None
                if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                    return None
                if c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX:
                    return None
                if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
                    planned = planned or not _performative(t)
                if c.dep_ == "amod" and c.lower_ in PLAN_WORDS | PLANNED_ADJECTIVES:
                    planned = True
            if i > 0 and (t.lemma_ in CONDITIONAL_WORDS or t.lemma_ in BLOCKED_BY):
                return None
            if i > 0 and _calling_off(t):
                return MeetingStatus.cancelled  # 'the meeting was postponed'
            if i > 0 and (t.lemma_ in PLAN_WORDS or t.lower_ in PLANNED_PARTICIPLES):
                planned = True
            if t.dep_ in ("ccomp", "ROOT") and i > 0:
                break
        if any(c.lower_ in AHEAD_WORDS for c in trigger.lefts) or self._ahead_clause(trigger):
            planned = True
        if any(_looking_forward(a) for a in list(trigger.ancestors)[:3]):
            planned = True
        if planned and not self._claimed(trigger):
            return MeetingStatus.planned
        if DENIAL.search(self.lower) or DENIAL.search(self.following):
            return MeetingStatus.denied
        if any(cue in self.lower for cue in REPORT_CUES) or self._claimed(trigger):
            return MeetingStatus.reported
        return MeetingStatus.held

    @staticmethod
    def _ahead_clause(trigger: Token) -> bool:
        """'before the presidents meet', 'once the party meets him': a present-tense contact
        in a clause of time lies ahead."""
        return trigger.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "mark" and c.lower_ in AHEAD_MARKS for c in trigger.children
        )

    @staticmethod
    def _claimed(trigger: Token) -> bool:
        """'X has claimed that A met B': a third party's claim."""
        return any(a.lemma_ in CLAIM_VERBS for a in list(trigger.ancestors)[:3])

    def secret(self) -> bool:
        return any(w in SECRET_WORDS for w in _WORD.findall(self.lower))

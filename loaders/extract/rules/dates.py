"""Dates: the date expression nearest to the contact in the parse, not past a reporting verb."""

from __future__ import annotations

from spacy.tokens import Token

from loaders.extract.dates import DateValue, find_dates
from loaders.extract.lexicon import (
    REPORTING_VERBS,
)
from loaders.extract.rules.places import PlaceRules


class DateRules(PlaceRules):
    """When a contact happened."""

    def date_for(self, trigger: Token, future: bool) -> DateValue | None:
        if self.s.header:
            return None
        best: tuple[int, DateValue] | None = None
        above = {trigger.i: 0}
        for n, anc in enumerate(trigger.ancestors, 1):
            if anc.lemma_ in REPORTING_VERBS:
                break
            above[anc.i] = n
        for value in find_dates(self.s.text, self.published, future=future):
            tok = self._token_at(value.begin)
            if tok is None:
                continue
            rank = 99
            for steps, anc in enumerate([tok, *tok.ancestors]):
                if anc.i in above:
                    rank = steps + above[anc.i]
                    break
                if anc.lemma_ in REPORTING_VERBS:
                    break
            if rank < 8 and (best is None or rank < best[0]):
                best = (rank, value)
        return best[1] if best else None

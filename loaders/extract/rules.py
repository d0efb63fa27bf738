"""Rules over one parsed sentence: meetings, their parties, place, date, status and channels.

The rules read the dependency parse the way a reader reads news copy: the subject and
object of "met", "received", "hosted", "visited"; "held talks with"; "a meeting between
X and Y"; "talks in Moscow"; "via", "through", "mediated by", "hosted by", "on behalf of",
"arrived on a ... plane", "the ... channel". Negated and conditional contacts are dropped;
planned, reported, denied and secret ones are marked.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from loaders.extract.actors import ActorRec, Registry
from loaders.extract.candidates import (
    ActionCand,
    ChannelCand,
    MeetingCand,
    PartyCand,
    PlaceCand,
)
from loaders.extract.dates import DateValue, find_dates
from loaders.extract.lexicon import (
    BARE_PARTIES,
    CAPITAL,
    CAPITAL_CODE,
    CONDITIONAL_WORDS,
    DEMONYM,
    DENIAL,
    HOLD_VERBS,
    HOST_VERBS,
    MEET_VERBS,
    MEETING_NOUNS,
    ORG_WORDS,
    PERSON_TITLES,
    PLACE_NOUNS,
    PLAN_WORDS,
    REPORT_CUES,
    REPORTING_VERBS,
    SECRET_WORDS,
    UNNAMED_HEADS,
    country_of_word,
)
from loaders.extract.segments import Sentence
from loaders.model import ActionType, ChannelKind, MeetingKind, MeetingStatus, PlaceKind, Role

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PLURAL_GROUP_HEADS = frozenset(
    {"representatives", "officials", "members", "leaders", "guests", "delegates", "figures"}
)
_CHANNEL_RE = re.compile(r"\b(?:the|a)\s+((?:[A-Z][\w]*[- ]?){1,3})\s+(?:back[- ])?channel\b")
_PLANE_RE = re.compile(
    r"\b(?:on|aboard|on board|in)?\s*(?:[Aa]n?|[Tt]he)\s+"
    r"(?:private\s+|government\s+|military\s+|chartered\s+)?"
    r"((?:[A-Z][\w.-]*\s+){1,4})(?:private\s+|government\s+|military\s+|chartered\s+)?"
    r"(?:plane|aircraft|jet|flight|airliner)\b"
)
_ON_BOARD_RE = re.compile(r"\bon board (?:an? |the )?((?:[A-Z][\w-]*\s?){1,4})")
_MEDIATOR_NOUNS = frozenset(
    {"mediators", "mediator", "mediation", "intermediaries", "intermediary"}
)
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_FIRST_PERSON = frozenset({"i", "me"})
_BLANK_PARTIES = frozenset({"side", "sides", "parties", "they", "them", "we", "us", "you", "both"})
_PERSON_HEADS = frozenset(
    {
        "president",
        "minister",
        "envoy",
        "ambassador",
        "chief",
        "head",
        "leader",
        "secretary",
        "general",
        "chancellor",
        "king",
        "emir",
        "prince",
        "commander",
        "director",
        "spokesman",
        "adviser",
        "deputy",
        "counterpart",
    }
)
_STATE_BODIES = frozenset(
    {
        "ministry",
        "regime",
        "army",
        "government",
        "military",
        "police",
        "parliament",
        "navy",
        "intelligence",
        "opposition",
        "cabinet",
        "presidency",
    }
)
FRAME = "@frame"
"""A party standing for the parties of the contact being told ("the two ministers")."""
_BUILDING_WORDS = (
    "ministry",
    "secretariat",
    "house",
    "palace",
    "hotel",
    "embassy",
    "headquarters",
    "office",
    "residence",
    "centre",
    "center",
    "hall",
    "building",
)
_JOURNEY_VERBS = frozenset({"travel", "go", "fly", "head", "arrive", "come", "return", "move"})
_MESSAGES = frozenset({"call", "phone", "telephone", "message", "letter"})
_WORD = re.compile(r"[a-z]+")
_PLURALIA = frozenset({"talks", "negotiations", "consultations", "discussions"})
_BLOCKED_BY = frozenset(
    {
        "prevent",
        "stop",
        "block",
        "bar",
        "ban",
        "refuse",
        "release",
        "unable",
        "forbid",
        "fail",
    }
)
_PREVENT_VERBS = frozenset({"prevent", "stop", "block", "bar", "ban", "forbid"})
_DETAIN_VERBS = frozenset({"detain", "arrest", "hold", "jail", "imprison", "seize"})
_TRANSPORT_VERBS = frozenset(
    {"transfer", "transport", "fly", "ferry", "carry", "bring", "evacuate"}
)
_ACTION_LEMMAS = _PREVENT_VERBS | _DETAIN_VERBS | _TRANSPORT_VERBS | {"boycott", "refuse"}


class SentenceRules:
    """Applies the rules to one parsed sentence of a document."""

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

    def span_of(self, tokens: Span | Token) -> tuple[int, int]:
        if isinstance(tokens, Token):
            return self.s.start + tokens.idx, self.s.start + tokens.idx + len(tokens.text)
        return self.s.start + tokens.start_char, self.s.start + tokens.end_char

    # --- parties ------------------------------------------------------------------------

    def _ent_actor(self, ent: Span) -> ActorRec | None:
        label = ent.label_
        if label not in ACTOR_LABELS:
            return None
        if label == "GPE":
            code = country_of_word(ent.text) or CAPITAL_CODE.get(ent.text.casefold())
            if not code and not ent.ent_id_:
                return None
        title, country = self._title_before(ent)
        rec = self.reg.named(ent.text, label, self.span_of(ent), ent.ent_id_ or None)
        if rec is not None:
            if title and not rec.title:
                rec.title = title
            if country and not rec.country:
                rec.country = country
        return rec

    def _title_before(self, ent: Span) -> tuple[str | None, str | None]:
        words: list[str] = []
        country = None
        i = ent.start - 1
        while i >= 0:
            tok = self.doc[i]
            if tok.is_punct or tok.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ"):
                break
            if not (tok.is_title or tok.is_upper) and tok.lower_ not in ("of", "for"):
                break
            if i in self._ent_of and self._ent_of[i].label_ in ("PERSON",):
                break
            code = country_of_word(tok.text)
            if code and not words:
                country = code
                break
            words.insert(0, tok.text)
            i -= 1
            if len(words) >= 6:
                break
        while words and words[0].casefold() in ("of", "for"):
            words.pop(0)
        return (" ".join(words) or None), country

    def parties(self, tok: Token, role: Role = Role.participant) -> list[PartyCand]:
        """The parties named by an argument token, its conjuncts and 'including X'."""
        out: list[PartyCand] = []
        for t in [tok, *self._conjuncts(tok)]:
            out.extend(self._party(t, role))
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out.extend(self.parties(p, Role.participant))
        return out

    def _conjuncts(self, tok: Token) -> list[Token]:
        found: list[Token] = []
        stack = [c for c in tok.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            found.append(c)
            stack.extend(x for x in c.children if x.dep_ == "conj")
        return found

    def _party(self, tok: Token, role: Role) -> list[PartyCand]:
        ent = self._ent_of.get(tok.i)
        if ent is not None:
            rec = self._ent_actor(ent)
            if rec is not None:
                return [PartyCand(rec.key, role)]
            if ent.label_ in PLACE_LABELS:
                return []
        lower = tok.lower_
        if lower in _PRONOUNS_PERSON or (lower in ("his", "her") and tok.dep_ == "poss"):
            key = self._antecedent(tok)
            return [PartyCand(key, role, weak=True)] if key else []
        if lower in _FIRST_PERSON:
            speaker = self._speaker(tok)
            return [PartyCand(speaker, role, weak=True)] if speaker else []
        if lower in _BLANK_PARTIES or tok.pos_ == "PRON":
            return []
        code = country_of_word(tok.text) if tok.pos_ in ("PROPN", "NOUN") else None
        if code and tok.text[:1].isupper() and tok.text.endswith("s"):
            return [PartyCand(self.reg.country(code, self.span_of(tok)).key, role)]
        if lower in UNNAMED_HEADS or tok.lemma_.casefold() in UNNAMED_HEADS:
            return self._description(tok, role)
        if lower in _STATE_BODIES:
            owner = next(
                (
                    c
                    for c in tok.lefts
                    if c.dep_ in ("poss", "amod", "compound") and country_of_word(c.text)
                ),
                None,
            )
            if owner is not None:
                span = self.doc[owner.i : tok.i + 1]
                rec = self.reg.named(span.text, "ORG", self.span_of(span))
                return [PartyCand(rec.key, role)] if rec else []
        if tok.pos_ == "PROPN" and tok.is_title and tok.i not in self._ent_of:
            rec = self.reg.known_surname(tok.text)
            if rec is not None:
                return [PartyCand(rec.key, role, weak=True)]
        return []

    def _antecedent(self, tok: Token) -> str | None:
        """He/she: the person subject of an enclosing clause, else the last person before."""
        for anc in tok.ancestors:
            for c in anc.children:
                if c.dep_ in _SUBJECTS and c.i < tok.i and c.lower_ not in _PRONOUNS_PERSON:
                    found = self._party(c, Role.participant)
                    if found and self.reg.actors[found[0].key].type.value == "person":
                        return found[0].key
        for i in range(tok.i - 1, -1, -1):
            ent = self._ent_of.get(i)
            if ent is not None and ent.label_ == "PERSON":
                rec = self._ent_actor(ent)
                if rec is not None:
                    return rec.key
        return self.reg.last_person

    def _speaker(self, tok: Token) -> str | None:
        for anc in tok.ancestors:
            if anc.lemma_ in REPORTING_VERBS:
                for c in anc.children:
                    if c.dep_ in _SUBJECTS:
                        found = self._party(c, Role.participant)
                        return found[0].key if found else None
        return None

    def _description(self, tok: Token, role: Role) -> list[PartyCand]:
        """A description: named through apposition, a title, a counterpart, or unnamed."""
        for c in tok.children:
            if c.dep_ in ("appos", "compound", "npadvmod"):
                found: list[PartyCand] = []
                for head in [c, *self._conjuncts(c)]:
                    for x in head.subtree:
                        ent = self._ent_of.get(x.i)
                        if ent is None or ent.label_ != "PERSON" or x.i != ent.root.i:
                            continue
                        rec = self._ent_actor(ent)
                        if rec is None:
                            continue
                        if not rec.title:
                            rec.title = " ".join(
                                t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"
                            ).replace(" - ", "-")
                        if rec.key not in {f.key for f in found}:
                            found.append(PartyCand(rec.key, role))
                        break
                if found:
                    return found
        named = self._person_after(tok)
        if named is not None:
            if not named.title:
                named.title = " ".join(
                    t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"
                )
            return [PartyCand(named.key, role)]
        lefts = [c for c in tok.lefts]
        det = next((c for c in lefts if c.dep_ in ("det", "poss")), None)
        if tok.lemma_ == "counterpart":
            for c in lefts:
                if c.dep_ == "amod" and country_of_word(c.text):
                    rec = self.reg.counterpart(c.text)
                    if rec:
                        return [PartyCand(rec.key, role, weak=True)]
            return []
        preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
        group_prep = preps.get("of") or preps.get("from")
        if tok.lower_ in _PLURAL_GROUP_HEADS and group_prep is not None:
            pobj = next((c for c in group_prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                groups = self.parties(pobj, role)
                events = any(w.lower_ in MEETING_NOUNS for w in pobj.subtree)
                people = any(self.reg.actors[g.key].type.value == "person" for g in groups)
                if groups and not people and not events:
                    return groups
        has_modifier = any(
            c.dep_ in ("amod", "compound", "nmod", "nummod")
            or (c.dep_ == "poss" and c.pos_ != "PRON")
            for c in lefts
        ) or bool(preps.keys() & {"of", "from"})
        definite = det is not None and (
            det.lower_ in ("the", "this", "that", "its", "his", "her", "their")
            or det.dep_ == "poss"
        )
        counted = any(c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in lefts)
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in lefts) and not preps
        if (
            tok.tag_ in ("NNS", "NNPS")
            and bare
            and (counted or (definite and tok.lemma_ != "official"))
        ):
            return [PartyCand(f"{FRAME}:{tok.lemma_}", role, weak=True)]
        if definite and tok.lemma_ in ("delegation", "team", "visitor", "guest"):
            rec = self.reg.last_delegation()
            if rec is not None and not (preps.keys() & {"of", "from"}):
                return self._with_leader(rec, role, weak=True)
        if (
            definite
            and not (preps.keys() & {"of", "from"})
            and tok.lemma_ not in ("side", "official")
        ):
            title = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
            rec = self.reg.by_title(title)
            if rec is not None:
                return [PartyCand(rec.key, role, weak=True)]
        if (not has_modifier and tok.lower_ not in BARE_PARTIES) or tok.lemma_ == "side":
            return []
        stop = tok.i
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                stop = max(stop, max(t.i for t in c.subtree))
        first = min(t.i for t in tok.subtree)
        text = self.doc[first : stop + 1].text
        country = None
        for t in self.doc[first : stop + 1]:
            country = country or country_of_word(t.text)
        leader = self._leader(tok)
        rec = self.reg.unnamed(
            text,
            tok.text,
            self.span_of(self.doc[first : stop + 1]),
            country,
            leader.key if leader else None,
        )
        return self._with_leader(rec, role)

    def _person_after(self, tok: Token) -> ActorRec | None:
        """The name a description introduces: 'Cabinet Secretary for Foreign Affairs Daniel
        Wanjiru', 'the head of the Directorate, Major General Deeb Zeitoun'."""
        inside = {t.i for t in tok.subtree}
        excluded = {
            t.i
            for c in tok.children
            if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ not in ("for",))
            for t in c.subtree
        }
        i = tok.i + 1
        while i < len(self.doc) and i in inside and self.doc[i].text != ",":
            ent = self._ent_of.get(i)
            if ent is not None and ent.label_ == "PERSON" and ent.start == i and i not in excluded:
                after = self.doc[ent.end] if ent.end < len(self.doc) else None
                if after is None or after.tag_ != "POS":
                    return self._ent_actor(ent)
            i += 1
        if i >= len(self.doc) or self.doc[i].text != ",":
            return None
        i += 1
        while (
            i < len(self.doc)
            and self.doc[i].lower_.strip(".") in PERSON_TITLES
            and self.doc[i].is_title
        ):
            i += 1
        ent = self._ent_of.get(i)
        if ent is not None and ent.start == i:
            if ent.label_ == "PERSON":
                return self._ent_actor(ent)
            words = ent.text.split()
            if (
                ent.label_ == "ORG"
                and tok.lower_ in _PERSON_HEADS
                and 2 <= len(words) <= 4
                and not any(w.casefold() in ORG_WORDS for w in words)
            ):
                return self.reg.named(ent.text, "PERSON", self.span_of(ent))
        return None

    def _leader(self, tok: Token) -> PartyCand | None:
        """'a delegation led by X', 'headed by X'."""
        for c in tok.subtree:
            if c.dep_ in ("acl", "relcl") and c.lemma_ in ("lead", "head", "chair"):
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                found = self._party(p, Role.head_of_delegation)
                                if found:
                                    return found[0]
        return None

    def _with_leader(self, rec: ActorRec, role: Role, weak: bool = False) -> list[PartyCand]:
        out = [PartyCand(rec.key, role, weak=weak)]
        if rec.leader and rec.leader in self.reg.actors:
            out.append(PartyCand(rec.leader, Role.head_of_delegation, weak=weak))
        return out

    # --- places -------------------------------------------------------------------------

    def place_of(self, tok: Token) -> PlaceCand | None:
        """A place named by a token: 'Moscow', 'the Russian capital', 'the Merdeka Palace'."""
        ent = self._ent_of.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            text = _clean_place(ent.text)
            code = country_of_word(text)
            if ent.label_ == "GPE" and code and text.casefold() not in CAPITAL_CODE:
                return PlaceCand(text, PlaceKind.country, code)
            kind = {"GPE": PlaceKind.city, "LOC": PlaceKind.region, "FAC": PlaceKind.building}[
                ent.label_
            ]
            if kind is PlaceKind.city and any(w in text.casefold() for w in ("airport",)):
                kind = PlaceKind.airport
            return PlaceCand(text, kind, CAPITAL_CODE.get(text.casefold()))
        if tok.lemma_ in PLACE_NOUNS or tok.lower_ in PLACE_NOUNS:
            for c in tok.subtree:
                if (
                    c.i != tok.i
                    and c.i in self._ent_of
                    and self._ent_of[c.i].label_ in ("GPE", "FAC")
                ):
                    inner = self._ent_of[c.i]
                    if not country_of_word(inner.text) or inner.text.casefold() in CAPITAL_CODE:
                        return self.place_of(inner.root)
            if tok.lemma_ == "region":
                for c in tok.subtree:
                    ent = self._ent_of.get(c.i)
                    if ent is not None and ent.label_ in ("LOC", "GPE"):
                        return PlaceCand(_clean_place(ent.text), PlaceKind.region)
            if tok.lemma_ == "capital":
                for c in tok.lefts:
                    code = country_of_word(c.text)
                    if code and code in CAPITAL:
                        return PlaceCand(CAPITAL[code], PlaceKind.city, code)
            if tok.lemma_ in (
                "palace",
                "hotel",
                "office",
                "headquarters",
                "residence",
                "embassy",
                "guesthouse",
                "house",
            ):
                span = self.doc[min(t.i for t in tok.subtree) : tok.i + 1]
                text = " ".join(t.text for t in span if t.dep_ != "det")
                if any(t.is_title for t in span) or any(c.dep_ == "amod" for c in tok.lefts):
                    return PlaceCand(_clean_place(text), PlaceKind.building)
        if (
            ent is not None
            and ent.label_ == "ORG"
            and tok.head.lower_ in ("at", "inside")
            and any(w in ent.text.casefold() for w in _BUILDING_WORDS)
        ):
            return PlaceCand(_clean_place(ent.text), PlaceKind.building)
        if tok.lower_ in ("there", "here"):
            for c in tok.children:
                if c.dep_ == "prep":
                    found = self._place_in_prep(c)
                    if found:
                        return found
            return self.last_place
        return None

    def _place_in_prep(self, prep: Token) -> PlaceCand | None:
        if prep.lower_ not in ("in", "at", "inside", "to", "near"):
            return None
        for p in prep.children:
            if p.dep_ == "pobj":
                found = self.place_of(p)
                if found:
                    return found
        return None

    def place_for(self, heads: list[Token]) -> PlaceCand | None:
        """The place of a contact: attached to the trigger, its object, or 'where' above it."""
        for head in heads:
            for c in head.children:
                if c.dep_ == "prep" and (
                    c.lower_ != "to" or head.lemma_ in ("visit", "trip", "travel")
                ):
                    found = self._place_in_prep(c)
                    if found:
                        return found
                if c.dep_ == "advmod" and c.lower_ in ("there", "here"):
                    found = self.place_of(c)
                    if found:
                        return found
        head = heads[0]
        if head.dep_ == "relcl":
            found = self.place_of(head.head)
            if found:
                return found
        if head.dep_ in ("advcl", "xcomp") and head.head.lemma_ in _JOURNEY_VERBS:
            for c in head.head.children:
                if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                    found = self._place_in_prep(c)
                    if found:
                        return found
        for c in head.subtree:
            if (
                c.dep_ == "prep"
                and c.lower_ in ("in", "at")
                and c.head.pos_ in ("VERB", "NOUN", "AUX", "PROPN")
            ):
                found = self._place_in_prep(c)
                if found and found.kind not in (PlaceKind.country, PlaceKind.region):
                    return found
        return None

    # --- dates, status ------------------------------------------------------------------

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

    def _token_at(self, char: int) -> Token | None:
        """The token at (or first after) a character offset of the sentence."""
        i = self._token_index(char)
        return self.doc[i] if len(self.doc) else None

    def status_of(self, trigger: Token) -> MeetingStatus | None:
        """held, planned, reported, denied; None when negated or hypothetical."""
        chain = [trigger, *list(trigger.ancestors)[:3]]
        planned = False
        for i, t in enumerate(chain):
            for c in t.children:
                if c.dep_ == "neg" and (i == 0 or (i == 1 and trigger.dep_ == "xcomp")):
                    return None
                if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                    return None
                if c.dep_ == "aux" and c.lower_ in ("could", "might", "may"):
                    return None
                if c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll", "would"):
                    planned = True
                if c.dep_ in ("amod",) and c.lower_ in PLAN_WORDS | {
                    "planned",
                    "proposed",
                    "possible",
                }:
                    planned = True
            if i > 0 and (t.lemma_ in CONDITIONAL_WORDS or t.lemma_ in _BLOCKED_BY):
                return None
            if i > 0 and (t.lemma_ in PLAN_WORDS or t.lower_ in ("due", "expected", "scheduled")):
                planned = True
            if t.dep_ in ("ccomp", "ROOT") and i > 0:
                break
        if any(c.lower_ in ("due", "upcoming", "forthcoming") for c in trigger.lefts):
            planned = True
        if planned:
            return MeetingStatus.planned
        if DENIAL.search(self.lower) or DENIAL.search(self.following):
            return MeetingStatus.denied
        if any(cue in self.lower for cue in REPORT_CUES):
            return MeetingStatus.reported
        return MeetingStatus.held

    def secret(self) -> bool:
        return any(w in SECRET_WORDS for w in _WORD.findall(self.lower))

    # --- the rules ----------------------------------------------------------------------

    def run(self) -> None:
        consumed: set[int] = set()
        for tok in self.doc:
            lemma = tok.lemma_.casefold()
            if tok.pos_ in ("VERB", "AUX") and lemma in HOLD_VERBS:
                obj = self._meeting_object(tok)
                if obj is not None:
                    consumed.add(obj.i)
                    self._verb_meeting(tok, MEETING_NOUNS[obj.lower_], obj)
                    continue
            if tok.pos_ == "VERB" and self._gathering(tok):
                continue
            if tok.pos_ == "VERB" and lemma in MEET_VERBS and tok.i not in consumed:
                self._verb_meeting(tok, MEET_VERBS[lemma], None)
            elif (
                tok.pos_ in ("NOUN", "PROPN")
                and tok.lower_ in MEETING_NOUNS
                and tok.i not in consumed
            ):
                self._noun_meeting(tok)
            if tok.pos_ == "VERB" or tok.lemma_ in ("boycott",):
                self._action(tok)
            if tok.pos_ == "VERB" and lemma in ("lead", "head"):
                self._led_delegation(tok)
        self._channels()

    def _led_delegation(self, verb: Token) -> None:
        """'A senior US officer led a delegation ...': the delegation and its leader."""
        subjects, passive = self._subjects(verb)
        groups = [
            c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("delegation", "team")
        ]
        if passive or not subjects or not groups:
            return
        leaders = self.parties(subjects[0], Role.head_of_delegation)
        if not leaders:
            return
        leader = self.reg.actors[leaders[0].key]
        for group in groups:
            found = self._party(group, Role.participant)
            if not found:
                name = f"{_adjective(leader.country)} {group.text}".strip()
                made = self.reg.unnamed(
                    name, group.text, self.span_of(group), leader.country, leader.key
                )
                found = [PartyCand(made.key)]
            for party in found:
                rec = self.reg.actors.get(party.key)
                if rec is not None and rec.unnamed and not rec.leader:
                    rec.leader = leader.key

    def _gathering(self, verb: Token) -> bool:
        """'The talks brought together X and Y', 'Qatar brought together X and Y'."""
        lemma = verb.lemma_.casefold()
        together = any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in verb.children
        )
        if not ((lemma in ("bring", "gather") and together) or lemma == "convene"):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        subjects, _ = self._subjects(verb)
        noun = next((x for x in subjects if x.lower_ in MEETING_NOUNS), None)
        kind = MEETING_NOUNS[noun.lower_] if noun is not None else MeetingKind.meeting
        cand = MeetingCand(
            kind,
            self.s.index,
            self.s.start,
            self.s.end,
            self.s.start + verb.idx,
            header=self.s.header,
        )
        for o in objects:
            cand.parties.extend(self.parties(o))
        if noun is not None:
            cand.event_key = self._event_key(noun)
            det = next((c for c in noun.lefts if c.dep_ == "det"), None)
            cand.anaphoric = det is not None and det.lower_ in ("the", "this", "that")
            for c in noun.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_ in ("chair", "host", "lead"):
                    for a in c.children:
                        if a.dep_ == "agent":
                            for p in a.children:
                                if p.dep_ == "pobj":
                                    cand.parties.extend(self.parties(p, Role.host))
        else:
            for x in subjects:
                cand.parties.extend(self.parties(x, Role.host))
        self._finish(cand, verb, [verb] + ([noun] if noun is not None else []))
        return True

    def _meeting_object(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in MEETING_NOUNS:
                return c
        t = verb
        while t.dep_ in ("xcomp", "conj") and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in MEETING_NOUNS:
            return t.head
        return None

    def _subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """Subject tokens and whether the verb is passive; inherited along conj and xcomp."""
        t = verb
        for _ in range(3):
            subj = [c for c in t.children if c.dep_ in _SUBJECTS]
            if subj and t.dep_ == "relcl" and all(c.tag_ in ("WP", "WDT") for c in subj):
                return [t.head], False
            if subj:
                passive = any(c.dep_ == "nsubjpass" for c in subj) or any(
                    c.dep_ == "auxpass" for c in verb.children
                )
                return subj, passive
            if t.dep_ in ("conj", "xcomp", "advcl") and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            elif (
                t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX")
            ):
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
            if c.dep_ == "prep" and c.lower_ == "along":
                for w in c.children:
                    out.extend(p for p in w.children if p.dep_ == "pobj")
                    if w.dep_ == "pobj":
                        out.append(w)
            if c.dep_ == "advmod" and c.lower_ == "along":
                for w in c.children:
                    out.extend(p for p in w.children if p.dep_ == "pobj")
        return out

    def _verb_meeting(self, verb: Token, kind: MeetingKind, noun: Token | None) -> None:
        lemma = verb.lemma_.casefold()
        subjects, passive = self._subjects(verb)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")] if noun is None else []
        others = self._pobjs(verb, ("with", "between")) + (
            self._pobjs(noun, ("with", "between", "of")) if noun is not None else []
        )
        if noun is None and lemma in ("receive", "get", "take"):
            for o in [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _MESSAGES]:
                others += self._pobjs(o, ("from",)) + self._pobjs(verb, ("from",))
        agent = [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        cand = MeetingCand(
            kind,
            self.s.index,
            self.s.start,
            self.s.end,
            self.s.start + verb.idx,
            header=self.s.header,
        )
        heads = [verb] + ([noun] if noun is not None else [])
        host_role = Role.host
        if self._is_call(verb, noun):
            cand.kind = kind = MeetingKind.call
        if (
            noun is None
            and lemma in ("discuss", "speak", "talk", "negotiate", "confer")
            and not others
            and len(subjects) == 1
            and not self._conjuncts(subjects[0])
        ):
            return
        if noun is None and lemma == "call" and not objects:
            return
        if noun is None and lemma == "sign":
            if not any(
                o.lower_ in ("agreement", "accord", "deal", "memorandum", "treaty") for o in objects
            ):
                return
            objects = []
        if (
            noun is not None
            and lemma in ("hold", "host", "organize", "organise", "convene", "sponsor", "chair")
            and (kind is MeetingKind.conference or lemma != "hold")
        ):
            host_role = Role.host
            for s in subjects:
                cand.parties.extend(self.parties(s, Role.host))
                if lemma == "host":
                    self._host_channel(cand, s)
            subjects = []
        if noun is not None:
            det = next((c for c in noun.lefts if c.dep_ == "det"), None)
            cand.anaphoric = (
                det is not None and det.lower_ in ("the", "this", "that") and not others
            )
            if noun.dep_ in ("relcl", "acl") or (noun.i < verb.i and noun.dep_ != "nsubjpass"):
                cand.anaphoric = cand.anaphoric and noun.dep_ != "nsubjpass"
        if (
            noun is None
            and lemma in ("attend", "chair", "host")
            and objects
            and objects[0].lower_ in MEETING_NOUNS
        ):
            cand.kind = MEETING_NOUNS[objects[0].lower_]
            cand.event_key = self._event_key(objects[0])
            det = next((c for c in objects[0].lefts if c.dep_ == "det"), None)
            cand.anaphoric = (
                cand.event_key is None and det is not None and det.lower_ in ("the", "this", "that")
            )
            heads.append(objects[0])
            if lemma == "host" or lemma == "chair":
                for s in subjects:
                    cand.parties.extend(self.parties(s, Role.host))
                    if lemma == "host":
                        self._host_channel(cand, s)
            else:
                for s in subjects:
                    cand.parties.extend(self.parties(s))
            others = self._pobjs(objects[0], ("between", "with"))
            objects = []
            subjects = []
        if noun is None and lemma == "visit":
            places = [o for o in objects if self.place_of(o)]
            if places:
                cand.place = self.place_of(places[0])
                objects = [o for o in objects if o not in places]
        messages = [o for o in objects if o.lower_ in _MESSAGES]
        if noun is None and lemma == "receive" and messages:
            cand.kind = MeetingKind.call
            objects = [o for o in objects if o not in messages]
        if (
            noun is None
            and lemma in ("welcome", "receive", "call")
            and objects
            and not any(self._party(o, Role.participant) for o in objects)
        ):
            return
        if noun is None and lemma == "shuttle":
            for s in subjects:
                cand.parties.extend(self.parties(s, Role.mediator))
                for p in self.parties(s):
                    cand.channels.append(
                        ChannelCand(ChannelKind.mediator, *self.span_of(s), via=p.key)
                    )
            cand.anaphoric = True
            subjects = []
        if noun is not None:
            cand.event_key = self._event_key(noun)
        if lemma in HOST_VERBS and noun is None:
            if passive:
                for s in subjects:
                    cand.parties.extend(self.parties(s))
                for a in agent:
                    cand.parties.extend(self.parties(a, host_role))
            else:
                for s in subjects:
                    cand.parties.extend(self.parties(s, host_role))
                for o in objects:
                    cand.parties.extend(self.parties(o))
        else:
            for s in subjects:
                cand.parties.extend(self.parties(s))
            for o in objects:
                cand.parties.extend(
                    self.parties(o, Role.host if lemma == "visit" else Role.participant)
                )
            for a in agent:
                cand.parties.extend(self.parties(a))
        if others and not cand.parties:
            cand.one_sided = True
        counterparts = [p for o in others for p in self.parties(o)]
        cand.parties.extend(counterparts)
        if lemma in ("welcome", "receive", "host", "meet"):
            for o in self._pobjs(verb, ("along",)):
                cand.parties.extend(self.parties(o))
        if noun is None and lemma == "meet" and self._gapped(cand, verb, subjects):
            return
        separate = noun is not None and any(
            c.lower_ in ("separate", "individual") for c in noun.lefts
        )
        if separate and len(counterparts) > 1:
            own = [p for p in cand.parties if p not in counterparts]
            for other in counterparts:
                copy = replace(cand, parties=[*own, other], channels=list(cand.channels))
                self._finish(copy, verb, heads)
            return
        self._finish(cand, verb, heads)

    def _gapped(self, cand: MeetingCand, verb: Token, subjects: list[Token]) -> bool:
        """'X met A in Belgrade on Tuesday and B in Pristina on Wednesday': one meeting each.

        Read in text order after the verb: each named counterpart opens a segment that takes
        the place and the date written before the next one.
        """
        taken = {t.i for s in subjects for t in s.subtree}
        segments: list[tuple[int, int]] = []
        for ent in self.doc.ents:
            if ent.start > verb.i and ent.label_ == "PERSON" and ent.start not in taken:
                if segments:
                    gap = self.doc[segments[-1][1] : ent.start]
                    coordinated = any(t.lower_ == "and" for t in gap) and not any(
                        t.pos_ in ("VERB", "AUX") or t.lower_ in ("behalf", "of", "by") for t in gap
                    )
                    if not coordinated:
                        break
                segments.append((ent.start, ent.end))
        if len(segments) < 2:
            return False
        bounds = [start for start, _ in segments[1:]] + [len(self.doc)]
        dates = find_dates(self.s.text, self.published)
        plans: list[tuple[PartyCand, PlaceCand | None, DateValue | None]] = []
        for (start, end), stop in zip(segments, bounds, strict=True):
            ent = self._ent_of[start]
            rec = self._ent_actor(ent)
            if rec is None:
                return False
            place = None
            for t in self.doc[end:stop]:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
                    place = place or self.place_of(t)
            first, last = self.doc[start].idx, self.doc[stop - 1].idx
            date = next((d for d in dates if first <= d.begin <= last), None)
            plans.append((PartyCand(rec.key), place, date))
        if sum(1 for _, place, date in plans if place or date) < 2:
            return False
        own = [p for p in cand.parties if p.key not in {x.key for x, _, _ in plans}]
        status = self.status_of(verb)
        if status is None:
            return True
        for party, place, date in plans:
            copy = replace(cand, parties=[*own, party], channels=list(cand.channels))
            copy.place, copy.date, copy.status = place, date, status
            copy.secret = self.secret()
            self.meetings.append(copy)
        return True

    def _is_call(self, verb: Token | None, noun: Token | None) -> bool:
        """A phone or video call: 'a phone call', 'spoke by telephone', 'a video conference'."""
        words = {"phone", "telephone", "video", "videoconference", "videolink", "zoom"}
        if noun is not None:
            if noun.lower_ in ("call", "conversation", "videoconference"):
                return True
            if any(c.lower_ in words for c in noun.lefts):
                return True
        for head in (verb, noun):
            if head is None:
                continue
            for c in head.children:
                if (
                    c.dep_ in ("prep", "agent")
                    and c.lower_ in ("by", "over", "via", "on")
                    and any(p.lower_ in words or p.lower_ == "link" for p in c.subtree)
                ):
                    return True
                if c.dep_ == "dobj" and c.lower_ in ("call", "conversation", "videoconference"):
                    return True
        return False

    def _event_key(self, noun: Token) -> str | None:
        """A name for a contact that later sentences may refer to ('the Sochi conference')."""
        words = [
            c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
        ]
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in self._ent_of:
                        words.append(p)
        if not words:
            return None
        kind = MEETING_NOUNS.get(noun.lower_, MeetingKind.meeting).value
        for w in words:
            place = self.place_of(w)
            if place is not None and place.kind is not PlaceKind.country:
                self._event_place = place
                return f"{kind}@{place.name.casefold()}"
        return f"{kind}:" + " ".join(w.lower_ for w in words)

    def _noun_meeting(self, noun: Token) -> None:
        if noun.tag_ == "NNS" and noun.lower_ not in _PLURALIA:
            return
        if noun.dep_ in ("dobj", "pobj") and noun.head.lemma_ in (
            "discuss",
            "prepare",
            "call",
            "say",
            "boycott",
        ):
            anaphoric_only = True
        else:
            anaphoric_only = False
        cand = MeetingCand(
            MEETING_NOUNS[noun.lower_],
            self.s.index,
            self.s.start,
            self.s.end,
            self.s.start + noun.idx,
            noun=True,
            header=self.s.header,
        )
        if self._is_call(None, noun):
            cand.kind = MeetingKind.call
        cand.event_key = self._event_key(noun)
        with_parties = [p for o in self._pobjs(noun, ("with",)) for p in self.parties(o)]
        for o in self._pobjs(noun, ("between",)):
            cand.parties.extend(self.parties(o))
        cand.parties.extend(with_parties)
        for o in self._pobjs(noun, ("by",)) if noun.lower_ in ("visit", "trip") else []:
            cand.parties.extend(self.parties(o))
        for c in noun.lefts:
            if c.dep_ == "poss":
                cand.parties.extend(self.parties(c))
        codes = []
        for c in noun.lefts:
            for part in c.subtree:
                code = (
                    country_of_word(part.text)
                    if part.dep_ in ("amod", "compound", "npadvmod", "nmod")
                    else None
                )
                if code and code not in codes:
                    codes.append(code)
        if len(codes) >= 2:
            for code in codes:
                cand.parties.append(PartyCand(self.reg.country(code).key))
        if noun.lower_ in ("visit", "trip"):
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj" and not self.place_of(p):
                            hosts = self.parties(p, Role.host)
                            cand.one_sided = cand.one_sided or (bool(hosts) and not cand.parties)
                            cand.parties.extend(hosts)
        if with_parties and len(with_parties) == len(cand.parties):
            cand.one_sided = not any(c.dep_ == "poss" for c in noun.lefts)
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        if det is not None and det.lower_ in ("the", "this", "that") and cand.event_key is None:
            cand.anaphoric = True
        if anaphoric_only and not cand.event_key:
            return
        cand.confidence = 0.7
        self._finish(
            cand, noun, [noun, noun.head] if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else [noun]
        )

    def _host_channel(self, cand: MeetingCand, tok: Token) -> None:
        for p in self.parties(tok, Role.host):
            cand.channels.append(ChannelCand(ChannelKind.host, *self.span_of(tok), via=p.key))

    def _finish(self, cand: MeetingCand, trigger: Token, heads: list[Token]) -> None:
        status = self.status_of(trigger)
        if status is None:
            return
        cand.status = status
        cand.secret = self.secret()
        cand.place = cand.place or self.place_for(heads)
        if cand.place is None and cand.event_key and "@" in cand.event_key:
            cand.place = self._event_place
        cand.sidelines = "sidelines" in self.lower
        chain = [trigger]
        for anc in trigger.ancestors:
            if anc.lemma_ in REPORTING_VERBS:
                break
            chain.append(anc)
        ahead = status is MeetingStatus.planned and not any(t.tag_ == "VBD" for t in chain)
        cand.date = self.date_for(trigger, ahead)
        if cand.date and cand.date.start > self.published and status is MeetingStatus.held:
            cand.status = MeetingStatus.planned
        # "hosted by", "mediated by", "on behalf of", "at the invitation of"
        scope = trigger.head if cand.noun and trigger.dep_ in ("nsubj", "nsubjpass") else trigger
        for t in scope.subtree:
            if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
                verb = t.head
                if verb.lemma_ in (
                    "host",
                    "mediate",
                    "broker",
                    "chair",
                    "sponsor",
                    "organize",
                    "organise",
                ):
                    role = (
                        Role.host
                        if verb.lemma_ in ("host", "chair", "sponsor", "organize", "organise")
                        else Role.mediator
                    )
                    kind = ChannelKind.host if role is Role.host else ChannelKind.mediator
                    for p in t.children:
                        if p.dep_ == "pobj":
                            for party in self.parties(p, role):
                                cand.parties.append(party)
                                if verb.lemma_ not in ("host", "mediate", "broker"):
                                    continue
                                cand.channels.append(
                                    ChannelCand(
                                        kind,
                                        *self.span_of(verb.head if verb.dep_ == "acl" else verb),
                                        via=party.key,
                                        detail=f"{verb.lower_} by",
                                    )
                                )
            if t.lower_ == "behalf" and t.head.lower_ == "on":
                envoy = next((x for x in cand.parties if x.role is Role.participant), None)
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                principals = self._party(owner, Role.participant) if owner is not None else []
                if principals and envoy and principals[0].key != envoy.key:
                    envoy.role = Role.envoy
                    envoy.on_behalf_of = principals[0].key
                    cand.channels.append(
                        ChannelCand(
                            ChannelKind.intermediary,
                            *self.span_of(t.head),
                            via=envoy.key,
                            detail="on behalf of",
                        )
                    )
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in p.children:
                            if o.dep_ == "pobj":
                                principals = self.parties(o)
                                envoy = next(
                                    (x for x in cand.parties if x.role is Role.participant), None
                                )
                                if principals and envoy:
                                    envoy.role = Role.envoy
                                    envoy.on_behalf_of = principals[0].key
                                    cand.channels.append(
                                        ChannelCand(
                                            ChannelKind.intermediary,
                                            *self.span_of(t.head),
                                            via=envoy.key,
                                            detail="on behalf of",
                                        )
                                    )
            if t.lower_ == "invitation" and t.head.lower_ == "at":
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        for o in p.children:
                            if o.dep_ == "pobj":
                                cand.parties.extend(self.parties(o, Role.host))
        self.meetings.append(cand)

    # --- channels ----------------------------------------------------------------------

    def _channels(self) -> None:
        text = self.s.text
        for m in _CHANNEL_RE.finditer(text):
            words = re.split(r"[- ]", m.group(1).strip())
            run_by = [self.reg.country(c).key for c in (country_of_word(w) for w in words) if c]
            self.channels.append(
                ChannelCand(
                    ChannelKind.back_channel,
                    self.s.start + m.start(),
                    self.s.start + m.end(),
                    channel_name=m.group(0).strip(),
                    run_by=run_by,
                )
            )
        for m in _PLANE_RE.finditer(text):
            owner = m.group(1).strip()
            via = self._owner(owner, m.start(1))
            if via:
                self.channels.append(
                    ChannelCand(
                        ChannelKind.transport,
                        self.s.start + m.start(),
                        self.s.start + m.end(),
                        via=via,
                        detail=m.group(0).strip(),
                    )
                )
        for m in _ON_BOARD_RE.finditer(text):
            via = self._owner(m.group(1).strip(), m.start(1))
            if via:
                self.channels.append(
                    ChannelCand(
                        ChannelKind.transport,
                        self.s.start + m.start(),
                        self.s.start + m.end(),
                        via=via,
                        detail=m.group(0).strip(),
                    )
                )
        for tok in self.doc:
            if tok.dep_ == "prep" and tok.lower_ in ("through", "via"):
                for p in tok.children:
                    if p.dep_ != "pobj":
                        continue
                    if p.lower_ in _MEDIATOR_NOUNS or p.lemma_ in _MEDIATOR_NOUNS:
                        for c in p.lefts:
                            code = country_of_word(c.text)
                            if code:
                                key = self.reg.country(code).key
                                self.channels.append(
                                    ChannelCand(
                                        ChannelKind.mediator,
                                        *self.span_of(self.doc[tok.i : p.i + 1]),
                                        via=key,
                                        detail=f"{tok.lower_} {p.lower_}",
                                    )
                                )
                        continue
                    ent = self._ent_of.get(p.i)
                    if ent is not None and ent.label_ in ("PERSON", "ORG"):
                        rec = self._ent_actor(ent)
                        if rec:
                            self.channels.append(
                                ChannelCand(
                                    ChannelKind.intermediary,
                                    *self.span_of(self.doc[tok.i : ent.end]),
                                    via=rec.key,
                                    detail=tok.lower_,
                                )
                            )

    def _owner(self, words: str, begin: int) -> str | None:
        for w in words.split():
            code = country_of_word(w)
            if code:
                ent = self._ent_of.get(self._token_index(begin))
                if ent is not None and ent.label_ == "ORG" and len(ent.text.split()) > 1:
                    rec = self._ent_actor(ent)
                    return rec.key if rec else None
                return self.reg.country(code).key
        tok_i = self._token_index(begin)
        ent = self._ent_of.get(tok_i)
        if ent is not None and ent.label_ == "ORG":
            rec = self._ent_actor(ent)
            return rec.key if rec else None
        return None

    def _token_index(self, char: int) -> int:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and char >= self._starts[i] + self._lengths[i]:
            i += 1
        return min(max(i, 0), len(self.doc) - 1)

    # --- actions ------------------------------------------------------------------------

    def _action(self, tok: Token) -> None:
        lemma = tok.lemma_.casefold()
        if lemma not in _ACTION_LEMMAS:
            return
        subjects, passive = self._subjects(tok) if tok.pos_ == "VERB" else ([], False)
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        agents = [
            p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
        ]
        kind: ActionType | None = None
        actors: list[PartyCand] = []
        targets: list[PartyCand] = []
        event: str | None = None
        if lemma == "boycott":
            kind = ActionType.boycotted
            if tok.pos_ == "NOUN":
                for o in self._pobjs(tok, ("of",)):
                    actors.extend(self.parties(o))
                    for w in o.subtree:
                        ent = self._ent_of.get(w.i)
                        if ent is not None and ent.root.i == w.i and w.i != o.i:
                            rec = self._ent_actor(ent)
                            if rec is not None and rec.key not in {a.key for a in actors}:
                                actors.append(PartyCand(rec.key))
            elif tok.dep_ in ("pcomp", "xcomp") and tok.head.lemma_ in ("call", "urge", "appeal"):
                actors = [p for s in self._subjects(tok.head)[0] for p in self.parties(s)]
            else:
                actors = [p for s in subjects for p in self.parties(s)]
            for o in objects:
                if o.lower_ in MEETING_NOUNS:
                    event = self._event_key(o)
        elif lemma in _PREVENT_VERBS or (
            lemma == "refuse"
            and ("permission" in self.lower or "permit" in self.lower or "release" in self.lower)
        ):
            kind = ActionType.prevented
            if passive:
                targets = [p for s in subjects for p in self.parties(s)]
                actors = [p for a in agents for p in self.parties(a)]
            else:
                actors = [p for s in subjects for p in self.parties(s)]
                targets = [p for o in objects for p in self.parties(o)]
                if lemma == "refuse":
                    for x in tok.subtree:
                        to_whom = x.dep_ == "pobj" and x.head.lower_ in ("to", "for")
                        if x.dep_ in ("dobj", "dative") or to_whom:
                            targets.extend(
                                p
                                for p in self._party(x, Role.participant)
                                if self.reg.actors[p.key].type.value != "country"
                            )
        elif lemma in _DETAIN_VERBS and (lemma != "hold" or passive):
            kind = ActionType.detained
            if passive:
                targets = [p for s in subjects for p in self.parties(s)]
                actors = [p for a in agents for p in self.parties(a)]
            else:
                actors = [p for s in subjects for p in self.parties(s)]
                targets = [p for o in objects for p in self.parties(o)]
        elif lemma in _TRANSPORT_VERBS and tok.pos_ == "VERB":
            kind = ActionType.transported
            for s in subjects:
                found = self.parties(s)
                if not found:
                    owner = next((c for c in s.lefts if country_of_word(c.text)), None)
                    if owner is not None:
                        code = country_of_word(owner.text)
                        if code:
                            found = [PartyCand(self.reg.country(code).key)]
                actors.extend(found)
            targets = [p for o in objects for p in self.parties(o)]
        actors = [a for a in actors if not a.key.startswith(FRAME)]
        targets = [t for t in targets if not t.key.startswith(FRAME)]
        if kind is None or not actors:
            return
        if kind in (ActionType.prevented, ActionType.detained) and not targets:
            return
        start, end = self.s.start, self.s.end
        aims: list[PartyCand | None] = list(targets) or [None]
        for a in actors:
            for t in aims:
                self.actions.append(
                    ActionCand(
                        kind,
                        a.key,
                        self.s.index,
                        start,
                        end,
                        target=t.key if t else None,
                        event_key=event,
                        date=self.date_for(tok, False),
                    )
                )


def _adjective(code: str | None) -> str:
    """The nationality word for a country code: 'US', 'Turkish'; empty when unknown."""
    words = sorted((w for w, c in DEMONYM.items() if c == code), key=len)
    if not words:
        return ""
    short = words[0]
    return short.upper() if len(short) <= 3 else max(words, key=len).title()


def _clean_place(text: str) -> str:
    text = " ".join(text.split()).strip(" ,.")
    return re.sub(r"^(?:the|The)\s+", "", text)

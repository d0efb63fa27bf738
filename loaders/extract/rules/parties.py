"""Parties: descriptions, pronouns, coordination and groups (names and titles: .names).

"Iran, Russia and Turkey", "the Iranian and Russian delegations", "officials including X",
"a delegation led by X", "his Turkish counterpart", "he": each argument of a contact
becomes the registry keys of the parties it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from core.vocabulary import Role
from loaders.extract.actors import ActorRec, strip_title
from loaders.extract.candidates import PartyCand
from loaders.extract.lexicon import (
    ADDRESSEE_WORDS,
    BARE_PARTIES,
    BLANK_PARTIES,
    CAPITAL_CODE,
    COUNTRY_CODE,
    DESCRIBED_HEADS,
    FIRST_PERSON,
    GROUP_NOUNS,
    INCLUDING_PREPS,
    INSTITUTION_HEADS,
    LEAD_VERBS,
    MEETING_NOUNS,
    ORG_WORDS,
    OWN_COUNTRY_NOUNS,
    PERSON_HEADS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    PLURAL_GROUP_HEADS,
    QUANTIFIERS,
    RELATION_NOUNS,
    REPORTING_VERBS,
    SPEAKER_WORDS,
    STATE_BODIES,
    UNNAMED_HEADS,
    adjective_of,
    country_of_word,
)
from loaders.extract.rules.base import FRAME, PLACE_LABELS, SUBJECTS
from loaders.extract.rules.names import NameRules

LOCATIVE_PREPS = frozenset({"in", "at", "on", "during", "after", "before", "near"})
"""Prepositions of a time or a place, which end a description ('officials of X in Y')."""


class PartyRules(NameRules):
    """Who an argument token names."""

    def parties(self, tok: Token, role: Role = Role.participant) -> list[PartyCand]:
        """The parties named by an argument token, its conjuncts and 'including X'."""
        out, used = self._holders_per_country(tok, role)
        coordinated = [tok, *self._conjuncts(tok)]
        if out:
            coordinated = [t for t in coordinated[1:] if t.i not in used]
        for n, t in enumerate(coordinated):
            found = self._party(t, role)
            out.extend(found or self._shared_head(t, coordinated[n + 1 :], role))
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in INCLUDING_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            out.extend(self.parties(p, Role.participant))
        return out

    def _party(self, tok: Token, role: Role) -> list[PartyCand]:
        ent = self._ent_of.get(tok.i)
        counted = any(c.dep_ in ("amod", "det") and c.lower_ in QUANTIFIERS for c in tok.children)
        if counted and (country_of_word(tok.text) or (ent is not None and ent.label_ == "NORP")):
            return []  # 'fewer Japanese are visiting': a nation's people counted, not a party
        if ent is not None and len(ent) == 1 and ent.label_ != "PERSON" and tok.pos_ == "PROPN":
            known = self._known_surname(tok)  # 'Pompeo' tagged a place or an organization
            if known is not None:
                return [PartyCand(known.key, role)]
        if ent is not None:
            rec = self._ent_actor(ent)
            if rec is not None:
                return [PartyCand(rec.key, role)]
            if ent.label_ in PLACE_LABELS and tok.lower_ not in PERSON_HEADS:
                return []  # 'the King of' tagged a place is still a title
        lower = tok.lower_
        if lower in PERSON_PRONOUNS or (lower in ("his", "her") and tok.dep_ == "poss"):
            key = self._antecedent(tok)
            return [PartyCand(key, role, weak=True)] if key else []
        if lower in FIRST_PERSON:
            speaker = self._speaker(tok)
            turn = self.reg.turn_at(self.span_of(tok)[0])
            if speaker is None and turn is not None:
                speaker = turn.speaker or None  # a transcript: 'I' is who has the floor
            elif speaker is None and not self._quoted(tok):
                author = self.reg.author()  # remarks: 'I' is the person of the byline
                speaker = author.key if author is not None else None
            return [PartyCand(speaker, role, weak=True)] if speaker else []
        spoken = self._spoken_party(tok, role)
        if spoken is not None:
            return spoken
        if lower in BLANK_PARTIES or tok.pos_ == "PRON":
            return []
        code = country_of_word(tok.text) if tok.pos_ in ("PROPN", "NOUN") else None
        if code and tok.text[:1].isupper() and tok.text.endswith("s"):
            return [PartyCand(self.reg.country(code, self.span_of(tok)).key, role)]
        groups = self._coordinated_groups(tok, role)
        if groups:
            return groups
        hosts = self._host_institution(tok, role) if lower in INSTITUTION_HEADS else []
        if hosts:
            return hosts
        if lower in UNNAMED_HEADS or tok.lemma_.casefold() in UNNAMED_HEADS:
            return self._description(tok, role)
        if lower in STATE_BODIES:
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
            named = self._untagged_name(tok)
            if named is not None:
                return [PartyCand(named.key, role)]
            rec = self.reg.known_surname(tok.text)
            if rec is not None:
                return [PartyCand(rec.key, role, weak=True)]
        return []

    def _host_institution(self, tok: Token, role: Role) -> list[PartyCand]:
        """'while in Lebanon he would speak with the government, the military': an
        institution named by 'the' alone is the one of the country the contact is in."""
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if (
            det is None
            or det.lower_ != "the"
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children)
        ):
            return []
        code = None
        for ent in self.doc.ents:
            root = ent.root
            if ent.label_ == "GPE" and root.dep_ == "pobj" and root.head.lower_ in ("in", "to"):
                code = code or country_of_word(ent.text) or CAPITAL_CODE.get(ent.text.casefold())
        adjective = _adjective(code)
        if not adjective:
            return []
        name = f"{adjective} {tok.text}"
        return [PartyCand(self.reg.unnamed(name, tok.text, self.span_of(tok), code).key, role)]

    def _shared_head(self, tok: Token, later: list[Token], role: Role) -> list[PartyCand]:
        """'South and North Korea': a word that takes the rest of its conjunct's name."""
        if tok.pos_ != "PROPN" or not later:
            return []
        ent = self._ent_of.get(later[-1].i)
        if ent is None or len(ent) < 2:
            return []
        name = " ".join([tok.text, *ent.text.split()[1:]])
        code = country_of_word(name) or COUNTRY_CODE.get(name.casefold())
        return [PartyCand(self.reg.country(code, self.span_of(tok)).key, role)] if code else []

    def _spoken_party(self, tok: Token, role: Role) -> list[PartyCand] | None:
        """In a transcript, 'we' and 'our country' are the speaker's side, 'you' and 'your
        country' the one spoken to, 'they' the two people the speaker named last (None: not
        a word of the speakers)."""
        lower = tok.lower_
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if tok.lemma_.casefold() in OWN_COUNTRY_NOUNS and owner is not None:
            lower = owner.lower_  # 'a visit to your country': the one spoken to receives it
        if lower in ("they", "them"):
            if self.reg.turn_at(self.span_of(tok)[0]) is None:
                return None
            pair = self.reg.pair_named_before(self.span_of(tok)[0])
            return [PartyCand(r.key, role, weak=True) for r in pair]
        if lower not in SPEAKER_WORDS | ADDRESSEE_WORDS:
            return None
        turn = self.reg.turn_at(self.span_of(tok)[0])
        if turn is None:
            return None
        key = turn.speaker if lower in SPEAKER_WORDS else turn.addressee
        return [PartyCand(key, role, weak=True)] if key else []

    def _coordinated_groups(self, tok: Token, role: Role) -> list[PartyCand]:
        """'Iranian and United States delegations', 'Russian and Ukrainian representatives':
        one group per country."""
        if tok.tag_ not in ("NNS", "NNPS") or tok.lower_ not in UNNAMED_HEADS:
            return []
        codes: list[str] = []
        for c in tok.lefts:
            if c.dep_ not in ("amod", "compound", "nmod"):
                continue
            for x in [c, *self._conjuncts(c)]:
                ent = self._ent_of.get(x.i)
                code = country_of_word(x.text) or (country_of_word(ent.text) if ent else None)
                if code and code not in codes:
                    codes.append(code)
        if len(codes) < 2:
            return []
        head = tok.lemma_ if tok.lemma_ != tok.text else tok.text.rstrip("s")
        out: list[PartyCand] = []
        for code in codes:
            name = f"{_adjective(code)} {head}".strip()
            rec = self.reg.unnamed(name, head, self.span_of(tok), code)
            out.append(PartyCand(rec.key, role))
        return out

    def _antecedent(self, tok: Token) -> str | None:
        """He/she: the person subject of an enclosing clause, else the last person before."""
        for anc in tok.ancestors:
            for c in anc.children:
                if c.dep_ in SUBJECTS and c.i < tok.i and c.lower_ not in PERSON_PRONOUNS:
                    found = self._party(c, Role.participant)
                    if found and self.reg.actors[found[0].key].type.value == "person":
                        return found[0].key
        for i in range(tok.i - 1, -1, -1):
            ent = self._ent_of.get(i)
            if ent is not None and ent.label_ == "PERSON":
                rec = self._ent_actor(ent)
                if rec is not None:
                    return rec.key
        if tok.lower_ in ("his", "her") and tok.head.head.dep_ == "prep":
            # 'In his recent visit to Abu Dhabi, X met Y': the subject after a fronted phrase
            clause = tok.head.head.head
            for c in clause.children:
                if c.dep_ in SUBJECTS or (c.i > tok.i and c.dep_ == "nsubj"):
                    found = self._party(c, Role.participant)
                    if found and self.reg.actors[found[0].key].type.value == "person":
                        return found[0].key
            named = self._name_before(clause) if clause.pos_ == "VERB" else []
            for c in named:
                found = self._party(c, Role.participant)
                if found:
                    return found[0].key
        if self.reg.last_person is None:
            rec = self.reg.person_before(self.s.start)
            return rec.key if rec is not None else None
        return self.reg.last_person

    def _quoted(self, tok: Token) -> bool:
        """Whether a token stands inside quotation marks in its sentence."""
        before = self.doc[: tok.i].text
        return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1

    def _speaker(self, tok: Token) -> str | None:
        for anc in tok.ancestors:
            if anc.lemma_ in REPORTING_VERBS:
                for c in anc.children:
                    if c.dep_ in SUBJECTS:
                        found = self._party(c, Role.participant)
                        return found[0].key if found else None
        return None

    def _describe(self, rec: ActorRec, tok: Token) -> None:
        """Give a person named beside a description its title and country: 'the Egyptian
        Foreign Minister X' the office; 'his Turkish counterpart X' only the country (a
        counterpart is no office, and 'his' no part of a title)."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss")]
        if not words:
            return
        rec.country = rec.country or next(  # 'Turkish' of 'his Turkish counterpart'
            (
                c
                for t in tok.lefts
                if t.dep_ in ("amod", "compound") and (c := country_of_word(t.text)) is not None
            ),
            None,
        )
        if rec.title or tok.lemma_ in RELATION_NOUNS:
            return
        rec.title = " ".join(t.text for t in words).replace(" - ", "-")

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
                        self._describe(rec, tok)
                        if rec.key not in {f.key for f in found}:
                            found.append(PartyCand(rec.key, role))
                        break
                if found:
                    return found
        named = self._person_after(tok)
        if named is None and tok.pos_ == "PROPN" and tok.lower_ in PERSON_TITLES:
            named = self._titled(tok.text, tok.i + 1)  # 'and Minister of Defense ... X'

        if named is not None:
            self._describe(named, tok)
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
        known = self._described_person(tok)
        if known is not None:
            return [PartyCand(known.key, role, weak=True)]
        group_prep = preps.get("of") or preps.get("from")
        if tok.lower_ in PLURAL_GROUP_HEADS and group_prep is not None:
            pobj = next((c for c in group_prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                groups = self.parties(pobj, role)
                events = any(w.lower_ in MEETING_NOUNS for w in pobj.subtree)
                people = [g for g in groups if self.reg.actors[g.key].type.value == "person"]
                if groups and not people and not events:
                    return groups
                if len(people) >= 2 and not events:
                    return people  # 'the presidents of A, B and C, X, Y and Z'

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
        bare = not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in lefts) and not (
            preps.keys() - LOCATIVE_PREPS  # 'the two countries on Saturday'
        )
        if (
            tok.tag_ in ("NNS", "NNPS")
            and bare
            and (counted or (definite and tok.lemma_ != "official"))
        ):
            return [PartyCand(f"{FRAME}:{tok.lemma_}", role, weak=True)]
        if definite and tok.lemma_ in GROUP_NOUNS:
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
        titled = definite and tok.pos_ == "PROPN" and tok.is_title and tok.lower_ in PERSON_HEADS
        if titled and not has_modifier:  # 'the Secretary's meeting with X': one titled person
            rec = self.reg.unnamed(f"the {tok.text}", tok.text, self.span_of(tok))
            return [PartyCand(rec.key, role)]
        if (not has_modifier and tok.lower_ not in BARE_PARTIES) or tok.lemma_ == "side":
            return []
        stop = tok.i
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                stop = max(stop, max(t.i for t in c.subtree))
        for t in self.doc[tok.i + 1 : stop + 1]:
            if (t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS) or t.text == ",":
                stop = t.i - 1  # 'King of Jordan Abdullah II in Astana': the place is no name
                break
        first = min(t.i for t in tok.subtree)
        while first < tok.i and (
            self.doc[first].is_punct
            or self.doc[first].tag_ == "VBG"
            or self.doc[first + 1].is_punct
        ):
            first += 1  # 'inspiring, young Haitian ... members': evaluative words are no name
        text = self.doc[first : stop + 1].text
        country = None
        for t in self.doc[first : stop + 1]:
            country = country or country_of_word(t.text)
        named = self._title_then_name(first, stop)
        if named is not None:
            return [PartyCand(named.key, role)]
        leader = self._leader(tok)
        rec = self.reg.unnamed(
            text,
            tok.text,
            self.span_of(self.doc[first : stop + 1]),
            country,
            leader.key if leader else None,
        )
        return self._with_leader(rec, role)

    def _holders_per_country(self, tok: Token, role: Role) -> tuple[list[PartyCand], set[int]]:
        """'the national security advisers of A and B': one office holder per country (and
        the tokens of the countries that the parse joined to the holders instead of to A)."""
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or tok.tag_ not in ("NNS", "NNPS") or tok.lower_ in PLURAL_GROUP_HEADS:
            return [], set()
        head = tok.lemma_ if tok.lemma_ not in ("", tok.text) else tok.text.removesuffix("s")
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if head.casefold() not in PERSON_HEADS or pobj is None:
            return [], set()
        bare = [  # 'advisers of India and the UAE' parsed as 'advisers ... and the UAE'
            c
            for c in self._conjuncts(tok)
            if c.i > pobj.i and c.pos_ == "PROPN" and all(x.dep_ == "det" for x in c.lefts)
        ]
        countries: list[tuple[str, str]] = []
        for x in [pobj, *self._conjuncts(pobj), *bare]:
            ent = self._ent_of.get(x.i)
            word = ent.text if ent is not None else x.text
            code = country_of_word(x.text) or country_of_word(word)
            if code is None:
                return [], set()
            if code not in {c for c, _ in countries}:
                countries.append((code, word.removeprefix("the ")))
        if len(countries) < 2:
            return [], set()
        words = [c.text for c in tok.lefts if c.dep_ in ("amod", "compound")]
        out: list[PartyCand] = []
        for code, word in countries:
            rec = self.reg.unnamed(" ".join([*words, head, "of", word]), head, None, code)
            out.append(PartyCand(rec.key, role))
        return out, {c.i for c in bare}

    def _title_then_name(self, first: int, stop: int) -> ActorRec | None:
        """'King of Jordan Abdullah II' parsed as a description: the title, then a name."""
        span = self.doc[first : stop + 1]
        name, title = strip_title(span.text)
        words = name.split()
        if not title or not words or name == span.text or country_of_word(span.text):
            return None
        tail = " ".join(span.text.split()[-2:])
        if country_of_word(tail) or tail.casefold() in COUNTRY_CODE:
            return None  # 'King of Saudi Arabia': a title and its country, no name
        if any(
            not w[:1].isupper()
            or country_of_word(w)
            or w.casefold() in ORG_WORDS
            or w.casefold() in UNNAMED_HEADS
            for w in words
        ):
            return None
        rec = self.reg.named(name, "PERSON", self.span_of(span))
        if rec is not None and not rec.title:
            rec.title = title
        return rec

    def _described_person(self, tok: Token) -> ActorRec | None:
        """'the Nigerian leader', 'Iran's foreign minister', 'the top Omani diplomat': the one
        person named so far whose country the description gives (within-document
        coreference of titles and roles)."""
        if tok.tag_ not in ("NN", "NNP") or tok.lower_ not in PERSON_HEADS | DESCRIBED_HEADS:
            return None
        code = None
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                code = code or country_of_word(c.text)
                ent = self._ent_of.get(c.i)
                if code is None and ent is not None and ent.label_ in ("GPE", "NORP"):
                    code = country_of_word(ent.text)
        for c in tok.children:  # 'the President of Russia'
            if code is None and c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    ent = self._ent_of.get(p.i)
                    if p.dep_ == "pobj" and ent is not None and ent.label_ == "GPE":
                        code = country_of_word(ent.text)
        if code is None:
            return None
        words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.pos_ in ("NOUN", "PROPN")]
        return self.reg.described(code, words)

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
                and tok.lower_ in PERSON_HEADS
                and 2 <= len(words) <= 4
                and not any(w.casefold() in ORG_WORDS for w in words)
            ):
                return self.reg.named(ent.text, "PERSON", self.span_of(ent))
        return None

    def _leader(self, tok: Token) -> PartyCand | None:
        """'a delegation led by X', 'headed by X'."""
        for c in tok.subtree:
            if c.dep_ in ("acl", "relcl") and c.lemma_ in LEAD_VERBS:
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

    def _side_led_by(self, verb: Token, subjects: list[Token]) -> None:
        """'The Indian delegation was led by X', 'the U.S. side was headed by Y': the leader of
        that country's side in the contact told before."""
        side = next((s for s in subjects if s.lemma_ in GROUP_NOUNS | {"side"}), None)
        if side is None:
            return
        code = next(
            (c for x in side.lefts if x.dep_ in ("amod", "compound") for c in [_code_of(x)] if c),
            None,
        )
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        leaders = [
            p
            for a in agents
            if a.dep_ == "pobj"
            for p in self._party(a, Role.head_of_delegation)
            if self.reg.actors[p.key].type.value == "person"
        ]
        by = any(c.dep_ == "agent" for c in verb.children)
        if by and not leaders:  # 'led by Under Secretary of State ... Y', parsed apart
            for ent in self.doc.ents:
                rec = self._ent_actor(ent) if ent.start > verb.i else None
                if ent.label_ == "PERSON" and rec is not None:
                    leaders.append(PartyCand(rec.key, Role.head_of_delegation))
                    break
        if code and leaders:
            self.reg.side_leaders.append((self.s.index, code, leaders[0].key))

    def _led_delegation(self, verb: Token) -> None:
        """'A senior US officer led a delegation ...': the delegation and its leader."""
        subjects, passive = self._subjects(verb)
        groups = [
            c for c in verb.children if c.dep_ == "dobj" and c.lemma_ in ("delegation", "team")
        ]
        if passive:
            self._side_led_by(verb, subjects)
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


def _code_of(tok: Token) -> str | None:
    """The country a modifier names: 'Indian', 'U.S.'."""
    return country_of_word(tok.text) or country_of_word(tok.text.rstrip("."))


def _adjective(code: str | None) -> str:
    return adjective_of(code)

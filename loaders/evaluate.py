"""Scoring extracted fact files against curated (gold) ones.

Documents are paired by document id, or by the name of the text file. Actors match by
canonical id when set, else by normal name (aliases and a lone surname count). A predicted
meeting matches a gold one when they share at least two participants, or one participant
and the same date or place; pairs are taken greedily, best first, one to one. Places,
dates, channels and sides are then scored on the matched meetings only: a side statement is
a pair of participants both given a side, saying "same side" or "across the table", counted
when both actors are participants of the other meeting too (actors are scored apart), on
the meetings whose gold gives sides. Every
score is a precision, recall and F1, per document and overall (micro-averaged).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError
from rapidfuzz import fuzz

from core.names import normal_name, slugify
from core.vocabulary import DatePrecision
from loaders.model import Actor, FactFile, Meeting, Place

FACT_SUFFIXES = (".yaml", ".yml", ".json")
ASPECTS = ("actors", "meetings", "places", "dates", "channels", "sides", "actions")
_ARTICLES = ("a ", "an ", "the ", "some ")


class EvaluationError(ValueError):
    """A fact file that cannot be read for evaluation."""


@dataclass
class PRF:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class DocScore:
    """The scores of one document."""

    doc_id: str
    scores: dict[str, PRF] = field(default_factory=lambda: {a: PRF() for a in ASPECTS})


@dataclass
class Report:
    """Per-document scores and their micro-averaged total."""

    documents: list[DocScore]
    unmatched_gold: list[str] = field(default_factory=list)
    unmatched_pred: list[str] = field(default_factory=list)

    @property
    def overall(self) -> dict[str, PRF]:
        total = {a: PRF() for a in ASPECTS}
        for doc in self.documents:
            for a in ASPECTS:
                total[a].add(doc.scores[a])
        return total


# --- reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """A fact file, its path, and the stem of its text file (for pairing documents)."""

    facts: FactFile
    path: Path | None
    text_stem: str | None


def read_facts(path: Path) -> Loaded:
    """Read and validate one fact file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc})") from None
    try:
        facts = FactFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise EvaluationError(f"{path}: {loc}: {first['msg']}") from None
    stem = Path(facts.document.text_file).stem if facts.document.text_file else None
    return Loaded(facts, path, stem)


def read_dir(path: Path) -> list[Loaded]:
    """Every fact file in a folder (sidecars excluded), or the one file given."""
    if path.is_file():
        return [read_facts(path)]
    if not path.is_dir():
        raise EvaluationError(f"{path}: no such file or folder")
    files = sorted(
        p
        for p in path.rglob("*")
        if p.suffix in FACT_SUFFIXES and not p.name.endswith(".meta.yaml")
    )
    return [read_facts(p) for p in files]


def document_text(loaded: Loaded) -> str:
    """The text of a fact file's document, inline or from its text file."""
    doc = loaded.facts.document
    if doc.text is not None:
        return doc.text
    if loaded.path is None or doc.text_file is None:
        raise EvaluationError(f"{doc.id}: no text")
    return (loaded.path.parent / doc.text_file).read_text(encoding="utf-8")


def _file_names(loaded: Loaded) -> set[str]:
    """The names a document goes by on disk: its fact file's and its text file's stems."""
    stems = [loaded.text_stem, loaded.path.stem if loaded.path else None]
    return {slugify(s) for s in stems if s}


def pair_documents(
    gold: list[Loaded], pred: list[Loaded]
) -> tuple[list[tuple[Loaded, Loaded]], list[str], list[str]]:
    """Pairs of gold and predicted documents, by id or text file name."""
    pairs: list[tuple[Loaded, Loaded]] = []
    free = list(pred)
    lost: list[str] = []
    for g in gold:
        names = {g.facts.document.id} | _file_names(g)
        hit = next((p for p in free if p.facts.document.id in names), None)
        if hit is None:
            hit = next((p for p in free if _file_names(p) & names), None)
        if hit is None:
            lost.append(g.facts.document.id)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, lost, [p.facts.document.id for p in free]


# --- matching -----------------------------------------------------------------------


def _names(actor: Actor) -> set[str]:
    out = set()
    for name in [actor.name, *actor.aliases]:
        folded = name.casefold()
        for article in _ARTICLES:
            if folded.startswith(article):
                name = name[len(article) :]
                break
        out.add(normal_name(name))
    if actor.canonical_id:
        out.add("id:" + actor.canonical_id)
        out.add(normal_name(actor.canonical_id.replace("-", " ")))
    return {n for n in out if n}


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two actors are the same: canonical id, a shared name, or a lone surname."""
    if a.canonical_id and a.canonical_id == b.canonical_id:
        return True
    na, nb = _names(a), _names(b)
    if na & nb:
        return True
    if a.type.value == "person" and b.type.value == "person":
        for x in na:
            for y in nb:
                if " " not in x and " " in y and y.split()[-1] == x:
                    return True
                if " " not in y and " " in x and x.split()[-1] == y:
                    return True
    if a.unnamed and b.unnamed:
        return any(fuzz.token_sort_ratio(x, y) >= 85 for x in na for y in nb)
    return False


def _greedy(pairs: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in sorted(pairs, key=lambda x: -x[0]):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j))
    return out


def match_actors(gold: list[Actor], pred: list[Actor]) -> list[tuple[int, int]]:
    pairs = [
        (1.0, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred) if same_actor(g, p)
    ]
    return _greedy(pairs)


def _participants(ff: FactFile, m: Meeting) -> list[Actor]:
    by_ref = {a.ref: a for a in ff.actors}
    return [by_ref[p.actor] for p in m.participants if p.actor in by_ref]


def _shared(a: list[Actor], b: list[Actor]) -> int:
    return len(match_actors(a, b))


def same_date(g: Meeting, p: Meeting) -> bool:
    """Whether two meeting dates agree at the gold precision."""
    if g.date_start is None or p.date_start is None:
        return False
    gs, ps = g.date_start, p.date_start
    precision = g.date_precision
    if precision is DatePrecision.day:
        return p.date_precision is DatePrecision.day and gs == ps
    if precision is DatePrecision.week:
        return (
            p.date_precision in (DatePrecision.week, DatePrecision.day) and abs((gs - ps).days) <= 6
        )
    if precision is DatePrecision.month:
        return p.date_precision is DatePrecision.month and (gs.year, gs.month) == (
            ps.year,
            ps.month,
        )
    if precision is DatePrecision.year:
        return p.date_precision is DatePrecision.year and gs.year == ps.year
    return _near(gs, ps)


def _near(a: dt.date, b: dt.date) -> bool:
    return abs((a - b).days) <= 1


def _place_names(ff: FactFile, ref: str | None) -> list[set[str]]:
    """The names of a place and of every place it lies within, innermost first."""
    places = {p.ref: p for p in ff.places}
    chain: list[set[str]] = []
    seen: set[str] = set()
    while ref and ref in places and ref not in seen:
        seen.add(ref)
        place: Place = places[ref]
        chain.append(
            {normal_name(n) for n in [place.name, *place.aliases]}
            | {normal_name(ref.replace("-", " "))}
        )
        ref = place.within
    return chain


def same_place(gold: FactFile, g: Meeting, pred: FactFile, p: Meeting) -> bool:
    """The predicted place is the gold place or one that contains it."""
    gchain = _place_names(gold, g.place)
    pchain = _place_names(pred, p.place)
    if not gchain or not pchain:
        return False
    return any(pchain[0] & names for names in gchain) or any(gchain[0] & names for names in pchain)


def match_meetings(gold: FactFile, pred: FactFile) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index) of matching meetings."""
    pairs: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold.meetings):
        gp = _participants(gold, g)
        for j, p in enumerate(pred.meetings):
            shared = _shared(gp, _participants(pred, p))
            date, place = same_date(g, p), same_place(gold, g, pred, p)
            if shared >= 2 or (shared == 1 and (date or place)):
                pairs.append((shared + 0.5 * date + 0.5 * place, i, j))
    return _greedy(pairs)


def _channel_targets(ff: FactFile, m: Meeting) -> list[Actor | str]:
    by_ref = {a.ref: a for a in ff.actors}
    out: list[Actor | str] = []
    for ch in m.channels:
        if ch.via and ch.via in by_ref:
            out.append(by_ref[ch.via])
        elif ch.channel is not None:
            out.append(normal_name(ch.channel.name))
        elif ch.via is None:  # a means of its own: the means is what is compared
            out.append(ch.kind.value)
    return out


def _same_target(a: Actor | str, b: Actor | str) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a == b or fuzz.token_sort_ratio(a, b) >= 85
    if isinstance(a, Actor) and isinstance(b, Actor):
        return same_actor(a, b)
    return False


def score_document(gold: FactFile, pred: FactFile) -> DocScore:
    """Scores of one predicted fact file against its gold one."""
    score = DocScore(gold.document.id)
    s = score.scores
    pairs = match_actors(gold.actors, pred.actors)
    s["actors"] = PRF(len(pairs), len(pred.actors) - len(pairs), len(gold.actors) - len(pairs))
    matched = match_meetings(gold, pred)
    s["meetings"] = PRF(
        len(matched), len(pred.meetings) - len(matched), len(gold.meetings) - len(matched)
    )
    for i, j in matched:
        g, p = gold.meetings[i], pred.meetings[j]
        _attribute(
            s["places"], g.place is not None, p.place is not None, same_place(gold, g, pred, p)
        )
        _attribute(s["dates"], g.date_start is not None, p.date_start is not None, same_date(g, p))
        gt, pt = _channel_targets(gold, g), _channel_targets(pred, p)
        hits = _greedy(
            [(1.0, a, b) for a, x in enumerate(gt) for b, y in enumerate(pt) if _same_target(x, y)]
        )
        s["channels"].add(PRF(len(hits), len(pt) - len(hits), len(gt) - len(hits)))
        s["sides"].add(_sides(gold, g, pred, p))
    s["actions"] = _actions(gold, pred)
    return score


def _attribute(prf: PRF, in_gold: bool, in_pred: bool, same: bool) -> None:
    if in_gold and in_pred and same:
        prf.tp += 1
        return
    if in_pred:
        prf.fp += 1
    if in_gold:
        prf.fn += 1


def _side_statements(ff: FactFile, m: Meeting) -> list[tuple[Actor, Actor, bool]]:
    """(a, b, same side?) for each pair of participants that both have a side."""
    by_ref = {a.ref: a for a in ff.actors}
    sided = [(by_ref[p.actor], p.side) for p in m.participants if p.side and p.actor in by_ref]
    return [
        (a, b, sa == sb) for i, (a, sa) in enumerate(sided) for b, sb in sided[i + 1 :] if a != b
    ]


def _sides(gold: FactFile, g: Meeting, pred: FactFile, p: Meeting) -> PRF:
    """Side statements of a matched meeting: a predicted one is right when the gold meeting
    says the same of the same two actors."""
    if not any(x.side for x in g.participants):
        return PRF()  # sides not curated for this meeting
    gp, pp = _participants(gold, g), _participants(pred, p)

    def both_in(x: tuple[Actor, Actor, bool], others: list[Actor]) -> bool:
        return all(any(same_actor(end, o) for o in others) for end in x[:2])

    gs = [x for x in _side_statements(gold, g) if both_in(x, pp)]
    ps = [x for x in _side_statements(pred, p) if both_in(x, gp)]

    def agree(x: tuple[Actor, Actor, bool], y: tuple[Actor, Actor, bool]) -> bool:
        ends = (same_actor(x[0], y[0]) and same_actor(x[1], y[1])) or (
            same_actor(x[0], y[1]) and same_actor(x[1], y[0])
        )
        return ends and x[2] == y[2]

    hits = _greedy([(1.0, a, b) for a, x in enumerate(gs) for b, y in enumerate(ps) if agree(x, y)])
    return PRF(len(hits), len(ps) - len(hits), len(gs) - len(hits))


def _actions(gold: FactFile, pred: FactFile) -> PRF:
    ga = {a.ref: a for a in gold.actors}
    pa = {a.ref: a for a in pred.actors}

    def same(x_ref: str | None, y_ref: str | None) -> bool:
        if x_ref is None or y_ref is None:
            return x_ref is None and y_ref is None
        return x_ref in ga and y_ref in pa and same_actor(ga[x_ref], pa[y_ref])

    pairs = [
        (1.0, i, j)
        for i, g in enumerate(gold.actions)
        for j, p in enumerate(pred.actions)
        if g.type == p.type
        and same(g.actor, p.actor)
        and (g.target is None or same(g.target, p.target))
    ]
    hits = _greedy(pairs)
    return PRF(len(hits), len(pred.actions) - len(hits), len(gold.actions) - len(hits))


def evaluate(gold: list[Loaded], pred: list[Loaded]) -> Report:
    """Score every paired document; unpaired documents are listed, not scored."""
    pairs, lost, extra = pair_documents(gold, pred)
    return Report([score_document(g.facts, p.facts) for g, p in pairs], lost, extra)


def as_loaded(facts: Iterable[FactFile]) -> list[Loaded]:
    """Fact files made in memory, ready for :func:`evaluate`."""
    return [Loaded(f, None, None) for f in facts]


# --- an external development set of real news (by path, never copied into the project) ----

NEWSDEV = Path("../shared/newsdev")
"""Where the newsdev set sits beside a checkout (``ACTORNET_NEWSDEV`` overrides)."""


@dataclass
class NewsdevScore:
    """The newsdev scorer's summary: meeting and contact-pair scores, and the refusals."""

    meeting_f1: float
    precision: float
    recall: float
    pair_f1: float
    refused: list[str]
    seconds: float
    table: str


def newsdev_root(path: Path | None = None) -> Path:
    """The newsdev folder: ``path``, else ``ACTORNET_NEWSDEV``, else ``../shared/newsdev``."""
    return path or Path(os.environ.get("ACTORNET_NEWSDEV") or NEWSDEV)


def run_newsdev(
    root: Path,
    out: Path,
    *,
    model: str | None = None,
    gazetteer: Path | None = None,
    fast: bool = False,
) -> NewsdevScore:
    """Extract every newsdev article (with its publication date where the set gives one),
    write the fact files under ``out/pred/<id>/`` and score them with the set's own scorer."""
    from loaders.extract import ArticleInput, ExtractionError, extract_documents

    gold = yaml.safe_load((root / "gold.yaml").read_text(encoding="utf-8"))["articles"]
    refused: list[str] = []
    start = time.perf_counter()
    for aid in sorted(gold):
        lines = (root / "articles" / f"{aid}.txt").read_text(encoding="utf-8").split("\n")
        if lines and lines[0].startswith("source:"):
            lines = lines[1:]
        published = gold[aid].get("published")
        article = ArticleInput(
            text="\n".join(lines).lstrip("\n"),
            published=dt.date.fromisoformat(str(published)) if published else None,
            doc_id=aid,
            source=f"{aid}.txt",
        )
        target = out / "pred" / aid
        target.mkdir(parents=True, exist_ok=True)
        try:
            [facts] = extract_documents([article], model=model, gazetteer=gazetteer, fast=fast)
        except ExtractionError:
            refused.append(aid)
            continue
        data = facts.model_dump(mode="json", exclude_none=True)
        (target / f"{aid}.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    seconds = time.perf_counter() - start
    summary = out / "score.json"
    done = subprocess.run(
        [sys.executable, str(root / "score.py"), str(out / "pred"), "--json", str(summary)],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(summary.read_text(encoding="utf-8"))
    return NewsdevScore(
        meeting_f1=float(score["f1"]),
        precision=float(score["precision"]),
        recall=float(score["recall"]),
        pair_f1=float(score["pair_f1"]),
        refused=refused,
        seconds=seconds,
        table=done.stdout,
    )

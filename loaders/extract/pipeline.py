"""The extraction pipeline: articles in, one :class:`~loaders.model.FactFile` per article out.

Each article is checked, cleaned and split into sentences; the sentences that speak of
contacts, actions or channels go through spaCy in batches (``nlp.pipe``, optionally over
several processes); the rules and the assembly turn them into facts with quotes.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import importlib
import itertools
import logging
import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from core.names import slugify
from core.vocabulary import MeetingKind, PlaceKind
from loaders.extract.actors import Registry
from loaders.extract.assemble import Agg, FactBuilder, build_meetings
from loaders.extract.candidates import ActionCand, ChannelCand, Cue, MeetingCand, PlaceCand
from loaders.extract.cleanup import clean_text
from loaders.extract.datelines import apply_dateline, find_dateline
from loaders.extract.dates import dateline_date, without_relative_dates
from loaders.extract.errors import ExtractionError
from loaders.extract.guards import DEFAULT_MAX_BYTES, check_text
from loaders.extract.inputs import ArticleInput, header_metadata
from loaders.extract.lexicon import PLACE_NOUNS
from loaders.extract.nlp import load_gazetteer, load_pipeline
from loaders.extract.rules import PLACE_LABELS, SentenceRules
from loaders.extract.segments import Sentence, split_sentences
from loaders.model import MEANS_KINDS, DocumentMeta, FactFile

VERSION = "0.1.0"
EXTRACTOR = f"actornet-spacy/{VERSION}"
log = logging.getLogger(__name__)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")


@dataclass
class _Prepared:
    article: ArticleInput
    text: str
    sentences: list[Sentence]
    meta: DocumentMeta


def prepare(article: ArticleInput, max_bytes: int = DEFAULT_MAX_BYTES) -> _Prepared:
    """Check and clean one article, fill in its metadata and split it into sentences."""
    check_text(article.text, article.source, max_bytes)
    text = clean_text(article.text)
    if not text.strip():
        raise ExtractionError(article.source, "holds no text once boilerplate is removed")
    title, found_date = header_metadata(text)
    published = article.published or found_date or dateline_date(text)
    if published is None:
        log.warning(
            "%s: no publication date (give --published or a .meta.yaml sidecar); "
            "relative dates are kept as written, with precision unknown",
            article.source,
        )
    doc_id = article.doc_id or slugify(article.title or title or "document")[:80]
    if not _ID_RE.match(doc_id):
        doc_id = slugify(doc_id)[:80]
    meta = DocumentMeta(
        id=doc_id,
        title=(article.title or title or doc_id)[:500],
        outlet=article.outlet,
        url=article.url,
        published=published,
        language="en",
        text=text,
    )
    return _Prepared(article, text, split_sentences(text), meta)


def _facts(
    prep: _Prepared,
    parsed: list[tuple[Sentence, Doc]],
    model: str | None,
    gazetteer: Path | None,
    fast: bool = False,
) -> FactFile:
    gaz = load_gazetteer(gazetteer)
    reg = Registry(gaz, prep.text)
    undated = prep.meta.published is None
    published = prep.meta.published or dt.date.today()  # undated: relative dates dropped below
    meetings: list[MeetingCand] = []
    actions: list[ActionCand] = []
    channels: list[ChannelCand] = []
    last_place: PlaceCand | None = None
    places_by_sentence: dict[int, PlaceCand] = {}
    sentences = prep.sentences
    for sentence, doc in parsed:
        following = " ".join(
            s.text
            for s in sentences[max(0, sentence.index - 2) : sentence.index + 3]
            if s.index != sentence.index
        )
        rules = SentenceRules(doc, sentence, reg, published, following, last_place)
        rules.run()
        meetings.extend(rules.meetings)
        actions.extend(rules.actions)
        channels.extend(rules.channels)
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and _locative(ent.root):
                place = rules.place_of(ent.root)
                if place is not None and place.kind is not PlaceKind.country:
                    last_place = place
                    if not sentence.header:
                        places_by_sentence[sentence.index] = place
    aggs = build_meetings(
        meetings, channels, reg, sentences, published, places_by_sentence, undated=undated
    )
    _headline_means(aggs, sentences)
    nlp = load_pipeline(model, gazetteer, fast)
    line = find_dateline(prep.article.text, nlp)
    if line is not None:
        apply_dateline(aggs, line, published)
    known = _known_actors(prep.text, reg, nlp)
    builder = FactBuilder(reg, prep.text, EXTRACTOR)
    facts = builder.build(prep.meta, aggs, actions, known)
    return without_relative_dates(facts) if undated else facts


_SPOKEN = frozenset({MeetingKind.meeting, MeetingKind.talks})
"""Kinds a contact told by 'spoke with', 'talked to' or 'met' has before its means is known."""


def _headline_means(aggs: list[Agg], sentences: list[Sentence]) -> None:
    """A readout headed "X's Call with A and B" tells each of its contacts with A or B as
    that call: the headline's means (phone, video, letter) goes to the body's contacts whose
    parties are all named in the headline and that name no means of their own."""
    for agg in aggs:
        for cand in agg.cands:
            means = [c for c in cand.channels if c.kind in MEANS_KINDS and c.via is None]
            if not (cand.has(Cue.HEADER) and means):
                continue
            words = set(re.findall(r"\w+", sentences[cand.sentence].text.casefold()))
            if agg.first.kind in _SPOKEN:
                agg.first.kind = MeetingKind.call
            for other in aggs:
                if (
                    other is agg
                    or other.planned
                    or other.first.kind not in _SPOKEN | {MeetingKind.call}
                    or len(other.parties) < 2
                    or any(key.split()[-1] not in words for key in other.parties)
                    or any(c.kind in MEANS_KINDS for c in other.channels)
                ):
                    continue
                other.channels.append(replace(means[0]))
                other.first.kind = MeetingKind.call


def _locative(tok: Token) -> bool:
    """Whether a place name is used as a location ('in Moscow'), not a modifier ('Moscow talks')."""
    head = tok.head
    if tok.dep_ == "appos":
        return _locative(head)
    if tok.dep_ != "pobj":
        return False
    if head.lower_ in ("in", "at", "inside", "near", "to"):
        return True
    return head.lower_ == "of" and head.head.lemma_ in PLACE_NOUNS | {
        "center",
        "centre",
        "outskirts",
    }


def _known_actors(text: str, reg: Registry, nlp: Language) -> list[str]:
    """Gazetteer actors named anywhere in the text (a cheap phrase match, no parsing)."""
    ruler = nlp.get_pipe("entity_ruler")
    doc = ruler(nlp.make_doc(text))
    keys: list[str] = []
    for ent in doc.ents:
        if ent.ent_id_ and ent.ent_id_ in reg.gazetteer.actors:
            rec = reg.named(ent.text, ent.label_, (ent.start_char, ent.end_char), ent.ent_id_)
            if rec is not None and rec.key not in keys:
                keys.append(rec.key)
    return keys


def extract_documents(
    docs: Iterable[ArticleInput],
    *,
    model: str | None = None,
    gazetteer: Path | None = None,
    batch_size: int = 256,
    n_process: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fast: bool = False,
) -> Iterator[FactFile]:
    """Extract facts from many articles, parsing their relevant sentences with ``nlp.pipe``.

    With ``n_process`` > 1 the articles are shared out in chunks among worker processes,
    each running the whole pipeline (parsing and rules); results keep the input order.
    ``fast`` replaces the statistical NER by rule-typed proper names (about twice as fast).
    Raises :class:`ExtractionError` for the first article that cannot be read.
    """
    if n_process > 1:
        yield from _in_processes(docs, model, gazetteer, batch_size, n_process, max_bytes, fast)
        return
    with _one_blas_thread():
        nlp = load_pipeline(model, gazetteer, fast)
        queue: deque[tuple[_Prepared, list[tuple[Sentence, Doc]], int]] = deque()

        def jobs() -> Iterator[tuple[str, tuple[int, int]]]:
            for number, article in enumerate(docs):
                prep = prepare(article, max_bytes)
                relevant = [s for s in prep.sentences if s.relevant]
                queue.append((prep, [], len(relevant)))
                for sentence in relevant:
                    yield sentence.text, (number, sentence.index)

        first = 0  # the number of the document at the head of the queue

        def ready() -> Iterator[FactFile]:
            nonlocal first
            while queue and len(queue[0][1]) == queue[0][2]:
                prep, parsed, _ = queue.popleft()
                first += 1
                yield _facts(prep, parsed, model, gazetteer, fast)

        stream = nlp.pipe(jobs(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        for doc, (number, index) in stream:
            yield from ready()
            prep, parsed, _ = queue[number - first]
            parsed.append((prep.sentences[index], doc))
            yield from ready()
        yield from ready()


_CHUNK = 16


def _one_blas_thread() -> AbstractContextManager[object]:
    """BLAS on one thread: the model's small matrix products lose more to thread handoffs
    than they gain (measured here: 1.5x faster in one process, 2x with two)."""
    try:
        threadpoolctl = importlib.import_module("threadpoolctl")
    except ImportError:  # optional: without it the BLAS library keeps its own setting
        return contextlib.nullcontext()
    limits: AbstractContextManager[object] = threadpoolctl.threadpool_limits(
        limits=1, user_api="blas"
    )
    return limits


_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
"""glibc's ``mallopt`` parameters (malloc.h)."""


def _keep_heap() -> None:
    """A worker keeps the memory that one chunk's batches freed for the next chunk.

    Each chunk ends its ``nlp.pipe`` stream, freeing the batch's arrays together; glibc then
    gives them back to the system (a trimmed heap, unmapped large blocks) and the next chunk
    faults every page in again. Measured here (300 articles, 2 workers): 8% of the workers'
    CPU, 1.1 s of system time out of 14. A fixed mmap threshold at glibc's maximum (32 MiB)
    and a trim threshold above the worker's peak keep them. Elsewhere than glibc: nothing.
    """
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError, TypeError):
        return
    mallopt(_M_TRIM_THRESHOLD, 1 << 30)
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)


def _chunk_worker(
    job: tuple[list[ArticleInput], str | None, Path | None, int, int, bool],
) -> list[FactFile]:
    articles, model, gazetteer, batch_size, max_bytes, fast = job
    return list(
        extract_documents(
            articles,
            model=model,
            gazetteer=gazetteer,
            batch_size=batch_size,
            max_bytes=max_bytes,
            fast=fast,
        )
    )


def _in_processes(
    docs: Iterable[ArticleInput],
    model: str | None,
    gazetteer: Path | None,
    batch_size: int,
    n_process: int,
    max_bytes: int,
    fast: bool,
) -> Iterator[FactFile]:
    """The pipeline run whole in ``n_process`` workers over chunks of articles, in order."""
    load_pipeline(model, gazetteer, fast)  # loaded once here, shared by forked workers
    load_gazetteer(gazetteer)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    iterator = iter(docs)

    def jobs() -> Iterator[tuple[list[ArticleInput], str | None, Path | None, int, int, bool]]:
        while chunk := list(itertools.islice(iterator, _CHUNK)):
            yield chunk, model, gazetteer, batch_size, max_bytes, fast

    with _one_blas_thread(), context.Pool(n_process, initializer=_keep_heap) as pool:
        for facts in pool.imap(_chunk_worker, jobs()):
            yield from facts


def extract_text(
    text: str,
    published: dt.date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    *,
    url: str | None = None,
    doc_id: str | None = None,
    model: str | None = None,
    gazetteer: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FactFile:
    """Extract the facts of one article given as text."""
    article = ArticleInput(
        text=text, published=published, title=title, outlet=outlet, url=url, doc_id=doc_id
    )
    return next(extract_documents([article], model=model, gazetteer=gazetteer, max_bytes=max_bytes))

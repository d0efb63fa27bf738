"""Extraction speed: documents per second for ~500-word articles, against baselines in the same run.

The corpus is made of the project's own articles (the seed articles and the evaluation
set), their paragraphs laid end to end into articles of about 500 words each: dense
diplomatic reporting, so most sentences hold a contact word (the worst case for the
pipeline, which parses only those sentences). Runs over the same articles:

- raw ``nlp.pipe``: the installed spaCy model, every component, whole articles, no rules;
- the co-occurrence baseline (whole articles parsed, entity pairs per sentence);
- ``extract_documents`` (relevant sentences only, the rules, fact files built and validated),
  with one process and with ``--processes``, with the model's NER and in the fast mode
  (``fast=True``: proper-noun runs typed by rules instead of the statistical NER);
- the same in one process with the model's matrix products put back on thinc's bundled BLIS
  (how the pipeline ran before it multiplied through numpy), the baseline of the speed-up;
- the default mode with the model's NER on every parsed sentence (how it ran before the
  hybrid NER, which runs it only on sentences naming someone the gazetteer does not know);
- the CPU time of each pipeline component over the parsed sentences, and of the rules.

    .venv/bin/python bench/bench_extract.py [--documents 300] [--processes 2] [--write]
        [--no-quality]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from bench.results import write_section  # noqa: E402
from core.settings import get_settings  # noqa: E402
from loaders.evaluate import as_loaded, evaluate, newsdev_root, read_dir, run_newsdev  # noqa: E402
from loaders.extract import ArticleInput, extract_documents, read_path  # noqa: E402
from loaders.extract.baseline import baseline_documents  # noqa: E402
from loaders.extract.cleanup import clean_text  # noqa: E402
from loaders.extract.nlp import load_pipeline, set_products  # noqa: E402
from loaders.extract.segments import split_sentences  # noqa: E402
from loaders.model import DocumentMeta  # noqa: E402

WORDS = 500
SOURCES = (ROOT / "seeds" / "articles", ROOT / "seeds" / "eval" / "articles")


def articles(count: int) -> list[ArticleInput]:
    """``count`` articles of about 500 words, cycling over the project's paragraphs."""
    paragraphs: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = clean_text(path.read_text(encoding="utf-8"))
            paragraphs.extend(p for p in text.split("\n\n")[1:] if len(p.split()) >= 8)
    out: list[ArticleInput] = []
    i = 0
    while len(out) < count:
        body: list[str] = []
        while sum(len(p.split()) for p in body) < WORDS:
            body.append(paragraphs[i % len(paragraphs)])
            i += 1
        n = len(out)
        text = f"Report number {n}\n\n" + "\n\n".join(body)
        out.append(
            ArticleInput(
                text=text, published=dt.date(2020, 1, 15), title=f"Report {n}", doc_id=f"bench-{n}"
            )
        )
    return out


def rate(label: str, count: int, seconds: float) -> tuple[str, float]:
    return label, count / seconds


def component_seconds(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each pipeline component over ``texts`` (batched as the pipeline does)."""
    docs = [nlp.make_doc(t) for t in texts]
    out: dict[str, float] = {}
    for name, component in nlp.pipeline:
        cpu = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=256))
        else:
            docs = [component(d) for d in docs]
        out[name] = time.process_time() - cpu
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument(
        "--write", action="store_true", help="append the results to bench/RESULTS.md"
    )
    parser.add_argument(
        "--no-quality",
        action="store_true",
        help="speed only: leave out the F1 runs (seeds, own set, newsdev)",
    )
    args = parser.parse_args()

    docs = articles(args.documents)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    sentences = [s for d in docs for s in split_sentences(clean_text(d.text))]
    share = sum(len(s.text.split()) for s in sentences if s.relevant) / sum(
        len(s.text.split()) for s in sentences
    )
    model = get_settings().spacy_model
    raw_nlp = spacy.load(model)
    load_pipeline()
    list(extract_documents(docs[:3]))  # warm up

    results: list[tuple[str, float]] = []
    start = time.perf_counter()
    for _ in raw_nlp.pipe((d.text for d in docs), batch_size=64):
        pass
    results.append(
        rate(f"raw nlp.pipe, full {model}, 1 process", len(docs), time.perf_counter() - start)
    )
    raw = results[-1][1]

    metas = [
        (
            DocumentMeta(
                id=d.doc_id or "x",
                title=d.title or "x",
                published=d.published or dt.date.today(),
                text=d.text,
            ),
            d.text,
        )
        for d in docs
    ]
    start = time.perf_counter()
    for _ in baseline_documents(metas):
        pass
    results.append(
        rate("co-occurrence baseline, 1 process", len(docs), time.perf_counter() - start)
    )

    nlp = load_pipeline()
    set_products(nlp, blis=True)
    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for _ in extract_documents(docs))
    blis_cpu_rate = count / (time.process_time() - cpu)
    results.append(
        rate(
            "extract_documents, thinc's BLIS products (before), 1 process",
            count,
            time.perf_counter() - start,
        )
    )
    set_products(nlp, blis=False)

    hybrid = nlp.get_pipe("ner")
    hybrid.everywhere = True  # type: ignore[attr-defined]
    everywhere_cpu_rate = 0.0
    for n in sorted({1, args.processes}):
        start, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in extract_documents(docs, n_process=n))
        if n == 1:
            everywhere_cpu_rate = count / (time.process_time() - cpu)
        results.append(
            rate(
                f"extract_documents, NER on every sentence (before), "
                f"{n} process{'es' if n > 1 else ''}",
                count,
                time.perf_counter() - start,
            )
        )
    hybrid.everywhere = False  # type: ignore[attr-defined]

    load_pipeline(fast=True)
    cpu_rates: dict[bool, float] = {}
    for n, fast in [(n, f) for f in (False, True) for n in sorted({1, args.processes})]:
        start, cpu = time.perf_counter(), time.process_time()
        count = sum(1 for _ in extract_documents(docs, n_process=n, fast=fast))
        if n == 1:
            cpu_rates[fast] = count / (time.process_time() - cpu)
        results.append(
            rate(
                f"extract_documents{' --fast (rule-typed names, no NER)' if fast else ''}, "
                f"{n} process{'es' if n > 1 else ''}",
                count,
                time.perf_counter() - start,
            )
        )

    parsed = [s.text for s in sentences if s.relevant]
    component_seconds(nlp, parsed[:200])  # warm up
    per_component = component_seconds(nlp, parsed)

    quality: list[str] = []
    for name, folder in (("seeds", ROOT / "seeds"), ("own set", ROOT / "seeds" / "eval")):
        gold = read_dir(folder / "facts")
        texts = [a for p in sorted((folder / "articles").glob("*.txt")) for a in read_path(p)]
        for fast in (False, True) if not args.no_quality else ():
            f1 = (
                evaluate(gold, as_loaded(extract_documents(texts, fast=fast)))
                .overall["meetings"]
                .f1
            )
            quality.append(f"{name} {'fast' if fast else 'NER'} {f1:.2f}")
    newsdev = newsdev_root()
    newsdev = newsdev if newsdev.is_absolute() else (ROOT / newsdev).resolve()
    if (newsdev / "gold.yaml").is_file() and not args.no_quality:
        for fast in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                score = run_newsdev(newsdev, Path(tmp), fast=fast)
            quality.append(
                f"newsdev {'fast' if fast else 'NER'} {score.meeting_f1:.2f} "
                f"(pairs {score.pair_f1:.2f})"
            )

    load = os.getloadavg()[0]
    lines = [
        f"Corpus: {len(docs)} articles of {words:.0f} words on average, built from the seed and "
        f"evaluation articles; {share:.0%} of their words are in sentences with a contact word "
        f"(those are the sentences the pipeline parses). Machine: {os.cpu_count()} cores, load "
        f"average {load:.1f} at the end of the run (shared with other work). Run on "
        f"{dt.date.today().isoformat()}.",
        "",
        "Target (issues 9 and 14): 50 documents/s in the default mode on 2 processes. CPU "
        "seconds per component over the parsed sentences of the corpus: "
        + ", ".join(f"{name} {sec:.2f}" for name, sec in per_component.items())
        + f" (the NER {per_component.get('ner', 0.0) / sum(per_component.values()):.0%} of "
        f"the model's time); the whole default run took {len(docs) / cpu_rates[False]:.2f} "
        "CPU seconds, measured at another moment of the shared machine's load.",
        "",
        "Meeting F1 against the curated facts, same code: " + ", ".join(quality) + ".",
        "",
        "| run | documents/s | ratio to raw nlp.pipe |",
        "|---|---:|---:|",
        *(f"| {label} | {value:.1f} | {value / raw:.2f}× |" for label, value in results),
        "",
        "CPU time, which the load of other work barely changes: one process extracts "
        f"{cpu_rates[False]:.1f} documents per CPU-second in the default mode "
        f"({blis_cpu_rate:.1f} with thinc's BLIS products, before: "
        f"{cpu_rates[False] / blis_cpu_rate:.2f}×) and "
        f"{cpu_rates[True]:.1f} in the fast mode; with the NER on every parsed sentence "
        f"(before) {everywhere_cpu_rate:.1f} (the hybrid NER: "
        f"{cpu_rates[False] / everywhere_cpu_rate:.2f}×). So 2 processes on 2 free cores would reach at "
        f"most {2 * cpu_rates[False]:.0f} and {2 * cpu_rates[True]:.0f} documents/s.",
    ]
    print("\n".join(lines))
    if args.write:
        write_results(lines, args)


def write_results(lines: list[str], args: argparse.Namespace) -> None:
    newsdev = os.environ.get("ACTORNET_NEWSDEV")
    command = (
        f"Command: `{f'ACTORNET_NEWSDEV={newsdev} ' if newsdev else ''}"
        f".venv/bin/python bench/bench_extract.py --documents {args.documents} "
        f"--processes {args.processes} --write`"
    )
    write_section("## Extraction (issue 9)", "\n".join([command, "", *lines]))


if __name__ == "__main__":
    main()

"""Reading fact files: size and syntax checks, validation, and quotes checked against the text.

Every problem becomes a :class:`Rejected` error that names the file, the field and the
problem, so the loader can report it and write nothing of that document.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick
import yaml
from pydantic import ValidationError

from loaders.model import Action, Evidence, FactFile, Meeting

MAX_FACT_FILE_BYTES = 10_000_000
MAX_NESTING = 64
MAX_TEXT_BYTES = 5_000_000
FACT_SUFFIXES = (".yaml", ".yml", ".json")

_WS = re.compile(r"\s+")


class Rejected(ValueError):
    """A document that cannot be loaded; ``field`` says where, ``problem`` says what."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class LoadedFacts:
    """A validated fact file with its document text, offsets filled in, and fingerprints."""

    facts: FactFile
    text: str
    source: str
    text_sha256: str
    facts_sha256: str


def find_fact_files(paths: list[Path]) -> list[Path]:
    """Fact files among ``paths``: files as given, folders searched recursively."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix in FACT_SUFFIXES and not p.name.endswith(".meta.yaml")
                )
            )
        else:
            found.append(path)
    return found


def read_fact_file(path: Path) -> LoadedFacts:
    """Read, parse and validate one fact file from disk."""
    source = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Rejected(source, "file", f"cannot be read ({exc.strerror})") from None
    if size == 0:
        raise Rejected(source, "file", "is empty")
    if size > MAX_FACT_FILE_BYTES:
        raise Rejected(source, "file", f"is {size:,} bytes; the limit is {MAX_FACT_FILE_BYTES:,}")
    raw = path.read_bytes()
    return parse_fact_file(raw, source=source, base_dir=path.parent, is_json=path.suffix == ".json")


def parse_fact_file(
    raw: bytes | str, *, source: str, base_dir: Path | None = None, is_json: bool = False
) -> LoadedFacts:
    """Parse and validate a fact file given as bytes or text (YAML is a superset of JSON)."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_FACT_FILE_BYTES:
            raise Rejected(
                source, "file", f"is {len(raw):,} bytes; the limit is {MAX_FACT_FILE_BYTES:,}"
            )
        if b"\x00" in raw:
            raise Rejected(source, "file", "is binary, not a YAML or JSON text")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Rejected(source, "file", f"is not UTF-8 text (byte {exc.start})") from None
    if not raw.strip():
        raise Rejected(source, "file", "is empty")
    data = _parse(raw, source, is_json)
    try:
        facts = FactFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = field_path(first["loc"]) or "document"
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        raise Rejected(source, loc, f"{first['msg']}{more}") from None
    text = _document_text(facts, source, base_dir)
    _locate_quotes(facts, text, source)
    try:
        resolve_dates(facts)
    except (ValueError, OverflowError) as exc:  # a relative date before year 1 or after 9999
        raise Rejected(source, "document.published", f"dates cannot be resolved: {exc}") from None
    return LoadedFacts(
        facts=facts,
        text=text,
        source=source,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        facts_sha256=hashlib.sha256(
            json.dumps(facts.model_dump(mode="json"), sort_keys=True).encode("utf-8")
        ).hexdigest(),
    )


def field_path(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as a readable path: ``meetings[0].participants``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def from_model(facts: FactFile, source: str) -> LoadedFacts:
    """A fact file made in memory (e.g. by extraction), checked like one read from disk."""
    raw = json.dumps(facts.model_dump(mode="json", exclude_none=True))
    return parse_fact_file(raw, source=source, is_json=True)


def nesting_depth(raw: str) -> int:
    """How deep a JSON or YAML text nests, in one pass, before any parser recurses into it.

    Brackets count outside double-quoted strings; block indentation counts in steps of two
    spaces (YAML nests by indenting).
    """
    depth = deepest = 0
    in_string = escaped = False
    for ch in raw:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(depth - 1, 0)
        elif ch == '"':
            in_string = True
    indent = max(
        ((len(line) - len(line.lstrip(" -"))) // 2 for line in raw.splitlines()), default=0
    )
    return max(deepest, indent)


def _parse(raw: str, source: str, is_json: bool) -> Any:
    if (depth := nesting_depth(raw)) > MAX_NESTING:
        raise Rejected(source, "file", f"nests {depth} levels deep; the limit is {MAX_NESTING}")
    try:
        data = json.loads(raw) if is_json else yaml.safe_load(raw)
    except RecursionError:
        raise Rejected(source, "file", f"nests too deep; the limit is {MAX_NESTING}") from None
    except (ValueError, OverflowError, TypeError) as exc:  # e.g. a YAML date out of range
        raise Rejected(source, "file", f"cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise Rejected(source, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        problem = getattr(exc, "problem", None) or str(exc)
        raise Rejected(source, where, f"invalid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise Rejected(source, "file", "must hold a mapping with a 'document' key")
    _check_text(data, source, "")
    return data


_BAD_TEXT = re.compile("[\x00\ud800-\udfff]")


def _check_text(value: Any, source: str, path: str) -> None:
    """Refuse text Neo4j and the exports cannot hold: NUL characters and lone surrogates."""
    if isinstance(value, str):
        if _BAD_TEXT.search(value):
            raise Rejected(source, path or "file", "contains a NUL character or a lone surrogate")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, source, path or "file")
            _check_text(item, source, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_text(item, source, f"{path}[{i}]")


def _document_text(facts: FactFile, source: str, base_dir: Path | None) -> str:
    doc = facts.document
    if doc.text is not None:
        text = doc.text
    else:
        assert doc.text_file is not None  # the model guarantees one of the two
        if base_dir is None:
            raise Rejected(source, "document.text_file", "not allowed here; give the text inline")
        # Confined to the fact file's folder and the one above it (facts/ beside articles/).
        folder = base_dir.resolve().parent
        path = (base_dir / doc.text_file).resolve()
        if not path.is_relative_to(folder):
            raise Rejected(
                source,
                "document.text_file",
                f"must be inside {folder} (the fact file's folder or the one above it)",
            )
        if not path.is_file():
            raise Rejected(source, "document.text_file", f"{doc.text_file} does not exist")
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise Rejected(source, "document.text_file", f"is larger than {MAX_TEXT_BYTES:,} bytes")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise Rejected(source, "document.text_file", "is not UTF-8 text") from None
    if not text.strip():
        raise Rejected(source, "document.text", "is empty")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise Rejected(source, "document.text", f"is larger than {MAX_TEXT_BYTES:,} bytes")
    return text


class _Finder:
    """Finds quotes in a text, ignoring differences in whitespace, all quotes in one pass.

    The whitespace-squeezed text is scanned once by an Aho-Corasick automaton of every
    quote (pyahocorasick): time linear in the text and the quotes, however many quotes.
    """

    MAX_STEPS_PER_CHAR = 8  # matches reported per character before quotes are "too nested"

    def __init__(self, text: str) -> None:
        squeezed: list[str] = []
        self.offsets: list[int] = []
        previous_space = False
        for i, ch in enumerate(text):
            if ch.isspace():
                if previous_space:
                    continue
                squeezed.append(" ")
                previous_space = True
            else:
                squeezed.append(ch)
                previous_space = False
            self.offsets.append(i)
        self.offsets.append(len(text))
        self.squeezed = "".join(squeezed)

    @staticmethod
    def needle(quote: str) -> str:
        return _WS.sub(" ", quote.strip())

    def find_all(self, quotes: list[str]) -> dict[str, tuple[int, int]]:
        """The first place of each quote found, by its squeezed form; missing ones are absent."""
        needles = {self.needle(q) for q in quotes} - {""}
        if not needles:
            return {}
        automaton = ahocorasick.Automaton()
        for needle in needles:
            automaton.add_word(needle, needle)
        automaton.make_automaton()
        found: dict[str, tuple[int, int]] = {}
        budget = self.MAX_STEPS_PER_CHAR * len(self.squeezed) + 10 * len(needles)
        for steps, (last, needle) in enumerate(automaton.iter(self.squeezed)):
            if steps > budget:
                raise ValueError("the quotes overlap one another too much to be located")
            if needle not in found:
                at = last - len(needle) + 1
                found[needle] = (self.offsets[at], self.offsets[last] + 1)
                if len(found) == len(needles):
                    break
        return found


def _locate_quotes(facts: FactFile, text: str, source: str) -> None:
    """Check every quote against the text and fill in missing offsets."""
    todo: list[tuple[str, Evidence]] = []
    for path, evidence in _evidence(facts):
        if evidence.start is not None and evidence.end is not None:
            written = text[evidence.start : evidence.end]
            if _WS.sub(" ", written.strip()) == _WS.sub(" ", evidence.quote.strip()):
                continue
        todo.append((path, evidence))
    if not todo:
        return
    finder = _Finder(text)
    try:
        found = finder.find_all([e.quote for _, e in todo])
    except ValueError as exc:
        raise Rejected(source, "evidence", str(exc)) from None
    for path, evidence in todo:
        where = found.get(finder.needle(evidence.quote))
        if where is None:
            short = evidence.quote if len(evidence.quote) < 80 else evidence.quote[:77] + "..."
            raise Rejected(source, f"{path}.quote", f"not found in the document text: {short!r}")
        evidence.start, evidence.end = where


def resolve_dates(facts: FactFile) -> None:
    """Dates given only as written ("on Monday", "last June") anchored on the publication date."""
    from loaders.extract.dates import find_dates  # pure Python: no language model needed

    published = facts.document.published
    if published is None:
        return  # an undated document: dates stay as written
    items: list[Meeting | Action] = [*facts.meetings, *facts.actions]
    for item in items:
        if item.date_start is not None or not item.date_text:
            continue
        found = find_dates(item.date_text, published)
        if not found:
            continue
        best = found[0]
        item.date_start = best.start
        item.date_precision = best.precision
        if isinstance(item, Meeting):
            item.date_end = best.end


def _evidence(facts: FactFile) -> list[tuple[str, Evidence]]:
    found: list[tuple[str, Evidence]] = []
    for i, a in enumerate(facts.actors):
        found += [(f"actors[{i}].evidence[{k}]", e) for k, e in enumerate(a.evidence)]
    for i, m in enumerate(facts.meetings):
        found += [(f"meetings[{i}].evidence[{k}]", e) for k, e in enumerate(m.evidence)]
        for j, p in enumerate(m.participants):
            found += [
                (f"meetings[{i}].participants[{j}].evidence[{k}]", e)
                for k, e in enumerate(p.evidence)
            ]
        for j, c in enumerate(m.channels):
            found += [
                (f"meetings[{i}].channels[{j}].evidence[{k}]", e) for k, e in enumerate(c.evidence)
            ]
    for i, r in enumerate(facts.relations):
        found += [(f"relations[{i}].evidence[{k}]", e) for k, e in enumerate(r.evidence)]
    for i, act in enumerate(facts.actions):
        found += [(f"actions[{i}].evidence[{k}]", e) for k, e in enumerate(act.evidence)]
    return found

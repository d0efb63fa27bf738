"""bench/RESULTS.md: each benchmark replaces its own section and keeps the others."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(head: str, body: str) -> None:
    """Replace (or append) the section that starts with the heading ``head``."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    section = body if body.startswith(head) else f"{head}\n\n{body}"
    section = section.rstrip("\n") + "\n"
    start = old.find(head)
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + section
    else:
        following = old.find("\n## ", start + len(head))
        tail = old[following + 1 :] if following >= 0 else ""
        new = old[:start] + section + ("\n" + tail if tail else "")
    RESULTS.write_text(new, encoding="utf-8")

"""The domain error raised when an input cannot be extracted from."""

from __future__ import annotations


class ExtractionError(ValueError):
    """An article that cannot be read or extracted from.

    ``source`` names the input (a file, a line of a file), ``problem`` says what is wrong.
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str, str]]:
        # rebuilt from both parts when it crosses a process boundary
        return (ExtractionError, (self.source, self.problem))

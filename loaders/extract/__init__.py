"""Automatic extraction: from article text to a fact file with a verbatim quote behind every fact.

Public entry points: :func:`extract_text` for one article, :func:`extract_documents` for
many (batched through ``nlp.pipe``), :func:`read_path` for files, and
:class:`ExtractionError` for input that cannot be extracted from.
"""

from loaders.extract.errors import ExtractionError
from loaders.extract.inputs import ArticleInput, read_path, with_overrides
from loaders.extract.pipeline import EXTRACTOR, VERSION, extract_documents, extract_text

__all__ = [
    "EXTRACTOR",
    "VERSION",
    "ArticleInput",
    "ExtractionError",
    "extract_documents",
    "extract_text",
    "read_path",
    "with_overrides",
]

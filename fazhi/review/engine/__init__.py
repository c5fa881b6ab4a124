"""Review engine for 法治政府建设年度报告 (issue 8): pure Python, no Django.

Public API::

    review_paths(paths, *, corpus=None, unit=None, level=None, year=None, progress=None) -> dict
    review_text(text, *, name, corpus_docs=(), unit=None, level=None, year=None) -> dict
    load_corpus(paths) -> list[CorpusDocument]
    corpus_document(text, name=..., unit=None, year=None) -> CorpusDocument
    read_path(path) / read_bytes(raw, name=...) -> SourceText   (raise ReadError)
    prepare_text(text, name=...) -> Document                      (the normalised text)
"""

from .document import FINDING_TYPES, SEVERITIES, Document, Finding
from .readers import SUPPORTED_SUFFIXES, ReadError, SourceText, read_bytes, read_path
from .review import CorpusDocument, corpus_document, load_corpus, prepare_text, review_paths, review_text

__all__ = [
    "FINDING_TYPES",
    "SEVERITIES",
    "SUPPORTED_SUFFIXES",
    "CorpusDocument",
    "Document",
    "Finding",
    "ReadError",
    "SourceText",
    "corpus_document",
    "load_corpus",
    "prepare_text",
    "read_bytes",
    "read_path",
    "review_paths",
    "review_text",
]

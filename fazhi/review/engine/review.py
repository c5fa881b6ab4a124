"""The public entry points of the review engine: review files, or one text in memory.

The result is plain JSON-ready data in the shape of issue 8::

    {"documents": [{"path", "unit", "level", "year",
                    "parts": {"achievements"|"shortcomings"|"leader_duties"|"next_year"|"other":
                              {"present", "line", "heading"}},
                    "figures": [{"line", "text", "value", "unit", "label"}],
                    "findings": [{"type", "severity", "line", "quote", "message", "evidence"}]}]}

An unreadable file gives ``{"path", "error", ...}`` with a Chinese message and the batch goes on.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .checks import CHECKS
from .context import ReviewContext
from .document import SEVERITIES, Document
from .duplicates import DuplicateIndex, load_normative_texts
from .figures import extract
from .identity import Identity, infer
from .normalize import normalise
from .readers import ReadError, expand, read_path
from .structure import find_parts

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class CorpusDocument:
    """A reference document for the duplicate search (another unit's or an earlier year's
    report). It is compared against, never reviewed."""

    name: str
    document: Document
    unit: str | None
    year: int | None


@dataclass
class _Prepared:
    path: str
    document: Document | None
    identity: Identity | None
    error: str | None
    notes: list[str]


def prepare_text(text: str, *, name: str) -> Document:
    """Normalise a raw text into a :class:`Document` (what ``--print-text`` prints)."""
    return Document(normalise(text), path=name)


def corpus_document(text: str, *, name: str, unit: str | None = None, year: int | None = None) -> CorpusDocument:
    """A reference document from text already at hand (e.g. a report stored in the database);
    ``unit`` and ``year`` default to what the text says, and decide 跨地抄 vs 跨时抄."""
    doc = prepare_text(text, name=name)
    if unit is None or year is None:
        who = infer(doc)
        unit = unit if unit is not None else who.unit
        year = year if year is not None else who.year
    return CorpusDocument(name, doc, unit, year)


def load_corpus(paths: Iterable[str | Path], progress: Progress | None = None) -> list[CorpusDocument]:
    """Read the reference corpus (files or folders). Unreadable files are skipped with a log
    message: a damaged reference must not stop the review."""
    files = expand(paths)
    out: list[CorpusDocument] = []
    for i, f in enumerate(files, 1):
        try:
            source = read_path(f)
        except ReadError as exc:
            log.warning("参考语料 %s 无法读取：%s", f, exc)
            continue
        finally:
            if progress:
                progress(i, len(files), str(f))
        doc = prepare_text(source.text, name=str(f))
        who = infer(doc)
        out.append(CorpusDocument(str(f), doc, who.unit, who.year))
    return out


def review_paths(
    paths: Iterable[str | Path],
    *,
    corpus: Iterable[str | Path | CorpusDocument] | None = None,
    unit: str | None = None,
    level: str | None = None,
    year: int | None = None,
    progress: Progress | None = None,
    with_text: bool = False,
) -> dict:
    """Review report files (folders are expanded to the supported files inside).

    Every reviewed file is also compared with the others of the batch and with ``corpus``
    (files or folders of reference reports, or :class:`CorpusDocument` objects from
    :func:`corpus_document` / :func:`load_corpus`) for copied passages. ``unit``, ``level`` and ``year``
    override what is read from the reports. ``progress(done, total, path)`` is called after each
    step: a batch of n files and m corpus files has m + 2n steps (read corpus, read, review).
    ``with_text=True`` adds each document's normalised text as ``"text"`` (for highlighting
    quotes); without it the result has exactly the shape of the issue.
    """
    files = expand(paths)
    given = [c for c in (corpus or []) if isinstance(c, CorpusDocument)]
    # a corpus folder often holds the reviewed files themselves: a report is never its own reference
    reviewed = {f.resolve() for f in files}
    corpus_files = [c for c in expand([c for c in (corpus or []) if not isinstance(c, CorpusDocument)])
                    if c.resolve() not in reviewed]
    total = len(corpus_files) + 2 * len(files)
    step = 0

    def tick(path: str) -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, total, path)

    corpus_docs = given + load_corpus(corpus_files, progress=lambda _d, _t, p: tick(p))
    prepared: list[_Prepared] = []
    for f in files:
        try:
            source = read_path(f)
            doc = prepare_text(source.text, name=str(f))
            prepared.append(_Prepared(str(f), doc, infer(doc, unit=unit, level=level, year=year), None, source.notes))
            for note in source.notes:
                log.info("%s：%s", f, note)
        except ReadError as exc:
            prepared.append(_Prepared(str(f), None, None, str(exc), []))
        tick(str(f))

    index, keys = _build_index(corpus_docs, prepared)
    documents = []
    for item, key in zip(prepared, keys):
        if item.error is not None:
            documents.append(_error_entry(item.path, item.error))
        else:
            entry = _review(item.document, item.identity, index, key)
            if with_text:
                entry["text"] = item.document.text
            documents.append(entry)
        tick(item.path)
    return {"documents": documents}


def review_text(
    text: str,
    *,
    name: str,
    corpus_docs: Iterable[CorpusDocument | tuple[str, str]] = (),
    unit: str | None = None,
    level: str | None = None,
    year: int | None = None,
) -> dict:
    """Review one report given as text (a web upload already decoded, or a ledger-generated
    report). ``corpus_docs`` are reference documents: :class:`CorpusDocument` objects from
    :func:`load_corpus`, or ``(name, text)`` pairs. Returns one document entry (not wrapped in
    ``{"documents": …}``)."""
    doc = prepare_text(text, name=name)
    who = infer(doc, unit=unit, level=level, year=year)
    corpus: list[CorpusDocument] = []
    for item in corpus_docs:
        if isinstance(item, CorpusDocument):
            corpus.append(item)
        else:
            other_name, other_text = item
            corpus.append(corpus_document(other_text, name=other_name))
    index, keys = _build_index(corpus, [_Prepared(name, doc, who, None, [])])
    return _review(doc, who, index, keys[0])


def _build_index(corpus: list[CorpusDocument], prepared: list[_Prepared]) -> tuple[DuplicateIndex, list[int | None]]:
    index = DuplicateIndex()
    load_normative_texts(index)
    for c in corpus:
        index.add_document(c.document, unit=c.unit, year=c.year, role="corpus")
    keys: list[int | None] = []
    for item in prepared:
        if item.document is None:
            keys.append(None)
            continue
        keys.append(index.add_document(item.document, unit=item.identity.unit, year=item.identity.year, role="batch"))
    return index, keys


def _error_entry(path: str, message: str) -> dict:
    return {"path": path, "unit": None, "level": None, "year": None, "parts": {}, "figures": [], "findings": [],
            "error": message}


_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def _review(doc: Document, who: Identity, index: DuplicateIndex | None, key: int | None) -> dict:
    parts = find_parts(doc, who.year)
    figures = extract(doc)
    ctx = ReviewContext(doc, who, parts, figures, index, key)
    strict = os.environ.get("FAZHI_REVIEW_STRICT") == "1"
    findings = []
    for name, check in CHECKS.items():
        try:
            findings.extend(check(ctx))
        except Exception:  # one faulty rule must not cost the inspector the whole review
            if strict:
                raise
            log.exception("检查 %s 在 %s 上出错", name, doc.path)
    findings.sort(key=lambda f: (f.line or 0, _SEVERITY_RANK[f.severity], f.type))
    return {
        "path": doc.path,
        "unit": who.unit,
        "level": who.level,
        "year": who.year,
        "parts": {k: p.as_dict() for k, p in parts.items()},
        "figures": [f.as_dict() for f in figures],
        "findings": [f.as_dict() for f in findings],
    }

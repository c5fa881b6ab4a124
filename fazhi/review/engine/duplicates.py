"""Near-duplicate passage search across reports: MinHash LSH (datasketch) over character 3-grams,
confirmed with rapidfuzz.

Units. Every paragraph is cut at clause ends (，。；：！？). A *window* starts at every clause and
runs over whole clauses until it holds ``WINDOW`` comparable characters; a *chunk* is the same
thing laid end to end without overlap. Chunks of every indexed document go into the LSH index;
the windows of a reviewed document are looked up in it. A copied passage keeps its clause
boundaries, so some window of the copy starts where a chunk of the source starts and the two
sets of 3-grams coincide, wherever the passage sits in either paragraph.

Comparable characters are Chinese characters, letters and digits, after blanking quoted titles
(《……》) and the political formulas of boilerplate.yaml: text every report shares is not copying.
Headings are not indexed for the same reason.

MinHash values are computed with numpy in bulk, with datasketch's own "affine32" permutations, so
they equal ``datasketch.MinHash(num_perm, seed, scheme="affine32", hashfunc=shingle_hash)``
(a test asserts it); identical chunk texts are indexed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from . import data
from .document import Document
from .structure import body_end

NUM_PERM = 64
SEED = 20240501
THRESHOLD = 0.4
WINDOW = 24  # comparable characters per window
MIN_WINDOW = 14  # a paragraph's tail shorter than this is not compared
CONFIRM = 85  # rapidfuzz score (0–100) a candidate must reach

_CLAUSE_END = re.compile(r"[，。；：！？]")
_TITLE = re.compile(r"《[^《》]{0,80}》")
_KEEP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]")

_M1, _M2, _M3 = np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer — the pre-mix datasketch applies to every input hash."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def shingle_hashes(clean: str) -> np.ndarray:
    """32-bit hashes of the character 3-grams of ``clean`` (one per starting position), before
    datasketch's pre-mix."""
    if len(clean) < 3:
        return np.zeros(0, dtype=np.uint32)
    codes = np.frombuffer(clean.encode("utf-32-le"), dtype=np.uint32)
    with np.errstate(over="ignore"):
        return codes[:-2] * _M1 ^ codes[1:-1] * _M2 ^ codes[2:] * _M3


def shingle_hash(gram: bytes) -> int:
    """The scalar twin of :func:`shingle_hashes` for one UTF-8 encoded 3-gram (datasketch's
    ``hashfunc`` signature)."""
    return int(shingle_hashes(gram.decode("utf-8"))[0])


_PERMS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def minhash_rows(hashes: np.ndarray) -> np.ndarray:
    """Permuted hash values, one row per shingle; a set's MinHash is the column-wise minimum."""
    a, b = _PERMS
    with np.errstate(over="ignore"):
        return _fmix32(hashes)[:, None] * a[None, :] + b[None, :]


@lru_cache(maxsize=1)
def _formulas() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data.load("boilerplate")["formulas"]))


_KEEP_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z0-9]+")


def _masked(text: str) -> str:
    """The line with quoted titles and formulas blanked out (same length, same offsets)."""
    spans = [m.span() for rx in (_TITLE, _formulas()) for m in rx.finditer(text)]
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        parts.append(text[pos:start])
        parts.append("\x00" * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def clean_line(text: str) -> tuple[str, list[int]]:
    """Comparable characters of a line and, for each, its offset in the line."""
    runs = list(_KEEP_RUN.finditer(_masked(text)))
    offsets: list[int] = []
    for m in runs:
        offsets.extend(range(m.start(), m.end()))
    return "".join(m.group(0) for m in runs), offsets


def clean_length(text: str) -> int:
    """Number of comparable characters of a piece of text."""
    return sum(m.end() - m.start() for m in _KEEP_RUN.finditer(_masked(text)))


@dataclass
class Window:
    line: int
    start: int  # offsets in the original line
    end: int
    clean: str
    hashvalues: np.ndarray


@dataclass
class IndexedDoc:
    name: str
    unit: str | None
    year: int | None
    role: str  # batch | corpus | normative
    lines: list[str]
    windows: list[Window] = field(default_factory=list)


def windows_of(lines: list[str], skip: set[int] = frozenset()) -> tuple[list[Window], list[int]]:
    """All windows of a document, and the indexes (into that list) of its chunks."""
    windows: list[Window] = []
    chunk_ids: list[int] = []
    for number, text in enumerate(lines, 1):
        if number in skip:
            continue
        clean, offsets = clean_line(text)
        if len(clean) < MIN_WINDOW:
            continue
        hashes = shingle_hashes(clean)
        rows = minhash_rows(hashes)
        # Clause starts in clean coordinates.
        starts = [0]
        for m in _CLAUSE_END.finditer(text):
            k = _clean_index(offsets, m.end())
            if k < len(clean) and k != starts[-1]:
                starts.append(k)
        ends = starts[1:] + [len(clean)]
        next_chunk = 0
        for i, s in enumerate(starts):
            j = i
            while ends[j] - s < WINDOW and j + 1 < len(starts):
                j += 1
            e = ends[j]
            if e - s < MIN_WINDOW:
                continue
            hv = rows[s:e - 2].min(axis=0)
            orig_start = offsets[s]
            while orig_start > 0 and text[orig_start - 1] in "（“‘《【「":
                orig_start -= 1  # an opening bracket belongs to the quote it opens
            orig_end = offsets[e - 1] + 1
            # Keep the punctuation that closes the clause, so the quote reads as text.
            while orig_end < len(text) and text[orig_end] in "”’）》」":
                orig_end += 1
            if orig_end < len(text) and text[orig_end] in "，。；：！？":
                orig_end += 1
            windows.append(Window(number, orig_start, orig_end, clean[s:e], hv))
            if i == next_chunk:
                chunk_ids.append(len(windows) - 1)
                next_chunk = j + 1
    return windows, chunk_ids


def _clean_index(offsets: list[int], original: int) -> int:
    """First clean position at or after an original offset."""
    lo, hi = 0, len(offsets)
    while lo < hi:
        mid = (lo + hi) // 2
        if offsets[mid] < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


@dataclass
class Match:
    line: int
    start: int
    end: int
    score: float
    keys: list[int]  # matched chunk keys
    docs: set[int]  # other documents holding one of them


class _Sketch:
    """The minimum datasketch's MinHashLSH reads from a MinHash (hash values, scheme, length);
    a LeanMinHash would validate and copy the values again for every one of the many windows."""

    __slots__ = ("hashvalues", "scheme")

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues
        self.scheme = "affine32"

    def __len__(self) -> int:
        return len(self.hashvalues)


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    # datasketch derives (bands, rows) by numerical integration; do it once per process.
    probe = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return probe.b, probe.r


class DuplicateIndex:
    """Chunks of every document of a review run (the batch, the corpus and the built-in normative
    texts), searchable by near-identity."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params())
        self.docs: list[IndexedDoc] = []
        self._chunk_key: dict[str, int] = {}
        self._chunk_clean: list[str] = []
        self._chunk_hv: list[np.ndarray] = []
        # chunk key -> {doc id: [(line, start, end), …]}
        self._postings: list[dict[int, list[tuple[int, int, int]]]] = []
        self._query_cache: dict[str, list[tuple[int, float]]] = {}
        self._hv_matrix: np.ndarray | None = None

    def add(self, lines: list[str], *, name: str, unit: str | None, year: int | None, role: str,
            skip: set[int] = frozenset()) -> int:
        doc_id = len(self.docs)
        windows, chunk_ids = windows_of(lines, skip)
        doc = IndexedDoc(name, unit, year, role, lines, windows if role == "batch" else [])
        self.docs.append(doc)
        # Normative texts are short and copied with words added or dropped, which shifts clause
        # lengths; indexing a window at every clause start finds such copies too.
        for idx in (range(len(windows)) if role == "normative" else chunk_ids):
            w = windows[idx]
            key = self._chunk_key.get(w.clean)
            if key is None:
                key = len(self._chunk_clean)
                self._chunk_key[w.clean] = key
                self._chunk_clean.append(w.clean)
                self._chunk_hv.append(w.hashvalues)
                self._postings.append({})
                self.lsh.insert(key, _Sketch(w.hashvalues), check_duplication=False)
                self._hv_matrix = None
            self._postings[key].setdefault(doc_id, []).append((w.line, w.start, w.end))
        return doc_id

    def add_document(self, doc: Document, *, unit: str | None, year: int | None, role: str) -> int:
        # Headings are structural ("（一）依法全面履行政府职能情况"), and the title block and the
        # signature name the unit and the year: every report has them.
        skip = {h.line for h in doc.headings if doc.lines[h.line - 1].rstrip("。") == h.marker + h.title}
        skip.update(range(body_end(doc) + 1, len(doc.lines) + 1))
        skip.update(n for n, text in enumerate(doc.lines[:12], 1) if "报告" in text and len(text) <= 80)
        return self.add(doc.lines, name=doc.path, unit=unit, year=year, role=role, skip=skip)

    def _candidates(self, w: Window) -> list[tuple[int, float]]:
        cached = self._query_cache.get(w.clean)
        if cached is not None:
            return cached
        keys = self.lsh.query(_Sketch(w.hashvalues))
        out: list[tuple[int, float]] = []
        if keys:
            if self._hv_matrix is None:
                self._hv_matrix = np.vstack(self._chunk_hv)
            keys_arr = np.fromiter(keys, dtype=np.int64)
            est = (self._hv_matrix[keys_arr] == w.hashvalues).mean(axis=1)
            # Confirm the most similar few; in a corpus of near-copies the rest add nothing.
            order = np.argsort(-est)[:8]
            for k in order:
                if est[k] < THRESHOLD * 0.8:
                    break
                key = int(keys_arr[k])
                other = self._chunk_clean[key]
                score = fuzz.ratio(w.clean, other)
                if score < CONFIRM and min(len(other), len(w.clean)) >= 0.6 * max(len(other), len(w.clean)):
                    score = max(score, fuzz.partial_ratio(w.clean, other) - 3)
                if score >= CONFIRM:
                    out.append((key, float(score)))
        self._query_cache[w.clean] = out
        return out

    def matches(self, doc_id: int) -> list[Match]:
        """Windows of document ``doc_id`` that match a chunk of another document."""
        out: list[Match] = []
        for w in self.docs[doc_id].windows:
            keys: list[int] = []
            docs: set[int] = set()
            best = 0.0
            for key, score in self._candidates(w):
                posting = self._postings[key]
                if len(posting) > 1 or doc_id not in posting:
                    keys.append(key)
                    docs.update(posting)
                    best = max(best, score)
            docs.discard(doc_id)
            if docs:
                out.append(Match(w.line, w.start, w.end, best, keys, docs))
        return out

    def postings(self, key: int, doc_id: int) -> list[tuple[int, int, int]]:
        """Where chunk ``key`` occurs in document ``doc_id``: (line, start, end)."""
        return self._postings[key].get(doc_id, [])

    def document_count(self, roles: tuple[str, ...] = ("batch", "corpus")) -> int:
        return sum(1 for d in self.docs if d.role in roles)


def load_normative_texts(index: DuplicateIndex) -> None:
    """Index the built-in normative passages (normative_texts.yaml) as reference documents."""
    for entry in data.load("normative_texts")["documents"]:
        lines = [p["text"] for p in entry["passages"]]
        index.add(lines, name=entry["name"], unit=entry["name"], year=None, role="normative")

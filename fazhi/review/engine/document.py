"""The normalised document and the finding record every check produces."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

SEVERITIES = ("error", "warning", "info")
FINDING_TYPES = (
    "missing_part",
    "wrong_level",
    "foreign_place",
    "wrong_year",
    "outdated_reference",
    "off_topic",
    "inconsistent_figure",
    "duplicate_passage",
    "contradiction",
)

_SENTENCE_END = re.compile(r"[。！？；]")
_L1 = re.compile(r"^([一二三四五六七八九十]{1,3})、")
_L2 = re.compile(r"^（([一二三四五六七八九十]{1,3})）")
_L3 = re.compile(r"^(?:(\d{1,2})[.．、](?!\d)|（(\d{1,2})）)")


@dataclass
class Finding:
    """One problem found in a report. ``quote`` is an exact substring of line ``line`` of the
    normalised text; ``evidence`` holds whatever lets the inspector verify the finding."""

    type: str
    severity: str
    line: int | None
    quote: str
    message: str
    evidence: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "severity": self.severity,
            "line": self.line,
            "quote": self.quote,
            "message": self.message,
            "evidence": self.evidence,
        }


@dataclass
class Heading:
    line: int
    level: int  # 1: 一、  2: （一）  3: 1. / （1）
    marker: str
    title: str  # the heading words, without the marker and without inline body text


@dataclass
class Sentence:
    line: int
    start: int  # character offsets inside the line
    end: int
    text: str


class Document:
    """A report's normalised text, split into numbered lines (one paragraph per line)."""

    def __init__(self, text: str, *, path: str) -> None:
        self.path = path
        self.text = text
        self.lines: list[str] = text.split("\n") if text else []
        self.headings: list[Heading] = self._find_headings()
        self._sentences: list[Sentence] | None = None

    # -- lines -----------------------------------------------------------------------------
    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def numbered(self, start: int = 1, end: int | None = None) -> Iterator[tuple[int, str]]:
        """Lines ``start``..``end`` (inclusive, 1-based) with their numbers."""
        last = len(self.lines) if end is None else min(end, len(self.lines))
        for number in range(max(start, 1), last + 1):
            yield number, self.lines[number - 1]

    # -- headings --------------------------------------------------------------------------
    def _find_headings(self) -> list[Heading]:
        found: list[Heading] = []
        for number, text in enumerate(self.lines, 1):
            for level, pattern in ((1, _L1), (2, _L2), (3, _L3)):
                m = pattern.match(text)
                if not m:
                    continue
                rest = text[m.end():]
                title = rest.split("。", 1)[0].strip()
                # A numbered line whose first sentence is long is a paragraph, not a heading.
                if len(title) > (80 if level == 1 else 60):
                    break
                found.append(Heading(number, level, m.group(0), title))
                break
        return found

    def heading_at(self, number: int) -> Heading | None:
        for h in self.headings:
            if h.line == number:
                return h
        return None

    def section_end(self, heading: Heading) -> int:
        """Last line of the section opened by ``heading`` (up to the next heading of the same or a
        higher level)."""
        for h in self.headings:
            if h.line > heading.line and h.level <= heading.level:
                return h.line - 1
        return len(self.lines)

    # -- sentences ---------------------------------------------------------------------------
    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            out: list[Sentence] = []
            for number, text in enumerate(self.lines, 1):
                start = 0
                for m in _SENTENCE_END.finditer(text):
                    if m.end() - start > 1:
                        out.append(Sentence(number, start, m.end(), text[start:m.end()]))
                    start = m.end()
                if start < len(text):
                    out.append(Sentence(number, start, len(text), text[start:]))
            self._sentences = out
        return self._sentences

    def sentence_at(self, number: int, offset: int) -> Sentence:
        for s in self.sentences:
            if s.line == number and s.start <= offset < s.end:
                return s
        text = self.lines[number - 1]
        return Sentence(number, 0, len(text), text)

    # -- findings ----------------------------------------------------------------------------
    def finding(
        self,
        type_: str,
        severity: str,
        line: int | None,
        quote: str,
        message: str,
        evidence: dict[str, Any] | None = None,
    ) -> Finding:
        """Build a finding, enforcing the contract that ``quote`` is an exact substring of the
        cited line (or of the whole text when no line applies)."""
        assert type_ in FINDING_TYPES, type_
        assert severity in SEVERITIES, severity
        haystack = self.lines[line - 1] if line else self.text
        if quote not in haystack:
            raise ValueError(f"quote {quote!r} is not in line {line} of {self.path}")
        return Finding(type_, severity, line, quote, message, dict(evidence or {}))

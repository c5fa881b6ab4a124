"""Everything a check needs to know about one report, computed once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import data
from .document import Document
from .figures import Figure
from .identity import Identity
from .structure import Part, body_end, part_of_line

if TYPE_CHECKING:  # pragma: no cover
    from .duplicates import DuplicateIndex


@dataclass
class ReviewContext:
    doc: Document
    who: Identity
    parts: dict[str, Part]
    figures: list[Figure]
    duplicates: "DuplicateIndex | None" = None
    doc_key: int | None = None  # this document's id in the duplicate index

    def part_of(self, line: int) -> str | None:
        return part_of_line(self.parts, line)

    def body_lines(self) -> list[int]:
        """Lines of the report's body: after the title, before the signature."""
        start = (self.who.title_line or 0) + 1
        return list(range(start, body_end(self.doc) + 1))


def iter_matches(ctx: ReviewContext, pattern: str | re.Pattern[str], lines: list[int] | None = None):
    """(line number, match) for every match of ``pattern`` in the given lines (default: all).
    Patterns are matched line by line; they must not rely on ``^``/``$`` (the whole text is
    searched first to skip rules that match nowhere)."""
    rx = data.rx(pattern) if isinstance(pattern, str) else pattern
    if not rx.search(ctx.doc.text):
        return  # most rules match nowhere; one scan of the whole text settles it
    numbers = lines if lines is not None else range(1, len(ctx.doc.lines) + 1)
    for number in numbers:
        for m in rx.finditer(ctx.doc.lines[number - 1]):
            yield number, m


def in_title_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a 《title》: citing a title is not using its words."""
    open_at = text.rfind("《", 0, start)
    if open_at == -1:
        return False
    close_at = text.find("》", open_at)
    return close_at >= end or close_at == -1

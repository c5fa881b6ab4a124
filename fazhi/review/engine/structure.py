"""The statutory parts of the annual report (statutes.md §1) and where each one is.

A part is found, in order of preference:
1. by a level-1 heading (一、…) whose words name it (parts.yaml, `heading`);
2. by a level-2 heading (（一）…) — a part folded into another, e.g. 第一责任人 as 一（一）;
3. by content: a level-1 section whose heading names no part but whose text is mostly about it
   (parts.yaml, `content`) — "content under a misnamed heading still counts for its part".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import data
from .document import Document, Heading

PART_KEYS = ("achievements", "shortcomings", "leader_duties", "next_year", "other")


@dataclass
class Part:
    key: str
    label: str
    present: bool = False
    line: int | None = None
    heading: str | None = None
    start: int | None = None  # first and last line of the part's text
    end: int | None = None
    via: str | None = None  # heading | subheading | content | implicit

    def as_dict(self) -> dict:
        return {"present": self.present, "line": self.line, "heading": self.heading}

    def lines(self) -> range:
        if self.start is None or self.end is None:
            return range(0)
        return range(self.start, self.end + 1)


def _part_rules(year: int | None) -> list[dict]:
    rules = []
    for rule in data.load("parts")["parts"]:
        pattern = rule["heading"]
        if "{next_year}" in pattern:
            pattern = pattern.replace("{next_year}", str(year + 1)) if year else pattern.replace("|{next_year}年", "")
        rules.append({**rule, "heading_rx": data.rx(pattern)})
    return rules


def classify_heading(title: str, year: int | None) -> str | None:
    for rule in _part_rules(year):
        if rule["heading_rx"].search(title):
            return rule["key"]
    return None


def find_parts(doc: Document, year: int | None) -> dict[str, Part]:
    rules = _part_rules(year)
    labels = {r["key"]: r["label"] for r in rules}
    parts = {key: Part(key, labels[key]) for key in PART_KEYS}
    level1 = [h for h in doc.headings if h.level == 1]
    unassigned: list[Heading] = []

    for h in level1:
        key = classify_heading(h.title, year)
        if key is None:
            unassigned.append(h)
            continue
        part = parts[key]
        if part.present:
            # A second heading for the same part (two "主要举措" sections) extends it.
            part.end = doc.section_end(h)
            continue
        _place(part, doc, h, "heading")

    for h in doc.headings:
        if h.level != 2:
            continue
        key = classify_heading(h.title, year)
        # Only parts that are rarely written as their own chapter are looked for one level down;
        # a subheading "（三）工作举措" does not make the achievements part.
        if key in ("leader_duties", "other") and not parts[key].present:
            _place(parts[key], doc, h, "subheading")

    b = parts["leader_duties"]
    if not b.present:
        rule = next(r for r in rules if r["key"] == "leader_duties")
        content_rx = data.rx(rule["content"])
        for h in unassigned:
            body = "\n".join(doc.lines[h.line - 1 : doc.section_end(h)])
            if len(content_rx.findall(body)) >= rule.get("content_min_hits", 3):
                _place(b, doc, h, "content")
                break

    # The signature, date and any web-page footer are nobody's part.
    last = body_end(doc)
    for part in parts.values():
        if part.end is not None:
            part.end = min(part.end, max(last, part.start or last))

    a = parts["achievements"]
    if not a.present and doc.lines:
        # Without a heading the achievements are whatever precedes the first other part.
        first_other = min((p.line for p in parts.values() if p.present and p.line), default=len(doc.lines) + 1)
        a.start, a.end, a.via = 1, first_other - 1, "implicit"
    return parts


def body_end(doc: Document) -> int:
    """Last line of the report's body: trailing short lines without a full stop (signature,
    date, "此件公开发布", contact person, web-page footer) are cut off."""
    last = len(doc.lines)
    while last > 1:
        text = doc.lines[last - 1]
        if len(text) <= 40 and "。" not in text and not doc.heading_at(last):
            last -= 1
            continue
        break
    return last


def _place(part: Part, doc: Document, h: Heading, via: str) -> None:
    part.present = True
    part.line = h.line
    # An inline heading ("（一）……职责。2月14日……") is cited without its body text.
    part.heading = doc.line(h.line).split("。", 1)[0]
    part.start = h.line
    part.end = doc.section_end(h)
    part.via = via


def part_of_line(parts: dict[str, Part], number: int) -> str | None:
    """The part a line belongs to; a folded part (subheading) wins over its enclosing part."""
    best = None
    best_size = None
    for part in parts.values():
        if part.start is not None and part.end is not None and part.start <= number <= part.end:
            size = part.end - part.start
            if best_size is None or size < best_size:
                best, best_size = part.key, size
    return best


def lines_of(parts: dict[str, Part], *keys: str) -> list[int]:
    """Line numbers belonging (most specifically) to any of the parts ``keys``."""
    numbers: set[int] = set()
    for key in keys:
        for n in parts[key].lines():
            if part_of_line(parts, n) == key:
                numbers.add(n)
    return sorted(numbers)


def reason_count(text: str) -> int:
    return len(data.rx(data.load("parts")["reason_markers"]).findall(text))


def item_count(text: str) -> int:
    return len(re.findall(data.load("parts")["item_markers"], text, flags=re.M))

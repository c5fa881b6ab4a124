"""duplicate_passage: a passage near-identical to one in another report of the batch, of the
reference corpus (``--corpus``) or of the built-in normative texts.

- another unit's report: 跨地抄; the same unit's report of another year: 跨时抄;
- a normative text (the 纲要's requirements or 衡量标准) presented as the unit's own work:
  规范性文本 (seed_anomalies.md BOILER, 000-9, 002-6, and the cross-seed notes). Besides the
  near-identical search, a sentence that holds every fragment of a normative text's signature
  (normative_texts.yaml: "分事行权、分岗设权、分级授权、定期轮岗", the catalogue of 问责方式) is the
  same text reworded around its distinctive formulation.
Boilerplate is not a finding: quoted titles, political formulas and headings are blanked before
comparison (duplicates.py), and a passage that most of the other documents share
(≥ 80 % of them, and at least 3) is common wording, not copying.
The evidence names the other document, its line, its text and the similarity (rapidfuzz, 0–100).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter

from .. import data
from ..context import ReviewContext
from ..document import Finding
from ..duplicates import Match, clean_length

MIN_PASSAGE = 20  # comparable characters
SHARED_BY_MOST = 0.8

KIND_TEXT = {
    "规范性文本": "这是规范性文件的原文，被写成了本单位的工作或成效",
    "跨地抄": "与另一单位的报告雷同",
    "跨时抄": "与本单位往年的报告雷同",
    "同一单位": "与本单位的另一份报告雷同",
}


def check(ctx: ReviewContext) -> list[Finding]:
    findings = _near_identical(ctx)
    return findings + _signatures(ctx, findings)


def _near_identical(ctx: ReviewContext) -> list[Finding]:
    index, doc_id = ctx.duplicates, ctx.doc_key
    if index is None or doc_id is None:
        return []
    me = index.docs[doc_id]
    others_total = index.document_count() - 1
    shared_limit = max(3, math.ceil(SHARED_BY_MOST * others_total))
    normative = {i for i, d in enumerate(index.docs) if d.role == "normative"}
    kept = [m for m in index.matches(doc_id) if (m.docs & normative) or len(m.docs) < shared_limit]

    findings: list[Finding] = []
    for passage in _merge(kept):
        line, start, end, windows = passage
        text = ctx.doc.line(line)
        length = clean_length(text[start:end])
        if length < MIN_PASSAGE:
            continue
        votes: Counter[int] = Counter()
        for w in windows:
            votes.update(w.docs)
        # The document sharing most of the passage is the source to show; a normative text wins
        # a tie because it explains the copying best.
        best, top = votes.most_common(1)[0]
        best = next((d for d in sorted(normative) if votes.get(d) == top), best)
        other = index.docs[best]
        posts = [p for w in windows for key in w.keys for p in index.postings(key, best)]
        o_line = posts[0][0]
        same_line = [p for p in posts if p[0] == o_line]
        o_text = other.lines[o_line - 1][min(p[1] for p in same_line):max(p[2] for p in same_line)]
        score = round(max(w.score for w in windows), 1)
        kind = _kind(me, other)
        part = ctx.part_of(line)
        if kind == "规范性文本" or part == "next_year" or length < 40:
            severity = "warning"
        else:
            severity = "error"
        also_ids = heapq.nsmallest(6, (d for d in votes if d != best))
        also = [index.docs[d].name for d in also_ids[:5]]
        where = f"第{o_line}段" if other.role == "normative" else f"第{o_line}行"
        findings.append(ctx.doc.finding(
            "duplicate_passage", severity, line, text[start:end],
            f"这段文字与《{_short(other.name)}》{where}几乎相同（相似度{score}）：{KIND_TEXT[kind]}。",
            {
                "kind": kind,
                "other_document": other.name,
                "other_unit": other.unit,
                "other_year": other.year,
                "other_line": o_line,
                "other_quote": o_text,
                "similarity": score,
                "also_in": also,
                "also_in_count": len(votes) - 1,
                "part": part,
            },
        ))
    return findings


def _signatures(ctx: ReviewContext, found: list[Finding]) -> list[Finding]:
    """Sentences that hold every fragment of a normative text's signature, unless the
    near-identical search already reported that stretch."""
    out: list[Finding] = []
    body = set(ctx.body_lines())
    for entry in data.load("normative_texts")["documents"]:
        for sig in entry.get("signatures", ()):
            fragments = sig["all_of"]
            if not all(f in ctx.doc.text for f in fragments):
                continue  # one scan of the whole text settles most reports
            passage = entry["passages"][sig["passage"] - 1]
            for sentence in ctx.doc.sentences:
                number = sentence.line
                if number not in body or not all(f in sentence.text for f in fragments):
                    continue
                text = ctx.doc.lines[number - 1]
                start, end = sentence.start, sentence.end
                if any(_overlaps(f, text, start, end) for f in found + out if f.line == number):
                    continue
                quote = text[start:end].rstrip("。；！？")
                out.append(ctx.doc.finding(
                    "duplicate_passage", "warning", number, quote,
                    f"这句话用的是{entry['name']}（{passage['section']}）的原文表述"
                    f"（{'、'.join(fragments)}）：{KIND_TEXT['规范性文本']}，没有说明本单位具体做了什么。",
                    {
                        "kind": "规范性文本",
                        "method": "signature",
                        "other_document": entry["name"],
                        "other_unit": entry["name"],
                        "other_year": None,
                        "other_line": sig["passage"],
                        "other_quote": passage["text"],
                        "signature": list(fragments),
                        "similarity": 100.0,
                        "also_in": [],
                        "also_in_count": 0,
                        "part": ctx.part_of(number),
                    },
                ))
    return out


def _overlaps(finding: Finding, text: str, start: int, end: int) -> bool:
    at = text.find(finding.quote)
    return at != -1 and at < end and start < at + len(finding.quote)


def _kind(me, other) -> str:
    if other.role == "normative":
        return "规范性文本"
    if me.unit and other.unit and me.unit == other.unit:
        if me.year and other.year and me.year != other.year:
            return "跨时抄"
        return "同一单位"
    return "跨地抄"


def _short(name: str) -> str:
    name = name.strip("《》")
    return name.rsplit("/", 1)[-1]


def _merge(matches: list[Match]):
    """Overlapping or touching matched windows of one line become one passage."""
    by_line: dict[int, list[Match]] = {}
    for m in matches:
        by_line.setdefault(m.line, []).append(m)
    for line in sorted(by_line):
        group = sorted(by_line[line], key=lambda m: m.start)
        cur_start, cur_end, cur = group[0].start, group[0].end, [group[0]]
        for m in group[1:]:
            if m.start <= cur_end:
                cur_end = max(cur_end, m.end)
                cur.append(m)
            else:
                yield line, cur_start, cur_end, cur
                cur_start, cur_end, cur = m.start, m.end, [m]
        yield line, cur_start, cur_end, cur

"""wrong_year: a year or period that does not fit the report year.

Rules (report year Y):
- a heading of the achievements, shortcomings or leader-duty part naming a year other than Y, or
  a next-year heading naming a year other than Y+1 ("a heading with last year's number");
- in the achievements and leader-duty parts, a sentence about year Y-1 (or earlier) that never
  mentions Y, unless the year is a comparison, a start date or the date a rule was issued —
  last year's paragraph carried over (seed_anomalies.md 000-8);
- a plan whose period is over (七五普法 after 2020, 十三五 in 2021 work) cited in the report, or a
  titled plan (《…（2015—2020年）》) cited as current basis after its period;
- the report's own document number dated Y (or earlier): it was issued before the year ended, so
  its annual figures cannot be complete (seed_anomalies.md 004-2);
- an inspector-given year that differs from the year in the title.
"""

from __future__ import annotations

import re

from .. import data
from ..context import ReviewContext, iter_matches
from ..document import Finding

_YEAR = re.compile(r"(?<![\d〔（(])((?:19|20)\d{2})年")
_PERIOD = re.compile(r"\d{4}—\d{4}")


def check(ctx: ReviewContext) -> list[Finding]:
    year = ctx.who.year
    if not year:
        return []
    findings: list[Finding] = []
    findings += _headings(ctx, year)
    findings += _carried_over(ctx, year)
    findings += _plans(ctx, year)
    findings += _doc_number(ctx, year)
    findings += _title_year(ctx, year)
    return findings


def _headings(ctx: ReviewContext, year: int) -> list[Finding]:
    out = []
    for key, expected in (("achievements", year), ("shortcomings", year), ("leader_duties", year), ("next_year", year + 1)):
        part = ctx.parts[key]
        if not part.present or not part.line:
            continue
        text = ctx.doc.line(part.line)
        heading = part.heading or text
        for m in _YEAR.finditer(heading):
            found = int(m.group(1))
            if found != expected and not _PERIOD.search(heading[max(0, m.start() - 5):m.end()]):
                out.append(ctx.doc.finding(
                    "wrong_year", "error", part.line, m.group(0),
                    f"“{part.label}”部分的标题写的是{found}年，本报告是{year}年度报告，应为{expected}年。",
                    {"part": key, "found": found, "expected": expected, "report_year": year},
                ))
    return out


def _carried_over(ctx: ReviewContext, year: int) -> list[Finding]:
    cfg = data.load("periods")["earlier_year_ok"]
    before_ok, after_ok = data.rx(cfg["before"]), data.rx(cfg["after"])
    lines = [n for n in ctx.body_lines() if ctx.part_of(n) in ("achievements", "leader_duties")]
    out = []
    seen_sentences: set[tuple[int, int]] = set()
    for number, m in iter_matches(ctx, _YEAR, lines):
        found = int(m.group(1))
        if found >= year:
            continue
        text = ctx.doc.lines[number - 1]
        if before_ok.search(text[max(0, m.start() - 6):m.start()]) or after_ok.search(text[m.end():m.end() + 12]):
            continue
        if _PERIOD.search(text[max(0, m.start() - 5):m.end() + 5]) or _inside_title(text, m.start()):
            continue
        sentence = ctx.doc.sentence_at(number, m.start())
        if (number, sentence.start) in seen_sentences:
            continue
        seen_sentences.add((number, sentence.start))
        mentions_report_year = str(year) in sentence.text or "今年" in sentence.text or "本年" in sentence.text
        if mentions_report_year:
            continue
        severity = "error" if found == year - 1 else "warning"
        out.append(ctx.doc.finding(
            "wrong_year", severity, number, sentence.text.strip(),
            f"{year}年度报告的成效部分在讲{found}年的工作，这一段很可能是沿用了往年的报告。",
            {"found": found, "report_year": year, "part": ctx.part_of(number)},
        ))
    return out


def _inside_title(text: str, offset: int) -> bool:
    open_at = text.rfind("《", 0, offset)
    return open_at != -1 and text.find("》", open_at) > offset


def _plans(ctx: ReviewContext, year: int) -> list[Finding]:
    cfg = data.load("periods")
    out = []
    lines = ctx.body_lines()
    for plan in cfg["plans"]:
        for number, m in iter_matches(ctx, plan["pattern"], lines):
            part = ctx.part_of(number)
            limit = year + 1 if part == "next_year" else year
            if plan["end"] >= limit:
                continue
            out.append(ctx.doc.finding(
                "wrong_year", plan["severity"], number, m.group(0),
                f"“{plan['name']}”的期限是{plan['start']}—{plan['end']}年，"
                f"{'下一年度安排' if part == 'next_year' else str(year) + '年度的工作'}不应再以它为依据。",
                {"plan": plan["name"], "period": [plan["start"], plan["end"]], "report_year": year, "part": part},
            ))
    titled = data.rx(cfg["titled_period"])
    for number, m in iter_matches(ctx, titled, lines):
        start, end = int(m.group(2)), int(m.group(3))
        part = ctx.part_of(number)
        limit = year + 1 if part == "next_year" else year
        if end >= limit:
            # A plan not yet in force cannot be the basis of the reported year's work.
            if start > limit:
                out.append(ctx.doc.finding(
                    "wrong_year", "error", number, m.group(0),
                    f"{m.group(0)}的期限从{start}年开始，{year}年度报告的这一部分不可能以它为依据。",
                    {"period": [start, end], "report_year": year, "part": part},
                ))
            continue
        out.append(ctx.doc.finding(
            "wrong_year", "warning", number, m.group(0),
            f"{m.group(0)}的期限到{end}年已经结束，{year}年度报告仍以它为依据，请核实是否应引用新的规划。",
            {"period": [start, end], "report_year": year, "part": part},
        ))
    return out


def _doc_number(ctx: ReviewContext, year: int) -> list[Finding]:
    if not ctx.who.doc_number:
        return []
    number, text, doc_year = ctx.who.doc_number
    if doc_year > year:
        return []
    return [ctx.doc.finding(
        "wrong_year", "warning", number, text,
        f"报告文号是{doc_year}年的（{text}），说明{year}年度报告在年度结束前就已印发，全年数字不可能完整。",
        {"doc_number": text, "doc_year": doc_year, "report_year": year},
    )]


def _title_year(ctx: ReviewContext, year: int) -> list[Finding]:
    text_year = ctx.who.sources.get("text_year")
    if ctx.who.sources.get("year") != "override" or not text_year or int(text_year) == year:
        return []
    line = ctx.who.title_line
    if not line:
        return []
    m = re.search(text_year + "年", ctx.doc.line(line))
    if not m:
        return []
    return [ctx.doc.finding(
        "wrong_year", "error", line, m.group(0),
        f"督察员指定的报告年度是{year}年，但报告标题写的是{text_year}年。",
        {"found": int(text_year), "report_year": year},
    )]

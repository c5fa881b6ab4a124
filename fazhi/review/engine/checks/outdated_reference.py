"""outdated_reference: a law, regulation, plan, body or slogan that was repealed or superseded by
the report year, a document cited with the wrong number or title, an official name written
wrongly, or a document number without the 〔〕 brackets of GB/T 9704.

The reference list is data (references.yaml), each entry with its source; for instance the
行政监察法, repealed on 2018-03-20 by 监察法 Art. 69 (seed_anomalies.md 002-4), and
《法治政府建设与责任落实督察工作规定》, 厅字〔2019〕28号 (statutes.md §1; seed 000-12).
"""

from __future__ import annotations

import re

from .. import data
from ..context import ReviewContext, in_title_quote, iter_matches
from ..document import Finding

# Issuer abbreviations of a document number are made of these characters (中办发, 国办发, 厅字, 渝府发…).
_NUMBER_NEAR = re.compile(r"[中国办发厅字函府委政党文令市区县镇局司部院渝粤]{0,8}〔\d{4}〕\d{1,4}号|国务院令第\d+号")


def check(ctx: ReviewContext) -> list[Finding]:
    refs = data.load("references")
    findings: list[Finding] = []
    findings += _outdated(ctx, refs["outdated"])
    findings += _documents(ctx, refs["documents"])
    findings += _wrong_names(ctx, refs["wrong_names"])
    findings += _brackets(ctx, refs["document_number_wrong_brackets"])
    return findings


def _outdated(ctx: ReviewContext, entries: list[dict]) -> list[Finding]:
    year = ctx.who.year
    out: list[Finding] = []
    lines = ctx.body_lines()
    for entry in entries:
        if year is not None and year < entry["since"]:
            continue
        hits = list(iter_matches(ctx, entry["pattern"], lines))
        if entry.get("once") and hits:
            hits = hits[:1]
        count = len(list(iter_matches(ctx, entry["pattern"], lines))) if entry.get("once") else 1
        for number, m in hits:
            message = entry["message"].format(
                name=entry["name"], match=m.group(0), year=year or "本", replaced_by=entry["replaced_by"], count=count
            )
            out.append(ctx.doc.finding(
                "outdated_reference", entry["severity"], number, m.group(0), message,
                {
                    "reference": entry["name"],
                    "kind": entry["kind"],
                    "out_of_date_since": entry.get("repealed"),
                    "replaced_by": entry["replaced_by"],
                    "source": entry["source"],
                    "occurrences": count,
                },
            ))
    return out


def _documents(ctx: ReviewContext, documents: list[dict]) -> list[Finding]:
    """A cited document's number, found within 30 characters of its title, must be its own."""
    out: list[Finding] = []
    for entry in documents:
        for title_rx in entry["titles"]:
            for number, m in iter_matches(ctx, title_rx, ctx.body_lines()):
                text = ctx.doc.lines[number - 1]
                window_start = max(0, m.start() - 30)
                window = text[window_start:m.end() + 30]
                for n in _NUMBER_NEAR.finditer(window):
                    cited = n.group(0)
                    if entry["number"] in cited:
                        continue
                    # Only a number of the same serial form can be a mis-citation of this
                    # document; a 国务院令 next to a 〔〕 number is another document.
                    if ("〔" in entry["number"]) != ("〔" in cited):
                        continue
                    out.append(ctx.doc.finding(
                        "outdated_reference", "error", number, cited,
                        f"《{entry['correct_title']}》的文号是{entry['number']}（{entry['issuer']}印发），"
                        f"报告写成了“{cited}”。",
                        {"document": entry["correct_title"], "correct_number": entry["number"],
                         "cited_number": cited, "source": entry["source"]},
                    ))
    return out


def _wrong_names(ctx: ReviewContext, entries: list[dict]) -> list[Finding]:
    out: list[Finding] = []
    for entry in entries:
        seen = 0
        for number, m in iter_matches(ctx, entry["pattern"], ctx.body_lines()):
            seen += 1
            if seen > 1:
                continue  # one finding per name; the count is in the evidence of the first
            out.append(ctx.doc.finding(
                "outdated_reference", entry["severity"], number, m.group(0),
                f"名称有误：“{m.group(0)}”应为“{entry['correct']}”。",
                {"correct": entry["correct"], "source": entry["source"]},
            ))
        if seen > 1:
            out[-1].evidence["occurrences"] = seen
    return out


def _brackets(ctx: ReviewContext, pattern: str) -> list[Finding]:
    out: list[Finding] = []
    for number, m in iter_matches(ctx, pattern, ctx.body_lines()):
        if in_title_quote(ctx.doc.lines[number - 1], m.start(), m.end()):
            continue
        out.append(ctx.doc.finding(
            "outdated_reference", "info", number, m.group(0),
            f"文号“{m.group(0)}”的年份应使用六角括号〔〕（GB/T 9704—2012《党政机关公文格式》）。",
            {"source": "GB/T 9704—2012 7.2.4"},
        ))
    return out

"""missing_part: the statutory parts of the annual report (statutes.md §1; 《法治政府建设与责任落实
督察工作规定》, 厅字〔2019〕28号) — found or not, and whether the found ones do their job.

- a required part (举措和成效, 不足和原因, 第一责任人履职, 下一年度安排) that is absent: error
  (seed_anomalies.md 001-1). "其他需要报告的情况" is optional in practice and never a finding;
- a part found only as a subheading of another part, or only by its content: info (seed 003-6);
- the shortcomings part gives no cause at all: warning; causes for fewer than half its items:
  info (seeds 000-17, 001-2, 003-5, 004-8) — the statute asks for "不足和原因";
- the leader-duty part states no fact with a figure (no meeting, study session or 述法 counted):
  warning (seed 000-14);
- the achievements are written as a plan for the reported year ("计划在2020年……"): warning
  (seed 000-10);
- the next-year part sets no measurable target: info;
- two consecutive top-level headings with the same number ("二、主要工作举措" … "二、存在的问题"):
  info — a part was dropped or merged when the report was assembled (seed 001-2).
"""

from __future__ import annotations

from .. import data
from ..context import ReviewContext
from ..document import Finding
from ..structure import item_count, lines_of, reason_count

# The statute's order, used to say where a missing part was expected.
STATUTORY_ORDER = ("achievements", "shortcomings", "leader_duties", "next_year")


def check(ctx: ReviewContext) -> list[Finding]:
    findings: list[Finding] = []
    findings += _absent(ctx)
    findings += _placement(ctx)
    findings += _shortcomings_without_reasons(ctx)
    findings += _leader_duties_without_facts(ctx)
    findings += _plans_in_results(ctx)
    findings += _next_year_without_targets(ctx)
    findings += _repeated_numbers(ctx)
    return findings


def _repeated_numbers(ctx: ReviewContext) -> list[Finding]:
    body = set(ctx.body_lines())
    top = [h for h in ctx.doc.headings if h.level == 1 and h.line in body]
    out = []
    for prev, h in zip(top, top[1:]):
        if h.marker != prev.marker:
            continue
        quote = ctx.doc.line(h.line).split("。", 1)[0]
        out.append(ctx.doc.finding(
            "missing_part", "info", h.line, quote,
            f"一级标题的序号重复：第{prev.line}行和第{h.line}行都是“{h.marker}”。"
            f"请核实是否漏掉或合并了一个部分，编号是否有误。",
            {"part": ctx.part_of(h.line), "repeated": h.marker, "previous_line": prev.line},
        ))
    return out


def _anchor(ctx: ReviewContext, missing: str) -> tuple[int | None, str]:
    order = list(STATUTORY_ORDER)
    i = order.index(missing)
    for key in order[i + 1:] + list(reversed(order[:i])):
        part = ctx.parts[key]
        if part.present and part.line:
            return part.line, ctx.doc.line(part.line).split("。", 1)[0]
    if ctx.who.title_line:
        return ctx.who.title_line, ctx.doc.line(ctx.who.title_line)
    if ctx.doc.lines:
        return 1, ctx.doc.lines[0]
    return None, ""


def _absent(ctx: ReviewContext) -> list[Finding]:
    out = []
    for key in STATUTORY_ORDER:
        part = ctx.parts[key]
        if part.present or (key == "achievements" and part.via == "implicit" and part.end):
            continue
        line, quote = _anchor(ctx, key)
        out.append(ctx.doc.finding(
            "missing_part", "error", line, quote,
            f"报告缺少法定内容“{part.label}”（《法治政府建设与责任落实督察工作规定》要求年度报告包括这一部分）。",
            {"part": key, "label": part.label, "source": "statutes.md §1（厅字〔2019〕28号）"},
        ))
    return out


def _placement(ctx: ReviewContext) -> list[Finding]:
    out = []
    for key in STATUTORY_ORDER:
        part = ctx.parts[key]
        if not part.present or part.via == "heading" or not part.line:
            continue
        heading = part.heading or ctx.doc.line(part.line)
        if part.via == "subheading":
            message = f"“{part.label}”没有单列一部分，只作为小标题写在其他部分之下。"
        else:
            message = f"“{part.label}”的标题没有写明，按内容认定在这一部分。"
        out.append(ctx.doc.finding(
            "missing_part", "info", part.line, heading, message, {"part": key, "found_by": part.via},
        ))
    return out


def _part_text(ctx: ReviewContext, key: str) -> str:
    """The part's text without its heading words ("存在的不足和原因" names 原因 without giving one)."""
    part = ctx.parts[key]
    out = []
    for n in lines_of(ctx.parts, key):
        text = ctx.doc.lines[n - 1]
        if n == part.line and part.heading and text.startswith(part.heading):
            text = text[len(part.heading):]
        out.append(text)
    return "\n".join(out)


def _shortcomings_without_reasons(ctx: ReviewContext) -> list[Finding]:
    part = ctx.parts["shortcomings"]
    if not part.present or not part.line:
        return []
    text = _part_text(ctx, "shortcomings")
    reasons = reason_count(text)
    items = item_count(text)
    heading = ctx.doc.line(part.line).split("。", 1)[0]
    if reasons == 0:
        return [ctx.doc.finding(
            "missing_part", "warning", part.line, heading,
            "“存在的不足和原因”只列了问题，没有分析任何原因。",
            {"part": "shortcomings", "items": items, "reasons": 0},
        )]
    if items >= 3 and reasons * 2 < items:
        return [ctx.doc.finding(
            "missing_part", "info", part.line, heading,
            f"“存在的不足和原因”列了{items}个问题，只有{reasons}处说明了原因。",
            {"part": "shortcomings", "items": items, "reasons": reasons},
        )]
    return []


def _leader_duties_without_facts(ctx: ReviewContext) -> list[Finding]:
    part = ctx.parts["leader_duties"]
    if not part.present or not part.line:
        return []
    own = set(lines_of(ctx.parts, "leader_duties"))
    if any(f.line in own for f in ctx.figures) or any(
        data.rx(r"\d{1,2}月\d{1,2}日|第\d+次").search(ctx.doc.lines[n - 1]) for n in own
    ):
        return []
    return [ctx.doc.finding(
        "missing_part", "warning", part.line, (part.heading or ctx.doc.line(part.line)),
        "“党政主要负责人履行推进法治建设第一责任人职责”部分没有任何具体事实（主持会议、专题学法、述法的次数或日期），"
        "只有原则性表述。",
        {"part": "leader_duties", "figures": 0},
    )]


def _plans_in_results(ctx: ReviewContext) -> list[Finding]:
    year = ctx.who.year
    if not year:
        return []
    rx = data.rx(data.load("periods")["plan_in_results"].replace("{year}", str(year)))
    out = []
    for number in lines_of(ctx.parts, "achievements"):
        for m in rx.finditer(ctx.doc.lines[number - 1]):
            sentence = ctx.doc.sentence_at(number, m.start())
            out.append(ctx.doc.finding(
                "missing_part", "warning", number, sentence.text,
                f"“主要举措和成效”部分写的是{year}年的计划（“{m.group(0)}”），不是已经做到的成效。",
                {"part": "achievements", "phrase": m.group(0)},
            ))
    return out


def _next_year_without_targets(ctx: ReviewContext) -> list[Finding]:
    part = ctx.parts["next_year"]
    if not part.present or not part.line:
        return []
    own = set(lines_of(ctx.parts, "next_year"))
    if any(f.line in own for f in ctx.figures):
        return []
    return [ctx.doc.finding(
        "missing_part", "info", part.line, ctx.doc.line(part.line).split("。", 1)[0],
        "“下一年度安排”没有任何可衡量的目标（数量、比例或完成时间）。",
        {"part": "next_year", "figures": 0},
    )]

"""inconsistent_figure: figures that cannot all be true as stated.

Rules, each within one sentence unless said otherwise:
- rate vs counts: a rate (…率 X%) stated with the counts it is computed from must be reproducible
  from them with the report's own rounding (204/215 → 95%); with a single count N, some whole
  number out of N must give X% (95.2% of 194 is impossible — seed_anomalies.md 003-1);
- ambiguous base: a rate after two counts of the same kind where the later is larger, so it cannot
  be part of the earlier (77起…96件…100% — seed 001-7);
- a part larger than its whole ("N项…中有M项", "总数T，其中M");
- parts that do not add up: "总数T，其中A、B、C" with parallel parts whose sum differs from T
  (1838场 vs 690+84+242+633=1649 — seed 003-2); 余/近/约 are intervals, never a finding by themselves;
- a figure dated after the report's cut-off (the signing date), or annual figures counted only to
  an earlier month ("截止11月底" — seed 004-2);
- issued vs filed: fewer normative documents filed (报备) than published (seed 003-3);
- one activity's total told twice with figures that disagree (清理……共计124件 vs 清理出94件、
  24件 — seed 003-3), across sentences of the achievements.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import data
from ..context import ReviewContext
from ..document import Finding, Sentence
from ..figures import Figure, fmt, interval_sum, nearest_counts, rate_feasible, rate_matches
from ..structure import lines_of

_COUNT_FAMILIES = {"cases", "people", "bodies", "items", "sessions", "copies", "households", "vehicles"}
_SUBSET = re.compile(r"(\d+)([项个件名人家起宗])[^，。；]{0,24}?中(?:有|的|共)?(\d+)([项个件名人家起宗])")
_CUTOFF = re.compile(r"截[至止](?:((?:19|20)\d{2})年)?(\d{1,2})月(底|末|\d{1,2}日)?")
_DATED = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?")


def check(ctx: ReviewContext) -> list[Finding]:
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in ctx.figures:
        s = ctx.doc.sentence_at(f.line, f.start)
        by_sentence.setdefault((s.line, s.start), []).append(f)
    findings: list[Finding] = []
    for (line, start), figs in by_sentence.items():
        sentence = ctx.doc.sentence_at(line, start)
        findings += _rates(ctx, sentence, figs)
        findings += _parts(ctx, sentence, figs)
    findings += _subsets(ctx)
    findings += _cutoff(ctx)
    findings += _filing(ctx)
    findings += _related_totals(ctx)
    return findings


# -- rates ----------------------------------------------------------------------------------------

def _rates(ctx: ReviewContext, sentence: Sentence, figs: list[Figure]) -> list[Finding]:
    cfg = data.load("figures")
    label_rx, change_rx, bound_rx = data.rx(cfg["rate_label"]), data.rx(cfg["change_context"]), data.rx(cfg["bound_after"])
    text = ctx.doc.line(sentence.line)
    out: list[Finding] = []
    for i, rate in enumerate(figs):
        if not rate.is_rate or not rate.exact:
            continue
        prev_end = figs[i - 1].end if i else sentence.start
        lead = text[prev_end:rate.start]
        if not label_rx.search(lead) or change_rx.search(lead + rate.text) or bound_rx.match(text[rate.end:]):
            continue
        counts = [f for f in figs[:i] if not f.is_rate and f.family in _COUNT_FAMILIES]
        # Counts before an earlier rate belong to that rate ("…204件，成功率95%。满意率91%").
        earlier_rates = [j for j in range(i) if figs[j].is_rate]
        if earlier_rates:
            cut = figs[earlier_rates[-1]].end
            counts = [f for f in counts if f.start > cut]
        if not counts:
            continue
        quote = text[counts[0].start:rate.end]
        same = [f for f in counts if f.family == counts[-1].family]
        if len(same) >= 2:
            whole, part = same[-2], same[-1]
            if whole.exact and part.exact:
                if part.value <= whole.value:
                    if not rate_matches(int(part.value), int(whole.value), rate.value, rate.decimals):
                        actual = round(part.value * 100 / whole.value, max(rate.decimals, 1))
                        out.append(_finding(ctx, "error", sentence.line, quote,
                            f"{fmt(part.value)}÷{fmt(whole.value)}={actual}%，与报告的{rate.text}不符。",
                            {"rate": rate.text, "numerator": part.text, "denominator": whole.text, "computed": actual}))
                    continue
                # The later count is larger, so it is not a part of the earlier one: which of the
                # two is the rate's base?
                out.append(_finding(ctx, "warning", sentence.line, quote,
                    f"{rate.text}的基数不明：{part.text}大于{whole.text}，不可能是其中一部分，"
                    f"报告应说明比率是按哪个数计算的。",
                    {"rate": rate.text, "counts": [whole.text, part.text]}))
                continue
        base = counts[-1]
        # A lone count is the rate's base only when the rate follows it in the very next clause
        # ("年检社会组织194个，合格率95.2%").
        if len(re.findall(r"[，。；：！？、]", text[base.end:rate.start])) > 1:
            continue
        if base.exact and base.value >= 1 and not rate_feasible(int(base.value), rate.value, rate.decimals):
            near = nearest_counts(int(base.value), rate.value)
            detail = "，".join(f"{k}个为{r}%" for k, r in near)
            out.append(_finding(ctx, "error", sentence.line, text[base.start:rate.end],
                f"{base.text}中没有任何整数个能得出{rate.text}（{detail}）。",
                {"rate": rate.text, "base": base.text, "nearest": near}))
    return out


# -- parts and wholes -------------------------------------------------------------------------------

def _items_after(text: str, start: int, end: int, separators: str = r"[，、；]") -> list[tuple[int, int, str]]:
    """Clause items of text[start:end] (after 其中, by default split at ，、；); each item with its
    span and separator."""
    items = []
    pos = start
    for m in re.finditer(separators, text[start:end]):
        items.append((pos, start + m.start(), m.group(0)))
        pos = start + m.end()
    items.append((pos, end, ""))
    return items


def _common_suffix(labels: list[str]) -> int:
    if not labels:
        return 0
    n = 0
    shortest = min(len(x) for x in labels)
    while n < shortest and len({x[len(x) - n - 1] for x in labels}) == 1:
        n += 1
    return n


def _parts(ctx: ReviewContext, sentence: Sentence, figs: list[Figure]) -> list[Finding]:
    text = ctx.doc.line(sentence.line)
    out: list[Finding] = []
    for m in re.finditer(data.load("figures")["part_lead"], sentence.text):
        at = sentence.start + m.start()
        totals = [f for f in figs if f.end <= at and not f.is_rate]
        after = [f for f in figs if f.start >= at and not f.is_rate]
        if not totals or not after:
            continue
        items = _items_after(text, at + len(m.group(0)), sentence.end)
        for total in _last_per_unit(totals):
            parts = [f for f in after if f.unit == total.unit]
            if not parts:
                continue
            first = parts[0]
            if first.low > total.high:
                out.append(_finding(ctx, "error", sentence.line, text[total.start:first.end],
                    f"“其中”的部分{first.text}大于总数{total.text}。",
                    {"total": total.text, "part_figure": first.text}))
                continue
            # Parallel parts only: one figure per clause, the clauses listed with 、 or sharing
            # the same ending ("干部法治教育…青少年法治教育…").
            part_items = [next((it for it in items if it[0] <= f.start < it[1]), None) for f in parts]
            if len(parts) < 2 or None in part_items or len(set(part_items)) != len(parts):
                continue
            labels = [re.sub(r"\d.*$", "", text[it[0]:f.start]) for it, f in zip(part_items, parts)]
            listed = all(it[2] == "、" for it in part_items[:-1])
            if not listed and _common_suffix(labels) < 2:
                continue
            low, high = interval_sum(parts)
            quote = text[total.start:parts[-1].end]
            shown = "+".join(fmt(p.value) for p in parts)
            if low > total.high:
                out.append(_finding(ctx, "error", sentence.line, quote,
                    f"各部分之和（{shown}={fmt(low)}）大于总数{total.text}。",
                    {"total": total.text, "parts": [p.text for p in parts], "sum": [low, high]}))
            elif high < total.low:
                out.append(_finding(ctx, "warning", sentence.line, quote,
                    f"各部分之和（{shown}={fmt(high)}）比总数{total.text}少{fmt(total.low - high)}，"
                    f"报告应说明差额是什么。",
                    {"total": total.text, "parts": [p.text for p in parts], "sum": [low, high],
                     "gap": total.low - high}))
    return out


def _last_per_unit(figs: list[Figure]) -> list[Figure]:
    last: dict[str, Figure] = {}
    for f in figs:
        last[f.unit] = f
    return list(last.values())


def _subsets(ctx: ReviewContext) -> list[Finding]:
    out = []
    for number, text in enumerate(ctx.doc.lines, 1):
        for m in _SUBSET.finditer(text):
            whole, part = int(m.group(1)), int(m.group(3))
            if m.group(2) == m.group(4) and part > whole:
                out.append(_finding(ctx, "error", number, m.group(0),
                    f"部分（{part}{m.group(4)}）大于整体（{whole}{m.group(2)}）。",
                    {"whole": whole, "subset": part}))
    return out


# -- dates --------------------------------------------------------------------------------------------

def _cutoff(ctx: ReviewContext) -> list[Finding]:
    year = ctx.who.year
    if not year:
        return []
    limit = ctx.who.signed or dt.date(year + 1, 3, 31)
    lines_with_figures = {f.line for f in ctx.figures}
    out = []
    for number in ctx.body_lines():
        if ctx.part_of(number) not in ("achievements", "leader_duties") or number not in lines_with_figures:
            continue
        text = ctx.doc.lines[number - 1]
        for m in _CUTOFF.finditer(text):
            y = int(m.group(1)) if m.group(1) else year
            month = int(m.group(2))
            if y == year and month < 12:
                out.append(_finding(ctx, "warning", number, m.group(0),
                    f"{year}年度报告的数字只统计到{month}月{'底' if m.group(3) in ('底', '末', None) else m.group(3)}，"
                    f"不是全年数字。",
                    {"cutoff_month": month, "report_year": year}))
        for m in _DATED.finditer(text):
            try:
                when = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
            except ValueError:
                continue
            if when > limit:
                out.append(_finding(ctx, "error", number, m.group(0),
                    f"成效部分的{m.group(0)}晚于报告的截止日期（{limit.isoformat()}）。",
                    {"date": when.isoformat(), "cutoff": limit.isoformat()}))
    return out


def _filing(ctx: ReviewContext) -> list[Finding]:
    out = []
    for rule in data.load("figures")["filing_pairs"]:
        issued_rx, filed_rx, topic = data.rx(rule["issued"]), data.rx(rule["filed"]), rule["topic"]
        by_line: dict[int, list[Figure]] = {}
        for f in ctx.figures:
            by_line.setdefault(f.line, []).append(f)
        for number, figs in by_line.items():
            if topic not in ctx.doc.lines[number - 1]:
                continue
            issued = [f for f in figs if f.exact and issued_rx.search(f.label) and not filed_rx.search(f.label)]
            filed = [f for f in figs if f.exact and filed_rx.search(f.label)]
            if issued and filed and filed[0].family == issued[0].family and filed[0].value < issued[0].value:
                a, b = issued[0], filed[0]
                text = ctx.doc.lines[number - 1]
                out.append(_finding(ctx, "warning", number, text[min(a.start, b.start):max(a.end, b.end)],
                    f"规范性文件公开发布{a.text}，报备只有{b.text}：有{fmt(a.value - b.value)}件已发布的文件没有报备，"
                    f"或者报告应说明差额的原因。",
                    {"issued": a.text, "filed": b.text}))
    return out


_TOTAL_WORD = re.compile(r"(?:共计|合计|总计|累计|共)$")


def _related_totals(ctx: ReviewContext) -> list[Finding]:
    out = []
    lines = set(lines_of(ctx.parts, "achievements", "leader_duties"))
    for rule in data.load("figures")["related_totals"]:
        anchor_rx, units = data.rx(rule["anchor"]), set(rule["units"])
        statements = []
        for sentence in ctx.doc.sentences:
            if sentence.line not in lines or not anchor_rx.search(sentence.text):
                continue
            stated = _statement(ctx, sentence, anchor_rx, units)
            if stated is not None:
                statements.append(stated)
        for i, a in enumerate(statements):
            b = next((b for b in statements[i + 1:] if b[3] < a[2] or b[2] > a[3]), None)
            if b is None:
                continue
            out.append(_finding(ctx, "warning", a[0], a[1],
                f"{rule['topic']}的总数前后不一致：这里是{a[4]}，第{b[0]}行“{b[1]}”是{b[4]}；"
                f"报告应说明两个数字的关系。",
                {"topic": rule["topic"], "totals": [a[2], b[2]] if a[2] == a[3] and b[2] == b[3] else
                 [[a[2], a[3]], [b[2], b[3]]], "other": {"line": b[0], "text": b[1]}}))
            break
    return out


def _statement(ctx: ReviewContext, sentence: Sentence, anchor_rx, units: set[str]):
    """(line, quote, low, high, description) of the activity's total stated in ``sentence``."""
    text = ctx.doc.line(sentence.line)
    figs = [f for f in ctx.figures if f.line == sentence.line and sentence.start <= f.start < sentence.end
            and f.unit in units and not f.is_rate]
    if not figs:
        return None
    # Clauses at ，；： only: 、 lists the things counted ("规章、规范性文件……共计124件").
    bounds = [(s, e) for s, e, _ in _items_after(text, sentence.start, sentence.end, r"[，；：]")]
    in_clause = [[f for f in figs if s <= f.start < e] for s, e in bounds]
    first = next((i for i, (s, e) in enumerate(bounds) if in_clause[i] and anchor_rx.search(text[s:e])), None)
    if first is None:
        return None
    taken = []
    for clause in in_clause[first:]:
        if not clause:
            break
        taken += clause
    # The quote runs from the anchor ("清理……") or, when the clause names it after the count, the count.
    start = min(anchor_rx.search(text, bounds[first][0], bounds[first][1]).start(), taken[0].start)
    quote = text[start:taken[-1].end]
    total = next((f for f in taken if _TOTAL_WORD.search(text[max(0, f.start - 2):f.start])), None)
    if total is None and "其中" in text[taken[0].end:sentence.end]:
        total = taken[0]
    if total is not None or len(taken) == 1:
        total = total or taken[0]
        return sentence.line, quote, total.low, total.high, total.text
    low, high = interval_sum(taken)
    shown = "+".join(f.text for f in taken)
    return sentence.line, quote, low, high, f"{shown}={fmt(low) if low == high else fmt(low) + '多'}{taken[0].unit}"


def _finding(ctx: ReviewContext, severity: str, line: int, quote: str, message: str, evidence: dict) -> Finding:
    return ctx.doc.finding("inconsistent_figure", severity, line, quote, message,
                           {**evidence, "part": ctx.part_of(line)})

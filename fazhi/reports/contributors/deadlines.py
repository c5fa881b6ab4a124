"""Part C from the statutory clocks: overdue items of the year, by rule (a computed weak spot, not a slogan)."""

from __future__ import annotations

from collections import Counter

from fazhi.reports.contrib import Paragraph, fig, mark


def paragraphs(unit, year, rollup) -> list[Paragraph]:
    from fazhi.deadlines.models import Deadline
    from fazhi.deadlines.services import rules

    overdue = fig("deadlines.overdue", unit, year, rollup)
    if overdue is None or not overdue.value:
        return []
    names = Counter()
    for d in Deadline.objects.filter(pk__in=overdue.record_ids):
        rule = rules().get(d.rule_id)
        names[rule.name if rule else d.label.split("：")[0]] += 1
    detail = "、".join(f"{name}{n}项" for name, n in names.most_common())
    text = f"法定期限管理仍有疏漏。{year}年有{mark('deadlines.overdue', overdue.value)}项法定期限逾期（{detail}）"
    uses = ["deadlines.overdue"]
    rate = fig("deadlines.on_time_rate", unit, year, rollup)
    if rate is not None and rate.value is not None:
        text += f"，全年法定期限按期办结率为{mark('deadlines.on_time_rate', rate.value)}%"
        uses.append("deadlines.on_time_rate")
    text += "。"
    return [Paragraph(section="C", text=text, order=50, uses=tuple(uses))]

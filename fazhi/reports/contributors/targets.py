"""Part C from the rates that missed their targets (``Indicator.target`` or the setting ``reports.rate_targets``)."""

from __future__ import annotations

from fazhi.core.settings_registry import get_setting
from fazhi.reports.contrib import Paragraph, fig, fmt_number, mark


def target_for(ind) -> float | None:
    local = get_setting("reports.rate_targets") or {}
    if ind.key in local:
        return float(local[ind.key])
    return ind.target


def missed(ind, value) -> bool:
    target = target_for(ind)
    if target is None or value is None or value.value is None:
        return False
    return value.value < target if ind.higher_is_better else value.value > target


def paragraphs(unit, year, rollup) -> list[Paragraph]:
    from fazhi.indicators.registry import indicators_sorted

    items, uses = [], []
    for ind in indicators_sorted():
        if not ind.is_rate or target_for(ind) is None:
            continue
        value = fig(ind.key, unit, year, rollup)
        if missed(ind, value):
            word = "低于" if ind.higher_is_better else "高于"
            items.append(f"{ind.name}为{mark(ind.key, value.value)}%，{word}{fmt_number(target_for(ind))}%的工作目标")
            uses.append(ind.key)
    if not items:
        return []
    return [Paragraph(section="C", text=f"部分工作指标未达到目标：{'；'.join(items)}。", order=60, uses=tuple(uses))]

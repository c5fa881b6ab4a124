"""An indicator's query in words a clerk can check: which ledger, which units, which period, which records."""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q

from .registry import Indicator

LOOKUPS = {
    "exact": "为", "in": "属于", "gt": "大于", "gte": "不少于", "lt": "小于", "lte": "不超过",
    "isnull": "为空", "contains": "包含", "icontains": "包含", "startswith": "以…开头", "year": "年份为",
}
KIND_LABELS = {"count": "计数", "sum": "求和", "rate": "比率", "ratio": "比率（合计之比）", "custom": "专门算法"}


def _field_path(model, path: list[str]):
    """Walk ``a__b__c`` through relations; returns (field labels, last field, lookup)."""
    labels, field, lookup = [], None, "exact"
    current = model
    for i, part in enumerate(path):
        try:
            field = current._meta.get_field(part)
        except (FieldDoesNotExist, AttributeError):
            lookup = part if i == len(path) - 1 else lookup
            break
        labels.append(str(getattr(field, "verbose_name", part)))
        if getattr(field, "related_model", None) is not None and i < len(path) - 1:
            current = field.related_model
    return labels, field, lookup


def _value_text(field, value) -> str:
    choices = dict(getattr(field, "flatchoices", None) or [])
    if isinstance(value, (list, tuple, set, frozenset)):
        return "、".join(f"“{choices.get(v, v)}”" for v in value)
    if value is True:
        return "是"
    if value is False:
        return "否"
    return f"“{choices.get(value, value)}”"


def q_to_text(model, q: Q | None) -> str:
    """Best-effort Chinese reading of a Q object (field verbose names and choice labels)."""
    if q is None or not q.children:
        return ""
    parts = []
    for child in q.children:
        if isinstance(child, Q):
            inner = q_to_text(model, child)
            parts.append(f"（{inner}）" if len(child.children) > 1 else inner)
            continue
        lookup_path, value = child
        labels, field, lookup = _field_path(model, lookup_path.split("__"))
        name = "的".join(labels) or lookup_path
        if lookup == "isnull":
            parts.append(f"{name}{'为空' if value else '不为空'}")
        else:
            parts.append(f"{name}{LOOKUPS.get(lookup, lookup)}{_value_text(field, value)}")
    text = ("，且" if q.connector == "AND" else "，或").join(parts)
    return f"不满足（{text}）" if q.negated else text


def describe(ind: Indicator, *, unit=None, year=None, start=None, end=None, rollup: bool = False) -> str:
    """The query behind a figure, in Chinese (shown on the records page and frozen with a report)."""
    meta = ind.model._meta
    lines = [f"台账：{meta.verbose_name_plural}（{ind.model_label}）；算法：{KIND_LABELS.get(ind.kind, ind.kind)}"]
    if unit is not None:
        lines.append(f"范围：{unit.display_name}{'及其全部下级单位（汇总）' if rollup else '本级及所属村（社区）'}")
    if ind.date_field:
        label = ind.date_field
        try:
            label = str(meta.get_field(ind.date_field.split("__")[0]).verbose_name)
        except FieldDoesNotExist:
            pass
        period = []
        if year is not None:
            period.append(f"{year}年")
        if start is not None or end is not None:
            period.append(f"{start or '……'} 至 {end or '……'}")
        if period:
            lines.append(f"期间：{'，'.join(period)}（按“{label}”）")
    lines.append("不含已作废的记录")
    if ind.base is not None and ind.base.children:
        lines.append(f"条件：{q_to_text(ind.model, ind.base)}")
    if ind.kind == "rate":
        if ind.denominator is not None and ind.denominator.children:
            lines.append(f"分母：{q_to_text(ind.model, ind.denominator)}")
        if ind.numerator is not None:
            lines.append(f"分子：分母中{q_to_text(ind.model, ind.numerator)}")
    if ind.kind == "sum" and ind.sum_field:
        lines.append(f"求和字段：{_label(ind.model, ind.sum_field)}")
    if ind.kind == "ratio":
        lines.append(f"分子：{_label(ind.model, ind.numerator_sum)}合计；分母：{_label(ind.model, ind.denominator_sum)}合计")
    if ind.convention:
        lines.append(f"口径：{ind.convention}")
    if ind.statute:
        lines.append(f"依据：{ind.statute}")
    return "；".join(lines) + "。"


def _label(model, name: str | None) -> str:
    if not name:
        return ""
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name

"""Indicators are declared once, next to the ledger they count (``<app>/indicators.py``).

    declare(Indicator(
        key="disputes.resolution_rate", name="调解成功率", unit="%",
        model=Dispute, date_field="screened_on",
        base=Q(...),                     # which live records are in scope at all (optional)
        kind="rate", numerator=Q(outcome="resolved"), denominator=Q(state__in=[...]),
        rounding=1, statute="GLOSSARY: 调解成功率 = resolved ÷ mediated", section="A.disputes",
    ))

Kinds: ``count`` (records matching ``base``), ``sum`` (``Sum(field)`` over them), ``rate`` (numerator ÷
denominator, both subsets of ``base``, × 100), ``custom`` (``func(qs) -> Value``). Every value keeps the
ids of the records behind it (provenance). A rolled-up value is recomputed from the summed records of
the subtree, never averaged (issue 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from django.db.models import Q, Sum

INDICATORS: dict[str, "Indicator"] = {}


@dataclass
class Value:
    value: float | int | None
    numerator: float | int | None = None
    denominator: float | int | None = None
    record_ids: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator,
                "records": len(self.record_ids)}


@dataclass
class Indicator:
    key: str
    name: str
    unit: str
    model: type
    kind: str = "count"                     # count | sum | rate | custom
    date_field: str | None = None           # puts a record in a year / date range
    base: Q = field(default_factory=Q)
    numerator: Q | None = None
    denominator: Q | None = None
    sum_field: str | None = None
    func: Callable | None = None            # custom: func(qs) -> Value
    rounding: int = 1
    statute: str = ""
    section: str = ""                       # which report section uses it, e.g. "A.disputes"
    convention: str = ""                    # how a rate is defined, written beside the figure
    scope_field: str = "unit"

    def round(self, x):
        if x is None:
            return None
        if self.rounding == 0:
            return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        q = Decimal(1).scaleb(-self.rounding)
        return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def declare(indicator: Indicator) -> Indicator:
    INDICATORS[indicator.key] = indicator
    return indicator


def queryset_for(ind: Indicator, units, *, year: int | None = None, start: dt.date | None = None, end: dt.date | None = None):
    """Live records of ``ind.model`` in ``units`` (a Unit queryset or list) and the period."""
    qs = ind.model.objects.live().filter(**{f"{ind.scope_field}__in": units}).filter(ind.base)
    if ind.date_field:
        if year is not None:
            qs = qs.filter(**{f"{ind.date_field}__year": year})
        if start is not None:
            qs = qs.filter(**{f"{ind.date_field}__gte": start})
        if end is not None:
            qs = qs.filter(**{f"{ind.date_field}__lte": end})
    return qs


def evaluate(ind: Indicator, qs) -> Value:
    if ind.kind == "count":
        ids = list(qs.values_list("pk", flat=True).distinct())
        return Value(len(ids), record_ids=ids)
    if ind.kind == "sum":
        ids = list(qs.values_list("pk", flat=True).distinct())
        total = ind.model.objects.filter(pk__in=ids).aggregate(s=Sum(ind.sum_field))["s"] or 0
        total = float(total) if isinstance(total, Decimal) else total
        return Value(ind.round(total) if isinstance(total, float) else total, record_ids=ids)
    if ind.kind == "rate":
        den_qs = qs.filter(ind.denominator) if ind.denominator is not None else qs
        den_ids = list(den_qs.values_list("pk", flat=True).distinct())
        num_ids = list(den_qs.filter(ind.numerator).values_list("pk", flat=True).distinct())
        value = ind.round(len(num_ids) * 100 / len(den_ids)) if den_ids else None
        return Value(value, len(num_ids), len(den_ids), num_ids)
    if ind.kind == "custom":
        return ind.func(qs)
    raise ValueError(f"unknown indicator kind {ind.kind}")


def compute(key: str, units, **period) -> Value:
    ind = INDICATORS[key]
    return evaluate(ind, queryset_for(ind, units, **period))

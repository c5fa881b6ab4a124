"""Indicators are declared once, next to the ledger they count (``<app>/indicators.py``).

    declare(Indicator(
        key="disputes.resolution_rate", name="调解成功率", unit="%",
        model=Dispute, date_field="screened_on",
        base=Q(...),                     # which live records are in scope at all (optional)
        kind="rate", numerator=Q(outcome="resolved"), denominator=Q(state__in=[...]),
        rounding=1, statute="GLOSSARY: 调解成功率 = resolved ÷ mediated", section="A.disputes",
    ))

Kinds: ``count`` (records matching ``base``), ``sum`` (``Sum(field)`` over them), ``rate`` (numerator ÷
denominator, both subsets of ``base``, × 100), ``ratio`` (``Sum(numerator_sum) ÷ Sum(denominator_sum)`` × 100,
e.g. 参考率 = Σ参考人数 ÷ Σ应考人数), ``custom`` (``func(qs) -> Value``). Every value keeps the ids of the
records behind it (provenance). A rolled-up value is recomputed from the summed records of the subtree,
never averaged (issue 7).

Optional attributes used by the annual report (``fazhi.reports``): ``phrase`` — how the figure reads in a
sentence, e.g. ``"全年共排查矛盾纠纷{value}件"`` (placeholders ``{value}``, ``{numerator}``,
``{denominator}``); ``target`` / ``higher_is_better`` — a rate below (above) its target is listed under
“存在的不足”; ``headline`` — shown in a county report's table of its townships.
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
    denominator_ids: list[int] = field(default_factory=list)   # a rate's denominator records (provenance)

    def as_dict(self) -> dict:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator,
                "records": len(self.record_ids)}

    @property
    def raw_rate(self) -> float | None:
        """numerator ÷ denominator × 100 before rounding (to compare with a figure stated at another precision)."""
        if self.numerator is None or not self.denominator:
            return None
        return float(self.numerator) * 100 / float(self.denominator)


@dataclass
class Indicator:
    key: str
    name: str
    unit: str
    model: type
    kind: str = "count"                     # count | sum | rate | ratio | custom
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
    numerator_sum: str | None = None        # ratio: summed field over the records
    denominator_sum: str | None = None
    phrase: str = ""                        # sentence fragment for the report, e.g. "成功调处{value}件"
    target: float | None = None             # a rate's target; missing it is a weak spot (report part C)
    higher_is_better: bool = True
    headline: bool = False                  # a key figure for the county's table of townships

    def round(self, x):
        if x is None:
            return None
        if self.rounding == 0:
            return int(Decimal(str(x)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
        q = Decimal(1).scaleb(-self.rounding)
        return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))

    @property
    def is_rate(self) -> bool:
        return self.kind in ("rate", "ratio") or self.unit == "%"

    @property
    def model_label(self) -> str:
        return f"{self.model._meta.app_label}.{self.model.__name__}"


def declare(indicator: Indicator) -> Indicator:
    INDICATORS[indicator.key] = indicator
    return indicator


def get_indicator(key: str) -> Indicator | None:
    return INDICATORS.get(key)


def _live(model):
    manager = model.objects
    # models without void fields (e.g. deadlines.Deadline) have nothing to leave out
    if any(f.name == "is_void" for f in model._meta.concrete_fields):
        return manager.live() if hasattr(manager, "live") else manager.filter(is_void=False)
    return manager.all()


def queryset_for(ind: Indicator, units, *, year: int | None = None, start: dt.date | None = None, end: dt.date | None = None):
    """Live records of ``ind.model`` in ``units`` (a Unit queryset or list) and the period."""
    qs = _live(ind.model).filter(**{f"{ind.scope_field}__in": units}).filter(ind.base)
    if ind.date_field:
        if year is not None:
            qs = qs.filter(**{f"{ind.date_field}__year": year})
        if start is not None:
            qs = qs.filter(**{f"{ind.date_field}__gte": start})
        if end is not None:
            qs = qs.filter(**{f"{ind.date_field}__lte": end})
    return qs


def _number(x):
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() else float(x)
    return x


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
        return Value(value, len(num_ids), len(den_ids), num_ids, den_ids)
    if ind.kind == "ratio":
        ids = list(qs.values_list("pk", flat=True).distinct())
        sums = ind.model.objects.filter(pk__in=ids).aggregate(n=Sum(ind.numerator_sum), d=Sum(ind.denominator_sum))
        num, den = _number(sums["n"] or 0), _number(sums["d"] or 0)
        value = ind.round(float(num) * 100 / float(den)) if den else None
        return Value(value, num, den, ids, ids)
    if ind.kind == "custom":
        return ind.func(qs)
    raise ValueError(f"unknown indicator kind {ind.kind}")


def compute(key: str, units, **period) -> Value:
    ind = INDICATORS[key]
    return evaluate(ind, queryset_for(ind, units, **period))


# ------------------------------------------------------------------ units: own vs rolled up

def units_in_scope(unit, rollup: bool = False, user=None):
    """The units whose records make up ``unit``'s figure.

    Own figure: the unit itself and its 村/社区 (villages keep no ledgers of their own; the township keeps
    them). Rolled up: the whole subtree (a district = its own records + its departments' + its townships').
    With ``user``, only the units that user may view count (a figure never leaks a sibling's records).
    """
    from fazhi.org.choices import UnitLevel
    from fazhi.org.models import Unit

    if rollup:
        qs = Unit.objects.filter(path__startswith=unit.path)
    else:
        qs = Unit.objects.filter(Q(pk=unit.pk) | Q(parent=unit, level=UnitLevel.VILLAGE))
    if user is not None:
        from fazhi.core.scoping import units_for

        qs = qs.filter(pk__in=units_for(user, "view").values("pk"))
    return qs


def compute_for(key_or_ind, unit, *, year: int | None = None, start: dt.date | None = None, end: dt.date | None = None,
                rollup: bool = False, user=None) -> Value:
    """One indicator for one unit (own or rolled up) over a year and/or a date range."""
    ind = key_or_ind if isinstance(key_or_ind, Indicator) else INDICATORS[key_or_ind]
    units = units_in_scope(unit, rollup, user)
    return evaluate(ind, queryset_for(ind, units, year=year, start=start, end=end))


def indicators_sorted() -> list[Indicator]:
    """Declared indicators grouped by report section, in declaration order within a section."""
    order = {k: i for i, k in enumerate(INDICATORS)}
    return sorted(INDICATORS.values(), key=lambda i: (i.section or "~", order[i.key]))

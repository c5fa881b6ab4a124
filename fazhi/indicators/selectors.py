"""Reads: figures per unit × period (own or rolled up), the records behind a figure, frozen snapshots.

Every read that serves a person passes ``user`` so that only units that person may view count
(core.scoping); the command line passes no user and sees the whole database.
"""

from __future__ import annotations

import datetime as dt

from django.apps import apps
from django.urls import NoReverseMatch, reverse

from fazhi.org.choices import UnitLevel
from fazhi.org.models import Unit

from .describe import describe
from .registry import Indicator, Value, evaluate, indicators_sorted, queryset_for, units_in_scope


def unit_resolve(text: str) -> Unit | None:
    """A unit by short name, full name or 行政区划代码 (CLI and claims mapping)."""
    text = (text or "").strip()
    if not text:
        return None
    for field in ("short_name", "name", "code"):
        unit = Unit.objects.filter(**{field: text}).order_by("path").first()
        if unit is not None:
            return unit
    return None


def units_visible(user):
    """Units a person can pick on a figures page: what they may view, without villages."""
    from fazhi.core.scoping import units_for

    return units_for(user, "view").exclude(level=UnitLevel.VILLAGE).order_by("path")


def default_rollup(unit: Unit) -> bool:
    """A county (or higher) reports for its whole area; a township for itself and its villages."""
    return unit.level in (UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.COUNTY)


def indicator_values(unit: Unit, *, year: int | None = None, start: dt.date | None = None, end: dt.date | None = None,
                     rollup: bool = False, user=None, keys=None) -> dict[str, tuple[Indicator, Value]]:
    """Every declared indicator (or ``keys``) for one unit and period, in report-section order."""
    units = list(units_in_scope(unit, rollup, user).values_list("pk", flat=True))
    out: dict[str, tuple[Indicator, Value]] = {}
    for ind in indicators_sorted():
        if keys is not None and ind.key not in keys:
            continue
        out[ind.key] = (ind, evaluate(ind, queryset_for(ind, units, year=year, start=start, end=end)))
    return out


def records_for(model, ids, user=None):
    """The records behind a figure, as the person may see them (voided ones too: a frozen figure may include them)."""
    qs = model.objects.filter(pk__in=ids)
    if user is not None and hasattr(qs, "restrict"):
        qs = qs.restrict(user, "view")
    ordering = getattr(model._meta, "ordering", None) or ["-pk"]
    return qs.select_related("unit").order_by(*ordering)


def record_link(obj) -> str | None:
    """The ledger detail page of a record (or, for a deadline, of the record it runs on)."""
    from fazhi.core.ledgers import ledger_for_model

    for candidate in (obj, getattr(obj, "target", None)):
        if candidate is None:
            continue
        try:
            ledger = ledger_for_model(type(candidate))
            return reverse("ledger_detail", args=[ledger.app, ledger.plural, candidate.pk])
        except (KeyError, NoReverseMatch):
            continue
    return None


def model_from_label(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def describe_for(ind: Indicator, unit: Unit, *, year=None, start=None, end=None, rollup=False) -> str:
    return describe(ind, unit=unit, year=year, start=start, end=end, rollup=rollup)


def snapshot_get(user, pk):
    from django.http import Http404

    from .models import Snapshot

    snap = Snapshot.objects.restrict(user).select_related("unit").filter(pk=pk).first()
    if snap is None:
        raise Http404("未找到该快照。")
    return snap


def subtree_children(unit: Unit):
    """The units directly below ``unit`` that report (townships, departments, counties…), for comparisons."""
    return Unit.objects.filter(parent=unit).exclude(level=UnitLevel.VILLAGE).order_by("sort_order", "path")


HEADLINE_MAX = 8


def headline_indicators(values: dict[str, tuple[Indicator, Value]]) -> list[Indicator]:
    """Key figures for tables and tiles: those marked ``headline``; if none are, per report section (parts A
    and E) the first count and the first rate that have any record — at most ``HEADLINE_MAX``."""
    marked = [ind for ind, _ in values.values() if ind.headline]
    if marked:
        return marked[:HEADLINE_MAX * 2]
    picked, seen = [], set()
    for ind, v in values.values():
        if ind.section.startswith(("B", "C", "D")) or not (v.record_ids or v.denominator_ids):
            continue
        kind = "rate" if ind.is_rate else ("count" if ind.kind in ("count", "sum") else "")
        if kind and (ind.section, kind) not in seen:
            seen.add((ind.section, kind))
            picked.append(ind)
    return picked[:HEADLINE_MAX]


def years_range(year: int, n: int = 5) -> list[int]:
    return list(range(year - n + 1, year + 1))


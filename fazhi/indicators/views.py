"""Figures pages: all indicators of a unit × year, the records behind one figure, frozen snapshots, dashboard."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from fazhi.core.ledgers import ledger_for_model
from fazhi.deadlines.services import today
from fazhi.org.models import Unit

from .registry import INDICATORS
from .selectors import (
    default_rollup, describe_for, headline_indicators, indicator_values, model_from_label, record_link, records_for,
    snapshot_get, subtree_children, units_visible, years_range,
)

PARTS = {"value": "", "numerator": "分子", "denominator": "分母"}


def _params(request):
    """unit (one the user may view), year, rollup — from the query string, with sensible defaults."""
    units = units_visible(request.user)
    unit = None
    if request.GET.get("unit"):
        unit = units.filter(pk=request.GET["unit"]).first() if request.GET["unit"].isdigit() else None
        if unit is None:
            raise Http404("没有这个单位，或您无权查看。")
    unit = unit or (request.user.unit if request.user.unit and units.filter(pk=request.user.unit_id).exists() else units.first())
    if unit is None:
        raise Http404("您没有可查看的单位。")
    try:
        year = int(request.GET.get("year") or today().year)
    except ValueError:
        raise Http404("年度无效。") from None
    rollup = request.GET.get("rollup", "1" if default_rollup(unit) else "0") == "1"
    return units, unit, year, rollup


@login_required
def overview(request):
    units, unit, year, rollup = _params(request)
    values = indicator_values(unit, year=year, rollup=rollup, user=request.user)
    rows = [{"ind": ind, "v": v} for ind, v in values.values()]
    return render(request, "indicators/overview.html", {
        "title": "指标与数据来源", "units": units, "unit": unit, "year": year, "rollup": rollup, "rows": rows,
        "years": years_range(today().year, 8)[::-1],
    })


def _link_rows(objs):
    return [{"obj": o, "url": record_link(o), "void": getattr(o, "is_void", False)} for o in objs]


@login_required
def records(request):
    """“Show me the 204 resolved disputes”: the records behind one figure, each linked to its ledger page."""
    units, unit, year, rollup = _params(request)
    ind = INDICATORS.get(request.GET.get("key", ""))
    if ind is None:
        raise Http404("没有这个指标。")
    part = request.GET.get("part", "value")
    value = indicator_values(unit, year=year, rollup=rollup, user=request.user, keys={ind.key})[ind.key][1]
    ids = value.denominator_ids if part == "denominator" and value.denominator_ids else value.record_ids
    objs = list(records_for(ind.model, ids, request.user)[:2000])
    try:
        ledger = ledger_for_model(ind.model)
    except KeyError:
        ledger = None
    return render(request, "indicators/records.html", {
        "title": f"{ind.name}：数据来源", "ind": ind, "value": value, "part": part, "part_label": PARTS.get(part, ""),
        "unit": unit, "year": year, "rollup": rollup, "rows": _link_rows(objs), "count": len(ids), "ledger": ledger,
        "query": describe_for(ind, unit, year=year, rollup=rollup),
    })


@login_required
def snapshot_detail(request, pk):
    snap = snapshot_get(request.user, pk)
    return render(request, "indicators/snapshot.html", {
        "title": f"指标快照：{snap}", "snap": snap, "values": snap.values.all().order_by("pk"),
    })


@login_required
def snapshot_records(request, pk):
    """The records as they were counted when the figure was frozen (voided since then: shown, marked)."""
    snap = snapshot_get(request.user, pk)
    sv = snap.values.filter(key=request.GET.get("key", "")).first()
    if sv is None:
        raise Http404("快照中没有这个指标。")
    part = request.GET.get("part", "value")
    ids = sv.denominator_ids if part == "denominator" and sv.denominator_ids else sv.record_ids
    model = model_from_label(sv.model_label)
    objs = list(records_for(model, ids, request.user)[:2000]) if model is not None else []
    return render(request, "indicators/records.html", {
        "title": f"{sv.name}：冻结时的数据来源", "frozen": snap, "sv": sv, "part": part, "part_label": PARTS.get(part, ""),
        "unit": snap.unit, "year": snap.year, "rollup": snap.rollup, "rows": _link_rows(objs), "count": len(ids),
        "query": sv.query,
    })


@login_required
def dashboard(request):
    """Figures by year for the unit and by unit across its subtree (ECharts), and overdue / at-risk items."""
    from fazhi.deadlines.selectors import days_left, deadline_list_due
    from fazhi.indicators.registry import units_in_scope

    units, unit, year, rollup = _params(request)
    current = indicator_values(unit, year=year, rollup=rollup, user=request.user)
    candidates = headline_indicators(current) or [ind for ind, _ in current.values()]
    key = request.GET.get("key") or (candidates[0].key if candidates else "")
    ind = INDICATORS.get(key)
    by_year, by_unit = [], []
    if ind is not None:
        for y in years_range(year, 5):
            v = indicator_values(unit, year=y, rollup=rollup, user=request.user, keys={key})[key][1]
            by_year.append({"year": y, "value": v.value})
        # a township's “units below” are its villages (their records are kept by the township)
        children = list(subtree_children(unit)) or list(Unit.objects.filter(parent=unit).order_by("sort_order", "path"))
        for child in children:
            if not units.filter(pk=child.pk).exists():
                continue
            v = indicator_values(child, year=year, rollup=True, user=request.user, keys={key})[key][1]
            by_unit.append({"unit": child.display_name, "value": v.value})
    scope = units_in_scope(unit, True, request.user)
    overdue, due_soon = deadline_list_due(request.user, units=scope)
    on = today()
    alerts = [(d, days_left(d, on)) for d in list(overdue[:50]) + list(due_soon[:50])]
    missing = _reports_missing(request.user, unit)
    return render(request, "indicators/dashboard.html", {
        "title": "数据看板", "units": units, "unit": unit, "year": year, "rollup": rollup, "ind": ind,
        "choices": [i for i, _ in current.values()], "tiles": [(i, current[i.key][1]) for i in candidates[:8]],
        "chart": {"by_year": by_year, "by_unit": by_unit, "name": ind.name if ind else "", "unit": ind.unit if ind else ""},
        "alerts": alerts, "overdue_count": overdue.count(), "due_soon_count": due_soon.count(), "missing": missing,
        "years": years_range(today().year, 8)[::-1],
    })


def _reports_missing(user, unit):
    """The unit and the units below it without a live annual report for last year (this spring's report)."""
    from django.apps import apps

    if not apps.is_installed("fazhi.reports"):
        return []
    AnnualReport = apps.get_model("reports", "AnnualReport")
    report_year = today().year - 1
    candidates = [unit, *subtree_children(unit)]
    have = set(AnnualReport.objects.restrict(user).live().filter(year=report_year).values_list("unit_id", flat=True))
    return [{"unit": u, "year": report_year} for u in candidates if u.pk not in have and isinstance(u, Unit)]

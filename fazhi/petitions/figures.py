"""A figures page shared by the request/dispute apps: every declared indicator of an app, computed
from the records the user may see, each with its convention and the count behind a rate."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from fazhi.core.scoping import units_for
from fazhi.deadlines.services import today
from fazhi.indicators.registry import INDICATORS, compute


def scope_units(user, unit_id=None):
    """The selected unit and its subtree, limited to what the user may view (a roll-up, never an average)."""
    visible = units_for(user, "view")
    unit = visible.filter(pk=unit_id).first() if unit_id else None
    unit = unit or user.unit
    if unit is None:
        return None, visible
    return unit, visible.filter(path__startswith=unit.path)


def figures_rows(*, user, prefix: str, year: int | None, unit_id=None):
    unit, units = scope_units(user, unit_id)
    rows = []
    for key, ind in INDICATORS.items():
        if not key.startswith(prefix + "."):
            continue
        value = compute(key, units, year=year) if year else compute(key, units)
        rows.append({"key": key, "ind": ind, "value": value})
    return unit, rows


def figures_page(prefix: str, title: str):
    @login_required
    def view(request):
        try:
            year = int(request.GET.get("year") or today().year)
        except ValueError:
            year = today().year
        unit, rows = figures_rows(user=request.user, prefix=prefix, year=year, unit_id=request.GET.get("unit"))
        return render(request, "petitions/figures.html", {
            "title": title, "rows": rows, "year": year, "unit": unit,
            "units": units_for(request.user, "view").exclude(level="village").order_by("path")[:300],
        })

    return view

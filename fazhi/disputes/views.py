"""The monthly 排查 report and the dispute statistics (by method and by type), built from the ledger."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from openpyxl import Workbook

from fazhi.core import permissions
from fazhi.deadlines.services import today
from fazhi.petitions.figures import figures_rows, scope_units
from fazhi.web.widgets import register_widget

from . import selectors
from .models import Dispute

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


@login_required
def monthly(request):
    t = today()
    year, month = _int(request.GET.get("year"), t.year), _int(request.GET.get("month"), t.month)
    month = min(max(month, 1), 12)
    unit, _ = scope_units(request.user, request.GET.get("unit"))
    rows = selectors.monthly_report(user=request.user, unit=unit, year=year, month=month) if unit else []
    if request.GET.get("export") == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = f"{year}年{month}月排查"
        ws.append(["单位", "排查日期", "参加人数", "走访户数", "发现纠纷", "其中高风险", "已调解成功", "调处中", "已移交", "报送状态"])
        for r in rows:
            s = r.screening
            ws.append([str(r.unit), s.conducted_on if s else None, s.participants if s else None, s.households_visited if s else None,
                       r.found, r.high_risk, r.resolved, r.mediating, r.referred, r.status])
        buf = io.BytesIO()
        wb.save(buf)
        resp = HttpResponse(buf.getvalue(), content_type=XLSX)
        resp["Content-Disposition"] = "attachment; filename*=UTF-8''monthly-screening.xlsx"
        return resp
    return render(request, "disputes/monthly.html", {"title": "矛盾纠纷月度排查报表", "rows": rows, "year": year,
                                                     "month": month, "unit": unit, "months": range(1, 13)})


@login_required
def stats(request):
    year = _int(request.GET.get("year"), today().year)
    unit, units = scope_units(request.user, request.GET.get("unit"))
    _, rows = figures_rows(user=request.user, prefix="disputes", year=year, unit_id=unit.pk if unit else None)
    from fazhi.core.scoping import units_for

    return render(request, "disputes/stats.html", {
        "title": "矛盾纠纷排查化解统计", "year": year, "unit": unit, "rows": rows,
        "by_method": selectors.breakdown(user=request.user, units=units, year=year, field="method"),
        "by_type": selectors.breakdown(user=request.user, units=units, year=year, field="dispute_type"),
        "units": units_for(request.user, "view").exclude(level="village").order_by("path")[:300],
    })


@register_widget(order=55)
def disputes_widget(request):
    user = request.user
    if not permissions.allowed(user, Dispute.ledger().action("view")):
        return None
    qs = Dispute.objects.restrict(user).live()
    open_ = qs.filter(state__in=["screened", "mediating"])
    n, high = open_.count(), open_.filter(risk_level__in=["high", "major"]).count()
    if not n:
        return None
    return {"title": "矛盾纠纷", "template": "disputes/_widget.html", "open": n, "high": high}

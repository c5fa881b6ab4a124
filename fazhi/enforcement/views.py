"""Pages beyond the generic ledgers: alerts, statistics, 涉企台账, certificate expiry, draw verification.

Thin views: scoped selector → service → page (style.md R9). Home widgets are registered here.
"""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST
from openpyxl import Workbook

from fazhi.core import permissions
from fazhi.core.errors import FazhiError
from fazhi.core.scoping import units_for
from fazhi.deadlines.services import today
from fazhi.web.widgets import register_widget

from .choices import AlertState
from .models import Case, RandomPlan
from .selectors import dashboard as sel
from .selectors.statistics import annual_statistics, statistics_workbook, units_for_report
from .services.problems import PROBLEMS, problems_scan
from .services.random_checks import draw_verify

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SCAN_ACTION = "enforcement.problems.scan"
permissions.declare(SCAN_ACTION, "执法监督预警·立即扫描", ["operator", "leader", "legal_reviewer", "inspector"],
                    statute="anchors.md C4 问题模型")


def _xlsx(content: bytes, filename: str) -> HttpResponse:
    from urllib.parse import quote

    resp = HttpResponse(content, content_type=XLSX)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return resp


def _can_view_cases(user) -> bool:
    return permissions.allowed(user, Case.ledger().action("view"))


def _year(request, default: int) -> int:
    try:
        return int(request.GET.get("year") or default)
    except ValueError:
        return default


@login_required
def alert_list(request):
    if not _can_view_cases(request.user):
        raise Http404
    state = request.GET.get("state", AlertState.OPEN)
    problem = request.GET.get("problem", "")
    alerts = list(sel.alerts_for(request.user, state=state, problem=problem)[:500])
    return render(request, "enforcement/alerts.html", {
        "title": "执法监督预警", "alerts": [(sel.problem_label(a.problem), a) for a in alerts],
        "summary": sel.alert_summary(request.user), "problems": PROBLEMS.values(), "state": state, "problem": problem,
        "states": AlertState.choices, "can_scan": permissions.allowed(request.user, SCAN_ACTION),
    })


@login_required
@require_POST
def alert_scan(request):
    try:
        permissions.require(request.user, SCAN_ACTION)
    except FazhiError as exc:
        return render(request, "web/error.html", {"error": exc}, status=exc.status)
    counts = problems_scan(units=units_for(request.user, "view"))
    messages.success(request, f"扫描完成：当前共有 {sum(counts.values())} 条未消除的预警。")
    return redirect("enforcement:alerts")


def _report_unit(request):
    units = units_for(request.user, "view")
    pk = request.GET.get("unit")
    if pk:
        unit = units.filter(pk=pk).first()
        if unit is None:
            raise Http404
        return unit, units
    return request.user.unit or units.order_by("path").first(), units


@login_required
def statistics(request):
    if not _can_view_cases(request.user):
        raise Http404
    year = _year(request, today().year - 1)
    unit, choices = _report_unit(request)
    if unit is None:
        raise Http404
    stats = annual_statistics(units=units_for_report(request.user, unit), year=year)
    title = f"{unit.display_name}{year}年度行政执法统计年报"
    if request.GET.get("export") == "xlsx":
        return _xlsx(statistics_workbook(stats, title), f"{title}.xlsx")
    return render(request, "enforcement/statistics.html", {
        "title": title, "stats": stats, "unit": unit, "year": year, "unit_choices": choices.order_by("path")[:300],
        "query": request.GET.urlencode(),
    })


@login_required
def enterprises(request):
    if not _can_view_cases(request.user):
        raise Http404
    year = _year(request, 0) or None
    rows = sel.enterprise_ledger(request.user, year=year, q=request.GET.get("q", "").strip())
    if request.GET.get("export") == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "涉企行政执法台账"
        ws.append(["企业/个体工商户", "统一社会信用代码", "案件数", "案件类型", "执法主体", "最近立案/检查日期", "案号"])
        for e in rows:
            ws.append([e.name, e.code, len(e.cases), e.kinds, e.bodies, e.last, "、".join(c.case_no for c in e.cases)])
        buf = io.BytesIO()
        wb.save(buf)
        return _xlsx(buf.getvalue(), "涉企行政执法台账.xlsx")
    return render(request, "enforcement/enterprises.html", {
        "title": "涉企行政执法台账", "rows": rows, "year": year or "", "q": request.GET.get("q", ""),
        "query": request.GET.urlencode(),
    })


@login_required
def certificates_expiring(request):
    rows = sel.certificates_expiring(request.user)
    return render(request, "enforcement/certificates_expiring.html", {"title": "执法证到期提醒", "rows": rows})


def _plan_record(user, pk):
    plan = RandomPlan.objects.restrict(user).filter(pk=pk).first()
    record = getattr(plan, "draw_record", None) if plan else None
    if record is None:
        raise Http404("该抽查计划尚未抽取。")
    return plan, record


@login_required
def draw_verify_page(request, pk):
    plan, record = _plan_record(request.user, pk)
    return render(request, "enforcement/draw_verify.html", {
        "title": "复核双随机抽取结果", "plan": plan, "record": record, "v": draw_verify(record),
    })


def draw_record_payload(record) -> dict:
    return {
        "plan": {"id": record.plan_id, "title": record.plan.title, "unit": record.plan.unit.name},
        "algorithm": record.algorithm, "seed": record.seed, "ratio": str(record.ratio), "per_target": record.per_target,
        "drawn_on": record.drawn_on.isoformat(),
        "target_pool": record.target_pool, "target_pool_sha256": record.target_pool_sha256,
        "inspector_pool": record.inspector_pool, "inspector_pool_sha256": record.inspector_pool_sha256,
        "recusals": record.recusals, "recusals_sha256": record.recusals_sha256,
        "result": record.result, "result_sha256": record.result_sha256,
    }


@login_required
def draw_record_json(request, pk):
    _, record = _plan_record(request.user, pk)
    resp = JsonResponse(draw_record_payload(record), json_dumps_params={"ensure_ascii": False, "indent": 1})
    resp["Content-Disposition"] = f'attachment; filename="draw-{record.plan_id}.json"'
    return resp


# ---------------------------------------------------------------- home widgets

@register_widget(order=40)
def alerts_widget(request):
    user = request.user
    if not _can_view_cases(user):
        return None
    alerts = sel.alerts_for(user)
    total = alerts.count()
    if not total:
        return None
    latest = [(sel.problem_label(a.problem), a) for a in alerts.order_by("-first_seen_on", "pk")[:8]]
    return {"title": "执法监督预警", "template": "enforcement/widget_alerts.html", "total": total,
            "summary": [s for s in sel.alert_summary(user) if s[2]], "latest": latest}


@register_widget(order=45)
def certificates_widget(request):
    rows = sel.certificates_expiring(request.user)
    if not rows:
        return None
    return {"title": "执法证到期提醒", "template": "enforcement/widget_certificates.html", "rows": rows[:8],
            "total": len(rows)}

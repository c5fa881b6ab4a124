"""Pages of 督察与考核 beyond the generic ledger pages — thin: selector → service → page."""

from __future__ import annotations

import json
from decimal import Decimal
from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from fazhi.core import permissions
from fazhi.core.errors import FazhiError
from fazhi.indicators.registry import INDICATORS
from fazhi.web.widgets import register_widget

from . import selectors
from .exports import BulletinDocument, RectificationWorkbook, ResultsWorkbook
from .forms import SystemImportForm
from .models import Assessment, Evidence, IndicatorSystem, Inspection
from .services.systems import IMPORT_ACTION, system_import, system_load_builtin, system_workbook

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, filename: str, content_type: str = XLSX) -> HttpResponse:
    resp = HttpResponse(content, content_type=content_type)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return resp



def _error_page(request, exc: FazhiError):
    return render(request, "web/error.html", {"error": exc}, status=exc.status)


def _get(model, user, pk):
    obj = model.objects.restrict(user, "view").filter(pk=pk).first()
    if obj is None:
        raise Http404("未找到该记录。")
    return obj


@login_required
def index(request):
    user = request.user
    return render(request, "supervision/index.html", {
        "title": "督察与考核",
        "tasks_overdue": selectors.tasks_overdue(user)[:50],
        "findings_overdue": selectors.findings_overdue(user)[:50],
        "awaiting_recheck": selectors.findings_awaiting_recheck(user).select_related("unit")[:50],
        "awaiting_score": selectors.self_reports_awaiting(user).select_related("unit", "node")[:50],
        "assessments": Assessment.objects.restrict(user).live().select_related("system")[:20],
        "inspections": Inspection.objects.restrict(user).live()[:20],
    })


# ---------------------------------------------------------------- indicator systems

@login_required
def system_list(request):
    return render(request, "supervision/system_list.html", {
        "title": "指标体系", "systems": IndicatorSystem.objects.restrict(request.user).live().select_related("unit", "previous"),
        "can_import": permissions.allowed(request.user, IMPORT_ACTION),
    })


@login_required
def system_detail(request, pk):
    system = _get(IndicatorSystem, request.user, pk)
    nodes = list(system.nodes.order_by("order"))
    leaves = [n for n in nodes if n.level == 3]
    return render(request, "supervision/system_detail.html", {
        "title": str(system), "system": system, "nodes": nodes, "registered": set(INDICATORS),
        "leaves": len(leaves), "bound": sum(1 for n in leaves if n.is_bound),
        "manual": sum(1 for n in leaves if n.is_manual),
        "placeholders": sum(1 for n in nodes if n.is_placeholder),
        "points": sum((n.points or Decimal(0) for n in leaves), Decimal(0)),
    })


@login_required
def system_template(request):
    return _download(system_workbook(), "指标体系-导入模板.xlsx")


@login_required
def system_export(request, pk):
    system = _get(IndicatorSystem, request.user, pk)
    return _download(system_workbook(system), f"{system.name}-{system.version}.xlsx")


@login_required
def system_import_view(request):
    form = SystemImportForm(user=request.user)
    result, error, status = None, None, 200
    if request.method == "POST":
        form = SystemImportForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            d = form.cleaned_data
            try:
                result = system_import(user=request.user, fileobj=d["file"], name=d["name"], version=d["version"],
                                       year=d["year"], source=d["source"], previous=d["previous"],
                                       dry_run=request.POST.get("mode") != "commit")
            except FazhiError as exc:
                error, status = exc, exc.status
            else:
                status = 200 if result.ok else 422
                if result.ok and not result.dry_run:
                    messages.success(request, result.summary())
                    return redirect("supervision:system_detail", result.system.pk)
        else:
            status = 422
    return render(request, "supervision/system_import.html", {
        "title": "导入指标体系", "form": form, "result": result, "error": error}, status=status)


@login_required
@require_POST
def system_builtin(request):
    try:
        system = system_load_builtin(user=request.user)
    except FazhiError as exc:
        return _error_page(request, exc)
    messages.success(request, f"已载入内置指标体系：{system}。标注“占位”的指标原文未核实，请按本地文件修订后以 Excel 导入新版本。")
    return redirect("supervision:system_detail", system.pk)


# ---------------------------------------------------------------- assessment results

def _results(request, pk):
    assessment = _get(Assessment, request.user, pk)
    units = list(selectors.visible_units(assessment, request.user))
    return assessment, selectors.assessment_results(assessment, units)


@login_required
def results(request, pk):
    assessment, rows = _results(request, pk)
    return render(request, "supervision/results.html", {
        "title": f"{assessment.title}·评估结果", "assessment": assessment, "rows": rows,
        "dimensions": [d for d, _, _ in rows[0].dimensions] if rows else [],
    })


@login_required
def unit_results(request, pk, unit_id):
    assessment, rows = _results(request, pk)
    row = next((r for r in rows if r.unit.pk == unit_id), None)
    if row is None:
        raise Http404("未找到该单位的评估结果。")
    from .models import SelfReport
    from .services.evidence import evidence_for_many

    ev = evidence_for_many(SelfReport, [i.report.pk for i in row.items if i.report])
    return render(request, "supervision/unit_results.html", {
        "title": f"{row.unit.display_name}·{assessment.title}", "assessment": assessment, "row": row,
        "items": [(i, ev.get(i.report.pk, []) if i.report else []) for i in row.items],
        "ledgers": _ledger_links(row, assessment.year),
    })


def _ledger_links(row, year):
    """Where each computed value comes from: the ledger list filtered to the unit and year."""
    from django.urls import reverse

    from fazhi.core.ledgers import ledger_for_model

    out = {}
    for i in row.items:
        ind = INDICATORS.get(i.node.indicator_key)
        if ind is None:
            continue
        try:
            ledger = ledger_for_model(ind.model)
        except KeyError:
            continue
        out[i.node.pk] = f"{reverse('ledger_list', args=[ledger.app, ledger.plural])}?year={year}&unit={row.unit.pk}"
    return out


@login_required
def ranking(request, pk):
    assessment, rows = _results(request, pk)
    return render(request, "supervision/ranking.html", {
        "title": f"{assessment.title}·排名", "assessment": assessment, "ranking": selectors.ranking(rows),
        "units": len(rows),
    })


@login_required
def results_xlsx(request, pk):
    assessment, rows = _results(request, pk)
    return _download(ResultsWorkbook(assessment, rows).render(), f"{assessment.title}-评估结果.xlsx")


@login_required
def results_json(request, pk):
    assessment, rows = _results(request, pk)
    num = lambda d: None if d is None else float(d)  # noqa: E731
    data = {"assessment": {"id": assessment.pk, "title": assessment.title, "year": assessment.year}, "units": [{
        "unit": {"id": r.unit.pk, "name": r.unit.name}, "total": num(r.total), "max_total": num(r.max_total),
        "dimensions": [{"code": d.code, "title": d.title, "score": num(s), "max": num(m)} for d, s, m in r.dimensions],
        "items": [{"code": i.node.code, "source": i.source, "score": num(i.score),
                   "value": i.value.as_dict() if i.value else None, "note": i.note} for i in r.items],
    } for r in rows]}
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/json; charset=utf-8")


# ---------------------------------------------------------------- 整改台账, 督查通报, evidence

@login_required
def rectification_xlsx(request):
    inspection = None
    if request.GET.get("inspection"):
        inspection = _get(Inspection, request.user, request.GET["inspection"])
    year = request.GET.get("year")
    rows = selectors.rectification_rows(request.user, year=int(year) if year and year.isdigit() else None,
                                        inspection=inspection)
    return _download(RectificationWorkbook(rows, selectors.today()).render(), "整改台账.xlsx")


@login_required
def bulletin(request, pk):
    inspection = _get(Inspection, request.user, pk)
    findings = selectors.rectification_rows(request.user, inspection=inspection)
    content = BulletinDocument(inspection, findings, selectors.today()).render()
    return _download(content, f"{inspection.title}-督查通报.docx", DOCX)


@login_required
def evidence(request, pk):
    ev = Evidence.objects.filter(pk=pk).select_related("content_type").first()
    if ev is None or not ev.file:
        raise Http404("未找到该材料。")
    model = ev.content_type.model_class()
    if not model.objects.restrict(request.user, "view").filter(pk=ev.object_id).exists():
        raise Http404("未找到该材料。")
    return FileResponse(ev.file.open("rb"), as_attachment=True, filename=ev.name)


# ---------------------------------------------------------------- home widget

@register_widget(order=60)
def supervision_widget(request):
    user = request.user
    tasks = selectors.tasks_overdue(user)
    findings = selectors.findings_overdue(user)
    recheck = selectors.findings_awaiting_recheck(user)
    scoring = selectors.self_reports_awaiting(user)
    counts = {"tasks": tasks.count(), "findings": findings.count(), "recheck": recheck.count(), "scoring": scoring.count()}
    if not any(counts.values()):
        return None
    return {"title": "督察与考核待办", "template": "supervision/_widget.html", "counts": counts,
            "tasks": tasks[:10], "findings": findings[:10]}


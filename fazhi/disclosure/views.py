"""The 政府信息公开工作年度报告 tables (HTML and XLSX) and the disclosure figures."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from fazhi.core import permissions
from fazhi.core.errors import NotPermitted
from fazhi.core.scoping import units_for
from fazhi.deadlines.services import today
from fazhi.petitions.figures import figures_page, scope_units

from . import selectors
from .models import DisclosureRequest

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
figures = figures_page("disclosure", "政务公开统计")


def _workbook(t: dict, unit) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "表三 申请办理情况"
    bold = Font(bold=True)
    ws.append([f"{unit} {t['year']}年政府信息公开工作年度报告 · 收到和处理政府信息公开申请情况（表格格式未经官方原件核对）"])
    ws.append(["", *t["columns"]])
    ws.append(["一、本年新收政府信息公开申请数量", *t["new"]])
    ws.append(["二、上年结转政府信息公开申请数量", *t["carried_in"]])
    ws.append(["三、本年度办理结果"])
    for label, row in t["results"]:
        ws.append([label, *row])
    ws.append(["（七）总计", *t["total_done"]])
    ws.append(["四、结转下年度继续办理", *t["carried_out"]])
    ws.append(["校验：一 + 二 = 三（七）+ 四", "通过" if t["check_ok"] else "不通过"])
    for cell in ws[2]:
        cell.font = bold
    ws.column_dimensions["A"].width = 70
    ws4 = wb.create_sheet("表四 复议诉讼")
    ws4.append(["", "行政复议", "", "", "", "", "行政诉讼：未经复议直接起诉", "", "", "", "", "行政诉讼：复议后起诉"])
    ws4.append(["", *(t["outcome_columns"] * 3)])
    ws4.append(["件数", *t["reconsideration"], *t["litigation_direct"], *t["litigation_after"]])
    ws2 = wb.create_sheet("主动公开")
    ws2.append(["类别", "本年公开条数"])
    for label, n in t["proactive"]:
        ws2.append([label, n])
    ws2.append(["合计", t["proactive_total"]])
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@login_required
def annual_report(request):
    user = request.user
    if not permissions.allowed(user, DisclosureRequest.ledger().action("view")):
        raise NotPermitted("not_permitted", "您的角色无权查看政府信息公开台账。")
    try:
        year = int(request.GET.get("year") or today().year - 1)
    except ValueError:
        year = today().year - 1
    unit, units = scope_units(user, request.GET.get("unit"))
    tables = selectors.annual_tables(user=user, units=units, year=year)
    if request.GET.get("export") == "xlsx":
        resp = HttpResponse(_workbook(tables, unit), content_type=XLSX)
        resp["Content-Disposition"] = f"attachment; filename*=UTF-8''gip-annual-{year}.xlsx"
        return resp
    return render(request, "disclosure/annual_report.html", {
        "title": "政府信息公开工作年度报告统计表", "t": tables, "unit": unit, "year": year,
        "units": units_for(user, "view").exclude(level="village").order_by("path")[:300],
    })

"""Pages beyond the generic ledgers: the public-ready 规范性文件目录, and home widgets."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from openpyxl import Workbook

from fazhi.core import permissions
from fazhi.core.errors import FazhiError
from fazhi.core.scoping import units_for
from fazhi.core.settings_registry import get_setting
from fazhi.deadlines.services import today
from fazhi.web.widgets import register_widget

from .models import LegalityReview, NormativeDocument
from .selectors import catalogue_for, documents_expiring, reviews_pending_for

HEADERS = ["单位", "文号", "文件名称", "制定主体", "印发日期", "公布日期", "施行日期", "有效期至", "报备日期", "备案机关", "效力状态"]


def _row(doc, validity):
    return [str(doc.unit), doc.doc_no, doc.title, doc.issuing_body.name, doc.issued_on, doc.published_on,
            doc.effective_on, doc.expires_on, doc.filed_on, doc.filed_with, validity.label]


@login_required
def catalogue(request):
    """规范性文件目录: issued documents with their validity today, ready to publish or print."""
    try:
        permissions.require(request.user, NormativeDocument.ledger().action("view"))
    except FazhiError as exc:
        return render(request, "web/error.html", {"error": exc}, status=exc.status)
    units = units_for(request.user, "view")
    unit = units.filter(pk=request.GET.get("unit") or 0).first()
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    rows = catalogue_for(request.user, on=today(), unit=unit, year=year)
    if request.GET.get("export") == "xlsx":
        wb = Workbook()
        ws = wb.active
        ws.title = "规范性文件目录"
        ws.append(HEADERS)
        for doc, validity in rows:
            ws.append(_row(doc, validity))
        buf = io.BytesIO()
        wb.save(buf)
        resp = HttpResponse(buf.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        resp["Content-Disposition"] = "attachment; filename*=UTF-8''%E8%A7%84%E8%8C%83%E6%80%A7%E6%96%87%E4%BB%B6%E7%9B%AE%E5%BD%95.xlsx"
        return resp
    return render(request, "normative/catalogue.html", {
        "title": "规范性文件目录", "rows": rows, "units": units.exclude(level="village"), "unit": unit, "year": year,
        "today": today(), "query": request.GET.urlencode(), "months": get_setting("normative.expiry_reminder_months"),
    })


@register_widget(order=40)
def widget_normative(request):
    user = request.user
    if not permissions.allowed(user, NormativeDocument.ledger().action("view")):
        return None
    expiring = list(documents_expiring(user, on=today())[:10])
    pending = list(reviews_pending_for(user)[:10]) if permissions.allowed(user, LegalityReview.ledger().action("view")) else []
    if not expiring and not pending:
        return None
    return {"title": "规范性文件", "template": "normative/widget.html", "expiring": expiring, "pending": pending}

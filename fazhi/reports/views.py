"""Report pages: the drafting workspace, the document with provenance links, downloads, the public page, comparison."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from fazhi.core import permissions
from fazhi.core.errors import FazhiError
from fazhi.deadlines.services import today
from fazhi.indicators.selectors import default_rollup, indicator_values, subtree_children, units_visible, years_range
from fazhi.web.widgets import register_widget

from .choices import ReportState, SecrecyConclusion
from .contrib import report_values
from .document import report_document
from .drafting import typed_figures
from .forms import AcknowledgeForm, SectionForm
from .models import AnnualReport
from .render import FORMATS, render as render_doc
from .render.html import paragraph_html, prepared
from .services import (
    annual_report_regenerate, report_checks, report_figure_acknowledge, report_section_edit, report_section_keep,
    report_section_revert, section_diff,
)
from .structure import PARTS, SUBSECTION_BY_KEY, part_title


def _get(user, pk, action="view") -> AnnualReport:
    report = AnnualReport.objects.restrict(user, "view").select_related("unit").filter(pk=pk).first()
    if report is None:
        raise Http404("未找到该报告。")
    permissions.require(user, AnnualReport.ledger().action(action))
    return report


def _can_change(user, report) -> bool:
    return (report.state == ReportState.DRAFT and not report.is_void
            and permissions.allowed(user, AnnualReport.ledger().action("change"))
            and AnnualReport.objects.restrict(user, "change").filter(pk=report.pk).exists())


def figure_linker(doc: dict):
    """Figure → records page: the snapshot's once frozen, the live indicator's before."""
    if doc.get("snapshot") and doc.get("state") not in (None, "draft", ReportState.REVIEWED):
        base = reverse("indicators:snapshot_records", args=[doc["snapshot"]])
        return lambda key, part: f"{base}?{urlencode({'key': key, 'part': part})}"
    from fazhi.indicators.registry import INDICATORS

    from .contrib import effective_rollup

    base = reverse("indicators:records")

    def link(key, part):
        ind = INDICATORS.get(key)
        rollup = effective_rollup(ind, bool(doc["rollup"])) if ind else bool(doc["rollup"])
        query = {"unit": doc["unit_id"], "year": doc["year"], "rollup": "1" if rollup else "0", "key": key, "part": part}
        return f"{base}?{urlencode(query)}"

    return link


@login_required
def workspace(request, pk):
    """起草工作台: every section with its text, the figures in it, edit forms, checks and diffs."""
    report = _get(request.user, pk)
    values = report_values(report.unit, report.year, report.rollup)
    link = figure_linker({"unit_id": report.unit_id, "year": report.year, "rollup": report.rollup, "state": "draft"})
    names = {k: ind.name for k, (ind, _) in values.items()}
    checks = report_checks(report, values)
    parts = []
    sections = list(report.sections.all())
    for part in PARTS:
        rows = []
        for s in sections:
            if s.part != part.code:
                continue
            rows.append({
                "s": s, "html": [paragraph_html(line, link, names) for line in s.text.splitlines() if line.strip()],
                "typed": typed_figures(s.text, s.generated, values, s.acknowledged),
                "diff": section_diff(s) if s.generated_changed else [],
                "hint": not s.text.strip() and s.part == "A",
                "title": SUBSECTION_BY_KEY[s.key].title if s.key in SUBSECTION_BY_KEY and s.part == "A" else "",
            })
        parts.append({"code": part.code, "heading": f"{part.number}、{part_title(part.code, report.year)}", "rows": rows})
    preamble = next((s for s in sections if s.part == "0"), None)
    return render(request, "reports/workspace.html", {
        "title": str(report), "report": report, "parts": parts, "preamble": preamble, "checks": checks,
        "can_change": _can_change(request.user, report), "formats": FORMATS,
        "preamble_html": paragraph_html(preamble.text, link, names) if preamble else "",
    })


@login_required
@require_POST
def regenerate(request, pk):
    report = _get(request.user, pk, "change")
    try:
        changed = annual_report_regenerate(user=request.user, report=report)
    except FazhiError as exc:
        messages.error(request, exc.detail)
    else:
        msg = "已按台账重新生成：未修改的小节已更新，人工修改的小节只更新了数字。"
        if changed:
            msg += f"以下小节的生成稿有变化，请核对：{'、'.join(s.heading for s in changed)}。"
        messages.success(request, msg)
    return redirect("reports:workspace", report.pk)


@login_required
@require_POST
def section_action(request, pk, sid):
    report = _get(request.user, pk, "change")
    section = report.sections.filter(pk=sid).first()
    if section is None:
        raise Http404("未找到该小节。")
    action = request.POST.get("action", "save")
    try:
        if action == "save":
            form = SectionForm(request.POST)
            form.is_valid()
            report_section_edit(user=request.user, section=section, text=form.cleaned_data.get("text", ""))
            messages.success(request, f"已保存“{section.heading}”。")
        elif action == "revert":
            report_section_revert(user=request.user, section=section)
            messages.success(request, f"“{section.heading}”已恢复为系统生成稿。")
        elif action == "keep":
            report_section_keep(user=request.user, section=section)
            messages.success(request, f"已核对“{section.heading}”的生成稿变化，保留人工修改。")
        elif action == "ack":
            form = AcknowledgeForm(request.POST)
            if not form.is_valid():
                messages.error(request, "请填写数字及其来源说明。")
            else:
                report_figure_acknowledge(user=request.user, section=section, **form.cleaned_data)
                messages.success(request, f"已注明数字 {form.cleaned_data['number']} 的来源。")
        else:
            raise Http404("未知操作。")
    except FazhiError as exc:
        messages.error(request, exc.detail)
    return redirect(f"{reverse('reports:workspace', args=[report.pk])}#section-{section.pk}")


def _file_response(data: bytes, fmt: str, name: str) -> HttpResponse:
    content_type, ext = FORMATS[fmt]
    resp = HttpResponse(data, content_type=content_type)
    disposition = "inline" if fmt in ("html", "pdf") else "attachment"
    resp["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(f'{name}.{ext}')}"
    return resp


@login_required
def download(request, pk, fmt):
    if fmt not in FORMATS:
        raise Http404("没有这种格式。")
    report = _get(request.user, pk, "export")
    doc = report_document(report)
    try:
        data = render_doc(doc, fmt)
    except FazhiError as exc:
        return render(request, "web/error.html", {"error": exc}, status=exc.status)
    return _file_response(data, fmt, str(report))


@login_required
def document_view(request, pk):
    report = _get(request.user, pk)
    doc = report_document(report)
    return render(request, "reports/document.html", {
        "title": doc["title"], "report": report, "doc": prepared(doc, figure_linker(doc)), "formats": FORMATS,
    })


def _public_qs():
    return (AnnualReport.objects.live().filter(state=ReportState.PUBLISHED, secrecy_conclusion=SecrecyConclusion.PUBLIC)
            .select_related("unit"))


def public_list(request):
    """公开的年度报告 (第二十四条: published through websites), no login needed."""
    return render(request, "reports/public_list.html", {"reports": _public_qs().order_by("-year", "unit__path")})


def public_detail(request, pk):
    report = _public_qs().filter(pk=pk).first()
    if report is None:
        raise Http404("该报告未公开。")
    return HttpResponse(render_doc(report_document(report), "html"), content_type=FORMATS["html"][0])


@login_required
def compare(request):
    """Units side by side, section by section: the figures of each sub-section and each unit's text for it."""
    units = units_visible(request.user)
    parent = units.filter(pk=request.GET.get("unit")).first() if (request.GET.get("unit") or "").isdigit() else None
    parent = parent or (request.user.unit if request.user.unit_id and units.filter(pk=request.user.unit_id).exists() else units.first())
    if parent is None:
        raise Http404("您没有可查看的单位。")
    try:
        year = int(request.GET.get("year") or today().year - 1)
    except ValueError:
        raise Http404("年度无效。") from None
    columns = [u for u in [parent, *subtree_children(parent)] if units.filter(pk=u.pk).exists()]
    vals = {u.pk: indicator_values(u, year=year, rollup=default_rollup(u) or u != parent, user=request.user) for u in columns}
    texts = {}
    for r in AnnualReport.objects.restrict(request.user).live().filter(year=year, unit__in=columns).prefetch_related("sections"):
        texts[r.unit_id] = {s.key: s.text for s in r.sections.all()}
    from .structure import SUBSECTIONS, subsection_for

    blocks = []
    any_vals = next(iter(vals.values()), {})
    for sub in SUBSECTIONS:
        keys = [k for k, (ind, _) in any_vals.items() if subsection_for(ind.section) == sub.key]
        rows = [{"ind": any_vals[k][0], "cells": [vals[u.pk][k][1].value for u in columns]} for k in keys]
        unit_texts = [(u, texts.get(u.pk, {}).get(sub.key, "")) for u in columns]
        if not rows and not any(t for _, t in unit_texts):
            continue
        heading = sub.title if sub.part == "A" else part_title(sub.part, year)
        blocks.append({"key": sub.key, "heading": heading, "rows": rows,
                       "texts": [(u, [paragraph_html(line) for line in t.splitlines() if line.strip()]) for u, t in unit_texts]})
    return render(request, "reports/compare.html", {
        "title": "各单位对比", "units": units, "unit": parent, "year": year, "columns": columns, "blocks": blocks,
        "years": years_range(today().year, 8)[::-1],
    })


@register_widget(order=50)
def report_widget(request):
    """首页：本单位上一年度报告的办理状态与报送期限。"""
    user = request.user
    if not user.unit_id or not permissions.allowed(user, AnnualReport.ledger().action("view")):
        return None
    year = today().year - 1
    report = AnnualReport.objects.restrict(user).live().filter(unit=user.unit, year=year).first()
    return {"title": f"{year}年度法治政府建设年度报告", "template": "reports/widget.html", "report": report, "year": year}

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from fazhi.core import permissions
from fazhi.core.errors import FazhiError

from . import exports
from .models import SEVERITY_LABELS, FindingStatus, ReviewBatch, ReviewedDocument
from .selectors import submitted_report_files, submitted_reports_for
from .services import review_batch_run, review_finding_decide

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, mime: str, filename: str) -> HttpResponse:
    from urllib.parse import quote

    resp = HttpResponse(content, content_type=mime)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(filename)}"
    return resp


def _get(model, user, pk):
    obj = model.objects.restrict(user).filter(pk=pk).first()
    if obj is None:
        raise Http404("未找到。")
    return obj


@login_required
def review_home(request):
    can_run = permissions.allowed(request.user, "review.run")
    error = None
    status = 200
    if request.method == "POST":
        files = [(f.name, f.read()) for f in request.FILES.getlist("files")]
        picked = [int(i) for i in request.POST.getlist("report_ids") if i.isdigit()]
        files += submitted_report_files(request.user, picked)
        year = request.POST.get("year") or None
        try:
            batch = review_batch_run(user=request.user, files=files, title=request.POST.get("title", ""),
                                     year=int(year) if year else None)
        except FazhiError as exc:
            error, status = exc, exc.status
        except ValueError:
            error, status = FazhiError("invalid", "年度应为四位数字。"), 422
        else:
            messages.success(request, f"已审阅 {batch.document_count} 份报告。")
            return redirect("review_batch", batch.pk)
    batches = ReviewBatch.objects.restrict(request.user).live().select_related("created_by")[:100]
    submitted = submitted_reports_for(request.user) if can_run else []
    return render(request, "review/home.html", {"batches": batches, "can_run": can_run, "error": error, "title": "报告审阅",
                                                "submitted": submitted}, status=status)


@login_required
def review_batch(request, pk):
    batch = _get(ReviewBatch, request.user, pk)
    if request.method == "POST":
        raise Http404
    docs = list(batch.documents.all().prefetch_related("findings"))
    rows = []
    for d in docs:
        fs = list(d.findings.all())
        rows.append({"doc": d, "errors": sum(f.severity == "error" for f in fs), "warnings": sum(f.severity == "warning" for f in fs),
                     "parts": d.result.get("parts", {}), "open": sum(f.status == FindingStatus.OPEN for f in fs)})
    if request.GET.get("export") == "xlsx":
        return _download(exports.batch_xlsx(batch, docs), XLSX, f"{batch.title}-审阅发现.xlsx")
    return render(request, "review/batch.html", {"batch": batch, "rows": rows, "title": batch.title})


def _highlight(doc, findings) -> list[dict]:
    by_line: dict[int, list] = {}
    for f in findings:
        if f.line:
            by_line.setdefault(f.line, []).append(f)
    out = []
    for n, text in enumerate(doc.lines, start=1):
        html = escape(text)
        for f in by_line.get(n, []):
            if f.quote and escape(f.quote) in html:
                html = html.replace(escape(f.quote), f'<mark class="{f.severity}" title="{escape(f.message)}">{escape(f.quote)}</mark>', 1)
        out.append({"n": n, "html": mark_safe(html), "flagged": n in by_line})
    return out


@login_required
def review_document(request, pk):
    doc = _get(ReviewedDocument, request.user, pk)
    if request.method == "POST":
        raise Http404
    findings = list(doc.findings.all().order_by("line", "pk"))
    if request.GET.get("export") == "docx":
        return _download(exports.document_docx(doc, findings), DOCX, f"{doc.filename}-审阅意见.docx")
    return render(request, "review/document.html", {
        "doc": doc, "findings": findings, "lines": _highlight(doc, findings), "severity_labels": SEVERITY_LABELS,
        "can_decide": permissions.allowed(request.user, "review.decide"), "title": doc.filename,
        "statuses": FindingStatus.choices,
    })


@login_required
def review_finding_decide_view(request, pk):
    if request.method != "POST":
        raise Http404
    try:
        finding = review_finding_decide(user=request.user, finding_id=pk, status=request.POST.get("status", ""),
                                        note=request.POST.get("note", ""))
    except FazhiError as exc:
        return HttpResponse(f'<span class="error">{escape(exc.detail)}</span>', status=exc.status)
    if request.htmx:
        return render(request, "review/_finding_status.html", {"f": finding})
    return redirect("review_document", finding.document_id)

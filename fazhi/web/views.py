"""Generic ledger pages (list, detail, create, edit, void, step, Excel) — thin: selector → service → page."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django_tables2 import RequestConfig

from fazhi.audit.services import timeline_for
from fazhi.core import excel, permissions
from fazhi.core.errors import FazhiError, InvalidInput
from fazhi.core.ledgers import get_ledger
from fazhi.core.selectors import record_get, record_list
from fazhi.core.services import build_form, record_create, record_update, record_void
from fazhi.core.tables import table_for
from fazhi.core.workflow import available_steps, get_step, perform, state_label
from fazhi.core.history import history_rows
from fazhi.deadlines.selectors import deadline_rows

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx(content: bytes, filename: str) -> HttpResponse:
    resp = HttpResponse(content, content_type=XLSX)
    resp["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(filename)}"
    return resp


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


def _error_page(request, exc: FazhiError, template="web/error.html", context=None):
    return render(request, template, {"error": exc, **(context or {})}, status=exc.status)


@login_required
def ledger_list(request, app, plural):
    ledger = get_ledger(app, plural)
    try:
        fs = record_list(ledger=ledger, user=request.user, params=request.GET)
    except FazhiError as exc:
        return _error_page(request, exc)
    if request.GET.get("export") == "xlsx":
        return _xlsx(excel.export_workbook(ledger, request.user, fs.qs), f"{ledger.label}.xlsx")
    table = table_for(ledger)(fs.qs, ledger=ledger)
    RequestConfig(request, paginate={"per_page": 50}).configure(table)
    return render(request, "web/ledger_list.html", {
        "ledger": ledger, "filter": fs, "table": table,
        "can_create": permissions.allowed(request.user, ledger.action("create")),
        "can_import": permissions.allowed(request.user, ledger.action("import")),
        "query": request.GET.urlencode(),
    })


@login_required
def ledger_detail(request, app, plural, pk):
    ledger = get_ledger(app, plural)
    obj = record_get(ledger=ledger, user=request.user, pk=pk)
    form = build_form(ledger, request.user, instance=obj)
    fields = [(form[name].label, _display_value(obj, name)) for name in form.fields]
    # steps have their own role grants (a 法制审核员 may review without the right to edit the record)
    in_change_scope = not obj.is_void and ledger.model.objects.restrict(request.user, "change").filter(pk=obj.pk).exists()
    can_change = in_change_scope and permissions.allowed(request.user, ledger.action("change"))
    return render(request, ledger.detail_template or "web/ledger_detail.html", {
        "ledger": ledger, "obj": obj, "fields": fields,
        "state": state_label(obj) if hasattr(obj, "state") else "",
        "steps": available_steps(obj, request.user) if in_change_scope else [],
        "timeline": timeline_for(obj), "history": history_rows(obj),
        "deadlines": deadline_rows(obj),
        "can_change": can_change,
        "can_void": can_change and permissions.allowed(request.user, ledger.action("void")),
    })


def _display_value(obj, name):
    getter = getattr(obj, f"get_{name}_display", None)
    if getter:
        return getter()
    value = getattr(obj, name, "")
    if hasattr(value, "all"):
        return "、".join(str(v) for v in value.all())
    if value is True:
        return "是"
    if value is False:
        return "否"
    return "" if value is None else value


@login_required
def ledger_create(request, app, plural):
    ledger = get_ledger(app, plural)
    if not permissions.allowed(request.user, ledger.action("create")):
        return _error_page(request, permissions_error(ledger, "create", request.user))
    # links such as "登记全过程记录?case=12" pre-fill the form
    form = build_form(ledger, request.user, initial=request.GET.dict())
    status = 200
    if request.method == "POST":
        try:
            obj = (ledger.create or record_create)(ledger=ledger, user=request.user, data=request.POST, files=request.FILES)
        except InvalidInput as exc:
            form = build_form(ledger, request.user, request.POST, request.FILES)
            form.is_valid()
            messages.error(request, exc.detail)
            status = 422
        except FazhiError as exc:
            return _error_page(request, exc)
        else:
            messages.success(request, f"已登记：{obj}")
            return redirect("ledger_detail", app, plural, obj.pk)
    return render(request, "web/ledger_form.html", {"ledger": ledger, "form": form, "title": f"新增{ledger.item_label}"}, status=status)


def permissions_error(ledger, action, user):
    try:
        permissions.require(user, ledger.action(action))
    except FazhiError as exc:
        return exc
    return None


@login_required
def ledger_edit(request, app, plural, pk):
    ledger = get_ledger(app, plural)
    obj = record_get(ledger=ledger, user=request.user, pk=pk)
    if not ledger.model.objects.restrict(request.user, "change").filter(pk=obj.pk).exists():
        # an inspector may read the units below but not edit their ledgers
        return _error_page(request, permissions_error(ledger, "__none__", request.user))
    form = build_form(ledger, request.user, instance=obj)
    status = 200
    if request.method == "POST":
        try:
            record_update(ledger=ledger, user=request.user, obj=obj, data=request.POST, files=request.FILES)
        except InvalidInput as exc:
            form = build_form(ledger, request.user, request.POST, request.FILES, instance=obj)
            form.is_valid()
            messages.error(request, exc.detail)
            status = 422
        except FazhiError as exc:
            return _error_page(request, exc)
        else:
            messages.success(request, "已保存修改。")
            return redirect("ledger_detail", app, plural, obj.pk)
    return render(request, "web/ledger_form.html", {"ledger": ledger, "form": form, "obj": obj, "title": f"修改{ledger.item_label}"}, status=status)


@login_required
def ledger_void(request, app, plural, pk):
    ledger = get_ledger(app, plural)
    obj = record_get(ledger=ledger, user=request.user, pk=pk)
    if request.method == "POST":
        try:
            record_void(user=request.user, obj=obj, reason=request.POST.get("reason", ""))
        except FazhiError as exc:
            return render(request, "web/void_form.html", {"ledger": ledger, "obj": obj, "error": exc}, status=exc.status)
        messages.success(request, "已作废。记录及其历史仍可查看，但不再计入任何统计。")
        return redirect("ledger_detail", app, plural, obj.pk)
    return render(request, "web/void_form.html", {"ledger": ledger, "obj": obj})


@login_required
def ledger_step(request, app, plural, pk, name):
    ledger = get_ledger(app, plural)
    obj = record_get(ledger=ledger, user=request.user, pk=pk)
    s = get_step(ledger.model, name)
    form = (s.form or _Empty)(initial=request.GET.dict())
    error = None
    status = 200
    if request.method == "POST":
        try:
            perform(obj=obj, name=name, user=request.user, data=request.POST, files=request.FILES)
        except InvalidInput as exc:
            form = (s.form or _Empty)(request.POST, request.FILES)
            form.is_valid()
            error, status = exc, 422
        except FazhiError as exc:
            form = (s.form or _Empty)(request.POST, request.FILES)
            error, status = exc, exc.status
        else:
            messages.success(request, f"已办理：{s.label}")
            return redirect("ledger_detail", app, plural, obj.pk)
    return render(request, "web/step_form.html", {"ledger": ledger, "obj": obj, "step": s, "form": form, "error": error}, status=status)


class _Empty(__import__("django").forms.Form):
    pass


@login_required
def ledger_template(request, app, plural):
    ledger = get_ledger(app, plural)
    return _xlsx(excel.template_workbook(ledger, request.user), f"{ledger.label}-导入模板.xlsx")


@login_required
def ledger_import(request, app, plural):
    """Dry run first; a file that passes is kept for this session so "确认导入" needs no second upload."""
    ledger = get_ledger(app, plural)
    result = None
    error = None
    status = 200
    pending = request.session.get(_pending_key(ledger))
    if request.method == "POST":
        try:
            if request.POST.get("mode") == "confirm" and pending:
                with open(pending, "rb") as fh:
                    result = excel.import_workbook(ledger, request.user, fh)
                _drop_pending(request, ledger)
            else:
                upload = request.FILES.get("file")
                if upload is None:
                    raise InvalidInput("请选择要导入的 Excel 文件。")
                dry_run = request.POST.get("mode") != "commit"
                result = excel.import_workbook(ledger, request.user, upload, dry_run=dry_run)
                if result.ok and dry_run:
                    upload.seek(0)
                    _keep_pending(request, ledger, upload.read())
            status = 200 if result.ok else 422
            if result.ok and not result.dry_run:
                messages.success(request, result.summary())
                return redirect(reverse("ledger_list", args=[app, plural]))
        except FazhiError as exc:
            error, status = exc, exc.status
    return render(request, "web/ledger_import.html", {
        "ledger": ledger, "result": result, "error": error,
        "pending": bool(request.session.get(_pending_key(ledger))) and result is not None and result.ok,
    }, status=status)


def _pending_key(ledger) -> str:
    return f"import-pending:{ledger.key}"


def _keep_pending(request, ledger, content: bytes) -> None:
    import uuid

    from django.conf import settings

    folder = settings.DATA_DIR / "imports"
    folder.mkdir(exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.xlsx"
    path.write_bytes(content)
    _drop_pending(request, ledger)
    request.session[_pending_key(ledger)] = str(path)


def _drop_pending(request, ledger) -> None:
    import os

    path = request.session.pop(_pending_key(ledger), None)
    if path and os.path.exists(path):
        os.remove(path)

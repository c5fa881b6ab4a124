"""Pages beyond the generic ledgers: the 第一责任人履职 figures and adding 议题 to a meeting."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from fazhi.core.errors import FazhiError, InvalidInput
from fazhi.core.selectors import record_get
from fazhi.core.services import build_form
from fazhi.deadlines.services import today

from .models import AgendaItem, Meeting
from fazhi.web.widgets import register_widget

from .selectors import duty_unit_get, duty_units_for, leader_duty_summary, plan_items_overdue


def _year(request) -> int:
    try:
        return int(request.GET.get("year") or today().year)
    except ValueError:
        return today().year


@login_required
def duties(request):
    unit = duty_unit_get(user=request.user, unit_id=request.GET.get("unit"))
    year = _year(request)
    return render(request, "leadership/duties.html", {
        "title": "党政主要负责人履行推进法治建设第一责任人职责", "unit": unit, "year": year,
        "units": duty_units_for(request.user), "summary": leader_duty_summary(unit=unit, year=year),
    })


@login_required
def agenda_add(request, pk):
    """Add one 议题 to a meeting (the agenda ledger's create service, with the meeting fixed)."""
    meeting = record_get(ledger=Meeting.ledger(), user=request.user, pk=pk)
    ledger = AgendaItem.ledger()
    next_order = meeting.agenda_items.count() + 1
    form = build_form(ledger, request.user)
    form.initial = {"meeting": meeting.pk, "order": next_order, "rule_of_law": True}
    status = 200
    if request.method == "POST":
        data = request.POST.copy()
        data["meeting"] = str(meeting.pk)
        try:
            ledger.create(ledger=ledger, user=request.user, data=data)
        except InvalidInput as exc:
            form = build_form(ledger, request.user, data)
            form.is_valid()
            messages.error(request, exc.detail)
            status = 422
        except FazhiError as exc:
            return render(request, "web/error.html", {"error": exc}, status=exc.status)
        else:
            messages.success(request, "已登记议题。")
            return redirect("ledger_detail", "leadership", "meetings", meeting.pk)
    return render(request, "leadership/agenda_form.html", {
        "title": f"新增议题：{meeting}", "meeting": meeting, "form": form, "ledger": ledger,
    }, status=status)


@register_widget(order=80)
def plans_widget(request):
    """Home page: plan items whose due date passed without being found done or not done."""
    overdue = plan_items_overdue(user=request.user, on=today())
    total = overdue.count()
    if not total:
        return None
    return {"title": "工作安排已到期、尚未认定完成情况", "template": "leadership/widget_plans.html", "total": total,
            "items": list(overdue[:8])}

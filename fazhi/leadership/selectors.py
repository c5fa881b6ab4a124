"""Reads for the 第一责任人履职 page: every count comes from the indicator registry over one unit.

The unit must be one the user may view (``units_for``); anything else is 404, like a missing record.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse

from fazhi.core.scoping import units_for
from fazhi.indicators.registry import INDICATORS, compute
from fazhi.org.choices import UnitLevel

from .choices import AgendaTopic, MeetingKind

MEETING_KINDS = [MeetingKind.PARTY_COMMITTEE, MeetingKind.STANDING_COMMITTEE, MeetingKind.GOVERNMENT_EXECUTIVE,
                 MeetingKind.WORK_MEETING, MeetingKind.ANALYSIS, MeetingKind.COMMITTEE, MeetingKind.JOINT,
                 MeetingKind.SPECIAL]
AGENDA_TOPICS = [AgendaTopic.REPORT_HEARD, AgendaTopic.DEPLOYMENT, AgendaTopic.RELAY, AgendaTopic.DELIBERATION,
                 AgendaTopic.STUDY, AgendaTopic.RESEARCH]


@dataclass
class Row:
    key: str
    name: str
    value: object
    unit: str
    link: str = ""
    convention: str = ""


def duty_units_for(user):
    """Units whose 第一责任人 figures the user may open (villages have no leaders of their own in fazhi)."""
    return units_for(user, "view").exclude(level=UnitLevel.VILLAGE).order_by("path")


def duty_unit_get(*, user, unit_id):
    units = duty_units_for(user)
    if unit_id in (None, ""):
        unit = units.filter(pk=getattr(user, "unit_id", None)).first() or units.first()
    else:
        try:
            unit = units.filter(pk=int(unit_id)).first()
        except (TypeError, ValueError):
            unit = None
    if unit is None:
        raise Http404("未找到该单位。")
    return unit


def _row(key: str, unit, year: int, link_app: str = "", link_plural: str = "", params: dict | None = None) -> Row:
    ind = INDICATORS[key]
    value = compute(key, [unit], year=year).value
    link = ""
    if link_plural:
        query = urlencode({**(params or {}), "unit": unit.pk, "year": year, "void": "live"})
        link = f"{reverse('ledger_list', args=[link_app, link_plural])}?{query}"
    return Row(key, ind.name, value, ind.unit, link, ind.convention)


def leader_duty_summary(*, unit, year: int) -> dict:
    """The counts part B of the annual report is written from, for ``unit`` in ``year``."""
    meetings = [
        (
            _row(f"leadership.principal_meetings_{k}", unit, year),
            _row(f"leadership.meetings_{k}", unit, year, "leadership", "meetings", {"kind": k}),
        )
        for k in MEETING_KINDS
    ]
    agenda = [
        _row(f"leadership.agenda_{t}", unit, year, "leadership", "agenda-items",
             {"topic": t, **({} if t == AgendaTopic.RESEARCH else {"rule_of_law": "true"})})
        for t in AGENDA_TOPICS
    ]
    others = [
        _row("leadership.meetings_with_rule_of_law_items", unit, year, "leadership", "meetings"),
        _row("leadership.duty_reports", unit, year, "leadership", "duty-reports"),
        _row("leadership.duty_reports_in_assessment", unit, year, "leadership", "duty-reports", {"in_assessment": "true"}),
    ]
    if "publicity.studies_central_group" in INDICATORS:
        others.append(_row("publicity.studies_central_group", unit, year, "publicity", "studies", {"kind": "central_group"}))
    plans = [
        _row("leadership.plan_items", unit, year, "leadership", "plan-items"),
        _row("leadership.plan_items_done_rate", unit, year, "leadership", "plan-items", {"state": "done"}),
    ]
    return {"meetings": meetings, "agenda": agenda, "others": others, "plans": plans}


def plan_items_overdue(*, user, on):
    """工作安排 past their due date and not yet found done or not done, in the user's scope."""
    from fazhi.core import permissions

    from .models import PlanItem

    if not permissions.allowed(user, PlanItem.ledger().action("view")):
        return PlanItem.objects.none()
    return (PlanItem.objects.restrict(user, "view").live().filter(state="planned", due_on__lt=on)
            .select_related("unit").order_by("due_on", "seq"))

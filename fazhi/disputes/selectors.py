"""Reads of the dispute ledgers: the monthly 排查 report and the breakdowns by method and type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q, Sum

from fazhi.core.scoping import units_for

from .choices import HIGH_RISK, DisputeType, Method, State
from .models import Dispute, Screening


@dataclass
class MonthlyRow:
    unit: object
    screening: Screening | None
    found: int
    high_risk: int
    resolved: int
    mediating: int
    referred: int

    @property
    def status(self) -> str:
        if self.screening is None:
            return "未报送"
        return "零报告" if self.found == 0 else "已报送"


def report_units(user, unit):
    """The unit and its villages (a township reports for itself and each 村/社区)."""
    visible = units_for(user, "view")
    return list(visible.filter(Q(pk=unit.pk) | Q(parent=unit, level="village")).order_by("path"))


def monthly_report(*, user, unit, year: int, month: int) -> list[MonthlyRow]:
    """One row per unit: the month's screening record and the disputes found that month, from the ledger."""
    units = report_units(user, unit)
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    screenings = {s.unit_id: s for s in Screening.objects.restrict(user).live().filter(unit__in=units, year=year, month=month)}
    stats = {r["unit"]: r for r in Dispute.objects.restrict(user).live()
             .filter(unit__in=units, received_on__range=(start, end)).values("unit")
             .annotate(found=Count("pk"), high=Count("pk", filter=Q(risk_level__in=HIGH_RISK)),
                       resolved=Count("pk", filter=Q(state=State.RESOLVED)),
                       mediating=Count("pk", filter=Q(state__in=[State.SCREENED, State.MEDIATING])),
                       referred=Count("pk", filter=Q(state=State.REFERRED)))}
    rows = []
    for u in units:
        s = stats.get(u.pk, {})
        rows.append(MonthlyRow(u, screenings.get(u.pk), s.get("found", 0), s.get("high", 0), s.get("resolved", 0),
                               s.get("mediating", 0), s.get("referred", 0)))
    return rows


def breakdown(*, user, units, year: int, field: str):
    """Counts, outcomes, amounts and cycles by ``method`` or ``dispute_type`` for one year."""
    labels = dict(Method.choices if field == "method" else DisputeType.choices)
    qs = Dispute.objects.restrict(user).live().filter(unit__in=units, received_on__year=year)
    out = []
    for r in (qs.values(field).annotate(
            n=Count("pk"), mediated=Count("pk", filter=Q(state__in=[State.RESOLVED, State.FAILED])),
            resolved=Count("pk", filter=Q(state=State.RESOLVED)), amount=Sum("agreement_amount"),
            performed=Count("pk", filter=Q(performance="full"))).order_by("-n")):
        cycles = [(c - s).days for s, c in qs.filter(**{field: r[field]}, closed_on__isnull=False,
                                                      state__in=[State.RESOLVED, State.FAILED]).values_list("received_on", "closed_on")]
        out.append({"label": labels.get(r[field], "（未定）"), **r,
                    "rate": round(r["resolved"] * 100 / r["mediated"], 1) if r["mediated"] else None,
                    "avg_cycle": round(sum(cycles) / len(cycles), 1) if cycles else None,
                    "max_cycle": max(cycles) if cycles else None})
    return out

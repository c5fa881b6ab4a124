"""JSON endpoints beyond the generated ledger API, mounted by ``fazhi/api.py`` under ``/api/enforcement/``.

The generated API covers the ledgers and their named transitions; these add the draw record and its
verification, the annual statistics and the alerts. Auth, scoping and error answers are the main API's.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404
from ninja import Router

from fazhi.core import permissions
from fazhi.core.scoping import units_for
from fazhi.deadlines.services import today

from .models import RandomPlan
from .selectors import dashboard as sel
from .selectors.statistics import annual_statistics, units_for_report
from .services.problems import problems_scan
from .services.random_checks import draw_verify

router = Router(tags=["行政执法"])


def _record(request, id: int):
    plan = RandomPlan.objects.restrict(request.user).filter(pk=id).first()
    record = getattr(plan, "draw_record", None) if plan else None
    if record is None:
        raise Http404
    return record


@router.get("/random_plans/{id}/draw", summary="抽取记录（种子、名录快照及其 SHA-256、算法版本、结果）")
def draw_record(request, id: int) -> dict[str, Any]:
    from .views import draw_record_payload

    return draw_record_payload(_record(request, id))


@router.get("/random_plans/{id}/draw/verify", summary="按存档输入重新抽取并核对")
def draw_verify_api(request, id: int) -> dict[str, Any]:
    v = draw_verify(_record(request, id))
    return {
        "match": v.ok, "error": v.report.error,
        "checks": [{"name": c.name, "stored": c.stored, "recomputed": c.recomputed, "ok": c.ok} for c in v.report.checks],
        "pools_now": v.pool_changes,
    }


@router.get("/statistics", summary="行政执法统计年报数据")
def statistics_api(request, year: int | None = None, unit: int | None = None) -> dict[str, Any]:
    units = units_for(request.user, "view")
    target = units.filter(pk=unit).first() if unit else (request.user.unit or units.order_by("path").first())
    if target is None:
        raise Http404
    year = year or today().year - 1
    return annual_statistics(units=units_for_report(request.user, target), year=year).as_json()


@router.get("/alerts", summary="未消除的执法监督预警")
def alerts_api(request) -> dict[str, Any]:
    rows = sel.alerts_for(request.user)[:1000]
    return {"count": sel.alerts_for(request.user).count(), "results": [
        {"id": a.pk, "problem": a.problem, "problem_label": sel.problem_label(a.problem), "unit": a.unit.name,
         "object": a.label, "object_type": a.content_type.model, "object_id": a.object_id, "detail": a.detail,
         "first_seen_on": a.first_seen_on.isoformat()} for a in rows]}


@router.post("/alerts/scan", summary="立即运行问题模型")
def alerts_scan_api(request) -> dict[str, Any]:
    from .views import SCAN_ACTION

    permissions.require(request.user, SCAN_ACTION)
    return {"on": today().isoformat(), "open": problems_scan(units=units_for(request.user, "view"))}

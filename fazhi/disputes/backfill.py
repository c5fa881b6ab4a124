"""补录: a past year's disputes in bulk, with history, timeline and clocks (see petitions/bulk.py)."""

from __future__ import annotations

from fazhi.core import permissions
from fazhi.core.errors import InvalidInput
from fazhi.core.scoping import units_for
from fazhi.petitions.bulk import Clock, Planned, bulk_register

from .choices import Method, State
from .models import Dispute, Screening

MSG_ORDER = "第 {n} 条：调结日期不能早于开始调解日期，开始调解日期不能早于发现日期。"
MSG_SCOPE = "只能为本单位（及所属村/社区）补录记录。"

_FIELDS = ["received_on", "source", "dispute_type", "risk_level", "parties", "party_count", "summary", "special_field",
           "is_legacy", "method", "mediation_started_on", "closed_on", "agreement_form", "agreement_amount",
           "agreement_effective_on", "performance", "performed_on", "confirmation", "confirmation_applied_on",
           "confirmation_on", "court", "failure_route", "referred_to", "follow_up_on", "satisfaction"]


def _check_scope(user, unit):
    if not units_for(user, "change").filter(pk=unit.pk).exists():
        raise InvalidInput(MSG_SCOPE)


def dispute_backfill(*, user, unit, rows: list[dict]) -> list[Dispute]:
    """Each row: the dispute's fields plus ``state`` (screened/mediating/resolved/failed/referred)."""
    permissions.require(user, Dispute.ledger().action("import"))
    _check_scope(user, unit)
    planned = []
    for n, r in enumerate(rows, start=1):
        started, closed = r.get("mediation_started_on"), r.get("closed_on")
        if (started and started < r["received_on"]) or (closed and started and closed < started):
            raise InvalidInput(MSG_ORDER.format(n=n))
        state = r["state"]
        obj = Dispute(unit=unit, state=state, **{k: r[k] for k in _FIELDS if k in r})
        if state == State.RESOLVED and obj.agreement_effective_on is None:
            obj.agreement_effective_on = closed
        steps, clocks = [], []
        if started:
            steps.append(("start_mediation", "开始调解", State.SCREENED, State.MEDIATING, {"method": obj.method}))
            if obj.method == Method.PEOPLE:
                clocks.append(Clock("mediation.resolve", started, closed_on=closed if state in (State.RESOLVED, State.FAILED) else None,
                                    cancelled=state == State.REFERRED))
        if state == State.RESOLVED:
            steps.append(("resolve", "调解成功", State.MEDIATING, State.RESOLVED, {"amount": str(obj.agreement_amount or "")}))
            if obj.performance:
                steps.append(("record_performance", "登记履行情况", State.RESOLVED, State.RESOLVED, {"performance": obj.performance}))
        elif state == State.FAILED:
            steps.append(("fail", "调解不成", State.MEDIATING, State.FAILED, {"route": obj.failure_route}))
        elif state == State.REFERRED:
            steps.append(("refer", "移交", State.MEDIATING if started else State.SCREENED, State.REFERRED, {}))
        if obj.satisfaction:
            steps.append(("follow_up", "回访", state, state, {"satisfaction": obj.satisfaction}))
        planned.append(Planned(obj, steps, clocks))
    return bulk_register(model=Dispute, planned=planned, user=user, reason="补录历史矛盾纠纷")


def screening_backfill(*, user, unit, rows: list[dict]) -> list[Screening]:
    permissions.require(user, Screening.ledger().action("import"))
    _check_scope(user, unit)
    return bulk_register(model=Screening, planned=[Planned(Screening(unit=unit, **r)) for r in rows], user=user,
                         reason="补录月度排查记录")

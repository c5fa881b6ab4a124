"""补录: registering a past year's petitions in bulk (history, timeline and clocks included).

A township that starts using fazhi mid-way, or the demo, enters whole years of closed cases;
doing it step by step is slow. ``petition_backfill`` takes one dict per case with the dates of
its steps, checks them in order (the same gates as the step services, as plain date checks) and
writes everything through ``bulk.bulk_register``.
"""

from __future__ import annotations

import datetime as dt

from fazhi.core import permissions
from fazhi.core.errors import InvalidInput
from fazhi.core.scoping import units_for

from .bulk import Clock, Planned, bulk_register
from .choices import Stage, State
from .models import LeaderReception, Petition
from .services import reference_format

MSG_ORDER = "第 {n} 条：{what}不能早于{before}。"
MSG_SCOPE = "只能为本单位（及所属村/社区）补录记录。"


def check_scope(user, unit) -> None:
    if not units_for(user, "change").filter(pk=unit.pk).exists():
        raise InvalidInput(MSG_SCOPE)


def _check_order(n: int, pairs) -> None:
    for later, earlier, what, before in pairs:
        if later is not None and earlier is not None and later < earlier:
            raise InvalidInput(MSG_ORDER.format(n=n, what=what, before=before))


def petition_backfill(*, user, unit, rows: list[dict]) -> list[Petition]:
    """Each row: channel, received_on, petitioner_name, matter, category [, accepted_on, extended_on,
    replied_on, result, opinion, follow_up_on, satisfaction, is_legacy, is_key_case, case_owner,
    escalation, referred_by, repeat_of (Petition), headcount, place]."""
    permissions.require(user, Petition.ledger().action("import"))
    check_scope(user, unit)
    seq: dict[int, int] = {}
    planned = []
    for n, r in enumerate(rows, start=1):
        received, accepted, replied = r["received_on"], r.get("accepted_on"), r.get("replied_on")
        extended, follow = r.get("extended_on"), r.get("follow_up_on")
        _check_order(n, [(accepted, received, "受理日期", "收到日期"), (replied, accepted, "答复日期", "受理日期"),
                         (follow, replied, "回访日期", "答复日期"), (extended, accepted, "延期日期", "受理日期")])
        year = received.year
        if year not in seq:
            seq[year] = Petition.objects.filter(unit=unit, received_on__year=year).exclude(reference_no="").count()
        seq[year] += 1
        state = State.CLOSED if replied else State.ACCEPTED if accepted else State.REGISTERED
        obj = Petition(
            unit=unit, reference_no=reference_format(unit, year, seq[year]), channel=r["channel"], received_on=received,
            referred_by=r.get("referred_by", ""), stage=Stage.INITIAL, petitioner_name=r["petitioner_name"],
            petitioner_phone=r.get("petitioner_phone", ""), headcount=r.get("headcount", 1), place=r.get("place", ""),
            matter=r["matter"], category=r.get("category", "claim"), escalation=r.get("escalation", ""),
            is_legacy=r.get("is_legacy", False), is_key_case=r.get("is_key_case", False), case_owner=r.get("case_owner", ""),
            repeat_of=r.get("repeat_of"), repeat_suspected=r.get("repeat_of") is not None, state=state,
            accepted_on=accepted, notice_on=accepted, extended_on=extended,
            extension_reason="情况复杂，经负责人批准延期" if extended else "", extension_approver=user if extended else None,
            replied_on=replied, closed_on=replied, reply_opinion=r.get("opinion", "support" if replied else ""),
            result=r.get("result", "solved" if replied else ""), follow_up_on=follow,
            satisfaction=r.get("satisfaction", ""),
        )
        steps, clocks = [], [Clock("petition.register", received, closed_on=accepted)]
        if accepted:
            steps.append(("accept", "受理", State.REGISTERED, State.ACCEPTED, {"accepted_on": accepted.isoformat()}))
            if extended:
                steps.append(("extend", "延期办理", State.ACCEPTED, State.ACCEPTED, {"approved_on": extended.isoformat()}))
            clocks.append(Clock("petition.handle", accepted, closed_on=replied, extension=bool(extended)))
        if replied:
            steps.append(("reply", "答复办结", State.ACCEPTED, State.CLOSED, {"replied_on": replied.isoformat(), "result": obj.result}))
        if follow:
            steps.append(("follow_up", "回访", State.CLOSED, State.CLOSED, {"satisfaction": obj.satisfaction}))
        planned.append(Planned(obj, steps, clocks))
    return bulk_register(model=Petition, planned=planned, user=user, reason="补录历史信访事项")


def reception_backfill(*, user, unit, rows: list[dict]) -> list[LeaderReception]:
    permissions.require(user, LeaderReception.ledger().action("import"))
    check_scope(user, unit)
    planned = [Planned(LeaderReception(unit=unit, **r)) for r in rows]
    return bulk_register(model=LeaderReception, planned=planned, user=user, reason="补录领导接访下访记录")


def date_in(year: int, day_of_year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=day_of_year)

"""Demo dispute records matching the seeds (claims.yaml domain ``disputes``).

* 大湾镇 2020 (s000-032/033/053/055/056/058): 12 monthly reports; 215 disputes, all by 人民调解
  (no 行政调解), 204 resolved; 91% satisfied at 回访; no incidents.
* 龙河镇 2020 (s001-019): a 排查 every month.
* 古楼镇 2023–2024 (s002-041…053): 268 disputes in 2024 through the “五调联动” (诉调、警调、司调、
  访调、群调), 266 resolved (2023: 100, 91 resolved; longest cycle 60 → 15 days); 12 sweeps each with
  an analysis meeting; 2 mediator trainings; the 枇杷和谐茶室 and the four-party duty roster.
* 武隆区 2020 with its townships (s003-064): 3,731 mediations, 3,626 successful, 42 legacy petition
  cases, agreements worth 45,396,600 元, 3,618 performed.
* 遂城镇 2020 (s004-016/019): disputes from seven channels; no incidents.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from fazhi.petitions.demo import _name

TYPES = ["neighbour", "family", "land_forest", "labor", "contract", "damage", "traffic", "land_requisition", "construction", "medical"]
SUMMARIES = {"neighbour": "相邻通行、排水引发争执", "family": "赡养老人费用分担争议", "land_forest": "承包地、林地界址不清",
             "labor": "务工人员工资结算争议", "contract": "房屋买卖合同履行争议", "damage": "家畜毁坏庄稼赔偿争议",
             "traffic": "农村道路交通事故赔偿", "land_requisition": "征地补偿款分配争议", "construction": "农房建设工程款争议",
             "medical": "诊所诊疗费用及后果争议"}


def _row(i, received, state, *, method="people", cycle=10, amount=None, performance="full", **extra):
    t = TYPES[i % len(TYPES)]
    started = received + dt.timedelta(days=min(1, cycle))
    closed = received + dt.timedelta(days=cycle) if state in ("resolved", "failed") else None
    row = {"received_on": received, "source": "screening", "dispute_type": t, "risk_level": "medium" if i % 9 == 0 else "low",
           "parties": f"{_name(i)}、{_name(i + 37)}", "party_count": 2, "summary": SUMMARIES[t], "method": method,
           "mediation_started_on": started, "closed_on": closed, "state": state}
    if state == "resolved":
        row.update(agreement_form="written" if i % 4 else "oral", agreement_amount=amount, performance=performance,
                   performed_on=closed + dt.timedelta(days=20) if performance else None)
    if state == "failed":
        row.update(failure_route="litigation" if i % 2 else "arbitration")
    row.update(extra)
    return row


def _amounts(total: int, n: int) -> list[Decimal]:
    """n agreement amounts in whole 元 that vary and add up exactly to ``total``."""
    weights = [1 + (i * 7919) % 23 for i in range(n)]
    scale = total / sum(weights)
    out = [int(w * scale) for w in weights]
    out[-1] += total - sum(out)
    return [Decimal(a) for a in out]


def _spread(units, rows, user, backfill):
    by = {}
    for i, r in enumerate(rows):
        by.setdefault(units[i % len(units)], []).append(r)
    for unit, part in by.items():
        backfill(user=user, unit=unit, rows=part)


def _screenings(ctx, short, user, year, *, meetings=False, villages=False):
    from .backfill import screening_backfill

    town = ctx.unit(short)
    screening_backfill(user=user, unit=town, rows=[{
        "year": year, "month": m, "conducted_on": dt.date(year, m, 20), "lead": "分管政法工作的副书记", "participants": 8 + m % 4,
        "households_visited": 40 + 3 * m, "analysis_meeting_on": dt.date(year, m, 25) if meetings else None,
        "submitted_on": dt.date(year, m, 28), "note": "对辖区重点人、重点事、重点领域开展拉网式排查",
    } for m in range(1, 13)])
    if villages:
        for k in (1, 2, 3):
            screening_backfill(user=user, unit=ctx.unit(f"{short}示例村{k}（演示）"), rows=[{
                "year": year, "month": m, "conducted_on": dt.date(year, m, 18), "lead": "村调委会主任", "participants": 3,
                "households_visited": 25, "submitted_on": dt.date(year, m, 19), "note": "本月未发现新的矛盾纠纷" if m % 3 else "",
            } for m in range(1, 13)])


def _dawan(ctx):
    from fazhi.core.services import record_create

    from .backfill import dispute_backfill
    from .models import MediationBody

    user = ctx.user("dawan_operator")
    _screenings(ctx, "大湾镇", user, 2020)
    sats = ["satisfied"] * 160 + ["basic"] * 22 + ["dissatisfied"] * 18 + [""] * 15   # 182 of 200 rated = 91%
    rows = []
    for i in range(215):
        state = "resolved" if i < 204 else "failed"
        rows.append(_row(i, dt.date(2020, 1, 3) + dt.timedelta(days=(i * 3) % 350), state, cycle=3 + i % 20,
                         amount=Decimal(2000 + (i * 37) % 9000) if i % 3 == 0 else None,
                         special_field="poverty" if i % 20 == 0 else "", satisfaction=sats[i],
                         follow_up_on=(dt.date(2020, 1, 3) + dt.timedelta(days=(i * 3) % 350 + 30)) if sats[i] else None))
    units = [ctx.unit("大湾镇")] + [ctx.unit(f"大湾镇示例村{k}（演示）") for k in (1, 2, 3)]
    _spread(units, rows, user, dispute_backfill)
    record_create(ledger=MediationBody.ledger(), user=user, unit=ctx.unit("大湾镇"), data={
        "kind": "leading_group", "name": "大湾镇行政调解工作领导小组", "established_on": "2020-03-02", "head": "镇政法书记",
        "members": "信访办、派出所、司法所、妇联", "note": "副组长由平安办主任担任并兼任办公室主任"})


def _longhe(ctx):
    from .backfill import dispute_backfill

    user = ctx.user("longhe_operator")
    _screenings(ctx, "龙河镇", user, 2020)
    dispute_backfill(user=user, unit=ctx.unit("龙河镇"), rows=[
        _row(i, dt.date(2020, 1, 10) + dt.timedelta(days=i * 9), "resolved" if i % 8 else "failed", cycle=5 + i % 12)
        for i in range(38)])


def _gulou(ctx):
    from fazhi.core.services import record_create

    from .backfill import dispute_backfill
    from .models import MediationBody, Mediator, MediatorTraining

    user = ctx.user("gulou_operator")
    town = ctx.unit("古楼镇")
    _screenings(ctx, "古楼镇", user, 2024, meetings=True, villages=True)
    rows = [_row(i, dt.date(2023, 1, 5) + dt.timedelta(days=i * 3), "resolved" if i < 91 else "failed",
                 cycle=60 if i == 7 else 10 + i % 35) for i in range(100)]
    methods = ["court", "police", "judicial", "petition", "people"]       # 诉调、警调、司调、访调、群调
    for i in range(268):
        state = "resolved" if i < 266 else "failed"
        rows.append(_row(i, dt.date(2024, 1, 4) + dt.timedelta(days=(i * 4) % 340), state, method=methods[i % 5],
                         cycle=15 if i == 11 else 2 + i % 12, amount=Decimal(1500 + (i * 53) % 6000) if i % 4 == 0 else None))
    dispute_backfill(user=user, unit=town, rows=rows)
    groups = ["legal_staff", "village_secretary", "comprehensive", "adviser", "grid", "elder", "volunteer", "legal_literate"]
    for k in range(24):
        record_create(ledger=Mediator.ledger(), user=user, unit=town, data={
            "name": f"{_name(k + 60)}", "kind": "full_time" if k < 3 else "part_time", "source_group": groups[k % len(groups)],
            "organisation": "古楼镇人民调解委员会", "is_legal_literate": "on" if groups[k % len(groups)] == "legal_literate" else "",
            "appointed_on": "2024-02-01", "is_active": "on"})
    for d, title in ((dt.date(2024, 4, 16), "人民调解员业务能力提升培训"), (dt.date(2024, 10, 22), "“五调联动”工作机制专题培训")):
        record_create(ledger=MediatorTraining.ledger(), user=user, unit=town, data={
            "held_on": d.isoformat(), "title": title, "organiser": "古楼镇司法所", "attendees": 45, "hours": "3"})
    record_create(ledger=MediationBody.ledger(), user=user, unit=town, data={
        "kind": "studio", "name": "枇杷和谐茶室", "established_on": "2024-05-20", "head": "司法所所长",
        "note": "调解品牌，完成打造并投入使用"})
    record_create(ledger=MediationBody.ledger(), user=user, unit=town, data={
        "kind": "duty", "name": "“有事值班”制度", "established_on": "2024-03-01", "members": "古楼法庭、司法所、派出所、政府法律顾问"})


def _wulong(ctx):
    from .backfill import dispute_backfill

    shorts = ["凤山街道", "芙蓉街道", "仙女山街道", "白马镇", "江口镇", "火炉镇", "羊角镇", "双河镇"]
    units = [ctx.unit(s) for s in shorts]
    admin, baima = ctx.user("admin"), ctx.user("baima_operator")
    amounts = _amounts(45_396_600, 3626)
    legacy = set(range(5, 5 + 86 * 42, 86))      # 42 信访陈年旧案, all among the successful ones
    rows = []
    for i in range(3731):
        state = "resolved" if i < 3626 else "failed"
        performance = "full" if i < 3618 else ("partial" if i % 2 else "none") if state == "resolved" else ""
        rows.append(_row(i, dt.date(2020, 1, 2) + dt.timedelta(days=(i * 11) % 340), state, cycle=2 + i % 25,
                         amount=amounts[i] if state == "resolved" else None, performance=performance,
                         is_legacy=i in legacy, source="petition" if i in legacy else "screening"))
    by = {}
    for i, r in enumerate(rows):
        by.setdefault(units[i % len(units)], []).append(r)
    for unit, part in by.items():
        dispute_backfill(user=baima if unit.short_name == "白马镇" else admin, unit=unit, rows=part)


def _suicheng(ctx):
    from .backfill import dispute_backfill

    user = ctx.user("suicheng_operator")
    sources = ["judicial", "administrative", "petition", "hotline", "front_desk", "patrol", "people"]
    dispute_backfill(user=user, unit=ctx.unit("遂城镇"), rows=[
        _row(i, dt.date(2020, 1, 8) + dt.timedelta(days=i * 5), "resolved" if i % 10 else "failed", cycle=4 + i % 15,
             source=sources[i % 7]) for i in range(63)])


def _dawan_current(ctx):
    """Current cases entered step by step: a running one-month clock, an overdue one, a confirmation window."""
    from fazhi.core.services import record_create
    from fazhi.core.workflow import perform
    from fazhi.deadlines.services import today

    from .models import Dispute, Mediator

    unit, user = ctx.unit("大湾镇"), ctx.user("dawan_operator")
    t = today()
    for k, name in enumerate(("刘调解", "陈调解")):
        record_create(ledger=Mediator.ledger(), user=user, unit=unit, data={
            "name": name, "kind": "full_time" if k == 0 else "part_time", "source_group": "legal_literate" if k else "legal_staff",
            "is_legal_literate": "on" if k else "", "organisation": "大湾镇人民调解委员会", "is_active": "on"})

    def new(i, days_ago, risk="low"):
        t_ = TYPES[i % len(TYPES)]
        return record_create(ledger=Dispute.ledger(), user=user, unit=unit, data={
            "received_on": (t - dt.timedelta(days=days_ago)).isoformat(), "source": "screening", "dispute_type": t_,
            "risk_level": risk, "parties": f"{_name(i)}、{_name(i + 5)}", "party_count": 2, "summary": SUMMARIES[t_]})

    def go(obj, name, **data):
        return perform(obj=Dispute.objects.get(pk=obj.pk), name=name, user=user,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    new(1, 2, risk="high")
    d = new(2, 27)
    go(d, "start_mediation", started_on=t - dt.timedelta(days=27), method="people", mediators="刘调解", parties_consent="on")
    d = new(3, 40)
    go(d, "start_mediation", started_on=t - dt.timedelta(days=38), method="people", mediators="刘调解、陈调解", parties_consent="on")
    d = new(4, 20)
    go(d, "start_mediation", started_on=t - dt.timedelta(days=19), method="people", mediators="陈调解", parties_consent="on")
    go(d, "resolve", closed_on=t - dt.timedelta(days=10), agreement_form="written", agreement_amount="8600", signed_and_sealed="on",
       note="一次性赔偿8600元，30日内付清")


def load(ctx):
    for key, fn in (("dawan_2020", _dawan), ("longhe_2020", _longhe), ("gulou_2023_2024", _gulou),
                    ("wulong_2020", _wulong), ("suicheng_2020", _suicheng), ("dawan_current", _dawan_current)):
        if ctx.once(f"disputes.{key}"):
            fn(ctx)

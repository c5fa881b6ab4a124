"""Demo 行政应诉 records (claims.yaml domain ``reconsideration_litigation``).

武隆区 (区政府 as defendant), s003-057/058/059: 2019 — 4 cases heard, a head appeared in 2 (50%);
2020 — 8 cases heard, a head appeared in 6 (75%, +25 percentage points); in all 3 key cases
(重大公共利益、社会高度关注、行政公益诉讼) a head appeared (100%); both lost judgments complied with
(100%); 2 司法建议 and 3 检察建议, all replied (100%). 遂城镇 2020 (s004-028): one case.
"""

from __future__ import annotations

import datetime as dt

from fazhi.petitions.demo import _name

HEADS = [("区长", "principal"), ("副区长", "deputy"), ("分管副区长", "in_charge")]


def _case(year, n, category="general", appeared=True, outcome="dismiss_claim", **extra):
    filed = dt.date(year, 1, 10) + dt.timedelta(days=n * 37)
    head, rank = HEADS[n % 3]
    row = {"case_no": f"（{year}）渝0156行初{n + 1}号", "court": "重庆市武隆区人民法院", "trial_level": "first",
           "plaintiff": _name(n + 140 + year), "cause": ["房屋征收补偿决定", "行政处罚决定", "不履行法定职责", "土地行政登记"][n % 4],
           "category": category, "filed_on": filed, "judged_on": filed + dt.timedelta(days=70), "outcome": outcome,
           "effective_on": filed + dt.timedelta(days=90),
           "hearings": [{"held_on": filed + dt.timedelta(days=45), "head_appeared": appeared, "head_name": head if appeared else "",
                         "head_rank": rank if appeared else "", "summoned": category != "general",
                         "explanation_filed": not appeared}]}
    if outcome in ("revoke", "confirm_illegal"):
        row["complied_on"] = row["effective_on"] + dt.timedelta(days=20)
    row.update(extra)
    return row


def _wulong(ctx):
    from .backfill import lawsuit_backfill, suggestion_backfill

    unit, user = ctx.unit("武隆区"), ctx.user("wulong_operator")
    rows = [_case(2019, n, appeared=n < 2) for n in range(4)]
    rows += [_case(2020, 0, "public_interest"), _case(2020, 1, "high_attention"), _case(2020, 2, "public_litigation"),
             _case(2020, 3, outcome="revoke"), _case(2020, 4, outcome="confirm_illegal"), _case(2020, 5, outcome="withdrawn"),
             _case(2020, 6, appeared=False), _case(2020, 7, appeared=False, via_reconsideration=True)]
    lawsuit_backfill(user=user, unit=unit, rows=rows)
    suggestion_backfill(user=user, unit=unit, rows=[
        {"kind": kind, "issuer": issuer, "doc_no": doc, "received_on": received, "subject": subject,
         "reply_due_on": received + dt.timedelta(days=60), "replied_on": received + dt.timedelta(days=days), "adopted": True}
        for kind, issuer, doc, received, subject, days in (
            ("judicial", "重庆市武隆区人民法院", "（2020）渝0156司建1号", dt.date(2020, 3, 16), "规范房屋征收补偿程序", 40),
            ("judicial", "重庆市武隆区人民法院", "（2020）渝0156司建2号", dt.date(2020, 9, 7), "加强行政执法文书送达", 35),
            ("procuratorial", "重庆市武隆区人民检察院", "武检行建〔2020〕1号", dt.date(2020, 4, 20), "督促履行生态环境监管职责", 50),
            ("procuratorial", "重庆市武隆区人民检察院", "武检行建〔2020〕2号", dt.date(2020, 6, 8), "督促追缴国有土地出让金", 55),
            ("procuratorial", "重庆市武隆区人民检察院", "武检行建〔2020〕3号", dt.date(2020, 10, 12), "规范食品安全行政处罚", 45))])


def _suicheng(ctx):
    from .backfill import lawsuit_backfill

    lawsuit_backfill(user=ctx.user("suicheng_operator"), unit=ctx.unit("遂城镇"), rows=[{
        "case_no": "（2020）粤0823行初5号", "court": "遂溪县人民法院", "trial_level": "first", "plaintiff": _name(170),
        "cause": "房屋征收补偿决定", "category": "general", "filed_on": dt.date(2020, 6, 2), "via_reconsideration": True,
        "judged_on": dt.date(2020, 9, 15), "outcome": "dismiss_claim", "effective_on": dt.date(2020, 10, 5),
        "hearings": [{"held_on": dt.date(2020, 7, 21), "head_appeared": True, "head_name": "镇长", "head_rank": "principal"}]}])


def _current(ctx):
    from fazhi.core.services import record_create
    from fazhi.core.workflow import perform
    from fazhi.deadlines.services import today

    from .models import Lawsuit, Suggestion

    t = today()
    unit, user = ctx.unit("武隆区"), ctx.user("wulong_operator")
    c = record_create(ledger=Lawsuit.ledger(), user=user, unit=unit, data={
        "case_no": f"（{t.year}）渝0156行初9号", "court": "重庆市武隆区人民法院", "trial_level": "first", "plaintiff": _name(180),
        "cause": "林地权属处理决定", "category": "mass", "filed_on": (t - dt.timedelta(days=40)).isoformat()})
    perform(obj=c, name="record_hearing", user=user, data={
        "held_on": (t - dt.timedelta(days=5)).isoformat(), "head_appeared": "on", "head_name": "副区长", "head_rank": "deputy",
        "summoned": "on"})
    record_create(ledger=Suggestion.ledger(), user=user, unit=unit, data={
        "kind": "procuratorial", "issuer": "重庆市武隆区人民检察院", "doc_no": f"武检行建〔{t.year}〕4号",
        "received_on": (t - dt.timedelta(days=20)).isoformat(), "subject": "督促整治农村饮用水源地污染",
        "reply_due_on": (t + dt.timedelta(days=40)).isoformat()})


def load(ctx):
    for key, fn in (("wulong_2019_2020", _wulong), ("suicheng_2020", _suicheng), ("current", _current)):
        if ctx.once(f"litigation.{key}"):
            fn(ctx)

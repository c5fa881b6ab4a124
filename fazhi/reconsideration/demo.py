"""Demo 行政复议 records (claims.yaml domain ``reconsideration_litigation``).

* 武隆区 2020 as 复议机关 (s003-065/066/067): 23 cases closed within the legal time limits
  (one after an approved extension, one with a 中止 period); 4 corrected (2 撤销, 1 确认违法, 1 调解
  after the respondent changed its act) → 实质纠错率 4 ÷ 23 = 17.39%; 126 documents served; 11 site
  investigations and 32 interviews.
* 遂城镇 2020 as 被申请人 (s004-028): two cases, answered in time.
* Current cases entered step by step (running acceptance/decision clocks, a suspension).
"""

from __future__ import annotations

import datetime as dt

from fazhi.petitions.demo import _name

OUTCOMES = ["uphold"] * 12 + ["dismiss"] * 3 + ["revoke"] * 2 + ["confirm_illegal", "mediated"] + ["withdrawn"] * 3 + ["terminated"]
ACTS = [("penalty", "行政处罚决定"), ("license", "不予许可决定"), ("disclosure", "政府信息公开答复"),
        ("non_performance", "未履行法定职责"), ("land", "土地权属处理决定"), ("requisition", "房屋征收补偿决定")]


def _wulong_2020(ctx):
    from .backfill import reconsideration_backfill

    unit, user = ctx.unit("武隆区"), ctx.user("wulong_operator")
    docs = [5] * 19 + [7, 8, 6, 10]          # Σ = 126
    sites = [1] * 11 + [0] * 12
    talks = [2] * 9 + [1] * 14               # Σ = 32
    rows = []
    for i, outcome in enumerate(OUTCOMES):
        kind, act = ACTS[i % len(ACTS)]
        received = dt.date(2020, 1, 6) + dt.timedelta(days=i * 14)
        accepted = received + dt.timedelta(days=3)
        simplified = kind == "disclosure"
        row = {"role": "organ", "case_no": f"武隆府复〔2020〕{i + 1}号", "applicant": _name(i + 80),
               "respondent_name": ["区市场监管局", "白马镇人民政府", "区规划自然资源局", "江口镇人民政府"][i % 4],
               "act": act, "act_kind": kind, "received_on": received, "channel": ["post", "in_person", "online"][i % 3],
               "procedure": "simplified" if simplified else "ordinary", "accepted_on": accepted,
               "copy_sent_on": accepted + dt.timedelta(days=2), "answer_on": accepted + dt.timedelta(days=9),
               "decided_on": accepted + dt.timedelta(days=25 if simplified else 45), "outcome": outcome,
               "corrected": outcome == "mediated", "decision_doc_no": f"武隆府复决字〔2020〕{i + 1}号",
               "documents_served": docs[i], "site_investigations": sites[i], "interviews": talks[i]}
        if i == 4:       # complex case: extension approved by the head of the 复议机构, decided on day 80
            row.update(extended_on=accepted + dt.timedelta(days=50), extension_reason="案情复杂，需现场勘验",
                       decided_on=accepted + dt.timedelta(days=80))
        if i == 9:       # suspended for 20 days pending another authority's determination
            row.update(suspended_on=accepted + dt.timedelta(days=20), resumed_on=accepted + dt.timedelta(days=40),
                       suspension_reason="案件涉及法律适用问题，需要有权机关作出解释或确认", decided_on=accepted + dt.timedelta(days=75))
        rows.append(row)
    reconsideration_backfill(user=user, unit=unit, rows=rows)


def _suicheng_2020(ctx):
    from .backfill import reconsideration_backfill

    unit, user = ctx.unit("遂城镇"), ctx.user("suicheng_operator")
    reconsideration_backfill(user=user, unit=unit, rows=[
        {"role": "respondent", "case_no": f"遂府复〔2020〕{n}号", "applicant": _name(90 + n), "respondent_name": "遂城镇人民政府",
         "act": act, "act_kind": kind, "received_on": received, "answer_on": received + dt.timedelta(days=6),
         "decided_on": received + dt.timedelta(days=50), "outcome": outcome}
        for n, (kind, act, received, outcome) in enumerate((
            ("requisition", "房屋征收补偿决定", dt.date(2020, 4, 13), "uphold"),
            ("non_performance", "未履行查处违法建设职责", dt.date(2020, 8, 3), "dismiss")), start=1)])


def _current(ctx):
    from fazhi.core.workflow import perform
    from fazhi.deadlines.services import today

    from .models import Reconsideration
    from .services import reconsideration_register

    t = today()
    organ, clerk, head = ctx.unit("武隆区"), ctx.user("wulong_operator"), ctx.user("wulong_leader")

    def reg(unit, user, n, days_ago, **kw):
        kind, act = ACTS[n % len(ACTS)]
        data = {"role": "organ", "case_no": f"武隆府复〔{t.year}〕{n}号", "applicant": _name(n + 120),
                "respondent_name": "区市场监管局", "act": act, "act_kind": kind,
                "received_on": (t - dt.timedelta(days=days_ago)).isoformat(), "channel": "online", "procedure": "ordinary",
                "documents_served": 0, "site_investigations": 0, "interviews": 0, **kw}
        return reconsideration_register(ledger=Reconsideration.ledger(), user=user, unit=unit, data=data)

    def go(obj, name, user=clerk, **data):
        return perform(obj=Reconsideration.objects.get(pk=obj.pk), name=name, user=user,
                       data={k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()})

    reg(organ, clerk, 1, 2)                                  # acceptance review running
    c = reg(organ, clerk, 2, 50)                             # decision due in about two weeks
    go(c, "accept", accepted_on=t - dt.timedelta(days=48))
    go(c, "send_copy", sent_on=t - dt.timedelta(days=46))
    go(c, "receive_answer", answer_on=t - dt.timedelta(days=38))
    c = reg(organ, clerk, 3, 70)                             # suspended, then resumed: the clock moves
    go(c, "accept", accepted_on=t - dt.timedelta(days=68))
    go(c, "send_copy", sent_on=t - dt.timedelta(days=66))
    go(c, "receive_answer", answer_on=t - dt.timedelta(days=58))
    go(c, "suspend", suspended_on=t - dt.timedelta(days=40), reason="申请人死亡，须等待其近亲属确定是否参加行政复议")
    go(c, "resume", resumed_on=t - dt.timedelta(days=20))
    c = reg(organ, clerk, 4, 20, procedure="simplified", act_kind="disclosure", act="政府信息公开答复")
    go(c, "accept", accepted_on=t - dt.timedelta(days=19))
    go(c, "send_copy", sent_on=t - dt.timedelta(days=18))
    go(c, "receive_answer", answer_on=t - dt.timedelta(days=14))
    c = reg(organ, clerk, 5, 58)                             # extended by the head of the 复议机构
    go(c, "accept", accepted_on=t - dt.timedelta(days=57))
    go(c, "send_copy", sent_on=t - dt.timedelta(days=55))
    go(c, "receive_answer", answer_on=t - dt.timedelta(days=45))
    go(c, "extend", user=head, approved_on=t - dt.timedelta(days=2), reason="案情重大复杂，需组织听证")
    reg(ctx.unit("大湾镇"), ctx.user("dawan_operator"), 6, 4, role="respondent", respondent_name="大湾镇人民政府",
        act="责令限期拆除决定", act_kind="coercion", case_no=f"渝北府复〔{t.year}〕6号")


def load(ctx):
    for key, fn in (("wulong_2020", _wulong_2020), ("suicheng_2020", _suicheng_2020), ("current", _current)):
        if ctx.once(f"reconsideration.{key}"):
            fn(ctx)

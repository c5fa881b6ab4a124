"""Demo records of 监督与问责 for the seed units (see claims_map.yaml).

Seed 003 (武隆区 2020): 人大代表建议 all replied and rated 满意 (100%), 预算执行审计 of every 一级预算部门 in the
(placeholder) roster, 跟踪审计 each quarter, the audit report published. Seed 002 (古楼镇 2024): three
channels (举报箱、电子信箱、热线电话) and reports to the 人大主席团. Seed 001 (龙河镇 2020): complaints found
unsubstantiated, so "全年未发生损害…行为" is a computed zero.
"""

from __future__ import annotations

import datetime as dt

from fazhi.leadership.demo_kit import act, day, make

from .models import Audit, BudgetUnit, Complaint, ComplaintChannel, NPCReport, OversightVisit, Proposal


def _proposal(ctx, unit, i, year, kind="npc_suggestion", satisfaction="satisfied"):
    assigned = day(year, i, 200)
    p = make(ctx, Proposal, unit, {"kind": kind, "number": f"{year}-{i + 1:03d}", "title": f"代表建议（演示）{i + 1}",
                                   "proposer": f"代表（演示）{i + 1}", "assigned_on": assigned,
                                   "due_on": assigned + dt.timedelta(days=90)})
    act(ctx, p, "reply", {"replied_on": assigned + dt.timedelta(days=60), "reply_summary": "（演示）已研究办理并答复"}, unit)
    act(ctx, p, "feedback", {"feedback_on": assigned + dt.timedelta(days=70), "satisfaction": satisfaction}, unit)
    return p


def _wulong(ctx):
    for i in range(32):
        _proposal(ctx, "武隆区", i, 2020)
    units = [make(ctx, BudgetUnit, "武隆区", {"name": f"一级预算部门（演示）{i}"}) for i in range(1, 16)]
    for bu in units:
        make(ctx, Audit, "武隆区", {"kind": "budget_execution", "title": f"{bu.name}2019年度预算执行审计",
                                   "audited_name": bu.name, "budget_unit": bu.pk, "started_on": dt.date(2020, 4, 1),
                                   "big_data": True})
    for q in range(1, 5):
        make(ctx, Audit, "武隆区", {"kind": "tracking", "title": f"重大项目、重大政策跟踪审计（第{q}季度）",
                                   "audited_name": "重大项目和重大政策（演示）", "quarter": q,
                                   "started_on": dt.date(2020, 3 * q - 1, 10)})
    make(ctx, Audit, "武隆区", {"kind": "other", "title": "2019年度本级预算执行和其他财政收支审计工作报告",
                               "audited_name": "区本级财政", "started_on": dt.date(2020, 3, 1),
                               "report_published_on": dt.date(2020, 9, 30)})
    make(ctx, NPCReport, "武隆区", {"reported_on": dt.date(2020, 8, 27), "body": "standing_committee", "kind": "audit",
                                   "title": "2019年度审计工作报告和审计结果报告", "outcome": "审议通过"})


def _towns(ctx):
    for on, title in [(dt.date(2024, 3, 8), "镇人民政府工作报告"), (dt.date(2024, 9, 6), "上半年法治政府建设情况报告")]:
        make(ctx, NPCReport, "古楼镇", {"reported_on": on, "body": "presidium", "kind": "work" if "工作" in title else "rule_of_law",
                                       "title": title})
    for kind, name, contact in [("box", "镇政府举报箱", "镇政府大门"), ("email", "监督电子信箱", "（演示）gulou@example.cn"),
                                ("hotline", "监督举报热线", "（演示）023-42000000")]:
        make(ctx, ComplaintChannel, "古楼镇", {"kind": kind, "name": name, "contact": contact, "opened_on": dt.date(2024, 1, 1)})
    channel = make(ctx, ComplaintChannel, "龙河镇", {"kind": "hotline", "name": "镇纪委举报电话", "contact": "（演示）023-70000000"})
    for i, subject in enumerate(["反映场镇执法人员态度生硬", "反映低保评定不公"]):
        c = make(ctx, Complaint, "龙河镇", {"received_on": dt.date(2020, 5 + 3 * i, 12), "channel": channel.pk,
                                           "subject": subject})
        act(ctx, c, "conclude", {"concluded_on": dt.date(2020, 6 + 3 * i, 2), "finding": "unsubstantiated",
                                 "handling": "经核查不属实，已向反映人说明"}, "龙河镇")
    make(ctx, NPCReport, "遂城镇", {"reported_on": dt.date(2020, 1, 15), "body": "presidium", "kind": "work",
                                   "title": "镇人民政府工作报告"})
    for i in range(3):
        _proposal(ctx, "遂城镇", i, 2020, satisfaction="basic" if i == 2 else "satisfied")
    make(ctx, OversightVisit, "遂城镇", {"visited_on": dt.date(2020, 10, 20), "visitor_type": "npc_deputy",
                                        "target": "征地拆迁和执法工作视察调研", "visitors": 8})
    for kind, name, contact in [("hotline", "投诉举报电话", "（演示）0759-7000000"), ("letter", "来信受理", "镇党政办")]:
        make(ctx, ComplaintChannel, "遂城镇", {"kind": kind, "name": name, "contact": contact})
    for vt in ("npc_deputy", "party_rep", "organ_rep"):
        make(ctx, OversightVisit, "大湾镇", {"visited_on": dt.date(2020, 6, 15), "visitor_type": vt,
                                            "target": "走进政务服务窗口实施精准监督", "visitors": 5})


def load(ctx):
    if ctx.once("oversight.seeds"):
        _wulong(ctx)
        _towns(ctx)

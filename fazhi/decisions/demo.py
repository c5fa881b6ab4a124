"""Demo records of 重大行政决策, made through the services (seed figures and claims):

* 古楼镇 2024 (s002-028/029/067): an annual 决策事项目录 consented and published; three decisions,
  public participation of 15 人次 in all (9 + 6), an adviser's opinion on only one of the two decided.
* 武隆区 2020 (s003-042/044): 101 重点项目和重大决策 risk-assessed and filed; one decision through
  every step at the 区政府常务会议.
* 龙河镇 2020 (s001-015/018): a decision with all five procedures (decided at a 党政联席会议).
* 遂城镇 2020 (s004-041): two public-works decisions, each with a public notice and a hearing.
* 大湾镇 2020 (s000-024): a decision with the legality review before the meeting (by 渝北区司法局).
"""

from __future__ import annotations

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.normative.demo import _designate, reviewer

from .models import CatalogueItem, DecisionCatalogue, MajorDecision, RiskAssessment

D = dt.date
POSITIONS = "{a}｜副职｜同意｜\n{b}｜班子成员｜同意｜\n{c}｜班子成员｜保留意见｜建议分期实施\n{head}｜主要负责人｜同意｜"


def _decision(ctx, user, short, title, category, proposed, *, item=None, lead="经济发展办"):
    d = record_create(ledger=MajorDecision.ledger(), user=user, unit=ctx.unit(short), data={
        "title": title, "category": category, "catalogue_item": item.pk if item else "", "proposer_kind": "department",
        "proposer": lead, "proposed_on": proposed, "proposal": f"{title}：拟解决的问题、依据和初步方案（演示）。", "needs_public": "on"})
    return perform(obj=d, name="start", user=user, data={"started_on": proposed + dt.timedelta(days=3), "start_basis": "决策机关会议研究决定启动",
                                                         "lead_unit": lead})


def _consult(user, d, start, participants, *, method="forum", days=0, channel="群众座谈会"):
    d = perform(obj=d, name="consult", user=user, data={"method": method, "channel": channel, "start_on": start,
                                                        "end_on": start + dt.timedelta(days=days)})
    c = d.consultations.latest("pk")
    perform(obj=c, name="close", user=user, data={"closed_on": start + dt.timedelta(days=days), "participants": participants,
                                                  "adoption_summary": "对合理意见予以采纳，未采纳的说明理由（演示）",
                                                  "feedback_published_on": start + dt.timedelta(days=days + 3)})
    d.refresh_from_db()
    return d


def _expert(user, d, on, name="周工（演示）", org="市政设计研究院（演示）"):
    return perform(obj=d, name="add_expert", user=user, data={"expert_name": name, "organisation": org, "given_on": on,
                                                              "opinion": "方案技术可行（演示）", "signed": "on", "no_direct_interest": "on"})


def _risk(user, d, on, assessor="承办单位"):
    r = record_create(ledger=RiskAssessment.ledger(), user=user, unit=d.unit, data={
        "decision": d.pk, "subject": d.title, "assessor": assessor, "assessed_on": on, "risk_level": "low",
        "risk_points": "征地补偿、施工扰民（演示）", "measures": "公开补偿标准，错峰施工（演示）"})
    return perform(obj=r, name="file", user=user, data={"filed_on": on + dt.timedelta(days=5), "filed_with": "政法委（演示）"})


def _hearing(user, d, on):
    d = perform(obj=d, name="plan_hearing", user=user, data={
        "hearing_on": on, "place": "镇政府会议室", "notice_published_on": on - dt.timedelta(days=20),
        "participants_published_on": on - dt.timedelta(days=15), "materials_served_on": on - dt.timedelta(days=10)})
    perform(obj=d.hearings.latest("pk"), name="record", user=user, data={"participants": 25, "record_signed": "on", "report": "听证报告（演示）"})
    d.refresh_from_db()
    return d


def _review_decide(user, leader, rev, d, submitted, *, meeting, kind="office", names=("甲", "乙", "丙", "丁"), party="镇党委"):
    d = perform(obj=d, name="submit_review", user=user, data={"submitted_on": submitted, "materials": "决策草案、法律依据、程序履行情况说明"})
    perform(obj=d.reviews.get(state="pending"), name="give_opinion", user=rev, data={
        "opinion_on": submitted + dt.timedelta(days=14), "opinion": "lawful", "opinion_text": "符合法定权限和程序，内容合法（演示）。",
        "advisers": "法律顾问出具了书面意见（演示）", "check_authority": "on", "check_procedure": "on", "check_content": "on"})
    d.refresh_from_db()
    a, b, c, head = (f"{n}（演示）" for n in names)
    on = submitted + dt.timedelta(days=21)
    d = perform(obj=d, name="decide", user=leader, data={"meeting_kind": kind, "meeting_name": meeting, "decided_on": on,
                                                         "positions": POSITIONS.format(a=a, b=b, c=c, head=head), "head_name": head, "outcome": "passed"})
    d = perform(obj=d, name="report_to_party", user=user, data={"reported_on": on + dt.timedelta(days=2), "party_body": party, "party_reply": "同意"})
    d = perform(obj=d, name="publish", user=user, data={"published_on": on + dt.timedelta(days=5), "published_where": "政府网站",
                                                        "publication_note": "公众意见、专家意见采纳情况及政策解读（演示）"})
    d = perform(obj=d, name="archive", user=user, data={"archived_on": on + dt.timedelta(days=20), "archive_ref": f"{on.year}-JC-{d.pk}"})
    return perform(obj=d, name="implement", user=user, data={"executing_unit": d.lead_unit, "started_on": on + dt.timedelta(days=10)})


def _gulou(ctx):
    user, leader, rev = ctx.user("gulou_operator"), ctx.user("gulou_leader"), reviewer(ctx, "hechuan_legal_reviewer")
    unit = ctx.unit("古楼镇")
    cat = record_create(ledger=DecisionCatalogue.ledger(), user=user, unit=unit, data={"year": 2024, "title": "古楼镇2024年度重大行政决策事项目录"})
    items = [record_create(ledger=CatalogueItem.ledger(), user=user, unit=unit, data={
        "catalogue": cat.pk, "name": name, "category": category, "lead_unit": lead, "schedule": when})
        for name, category, lead, when in (("古楼镇集镇污水管网建设项目", "project", "建设环保办", "2024年6月"),
                                           ("古楼镇农村公路养护管理办法", "policy", "建设环保办", "2024年9月"),
                                           ("古楼镇2025—2027年农业产业发展规划", "planning", "农业服务中心", "2024年12月"))]
    perform(obj=cat, name="record_consent", user=user, data={"consented_on": "2024-02-20", "consent_ref": "古楼镇党委会议（演示）"})
    perform(obj=cat, name="publish", user=user, data={"published_on": "2024-02-28", "published_where": "合川区人民政府网站古楼镇专栏"})

    d1 = _decision(ctx, user, "古楼镇", items[0].name, "project", D(2024, 3, 1), item=items[0], lead="建设环保办")
    d1 = _consult(user, d1, D(2024, 3, 11), 9)
    d1 = _expert(user, d1, D(2024, 3, 15))
    _risk(user, d1, D(2024, 3, 20))
    _review_decide(user, leader, rev, d1, D(2024, 4, 1), meeting="古楼镇第6次镇长办公会议（演示）")

    d2 = _decision(ctx, user, "古楼镇", items[1].name, "policy", D(2024, 6, 3), item=items[1], lead="建设环保办")
    d2 = _consult(user, d2, D(2024, 6, 12), 6, method="visit", channel="入户走访")
    _risk(user, d2, D(2024, 6, 20))
    _review_decide(user, leader, rev, d2, D(2024, 7, 1), meeting="古楼镇第15次镇长办公会议（演示）")

    _decision(ctx, user, "古楼镇", items[2].name, "planning", D(2024, 11, 4), item=items[2], lead="农业服务中心")


def _wulong(ctx):
    user, leader, rev = ctx.user("wulong_operator"), ctx.user("wulong_leader"), ctx.user("wulong_legal_reviewer")
    d = _decision(ctx, user, "武隆区", "武隆区城市更新试点实施方案（演示）", "policy", D(2020, 4, 1), lead="区住房城乡建委")
    d = _consult(user, d, D(2020, 4, 10), 132, method="published_draft", days=30, channel="区政府网站")
    d = _expert(user, d, D(2020, 5, 15), org="重庆某大学（演示）")
    # 101 重点项目和重大决策 risk-assessed and filed in 2020 (this decision is one of them)
    _risk(user, d, D(2020, 5, 10), assessor="第三方社会稳定风险评估机构（演示）")
    _review_decide(user, leader, rev, d, D(2020, 5, 25), meeting="区政府第111次常务会议", kind="executive",
                   names=("副区长甲", "副区长乙", "副区长丙", "区长"), party="中共重庆市武隆区委员会")
    for k in range(100):
        on = D(2020, 2 + k % 10, 1 + k % 25)
        r = record_create(ledger=RiskAssessment.ledger(), user=user, unit=d.unit, data={
            "subject": f"武隆区重点项目（演示）{k + 1}", "assessor": "第三方社会稳定风险评估机构（演示）" if k % 3 else "项目业主单位",
            "assessed_on": on, "risk_level": ["low", "low", "medium"][k % 3]})
        perform(obj=r, name="file", user=user, data={"filed_on": on + dt.timedelta(days=7), "filed_with": "武隆区委政法委"})


def _longhe(ctx):
    user, leader = ctx.user("longhe_operator"), ctx.user("longhe_leader")
    _designate(ctx, "龙河镇", user, "丰都县司法局", "丰都县人民政府", "2019-01-01")
    d = _decision(ctx, user, "龙河镇", "龙河镇场镇排水管网改造规划（演示）", "planning", D(2020, 4, 1), lead="村镇建设服务中心")
    d = _consult(user, d, D(2020, 4, 13), 48, method="published_draft", days=31, channel="镇政府公告栏、微信公众号")
    d = _expert(user, d, D(2020, 5, 20))
    _risk(user, d, D(2020, 5, 25))
    _review_decide(user, leader, reviewer(ctx, "fengdu_legal_reviewer"), d, D(2020, 6, 1), kind="joint",
                   meeting="龙河镇党政联席会议（演示）", party="中共丰都县龙河镇委员会")


def _suicheng(ctx):
    user, leader, rev = ctx.user("suicheng_operator"), ctx.user("suicheng_leader"), reviewer(ctx, "suixi_legal_reviewer")
    for k, title in enumerate(("遂城镇社会主义新农村示范片建设项目（演示）", "遂城镇文化广场建设项目（演示）")):
        start = D(2020, 4 + 3 * k, 1)
        d = _decision(ctx, user, "遂城镇", title, "project", start, lead="规划建设办")
        d = _consult(user, d, start + dt.timedelta(days=7), 30 + k * 10, method="published_draft", days=30, channel="“墙上、网上、会上”公示")
        d = _hearing(user, d, start + dt.timedelta(days=45))
        d = _expert(user, d, start + dt.timedelta(days=50))
        _risk(user, d, start + dt.timedelta(days=52))
        _review_decide(user, leader, rev, d, start + dt.timedelta(days=55), kind="joint", meeting="遂城镇党政联席会议（演示）",
                       party="中共遂溪县遂城镇委员会")


def _dawan(ctx):
    user, leader = ctx.user("dawan_operator"), ctx.user("dawan_leader")
    d = _decision(ctx, user, "大湾镇", "大湾镇2020年农村人居环境整治实施方案（演示）", "other", D(2020, 3, 2), lead="村镇建设服务中心")
    d = _consult(user, d, D(2020, 3, 16), 40, channel="村（社区）院坝会")
    _review_decide(user, leader, ctx.user("yubei_legal_reviewer"), d, D(2020, 4, 1), meeting="大湾镇第4次镇长办公会议（演示）",
                   party="中共重庆市渝北区大湾镇委员会")


def load(ctx):
    for key, fn in (("gulou_2024", _gulou), ("wulong_2020", _wulong), ("longhe_2020", _longhe),
                    ("suicheng_2020", _suicheng), ("dawan_2020", _dawan)):
        if ctx.once(f"decisions.{key}"):
            fn(ctx)

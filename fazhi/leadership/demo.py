"""Demo records of the leadership ledgers for the five seed units (claims.yaml; see claims_map.yaml).

Seed 002 (古楼镇 2024): 党政主要领导主持召开党委会33次、机关工作例会29次、分析会12次，传达11次，部署16项，
听取汇报9次 — reproduced as meetings and tagged agenda items. Seed 003 (武隆区 2020): the dated meetings,
the 委员会 with 11 member units and 4 协调小组, 6 专题会, 55 + 26 “三定”. Parts C and D of every seed
are loaded as shortcomings and plan items.
"""

from __future__ import annotations

import datetime as dt

from .demo_kit import act, make
from .models import (AgendaItem, DutyReport, GroupMember, Institution, LeadingGroup, Meeting, PlanItem, Shortcoming,
                     StaffMember)
from .seed_texts import INSTITUTIONS, PLANS, SHORTCOMINGS


def _group(ctx, unit, name, kind, domain, members=(), parent=None, established_on=None, doc_no=""):
    g = make(ctx, LeadingGroup, unit, {"name": name, "kind": kind, "domain": domain, "parent": parent.pk if parent else "",
                                       "established_on": established_on or "", "doc_no": doc_no})
    for position, holder, title, person in members:
        data = {"group": g.pk, "position": position, "holder_kind": holder}
        data.update({"member_unit_name": title} if holder == "unit" else {"role_title": title, "person_name": person})
        make(ctx, GroupMember, unit, data)
    return g


def _meeting(ctx, unit, kind, held_on, chair_role, items=(), **extra):
    m = make(ctx, Meeting, unit, {"kind": kind, "held_on": held_on, "chair_role": chair_role, **extra})
    for order, (topic, title, rule_of_law) in enumerate(items, start=1):
        make(ctx, AgendaItem, unit, {"meeting": m.pk, "order": order, "topic": topic, "rule_of_law": rule_of_law,
                                     "title": title})
    return m


def _organisation(ctx):
    lg = _group(ctx, "大湾镇", "法治政府建设工作领导小组", "leading_group", "leadership", [
        ("leader", "person", "党委书记", ""), ("deputy", "person", "政法书记", "")])
    _group(ctx, "大湾镇", "法治政府建设工作领导小组办公室", "office", "leadership", parent=lg)
    _group(ctx, "大湾镇", "行政调解工作领导小组", "leading_group", "disputes", [
        ("leader", "person", "政法书记", ""), ("deputy", "person", "平安办主任", ""),
        ("office_director", "person", "平安办主任", ""), ("member", "unit", "镇信访办", ""),
        ("member", "unit", "派出所", ""), ("member", "unit", "司法所", ""), ("member", "unit", "镇妇联", "")])
    _group(ctx, "大湾镇", "政务公开领导小组", "leading_group", "disclosure")
    lh = _group(ctx, "龙河镇", "法治建设工作领导小组", "leading_group", "leadership", [
        ("leader", "person", "党委书记（主要领导）", ""), ("deputy", "person", "分管领导", ""),
        ("member", "unit", "镇党政办", ""), ("member", "unit", "司法所", ""), ("member", "unit", "综合行政执法办", "")])
    _group(ctx, "龙河镇", "法治建设工作领导小组办公室", "office", "leadership", parent=lh)
    _group(ctx, "龙河镇", "疫情防控领导小组", "leading_group", "other")
    _group(ctx, "遂城镇", "依法行政工作领导小组", "leading_group", "leadership", [
        ("leader", "person", "镇长", ""), ("member", "unit", "镇党政办", ""), ("member", "unit", "司法所", "")])
    committee = _group(ctx, "武隆区", "区委全面依法治区委员会", "committee", "leadership", [
        ("leader", "person", "区委书记", "黄宗华"), ("deputy", "person", "区委副书记、区长", "卢红"),
        ("member", "person", "区委班子成员", ""),
        *[("member", "unit", f"依法治区委员会成员单位（演示）{i}", "") for i in range(1, 12)]])
    for name in ["立法调研协调小组", "执法协调小组", "司法协调小组", "守法普法协调小组"]:
        _group(ctx, "武隆区", name, "coordination", "leadership", parent=committee)
    return committee


def _gulou_meetings(ctx):
    """古楼镇 2024: 33 + 29 + 12 meetings chaired by the principal leaders; 11 传达, 16 部署, 9 听取汇报."""
    relays = [("relay", f"传达贯彻区委、区政府法治建设重要会议/文件精神（第{i}次）", True) for i in range(1, 12)]
    deployments = [("deployment", "研究部署普法依法治理工作规划", True)] + [
        ("deployment", f"部署法治建设工作（第{i}项）", True) for i in range(2, 17)]
    reports = [("report_heard", f"听取村（社区）、业务科室法治政府建设工作情况汇报（第{i}次）", True) for i in range(1, 10)]
    # the year's first meeting (8 January) carries the 年初 planning deployment (s002-055)
    topics = deployments + relays + reports
    per_meeting = {i: [] for i in range(33)}
    for n, item in enumerate(topics):
        per_meeting[n % 33].append(item)
    for i in range(33):
        chair = "party_secretary" if i % 3 else "government_head"
        items = per_meeting[i] or [("other", "研究辖区经济社会发展事项", False)]
        _meeting(ctx, "古楼镇", "party_committee", dt.date(2024, 1, 8) + dt.timedelta(days=11 * i), chair, items,
                 seq_no=i + 1, title="镇党委会")
    for i in range(29):
        _meeting(ctx, "古楼镇", "work_meeting", dt.date(2024, 1, 15) + dt.timedelta(days=12 * i), "government_head",
                 [("other", "安排本周机关工作", False)], seq_no=i + 1, title="机关工作例会")
    for i in range(12):
        _meeting(ctx, "古楼镇", "analysis", dt.date(2024, i + 1, 25), "party_secretary",
                 [("other", "矛盾纠纷排查暨社会治安形势分析", False)], seq_no=i + 1, title="矛盾纠纷排查暨社会治安形势分析会议")


def _wulong_meetings(ctx, committee):
    _meeting(ctx, "武隆区", "standing_committee", dt.date(2020, 2, 14), "party_secretary", [
        ("relay", "传达学习中央全面依法治国委员会第三次会议精神", True),
        ("report_heard", "听取2019年法治政府建设情况汇报", True)],
        term="十四届", seq_no=116, chair_name="黄宗华", title="十四届区委常委会第116次会议")
    cm = _meeting(ctx, "武隆区", "committee", dt.date(2020, 3, 4), "party_secretary", [
        ("report_heard", "听取《武隆区行政执法有关事项情况》汇报", True),
        ("study", "领学《重大行政决策程序暂行条例》", True)],
        body=committee.pk, seq_no=2, chair_name="黄宗华", title="区委全面依法治区委员会第二次会议")
    _meeting(ctx, "武隆区", "mobilization", dt.date(2020, 9, 4), "party_secretary", [
        ("deployment", "克服疫情灾情影响确保如期全面脱贫暨脱贫攻坚“收官大决战”动员部署", False)],
        title="脱贫攻坚“收官大决战”动员部署会议")
    _meeting(ctx, "武隆区", "standing_committee", dt.date(2020, 9, 27), "party_secretary", [
        ("deliberation", "审议《关于统筹抓好党内法规执行的工作方案（送审稿）》", False)],
        term="十四届", seq_no=142, chair_name="黄宗华", place="区会议中心二会议室", title="十四届区委常委会第142次会议")
    em = _meeting(ctx, "武隆区", "government_executive", dt.date(2020, 8, 10), "government_head", [
        ("study", "专题学习《重庆市重大行政决策程序规定》", True)],
        seq_no=111, chair_name="卢红", title="区政府党组（扩大）会议暨区政府第111次常务会议")
    _meeting(ctx, "武隆区", "government_executive", dt.date(2020, 9, 14), "government_head", [
        ("relay", "学习9·8全国抗击新冠肺炎疫情表彰大会讲话精神", False), ("other", "研究优化营商环境工作", False)],
        seq_no=114, chair_name="卢红", title="区政府党组（扩大）会议暨区政府第114次常务会议")
    for i in range(6):
        _meeting(ctx, "武隆区", "special", dt.date(2020, 4 + i, 16), "other", [
            ("research", f"研究部门事权划分（第{i + 1}次）", True)], title="机构编制专题会（事权划分）")
    return cm, em


def _town_meetings(ctx):
    for i, held in enumerate([dt.date(2020, 3, 20), dt.date(2020, 9, 18)]):
        _meeting(ctx, "大湾镇", "government_executive", held, "government_head", [
            ("deployment", "部署法治政府建设工作", True)], seq_no=i + 1, title="镇务会")
    _meeting(ctx, "大湾镇", "party_committee", dt.date(2020, 11, 6), "party_secretary", [
        ("report_heard", "听取法治政府建设情况汇报", True),
        ("research", "研究推行党委、政府法律顾问制度中的困难", True),
        ("research", "研究行政机关负责人出庭应诉工作中的问题", True),
        ("research", "研究法制干部人员不足问题", True)], title="镇党委会")
    _meeting(ctx, "龙河镇", "party_committee", dt.date(2020, 6, 12), "party_secretary", [
        ("deliberation", "集体讨论场镇综合整治重大行政决策事项", True)], title="镇党委会")
    for i in range(4):
        _meeting(ctx, "遂城镇", "joint", dt.date(2020, 3 * i + 2, 10), "government_head", [
            ("deployment", "部署法治政府建设重点工作", True)], seq_no=i + 1, title="依法行政工作领导小组联席会议")
    areas = ["依法治镇", "行政执法", "扫黑除恶", "人居环境整治", "交通运输", "脱贫攻坚", "安全生产"]
    _meeting(ctx, "遂城镇", "work_meeting", dt.date(2020, 10, 15), "party_secretary", [
        ("report_heard", "听取法治政府建设有关工作情况汇报", True),
        *[("research", f"研究解决{a}有关重大问题和困难", a in ("依法治镇", "行政执法")) for a in areas]],
        title="法治建设工作会议")


def _people(ctx):
    for name, post in [("（演示）古楼镇综治办干部", "综治办工作人员"), ("（演示）古楼镇司法所干部", "司法所工作人员"),
                       ("（演示）古楼镇党政办干部", "党政办工作人员")]:
        make(ctx, StaffMember, "古楼镇", {"name": name, "post": post, "rule_of_law_duty": "part_time",
                                         "start_on": dt.date(2023, 3, 1)})
    make(ctx, StaffMember, "遂城镇", {"name": "（演示）遂城镇班子成员", "post": "副镇长", "is_leadership": True,
                                     "legal_background": True, "start_on": dt.date(2019, 6, 1)})
    for unit, name, position, role, year, on, scheme in [
        ("古楼镇", "（演示）古楼镇党委书记", "党委书记", "party_secretary", 2024, dt.date(2024, 12, 27), "区年度综合考核"),
        ("古楼镇", "（演示）古楼镇镇长", "镇长", "government_head", 2024, dt.date(2024, 12, 27), "区年度综合考核"),
        ("大湾镇", "（演示）大湾镇党委书记", "党委书记", "party_secretary", 2020, dt.date(2020, 12, 28), "区综合考核"),
    ]:
        make(ctx, DutyReport, unit, {
            "person_name": name, "position": position, "role": role, "year": year, "reported_on": on,
            "occasion": "year_end", "covers_first_duty": True, "in_assessment": True, "assessment_scheme": scheme})


def _registers(ctx):
    for unit, name, kind, domain, on, applies_to, doc_no in INSTITUTIONS:
        make(ctx, Institution, unit, {"name": name, "kind": kind, "domain": domain, "established_on": on or "",
                                      "applies_to": applies_to, "doc_no": doc_no, "status": "in_force"})
    for i in range(1, 56):
        make(ctx, Institution, "武隆区", {"name": f"区级党政群机关“三定”规定（演示）{i}", "kind": "sanding",
                                         "domain": "lists_services", "established_on": dt.date(2020, 6, 30),
                                         "applies_to": "county_body", "status": "in_force"})
    for i in range(1, 27):
        make(ctx, Institution, "武隆区", {"name": f"乡镇（街道）“三定”规定（演示）{i}", "kind": "sanding",
                                         "domain": "lists_services", "established_on": dt.date(2020, 6, 30),
                                         "applies_to": "township", "status": "in_force"})
    shortcomings = {}
    for unit, on, items in SHORTCOMINGS:
        for seq, (title, cause, domain) in enumerate(items, start=1):
            shortcomings[(unit, seq)] = make(ctx, Shortcoming, unit, {
                "identified_on": on, "seq": seq, "title": title, "cause": cause, "domain": domain, "status": "open"})
    for unit, proposed_on, due_on, items in PLANS:
        for seq, (title, domain, owner) in enumerate(items, start=1):
            make(ctx, PlanItem, unit, {"proposed_on": proposed_on, "seq": seq, "title": title, "domain": domain,
                                       "owner": owner, "due_on": due_on})
    return shortcomings


def _plan_outcomes(ctx):
    """龙河镇's and 遂城镇's 2021 plan items as their 2021 reports would assess them (demo)."""
    for unit in ("龙河镇", "遂城镇"):
        for n, item in enumerate(PlanItem.objects.filter(unit=ctx.unit(unit), due_on__year=2021).order_by("seq")):
            if n % 3 == 2:
                act(ctx, item, "mark_not_done", {"assessed_on": dt.date(2022, 1, 10),
                                                 "outcome": "（演示）受机构改革影响，本项顺延至下一年度"}, unit)
            else:
                act(ctx, item, "complete", {"done_on": dt.date(2021, 11, 30), "outcome": "（演示）已按计划完成",
                                            "evidence": "/l/leadership/institutions/?year=2021\n（演示）年度工作总结"}, unit)


def load(ctx):
    if ctx.once("leadership.seeds"):
        committee = _organisation(ctx)
        _gulou_meetings(ctx)
        _wulong_meetings(ctx, committee)
        _town_meetings(ctx)
        _people(ctx)
        _registers(ctx)
        _plan_outcomes(ctx)


def wulong_study_meetings():
    """The two 武隆区 2020 meetings where 学法 took place (used by the publicity demo to link its sessions)."""
    return {
        "committee": Meeting.objects.filter(kind="committee", held_on=dt.date(2020, 3, 4), seq_no=2).first(),
        "executive": Meeting.objects.filter(kind="government_executive", held_on=dt.date(2020, 8, 10), seq_no=111).first(),
    }

"""Demo records of 行政执法 for the seed units, made through the app's services (``fazhi demo``).

They reproduce the seeds' enforcement figures (claims_map.yaml): 武隆区 2020 (8 teams / 215, 26
township offices / 150, 815 officers of whom 182 法制审核, 935 devices, 243 trained online), 古楼镇 2024
(546 penalty cases, 14 joint operations, a 涉企 ledger, 裁量基准 on every decision), 遂城镇 2020 (31 new
certificates, 1 renewal), 大湾镇 2020 (10 officers trained in 2 batches, 法制审核 in practice), plus a
双随机 draw, a 案卷评查 and a few current cases that the problem models flag.
"""

from __future__ import annotations

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.deadlines.services import today

from . import demo_data as D
from .models import (
    Body, Case, CaseFileReview, CaseRecord, CheckItem, Equipment, JointOperation, Officer, OfficerTraining, RandomPlan,
    Recusal, ReviewItem, ReviewTemplate, StatisticsReport, Target,
)
from .services.backfill import cases_backfill, officers_register_bulk
from .services.problems import problems_scan
from .services.records import case_record_create
from .services.reviews import review_item_create
from .services.statistics import statistics_report_create


def _create(model, user, unit, **data):
    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


def _body(user, unit, name, kind, field, tier, quota=None, **extra):
    return _create(Body, user, unit, name=name, kind=kind, field=field, tier=tier, staffing_quota=quota or "",
                   is_active="on", established_on=extra.pop("established_on", "2019-12-30"), **extra)


def _cert(number, issuer, action, issued, years=5):
    valid_to = dt.date(issued.year + years, issued.month, issued.day) - dt.timedelta(days=1)
    return {"number": number, "issuer": issuer, "action": action, "issued_on": issued, "valid_from": issued,
            "valid_to": valid_to}


def load(ctx):
    if ctx.once("enforcement.wulong_2020"):
        _wulong(ctx)
    if ctx.once("enforcement.suicheng_2020"):
        _suicheng(ctx)
    if ctx.once("enforcement.dawan_2020"):
        _dawan(ctx)
    if ctx.once("enforcement.gulou_2024"):
        _gulou(ctx)
    if ctx.once("enforcement.hechuan_review_2025"):
        _hechuan_review(ctx)
    if ctx.once("enforcement.dawan_current"):
        _dawan_current(ctx)
    problems_scan()


# ---------------------------------------------------------------- 武隆区 2020

def _wulong(ctx):
    user, unit = ctx.user("wulong_operator"), ctx.unit("武隆区")
    teams = [_body(user, unit, f"武隆区{label}综合行政执法支队", "team", field, "county", quota,
                   legal_basis="重庆市武隆区综合行政执法改革实施方案") for label, field, quota in D.WULONG_TEAMS]
    offices = [_body(user, unit, f"{t}综合行政执法办公室（大队）", "township_office", "comprehensive", "township", q,
                     note="乡镇（街道）综合执法机构由区统一登记（演示）")
               for t, q in zip(D.WULONG_TOWNSHIPS, D.township_quotas())]
    slots = [b for b in teams + offices for _ in range(b.staffing_quota)]
    rows = []
    for i in range(D.WULONG_OFFICERS):
        legal = D.spread(i, D.WULONG_LEGAL_REVIEWERS, D.WULONG_OFFICERS)
        new_2020 = D.spread(i, D.WULONG_NEW_2020, D.WULONG_OFFICERS)
        issued = dt.date(2020, 4, 15) if new_2020 else dt.date(2017 + i % 3, 9, 1)
        rows.append({"name": D.name(i), "code": f"WL{i + 1:04d}", "body": slots[i] if i < len(slots) else None,
                     "role": "legal_review" if legal else "enforcement", "legal_qualification": legal and i % 3 == 0,
                     "birth_date": dt.date(1965 + i % 30, 1 + i % 12, 1 + i % 28), "in_inspector_pool": not legal,
                     "joined_on": dt.date(2010 + i % 10, 3, 1),
                     "certificates": [_cert(f"50015620{i + 1:05d}", "重庆市司法局", "new", issued)]})
    officers = officers_register_bulk(user=user, unit=unit, rows=rows)
    trainees = [o.pk for o, r in zip(officers, rows) if r["certificates"][0]["issued_on"].year == 2020]
    _create(OfficerTraining, user, unit, held_on="2020-04-08", title="行政执法通用法律知识网络培训（执法证申领）",
            mode="online", hours="24", organiser="武隆区司法局", officers=trainees)
    for kind, qty, note in (("recorder", 520, "执法记录仪"), ("recorder", 180, "执法记录仪（乡镇）"),
                            ("mobile_kit", 235, "移动执法设备箱")):
        _create(Equipment, user, unit, kind=kind, quantity=qty, acquired_on="2020-06-30", note=note)
    _wulong_random(ctx, user, unit, teams[0])
    report = statistics_report_create(ledger=StatisticsReport.ledger(), user=user, unit=unit, data={"year": 2020})
    perform(obj=report, name="publish", user=user, data={
        "published_on": "2021-01-26", "channel": "武隆区人民政府网站", "reported_to": "武隆区人民政府、重庆市司法局"})


def _wulong_random(ctx, user, unit, market):
    item = _create(CheckItem, user, unit, name="食品经营者落实食品安全主体责任情况检查", category="general",
                   body=market.pk, basis="《中华人民共和国食品安全法》第一百一十条", content="许可、进货查验、从业人员健康",
                   method="现场检查", published_on="2020-03-20")
    targets = [_create(Target, user, unit, name=f"武隆区示例市场主体{i}（演示）", code=f"91500156MA{i:07d}Y",
                       kind="enterprise" if i % 3 else "sole_trader", field="market", risk_level="low",
                       address=f"武隆区示例路{i}号", is_active="on") for i in range(1, 41)]
    inspector = Officer.objects.filter(unit=unit, body=market, role="enforcement").order_by("pk").first()
    _create(Recusal, user, unit, officer=inspector.pk, target=targets[4].pk, reason="配偶在该企业任职", declared_on="2020-06-01")
    plan = _create(RandomPlan, user, unit, title="2020年食品经营“双随机、一公开”抽查", year=2020, body=market.pk,
                   items=[item.pk], target_field="market", ratio="10", per_target=2,
                   guideline="《武隆区市场监管领域部门联合“双随机、一公开”监管工作方案》", start_on="2020-06-15",
                   end_on="2020-09-30")
    plan = perform(obj=plan, name="draw", user=user, data={"drawn_on": "2020-06-18", "seed": "武隆-2020-0618-摇号-5731"})
    for i, check in enumerate(plan.checks.order_by("rank")):
        perform(obj=check, name="record_result", user=user, data={
            "checked_on": f"2020-07-{10 + i:02d}", "outcome": "no_problem" if i % 2 == 0 else "corrected",
            "findings": "" if i % 2 == 0 else "进货查验记录不全，已责令整改"})
    plan = perform(obj=plan, name="finish", user=user, data={"finished_on": "2020-07-20"})
    perform(obj=plan, name="publish", user=user, data={"published_on": "2020-08-05", "channel": "国家企业信用信息公示系统（重庆）"})


# ---------------------------------------------------------------- 遂城镇 2020: 31 new certificates, 1 renewal

def _suicheng(ctx):
    user, unit = ctx.user("suicheng_operator"), ctx.unit("遂城镇")
    body = _body(user, unit, "遂城镇综合行政执法办公室", "township_office", "comprehensive", "township", 12)
    rows = [{"name": D.name(3000 + i), "code": f"SC{i + 1:03d}", "body": body, "role": "enforcement",
             "birth_date": dt.date(1980 + i % 15, 5, 1), "joined_on": dt.date(2020, 3, 1),
             "certificates": [_cert(f"44082320{i + 1:04d}", "遂溪县人民政府", "new", dt.date(2020, 9, 10))]}
            for i in range(31)]
    rows.append({"name": D.name(3100), "code": "SC100", "body": body, "role": "enforcement",
                 "birth_date": dt.date(1972, 8, 1), "joined_on": dt.date(2014, 3, 1),
                 "certificates": [_cert("440823150001", "遂溪县人民政府", "new", dt.date(2015, 7, 1)),
                                  _cert("440823200100", "遂溪县人民政府", "renewal", dt.date(2020, 6, 20))]})
    officers_register_bulk(user=user, unit=unit, rows=rows)


# ---------------------------------------------------------------- 大湾镇 2020

def _dawan(ctx):
    user, leader, reviewer = ctx.user("dawan_operator"), ctx.user("dawan_leader"), ctx.user("dawan_legal_reviewer")
    unit = ctx.unit("大湾镇")
    body = _body(user, unit, "大湾镇综合行政执法办公室", "township_office", "comprehensive", "township", 8)
    _body(user, unit, "渝北区农业农村委员会（委托大湾镇执法）", "entrusted", "agriculture", "township",
          legal_basis="渝北区农业农村委员会行政执法委托书（演示）", note="镇基本属于上级部门委托执法（seed 000）")
    rows = [{"name": D.name(5000 + i), "code": f"DW{i + 1:03d}", "body": body,
             "role": "legal_review" if i == 11 else "enforcement", "legal_qualification": i == 11,
             "birth_date": dt.date(1966 + i % 9, 2 + i % 10, 10), "joined_on": dt.date(2005, 7, 1),
             "certificates": [_cert(f"50011218{i + 1:04d}", "重庆市司法局", "new", dt.date(2018, 6, 1)),
                              _cert(f"50011223{i + 1:04d}", "重庆市司法局", "renewal", dt.date(2023, 6, 1))]}
            for i in range(12)]
    officers = officers_register_bulk(user=user, unit=unit, rows=rows)
    for held, title, group in (("2020-06-18", "执法人员法律知识培训（第一批）", officers[:6]),
                               ("2020-10-22", "执法人员法律知识培训（第二批）", officers[6:10])):
        _create(OfficerTraining, user, unit, held_on=held, title=title, mode="offline", hours="6",
                organiser="大湾镇司法所", officers=[o.pk for o in group])
    for n, (start, major) in enumerate(((dt.date(2020, 4, 7), False), (dt.date(2020, 7, 13), True),
                                        (dt.date(2020, 10, 12), False)), start=1):
        _dawan_case(user, leader, reviewer, unit, body, officers[(2 * n) % 10:(2 * n) % 10 + 2], n, start, major)


def _dawan_case(user, leader, reviewer, unit, body, pair, n, start, major, year=2020):
    d = lambda k: (start + dt.timedelta(days=k)).isoformat()  # noqa: E731
    case = _create(Case, user, unit, case_no=f"渝北大湾综执罚〔{year}〕{n}号", kind="penalty", procedure="ordinary",
                   body=body.pk, cause="违法占用耕地建房" if major else "占道经营", party_name=f"大湾镇示例当事人{n}（演示）",
                   party_type="person", officers=[o.pk for o in pair], complex_case="on" if major else "",
                   publish_required="on", amount="80000" if major else "")
    case = perform(obj=case, name="register", user=user, data={"registered_on": d(0)})
    case = perform(obj=case, name="investigate", user=user, data={"investigated_on": d(14), "facts": "经现场勘验、询问查明违法事实。"})
    case = perform(obj=case, name="notify", user=user, data={"notified_on": d(16), "proposed_penalty": "罚款",
                                                             "hearing_right": "on" if major else "", "rights_waived": ""})
    case = perform(obj=case, name="legal_review", user=reviewer, data={"reviewed_on": d(24), "opinion": "approved",
                                                                        "text": "主体合法，事实清楚，程序合法，适用依据正确，裁量适当。"})
    case = perform(obj=case, name="decide", user=leader, data={
        "decided_on": d(28), "decision_no": f"渝北大湾综执罚决〔{year}〕{n}号", "outcome": "penalty",
        "penalty_content": "罚款", "fine_amount": "20000" if major else "500",
        "discretion_standard": "《重庆市城市管理行政处罚裁量基准》", "discretion_level": "ordinary",
        "collective_discussion": "on" if major else ""})
    case = perform(obj=case, name="serve", user=user, data={"served_on": d(30), "method": "in_person"})
    case = perform(obj=case, name="publish", user=user, data={"published_on": d(31), "channel": "渝北区人民政府网站"})
    case = perform(obj=case, name="execute", user=user, data={"executed_on": d(40), "execution": "voluntary"})
    case_record_create(ledger=CaseRecord.ledger(), user=user, data={
        "case": case.pk, "stage": "investigation", "kind": "video", "title": "现场勘验执法记录仪录像",
        "recorded_on": d(1), "reference": f"大湾镇执法记录仪存储 {year}-{n:03d}"})
    return perform(obj=case, name="close", user=user, data={"closed_on": d(42)})


# ---------------------------------------------------------------- 古楼镇 2024

def _gulou(ctx):
    user, unit = ctx.user("gulou_operator"), ctx.unit("古楼镇")
    body = _body(user, unit, "古楼镇综合行政执法办公室", "township_office", "comprehensive", "township", 10,
                 legal_basis="重庆市人民政府关于向乡镇赋予部分县级行政执法权的决定（演示）")
    rows = [{"name": D.name(7000 + i), "code": f"GL{i + 1:03d}", "body": body, "role": "enforcement",
             "birth_date": dt.date(1978 + i, 3, 1), "joined_on": dt.date(2021, 1, 1),
             "certificates": [_cert(f"50011722{i + 1:04d}", "重庆市司法局", "new", dt.date(2022, 3, 1))]}
            for i in range(10)]
    officers = officers_register_bulk(user=user, unit=unit, rows=rows)
    cases_backfill(user=user, unit=unit, rows=D.gulou_cases(officers, body))
    for i, (title, departments) in enumerate(D.GULOU_JOINT):
        _create(JointOperation, user, unit, held_on=(dt.date(2024, 1, 20) + dt.timedelta(days=25 * i)).isoformat(),
                title=title, lead_department=departments.split("、")[0], departments=departments,
                targets_checked=10 + i, problems_found=i % 4, place="古楼镇场镇及周边")


# ---------------------------------------------------------------- 合川区 案卷评查 of 古楼镇 2024 files

def _hechuan_review(ctx):
    user, unit = ctx.user("hechuan_inspector"), ctx.unit("合川区")
    template = _create(ReviewTemplate, user, unit, year=2025, version=1, name="合川区行政处罚案卷评查标准")
    for code, cat, desc, pts in (("A", "主体合法", "执法主体适格，执法人员持证、不少于两人", 15),
                                 ("B", "事实证据", "事实清楚，证据确凿充分", 25),
                                 ("C", "程序合法", "立案、告知、听证、法制审核、送达等程序合法", 25),
                                 ("D", "法律适用与裁量", "适用依据正确，裁量基准运用适当", 20),
                                 ("E", "文书规范", "文书完备规范，归档及时", 15)):
        review_item_create(ledger=ReviewItem.ledger(), user=user, unit=unit,
                           data={"template": template.pk, "code": code, "category": cat, "description": desc, "points": pts})
    perform(obj=template, name="publish_template", user=user, data={"published_on": "2025-02-10"})
    batch = _create(CaseFileReview, user, unit, year=2025, title="2024年度行政处罚案卷评查", template=template.pk,
                    sampling="random", sample_size=5, case_kind="penalty", period_start="2024-01-01", period_end="2024-12-31")
    batch = perform(obj=batch, name="sample", user=user, data={"sampled_on": "2025-03-05", "seed": "合川-2025-案卷评查-0305"})
    items = list(template.items.order_by("code"))
    for i, rc in enumerate(batch.reviewed_cases.order_by("pk")[:3]):
        scores = {f"item_{it.pk}": it.points - (3 if i == 1 and it.code == "E" else 0) for it in items}
        rc = perform(obj=rc, name="score", user=user, data={
            "reviewed_on": "2025-03-20", "problems": "送达回证未附卷" if i == 1 else "", **scores})
        if i == 1:
            rc = perform(obj=rc, name="rectify", user=user, data={"rectified_on": "2025-04-10", "note": "已补充送达回证并重新归档"})
            perform(obj=rc, name="recheck", user=user, data={"rechecked_on": "2025-04-15", "result": "passed"})


# ---------------------------------------------------------------- 大湾镇 current cases the problem models flag

def _dawan_current(ctx):
    user, leader = ctx.user("dawan_operator"), ctx.user("dawan_leader")
    unit = ctx.unit("大湾镇")
    body = Body.objects.get(unit=unit, name="大湾镇综合行政执法办公室")
    market = _body(user, unit, "渝北区市场监督管理局（大湾所）", "agency", "market", "township")
    officers = list(Officer.objects.filter(unit=unit, role="enforcement").order_by("pk"))
    on = today()
    d = lambda k: (on - dt.timedelta(days=k)).isoformat()  # noqa: E731

    def new_case(n, **over):
        data = {"case_no": f"渝北大湾综执〔{on.year}〕演示{n}号", "kind": "penalty", "procedure": "ordinary",
                "body": body.pk, "cause": "违法建设", "party_name": f"大湾镇示例企业{n}（演示）",
                "party_type": "enterprise", "party_code": f"91500112MA{n:06d}D", "officers": [officers[0].pk, officers[1].pk],
                "publish_required": "on", **over}
        return _create(Case, user, unit, **data)

    # 1. registered 100 days ago, still undecided, no extension → 办案超过九十日未延期
    perform(obj=new_case(1), name="register", user=user, data={"registered_on": d(100)})
    # 2. decided 30 days ago and never published → 执法决定逾期公示
    c = perform(obj=new_case(2, cause="无照经营"), name="register", user=user, data={"registered_on": d(60)})
    c = perform(obj=c, name="investigate", user=user, data={"investigated_on": d(50), "facts": "无照经营。"})
    c = perform(obj=c, name="notify", user=user, data={"notified_on": d(45), "proposed_penalty": "罚款2000元", "rights_waived": "on"})
    perform(obj=c, name="decide", user=leader, data={
        "decided_on": d(30), "decision_no": f"渝北大湾综执罚决〔{on.year}〕演示2号", "outcome": "penalty", "penalty_content": "罚款",
        "fine_amount": "2000", "discretion_standard": "《重庆市市场监管行政处罚裁量基准》", "discretion_level": "ordinary"})
    # 3. a 扣押 without any audio/video record → 应当全程音像记录而缺失
    perform(obj=new_case(3, kind="coercion", procedure="ordinary", measure="seize", cause="扣押违法经营工具"),
            name="register", user=user, data={"registered_on": d(10)})
    # 4. the same enterprise inspected by two departments within a fortnight → 重复检查
    for n, (b, k) in enumerate(((body, 20), (market, 8)), start=4):
        perform(obj=new_case(n, kind="inspection", body=b.pk, party_name="大湾镇示例企业9（演示）",
                             party_code="91500112MA000009D", cause="安全生产检查"),
                name="register", user=user, data={"registered_on": d(k)})
    # 5. a 2025 case entered afterwards (补录) that was a major decision without 法制审核
    cases_backfill(user=user, unit=unit, rows=[{
        "case_no": "渝北大湾综执罚〔2025〕补录1号", "kind": "penalty", "procedure": "ordinary", "body": body,
        "cause": "违法占用耕地", "party_name": "大湾镇示例当事人补录（演示）", "party_type": "person",
        "officers": officers[2:4], "complex_case": True, "registered_on": dt.date(2025, 5, 6),
        "notified_on": dt.date(2025, 6, 3), "decided_on": dt.date(2025, 6, 20), "outcome": "penalty",
        "decision_no": "渝北大湾综执罚决〔2025〕补录1号", "penalty_content": "罚款", "fine_amount": 30000,
        "discretion_standard": "《重庆市行政处罚裁量基准》", "discretion_level": "ordinary",
        "served_on": dt.date(2025, 6, 22), "executed_on": dt.date(2025, 7, 10), "closed_on": dt.date(2025, 7, 12),
        "published_on": dt.date(2025, 6, 25), "publication_channel": "渝北区人民政府网站"}])
    # 6. an officer whose certificate turned out to have been revoked before a decision he signed
    cert = officers[5].certificates.order_by("-valid_to").first()
    c = new_case(6, officers=[officers[5].pk, officers[6].pk], cause="违规经营")
    c = perform(obj=c, name="register", user=user, data={"registered_on": d(40)})
    c = perform(obj=c, name="investigate", user=user, data={"investigated_on": d(35), "facts": "违规经营。"})
    c = perform(obj=c, name="notify", user=user, data={"notified_on": d(33), "proposed_penalty": "警告", "rights_waived": "on"})
    c = perform(obj=c, name="decide", user=leader, data={
        "decided_on": d(25), "decision_no": f"渝北大湾综执罚决〔{on.year}〕演示6号", "outcome": "penalty", "penalty_content": "警告",
        "discretion_standard": "《重庆市行政处罚裁量基准》", "discretion_level": "lighter"})
    perform(obj=c, name="publish", user=user, data={"published_on": d(24), "channel": "渝北区人民政府网站"})
    perform(obj=cert, name="revoke", user=leader, data={"on": d(28), "reason": "核查发现该证已于调离时注销（演示）"})

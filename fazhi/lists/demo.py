"""Demo records of 权责清单 and 政务服务 for the seed units (see claims_map.yaml).

Seed 003 (武隆区 2020): 687 许可 items, 619 of them in the hall and 一窗 (90.1%), 3 分中心, 9 + 3 windows, 96%
online (720 of the 750 items published on the platform), 100 high-frequency 最多跑一次 items, time limits
cut by 73% on average, 10,283 joint cases and 90,400 credit records (monthly counts), fees all reviewed,
48 enterprises / 6,482,000 元 稳岗返还, 270 tenants / 2,469,100 元 房租减免. Seed 002 (古楼镇 2024): 29 items
cancelled, 56 证明事项 (27/5/1/23), 1 + 9 service centers. Seed 000 (大湾镇 2020): a power list all on the
platform, no unauthorized change.
"""

from __future__ import annotations

import datetime as dt

from fazhi.leadership.demo_kit import act, day, make, spread

from .models import (ApprovalReformAction, CertificationItem, EnterpriseSupport, FairCompetitionReview, FeeItem,
                     NegativeListEntry, PowerItem, ServiceCenter, ServiceItem, ServiceVolume, ServiceWindow)

CATEGORIES = ["license", "penalty", "coercion", "levy", "benefit", "inspection", "confirmation", "reward", "other"]


def _dawan(ctx):
    items = []
    for i in range(20):
        items.append(make(ctx, PowerItem, "大湾镇", {
            "code": f"DW-{i + 1:03d}", "name": f"镇级行政权力事项（演示）{i + 1}", "category": CATEGORIES[i % len(CATEGORIES)],
            "legal_basis": "（演示）相关法律法规条款", "department": "综合行政执法办公室", "on_platform": True,
            "responsibilities": "受理、审查、决定、送达、事后监管责任", "listed_on": dt.date(2020, 3, 15),
            "list_doc_no": "（演示）大湾府发〔2020〕5号"}))
    for n, item in enumerate(items[:2]):
        act(ctx, item, "amend", {"changed_on": dt.date(2020, 9, 1 + n), "doc_no": "（演示）大湾府发〔2020〕21号",
                                 "summary": "依据法律修改调整设定依据"}, "大湾镇")
    for i in range(12):
        make(ctx, ServiceItem, "大湾镇", {
            "name": f"镇级政务服务事项（演示）{i + 1}", "kind": "public_service" if i % 3 else "license",
            "department": "便民服务中心", "statutory_days": 20, "promised_days": 5, "in_hall": True, "one_window": True,
            "published_online": True, "online": i % 2 == 0, "listed_on": dt.date(2020, 4, 1),
            "list_doc_no": "（演示）大湾府发〔2020〕8号"})
    center = make(ctx, ServiceCenter, "大湾镇", {"name": "大湾镇便民服务中心", "level": "township"})
    make(ctx, ServiceCenter, "大湾镇", {"name": "大湾镇新政务服务大厅（在建）", "level": "township"})
    for i in range(1, 4):
        make(ctx, ServiceCenter, f"大湾镇示例村{i}（演示）", {"name": f"社区便民服务站（演示）{i}", "level": "village"})
    make(ctx, ServiceWindow, "大湾镇", {"center": center.pk, "name": "综合受理窗口", "kind": "universal"})


def _gulou(ctx):
    for i in range(29):
        make(ctx, ApprovalReformAction, "古楼镇", {"acted_on": day(2024, i, 300), "action": "cancel",
                                                  "item_name": f"非行政许可审批事项（演示）{i + 1}", "item_kind": "non_license"})
    for i in range(2):
        make(ctx, ApprovalReformAction, "古楼镇", {"acted_on": dt.date(2024, 6, 10 + i), "action": "rectify",
                                                  "item_name": f"变相许可事项（演示）{i + 1}", "item_kind": "disguised"})
    n = 0
    for category, count in [("license", 27), ("confirmation", 5), ("benefit", 1), ("public_service", 23)]:
        for i in range(count):
            n += 1
            make(ctx, CertificationItem, "古楼镇", {
                "name": f"证明事项（演示）{n}", "category": category, "notify_commit": n % 2 == 0,
                "source_list": "重庆市统一的证明事项清单", "adopted_on": dt.date(2024, 1, 15)})
    make(ctx, ServiceCenter, "古楼镇", {"name": "古楼镇公共服务中心", "level": "township"})
    for i in range(1, 10):
        make(ctx, ServiceCenter, "古楼镇", {"name": f"村（社区）便民服务中心（演示）{i}", "level": "village"})
    for entry in ("（演示）禁止准入事项一", "（演示）许可准入事项一", "（演示）许可准入事项二"):
        make(ctx, NegativeListEntry, "古楼镇", {"list_name": "市场准入负面清单（2022年版）", "entry": entry,
                                               "kind": "prohibited" if "禁止" in entry else "permitted",
                                               "adopted_on": dt.date(2024, 1, 1), "source": "国家发展改革委、商务部"})
    for i, title in enumerate(["（演示）促进农村产业发展扶持办法", "（演示）场镇商铺租赁管理规定"]):
        make(ctx, FairCompetitionReview, "古楼镇", {"reviewed_on": dt.date(2024, 5 + i, 8), "document_title": title,
                                                   "drafter": "经济发展办", "conclusion": "pass"})


def _wulong(ctx):
    sub_centers = ["人力社保分中心", "交巡警分中心", "税务分中心"]
    for i in range(687):
        in_hall = i < 619
        make(ctx, ServiceItem, "武隆区", {
            "code": f"WL-XK-{i + 1:04d}", "name": f"行政许可事项（演示）{i + 1}", "kind": "license",
            "department": "区级部门（演示）", "statutory_days": 20, "promised_days": 5 if i % 5 < 3 else 6,
            "in_hall": in_hall, "one_window": in_hall, "sub_center": "" if in_hall else sub_centers[i % 3],
            "published_online": True, "online": i < 657, "max_one_trip": i < 100, "high_frequency": i < 100,
            "listed_on": dt.date(2020, 5, 20), "list_doc_no": "武隆政务办发〔2020〕27号"})
    for i in range(63):
        make(ctx, ServiceItem, "武隆区", {
            "code": f"WL-GG-{i + 1:03d}", "name": f"公共服务事项（演示）{i + 1}", "kind": "public_service",
            "department": "区级部门（演示）", "published_online": True, "online": True, "in_hall": True,
            "listed_on": dt.date(2020, 5, 20)})
    center = make(ctx, ServiceCenter, "武隆区", {"name": "武隆区行政服务中心", "level": "county"})
    for name in sub_centers:
        make(ctx, ServiceCenter, "武隆区", {"name": name, "level": "sub_center"})
    for i in range(1, 10):
        make(ctx, ServiceWindow, "武隆区", {"center": center.pk, "name": f"分领域综合窗口（演示）{i}", "kind": "thematic"})
    for i in range(1, 4):
        make(ctx, ServiceWindow, "武隆区", {"center": center.pk, "name": f"无差别综合窗口{i}", "kind": "universal"})
    for metric, total, source in [("joint_processing", 10283, "不动产登记“一窗受理、并行办理”系统"),
                                  ("credit_data", 90400, "区公共信用信息平台")]:
        for month, count in enumerate(spread(total, 12), start=1):
            make(ctx, ServiceVolume, "武隆区", {"month": dt.date(2020, month, 1), "metric": metric, "count": count,
                                               "venue": "行政服务大厅、不动产登记中心", "source_system": source})
    for i in range(20):
        make(ctx, FeeItem, "武隆区", {"name": f"行政事业性收费项目（演示）{i + 1}", "department": "区级部门（演示）",
                                     "basis": "（演示）收费依据文件", "reviewed": True, "reviewed_on": dt.date(2020, 8, 20),
                                     "outcome": "keep"})
    for kind, total, count, who in [("job_subsidy", 6482000, 48, "sme"), ("rent_relief", 2469100, 270, "individual")]:
        for i, amount in enumerate(spread(total, count)):
            make(ctx, EnterpriseSupport, "武隆区", {
                "kind": kind, "beneficiary": f"{'中小企业' if who == 'sme' else '中小微企业或个体工商户'}（演示）{i + 1}",
                "beneficiary_type": who, "amount": f"{amount}.00", "paid_on": day(2020, i, 300)})


def load(ctx):
    if ctx.once("lists.seeds"):
        _dawan(ctx)
        _gulou(ctx)
        _wulong(ctx)

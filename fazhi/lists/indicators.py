"""Figures of 权责清单 and 政务服务, computed from the item flags (issue 6; seed 003).

Item registers are stocks: a figure counts the items in the list now (not removed), whatever year is
asked, because the registry filters by the year of a single date field. Conventions are written
beside each rate.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from fazhi.indicators.registry import Indicator, Value, declare

from .choices import CenterLevel, CertificationCategory
from .models import (ApprovalReformAction, CertificationItem, EnterpriseSupport, FairCompetitionReview, FeeItem,
                     NegativeListEntry, PowerItem, PowerItemChange, ServiceCenter, ServiceItem, ServiceVolume,
                     ServiceWindow)

A = "A.lists_services"
_IN_LIST = Q(removed_on__isnull=True)
_LICENSE = _IN_LIST & Q(kind="license")

declare(Indicator(
    key="lists.power_items", name="权责清单事项", unit="项", model=PowerItem, base=Q(state="active"), section=A,
    convention="目前在列的事项",
))
declare(Indicator(
    key="lists.power_items_with_responsibilities", name="已明确责任事项的权力事项（责任清单）", unit="项",
    model=PowerItem, base=Q(state="active") & ~Q(responsibilities=""), section=A,
))
declare(Indicator(
    key="lists.power_items_on_platform_rate", name="权责清单事项录入政务服务平台比例", unit="%", model=PowerItem,
    base=Q(state="active"), kind="rate", numerator=Q(on_platform=True), section=A,
    convention="在列事项中已录入政务服务平台的比例",
))
declare(Indicator(
    key="lists.power_changes", name="权责清单调整", unit="次", model=PowerItemChange, date_field="changed_on", section=A,
))
declare(Indicator(
    key="lists.unauthorized_power_changes", name="擅自更改权力事项", unit="项", model=PowerItemChange,
    date_field="changed_on", base=Q(authorized=False), section=A, convention="未依批准文件的调整记录数",
))

declare(Indicator(
    key="lists.service_items", name="政务服务事项", unit="项", model=ServiceItem, base=_IN_LIST, section=A,
))
declare(Indicator(
    key="lists.license_items", name="行政许可事项", unit="项", model=ServiceItem, base=_LICENSE, section=A,
))
declare(Indicator(
    key="lists.license_items_in_hall", name="入驻政务服务中心的行政许可事项", unit="项", model=ServiceItem,
    base=_LICENSE & Q(in_hall=True), section=A,
))
declare(Indicator(
    key="lists.license_in_hall_rate", name="行政许可事项入驻率", unit="%", model=ServiceItem, base=_LICENSE, kind="rate",
    numerator=Q(in_hall=True), section=A, convention="入驻政务服务中心的许可事项 ÷ 全部许可事项（入驻分中心的不计入）",
))
declare(Indicator(
    key="lists.license_items_one_window", name="“一窗”分类受理的行政许可事项", unit="项", model=ServiceItem,
    base=_LICENSE & Q(one_window=True), section=A,
))
declare(Indicator(
    key="lists.one_window_rate", name="“一窗”受理率", unit="%", model=ServiceItem, base=_LICENSE, kind="rate",
    numerator=Q(one_window=True), section=A, convention="“一窗”综合受理的许可事项 ÷ 全部许可事项",
))
declare(Indicator(
    key="lists.online_rate", name="网上可办率", unit="%", model=ServiceItem, base=_IN_LIST, kind="rate",
    denominator=Q(published_online=True), numerator=Q(online=True), section=A,
    convention="网上可办事项 ÷ 在一体化政务服务平台发布的全部事项",
))
declare(Indicator(
    key="lists.high_frequency_one_trip", name="实现“最多跑一次”的高频事项", unit="个", model=ServiceItem,
    base=_IN_LIST & Q(high_frequency=True, max_one_trip=True), section=A,
))


def _compression(qs) -> Value:
    rows = list(qs.filter(statutory_days__gt=0, promised_days__isnull=False).values_list("pk", "statutory_days", "promised_days"))
    if not rows:
        return Value(None)
    mean = sum(Decimal(1) - Decimal(p) / Decimal(s) for _, s, p in rows) / len(rows) * 100
    value = float(mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return Value(value, denominator=len(rows), record_ids=[pk for pk, _, _ in rows])


declare(Indicator(
    key="lists.time_compression", name="行政许可办理时限平均压缩比", unit="%", model=ServiceItem, base=_LICENSE,
    kind="custom", func=_compression, section=A,
    convention="逐项计算（1 − 承诺时限 ÷ 法定时限）后取算术平均；只计两项时限都已填写的许可事项",
))

_OPEN = Q(closed_on__isnull=True)
for level, label in [(CenterLevel.COUNTY, "政务服务中心"), (CenterLevel.SUB_CENTER, "政务服务分中心"),
                     (CenterLevel.TOWNSHIP, "乡镇（街道）公共服务中心"), (CenterLevel.VILLAGE, "村（社区）便民服务中心")]:
    declare(Indicator(
        key=f"lists.service_centers_{level}", name=label, unit="个", model=ServiceCenter, base=_OPEN & Q(level=level),
        section=A, convention="现有（未撤销）数",
    ))
for kind, label in [("thematic", "分领域综合窗口"), ("universal", "无差别综合窗口")]:
    declare(Indicator(
        key=f"lists.windows_{kind}", name=label, unit="个", model=ServiceWindow,
        base=_OPEN & Q(kind=kind, center__is_void=False), section=A, convention="现有（未撤销）数",
    ))
for metric, name, unit in [("joint_processing", "“一窗受理、并行办理”联合办理", "笔"), ("credit_data", "归集信用数据", "条")]:
    declare(Indicator(
        key=f"lists.volume_{metric}", name=name, unit=unit, model=ServiceVolume, date_field="month",
        base=Q(metric=metric), kind="sum", sum_field="count", rounding=0, section=A,
        convention="业务系统月度统计之和",
    ))

declare(Indicator(
    key="lists.certification_items", name="证明事项清单", unit="项", model=CertificationItem, base=_IN_LIST, section=A,
))
for category in CertificationCategory:
    if category == CertificationCategory.OTHER:
        continue
    declare(Indicator(
        key=f"lists.certification_items_{category}", name=f"{category.label}类证明事项", unit="项", model=CertificationItem,
        base=_IN_LIST & Q(category=category), section=A,
    ))
declare(Indicator(
    key="lists.certification_notify_commit", name="实行告知承诺制的证明事项", unit="项", model=CertificationItem,
    base=_IN_LIST & Q(notify_commit=True), section=A,
))
declare(Indicator(
    key="lists.approval_items_cancelled", name="取消审批事项", unit="项", model=ApprovalReformAction, date_field="acted_on",
    base=Q(action="cancel"), section=A,
))
declare(Indicator(
    key="lists.disguised_licenses_rectified", name="整治变相许可事项", unit="项", model=ApprovalReformAction,
    date_field="acted_on", base=Q(action="rectify"), section=A,
))
declare(Indicator(
    key="lists.fee_items", name="收费目录项目", unit="项", model=FeeItem, section=A,
))
declare(Indicator(
    key="lists.fee_review_rate", name="收费目录清理核实率", unit="%", model=FeeItem, kind="rate", numerator=Q(reviewed=True),
    section=A, convention="已清理核实的收费项目 ÷ 收费目录全部项目",
))
declare(Indicator(
    key="lists.negative_list_entries", name="负面清单事项", unit="项", model=NegativeListEntry, section=A,
))
declare(Indicator(
    key="lists.fair_competition_reviews", name="公平竞争审查", unit="件", model=FairCompetitionReview,
    date_field="reviewed_on", section=A,
))
for kind, who, name in [("job_subsidy", "家", "援企稳岗返还"), ("rent_relief", "户", "减免房租")]:
    declare(Indicator(
        key=f"lists.{kind}_beneficiaries", name=f"{name}受益主体", unit=who, model=EnterpriseSupport, date_field="paid_on",
        base=Q(kind=kind), kind="custom", section=A, convention="不同受益主体名称的个数",
        func=lambda qs: Value(qs.values("beneficiary").distinct().count(), record_ids=list(qs.values_list("pk", flat=True))),
    ))
    declare(Indicator(
        key=f"lists.{kind}_amount", name=f"{name}金额", unit="元", model=EnterpriseSupport, date_field="paid_on",
        base=Q(kind=kind), kind="sum", sum_field="amount", rounding=2, section=A,
    ))

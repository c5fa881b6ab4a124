import datetime as dt

from fazhi.core.ledgers import Ledger, register
from fazhi.core.services import record_create
from fazhi.leadership.formkit import child_create

from . import forms as f
from .models import (ApprovalReformAction, CertificationItem, EnterpriseSupport, FairCompetitionReview, FeeItem,
                     NegativeListEntry, PowerItem, PowerItemChange, ServiceCenter, ServiceItem, ServiceVolume,
                     ServiceWindow)

GROUP = "权责清单·政务服务"


def _new(model, unit, user, data):
    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


def _power(unit, user):
    return _new(PowerItem, unit, user, {
        "name": "对违反规定乱搭乱建的处罚", "category": "penalty", "legal_basis": "《中华人民共和国城乡规划法》第六十五条",
        "department": "综合行政执法办公室", "listed_on": dt.date(2024, 1, 5), "list_doc_no": "示例府发〔2024〕1号"})


def _center(unit, user):
    return _new(ServiceCenter, unit, user, {"name": "便民服务中心", "level": "township"})


register(Ledger(
    model=PowerItem, form=f.PowerItemForm, plural="power-items", detail_template="leadership/step_detail.html", group=GROUP,
    list_display=["code", "name", "category", "department", "on_platform", "state"],
    filter_fields=["category", "state", "on_platform"], search_fields=["code", "name", "legal_basis", "department"],
    date_field="listed_on", ordering=["category", "code", "pk"], sample=_power,
))
register(Ledger(
    model=PowerItemChange, form=f.PowerItemChangeForm, plural="power-changes", group=GROUP, create=child_create("item"),
    list_display=["changed_on", "item", "action", "doc_no", "authorized"], filter_fields=["action", "authorized"],
    search_fields=["summary", "doc_no"], date_field="changed_on", ordering=["-changed_on", "-pk"],
    sample=lambda unit, user: _new(PowerItemChange, unit, user, {
        "item": _power(unit, user).pk, "action": "amended", "changed_on": dt.date(2024, 6, 1),
        "doc_no": "示例府发〔2024〕9号", "authorized": True, "summary": "依据修改"}),
))
register(Ledger(
    model=ServiceItem, form=f.ServiceItemForm, plural="service-items", group=GROUP,
    list_display=["code", "name", "kind", "statutory_days", "promised_days", "in_hall", "online"],
    filter_fields=["kind", "in_hall", "one_window", "online", "max_one_trip", "high_frequency"],
    search_fields=["code", "name", "department"], date_field="listed_on", ordering=["kind", "code", "pk"],
    sample=lambda unit, user: _new(ServiceItem, unit, user, {
        "name": "个体工商户登记", "kind": "license", "department": "市场监管所", "statutory_days": 15, "promised_days": 3,
        "in_hall": True, "published_online": True, "online": True, "listed_on": dt.date(2024, 1, 5)}),
))
register(Ledger(
    model=ServiceCenter, form=f.ServiceCenterForm, plural="service-centers", group=GROUP,
    list_display=["name", "level", "opened_on", "closed_on"], filter_fields=["level"], search_fields=["name", "address"],
    date_field="opened_on", ordering=["level", "name"], sample=_center,
))
register(Ledger(
    model=ServiceWindow, form=f.ServiceWindowForm, plural="service-windows", group=GROUP, create=child_create("center"),
    list_display=["center", "name", "kind", "opened_on", "closed_on"], filter_fields=["kind"], search_fields=["name"],
    date_field="opened_on", ordering=["center", "kind", "name"],
    sample=lambda unit, user: _new(ServiceWindow, unit, user, {
        "center": _center(unit, user).pk, "name": "综合受理窗口", "kind": "universal"}),
))
register(Ledger(
    model=ServiceVolume, form=f.ServiceVolumeForm, plural="service-volumes", group=GROUP,
    list_display=["month", "metric", "venue", "count", "source_system"], filter_fields=["metric"],
    search_fields=["venue", "source_system"], date_field="month", ordering=["-month", "metric", "pk"],
    sample=lambda unit, user: _new(ServiceVolume, unit, user, {
        "month": dt.date(2024, 3, 1), "metric": "joint_processing", "count": 120, "source_system": "一窗综合受理系统"}),
))
register(Ledger(
    model=CertificationItem, form=f.CertificationItemForm, plural="certifications", group=GROUP,
    list_display=["name", "category", "notify_commit", "source_list", "adopted_on", "removed_on"],
    filter_fields=["category", "notify_commit"], search_fields=["name", "source_list"], date_field="adopted_on",
    ordering=["category", "name"],
    sample=lambda unit, user: _new(CertificationItem, unit, user, {
        "name": "无犯罪记录证明", "category": "license", "notify_commit": True, "source_list": "证明事项清单",
        "adopted_on": dt.date(2024, 1, 5)}),
))
register(Ledger(
    model=ApprovalReformAction, form=f.ApprovalReformActionForm, plural="reform-actions", group=GROUP,
    list_display=["acted_on", "action", "item_name", "item_kind", "doc_no"], filter_fields=["action", "item_kind"],
    search_fields=["item_name", "doc_no"], date_field="acted_on", ordering=["-acted_on", "-pk"],
    sample=lambda unit, user: _new(ApprovalReformAction, unit, user, {
        "acted_on": dt.date(2024, 4, 1), "action": "cancel", "item_name": "示例审批事项", "item_kind": "non_license"}),
))
register(Ledger(
    model=FeeItem, form=f.FeeItemForm, plural="fees", group=GROUP,
    list_display=["department", "name", "standard", "reviewed", "outcome"], filter_fields=["reviewed", "outcome"],
    search_fields=["name", "department", "basis"], date_field="reviewed_on", ordering=["department", "name"],
    sample=lambda unit, user: _new(FeeItem, unit, user, {
        "name": "不动产登记费", "department": "不动产登记中心", "basis": "发改价格规〔2016〕2559号"}),
))
register(Ledger(
    model=NegativeListEntry, form=f.NegativeListEntryForm, plural="negative-list", group=GROUP,
    list_display=["list_name", "entry", "kind", "adopted_on"], filter_fields=["kind"], search_fields=["list_name", "entry"],
    date_field="adopted_on", ordering=["list_name", "pk"],
    sample=lambda unit, user: _new(NegativeListEntry, unit, user, {
        "list_name": "市场准入负面清单", "entry": "示例禁止事项", "kind": "prohibited", "adopted_on": dt.date(2024, 1, 1)}),
))
register(Ledger(
    model=FairCompetitionReview, form=f.FairCompetitionReviewForm, plural="fair-competition", group=GROUP,
    list_display=["reviewed_on", "document_title", "drafter", "conclusion"], filter_fields=["conclusion"],
    search_fields=["document_title", "drafter"], date_field="reviewed_on", ordering=["-reviewed_on", "-pk"],
    sample=lambda unit, user: _new(FairCompetitionReview, unit, user, {
        "reviewed_on": dt.date(2024, 5, 1), "document_title": "示例扶持政策", "conclusion": "pass"}),
))
register(Ledger(
    model=EnterpriseSupport, form=f.EnterpriseSupportForm, plural="enterprise-support", group=GROUP,
    list_display=["paid_on", "kind", "beneficiary", "beneficiary_type", "amount"],
    filter_fields=["kind", "beneficiary_type"], search_fields=["beneficiary", "doc_ref"], date_field="paid_on",
    ordering=["-paid_on", "-pk"],
    sample=lambda unit, user: _new(EnterpriseSupport, unit, user, {
        "kind": "job_subsidy", "beneficiary": "示例企业", "beneficiary_type": "sme", "amount": "1000.00",
        "paid_on": dt.date(2024, 5, 1)}),
))

from . import services  # noqa: E402,F401  (steps register after their ledger)

import datetime as dt

from fazhi.core.ledgers import Ledger, register
from fazhi.core.services import record_create

from . import forms as f
from .models import Accountability, Audit, BudgetUnit, Complaint, ComplaintChannel, NPCReport, OversightVisit, Proposal

GROUP = "监督与问责"


def _new(model, unit, user, data):
    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


def _channel(unit, user):
    return _new(ComplaintChannel, unit, user, {"kind": "hotline", "name": "监督举报电话", "contact": "023-00000000"})


register(Ledger(
    model=Proposal, form=f.ProposalForm, plural="proposals", detail_template="leadership/step_detail.html", group=GROUP,
    list_display=["assigned_on", "kind", "number", "title", "proposer", "due_on", "state", "satisfaction"],
    filter_fields=["kind", "state", "satisfaction"], search_fields=["title", "proposer", "number"],
    date_field="assigned_on", ordering=["-assigned_on", "-pk"],
    sample=lambda unit, user: _new(Proposal, unit, user, {
        "kind": "npc_suggestion", "title": "关于改善场镇道路的建议", "proposer": "代表甲",
        "assigned_on": dt.date(2024, 3, 1), "due_on": dt.date(2024, 5, 31)}),
))
register(Ledger(
    model=NPCReport, form=f.NPCReportForm, plural="npc-reports", group=GROUP,
    list_display=["reported_on", "body", "kind", "title"], filter_fields=["body", "kind"], search_fields=["title"],
    date_field="reported_on", ordering=["-reported_on", "-pk"],
    sample=lambda unit, user: _new(NPCReport, unit, user, {
        "reported_on": dt.date(2024, 3, 10), "body": "presidium", "kind": "work", "title": "政府工作报告"}),
))
register(Ledger(
    model=OversightVisit, form=f.OversightVisitForm, plural="visits", group=GROUP,
    list_display=["visited_on", "visitor_type", "target", "visitors"], filter_fields=["visitor_type"],
    search_fields=["target", "findings"], date_field="visited_on", ordering=["-visited_on", "-pk"],
    sample=lambda unit, user: _new(OversightVisit, unit, user, {
        "visited_on": dt.date(2024, 6, 5), "visitor_type": "npc_deputy", "target": "便民服务中心窗口", "visitors": 5}),
))
register(Ledger(
    model=BudgetUnit, form=f.BudgetUnitForm, plural="budget-units", group=GROUP,
    list_display=["name", "code", "active_from", "active_to"], search_fields=["name", "code"], date_field="active_from",
    ordering=["name"], sample=lambda unit, user: _new(BudgetUnit, unit, user, {"name": "示例局"}),
))
register(Ledger(
    model=Audit, form=f.AuditForm, plural="audits", group=GROUP,
    list_display=["started_on", "kind", "title", "audited_name", "quarter", "report_published_on"],
    filter_fields=["kind", "quarter", "big_data"], search_fields=["title", "audited_name"], date_field="started_on",
    ordering=["-started_on", "-pk"],
    sample=lambda unit, user: _new(Audit, unit, user, {
        "kind": "special", "title": "专项资金审计", "audited_name": "示例项目", "started_on": dt.date(2024, 4, 1)}),
))
register(Ledger(
    model=Accountability, form=f.AccountabilityEntryForm, plural="accountability", group=GROUP,
    list_display=["decided_on", "person_name", "post", "form", "one_case_two_checks"],
    filter_fields=["form", "one_case_two_checks"], search_fields=["person_name", "reason", "case_ref"],
    date_field="decided_on", ordering=["-decided_on", "-pk"],
    sample=lambda unit, user: _new(Accountability, unit, user, {
        "decided_on": dt.date(2024, 7, 1), "person_name": "某某", "post": "工作人员", "form": "admonition",
        "reason": "履职不到位", "decided_by": "镇纪委"}),
))
register(Ledger(
    model=ComplaintChannel, form=f.ComplaintChannelForm, plural="channels", group=GROUP,
    list_display=["kind", "name", "contact", "opened_on", "closed_on"], filter_fields=["kind"],
    search_fields=["name", "contact"], date_field="opened_on", ordering=["kind", "name"], sample=_channel,
))
register(Ledger(
    model=Complaint, form=f.ComplaintForm, plural="complaints", detail_template="leadership/step_detail.html", group=GROUP,
    list_display=["received_on", "channel", "subject", "state", "finding"], filter_fields=["state", "finding"],
    search_fields=["subject", "about"], date_field="received_on", ordering=["-received_on", "-pk"],
    sample=lambda unit, user: _new(Complaint, unit, user, {
        "received_on": dt.date(2024, 8, 1), "channel": _channel(unit, user).pk, "subject": "反映窗口服务态度"}),
))

from . import services  # noqa: E402,F401  (steps register after their ledger)

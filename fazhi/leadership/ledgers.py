import datetime as dt

from fazhi.core.ledgers import Ledger, register
from fazhi.core.services import record_create

from . import forms as f
from .formkit import child_create
from .models import (AgendaItem, DutyList, DutyReport, GroupMember, Institution, LeadingGroup, Meeting, PlanItem,
                     Shortcoming, StaffMember)

GROUP = "组织领导"


def _new(model, unit, user, data):
    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


def _group(unit, user):
    return _new(LeadingGroup, unit, user, {"name": "法治政府建设工作领导小组", "kind": "leading_group", "domain": "leadership",
                                           "established_on": dt.date(2024, 1, 10)})


def _member(unit, user):
    group = _group(unit, user)
    return _new(GroupMember, unit, user, {"group": group.pk, "position": "leader", "holder_kind": "person",
                                         "role_title": "党委书记"})


def _meeting(unit, user):
    return _new(Meeting, unit, user, {"kind": "party_committee", "held_on": dt.date(2024, 3, 5), "chair_role": "party_secretary"})


def _agenda(unit, user):
    meeting = _meeting(unit, user)
    return _new(AgendaItem, unit, user, {"meeting": meeting.pk, "order": 1, "topic": "report_heard", "rule_of_law": True,
                                        "title": "听取法治政府建设工作情况汇报"})


def _shortcoming(unit, user):
    return _new(Shortcoming, unit, user, {"identified_on": dt.date(2024, 12, 20), "seq": 1, "title": "法治工作力量不足",
                                         "domain": "leadership", "status": "open"})


register(Ledger(
    model=LeadingGroup, form=f.LeadingGroupForm, plural="groups", group=GROUP,
    list_display=["name", "kind", "domain", "established_on", "doc_no", "dissolved_on"],
    filter_fields=["kind", "domain"], search_fields=["name", "doc_no"], date_field="established_on",
    ordering=["-established_on", "-pk"], sample=_group,
))
register(Ledger(
    model=GroupMember, form=f.GroupMemberForm, plural="members", group=GROUP, create=child_create("group"),
    list_display=["group", "position", "holder_kind", "role_title", "person_name", "member_unit_name", "start_on", "end_on"],
    filter_fields=["position", "holder_kind"], search_fields=["role_title", "person_name", "member_unit_name"],
    date_field="start_on", ordering=["group", "position", "pk"], sample=_member,
))
register(Ledger(
    model=Meeting, form=f.MeetingForm, plural="meetings", group=GROUP,
    list_display=["held_on", "kind", "title", "seq_no", "chair_role", "chair_name"],
    filter_fields=["kind", "chair_role"], search_fields=["title", "chair_name", "attendees"], date_field="held_on",
    ordering=["-held_on", "-pk"], sample=_meeting, detail_template="leadership/meeting_detail.html",
))
register(Ledger(
    model=AgendaItem, form=f.AgendaItemForm, plural="agenda-items", group=GROUP, create=child_create("meeting"),
    list_display=["meeting", "order", "topic", "rule_of_law", "title", "presenter"],
    filter_fields=["topic", "rule_of_law"], search_fields=["title", "presenter", "documents", "decision"],
    date_field="meeting__held_on", ordering=["-meeting__held_on", "order", "pk"], sample=_agenda,
))
register(Ledger(
    model=DutyList, form=f.DutyListForm, plural="duty-lists", group=GROUP,
    list_display=["adopted_on", "title", "holder_role", "holder_name", "doc_no", "published"],
    filter_fields=["holder_role"], search_fields=["title", "items", "doc_no"], date_field="adopted_on",
    ordering=["-adopted_on", "-pk"],
    sample=lambda unit, user: _new(DutyList, unit, user, {
        "title": "党委书记履行推进法治建设第一责任人职责清单", "holder_role": "party_secretary",
        "adopted_on": dt.date(2024, 2, 1), "items": "定期听取法治建设汇报"}),
))
register(Ledger(
    model=DutyReport, form=f.DutyReportForm, plural="duty-reports", group=GROUP,
    list_display=["reported_on", "year", "person_name", "position", "occasion", "in_assessment"],
    filter_fields=["role", "occasion", "in_assessment"], search_fields=["person_name", "position"],
    date_field="reported_on", ordering=["-reported_on", "-pk"],
    sample=lambda unit, user: _new(DutyReport, unit, user, {
        "person_name": "张三", "position": "党委书记", "role": "party_secretary", "year": 2024,
        "reported_on": dt.date(2025, 1, 15), "occasion": "year_end", "covers_first_duty": True}),
))
register(Ledger(
    model=Institution, form=f.InstitutionForm, plural="institutions", group=GROUP,
    list_display=["established_on", "name", "kind", "domain", "doc_no", "status"],
    filter_fields=["kind", "domain", "status", "applies_to"], search_fields=["name", "doc_no", "summary", "issuer"],
    date_field="established_on", ordering=["-established_on", "-pk"],
    sample=lambda unit, user: _new(Institution, unit, user, {
        "name": "规范性文件统一登记、统一编号、统一印发制度", "kind": "system", "domain": "normative_docs",
        "established_on": dt.date(2024, 3, 1), "applies_to": "all", "status": "in_force"}),
))
register(Ledger(
    model=StaffMember, form=f.StaffMemberForm, plural="staff", group=GROUP,
    list_display=["name", "post", "is_leadership", "legal_background", "rule_of_law_duty", "start_on", "end_on"],
    filter_fields=["is_leadership", "legal_background", "rule_of_law_duty"], search_fields=["name", "post"],
    date_field="start_on", ordering=["-is_leadership", "name"],
    sample=lambda unit, user: _new(StaffMember, unit, user, {
        "name": "李四", "post": "综治办工作人员", "rule_of_law_duty": "part_time"}),
))
register(Ledger(
    model=Shortcoming, form=f.ShortcomingForm, plural="shortcomings", group="年度报告事项",
    list_display=["identified_on", "seq", "title", "domain", "status"],
    filter_fields=["domain", "status"], search_fields=["title", "detail", "cause"], date_field="identified_on",
    ordering=["-identified_on", "seq", "pk"], sample=_shortcoming,
))
register(Ledger(
    model=PlanItem, form=f.PlanItemForm, plural="plan-items", detail_template="leadership/step_detail.html", group="年度报告事项",
    list_display=["due_on", "seq", "title", "domain", "owner", "state"],
    filter_fields=["domain", "state"], search_fields=["title", "detail", "owner", "target"], date_field="due_on",
    ordering=["due_on", "seq", "pk"],
    sample=lambda unit, user: _new(PlanItem, unit, user, {
        "proposed_on": dt.date(2025, 1, 20), "seq": 1, "title": "组织执法人员专业培训", "domain": "study_training",
        "owner": "综合行政执法办公室", "due_on": dt.date(2025, 12, 31)}),
))

from . import services  # noqa: E402,F401  (steps register after their ledger)

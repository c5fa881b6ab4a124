import datetime as dt

from fazhi.core.ledgers import Ledger, register
from fazhi.core.services import record_create

from . import forms as f
from .models import (Activity, CultureSite, Exam, LegalLiterate, LegalService, LegalServicePoint, MediaCoverage,
                     PublicityDuty, Study, Training)

GROUP = "普法·学法·培训"
GROUP_SERVICES = "公共法律服务"


def _new(model, unit, user, data):
    return record_create(ledger=model.ledger(), user=user, unit=unit, data=data)


register(Ledger(
    model=Activity, form=f.ActivityForm, plural="activities", group=GROUP,
    list_display=["held_on", "title", "method", "venue_type", "audience", "attendance"],
    filter_fields=["venue_type", "method", "audience", "campaign"], search_fields=["title", "place", "laws"],
    date_field="held_on", ordering=["-held_on", "-pk"],
    sample=lambda unit, user: _new(Activity, unit, user, {
        "held_on": dt.date(2024, 12, 4), "title": "国家宪法日宣传", "campaign": "12.4", "method": "concentrated",
        "venue_type": "public_place", "audience": "public", "attendance": 100}),
))
register(Ledger(
    model=PublicityDuty, form=f.PublicityDutyForm, plural="duties", group=GROUP,
    list_display=["listed_on", "department", "audience", "contact"], filter_fields=["audience"],
    search_fields=["department", "laws", "measures"], date_field="listed_on", ordering=["-listed_on", "department", "pk"],
    sample=lambda unit, user: _new(PublicityDuty, unit, user, {
        "listed_on": dt.date(2024, 2, 1), "department": "综合行政执法办公室", "laws": "中华人民共和国行政处罚法",
        "audience": "public"}),
))
register(Ledger(
    model=Study, form=f.StudyForm, plural="studies", group=GROUP,
    list_display=["held_on", "kind", "topic", "rule_of_law", "lead_person"],
    filter_fields=["kind", "rule_of_law"], search_fields=["topic", "laws", "lead_person"], date_field="held_on",
    ordering=["-held_on", "-pk"],
    sample=lambda unit, user: _new(Study, unit, user, {
        "held_on": dt.date(2024, 4, 2), "kind": "central_group", "topic": "习近平法治思想", "rule_of_law": True,
        "leaders_count": 12}),
))
register(Ledger(
    model=Training, form=f.TrainingForm, plural="trainings", group=GROUP,
    list_display=["start_on", "title", "kind", "mode", "hours", "trainees"],
    filter_fields=["kind", "mode", "organiser"], search_fields=["title"], date_field="start_on",
    ordering=["-start_on", "-pk"],
    sample=lambda unit, user: _new(Training, unit, user, {
        "title": "行政执法人员法律知识培训", "kind": "enforcement_general", "start_on": dt.date(2024, 5, 10),
        "hours": "8", "trainees": 5}),
))
register(Ledger(
    model=Exam, form=f.ExamForm, plural="exams", group=GROUP,
    list_display=["held_on", "title", "audience", "expected", "sat", "passed"], filter_fields=["audience"],
    search_fields=["title"], date_field="held_on", ordering=["-held_on", "-pk"],
    sample=lambda unit, user: _new(Exam, unit, user, {
        "title": "年度法治理论考试", "held_on": dt.date(2024, 11, 20), "audience": "cadres", "expected": 10, "sat": 10,
        "passed": 9}),
))
register(Ledger(
    model=CultureSite, form=f.CultureSiteForm, plural="culture-sites", group=GROUP,
    list_display=["name", "kind", "address", "built_on", "closed_on"], filter_fields=["kind"],
    search_fields=["name", "address"], date_field="built_on", ordering=["kind", "name"],
    sample=lambda unit, user: _new(CultureSite, unit, user, {"name": "法治文化广场", "kind": "park"}),
))
register(Ledger(
    model=MediaCoverage, form=f.MediaCoverageForm, plural="media", group=GROUP,
    list_display=["published_on", "outlet", "kind", "title", "subject"], filter_fields=["kind"],
    search_fields=["outlet", "title", "subject"], date_field="published_on", ordering=["-published_on", "-pk"],
    sample=lambda unit, user: _new(MediaCoverage, unit, user, {
        "published_on": dt.date(2024, 6, 1), "outlet": "区电视台", "kind": "interview", "title": "调解品牌专题采访"}),
))
register(Ledger(
    model=LegalServicePoint, form=f.LegalServicePointForm, plural="service-points", group=GROUP_SERVICES,
    list_display=["name", "kind", "level", "opened_on", "closed_on"], filter_fields=["kind", "level"],
    search_fields=["name", "address"], date_field="opened_on", ordering=["level", "kind", "name"],
    sample=lambda unit, user: _new(LegalServicePoint, unit, user, {
        "name": "公共法律服务工作站", "kind": "station", "level": "township"}),
))
register(Ledger(
    model=LegalService, form=f.LegalServiceForm, plural="services", group=GROUP_SERVICES,
    list_display=["received_on", "channel", "kind", "summary", "closed_on"], filter_fields=["channel", "kind"],
    search_fields=["summary", "applicant", "outcome"], date_field="received_on", ordering=["-received_on", "-pk"],
    sample=lambda unit, user: _new(LegalService, unit, user, {
        "received_on": dt.date(2024, 3, 1), "channel": "walk_in", "kind": "consultation", "summary": "土地承包合同咨询"}),
))
register(Ledger(
    model=LegalLiterate, form=f.LegalLiterateForm, plural="legal-literates", group=GROUP_SERVICES,
    list_display=["name", "village", "occupation", "appointed_on", "is_mediator", "left_on"],
    filter_fields=["is_mediator"], search_fields=["name", "village", "certificate_no"], date_field="appointed_on",
    ordering=["village", "name"],
    sample=lambda unit, user: _new(LegalLiterate, unit, user, {
        "name": "王五", "village": "示例村", "appointed_on": dt.date(2024, 6, 1)}),
))

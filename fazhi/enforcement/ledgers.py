"""The 行政执法 ledgers: one declaration each gives web pages, API, Excel and role grants."""

from fazhi.core.ledgers import Ledger, register
from fazhi.core.permissions import WRITERS
from fazhi.org.choices import Role

from . import conf  # noqa: F401  (declares the settings)
from . import samples
from .forms import bodies as fb
from .forms import cases as fc
from .forms import misc as fm
from .forms import random_checks as fr
from .forms import reviews as fv
from .models import (
    AnnualReview, Body, Case, CaseFileReview, CaseRecord, Certificate, CheckItem, Equipment, JointOperation, Officer,
    OfficerTraining, RandomCheck, RandomPlan, Recusal, ReviewedCase, ReviewItem, ReviewTemplate, StatisticsReport, Target,
)
from .services.records import case_record_create
from .services.reviews import review_item_create
from .services.statistics import statistics_report_create

G_STAFF = "行政执法·主体与人员"
G_CASES = "行政执法·案件与三项制度"
G_RANDOM = "行政执法·双随机一公开"
G_REVIEW = "行政执法·监督与评查"
SYSTEM_ONLY = frozenset()          # rows created by a step (draw, sampling); only an administrator may add by hand
REVIEW_WRITERS = WRITERS | {Role.INSPECTOR}
REVIEW_ROLES = {"create": REVIEW_WRITERS, "change": REVIEW_WRITERS, "void": REVIEW_WRITERS, "import": REVIEW_WRITERS}

register(Ledger(
    model=Body, form=fb.BodyForm, plural="bodies", group=G_STAFF,
    list_display=["name", "kind", "field", "tier", "staffing_quota", "is_active"],
    filter_fields=["kind", "field", "tier", "is_active"], search_fields=["name", "legal_basis", "doc_no"],
    ordering=["name", "pk"], sample=samples.body,
))
register(Ledger(
    model=Officer, form=fb.OfficerForm, plural="officers", group=G_STAFF,
    list_display=["name", "code", "body", "role", "legal_qualification", "in_inspector_pool", "left_on"],
    filter_fields=["role", "legal_qualification", "in_inspector_pool"], search_fields=["name", "code", "specialty"],
    ordering=["name", "pk"], sample=samples.officer, detail_template="enforcement/officer_detail.html",
))
register(Ledger(
    model=Certificate, form=fb.CertificateForm, plural="certificates", group=G_STAFF,
    list_display=["number", "officer", "issuer", "action", "issued_on", "valid_to", "state"],
    filter_fields=["action", "state"], search_fields=["number", "officer__name", "issuer"], date_field="issued_on",
    ordering=["-issued_on", "pk"], sample=lambda unit, user: samples.officer(unit, user).certificates.first(),
))
register(Ledger(
    model=AnnualReview, form=fb.AnnualReviewForm, plural="annual_reviews", group=G_STAFF,
    list_display=["certificate", "year", "reviewed_on", "result", "training_hours"],
    filter_fields=["result", "year"], search_fields=["certificate__number", "certificate__officer__name"],
    date_field="reviewed_on", ordering=["-reviewed_on", "pk"],
    sample=lambda unit, user: _annual_review(unit, user),
))
register(Ledger(
    model=OfficerTraining, form=fb.OfficerTrainingForm, plural="trainings", group=G_STAFF,
    list_display=["held_on", "title", "mode", "hours", "organiser"], filter_fields=["mode"],
    search_fields=["title", "organiser"], date_field="held_on", ordering=["-held_on", "pk"],
    sample=lambda unit, user: _training(unit, user),
))
register(Ledger(
    model=Equipment, form=fb.EquipmentForm, plural="equipment", group=G_STAFF,
    list_display=["kind", "quantity", "body", "acquired_on"], filter_fields=["kind"], search_fields=["note"],
    date_field="acquired_on", sample=lambda unit, user: _equipment(unit, user),
))
register(Ledger(
    model=Case, form=fc.CaseForm, plural="cases", group=G_CASES,
    list_display=["case_no", "kind", "procedure", "party_name", "body", "registered_on", "decided_on", "published_on", "state"],
    filter_fields=["kind", "procedure", "state", "party_type", "outcome"],
    search_fields=["case_no", "party_name", "party_code", "cause", "decision_no"], date_field="registered_on",
    ordering=["-registered_on", "-pk"], sample=samples.case, detail_template="enforcement/case_detail.html",
))
register(Ledger(
    model=CaseRecord, form=fc.CaseRecordForm, plural="case_records", group=G_CASES,
    list_display=["case", "stage", "kind", "title", "recorded_on"], filter_fields=["stage", "kind"],
    search_fields=["title", "reference", "case__case_no"], date_field="recorded_on", create=case_record_create,
    ordering=["-recorded_on", "-pk"], sample=samples.case_record,
))
register(Ledger(
    model=JointOperation, form=fm.JointOperationForm, plural="joint_operations", group=G_CASES,
    list_display=["held_on", "title", "lead_department", "departments", "targets_checked"],
    search_fields=["title", "departments", "place"], date_field="held_on", ordering=["-held_on", "-pk"],
    sample=lambda unit, user: _joint(unit, user),
))
register(Ledger(
    model=CheckItem, form=fr.CheckItemForm, plural="check_items", group=G_RANDOM,
    list_display=["name", "category", "body", "basis", "published_on"], filter_fields=["category"],
    search_fields=["name", "basis", "content"], ordering=["name", "pk"],
    sample=lambda unit, user: samples.check_item(unit, user, samples.body(unit, user)),
))
register(Ledger(
    model=Target, form=fr.TargetForm, plural="targets", group=G_RANDOM,
    list_display=["name", "code", "kind", "field", "risk_level", "abnormal", "is_active"],
    filter_fields=["kind", "field", "risk_level", "abnormal", "is_active"], search_fields=["name", "code", "address"],
    ordering=["name", "pk"], sample=samples.target,
))
register(Ledger(
    model=Recusal, form=fr.RecusalForm, plural="recusals", group=G_RANDOM,
    list_display=["officer", "target", "reason", "declared_on"], search_fields=["officer__name", "target__name", "reason"],
    date_field="declared_on", sample=samples.recusal,
))
register(Ledger(
    model=RandomPlan, form=fr.RandomPlanForm, plural="random_plans", group=G_RANDOM,
    list_display=["year", "title", "body", "ratio", "per_target", "state", "published_on"],
    filter_fields=["state", "year"], search_fields=["title"], date_field="start_on",
    ordering=["-year", "-pk"], sample=samples.plan, detail_template="enforcement/plan_detail.html",
))
register(Ledger(
    model=RandomCheck, form=fr.RandomCheckForm, plural="random_checks", group=G_RANDOM,
    list_display=["plan", "rank", "target", "state", "checked_on", "outcome"], filter_fields=["state", "outcome"],
    search_fields=["target__name", "target__code", "plan__title"], date_field="checked_on", ordering=["plan", "rank"],
    roles={"create": SYSTEM_ONLY, "change": SYSTEM_ONLY, "import": SYSTEM_ONLY, "void": SYSTEM_ONLY},
    sample=samples.random_check,
))
register(Ledger(
    model=ReviewTemplate, form=fv.ReviewTemplateForm, plural="review_templates", group=G_REVIEW,
    list_display=["year", "version", "name", "state", "published_on"], filter_fields=["year", "state"],
    search_fields=["name"], ordering=["-year", "-version"], roles=REVIEW_ROLES,
    sample=lambda unit, user: samples.template(unit, user, publish=False),
))
register(Ledger(
    model=ReviewItem, form=fv.ReviewItemForm, plural="review_items", group=G_REVIEW,
    list_display=["template", "code", "category", "description", "points"], search_fields=["code", "category", "description"],
    ordering=["template", "code"], roles=REVIEW_ROLES, create=review_item_create, sample=samples.review_item,
))
register(Ledger(
    model=CaseFileReview, form=fv.CaseFileReviewForm, plural="case_file_reviews", group=G_REVIEW,
    list_display=["year", "title", "template", "sampling", "sample_size", "state", "sampled_on"],
    filter_fields=["year", "sampling", "state"], search_fields=["title"], ordering=["-year", "-pk"], roles=REVIEW_ROLES,
    sample=samples.review_batch, detail_template="enforcement/review_batch_detail.html",
))
register(Ledger(
    model=ReviewedCase, form=fv.ReviewedCaseForm, plural="reviewed_cases", group=G_REVIEW,
    list_display=["batch", "case", "state", "reviewer", "reviewed_on", "recheck_result"],
    filter_fields=["state", "recheck_result"], search_fields=["case__case_no", "batch__title", "problems"],
    date_field="reviewed_on", ordering=["batch", "pk"],
    roles={"create": SYSTEM_ONLY, "change": SYSTEM_ONLY, "import": SYSTEM_ONLY, "void": REVIEW_WRITERS},
    sample=samples.reviewed_case, detail_template="enforcement/reviewed_case_detail.html",
))
register(Ledger(
    model=StatisticsReport, form=fm.StatisticsReportForm, plural="statistics_reports", group=G_REVIEW,
    list_display=["year", "state", "published_on", "channel"], filter_fields=["state"], ordering=["-year", "pk"],
    create=statistics_report_create, sample=lambda unit, user: _statistics_report(unit, user),
))


# ---------------------------------------------------------------- samples needing several records

def _annual_review(unit, user):
    from fazhi.core.services import record_create

    cert = samples.officer(unit, user).certificates.first()
    return record_create(ledger=AnnualReview.ledger(), user=user, unit=unit, data={
        "certificate": cert.pk, "year": 2025, "reviewed_on": "2025-03-01", "result": "passed", "training_hours": "40"})


def _training(unit, user):
    from fazhi.core.services import record_create

    officers = [samples.officer(unit, user).pk, samples.officer(unit, user).pk]
    return record_create(ledger=OfficerTraining.ledger(), user=user, unit=unit, data={
        "held_on": "2025-05-20", "title": "行政处罚法专题培训", "mode": "offline", "hours": "4", "officers": officers})


def _equipment(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=Equipment.ledger(), user=user, unit=unit, data={"kind": "recorder", "quantity": 5})


def _joint(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=JointOperation.ledger(), user=user, unit=unit, data={
        "held_on": "2025-06-10", "title": "校园周边食品安全联合检查", "lead_department": "镇综合行政执法办公室",
        "departments": "镇综合行政执法办公室、区市场监管局", "targets_checked": 12, "problems_found": 2})


def _statistics_report(unit, user):
    return statistics_report_create(ledger=StatisticsReport.ledger(), user=user, data={"year": 2025}, unit=unit)


# Steps register after their ledgers (each step names its permission after the ledger).
from .services import cases, certificates, random_checks, reviews, statistics  # noqa: E402,F401

"""The 督察与考核 ledgers: 工作要点 and tasks, 督导督查 and 整改, 考核评估 and self-reports."""

from fazhi.core.ledgers import Ledger, register
from fazhi.core.permissions import ALL_ROLES, WRITERS
from fazhi.org.choices import Role

from .forms import (AssessmentForm, FindingForm, InspectionForm, InspectionItemForm, SelfReportEvidenceForm,
                    SelfReportForm, TaskForm, TaskReportEvidenceForm, TaskReportForm, WorkPlanForm)
from .models import Assessment, Finding, Inspection, InspectionItem, SelfReport, Task, TaskReport, WorkPlan

GROUP = "督察与考核"
DETAIL = "supervision/detail.html"
ISSUERS = WRITERS | {Role.INSPECTOR}
INSPECTORS = frozenset({Role.INSPECTOR})
NOBODY = frozenset()  # administrators only (declare() always adds them)


def _plan(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=WorkPlan.ledger(), user=user, unit=unit, data={
        "year": 2020, "title": "2020年法治政府建设工作要点", "issued_on": "2020-07-01"})


def _task(unit, user):
    from fazhi.core.services import record_create

    plan = _plan(unit, user)
    return record_create(ledger=Task.ledger(), user=user, unit=unit, data={
        "plan": plan.pk, "number": 1, "content": "落实行政规范性文件合法性审核", "lead_unit": unit.pk,
        "due_on": "2020-12-31"})


def _task_report(unit, user):
    from .services.plans import task_report_create

    task = _task(unit, user)
    return task_report_create(ledger=TaskReport.ledger(), user=user, unit=unit, data={
        "task": task.pk, "reported_on": "2020-09-30", "status": "ongoing", "progress": "已建立审核台账"})


def _inspection(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=Inspection.ledger(), user=user, unit=unit, data={
        "source": "city", "title": "市级法治督察反馈", "year": 2020, "start_on": "2020-10-10", "scope_units": [unit.pk]})


def _item(unit, user):
    from fazhi.core.services import record_create

    insp = _inspection(unit, user)
    return record_create(ledger=InspectionItem.ledger(), user=user, unit=unit, data={
        "inspection": insp.pk, "number": 1, "content": "规范性文件备案情况"})


def _finding(unit, user):
    from .services.inspections import finding_create

    insp = _inspection(unit, user)
    return finding_create(ledger=Finding.ledger(), user=user, data={
        "inspection": insp.pk, "responsible_unit": unit.pk, "category": "records", "description": "备案材料不全",
        "found_on": "2020-10-10", "due_on": "2020-12-10"})


def _assessment(unit, user):
    from fazhi.core.services import record_create

    from .services.systems import system_create

    system = system_create(user=user, unit=unit, name="示例指标体系", version="样例", nodes=_SAMPLE_NODES())
    return record_create(ledger=Assessment.ledger(), user=user, unit=unit, data={
        "title": "2020年自查评估", "kind": "self_evaluation", "year": 2020, "system": system.pk,
        "start_on": "2020-09-01", "scope_units": [unit.pk]})


def _SAMPLE_NODES():
    top = {"level": 1, "code": "一", "title": "组织领导", "parent": None, "points": None, "weight": None,
           "method": "group", "indicator_key": "", "rule_kind": "", "rule_text": "", "evidence_required": "",
           "is_placeholder": True, "note": ""}
    mid = {**top, "level": 2, "code": "1", "title": "责任落实", "parent": top}
    leaf = {**top, "level": 3, "code": "1", "title": "述法", "parent": mid, "points": 5, "method": "manual",
            "rule_kind": "manual"}
    return [top, mid, leaf]


def _self_report(unit, user):
    from .services.assessments import self_report_create

    a = _assessment(unit, user)
    a.launch()  # a sample skips the inspector's 启动 step: only the scoping of the report is under test
    a.save()
    node = a.system.nodes.get(level=3)
    return self_report_create(ledger=SelfReport.ledger(), user=user, unit=unit, data={
        "assessment": a.pk, "node": node.pk, "statement": "已述法", "self_score": "5"})


def _service(module: str, name: str):
    # the services register steps, which need these ledgers registered first: resolve them late
    import importlib

    return getattr(importlib.import_module(f"fazhi.supervision.services.{module}"), name)


def _roles(create=ISSUERS, change=ISSUERS, void=ISSUERS, imp=ISSUERS):
    return {"create": create, "change": change, "void": void, "import": imp, "view": ALL_ROLES}


# Only choice fields as list filters: a foreign-key filter would list every plan, inspection or run
# in the system (django-filter's default queryset is unscoped), siblings' included.
register(Ledger(
    model=WorkPlan, form=WorkPlanForm, plural="workplans", group=GROUP, list_display=["year", "title", "doc_no", "issued_on"],
    filter_fields=["year"], search_fields=["title", "doc_no"], date_field="issued_on", roles=_roles(),
    ordering=["-year", "-pk"], detail_template=DETAIL, sample=_plan,
))
register(Ledger(
    model=Task, form=TaskForm, plural="tasks", group=GROUP,
    list_display=["plan", "number", "content", "lead_unit", "due_on"], filter_fields=[],
    search_fields=["content", "basis"], date_field="due_on", roles=_roles(), ordering=["plan", "number", "pk"],
    detail_template=DETAIL, sample=_task,
))
register(Ledger(
    model=TaskReport, form=TaskReportEvidenceForm, import_form=TaskReportForm, plural="taskreports", group=GROUP,
    list_display=["reported_on", "task", "status"], filter_fields=["status"], search_fields=["progress"],
    date_field="reported_on", ordering=["-reported_on", "-pk"], detail_template=DETAIL, sample=_task_report,
    create=lambda **kw: _service("plans", "task_report_create")(**kw),
))
register(Ledger(
    model=Inspection, form=InspectionForm, plural="inspections", group=GROUP,
    list_display=["start_on", "title", "source", "doc_no"], filter_fields=["source", "year"], search_fields=["title", "topics"],
    date_field="start_on", roles=_roles(), ordering=["-start_on", "-pk"], detail_template=DETAIL, sample=_inspection,
))
register(Ledger(
    model=InspectionItem, form=InspectionItemForm, plural="inspectionitems", group=GROUP,
    list_display=["inspection", "number", "content"], filter_fields=[], search_fields=["content"],
    roles=_roles(), ordering=["inspection", "number", "pk"], detail_template=DETAIL, sample=_item,
))
register(Ledger(
    model=Finding, form=FindingForm, plural="findings", group=GROUP,
    list_display=["found_on", "inspection", "description", "due_on", "state"], filter_fields=["state", "category"],
    search_fields=["description", "requirement"], date_field="found_on", ordering=["-found_on", "-pk"],
    # the finding's text is the inspector's and its state moves only by steps: no generic edit or import
    roles=_roles(create=ISSUERS, change=NOBODY, void=INSPECTORS, imp=NOBODY), detail_template=DETAIL, sample=_finding,
    create=lambda **kw: _service("inspections", "finding_create")(**kw),
))
register(Ledger(
    model=Assessment, form=AssessmentForm, plural="assessments", group=GROUP,
    list_display=["year", "title", "kind", "system", "state"], filter_fields=["kind", "year", "state"], search_fields=["title"],
    date_field="start_on", roles=_roles(), ordering=["-year", "-pk"], detail_template=DETAIL, sample=_assessment,
))
register(Ledger(
    model=SelfReport, form=SelfReportEvidenceForm, import_form=SelfReportForm, plural="selfreports", group=GROUP,
    list_display=["assessment", "node", "self_score", "state"], filter_fields=["state"],
    search_fields=["statement"], ordering=["assessment", "unit", "pk"],
    roles=_roles(create=WRITERS, change=NOBODY, void=INSPECTORS, imp=NOBODY), detail_template=DETAIL,
    sample=_self_report,
    create=lambda **kw: _service("assessments", "self_report_create")(**kw),
))

from .services import assessments, inspections  # noqa: E402,F401  (registers the steps)

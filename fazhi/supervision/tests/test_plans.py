"""工作要点: tasks assigned below, progress with evidence, overdue alerts on both sides, scoping."""

from __future__ import annotations

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.supervision.models import Task, TaskReport, WorkPlan
from fazhi.supervision.selectors import task_is_done, tasks_overdue
from fazhi.supervision.services.plans import task_report_create

from .conftest import upload


@pytest.fixture
def plan(tree):
    return record_create(ledger=WorkPlan.ledger(), user=tree.jia_operator, data={
        "year": 2020, "title": "2020年全区法治政府建设工作要点", "issued_on": "2020-07-01"})


def _task(tree, plan, lead, number=1, due="2020-10-31", co=()):
    return record_create(ledger=Task.ledger(), user=tree.jia_operator, data={
        "plan": plan.pk, "number": number, "content": f"任务{number}", "lead_unit": lead.pk, "co_units": [u.pk for u in co],
        "due_on": due})


def _report(tree, user, task, status="done", **kw):
    return task_report_create(ledger=TaskReport.ledger(), user=user, files=kw.pop("files", None), data={
        "task": task.pk, "reported_on": "2020-10-20", "status": status, "progress": "已完成", **kw})


def test_tasks_are_seen_by_issuer_lead_and_co_units_only(tree, plan):
    # given a task led by 一镇 with 甲区司法局 helping, and one led by 二镇
    t1 = _task(tree, plan, tree.yi, co=[tree.bureau])
    t2 = _task(tree, plan, tree.er, number=2)
    # then the district operator who issued the plan sees both, 一镇 only its own, 二镇 only its own
    assert set(Task.objects.restrict(tree.jia_operator)) == {t1, t2}
    assert list(Task.objects.restrict(tree.yi_operator)) == [t1]
    assert list(Task.objects.restrict(tree.er_operator)) == [t2]
    assert list(Task.objects.restrict(tree.bureau_reviewer)) == [t1]
    # the township sees the plan (for its task) but cannot change either
    assert WorkPlan.objects.restrict(tree.yi_operator).filter(pk=plan.pk).exists()
    assert not Task.objects.restrict(tree.yi_operator, "change").exists()


def test_progress_is_reported_by_an_assignee_with_evidence(tree, plan, client_for):
    t1 = _task(tree, plan, tree.yi)
    # when 一镇 reports through the web form with a file
    resp = client_for(tree.yi_operator).post("/l/supervision/taskreports/new/", {
        "task": t1.pk, "reported_on": "2020-10-20", "status": "done", "progress": "已完成合法性审核台账",
        "evidence_file": upload("台账.pdf")})
    assert resp.status_code == 302
    report = TaskReport.objects.get()
    assert report.unit == tree.yi and task_is_done(t1)
    # then the issuer sees the report and its evidence; 二镇 does not
    page = client_for(tree.jia_operator).get(f"/l/supervision/taskreports/{report.pk}/").content.decode()
    assert "台账.pdf" in page
    assert client_for(tree.er_operator).get(f"/l/supervision/taskreports/{report.pk}/").status_code == 404


def test_a_unit_not_assigned_cannot_report(tree, plan):
    t1 = _task(tree, plan, tree.yi)
    with pytest.raises(InvalidInput):
        _report(tree, tree.er_operator, t1)
    assert not TaskReport.objects.exists()


def test_overdue_alerts_both_sides_until_the_lead_reports_done(tree, plan, client_for):
    # given a task of 一镇 due 2020-10-31 and a co-unit's "done" (which does not close it)
    t1 = _task(tree, plan, tree.yi, co=[tree.bureau])
    _task(tree, plan, tree.er, number=2, due="2099-12-31")
    from fazhi.org.services import user_create

    bureau_op = user_create(username="bureau_op", password="pw-123456", unit=tree.bureau, roles=["operator"])
    _report(tree, bureau_op, t1)
    on = dt.date(2020, 11, 2)
    # then both the lead and the issuer see it overdue; the sibling does not
    assert list(tasks_overdue(tree.yi_operator, on)) == [t1]
    assert list(tasks_overdue(tree.jia_operator, on)) == [t1]
    assert list(tasks_overdue(tree.er_operator, on)) == []
    # and the home page widget of the issuer says so
    page = client_for(tree.jia_operator).get("/").content.decode()
    assert "任务逾期" in page and "任务1" in page
    # when the lead unit reports it done, it leaves the list
    _report(tree, tree.yi_operator, t1)
    assert list(tasks_overdue(tree.jia_operator, on)) == []


def test_task_must_be_issued_under_its_plans_unit(tree, plan):
    # a task's lead unit must be inside the plan unit's subtree: 一镇 cannot assign to the district
    yi_plan = record_create(ledger=WorkPlan.ledger(), user=tree.yi_operator, data={
        "year": 2020, "title": "一镇工作要点", "issued_on": "2020-03-01"})
    with pytest.raises(InvalidInput):
        record_create(ledger=Task.ledger(), user=tree.yi_operator, data={
            "plan": yi_plan.pk, "number": 1, "content": "x", "lead_unit": tree.er.pk, "due_on": "2020-05-01"})

"""Gates of 下一年度工作安排: done needs evidence and a date after proposal; not done only after the due date."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.leadership.models import PlanItem


@pytest.fixture
def plan(tree):
    return record_create(ledger=PlanItem.ledger(), user=tree.yi_operator, data={
        "proposed_on": dt.date(2025, 1, 20), "seq": 1, "title": "组织执法人员专业培训", "domain": "study_training",
        "owner": "综合行政执法办公室", "due_on": dt.date(2025, 12, 31)})


CASES = [
    ("complete", {"done_on": "2025-06-30", "evidence": "  "}, "evidence_required", "佐证"),
    ("complete", {"done_on": "2025-01-02", "evidence": "/l/publicity/trainings/1/"}, "done_before_proposed", "早于"),
    ("mark_not_done", {"assessed_on": "2025-12-31", "outcome": "未开展"}, "not_yet_due", "期限届满前"),
]


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_through_the_service(tree, plan, name, data, code, words):
    # when the step is performed with data its gate refuses
    with pytest.raises(GateRefused) as exc:
        perform(obj=plan, name=name, user=tree.yi_operator, data=data)
    # then it is refused with the rule and nothing changes
    assert exc.value.code == code and words in exc.value.detail
    plan.refresh_from_db()
    assert plan.state == "planned" and plan.done_on is None


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_on_the_web_form(tree, plan, client_for, name, data, code, words):
    # when the clerk submits the step form
    resp = client_for(tree.yi_operator).post(f"/l/leadership/plan-items/{plan.pk}/step/{name}/", data)
    # then the page says why (409) and the record is unchanged
    assert resp.status_code == 409
    assert words in resp.content.decode()
    plan.refresh_from_db()
    assert plan.state == "planned"


@pytest.mark.parametrize("name,data,code,words", CASES)
def test_gate_refused_through_the_api(tree, plan, api_for, name, data, code, words):
    # when the same step is posted to the API
    resp = api_for(tree.yi_operator).post(f"/api/leadership/plan-items/{plan.pk}/transitions/{name}", data,
                                          content_type="application/json")
    # then 409 with the code and the Chinese detail
    assert resp.status_code == 409
    body = resp.json()
    assert body["code"] == code and words in body["detail"]
    plan.refresh_from_db()
    assert plan.state == "planned"


def test_done_with_evidence_then_no_further_step(tree, plan):
    # when the item is found done with evidence
    perform(obj=plan, name="complete", user=tree.yi_leader, data={
        "done_on": "2025-11-30", "evidence": "/l/publicity/trainings/1/\n培训通知 示例〔2025〕3号", "outcome": "已完成2次"})
    plan.refresh_from_db()
    # then it is done, keeps the evidence lines, and cannot be marked not done afterwards
    assert plan.state == "done" and plan.done_on == dt.date(2025, 11, 30)
    assert plan.evidence.splitlines() == ["/l/publicity/trainings/1/", "培训通知 示例〔2025〕3号"]
    with pytest.raises(GateRefused) as exc:
        perform(obj=plan, name="mark_not_done", user=tree.yi_leader, data={"assessed_on": "2026-01-05", "outcome": "x"})
    assert exc.value.code == "transition_not_allowed"


def test_not_done_after_the_due_date(tree, plan):
    # when the due date has passed
    perform(obj=plan, name="mark_not_done", user=tree.yi_operator, data={"assessed_on": "2026-01-05", "outcome": "经费未落实"})
    plan.refresh_from_db()
    # then it is recorded as not done with the reason
    assert plan.state == "not_done" and plan.outcome == "经费未落实"


def test_detail_page_shows_what_the_step_recorded(tree, plan, client_for):
    # given the item found done with evidence
    perform(obj=plan, name="complete", user=tree.yi_operator, data={
        "done_on": "2025-11-30", "evidence": "培训通知 示例〔2025〕3号", "outcome": "已完成2次"})
    # then its page shows the date, the evidence and the outcome
    html = client_for(tree.yi_operator).get(f"/l/leadership/plan-items/{plan.pk}/").content.decode()
    assert 'id="step-fields"' in html and "培训通知 示例〔2025〕3号" in html and "已完成2次" in html

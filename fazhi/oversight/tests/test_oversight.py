"""建议提案 and 投诉举报 gates (service, web form, API); 办复率/按时率/满意度 and audit coverage by hand count."""

import datetime as dt

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create
from fazhi.core.settings_registry import set_setting
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.oversight.models import Audit, BudgetUnit, Complaint, ComplaintChannel, Proposal


def _proposal(user, **data):
    base = {"kind": "npc_suggestion", "title": "建议", "proposer": "代表", "assigned_on": dt.date(2024, 3, 1),
            "due_on": dt.date(2024, 5, 31)}
    return record_create(ledger=Proposal.ledger(), user=user, data={**base, **data})


@pytest.fixture
def replied(tree):
    p = _proposal(tree.yi_operator)
    return perform(obj=p, name="reply", user=tree.yi_operator, data={"replied_on": "2024-04-20", "reply_summary": "已办理"})


@pytest.fixture
def complaint(tree):
    channel = record_create(ledger=ComplaintChannel.ledger(), user=tree.yi_operator, data={"kind": "hotline", "name": "热线"})
    return record_create(ledger=Complaint.ledger(), user=tree.yi_operator, data={
        "received_on": dt.date(2024, 6, 1), "channel": channel.pk, "subject": "反映执法态度"})


CASES = [
    ("proposal", "reply", {"replied_on": "2024-02-01", "reply_summary": "答复"}, "reply_before_assigned", "早于交办日期"),
    ("replied", "feedback", {"feedback_on": "2024-04-01", "satisfaction": "satisfied"}, "feedback_before_reply", "已办复"),
    ("complaint", "conclude", {"concluded_on": "2024-05-01", "finding": "unsubstantiated"}, "conclude_before_received", "早于受理日期"),
    ("complaint", "conclude", {"concluded_on": "2024-07-01", "finding": "substantiated", "handling": " "}, "handling_required",
     "必须写明处理结果"),
]
PLURAL = {"proposal": "proposals", "replied": "proposals", "complaint": "complaints"}


@pytest.fixture
def target(tree, replied, complaint):
    return {"proposal": lambda: _proposal(tree.yi_operator), "replied": lambda: replied, "complaint": lambda: complaint}


def _state(obj):
    obj.refresh_from_db()
    return obj.state


@pytest.mark.parametrize("which,name,data,code,words", CASES)
def test_gate_refused_through_the_service(tree, target, which, name, data, code, words):
    obj = target[which]()
    before = obj.state
    with pytest.raises(GateRefused) as exc:
        perform(obj=obj, name=name, user=tree.yi_operator, data=data)
    assert exc.value.code == code and words in exc.value.detail
    assert _state(obj) == before


@pytest.mark.parametrize("which,name,data,code,words", CASES)
def test_gate_refused_on_the_web_form(tree, target, client_for, which, name, data, code, words):
    obj = target[which]()
    before = obj.state
    resp = client_for(tree.yi_operator).post(f"/l/oversight/{PLURAL[which]}/{obj.pk}/step/{name}/", data)
    assert resp.status_code == 409 and words in resp.content.decode()
    assert _state(obj) == before


@pytest.mark.parametrize("which,name,data,code,words", CASES)
def test_gate_refused_through_the_api(tree, target, api_for, which, name, data, code, words):
    obj = target[which]()
    before = obj.state
    resp = api_for(tree.yi_operator).post(f"/api/oversight/{PLURAL[which]}/{obj.pk}/transitions/{name}", data,
                                          content_type="application/json")
    assert resp.status_code == 409
    assert resp.json()["code"] == code and words in resp.json()["detail"]
    assert _state(obj) == before


def test_proposal_rates_by_hand_count(tree):
    # given four 人大代表建议 of 2024: replied on time + 满意, on time + 基本满意, late + 不满意, not replied
    op = tree.yi_operator
    for replied_on, satisfaction in (("2024-04-01", "satisfied"), ("2024-05-31", "basic"), ("2024-06-15", "unsatisfied")):
        p = _proposal(op)
        perform(obj=p, name="reply", user=op, data={"replied_on": replied_on, "reply_summary": "答复"})
        perform(obj=p, name="feedback", user=op, data={"feedback_on": "2024-06-20", "satisfaction": satisfaction})
    _proposal(op)
    _proposal(op, kind="cppcc_proposal")

    def v(key):
        return compute(key, [tree.yi], year=2024).value

    # then 办复率 3/4, 按时率 2/3, 满意度 2/3 counting 基本满意 (the default) and 1/3 without it
    assert v("oversight.npc_suggestions") == 4
    assert v("oversight.npc_suggestion_reply_rate") == 75.0
    assert v("oversight.npc_suggestion_on_time_rate") == 66.7
    assert v("oversight.npc_suggestion_satisfaction") == 66.7
    set_setting("oversight.satisfaction_counts_basic", False)
    assert v("oversight.npc_suggestion_satisfaction") == 33.3
    assert v("oversight.proposals") == 5


def test_budget_audit_coverage_and_quarters(tree):
    # given a roster of three 一级预算部门 (one merged away) and audits of two of them, plus tracking audits in Q1 and Q3
    op = tree.yi_operator
    a, b, c = (record_create(ledger=BudgetUnit.ledger(), user=op, data={"name": n}) for n in ("甲局", "乙局", "丙局"))
    merged = record_create(ledger=BudgetUnit.ledger(), user=op, data={"name": "丁局", "active_to": dt.date(2023, 12, 31)})
    for bu in (a, b, merged):
        record_create(ledger=Audit.ledger(), user=op, data={
            "kind": "budget_execution", "title": "预算执行审计", "audited_name": bu.name, "budget_unit": bu.pk,
            "started_on": dt.date(2024, 4, 1)})
    for q in (1, 3, 3):
        record_create(ledger=Audit.ledger(), user=op, data={
            "kind": "tracking", "title": "跟踪审计", "audited_name": "项目", "quarter": q, "started_on": dt.date(2024, 3 * q, 1)})
    # then coverage is 2 of the 3 current departments, and two quarters had tracking audits
    coverage = compute("oversight.budget_audit_coverage", [tree.yi], year=2024)
    assert (coverage.numerator, coverage.denominator, coverage.value) == (2, 3, 66.7)
    assert compute("oversight.tracking_audit_quarters", [tree.yi], year=2024).value == 2
    assert compute("oversight.tracking_audits", [tree.yi], year=2024).value == 3
    assert c.pk  # 丙局 is in the roster but was not audited


def test_complaints_substantiated_and_channels(tree, complaint):
    # given the complaint found substantiated with its handling, and a second one still open
    perform(obj=complaint, name="conclude", user=tree.yi_operator, data={
        "concluded_on": "2024-06-20", "finding": "substantiated", "handling": "责令整改并通报批评"})
    record_create(ledger=Complaint.ledger(), user=tree.yi_operator, data={
        "received_on": dt.date(2024, 7, 1), "channel": complaint.channel_id, "subject": "另一件"})
    record_create(ledger=ComplaintChannel.ledger(), user=tree.yi_operator, data={"kind": "box", "name": "举报箱"})
    record_create(ledger=ComplaintChannel.ledger(), user=tree.yi_operator, data={"kind": "hotline", "name": "第二条热线"})

    def v(key):
        return compute(key, [tree.yi], year=2024).value

    # then 1 substantiated, 办结率 50%, and two kinds of channel (热线 counted once)
    assert v("oversight.complaints_substantiated") == 1
    assert v("oversight.complaint_conclusion_rate") == 50.0
    assert v("oversight.complaint_channels") == 2

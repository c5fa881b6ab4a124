"""Fixtures of the 重大行政决策 tests: 一镇's drafts are reviewed by 甲区司法局 (designated)."""

import pytest

from fazhi.core.services import record_create
from fazhi.core.workflow import perform

POSITIONS = "王副镇长｜副镇长｜同意｜\n李委员｜党委委员｜不同意｜担心资金不足\n赵镇长｜镇长｜同意｜"


@pytest.fixture
def dt_(tree):
    from fazhi.normative.models import ReviewDesignation
    from fazhi.org.services import user_create

    tree.designation = record_create(ledger=ReviewDesignation.ledger(), user=tree.yi_operator, data={
        "reviewing_unit": tree.bureau.pk, "designated_by": "甲区人民政府", "effective_from": "2020-01-01"})
    tree.yi_both = user_create(username="yi_both", password="pw-123456", unit=tree.yi,
                               roles=["operator", "legal_reviewer"], full_name="起草兼审核")
    return tree


def proposal(t, *, category="other", user=None, **extra):
    from fazhi.decisions.models import MajorDecision

    data = {"title": "集镇农贸市场改造方案", "category": category, "proposer_kind": "department", "proposer": "经济发展办",
            "proposed_on": "2024-03-01", "proposal": "农贸市场设施陈旧，拟改造。", "needs_public": "on", **extra}
    return record_create(ledger=MajorDecision.ledger(), user=user or t.yi_operator, data=data)


def started(t, **kw):
    d = proposal(t, **kw)
    return perform(obj=d, name="start", user=kw.get("user") or t.yi_operator, data={
        "started_on": "2024-03-04", "start_basis": "镇长办公会议决定", "lead_unit": "经济发展办"})


def consulted(t, d, *, participants=15):
    d = perform(obj=d, name="consult", user=t.yi_operator, data={
        "method": "forum", "channel": "群众座谈会", "start_on": "2024-03-11", "end_on": "2024-03-11"})
    c = d.consultations.filter(round=d.round).latest("pk")
    perform(obj=c, name="close", user=t.yi_operator, data={
        "closed_on": "2024-03-11", "participants": participants, "adoption_summary": "采纳摊位布局意见", "feedback_published_on": "2024-03-15"})
    d.refresh_from_db()
    return d


def lawful(on="2024-04-01", **extra):
    data = {"opinion_on": on, "opinion": "lawful", "opinion_text": "符合法定权限和程序，内容合法。",
            "advisers": "法律顾问张律师：无法律障碍", "check_authority": "on", "check_procedure": "on", "check_content": "on"}
    data.update(extra)
    return data


def reviewed(t, d):
    d = perform(obj=d, name="submit_review", user=t.yi_operator, data={"submitted_on": "2024-03-20", "materials": "决策草案及说明"})
    perform(obj=d.reviews.get(round=d.round, state="pending"), name="give_opinion", user=t.bureau_reviewer, data=lawful())
    d.refresh_from_db()
    return d


def decide_data(**extra):
    return {"meeting_kind": "office", "meeting_name": "第8次镇长办公会议", "decided_on": "2024-04-10",
            "positions": POSITIONS, "head_name": "赵镇长", "outcome": "passed", **extra}


def decided(t, d):
    return perform(obj=d, name="decide", user=t.yi_leader, data=decide_data())


def walk(t, to="decided", **kw):
    d = consulted(t, started(t, **kw))
    if to == "consulted":
        return d
    d = reviewed(t, d)
    if to == "reviewed":
        return d
    d = decided(t, d)
    if to == "decided":
        return d
    d = perform(obj=d, name="report_to_party", user=t.yi_operator, data={"reported_on": "2024-04-12", "party_body": "中共一镇委员会", "party_reply": "同意"})
    d = perform(obj=d, name="publish", user=t.yi_operator, data={"published_on": "2024-04-15", "published_where": "政府网站"})
    if to == "published":
        return d
    return perform(obj=d, name="implement", user=t.yi_operator, data={"executing_unit": "经济发展办", "started_on": "2024-05-01"})


"""Every statutory gate of the 重大行政决策 steps, as (record, user, step, input, code)."""

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.decisions.models import DecisionCatalogue, PublicOpinion

from .conftest import consulted, decide_data, lawful, proposal, reviewed, started, walk


def comment_too_short(t):
    return started(t), t.yi_operator, "consult", {"method": "published_draft", "channel": "政府网站", "start_on": "2024-03-11", "end_on": "2024-03-31"}


def expert_interest(t):
    return started(t), t.yi_operator, "add_expert", {"expert_name": "周工", "organisation": "承建公司", "given_on": "2024-03-12",
                                                     "opinion": "可行", "signed": "on", "no_direct_interest": ""}


def expert_unsigned(t):
    return started(t), t.yi_operator, "add_expert", {"expert_name": "周工", "organisation": "设计院", "given_on": "2024-03-12",
                                                     "opinion": "可行", "signed": "", "no_direct_interest": "on"}


def hearing_materials_late(t):
    # 7 days before a hearing on 03-20 is 03-13
    return started(t), t.yi_operator, "plan_hearing", {"hearing_on": "2024-03-20", "place": "会议室", "notice_published_on": "2024-03-01",
                                                       "participants_published_on": "2024-03-05", "materials_served_on": "2024-03-14"}


def hearing_notice_missing(t):
    return started(t), t.yi_operator, "plan_hearing", {"hearing_on": "2024-03-20", "place": "会议室", "notice_published_on": "2024-03-20",
                                                       "participants_published_on": "2024-03-05", "materials_served_on": "2024-03-10"}


def no_reviewer(t):
    t.designation.is_void = True
    t.designation.save()
    for u in (t.yi_reviewer, t.yi_both):
        u.roles = ["operator"]
        u.save()
    return consulted(t, started(t)), t.yi_operator, "submit_review", {"submitted_on": "2024-03-20", "materials": "草案"}


def _in_review(t, user=None):
    d = consulted(t, started(t, user=user))
    d = perform(obj=d, name="submit_review", user=user or t.yi_operator, data={"submitted_on": "2024-03-20", "materials": "草案"})
    return d.reviews.get()


def not_designated_reviewer(t):
    return _in_review(t), t.admin, "give_opinion", lawful()


def reviewer_is_drafter(t):
    t.designation.is_void = True
    t.designation.save()
    return _in_review(t, user=t.yi_both), t.yi_both, "give_opinion", lawful()


def advisers_not_heard(t):
    return _in_review(t), t.bureau_reviewer, "give_opinion", lawful(advisers="")


def content_checks_missing(t):
    return _in_review(t), t.bureau_reviewer, "give_opinion", lawful(check_content="")


def review_too_short(t):
    # 7 working days from Wednesday 2024-03-20 end on 2024-03-29
    return _in_review(t), t.bureau_reviewer, "give_opinion", lawful(on="2024-03-28")


def no_legality_review(t):
    return consulted(t, started(t)), t.yi_leader, "decide", decide_data()


def exploratory_without_risk(t):
    review = _in_review(t)
    perform(obj=review, name="give_opinion", user=t.bureau_reviewer, data=lawful(opinion="amend"))
    return review.decision, t.yi_leader, "decide", decide_data(exploratory_reform="on", legal_risk_statement="")


def required_procedure_missing(t):
    # a 重大公共建设项目 needs 专家论证 and 风险评估, neither done nor waived
    d = reviewed(t, consulted(t, started(t, category="project")))
    return d, t.yi_leader, "decide", decide_data()


def head_not_last(t):
    d = reviewed(t, consulted(t, started(t)))
    return d, t.yi_leader, "decide", decide_data(head_name="王副镇长")


def head_reason_missing(t):
    d = reviewed(t, consulted(t, started(t)))
    positions = "王副镇长｜副镇长｜不同意｜\n李委员｜党委委员｜不同意｜\n赵镇长｜镇长｜同意｜"
    return d, t.yi_leader, "decide", decide_data(positions=positions)


def party_report_missing(t):
    return walk(t, "decided"), t.yi_operator, "publish", {"published_on": "2024-04-15", "published_where": "政府网站"}


def publication_missing(t):
    d = walk(t, "decided")
    d = perform(obj=d, name="report_to_party", user=t.yi_operator, data={"reported_on": "2024-04-12", "party_body": "镇党委", "party_reply": "同意"})
    return d, t.yi_operator, "publish", {"published_on": "2024-04-15"}


def evaluator_conflict(t):
    d = started(t, category="project")
    d = perform(obj=d, name="add_expert", user=t.yi_operator, data={
        "expert_name": "周工", "organisation": "市政设计院", "given_on": "2024-03-12", "opinion": "可行", "signed": "on", "no_direct_interest": "on"})
    d = perform(obj=d, name="waive", user=t.yi_operator, data={"procedure": "risk", "reason": "同一事项已于2023年作过风险评估（条例第24条）"})
    d = consulted(t, d)
    d = reviewed(t, d)
    from .conftest import decided

    d = decided(t, d)
    d = perform(obj=d, name="report_to_party", user=t.yi_operator, data={"reported_on": "2024-04-12", "party_body": "镇党委", "party_reply": "同意"})
    d = perform(obj=d, name="publish", user=t.yi_operator, data={"published_on": "2024-04-15", "published_where": "政府网站"})
    d = perform(obj=d, name="implement", user=t.yi_operator, data={"executing_unit": "经济发展办", "started_on": "2024-05-01"})
    return d, t.yi_operator, "post_evaluate", {"evaluated_on": "2025-05-01", "evaluator": "市政设计院", "trigger": "群众意见较多",
                                                "public_heard": "on", "conclusion": "基本达到预期"}


def opinions_unanswered(t):
    d = perform(obj=started(t), name="consult", user=t.yi_operator, data={
        "method": "forum", "channel": "座谈会", "start_on": "2024-03-11", "end_on": "2024-03-11"})
    c = d.consultations.get()
    record_create(ledger=PublicOpinion.ledger(), user=t.yi_operator, data={"consultation": c.pk, "received_on": "2024-03-11", "content": "建议增加停车位"})
    return c, t.yi_operator, "close", {"closed_on": "2024-03-11", "participants": 12, "adoption_summary": "见附件", "feedback_published_on": "2024-03-15"}


def record_unsigned(t):
    d = perform(obj=started(t), name="plan_hearing", user=t.yi_operator, data={
        "hearing_on": "2024-03-20", "place": "会议室", "notice_published_on": "2024-03-01", "participants_published_on": "2024-03-05",
        "materials_served_on": "2024-03-10"})
    return d.hearings.get(), t.yi_operator, "record", {"participants": 20, "record_signed": "", "report": "听证报告"}


def catalogue_empty(t):
    c = record_create(ledger=DecisionCatalogue.ledger(), user=t.yi_operator, data={"year": 2024, "title": "2024年度目录"})
    return c, t.yi_operator, "record_consent", {"consented_on": "2024-02-01", "consent_ref": "镇党委会议"}


def no_party_consent(t):
    c = record_create(ledger=DecisionCatalogue.ledger(), user=t.yi_operator, data={"year": 2024, "title": "2024年度目录"})
    return c, t.yi_operator, "publish", {"published_on": "2024-02-10", "published_where": "政府网站"}


CASES = [comment_too_short, expert_interest, expert_unsigned, hearing_materials_late, hearing_notice_missing, no_reviewer,
         not_designated_reviewer, reviewer_is_drafter, advisers_not_heard, content_checks_missing, review_too_short,
         no_legality_review, exploratory_without_risk, required_procedure_missing, head_not_last, head_reason_missing,
         party_report_missing, publication_missing, evaluator_conflict, opinions_unanswered, record_unsigned,
         catalogue_empty, no_party_consent]
__all__ = ["CASES", "proposal"]

"""Steps of 建议提案 (交办 › 办复 › 反馈) and 投诉举报 (受理 › 办结).

《全国人民代表大会和地方各级人民代表大会代表法》 asks the organs to study deputies' suggestions and reply
within the period set when they are assigned; the period and article number are not in statutes.md,
so the due date is taken from the 交办 letter. The gates below keep the dates in order and make a
substantiated complaint name its handling.
"""

from __future__ import annotations

from fazhi.core.errors import GateRefused
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from .choices import Finding
from .forms import ComplaintConcludeForm, ProposalFeedbackForm, ProposalReplyForm
from .models import Complaint, Proposal

STATUTE_PROPOSAL = "《代表法》关于代表建议交办、答复的规定（条号未在 statutes.md 核实）"
STATUTE_COMPLAINT = "投诉举报受理和查处制度（本单位制度）"

MSG_REPLY_BEFORE_ASSIGNED = "办复日期（{on}）早于交办日期（{assigned}）：办复只能在交办之后。"
MSG_FEEDBACK_BEFORE_REPLY = "反馈日期（{on}）早于办复日期（{replied}）：代表/委员只能对已办复的建议提案反馈意见。"
MSG_CONCLUDE_BEFORE_RECEIVED = "办结日期（{on}）早于受理日期（{received}）。"
MSG_HANDLING_REQUIRED = "核查结论为“{finding}”的投诉举报，必须写明处理结果（如何纠正、是否问责）后才能办结。"


@step(Proposal, "reply", label="办复", roles=[Role.OPERATOR, Role.LEADER], form=ProposalReplyForm, statute=STATUTE_PROPOSAL)
def proposal_reply(*, obj: Proposal, user, replied_on, reply_summary: str, **_):
    """Record the reply; whether it was on time is read from the 交办 due date."""
    if replied_on < obj.assigned_on:
        raise GateRefused("reply_before_assigned", MSG_REPLY_BEFORE_ASSIGNED.format(on=replied_on, assigned=obj.assigned_on))
    obj.reply()
    obj.replied_on = replied_on
    obj.reply_summary = reply_summary


@step(Proposal, "feedback", label="登记反馈意见", roles=[Role.OPERATOR, Role.LEADER], form=ProposalFeedbackForm,
      statute=STATUTE_PROPOSAL)
def proposal_feedback(*, obj: Proposal, user, feedback_on, satisfaction: str, **_):
    """The deputy's or member's 满意/基本满意/不满意, after the reply."""
    if feedback_on < obj.replied_on:
        raise GateRefused("feedback_before_reply", MSG_FEEDBACK_BEFORE_REPLY.format(on=feedback_on, replied=obj.replied_on))
    obj.feedback()
    obj.feedback_on = feedback_on
    obj.satisfaction = satisfaction


@step(Complaint, "conclude", label="办结", roles=[Role.OPERATOR, Role.LEADER], form=ComplaintConcludeForm,
      statute=STATUTE_COMPLAINT)
def complaint_conclude(*, obj: Complaint, user, concluded_on, finding: str, handling: str = "", **_):
    """Close a complaint with its finding; a substantiated one must say how it was handled."""
    if concluded_on < obj.received_on:
        raise GateRefused("conclude_before_received",
                          MSG_CONCLUDE_BEFORE_RECEIVED.format(on=concluded_on, received=obj.received_on))
    if finding in (Finding.SUBSTANTIATED, Finding.PARTLY) and not handling.strip():
        raise GateRefused("handling_required", MSG_HANDLING_REQUIRED.format(finding=Finding(finding).label))
    obj.conclude()
    obj.concluded_on = concluded_on
    obj.finding = finding
    obj.handling = handling.strip()

"""Steps on the procedure records: 合法性审查 opinion (by the reviewing unit), closing a consultation,
recording a hearing, filing a risk assessment (条例第16—28条)."""

from __future__ import annotations

from fazhi.audit.services import event_record
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.org.choices import Role

from .. import step_forms as sf
from ..choices import DecisionState, ParticipantRole, ReviewOpinion
from ..models import Consultation, DecisionReview, Hearing, RiskAssessment
from .decision import WRITERS, _participant

MSG_NOT_DESIGNATED = "只有合法性审查机构（{unit}）的法制审核员可以出具审查意见（条例第25条）；您属于{mine}。"
MSG_DRAFTER = "决策草案的登记人不得对其出具合法性审查意见：合法性审查应当由负责合法性审查的部门进行（条例第25条）。"
MSG_ADVISERS = "合法性审查应当注重听取法律顾问、公职律师的意见（条例第27条）：请记录参与审查的法律顾问或公职律师及其意见。"
MSG_CHECKS = "出具“合法”意见前，必须审查决策草案是否符合法定权限、是否履行法定程序、内容是否合法（条例第27条）。"
MSG_TOO_SHORT = "合法性审查时间一般不少于7个工作日（条例第26条），最早可于{due}出具意见；确需缩短的，请写明理由。"
MSG_UNANSWERED = "还有{n}条公众意见未写明采纳情况和理由，不能结束公众参与（条例第18条：对合理意见应当采纳，并说明情况）。"
MSG_UNSIGNED = "听证参加人应当确认听证笔录并签字（条例第17条）；笔录未签字的，不能登记为已举行的听证。"


@step(DecisionReview, "give_opinion", label="出具审查意见", roles=[Role.LEGAL_REVIEWER], form=sf.ReviewOpinionForm,
      statute="条例第25—28条")
def decision_review_give_opinion(*, obj, user, opinion_on, opinion, opinion_text, advisers="", urgent_reason="",
                                 check_authority=False, check_procedure=False, check_content=False):
    decision = obj.decision
    if user.unit_id != obj.unit_id:
        raise GateRefused("not_designated_reviewer", MSG_NOT_DESIGNATED.format(unit=obj.unit, mine=user.unit or "（无单位）"))
    if decision.created_by_id == user.pk:
        raise GateRefused("reviewer_is_drafter", MSG_DRAFTER)
    if not (advisers or "").strip():
        raise GateRefused("advisers_not_heard", MSG_ADVISERS)
    if opinion == ReviewOpinion.LAWFUL and not (check_authority and check_procedure and check_content):
        raise GateRefused("content_checks_missing", MSG_CHECKS)
    if opinion_on < obj.submitted_on:
        raise InvalidInput(f"出具意见日期不能早于送审日期（{obj.submitted_on}）。")
    if obj.min_due and opinion_on < obj.min_due and not (urgent_reason or "").strip():
        raise GateRefused("review_too_short", MSG_TOO_SHORT.format(due=obj.min_due))
    obj.give_opinion()
    obj.opinion_on, obj.opinion, obj.opinion_text, obj.advisers, obj.urgent_reason = opinion_on, opinion, opinion_text, advisers, urgent_reason
    obj.check_authority, obj.check_procedure, obj.check_content = check_authority, check_procedure, check_content
    obj.reviewer = user
    before = decision.state
    if opinion == ReviewOpinion.LAWFUL:
        decision.receive_opinion(DecisionState.REVIEWED)
        decision.review_passed_on = opinion_on
    else:
        decision.receive_opinion(DecisionState.REVISING)
    decision._history_user = user
    decision._change_reason = "合法性审查意见"
    decision.save()
    _participant(decision, user, ParticipantRole.REVIEWER, str(user), post=str(user.unit), remarks=opinion_text, on=opinion_on)
    _participant(decision, user, ParticipantRole.ADVISER, advisers[:100], remarks=advisers, on=opinion_on)
    event_record(obj=decision, verb="review_opinion", label=f"合法性审查意见：{obj.get_opinion_display()}", actor=user,
                 from_state=before, to_state=decision.state, data={"review": obj.pk, "reviewing_unit": str(obj.unit)},
                 note=opinion_text)


@step(Consultation, "close", label="结束并反馈意见采纳情况", roles=WRITERS, form=sf.ConsultCloseForm, statute="条例第18条")
def consultation_close(*, obj, user, closed_on, participants, adoption_summary, feedback_published_on):
    pending = [o for o in obj.opinions.filter(is_void=False) if not o.adoption or (o.adoption != "adopted" and not o.reason.strip())]
    if pending:
        raise GateRefused("opinions_unanswered", MSG_UNANSWERED.format(n=len(pending)))
    if closed_on < obj.start_on or feedback_published_on < closed_on:
        raise InvalidInput("日期有误：结束日期不能早于开始日期，反馈公布日期不能早于结束日期。")
    obj.close()
    obj.closed_on, obj.participants, obj.adoption_summary, obj.feedback_published_on = closed_on, participants, adoption_summary, feedback_published_on


@step(Hearing, "record", label="登记听证情况", roles=WRITERS, form=sf.HearingRecordForm, statute="条例第17条")
def hearing_record(*, obj, user, participants, record_signed, report):
    if not record_signed:
        raise GateRefused("record_unsigned", MSG_UNSIGNED)
    obj.record()
    obj.participants, obj.record_signed, obj.report = participants, record_signed, report


@step(RiskAssessment, "file", label="报送备案", roles=WRITERS, form=sf.RiskFileForm, statute="条例第22—24条；社会稳定风险评估备案规定")
def risk_file(*, obj, user, filed_on, filed_with):
    if filed_on < obj.assessed_on:
        raise InvalidInput("备案日期不能早于评估完成日期。")
    obj.file()
    obj.filed_on, obj.filed_with = filed_on, filed_with

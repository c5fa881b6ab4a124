"""Steps of a 重大行政决策 (重大行政决策程序暂行条例第10—37条; statutes.md §2).

Each runs inside ``core.workflow.perform``; a refused gate raises ``GateRefused`` naming the
article, and nothing is written.
"""

from __future__ import annotations

import re

from fazhi.audit.services import event_record
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_compute
from fazhi.normative.selectors import reviewing_unit_for
from fazhi.org.choices import Role

from .. import step_forms as sf
from ..choices import (
    PASSED_OUTCOMES, ConsultMethod, DecisionState, Outcome, ParticipantRole, Position, Procedure,
)
from ..models import Consultation, DecisionParticipant, DecisionReview, ExpertOpinion, Hearing, MajorDecision
from ..selectors import decision_checklist

WRITERS = [Role.OPERATOR, Role.LEADER]
RULE_COMMENT_MIN = "decision.public_comment_min"
RULE_HEARING_NOTICE = "decision.hearing_notice"
RULE_REVIEW_MIN = "decision.legality_review_min"

MSG_COMMENT_SHORT = ("公开征求意见期一般不少于30日（条例第15条），自{start}起不得早于{due}截止；"
                     "因情况紧急等原因需要缩短的，应当在征求意见时说明理由。")
MSG_EXPERT_INTEREST = "不得选择与决策事项有直接利害关系的专家参加论证（条例第20条）；请确认该专家无直接利害关系。"
MSG_EXPERT_UNSIGNED = "专家、专业机构应当对论证意见签字（盖章）（条例第20条），未签字的意见不能作为论证意见登记。"
MSG_HEARING_LATE = "听证材料应当于召开听证会7日前送达听证参加人（条例第16条）：听证会{hearing}，最迟应于{due}送达。"
MSG_HEARING_NOTICE = "应当提前公布决策草案及其说明、听证时间和地点，以及听证参加人遴选办法和名单（条例第16条）。"
MSG_NO_REVIEWER = ("{unit}没有登记合法性审查机构，本单位也没有法制审核员，无法送请合法性审查（条例第25条）。"
                   "请先登记“合法性审核机构”。")
MSG_NO_REVIEW = ("决策草案未经合法性审查或者经审查不合法的，不得提交决策机关讨论（条例第25条）；"
                 "当前状态：{state}。不得以征求意见等方式代替合法性审查。")
MSG_EXPLORATORY = ("探索性改革决策事项提交讨论，应当已经合法性审查，并明示法律风险（条例第25条）。")
MSG_REQUIRED = "按本决策事项的类别须履行以下程序，但既未完成也未记录不履行的法定理由：{missing}（条例第29条）。"
MSG_HEAD_LAST = "集体讨论决定时，行政首长应当最后发表意见（条例第30条）：最后一位发言的是“{last}”。"
MSG_HEAD_REASON = ("行政首长拟作出的决定与会议组成人员多数人的意见不一致，应当在会上说明理由（条例第30条），"
                   "请填写理由。")
MSG_PARTY = "重大行政决策出台前应当按照规定向同级党委请示报告（条例第31条），请先办理“向党委请示报告”。"
MSG_NOT_PUBLIC = "不公布决策的，应当写明依法不予公开的理由（条例第32条）；公布的，应当写明公布途径。"
MSG_EVALUATOR = ("决策后评估不得委托承担决策前论证评估工作的单位和人员（条例第36条）：“{who}”参加过本决策的"
                 "专家论证或风险评估。")
POSITION_WORDS = {p.label: p.value for p in Position}


@step(MajorDecision, "start", label="决定启动", roles=WRITERS, form=sf.StartForm, statute="条例第10—11条")
def decision_start(*, obj, user, started_on, start_basis, lead_unit):
    if started_on < obj.proposed_on:
        raise InvalidInput("决定启动日期不能早于提出日期。")
    obj.start()
    obj.started_on, obj.start_basis, obj.lead_unit = started_on, start_basis, lead_unit
    _participant(obj, user, ParticipantRole.PROPOSER, obj.proposer, on=obj.proposed_on)
    _participant(obj, user, ParticipantRole.LEAD, lead_unit, on=started_on)


@step(MajorDecision, "waive", label="记录不履行程序的法定理由", roles=WRITERS, form=sf.WaiveForm, statute="条例第14、19、22、24条")
def decision_waive(*, obj, user, procedure, reason):
    obj.prepare()
    setattr(obj, f"{procedure}_waiver", reason)
    return {"note": f"{Procedure(procedure).label}：{reason}"}


@step(MajorDecision, "consult", label="公众参与（征求意见）", roles=WRITERS, form=sf.ConsultForm, statute="条例第14—15条")
def decision_consult(*, obj, user, method, channel, start_on, end_on, shortened_reason=""):
    """A published draft needs ≥ 30 days (rule ``decision.public_comment_min``) unless a reason is recorded."""
    min_end = None
    if method == ConsultMethod.PUBLISHED_DRAFT:
        min_end = deadline_compute(RULE_COMMENT_MIN, start_on).due
        if end_on < min_end and not (shortened_reason or "").strip():
            raise GateRefused("comment_too_short", MSG_COMMENT_SHORT.format(start=start_on, due=min_end))
    if end_on < start_on:
        raise InvalidInput("截止日期不能早于开始日期。")
    obj.prepare()
    c = _child(Consultation, obj, user, method=method, channel=channel, start_on=start_on, end_on=end_on,
               shortened_reason=shortened_reason, min_end=min_end)
    return {"note": f"公众参与记录 #{c.pk}" + (f"；最短征求意见期届满日 {min_end}" if min_end else "")}


@step(MajorDecision, "add_expert", label="登记专家论证意见", roles=WRITERS, form=sf.ExpertForm, statute="条例第19—20条")
def decision_add_expert(*, obj, user, expert_name, organisation, field, given_on, opinion, dissent, signed, no_direct_interest):
    if not no_direct_interest:
        raise GateRefused("expert_interest", MSG_EXPERT_INTEREST)
    if not signed:
        raise GateRefused("expert_unsigned", MSG_EXPERT_UNSIGNED)
    obj.prepare()
    _child(ExpertOpinion, obj, user, expert_name=expert_name, organisation=organisation, field=field, given_on=given_on,
           opinion=opinion, dissent=dissent, signed=signed, no_direct_interest=no_direct_interest)
    _participant(obj, user, ParticipantRole.EXPERT, expert_name, post=organisation,
                 position=Position.DISAGREE if dissent else "", remarks=opinion, on=given_on)


@step(MajorDecision, "plan_hearing", label="听证公告", roles=WRITERS, form=sf.HearingPlanForm, statute="条例第16条")
def decision_plan_hearing(*, obj, user, hearing_on, place, notice_published_on, participants_published_on, materials_served_on):
    if notice_published_on >= hearing_on or participants_published_on >= hearing_on:
        raise GateRefused("hearing_notice_missing", MSG_HEARING_NOTICE)
    due = deadline_compute(RULE_HEARING_NOTICE, hearing_on).due
    if materials_served_on > due:
        raise GateRefused("hearing_materials_late", MSG_HEARING_LATE.format(hearing=hearing_on, due=due))
    obj.prepare()
    _child(Hearing, obj, user, hearing_on=hearing_on, place=place, notice_published_on=notice_published_on,
           participants_published_on=participants_published_on, materials_served_on=materials_served_on, materials_due=due)


@step(MajorDecision, "submit_review", label="送请合法性审查", roles=WRITERS, form=sf.SubmitReviewForm, statute="条例第25—26条")
def decision_submit_review(*, obj, user, submitted_on, materials):
    reviewing_unit = reviewing_unit_for(obj.unit, submitted_on)
    if reviewing_unit is None:
        raise GateRefused("no_reviewer", MSG_NO_REVIEWER.format(unit=obj.unit))
    obj.submit_review()
    review = DecisionReview(unit=reviewing_unit, decision=obj, round=obj.round, submitted_on=submitted_on,
                            materials=materials, created_by=user)
    review.min_due = deadline_compute(RULE_REVIEW_MIN, submitted_on).due
    review._history_user = user
    review.save()
    event_record(obj=review, verb="submit", label="收到送审", actor=user, to_state=review.state,
                 data={"decision": obj.pk, "from_unit": str(obj.unit)})
    return {"note": f"送{reviewing_unit}审查；审查时间一般不少于7个工作日，最早 {review.min_due} 出具意见。"}


@step(MajorDecision, "record_revision", label="按审查意见修改", roles=WRITERS, form=sf.RevisionForm, statute="条例第28条")
def decision_record_revision(*, obj, user, revised_on, note):
    obj.record_revision()
    obj.revised_on, obj.revision_note = revised_on, note
    review = obj.reviews.filter(is_void=False, round=obj.round).order_by("-pk").first()
    if review is not None and review.opinion == "amend":
        obj.review_passed_on = revised_on


def _parse_positions(text: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for n, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in re.split(r"[｜|]", line)]
        parts += [""] * (4 - len(parts))
        name, post, word, remark = parts[:4]
        if not name or word not in POSITION_WORDS:
            raise InvalidInput(f"会议组成人员意见第{n}行格式有误：应为“姓名｜职务｜同意/不同意/保留意见/弃权｜说明”。",
                               {"positions": [f"第{n}行格式有误"]})
        rows.append((name, post, POSITION_WORDS[word], remark))
    if not rows:
        raise InvalidInput("请逐一记录会议组成人员的意见（包括不同意见）。", {"positions": ["必填"]})
    return rows


@step(MajorDecision, "decide", label="集体讨论决定", roles=WRITERS, form=sf.DecideForm, statute="条例第25、29、30条")
def decision_decide(*, obj, user, meeting_kind, meeting_name, decided_on, positions, head_name, outcome,
                    head_reason="", exploratory_reform=False, legal_risk_statement=""):
    """The statutory gates before a decision: a passed legality review (or the 探索性改革 exception with
    its legal risks stated), every required procedure done or waived, the head speaking last and
    explaining a departure from the majority. Each member's position is stored one by one."""
    review = obj.reviews.filter(is_void=False, round=obj.round, state="done").order_by("-pk").first()
    if obj.review_passed_on is None:
        if not exploratory_reform:
            raise GateRefused("no_legality_review", MSG_NO_REVIEW.format(state=obj.get_state_display()))
        if review is None or not (legal_risk_statement or "").strip():
            raise GateRefused("exploratory_without_risk", MSG_EXPLORATORY)
    missing = [r.label for r in decision_checklist(obj) if r.status == "pending" and r.key not in (Procedure.LEGALITY, Procedure.COLLECTIVE)]
    if missing:
        raise GateRefused("required_procedure_missing", MSG_REQUIRED.format(missing="、".join(missing)))
    rows = _parse_positions(positions)
    if rows[-1][0] != head_name.strip():
        raise GateRefused("head_not_last", MSG_HEAD_LAST.format(last=rows[-1][0]))
    members = rows[:-1]
    agree = sum(1 for r in members if r[2] == Position.AGREE)
    # a tie is no majority either way; the head's own position is not counted
    majority = "yes" if agree * 2 > len(members) else ("no" if (len(members) - agree) * 2 > len(members) else "")
    decides = {Outcome.DEFERRED: ""}.get(outcome, "yes" if outcome in PASSED_OUTCOMES else "no")
    if majority and decides and majority != decides and not (head_reason or "").strip():
        raise GateRefused("head_reason_missing", MSG_HEAD_REASON)
    target = {Outcome.REJECTED: DecisionState.NOT_ADOPTED, Outcome.DEFERRED: DecisionState.DRAFTING}.get(outcome, DecisionState.DECIDED)
    obj.decide(target)
    obj.meeting_kind, obj.meeting_name, obj.decided_on, obj.outcome = meeting_kind, meeting_name, decided_on, outcome
    obj.head_reason, obj.exploratory_reform, obj.legal_risk_statement = head_reason, exploratory_reform, legal_risk_statement
    for order, (name, post, position, remark) in enumerate(rows, start=1):
        role = ParticipantRole.HEAD if order == len(rows) else ParticipantRole.MEMBER
        _participant(obj, user, role, name, post=post, position=position, remarks=remark, order=order, on=decided_on)
    dissent = sum(1 for r in rows if r[2] != Position.AGREE)
    return {"note": f"{len(rows)} 人发表意见，其中不同意、保留意见或弃权 {dissent} 人。"}


@step(MajorDecision, "report_to_party", label="向党委请示报告", roles=WRITERS, form=sf.ReportForm, statute="条例第31条")
def decision_report_to_party(*, obj, user, reported_on, party_body, party_reply):
    obj.report_to_party()
    obj.reported_on, obj.party_body, obj.party_reply = reported_on, party_body, party_reply


@step(MajorDecision, "publish", label="公布", roles=WRITERS, form=sf.PublishForm, statute="条例第31—32条")
def decision_publish(*, obj, user, published_on, published_where="", publication_note="", not_public_reason=""):
    if obj.state == DecisionState.DECIDED:
        raise GateRefused("party_report_missing", MSG_PARTY)
    if not (published_where or "").strip() and not (not_public_reason or "").strip():
        raise GateRefused("publication_missing", MSG_NOT_PUBLIC)
    obj.publish()
    obj.published_on, obj.published_where = published_on, published_where
    obj.publication_note, obj.not_public_reason = publication_note, not_public_reason


@step(MajorDecision, "archive", label="立卷归档", roles=WRITERS, form=sf.ArchiveForm, statute="条例第33条")
def decision_archive(*, obj, user, archived_on, archive_ref):
    obj.archive()
    obj.archived_on, obj.archive_ref = archived_on, archive_ref


@step(MajorDecision, "implement", label="交付执行", roles=WRITERS, form=sf.ImplementForm, statute="条例第34条")
def decision_implement(*, obj, user, executing_unit, started_on):
    obj.implement()
    obj.executing_unit, obj.implementation_started_on = executing_unit, started_on
    _participant(obj, user, ParticipantRole.EXECUTOR, executing_unit, on=started_on)


@step(MajorDecision, "post_evaluate", label="决策后评估", roles=WRITERS, form=sf.EvaluateForm, statute="条例第36条")
def decision_post_evaluate(*, obj, user, evaluated_on, evaluator, trigger, public_heard, deputies_involved, conclusion):
    names = {e.organisation for e in obj.expertopinions.filter(is_void=False)} | \
        {e.expert_name for e in obj.expertopinions.filter(is_void=False)} | \
        {r.assessor for r in obj.riskassessments.filter(is_void=False)}
    if evaluator.strip() in names:
        raise GateRefused("evaluator_conflict", MSG_EVALUATOR.format(who=evaluator))
    obj.post_evaluate()
    obj.evaluated_on, obj.evaluator = evaluated_on, evaluator
    obj.evaluation_conclusion = f"{conclusion}\n（启动原因：{trigger}；听取公众意见：{'是' if public_heard else '否'}；" \
                                f"人大代表、政协委员参加：{'是' if deputies_involved else '否'}）"
    _participant(obj, user, ParticipantRole.EVALUATOR, evaluator, remarks=conclusion, on=evaluated_on)


@step(MajorDecision, "suspend", label="中止执行", roles=[Role.LEADER], form=sf.DatedReasonForm, statute="条例第37条", danger=True)
def decision_suspend(*, obj, user, on, reason):
    obj.suspend()
    obj.suspended_on, obj.change_note = on, f"{obj.change_note}\n{on} 中止执行：{reason}".strip()


@step(MajorDecision, "resume", label="恢复执行", roles=[Role.LEADER], form=sf.DatedReasonForm, statute="条例第37条")
def decision_resume(*, obj, user, on, reason):
    obj.resume()
    obj.change_note = f"{obj.change_note}\n{on} 恢复执行：{reason}".strip()


@step(MajorDecision, "change", label="决策变更（重新履行程序）", roles=WRITERS, form=sf.DatedReasonForm, statute="条例第37条")
def decision_change(*, obj, user, on, reason):
    """A major adjustment repeats the procedure: a new round, whose records alone count."""
    obj.change()
    obj.round += 1
    obj.review_passed_on = obj.revised_on = None
    obj.change_note = f"{obj.change_note}\n{on} 决策变更，重新履行程序：{reason}".strip()


@step(MajorDecision, "stop", label="停止执行", roles=WRITERS, form=sf.DatedReasonForm, statute="条例第37条", danger=True)
def decision_stop(*, obj, user, on, reason):
    obj.stop()
    obj.stopped_on, obj.change_note = on, f"{obj.change_note}\n{on} 停止执行：{reason}".strip()


@step(MajorDecision, "withdraw", label="终止（不予启动或撤回）", roles=WRITERS, form=sf.DatedReasonForm, danger=True)
def decision_withdraw(*, obj, user, on, reason):
    obj.withdraw()
    obj.change_note = f"{obj.change_note}\n{on} 终止：{reason}".strip()


def _child(model, decision, user, **fields):
    child = model(unit=decision.unit, decision=decision, round=decision.round, created_by=user, **fields)
    child._history_user = user
    child.save()
    event_record(obj=child, verb="create", label="登记", actor=user, to_state=getattr(child, "state", ""))
    return child


def _participant(decision, user, role, name, **fields):
    if not name:
        return None
    p = DecisionParticipant(unit=decision.unit, decision=decision, round=decision.round, role=role, name=name,
                            created_by=user, **fields)
    p._history_user = user
    p.save()
    return p

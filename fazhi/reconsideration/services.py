"""行政复议 steps (行政复议法 2023): each checks its statutory gate and keeps the clocks.

Periods of 三、五、七、十日 are 工作日 (第八十八条第二款); 60日/30日 are natural days that roll
forward to the next working day (第八十八条第一款 → 民事诉讼法第八十五条), as in rules.yaml.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from fazhi.core.dates import date_not_before as _not_before
from fazhi.core.dates import date_not_future as _not_future
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import step
from fazhi.deadlines.services import (
    deadline_add_exclusion, deadline_cancel, deadline_close, deadline_compute, deadline_extend, deadline_get,
    deadline_open, today,
)
from fazhi.org.choices import Role as UserRole

from . import forms as f
from .choices import SETTLEMENTS, Procedure, Role, State
from .models import Reconsideration

OPERATORS = [UserRole.OPERATOR, UserRole.LEADER]
MSG_ORGAN_ONLY = "本机关在本案中是被申请人：受理、审理、延期、中止由复议机关办理（行政复议法第二十四条）。"
MSG_RESPONDENT_ONLY = "本机关是复议机关：被申请人的答复请用“收到被申请人答复”登记。"
MSG_CORRECTION_LATE = "补正通知应当自收到申请之日起5个工作日内一次性书面发出（行政复议法第三十一条），期限已于 {due} 届满。"
MSG_CORRECTION_NOT_LAPSED = "申请人补正期限（收到补正通知之日起10个工作日，行政复议法第三十一条）至 {due} 才届满，届满前不能认定视为放弃。"
MSG_ACCEPT_LATE = ("受理审查期限（5个工作日，行政复议法第三十条）已于 {due} 届满；期满未作决定的，自届满之日起视为受理，"
                   "受理日期应填 {due}。")
MSG_REJECT_LATE = "受理审查期限已于 {due} 届满，依法视为受理（行政复议法第三十条第二款），不能再决定不予受理。"
MSG_APPLICATION_LATE = ("申请超过法定申请期限：应自知道该行政行为之日（{known}）起60日内提出，至 {due} 届满（行政复议法第二十条）。"
                        "未告知申请权利和期限的，请勾选“申请人未被告知申请权利和期限”。")
MSG_EXTEND_SIMPLIFIED = "简易程序审理的案件不得延长审理期限（行政复议法第六十二条第二款）；确需延长的，先经批准转为普通程序。"
MSG_EXTEND_TWICE = "审理期限只能延长一次，且不超过30日（行政复议法第六十二条第一款）；本案已于 {on} 延期。"
MSG_EXTEND_EXPIRED = "审理期限已于 {due} 届满，不能在期满后延期（行政复议法第六十二条第一款）。"
MSG_NOT_SIMPLIFIED = "本案已按普通程序审理。"
MSG_RESUME_ORDER = "恢复审理日期应晚于中止日期（{on}）。"
MSG_NO_OPINION = "尚未登记行政复议意见书。"




def _organ_only(obj):
    if obj.role != Role.ORGAN:
        raise GateRefused("organ_only", MSG_ORGAN_ONLY)


def _decide_rule(obj) -> str:
    return "reconsideration.decide_simplified" if obj.is_simplified else "reconsideration.decide"


def _due(obj, rule_id):
    clock = deadline_get(obj=obj, rule_id=rule_id)
    return clock.due_date if clock is not None else None


def reconsideration_register(*, ledger, user, data, files=None, unit=None, form_cls=None, verb="create", label="登记"):
    """登记: the 复议机关 starts the 5-WD acceptance review (第三十条); a 被申请人 the 10-WD
    (simplified 5-WD) answer from receipt of the application copy (第四十八、五十四条)."""
    with transaction.atomic():
        obj = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, form_cls=form_cls, verb=verb, label=label)
        _not_future(obj.received_on, "收到日期")
        if obj.role == Role.ORGAN:
            deadline_open(obj=obj, rule_id="reconsideration.accept", start=obj.received_on)
        else:
            rule = "reconsideration.answer_simplified" if obj.is_simplified else "reconsideration.answer"
            deadline_open(obj=obj, rule_id=rule, start=obj.received_on)
    return obj


@step(Reconsideration, "request_correction", label="通知补正", roles=OPERATORS, form=f.CorrectionForm, statute="行政复议法第三十一条")
def reconsideration_request_correction(*, obj, user, notice_on, items):
    """One written 补正 notice within 5 个工作日 of receipt; the applicant has 10 个工作日 (第三十一条)."""
    _organ_only(obj)
    _not_future(notice_on, "补正通知日期")
    _not_before(notice_on, obj.received_on, "补正通知日期", "收到日期")
    due = deadline_compute("reconsideration.correction_notice", obj.received_on).due
    if notice_on > due:
        raise GateRefused("correction_late", MSG_CORRECTION_LATE.format(due=due))
    obj.request_correction()
    obj.correction_notice_on, obj.correction_items = notice_on, items
    deadline_cancel(obj=obj, rule_id="reconsideration.accept")
    deadline_open(obj=obj, rule_id="reconsideration.correction_submit", start=notice_on)


@step(Reconsideration, "receive_correction", label="收到补正材料", roles=OPERATORS, form=f.CorrectionReceivedForm,
      statute="行政复议法第三十一条")
def reconsideration_receive_correction(*, obj, user, received_on):
    """The acceptance review restarts from receipt of the corrected application (第三十一条第三款、第三十条)."""
    _not_future(received_on, "收到补正材料日期")
    _not_before(received_on, obj.correction_notice_on, "收到补正材料日期", "补正通知日期")
    obj.receive_correction()
    obj.correction_received_on = received_on
    deadline_close(obj=obj, rule_id="reconsideration.correction_submit", on=received_on)
    deadline_open(obj=obj, rule_id="reconsideration.accept", start=received_on)


@step(Reconsideration, "abandon", label="视为放弃申请", roles=OPERATORS, form=f.AbandonForm, statute="行政复议法第三十一条第二款")
def reconsideration_abandon(*, obj, user, on):
    """No correction within the period and no reason: 视为申请人放弃行政复议申请."""
    due = _due(obj, "reconsideration.correction_submit")
    if due is not None and on <= due:
        raise GateRefused("correction_not_lapsed", MSG_CORRECTION_NOT_LAPSED.format(due=due))
    _not_future(on, "认定日期")
    obj.abandon()
    deadline_close(obj=obj, rule_id="reconsideration.correction_submit", on=on)


@step(Reconsideration, "accept", label="受理", roles=OPERATORS, form=f.AcceptForm, statute="行政复议法第二十、三十条")
def reconsideration_accept(*, obj, user, accepted_on, rights_not_told):
    """受理 within the 5-WD review (silence = deemed accepted on expiry); starts the decision clock."""
    _organ_only(obj)
    _not_future(accepted_on, "受理日期")
    _not_before(accepted_on, obj.correction_received_on or obj.received_on, "受理日期", "收到日期")
    if obj.act_known_on is not None and not rights_not_told:
        limit = deadline_compute("reconsideration.application", obj.act_known_on).due
        if obj.received_on > limit:
            raise GateRefused("application_late", MSG_APPLICATION_LATE.format(known=obj.act_known_on, due=limit))
    due = _due(obj, "reconsideration.accept")
    if due is not None and accepted_on > due:
        raise GateRefused("accept_late", MSG_ACCEPT_LATE.format(due=due))
    obj.accept()
    obj.accepted_on = accepted_on
    deadline_close(obj=obj, rule_id="reconsideration.accept", on=accepted_on)
    deadline_open(obj=obj, rule_id=_decide_rule(obj), start=accepted_on)
    copy_rule = "reconsideration.copy_simplified" if obj.is_simplified else "reconsideration.copy_to_respondent"
    deadline_open(obj=obj, rule_id=copy_rule, start=accepted_on)


@step(Reconsideration, "reject", label="不予受理", roles=OPERATORS, form=f.RejectForm, statute="行政复议法第三十条")
def reconsideration_reject(*, obj, user, rejected_on, reason):
    _organ_only(obj)
    _not_future(rejected_on, "决定日期")
    due = _due(obj, "reconsideration.accept")
    if due is not None and rejected_on > due:
        raise GateRefused("reject_late", MSG_REJECT_LATE.format(due=due))
    obj.reject()
    obj.rejected_reason, obj.decided_on = reason, rejected_on
    deadline_close(obj=obj, rule_id="reconsideration.accept", on=rejected_on)


@step(Reconsideration, "send_copy", label="发送申请书副本", roles=OPERATORS, form=f.CopyForm, statute="行政复议法第四十八、五十四条")
def reconsideration_send_copy(*, obj, user, sent_on):
    """Copy to the respondent (7 / simplified 3 个工作日); the respondent answers in 10 / 5 个工作日."""
    _organ_only(obj)
    _not_future(sent_on, "发送日期")
    _not_before(sent_on, obj.accepted_on, "发送日期", "受理日期")
    obj.send_copy()
    obj.copy_sent_on = sent_on
    simplified = obj.is_simplified
    deadline_close(obj=obj, rule_id="reconsideration.copy_simplified" if simplified else "reconsideration.copy_to_respondent", on=sent_on)
    deadline_open(obj=obj, rule_id="reconsideration.answer_simplified" if simplified else "reconsideration.answer", start=sent_on)


def _close_answer(obj, on):
    for rule in ("reconsideration.answer", "reconsideration.answer_simplified"):
        deadline_close(obj=obj, rule_id=rule, on=on)


@step(Reconsideration, "receive_answer", label="收到被申请人答复", roles=OPERATORS, form=f.AnswerForm, statute="行政复议法第四十八条")
def reconsideration_receive_answer(*, obj, user, answer_on):
    _organ_only(obj)
    _not_future(answer_on, "答复日期")
    _not_before(answer_on, obj.copy_sent_on, "答复日期", "发送副本日期")
    obj.receive_answer()
    obj.answer_on = answer_on
    _close_answer(obj, answer_on)


@step(Reconsideration, "submit_answer", label="提交书面答复", roles=OPERATORS, form=f.AnswerForm, statute="行政复议法第四十八、五十四条")
def reconsideration_submit_answer(*, obj, user, answer_on):
    """被申请人 answers with evidence within 10 (simplified 5) 个工作日 of receiving the copy."""
    if obj.role != Role.RESPONDENT:
        raise GateRefused("respondent_only", MSG_RESPONDENT_ONLY)
    _not_future(answer_on, "答复日期")
    _not_before(answer_on, obj.received_on, "答复日期", "收到日期")
    obj.submit_answer()
    obj.answer_on = answer_on
    _close_answer(obj, answer_on)


@step(Reconsideration, "extend", label="延长审理期限", roles=[UserRole.LEADER], form=f.ExtendForm, statute="行政复议法第六十二条第一款")
def reconsideration_extend(*, obj, user, approved_on, reason):
    """+30 日 once, approved by the head of the 复议机构, ordinary procedure only (第六十二条)."""
    _organ_only(obj)
    if obj.is_simplified:
        raise GateRefused("extend_simplified", MSG_EXTEND_SIMPLIFIED)
    if obj.extended_on is not None:
        raise GateRefused("extend_twice", MSG_EXTEND_TWICE.format(on=obj.extended_on))
    _not_future(approved_on, "批准日期")
    due = _due(obj, "reconsideration.decide")
    if due is not None and approved_on > due:
        raise GateRefused("extend_expired", MSG_EXTEND_EXPIRED.format(due=due))
    obj.extend()
    obj.extended_on, obj.extension_reason, obj.extension_approver = approved_on, reason, user
    deadline_extend(obj=obj, rule_id="reconsideration.decide", extension_rule_id="reconsideration.decide_extension")


@step(Reconsideration, "to_ordinary", label="转为普通程序", roles=[UserRole.LEADER], form=f.ToOrdinaryForm, statute="行政复议法第五十五条")
def reconsideration_to_ordinary(*, obj, user, approved_on):
    """简易程序 → 普通程序 with the approval of the 复议机构负责人; the 60-日 limit then applies from acceptance."""
    _organ_only(obj)
    if not obj.is_simplified:
        raise GateRefused("not_simplified", MSG_NOT_SIMPLIFIED)
    _not_future(approved_on, "批准日期")
    clock = deadline_get(obj=obj, rule_id="reconsideration.decide_simplified")
    excluded = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b), r) for a, b, r in (clock.excluded if clock else [])]
    obj.to_ordinary()
    obj.procedure = Procedure.ORDINARY
    deadline_cancel(obj=obj, rule_id="reconsideration.decide_simplified")
    deadline_open(obj=obj, rule_id="reconsideration.decide", start=obj.accepted_on, excluded=excluded)


@step(Reconsideration, "suspend", label="中止审理", roles=OPERATORS, form=f.SuspendForm, statute="行政复议法第三十九条")
def reconsideration_suspend(*, obj, user, suspended_on, reason):
    _organ_only(obj)
    _not_future(suspended_on, "中止日期")
    _not_before(suspended_on, obj.accepted_on, "中止日期", "受理日期")
    obj.suspend()
    obj.suspended_on, obj.suspension_reason = suspended_on, reason


@step(Reconsideration, "resume", label="恢复审理", roles=OPERATORS, form=f.ResumeForm, statute="行政复议法第三十九条第二款")
def reconsideration_resume(*, obj, user, resumed_on):
    """The 中止 period [中止日, 恢复日前一日] does not count towards the decision clock."""
    _not_future(resumed_on, "恢复日期")
    if resumed_on <= obj.suspended_on:
        raise GateRefused("date_order", MSG_RESUME_ORDER.format(on=obj.suspended_on))
    obj.resume()
    end = resumed_on - dt.timedelta(days=1)
    obj.suspended_days += (end - obj.suspended_on).days + 1
    deadline_add_exclusion(obj=obj, rule_id=_decide_rule(obj), start=obj.suspended_on, end=end,
                           reason=f"行政复议中止：{obj.suspension_reason}")
    if obj.extended_on is not None:
        # adding an exclusion recomputes the clock from its rule alone; re-apply the approved extension
        deadline_extend(obj=obj, rule_id="reconsideration.decide", extension_rule_id="reconsideration.decide_extension")


@step(Reconsideration, "decide", label="审结", roles=OPERATORS, form=f.DecideForm, statute="行政复议法第六十一至七十四条")
def reconsideration_decide(*, obj, user, decided_on, outcome, corrected, doc_no):
    """审结: the decision type per GLOSSARY; for 调解/和解撤回 whether the respondent corrected its act."""
    if obj.role == Role.ORGAN and obj.state == State.RECEIVED:
        raise GateRefused("transition_not_allowed", "复议机关尚未受理本案，不能审结；请先受理或决定不予受理。")
    _not_future(decided_on, "审结日期")
    _not_before(decided_on, obj.accepted_on or obj.received_on, "审结日期", "受理日期")
    obj.decide()
    obj.decided_on, obj.outcome, obj.decision_doc_no = decided_on, outcome, doc_no
    obj.corrected = bool(corrected) and outcome in SETTLEMENTS
    for rule in ("reconsideration.decide", "reconsideration.decide_simplified"):
        deadline_close(obj=obj, rule_id=rule, on=decided_on)


@step(Reconsideration, "opinion", label="行政复议意见书", roles=OPERATORS, form=f.OpinionForm, statute="行政复议法第七十六条")
def reconsideration_opinion(*, obj, user, opinion_on):
    """The recipient reports its corrections within 60 日 (第七十六条)."""
    _not_future(opinion_on, "意见书日期")
    _not_before(opinion_on, obj.received_on, "意见书日期", "收到日期")
    obj.opinion()
    obj.opinion_on = opinion_on
    deadline_open(obj=obj, rule_id="reconsideration.opinion_followup", start=opinion_on)


@step(Reconsideration, "opinion_report", label="报送纠正情况", roles=OPERATORS, form=f.OpinionReportForm, statute="行政复议法第七十六条")
def reconsideration_opinion_report(*, obj, user, report_on):
    if obj.opinion_on is None:
        raise GateRefused("no_opinion", MSG_NO_OPINION)
    _not_future(report_on, "报送日期")
    _not_before(report_on, obj.opinion_on, "报送日期", "意见书日期")
    obj.opinion_report()
    obj.opinion_report_on = report_on
    deadline_close(obj=obj, rule_id="reconsideration.opinion_followup", on=report_on)

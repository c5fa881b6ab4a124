"""Writes of the 信访 register: registration and the named procedural steps (信访工作条例 2022).

Each step is a ``core.workflow.step`` service: it checks the statutory gate (refusing with
``GateRefused`` and a message naming the article), records the step's dates, moves the state
through the model's ``@transition`` and opens/closes the clocks in ``deadlines``.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from fazhi.audit.services import event_record
from fazhi.core import permissions
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.scoping import units_for
from fazhi.core.services import MSG_UNIT_OUT_OF_SCOPE, build_form
from fazhi.core.workflow import step
from fazhi.deadlines.services import (
    deadline_cancel, deadline_close, deadline_compute, deadline_extend, deadline_get, deadline_open, today,
)
from fazhi.org.choices import Role

from . import forms as f
from .choices import Channel, Stage, State
from .models import Petition

OPERATORS = [Role.OPERATOR, Role.LEADER]

MSG_FUTURE = "{label}不能晚于今天。"
MSG_BEFORE_RECEIPT = "{label}不能早于收到日期（{received}）。"
MSG_REVIEW_NEEDS_ORIGINAL = "复查、复核请求必须填写原信访件编号（信访工作条例第三十五、三十六条）。"
MSG_REVIEW_ORIGINAL_OPEN = "原信访事项尚未答复办结，不能提出{stage}请求（信访工作条例第三十五、三十六条）。"
MSG_REVIEW_WRONG_STAGE = "复查针对初次办理的答复，复核针对复查意见（信访工作条例第三十五、三十六条）；原件“{ref}”是{stage}。"
MSG_REVIEW_LATE = ("{stage}请求应在收到{what}之日起30日内提出（信访工作条例第{art}条），原件答复日 {replied}，"
                   "请求期限至 {due}，本请求 {received} 已逾期。")
MSG_REVIEW_FINAL = "复核意见作出后，信访人以同一事实和理由提出的投诉请求不再受理（信访工作条例第三十六条）。"
MSG_OBJECTION_NOT_REFERRED = "只有上级转送、交办的信访事项才能提出异议（信访工作条例第二十三条第三款）。"
MSG_OBJECTION_LATE = "异议应在收到转送、交办事项之日起5个工作日内提出（信访工作条例第二十三条第三款），期限已于 {due} 届满。"
MSG_EXTEND_STAGE = "复查、复核没有延期规定；只有初次办理可以延期（信访工作条例第三十四条）。"
MSG_EXTEND_TWICE = "办理期限只能延长一次，且不超过30日（信访工作条例第三十四条）；本件已于 {on} 延期。"
MSG_EXTEND_EXPIRED = "办理期限已于 {due} 届满，不能在期满后补办延期（信访工作条例第三十四条）。"
MSG_FOLLOW_UP_EARLY = "回访日期不能早于办结日期（{closed}）。"
MSG_REOPEN_STAGE = "复查、复核意见不能重新办理；信访人不服的，依法请求复查、复核（信访工作条例第三十五、三十六条）。"


def _not_future(value: dt.date, label: str) -> None:
    if value > today():
        raise InvalidInput(MSG_FUTURE.format(label=label), {"__all__": [MSG_FUTURE.format(label=label)]})


def _not_before(value: dt.date, floor: dt.date, label: str) -> None:
    if value < floor:
        raise GateRefused("before_receipt", MSG_BEFORE_RECEIPT.format(label=label, received=floor))


def reference_next(unit, year: int) -> str:
    """信访件编号：<单位简称>信〔年〕序号 — sequence per unit and year, voided numbers never reused."""
    n = Petition.objects.filter(unit=unit, received_on__year=year).exclude(reference_no="").count() + 1
    return reference_format(unit, year, n)


def reference_format(unit, year: int, n: int) -> str:
    return f"{unit.short_name or unit.name}信〔{year}〕{n:04d}号"


def objection_due(obj: Petition) -> dt.date:
    """Last day to object to a wrong transfer: 5 个工作日 from receipt (条例第二十三条第三款)."""
    return deadline_compute("petition.objection", obj.received_on).due


def _review_gate(obj: Petition) -> None:
    """复查/复核 requests: the original must be replied, of the right stage, and asked within 30 日."""
    orig = obj.original
    stage_label = obj.get_stage_display()
    if orig is None:
        raise GateRefused("review_needs_original", MSG_REVIEW_NEEDS_ORIGINAL)
    expected = Stage.INITIAL if obj.stage == Stage.REVIEW else Stage.REVIEW
    if orig.stage == Stage.RE_REVIEW:
        raise GateRefused("review_final", MSG_REVIEW_FINAL)
    if orig.stage != expected:
        raise GateRefused("review_wrong_stage", MSG_REVIEW_WRONG_STAGE.format(ref=orig.reference_no, stage=orig.get_stage_display()))
    if orig.state != State.CLOSED or orig.replied_on is None:
        raise GateRefused("review_original_open", MSG_REVIEW_ORIGINAL_OPEN.format(stage=stage_label))
    rule = "petition.review_request" if obj.stage == Stage.REVIEW else "petition.re_review_request"
    due = deadline_compute(rule, orig.replied_on).due
    if obj.received_on > due:
        raise GateRefused("review_late", MSG_REVIEW_LATE.format(
            stage=stage_label, what="书面答复" if obj.stage == Stage.REVIEW else "复查意见",
            art="三十五" if obj.stage == Stage.REVIEW else "三十六", replied=orig.replied_on, due=due, received=obj.received_on))


def _open_first_clocks(obj: Petition) -> None:
    if obj.stage == Stage.INITIAL:
        # the 5-WD objection period (条例第二十三条第三款) is a right, not a duty: it is shown on the
        # record and enforced by the objection step, but not tracked as a clock that could fall overdue
        deadline_open(obj=obj, rule_id="petition.register", start=obj.received_on)
    else:
        deadline_open(obj=obj, rule_id="petition.review" if obj.stage == Stage.REVIEW else "petition.re_review",
                      start=obj.received_on)


def petition_register(*, ledger, user, data, files=None, unit=None, form_cls=None, verb="create", label="登记"):
    """登记 (条例第十九、二十一条): number the petition, note possible repeats, start the clocks.

    A 复查/复核 request is received by the body that reviews; its 30-day clock starts on receipt
    (条例第三十五、三十六条), so it is registered directly as 办理中.
    """
    from .selectors import repeat_candidates

    permissions.require(user, ledger.action("create"))
    allowed = units_for(user, "change")
    unit = unit or user.unit
    if unit is None or not allowed.filter(pk=unit.pk).exists():
        raise InvalidInput(MSG_UNIT_OUT_OF_SCOPE, {"unit": [MSG_UNIT_OUT_OF_SCOPE]})
    form = build_form(ledger, user, data, files, form_cls=form_cls or ledger.form)
    if not form.is_valid():
        errors = {k: [str(e) for e in v] for k, v in form.errors.items()}
        labels = {n: str(fl.label or n) for n, fl in form.fields.items()}
        raise InvalidInput("；".join(f"{labels.get(k, '')}：{'、'.join(v)}" if k != "__all__" else "、".join(v)
                                    for k, v in errors.items()), errors)
    with transaction.atomic():
        obj = form.save(commit=False)
        _not_future(obj.received_on, "收到日期")
        obj.unit = unit
        obj.created_by = user
        if obj.stage != Stage.INITIAL:
            _review_gate(obj)
            obj.state = State.ACCEPTED
            obj.accepted_on = obj.received_on
        obj.reference_no = reference_next(unit, obj.received_on.year)
        obj.repeat_suspected = obj.repeat_of_id is not None or bool(repeat_candidates(
            user=user, petitioner_name=obj.petitioner_name, id_number=obj.petitioner_id_number,
            phone=obj.petitioner_phone, matter=obj.matter, on=obj.received_on, limit=1))
        obj._history_user = user
        obj.full_clean(exclude=["state"])
        obj.save()
        event_record(obj=obj, verb=verb, label=label, actor=user, to_state=obj.state,
                     data={"reference_no": obj.reference_no, "repeat_suspected": obj.repeat_suspected})
        _open_first_clocks(obj)
    return obj


# ---------------------------------------------------------------- steps

@step(Petition, "accept", label="受理", roles=OPERATORS, form=f.AcceptForm, statute="信访工作条例第二十二、二十三条")
def petition_accept(*, obj: Petition, user, accepted_on, notice_on):
    """受理 and tell the petitioner in writing; the 60-day handling clock starts (条例第三十四条)."""
    _not_future(accepted_on, "受理日期")
    _not_before(accepted_on, obj.received_on, "受理日期")
    _not_before(notice_on, obj.received_on, "书面告知日期")
    obj.accept()
    obj.accepted_on, obj.notice_on = accepted_on, notice_on
    deadline_close(obj=obj, rule_id="petition.register", on=notice_on)
    deadline_open(obj=obj, rule_id="petition.handle", start=accepted_on)


@step(Petition, "reject", label="不予受理", roles=OPERATORS, form=f.RejectForm, statute="信访工作条例第十九、二十三条")
def petition_reject(*, obj: Petition, user, notice_on, reason):
    """不予受理, with a written notice within 15 日 (条例第二十三条)."""
    _not_future(notice_on, "书面告知日期")
    _not_before(notice_on, obj.received_on, "书面告知日期")
    obj.reject()
    obj.notice_on, obj.rejected_reason = notice_on, reason
    deadline_close(obj=obj, rule_id="petition.register", on=notice_on)


@step(Petition, "transfer", label="转送/交办", roles=OPERATORS, form=f.TransferForm, statute="信访工作条例第二十二条")
def petition_transfer(*, obj: Petition, user, transferred_on, target):
    """转送、交办 to the competent body within 15 日 of receipt (条例第二十二条)."""
    _not_future(transferred_on, "转送日期")
    _not_before(transferred_on, obj.received_on, "转送日期")
    obj.transfer()
    obj.transferred_on, obj.transfer_target = transferred_on, target
    deadline_close(obj=obj, rule_id="petition.register", on=transferred_on)


@step(Petition, "objection", label="对转送交办提出异议", roles=OPERATORS, form=f.ObjectionForm,
      statute="信访工作条例第二十三条第三款")
def petition_objection(*, obj: Petition, user, objection_on, reason):
    """A body that is not competent objects to the transfer within 5 个工作日 (条例第二十三条第三款)."""
    if obj.channel != Channel.REFERRED:
        raise GateRefused("objection_not_referred", MSG_OBJECTION_NOT_REFERRED)
    _not_future(objection_on, "异议日期")
    _not_before(objection_on, obj.received_on, "异议日期")
    due = objection_due(obj)
    if objection_on > due:
        raise GateRefused("objection_late", MSG_OBJECTION_LATE.format(due=due))
    obj.objection()
    obj.objection_reason = reason
    deadline_cancel(obj=obj, rule_id="petition.register")


@step(Petition, "extend", label="延期办理", roles=[Role.LEADER], form=f.ExtendForm, statute="信访工作条例第三十四条")
def petition_extend(*, obj: Petition, user, approved_on, reason):
    """One extension of at most 30 日, approved by 本机关负责人 before the 60 日 run out (条例第三十四条).

    Only a 负责人 may perform this step: the approval is the step.
    """
    if obj.stage != Stage.INITIAL:
        raise GateRefused("extend_stage", MSG_EXTEND_STAGE)
    if obj.extended_on is not None:
        raise GateRefused("extend_twice", MSG_EXTEND_TWICE.format(on=obj.extended_on))
    _not_future(approved_on, "批准日期")
    clock = deadline_get(obj=obj, rule_id="petition.handle")
    if clock is not None and approved_on > clock.due_date:
        raise GateRefused("extend_expired", MSG_EXTEND_EXPIRED.format(due=clock.due_date))
    obj.extend()
    obj.extended_on, obj.extension_reason, obj.extension_approver = approved_on, reason, user
    deadline_extend(obj=obj, rule_id="petition.handle", extension_rule_id="petition.handle_extension")


def _running_rule(obj: Petition) -> str:
    return {Stage.INITIAL: "petition.handle", Stage.REVIEW: "petition.review", Stage.RE_REVIEW: "petition.re_review"}[obj.stage]


@step(Petition, "reply", label="答复办结", roles=OPERATORS, form=f.ReplyForm, statute="信访工作条例第三十二、三十四条")
def petition_reply(*, obj: Petition, user, replied_on, doc_no, opinion, result, summary):
    """出具答复意见书 (支持/解释说明/不予支持, 条例第三十二条) and close the case; the result
    category says whether the problem is actually solved — satisfaction is recorded at 回访."""
    _not_future(replied_on, "答复日期")
    _not_before(replied_on, obj.accepted_on or obj.received_on, "答复日期")
    obj.reply()
    obj.replied_on = obj.closed_on = replied_on
    obj.reply_doc_no, obj.reply_opinion, obj.result, obj.reply_summary = doc_no, opinion, result, summary
    deadline_close(obj=obj, rule_id=_running_rule(obj), on=replied_on)


@step(Petition, "follow_up", label="回访", roles=OPERATORS, form=f.FollowUpForm, statute="信访工作条例第三十四条（办理结果回访）")
def petition_follow_up(*, obj: Petition, user, follow_up_on, satisfaction, note):
    """回访: the petitioner's satisfaction, kept apart from the result category."""
    _not_future(follow_up_on, "回访日期")
    if obj.closed_on and follow_up_on < obj.closed_on:
        raise GateRefused("follow_up_early", MSG_FOLLOW_UP_EARLY.format(closed=obj.closed_on))
    obj.follow_up()
    obj.follow_up_on, obj.satisfaction, obj.follow_up_note = follow_up_on, satisfaction, note


@step(Petition, "reopen", label="重新办理", roles=OPERATORS, form=f.ReopenForm, statute="“办结未解决”重新办理（本地工作制度）")
def petition_reopen(*, obj: Petition, user, reopened_on, reason):
    """Reopen a case closed but not solved; counted in ``reopened_count``.

    The 条例 has no reopening procedure; the reopened handling runs on a fresh ``petition.handle``
    clock from the reopening date (a local convention, stated in docs/petitions.md).
    """
    if obj.stage != Stage.INITIAL:
        raise GateRefused("reopen_stage", MSG_REOPEN_STAGE)
    _not_future(reopened_on, "重新办理日期")
    if obj.closed_on and reopened_on < obj.closed_on:
        raise GateRefused("reopen_early", MSG_FOLLOW_UP_EARLY.format(closed=obj.closed_on).replace("回访", "重新办理"))
    obj.reopen()
    obj.reopened_count += 1
    obj.closed_on = obj.replied_on = None
    obj.satisfaction, obj.follow_up_on = "", None
    deadline_open(obj=obj, rule_id="petition.handle", start=reopened_on, label=f"信访事项重新办理：{obj}")
    return {"note": reason}

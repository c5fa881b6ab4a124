"""政府信息公开 services (政府信息公开条例 2019): registration with the Art. 31 receipt date, and
the steps of a request and of a 主动公开 item, each with its statutory gate and clock."""

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
from fazhi.org.choices import Role

from . import forms as f
from .choices import CONFIRM_CHANNELS, NEEDS_REASON_PREFIXES, ReplyType, RequestChannel
from .models import DisclosureRequest, ProactiveItem

OPERATORS = [Role.OPERATOR, Role.LEADER]
MSG_NEEDS_CONFIRM = "以{channel}提出的申请，以双方确认之日为收到申请之日（条例第三十一条），请填写双方确认日期。"
MSG_CONFIRM_BEFORE = "双方确认日期不能早于到达日期。"
MSG_CORRECTION_LATE = "补正应在收到申请之日起7个工作日内一次性告知（条例第三十条），期限已于 {due} 届满。"
MSG_CORRECTION_TWICE = "补正只能一次性告知（条例第三十条）；本申请已于 {on} 告知补正。"
MSG_LAPSE_EARLY = "补正期限至 {due}，期满前不能按“逾期不补正”处理（条例第三十条）。"
MSG_EXTEND_TWICE = "答复期限只能延长一次，最长20个工作日（条例第三十三条第二款）；本申请已于 {on} 延期。"
MSG_EXTEND_EXPIRED = "答复期限已于 {due} 届满，不能在期满后延期（条例第三十三条第二款）。"
MSG_REASON = "“{label}”的，应当告知申请人并说明理由（条例第三十六条）。"




def receipt_date(channel: str, arrived_on: dt.date, confirmed_on: dt.date | None) -> dt.date:
    """收到申请之日 (条例第三十一条): in person / registered mail — the day of submission or signing;
    ordinary letter, internet, fax — the day both sides confirmed."""
    if channel in CONFIRM_CHANNELS:
        label = RequestChannel(channel).label
        if confirmed_on is None:
            raise InvalidInput(MSG_NEEDS_CONFIRM.format(channel=label), {"confirmed_on": [MSG_NEEDS_CONFIRM.format(channel=label)]})
        if confirmed_on < arrived_on:
            raise InvalidInput(MSG_CONFIRM_BEFORE, {"confirmed_on": [MSG_CONFIRM_BEFORE]})
        return confirmed_on
    return arrived_on


def disclosure_request_register(*, ledger, user, data, files=None, unit=None, form_cls=None, verb="create", label="登记"):
    """登记 (条例第四十五条): fix the receipt date per Art. 31 and start the 20-WD reply clock."""
    with transaction.atomic():
        obj = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, form_cls=form_cls, verb=verb, label=label)
        obj.received_on = receipt_date(obj.channel, obj.arrived_on, obj.confirmed_on)
        _not_future(obj.received_on, "收到申请日期")
        obj._history_user = user
        obj.save(update_fields=["received_on"])
        deadline_open(obj=obj, rule_id="disclosure.reply", start=obj.received_on)
    return obj


def proactive_item_register(*, ledger, user, data, files=None, unit=None, form_cls=None, verb="create", label="登记"):
    """Register information formed or changed: it must be published within 20 个工作日 (条例第二十六条)."""
    with transaction.atomic():
        obj = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, form_cls=form_cls, verb=verb, label=label)
        _not_future(obj.formed_on, "信息形成/变更日期")
        deadline_open(obj=obj, rule_id="disclosure.proactive", start=obj.formed_on)
    return obj


def _reapply_extension(obj):
    if obj.extended_on is not None:
        # an exclusion recomputes the clock from its rule alone; the approved extension is applied again
        deadline_extend(obj=obj, rule_id="disclosure.reply", extension_rule_id="disclosure.reply_extension")


@step(DisclosureRequest, "request_correction", label="告知补正", roles=OPERATORS, form=f.CorrectionForm, statute="政府信息公开条例第三十条")
def disclosure_request_correction(*, obj, user, notice_on, items, due_on):
    """One-time 补正 notice within 7 个工作日; the reply clock stops and restarts on receipt of the correction."""
    if obj.correction_notice_on is not None:
        raise GateRefused("correction_twice", MSG_CORRECTION_TWICE.format(on=obj.correction_notice_on))
    _not_future(notice_on, "补正告知日期")
    _not_before(notice_on, obj.received_on, "补正告知日期", "收到申请日期")
    due = deadline_compute("disclosure.correction_notice", obj.received_on).due
    if notice_on > due:
        raise GateRefused("correction_late", MSG_CORRECTION_LATE.format(due=due))
    _not_before(due_on, notice_on, "补正期限", "补正告知日期")
    obj.request_correction()
    obj.correction_notice_on, obj.correction_items, obj.correction_due_on = notice_on, items, due_on
    deadline_cancel(obj=obj, rule_id="disclosure.reply")


@step(DisclosureRequest, "receive_correction", label="收到补正", roles=OPERATORS, form=f.CorrectionReceivedForm, statute="政府信息公开条例第三十条")
def disclosure_receive_correction(*, obj, user, received_on):
    _not_future(received_on, "收到补正日期")
    _not_before(received_on, obj.correction_notice_on, "收到补正日期", "补正告知日期")
    obj.receive_correction()
    obj.correction_received_on = received_on
    deadline_open(obj=obj, rule_id="disclosure.reply", start=received_on, label=f"依申请公开答复（补正后重新计算）：{obj}")


@step(DisclosureRequest, "lapse", label="逾期不补正", roles=OPERATORS, form=f.LapseForm, statute="政府信息公开条例第三十条")
def disclosure_lapse(*, obj, user, on):
    """No correction within the period without good reason: 视为放弃申请, not handled further."""
    if obj.correction_due_on is not None and on <= obj.correction_due_on:
        raise GateRefused("lapse_early", MSG_LAPSE_EARLY.format(due=obj.correction_due_on))
    _not_future(on, "认定日期")
    obj.lapse()
    obj.replied_on, obj.reply_type = on, ReplyType.OTHER_NO_CORRECTION


@step(DisclosureRequest, "consult", label="征求第三方/其他机关意见", roles=OPERATORS, form=f.ConsultForm,
      statute="政府信息公开条例第三十二、三十四条")
def disclosure_consult(*, obj, user, sent_on, party, co_agency):
    """Written consultation; the other side has 15 个工作日. The time is excluded from the reply clock."""
    _not_future(sent_on, "发出日期")
    _not_before(sent_on, obj.received_on, "发出日期", "收到申请日期")
    obj.consult()
    obj.consult_party, obj.consult_started_on = party, sent_on
    deadline_open(obj=obj, rule_id="disclosure.co_agency" if co_agency else "disclosure.third_party", start=sent_on,
                  label=f"{'其他机关' if co_agency else '第三方'}（{party}）提出意见：{obj}")


@step(DisclosureRequest, "consult_end", label="征求意见结束", roles=OPERATORS, form=f.ConsultEndForm, statute="政府信息公开条例第三十三条第三款")
def disclosure_consult_end(*, obj, user, ended_on, opinion):
    _not_future(ended_on, "日期")
    _not_before(ended_on, obj.consult_started_on, "收到意见日期", "发出征求意见日期")
    obj.consult_end()
    obj.consult_days += (ended_on - obj.consult_started_on).days + 1
    for rule in ("disclosure.third_party", "disclosure.co_agency"):
        deadline_close(obj=obj, rule_id=rule, on=ended_on)
    deadline_add_exclusion(obj=obj, rule_id="disclosure.reply", start=obj.consult_started_on, end=ended_on,
                           reason=f"征求{obj.consult_party}意见（第三十三条第三款）")
    _reapply_extension(obj)
    return {"note": dict(f.ConsultEndForm.base_fields["opinion"].choices)[opinion]}


@step(DisclosureRequest, "extend", label="延长答复期限", roles=[Role.LEADER], form=f.ExtendForm, statute="政府信息公开条例第三十三条第二款")
def disclosure_extend(*, obj, user, approved_on, reason):
    """+20 个工作日 once, with the consent of the 政府信息公开工作机构负责人 (the leader performs the step)."""
    if obj.extended_on is not None:
        raise GateRefused("extend_twice", MSG_EXTEND_TWICE.format(on=obj.extended_on))
    _not_future(approved_on, "批准日期")
    clock = deadline_get(obj=obj, rule_id="disclosure.reply")
    if clock is not None and approved_on > clock.due_date:
        raise GateRefused("extend_expired", MSG_EXTEND_EXPIRED.format(due=clock.due_date))
    obj.extend()
    obj.extended_on, obj.extension_reason, obj.extension_approver = approved_on, reason, user
    deadline_extend(obj=obj, rule_id="disclosure.reply", extension_rule_id="disclosure.reply_extension")


@step(DisclosureRequest, "reply", label="答复", roles=OPERATORS, form=f.ReplyForm, statute="政府信息公开条例第三十三、三十六条")
def disclosure_reply(*, obj, user, replied_on, reply_type, doc_no, reason, fee):
    if reply_type.startswith(NEEDS_REASON_PREFIXES) and not (reason or "").strip():
        raise GateRefused("reason_required", MSG_REASON.format(label=ReplyType(reply_type).label))
    _not_future(replied_on, "答复日期")
    _not_before(replied_on, obj.correction_received_on or obj.received_on, "答复日期", "收到申请日期")
    obj.reply()
    obj.replied_on, obj.reply_type, obj.reply_doc_no, obj.reply_reason = replied_on, reply_type, doc_no, reason
    obj.fee = fee or 0
    deadline_close(obj=obj, rule_id="disclosure.reply", on=replied_on)


@step(DisclosureRequest, "record_followup", label="登记复议/诉讼", roles=OPERATORS, form=f.FollowupForm, statute="政府信息公开条例第五十一条")
def disclosure_record_followup(*, obj, user, followup_on, reconsideration_result, litigation_result, litigation_after_reconsideration):
    _not_before(followup_on, obj.replied_on, "申请复议/起诉日期", "答复日期")
    obj.record_followup()
    obj.followup_on, obj.reconsideration_result, obj.litigation_result = followup_on, reconsideration_result, litigation_result
    obj.litigation_after_reconsideration = litigation_after_reconsideration


@step(ProactiveItem, "publish", label="公开", roles=OPERATORS, form=f.PublishForm, statute="政府信息公开条例第二十六条")
def proactive_item_publish(*, obj, user, published_on):
    _not_future(published_on, "公开日期")
    _not_before(published_on, obj.formed_on, "公开日期", "信息形成/变更日期")
    obj.publish()
    obj.published_on = published_on
    deadline_close(obj=obj, rule_id="disclosure.proactive", on=published_on)

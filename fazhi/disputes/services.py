"""Procedural steps of a dispute (人民调解法 2010; 人民调解工作若干规定 司法部令第75号).

Clocks: ``mediation.resolve`` (一般在一个月内调结 — local setting, UNCONFIRMED) runs for 人民调解
from the start of mediation; the 30-day window for a joint 司法确认 application
(``mediation.agreement_confirmation``, 人民调解法第三十三条) is enforced by the confirm step.
"""

from __future__ import annotations

import datetime as dt
import re

from fazhi.core.dates import date_not_before as _not_before
from fazhi.core.dates import date_not_future as _not_future
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.scoping import units_for
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_cancel, deadline_close, deadline_compute, deadline_open, today
from fazhi.org.choices import Role

from . import forms as f
from .choices import AgreementForm, Method
from .models import Dispute, Mediator

OPERATORS = [Role.OPERATOR, Role.LEADER]
MSG_NO_CONSENT = "当事人一方明确拒绝调解的，不得调解（人民调解法第十七条）；请确认当事人均同意调解。"
MSG_NOT_SIGNED = ("书面调解协议须由各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章后生效"
                  "（人民调解法第二十九条）；手续未完成的不能登记为调解成功。")
MSG_REMEDIES = "调解不成的，应当终止调解，并告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利（人民调解法第二十六条）。"
MSG_CONFIRM_ORAL = "司法确认针对书面调解协议（人民调解法第三十三条）；口头协议不能申请司法确认。"
MSG_CONFIRM_LATE = "双方当事人应自调解协议生效之日起30日内共同申请司法确认（人民调解法第三十三条），期限已于 {due} 届满。"
MSG_CONFIRM_RESULT_DATE = "法院已作出裁定的，请填写裁定日期。"
MSG_UNKNOWN_MEDIATORS = "调解员名册中找不到：{names}。请先在“调解员名册”登记。"




def mediators_by_names(*, user, text: str) -> list[Mediator]:
    names = [n.strip() for n in re.split(r"[、,，;；\s]+", text or "") if n.strip()]
    if not names:
        return []
    found = {m.name: m for m in Mediator.objects.live().filter(unit__in=units_for(user, "view"), name__in=names)}
    missing = [n for n in names if n not in found]
    if missing:
        raise InvalidInput(MSG_UNKNOWN_MEDIATORS.format(names="、".join(missing)), {"mediators": [MSG_UNKNOWN_MEDIATORS.format(names="、".join(missing))]})
    return [found[n] for n in names]


@step(Dispute, "start_mediation", label="开始调解", roles=OPERATORS, form=f.StartForm, statute="人民调解法第十七条")
def dispute_start_mediation(*, obj: Dispute, user, started_on, method, mediators, parties_consent):
    """开始调解: only with the parties' consent (第十七条); 人民调解 starts the one-month clock."""
    if not parties_consent:
        raise GateRefused("no_consent", MSG_NO_CONSENT)
    _not_future(started_on, "开始调解日期")
    _not_before(started_on, obj.received_on, "开始调解日期", "发现/受理日期")
    people = mediators_by_names(user=user, text=mediators)
    obj.start_mediation()
    obj.mediation_started_on, obj.method = started_on, method
    obj.mediators.set(people)
    if method == Method.PEOPLE:
        deadline_open(obj=obj, rule_id="mediation.resolve", start=started_on)


@step(Dispute, "resolve", label="调解成功", roles=OPERATORS, form=f.ResolveForm, statute="人民调解法第二十八至三十条")
def dispute_resolve(*, obj: Dispute, user, closed_on, agreement_form, agreement_amount, signed_and_sealed, note):
    """调解成功 with a 调解协议: a written one takes effect only when signed and sealed (第二十九条)."""
    if agreement_form == AgreementForm.WRITTEN and not signed_and_sealed:
        raise GateRefused("agreement_not_signed", MSG_NOT_SIGNED)
    _not_future(closed_on, "调解成功日期")
    _not_before(closed_on, obj.mediation_started_on, "调解成功日期", "开始调解日期")
    obj.resolve()
    obj.closed_on = obj.agreement_effective_on = closed_on
    obj.agreement_form, obj.agreement_amount, obj.outcome_note = agreement_form, agreement_amount, note
    deadline_close(obj=obj, rule_id="mediation.resolve", on=closed_on)


@step(Dispute, "fail", label="调解不成", roles=OPERATORS, form=f.FailForm, statute="人民调解法第二十六条")
def dispute_fail(*, obj: Dispute, user, closed_on, route, remedies_told, note):
    """终止调解 and tell the parties about 仲裁/行政/司法 routes (第二十六条)."""
    if not remedies_told:
        raise GateRefused("remedies_not_told", MSG_REMEDIES)
    _not_future(closed_on, "终止调解日期")
    _not_before(closed_on, obj.mediation_started_on, "终止调解日期", "开始调解日期")
    obj.fail()
    obj.closed_on, obj.failure_route, obj.outcome_note = closed_on, route, note
    deadline_close(obj=obj, rule_id="mediation.resolve", on=closed_on)


@step(Dispute, "refer", label="移交", roles=OPERATORS, form=f.ReferForm, statute="人民调解法第十八条")
def dispute_refer(*, obj: Dispute, user, referred_on, referred_to, note):
    """移交 to the competent body (e.g. 法院、公安、行政主管部门)."""
    _not_future(referred_on, "移交日期")
    _not_before(referred_on, obj.received_on, "移交日期", "发现/受理日期")
    obj.refer()
    obj.closed_on, obj.referred_to, obj.outcome_note = referred_on, referred_to, note
    deadline_cancel(obj=obj, rule_id="mediation.resolve")


@step(Dispute, "record_performance", label="登记履行情况", roles=OPERATORS, form=f.PerformForm, statute="人民调解法第三十一条")
def dispute_perform(*, obj: Dispute, user, performed_on, performance):
    """人民调解委员会 supervises performance of the agreement (第三十一条)."""
    _not_future(performed_on, "核实日期")
    _not_before(performed_on, obj.closed_on, "核实日期", "调解成功日期")
    obj.record_performance()
    obj.performed_on, obj.performance = performed_on, performance


@step(Dispute, "confirm", label="司法确认", roles=OPERATORS, form=f.ConfirmForm, statute="人民调解法第三十三条")
def dispute_confirm(*, obj: Dispute, user, applied_on, court, result, decided_on):
    """Joint application to the court within 30 日 of the agreement taking effect (第三十三条)."""
    if obj.agreement_form != AgreementForm.WRITTEN:
        raise GateRefused("confirm_oral", MSG_CONFIRM_ORAL)
    due = deadline_compute("mediation.agreement_confirmation", obj.agreement_effective_on).due
    if applied_on > due:
        raise GateRefused("confirm_late", MSG_CONFIRM_LATE.format(due=due))
    _not_future(applied_on, "申请日期")
    _not_before(applied_on, obj.agreement_effective_on, "申请日期", "协议生效日期")
    if result != "applied" and decided_on is None:
        raise InvalidInput(MSG_CONFIRM_RESULT_DATE, {"decided_on": [MSG_CONFIRM_RESULT_DATE]})
    obj.confirm()
    obj.confirmation, obj.confirmation_applied_on, obj.court = result, applied_on, court
    obj.confirmation_on = decided_on if result != "applied" else None


@step(Dispute, "follow_up", label="回访", roles=OPERATORS, form=f.FollowUpForm, statute="矛盾纠纷化解回访（本地工作制度）")
def dispute_follow_up(*, obj: Dispute, user, follow_up_on, satisfaction):
    _not_future(follow_up_on, "回访日期")
    _not_before(follow_up_on, obj.closed_on, "回访日期", "调结日期")
    obj.follow_up()
    obj.follow_up_on, obj.satisfaction = follow_up_on, satisfaction

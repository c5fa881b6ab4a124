"""Case steps under the 三项制度 and 行政处罚法（2021）; each gate refuses with the rule it enforces.

Clocks (rules.yaml): ``penalty.case`` 90 d from 立案 (第六十条, extensions recorded), ``penalty.hearing_request``
5 WD (第六十四条第（一）项), ``penalty.hearing_notice`` 7 WD before the hearing (第六十四条第（二）项),
``penalty.service`` 7 WD (第六十一条), ``enforcement.publish_penalty`` / ``publish_license`` 7 WD and
``publish_other`` 20 WD (118号（六）), ``enforcement.withdraw_publication`` 3 WD (第四十八条第二款).
"""

from __future__ import annotations

from decimal import Decimal

from django.contrib.contenttypes.models import ContentType

from fazhi.audit.models import TimelineEvent
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_cancel, deadline_close, deadline_compute, deadline_get, deadline_open
from fazhi.org.choices import Role

from .. import conf
from ..choices import CaseKind, CaseState, Outcome, PartyType, Procedure, ReviewOpinion, ServiceMethod
from ..forms import cases as f
from ..models import Case, CaseExtension
from .certificates import require_certified

STAFF = [Role.OPERATOR, Role.LEADER]
HEAD = [Role.LEADER]
PUBLISHED_OUTCOMES = {Outcome.PENALTY, Outcome.NO_PENALTY, Outcome.NO_VIOLATION}
SERVED_OUTCOMES = PUBLISHED_OUTCOMES
HANDLING_VERBS = {"create", "import", "register", "investigate", "notify", "hold_hearing", "decide_on_spot"}

MSG_SIMPLE_NO_REGISTER = "简易程序案件当场作出处罚决定，不经立案；请使用“当场处罚”。"
MSG_REVIEW_BEFORE_INVESTIGATION = "行政处罚案件应当在调查终结后提交法制审核（118号（十三））。"
MSG_REVIEWER_HANDLED = "法制审核人员不得审核本人承办的案件（118号（十四）承办机构与法制审核机构分工负责）；{who}参与了本案办理。"
MSG_NO_NOTICE = "作出行政处罚决定前，应当告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利；未告知的不得作出决定（行政处罚法第四十四条、第六十二条）。"
MSG_HEARING_PERIOD = "当事人要求听证的期限（告知之日起五个工作日，至 {due}）届满前不得作出决定，除非当事人明确放弃（行政处罚法第六十三条、第六十四条）。"
MSG_MAJOR_NO_REVIEW = "本案属于重大执法决定（{reasons}），未经法制审核或者审核未通过的，不得作出决定（行政处罚法第五十八条；国办发〔2018〕118号（四））。"
MSG_MAJOR_COLLECTIVE = "本案属于情节复杂或者重大违法行为（{reasons}），应当由行政机关负责人集体讨论决定（行政处罚法第五十七条第二款）。"
MSG_DISCRETION = "作出行政处罚应当适用裁量基准并记录裁量档次（行政处罚法第三十四条）。"
MSG_NOT_SIMPLE = "只有适用简易程序的行政处罚案件才能当场处罚（行政处罚法第五十一条）。"
MSG_SIMPLE_LIMIT = "当场处罚的罚款限于对公民二百元以下、对法人或者其他组织三千元以下（行政处罚法第五十一条）；本案罚款 {amount} 元，应当适用普通程序。"
MSG_HEARING_NOT_OFFERED = "本案告知时未告知听证权利，不适用听证程序（行政处罚法第六十三条）。"
MSG_HEARING_LATE = "当事人应当在告知后五个工作日内提出听证要求（至 {due}）；{on} 提出已超过期限（行政处罚法第六十四条第（一）项）。"
MSG_HEARING_NOTICE_LATE = "应当在举行听证的七日（工作日）前通知当事人及有关人员：听证日为 {held}，最迟应于 {due} 通知，实际 {on}（行政处罚法第六十四条第（二）项、第八十五条）。"
MSG_HEARING_CHAIR = "听证由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第（四）项）；{chair}是本案承办执法人员。"
MSG_NOT_SERVED = "决定书尚未送达当事人，不能结案（行政处罚法第六十一条）。"
MSG_NOT_EXECUTED = "行政处罚决定尚未执行（或登记为无需执行），不能结案（行政处罚法第六十六条至第七十三条）。"
MSG_EXTEND_ONLY_PENALTY = "只有行政处罚普通程序案件适用九十日办案期限及其延长（行政处罚法第六十条）。"
MSG_EXTEND_LATE = "办案期限已于 {due} 届满，届满后不能再批准延长（行政处罚法第六十条）。"
MSG_NOT_TO_PUBLISH = "本案已登记为不予公示（{reason}），不能公示。"
MSG_ALREADY_PUBLISHED = "本案决定已于 {on} 公示。"
MSG_NOTHING_TO_PUBLISH = "本案结果为“{outcome}”，没有需要公示的执法决定。"
MSG_ALREADY_ANNULLED = "本案决定已于 {on} 登记为被变更/撤销。"
MSG_NOT_PUBLISHED = "本案决定没有公示过，无需撤回。"
MSG_NOT_ANNULLED = "只有被依法变更、撤销、确认违法或者确认无效的决定才撤回公示（行政处罚法第四十八条第二款）。"
MSG_ALREADY_WITHDRAWN = "本案公示信息已于 {on} 撤回。"
MSG_DATE_ORDER = "{later}不能早于{earlier}（{day}）。"


def _date_after(value, earlier, field: str, later_label: str, earlier_label: str):
    if earlier and value < earlier:
        msg = MSG_DATE_ORDER.format(later=later_label, earlier=earlier_label, day=earlier.isoformat())
        raise InvalidInput(msg, {field: [msg]})


def case_handlers(case: Case) -> set[int]:
    """Users who handled the case: who registered it, its officers' accounts, and who took its handling steps."""
    ids = {case.created_by_id} | {o.user_id for o in case.officers.all()}
    ct = ContentType.objects.get_for_model(Case)
    ids |= set(TimelineEvent.objects.filter(content_type=ct, object_id=case.pk, verb__in=HANDLING_VERBS)
               .values_list("actor_id", flat=True))
    return {i for i in ids if i}


def major_reasons(case: Case) -> list[str]:
    threshold = conf.setting("major_amount_threshold")
    return case.major_reasons(Decimal(str(threshold)) if threshold not in (None, "") else None)


def _ensure_review_approved(case: Case, on) -> None:
    reasons = major_reasons(case)
    if not reasons:
        return
    ok = (case.legal_review_opinion == ReviewOpinion.APPROVED and case.legal_review_on and case.legal_review_on <= on
          and case.legal_reviewer_id not in case_handlers(case))
    if not ok:
        raise GateRefused("major_without_legal_review", MSG_MAJOR_NO_REVIEW.format(reasons="、".join(reasons)))


def _open_publication(case: Case, start) -> None:
    if case.publish_required and case.outcome in PUBLISHED_OUTCOMES:
        deadline_open(obj=case, rule_id=case.publish_rule, start=start)


# ---------------------------------------------------------------- 立案 › 调查 › 告知 › 听证

@step(Case, "register", label="立案", roles=STAFF, form=f.RegisterForm, statute="行政处罚法第四十二条、第五十四条")
def case_register(*, obj, user, registered_on, **_):
    if obj.procedure == Procedure.SIMPLE:
        raise GateRefused("simple_procedure", MSG_SIMPLE_NO_REGISTER)
    require_certified(obj.officers.all(), registered_on, "立案")
    obj.register()
    obj.registered_on = registered_on
    if obj.is_ordinary_penalty:
        deadline_open(obj=obj, rule_id="penalty.case", start=registered_on)


@step(Case, "investigate", label="调查终结", roles=STAFF, form=f.InvestigateForm, statute="行政处罚法第五十四条至第五十七条")
def case_investigate(*, obj, user, investigated_on, facts, **_):
    _date_after(investigated_on, obj.registered_on, "investigated_on", "调查终结日期", "立案日期")
    obj.investigate()
    obj.investigated_on, obj.facts = investigated_on, facts


@step(Case, "notify", label="告知（陈述申辩/听证权利）", roles=STAFF, form=f.NotifyForm, statute="行政处罚法第四十四条、第六十三条")
def case_notify(*, obj, user, notified_on, proposed_penalty, hearing_right=False, rights_waived=False, **_):
    _date_after(notified_on, obj.investigated_on, "notified_on", "告知日期", "调查终结日期")
    obj.notify()
    obj.notified_on, obj.proposed_penalty = notified_on, proposed_penalty
    obj.hearing_right, obj.rights_waived = hearing_right, rights_waived
    if hearing_right:
        deadline_open(obj=obj, rule_id="penalty.hearing_request", start=notified_on)


@step(Case, "request_hearing", label="当事人要求听证", roles=STAFF, form=f.HearingRequestForm,
      statute="行政处罚法第六十四条第（一）项")
def case_request_hearing(*, obj, user, requested_on, **_):
    if not obj.hearing_right:
        raise GateRefused("hearing_not_offered", MSG_HEARING_NOT_OFFERED)
    clock = deadline_get(obj=obj, rule_id="penalty.hearing_request")
    if clock is not None and requested_on > clock.due_date:
        raise GateRefused("hearing_request_late", MSG_HEARING_LATE.format(due=clock.due_date, on=requested_on))
    obj.request_hearing()
    obj.hearing_requested_on = requested_on
    deadline_close(obj=obj, rule_id="penalty.hearing_request", on=requested_on)


@step(Case, "hold_hearing", label="举行听证", roles=STAFF, form=f.HearingForm, statute="行政处罚法第六十四条")
def case_hold_hearing(*, obj, user, notice_on, held_on, chair, **_):
    if chair.strip() in {o.name for o in obj.officers.all()}:
        raise GateRefused("hearing_chair_is_investigator", MSG_HEARING_CHAIR.format(chair=chair))
    latest = deadline_compute("penalty.hearing_notice", held_on).due
    if notice_on > latest:
        raise GateRefused("hearing_notice_late", MSG_HEARING_NOTICE_LATE.format(held=held_on, due=latest, on=notice_on))
    obj.hold_hearing()
    obj.hearing_notice_on, obj.hearing_on, obj.hearing_chair = notice_on, held_on, chair.strip()


# ---------------------------------------------------------------- 法制审核 › 决定

@step(Case, "legal_review", label="法制审核", roles=[Role.LEGAL_REVIEWER], form=f.LegalReviewForm,
      statute="行政处罚法第五十八条；国办发〔2018〕118号（十三）（十四）")
def case_legal_review(*, obj, user, reviewed_on, opinion, text, **_):
    if obj.is_ordinary_penalty and obj.state == CaseState.REGISTERED:
        raise GateRefused("review_before_investigation", MSG_REVIEW_BEFORE_INVESTIGATION)
    if user.pk in case_handlers(obj):
        raise GateRefused("reviewer_handled_case", MSG_REVIEWER_HANDLED.format(who=user))
    _date_after(reviewed_on, obj.registered_on, "reviewed_on", "审核日期", "立案日期")
    obj.legal_review()
    obj.legal_review_on, obj.legal_review_opinion, obj.legal_review_text, obj.legal_reviewer = reviewed_on, opinion, text, user


@step(Case, "decide", label="作出决定", roles=HEAD, form=f.DecideForm,
      statute="行政处罚法第四十二条、第四十四条、第五十七条、第五十八条、第六十二条")
def case_decide(*, obj, user, decided_on, decision_no, outcome, penalty_content="", fine_amount=None,
                confiscation_amount=None, discretion_standard="", discretion_level="", collective_discussion=False, **_):
    _date_after(decided_on, obj.registered_on, "decided_on", "决定日期", "立案日期")
    if obj.is_ordinary_penalty:
        if not obj.notified_on and outcome == Outcome.PENALTY:
            raise GateRefused("no_prior_notice", MSG_NO_NOTICE)
        clock = deadline_get(obj=obj, rule_id="penalty.hearing_request")
        if (obj.hearing_right and not obj.rights_waived and not obj.hearing_requested_on and clock is not None
                and decided_on <= clock.due_date):
            raise GateRefused("hearing_period_running", MSG_HEARING_PERIOD.format(due=clock.due_date))
    require_certified(obj.officers.all(), decided_on, "作出决定")
    _ensure_review_approved(obj, decided_on)
    reasons = major_reasons(obj)
    if obj.kind == CaseKind.PENALTY and outcome == Outcome.PENALTY:
        if reasons and not collective_discussion:
            raise GateRefused("collective_discussion_required", MSG_MAJOR_COLLECTIVE.format(reasons="、".join(reasons)))
        if not discretion_standard or not discretion_level:
            raise InvalidInput(MSG_DISCRETION, {"discretion_level": [MSG_DISCRETION]})
    obj.decide()
    obj.decided_on, obj.decision_no, obj.outcome, obj.penalty_content = decided_on, decision_no, outcome, penalty_content
    obj.fine_amount, obj.confiscation_amount = fine_amount, confiscation_amount
    obj.discretion_standard, obj.discretion_level, obj.collective_discussion = discretion_standard, discretion_level, collective_discussion
    if obj.is_ordinary_penalty:
        deadline_close(obj=obj, rule_id="penalty.case", on=decided_on)
        if outcome in SERVED_OUTCOMES:
            deadline_open(obj=obj, rule_id="penalty.service", start=decided_on)
    _open_publication(obj, decided_on)


@step(Case, "decide_on_spot", label="当场处罚（简易程序）", roles=STAFF, form=f.OnSpotForm,
      statute="行政处罚法第四十二条、第五十一条、第五十二条")
def case_decide_on_spot(*, obj, user, decided_on, decision_no, penalty_content, fine_amount=None, discretion_standard,
                        discretion_level, **_):
    if obj.kind != CaseKind.PENALTY or obj.procedure != Procedure.SIMPLE:
        raise GateRefused("not_simple_procedure", MSG_NOT_SIMPLE)
    limit = conf.setting("simple_fine_max_person" if obj.party_type == PartyType.PERSON else "simple_fine_max_entity")
    if fine_amount is not None and fine_amount > Decimal(str(limit)):
        raise GateRefused("simple_procedure_limit", MSG_SIMPLE_LIMIT.format(amount=fine_amount))
    require_certified(obj.officers.all(), decided_on, "当场处罚")
    obj.decide_on_spot()
    obj.registered_on = obj.decided_on = obj.served_on = decided_on
    obj.decision_no, obj.penalty_content, obj.fine_amount = decision_no, penalty_content, fine_amount
    obj.outcome, obj.service_method = Outcome.PENALTY, ServiceMethod.IN_PERSON
    obj.discretion_standard, obj.discretion_level = discretion_standard, discretion_level
    _open_publication(obj, decided_on)


# ---------------------------------------------------------------- 送达 › 执行 › 结案

@step(Case, "serve", label="送达", roles=STAFF, form=f.ServeForm, statute="行政处罚法第六十一条")
def case_serve(*, obj, user, served_on, method, **_):
    _date_after(served_on, obj.decided_on, "served_on", "送达日期", "决定日期")
    obj.serve()
    obj.served_on, obj.service_method = served_on, method
    deadline_close(obj=obj, rule_id="penalty.service", on=served_on)


@step(Case, "execute", label="执行", roles=STAFF, form=f.ExecuteForm, statute="行政处罚法第六十六条至第七十三条")
def case_execute(*, obj, user, executed_on, execution, **_):
    _date_after(executed_on, obj.served_on, "executed_on", "执行日期", "送达日期")
    obj.execute()
    obj.executed_on, obj.execution = executed_on, execution


@step(Case, "close", label="结案", roles=STAFF, form=f.CloseForm, statute="行政处罚法第四十七条（归档保存）")
def case_close(*, obj, user, closed_on, **_):
    _date_after(closed_on, obj.decided_on, "closed_on", "结案日期", "决定日期")
    if obj.state == CaseState.DECIDED and obj.outcome in SERVED_OUTCOMES:
        raise GateRefused("not_served", MSG_NOT_SERVED)
    if obj.state == CaseState.SERVED and obj.kind == CaseKind.PENALTY and obj.outcome == Outcome.PENALTY:
        raise GateRefused("not_executed", MSG_NOT_EXECUTED)
    obj.close()
    obj.closed_on = closed_on


# ---------------------------------------------------------------- 延期 · 公示 · 撤回

@step(Case, "extend", label="延长办案期限", roles=HEAD, form=f.ExtendForm, statute="行政处罚法第六十条")
def case_extend(*, obj, user, approved_on, days, approver, basis, reason, **_):
    if not obj.is_ordinary_penalty:
        raise GateRefused("extend_only_penalty", MSG_EXTEND_ONLY_PENALTY)
    clock = deadline_get(obj=obj, rule_id="penalty.case")
    if clock is None or approved_on > clock.due_date:
        raise GateRefused("extend_after_expiry", MSG_EXTEND_LATE.format(due=clock.due_date if clock else "（未立案）"))
    obj.extend()
    ext = CaseExtension(unit=obj.unit, created_by=user, case=obj, approved_on=approved_on, days=days,
                        approver=approver, basis=basis, reason=reason)
    ext._history_user = user
    ext.save()
    total = sum(obj.extensions.filter(is_void=False).values_list("days", flat=True))
    deadline_open(obj=obj, rule_id="penalty.case", start=obj.registered_on, count_override=90 + total,
                  label=f"行政处罚案件办理（已延长{total}日）：{obj}")
    return {"note": f"延长 {days} 日（累计 {total} 日），批准人：{approver}；依据：{basis}"}


@step(Case, "publish", label="公示执法决定", roles=STAFF, form=f.PublishForm, statute="国办发〔2018〕118号（六）；行政处罚法第四十八条")
def case_publish(*, obj, user, published_on, channel, **_):
    if not obj.publish_required:
        raise GateRefused("publication_exempt", MSG_NOT_TO_PUBLISH.format(reason=obj.publish_exempt_reason))
    if obj.outcome not in PUBLISHED_OUTCOMES:
        raise GateRefused("nothing_to_publish", MSG_NOTHING_TO_PUBLISH.format(outcome=obj.get_outcome_display()))
    if obj.published_on:
        raise GateRefused("already_published", MSG_ALREADY_PUBLISHED.format(on=obj.published_on))
    _date_after(published_on, obj.decided_on, "published_on", "公示日期", "决定日期")
    obj.publish()
    obj.published_on, obj.publication_channel = published_on, channel
    clock = deadline_close(obj=obj, rule_id=obj.publish_rule, on=published_on)
    if clock is not None and clock.status == "missed":
        return {"note": f"逾期公示：应于 {clock.due_date} 前公示。"}
    return None


@step(Case, "annul", label="登记决定被变更/撤销", roles=STAFF, form=f.AnnulForm, statute="行政处罚法第四十八条第二款", danger=True)
def case_annul(*, obj, user, annulled_on, annulled_by, reason, **_):
    if obj.annulled_on:
        raise GateRefused("already_annulled", MSG_ALREADY_ANNULLED.format(on=obj.annulled_on))
    _date_after(annulled_on, obj.decided_on, "annulled_on", "撤销/变更日期", "决定日期")
    obj.annul()
    obj.annulled_on, obj.annulled_by, obj.annulment_reason = annulled_on, annulled_by, reason
    if obj.published_on and not obj.withdrawn_on:
        deadline_open(obj=obj, rule_id="enforcement.withdraw_publication", start=annulled_on)
    else:
        deadline_cancel(obj=obj, rule_id=obj.publish_rule)


@step(Case, "withdraw_publication", label="撤回公示", roles=STAFF, form=f.WithdrawForm, statute="行政处罚法第四十八条第二款")
def case_withdraw_publication(*, obj, user, withdrawn_on, note, **_):
    if not obj.published_on:
        raise GateRefused("not_published", MSG_NOT_PUBLISHED)
    if not obj.annulled_on:
        raise GateRefused("not_annulled", MSG_NOT_ANNULLED)
    if obj.withdrawn_on:
        raise GateRefused("already_withdrawn", MSG_ALREADY_WITHDRAWN.format(on=obj.withdrawn_on))
    _date_after(withdrawn_on, obj.annulled_on, "withdrawn_on", "撤回日期", "撤销/变更日期")
    obj.withdraw_publication()
    obj.withdrawn_on, obj.withdrawal_note = withdrawn_on, note
    deadline_close(obj=obj, rule_id="enforcement.withdraw_publication", on=withdrawn_on)

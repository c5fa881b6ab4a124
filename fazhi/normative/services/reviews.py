"""合法性审核 steps, acted on the review request held by the reviewing unit (国办发〔2018〕115号（四）—（七））.

The reviewer acts on ``LegalityReview`` (their own unit's record); this service then moves the
township's document on and writes the event on both timelines.
"""

from __future__ import annotations

import datetime as dt

from fazhi.audit.services import event_record
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.deadlines.services import deadline_add_exclusion, deadline_close, deadline_compute
from fazhi.org.choices import Role

from .. import step_forms as sf
from ..choices import DocState, ReviewOpinion
from ..models import LegalityReview
from ..models.reviews import CONTENT_CHECKS
from .documents import RULE_REVIEW_MAX, RULE_REVIEW_MIN

MSG_NOT_DESIGNATED = ("只有合法性审核机构（{unit}）的法制审核员可以出具审核意见"
                      "（国办发〔2018〕115号（四））；您属于{mine}。")
MSG_DRAFTER = ("起草人不得对自己起草的文件出具合法性审核意见：审核应当由审核机构独立进行，"
               "不得以起草、征求意见、会签等方式代替合法性审核（国办发〔2018〕115号（七））。")
MSG_CHECKS = ("出具“合法”意见前，必须逐项审查并勾选：{missing}（国办发〔2018〕115号（六）："
              "不得违法设定行政许可、行政处罚、行政强制、行政征收、行政收费等事项，不得违法减损权益或者增加义务）。")
MSG_TOO_SHORT = ("审核时间一般不少于5个工作日（国办发〔2018〕115号（五）），最早可于{due}出具意见；"
                 "因突发事件或执行上级紧急命令需要立即制定的，请填写紧急制定的理由。")
MSG_OPINION_NEEDED = "属于规范性文件的，请选择审核意见：合法、不合法或应当予以修改。"


@step(LegalityReview, "give_opinion", label="出具审核意见", roles=[Role.LEGAL_REVIEWER], form=sf.ReviewOpinionForm,
      statute="国办发〔2018〕115号（四）（五）（六）")
def review_give_opinion(*, obj, user, opinion_on, is_normative, opinion, opinion_text, urgent_reason="", **checks):
    document = obj.document
    if user.unit_id != obj.unit_id:
        raise GateRefused("not_designated_reviewer", MSG_NOT_DESIGNATED.format(unit=obj.unit, mine=user.unit or "（无单位）"))
    if document.created_by_id == user.pk:
        raise GateRefused("reviewer_is_drafter", MSG_DRAFTER)
    if opinion_on < obj.submitted_on:
        raise InvalidInput(f"出具意见日期不能早于送审日期（{obj.submitted_on}）。")
    if is_normative and not opinion:
        raise InvalidInput(MSG_OPINION_NEEDED, {"opinion": [MSG_OPINION_NEEDED]})
    if is_normative and opinion == ReviewOpinion.LAWFUL:
        missing = [label for name, label in CONTENT_CHECKS if not checks.get(name)]
        if missing:
            raise GateRefused("content_checks_missing", MSG_CHECKS.format(missing="；".join(missing)))
    if obj.min_due and opinion_on < obj.min_due and not (urgent_reason or "").strip():
        raise GateRefused("review_too_short", MSG_TOO_SHORT.format(due=obj.min_due))

    obj.give_opinion()
    obj.opinion_on, obj.is_normative, obj.opinion_text, obj.urgent_reason = opinion_on, is_normative, opinion_text, urgent_reason
    obj.opinion = opinion if is_normative else ""
    obj.reviewer = user
    for name, _ in CONTENT_CHECKS:
        setattr(obj, name, bool(checks.get(name)))
    clock = deadline_close(obj=obj, rule_id=RULE_REVIEW_MAX, on=opinion_on)

    before = document.state
    if not is_normative:
        target = DocState.NOT_NORMATIVE
    elif opinion == ReviewOpinion.LAWFUL:
        target = DocState.REVIEWED
        document.review_passed_on = opinion_on
    else:
        target = DocState.REVISING
    document.receive_opinion(target)
    document._history_user = user
    document._change_reason = "合法性审核意见"
    document.save()
    label = f"合法性审核意见：{obj.get_opinion_display() or '不属于规范性文件'}"
    event_record(obj=document, verb="review_opinion", label=label, actor=user, from_state=before, to_state=document.state,
                 data={"review": obj.pk, "reviewing_unit": str(obj.unit), "opinion_on": opinion_on}, note=opinion_text)
    late = clock is not None and clock.status == "missed"
    return {"note": f"超过最长审核期（{clock.due_date}）出具意见。" if late else ""}


@step(LegalityReview, "record_supplement", label="退回补充材料", roles=[Role.LEGAL_REVIEWER], form=sf.SupplementForm,
      statute="国办发〔2018〕115号（五）")
def review_record_supplement(*, obj, user, returned_on, received_on, reason):
    """The days spent waiting for the drafter's supplements are excluded from both review clocks."""
    if user.unit_id != obj.unit_id:
        raise GateRefused("not_designated_reviewer", MSG_NOT_DESIGNATED.format(unit=obj.unit, mine=user.unit or "（无单位）"))
    if received_on < returned_on or returned_on < obj.submitted_on:
        raise InvalidInput("补充材料的日期有误：退回日不能早于送审日，收到日不能早于退回日。")
    obj.record_supplement()
    clock = deadline_add_exclusion(obj=obj, rule_id=RULE_REVIEW_MAX, start=returned_on, end=received_on,
                                   reason=f"退回补充材料：{reason}")
    obj.max_due = clock.due_date
    excluded = [(dt.date.fromisoformat(a), dt.date.fromisoformat(b), r) for a, b, r in clock.excluded]
    obj.min_due = deadline_compute(RULE_REVIEW_MIN, obj.submitted_on, excluded=excluded).due
    return {"note": f"扣除 {returned_on} 至 {received_on}；最长审核期届满日改为 {obj.max_due}。"}

"""行政应诉 steps (行政诉讼法第三条第三款; 行诉法解释第一百二十八至一百三十二条; 负责人出庭应诉规定 2020)."""

from __future__ import annotations

import datetime as dt

from fazhi.core.dates import date_not_before as _not_before
from fazhi.core.dates import date_not_future as _not_future
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.workflow import step
from fazhi.deadlines.services import today
from fazhi.org.choices import Role

from . import forms as f
from .choices import LOST, MUST_APPEAR
from .models import Hearing, Lawsuit, Suggestion

OPERATORS = [Role.OPERATOR, Role.LEADER]
MSG_ONLY_LAWYER = ("行政机关负责人不能出庭的，应当委托行政机关相应的工作人员出庭，不得仅委托律师出庭"
                   "（行政诉讼法第三条第三款；行诉法解释第一百二十八条）。")
MSG_NO_EXPLANATION = ("{why}，负责人不能出庭的，应当向人民法院提交加盖行政机关印章或者由主要负责人签字的情况说明"
                      "（出庭应诉规定第九条；行诉法解释第一百二十九条）。")
MSG_HEAD_WHO = "负责人出庭的，请填写出庭负责人姓名和职务类别（出庭应诉规定第二条）。"
MSG_NOT_LOST = "本案裁判结果不是败诉，没有需要履行的判决。"
MSG_NOT_EFFECTIVE = "裁判尚未生效，请先登记生效日期。"




@step(Lawsuit, "record_hearing", label="登记开庭", roles=OPERATORS, form=f.HearingForm,
      statute="行政诉讼法第三条第三款；出庭应诉规定第二、四、九条")
def lawsuit_record_hearing(*, obj: Lawsuit, user, held_on, head_appeared, head_name, head_rank, staff_appeared,
                           summoned, explanation_filed, note):
    """One hearing: who appeared. An absent head needs staff in court (not only a lawyer) and, when the
    court summoned the head or the case is one where it must, a written 情况说明."""
    _not_future(held_on, "开庭日期")
    _not_before(held_on, obj.filed_on, "开庭日期", "收到起诉状副本日期")
    if head_appeared and not (head_name and head_rank):
        raise InvalidInput(MSG_HEAD_WHO, {"head_name": [MSG_HEAD_WHO]})
    if not head_appeared:
        if not staff_appeared:
            raise GateRefused("only_lawyer", MSG_ONLY_LAWYER)
        if (summoned or obj.category in MUST_APPEAR) and not explanation_filed:
            why = "人民法院已通知负责人出庭" if summoned else f"本案属“{obj.get_category_display()}”案件，人民法院应当通知负责人出庭"
            raise GateRefused("no_explanation", MSG_NO_EXPLANATION.format(why=why))
    obj.record_hearing()
    h = Hearing(unit=obj.unit, lawsuit=obj, held_on=held_on, head_appeared=head_appeared, head_name=head_name,
                head_rank=head_rank, staff_appeared=staff_appeared or head_appeared, summoned=summoned,
                explanation_filed=explanation_filed, note=note, created_by=user)
    h._history_user = user
    h.save()


@step(Lawsuit, "judge", label="登记裁判结果", roles=OPERATORS, form=f.JudgeForm, statute="行政诉讼法第六十九至七十八条")
def lawsuit_judge(*, obj: Lawsuit, user, judged_on, outcome, doc_no, effective_on):
    _not_future(judged_on, "裁判日期")
    _not_before(judged_on, obj.filed_on, "裁判日期", "收到起诉状副本日期")
    if effective_on is not None:
        _not_before(effective_on, judged_on, "生效日期", "裁判日期")
    obj.judge()
    obj.judged_on, obj.outcome, obj.judgment_doc_no, obj.effective_on = judged_on, outcome, doc_no, effective_on


@step(Lawsuit, "comply", label="履行生效裁判", roles=OPERATORS, form=f.ComplyForm, statute="行政诉讼法第九十四、九十五条")
def lawsuit_comply(*, obj: Lawsuit, user, complied_on, note):
    if obj.outcome not in LOST:
        raise GateRefused("not_lost", MSG_NOT_LOST)
    if obj.effective_on is None:
        raise GateRefused("not_effective", MSG_NOT_EFFECTIVE)
    _not_future(complied_on, "履行日期")
    _not_before(complied_on, obj.effective_on, "履行日期", "生效日期")
    obj.comply()
    obj.complied_on, obj.compliance_note = complied_on, note


@step(Suggestion, "reply", label="回复", roles=OPERATORS, form=f.SuggestionReplyForm, statute="出庭应诉规定第十二条；人民检察院检察建议工作规定")
def suggestion_reply(*, obj: Suggestion, user, replied_on, doc_no, adopted):
    _not_future(replied_on, "回复日期")
    _not_before(replied_on, obj.received_on, "回复日期", "收到日期")
    obj.reply()
    obj.replied_on, obj.reply_doc_no, obj.adopted = replied_on, doc_no, adopted

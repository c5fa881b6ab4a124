"""Figures of the 信访 register (issue 5): computed from the records, never stored.

Conventions (written beside each rate, docs/petitions.md):
* 受理数 — 初次信访中已受理的件数（不含不予受理、转送、异议退回）；
* 办结率 = 当年受理且当年答复办结的件数 ÷ 当年受理件数（按收到日期归年）；
* 按期办结率 = 办结件中办理期限（含经批准延长的期限）内答复的件数 ÷ 办结件数；
* 满意率 =（满意 + 基本满意）÷ 已回访且表达评价的件数（“无法联系”不计入分母）；
* 重复信访率 = 确认为重复信访的件数 ÷ 登记的初次信访件数。
"""

from django.db.models import F, Q

from fazhi.deadlines.models import Deadline
from fazhi.indicators.registry import Indicator, declare

from .choices import RATED_VALUES, SATISFIED_VALUES, Channel, Escalation, Result, Stage, State
from .models import LeaderReception, Petition

INITIAL = Q(stage=Stage.INITIAL)
ACCEPTED = Q(accepted_on__isnull=False)
CLOSED = Q(state=State.CLOSED)
HANDLE_RULES = ["petition.handle", "petition.review", "petition.re_review"]
MISSED = Q(pk__in=Deadline.objects.filter(
    content_type__app_label="petitions", content_type__model="petition", rule_id__in=HANDLE_RULES, status="missed",
).values("object_id"))

S = "A.petitions"
declare(Indicator(key="petitions.received", name="登记信访事项", unit="件", model=Petition, date_field="received_on",
                  base=INITIAL, section=S))
declare(Indicator(key="petitions.accepted", name="受理信访事项", unit="件", model=Petition, date_field="received_on",
                  base=INITIAL & ACCEPTED, section=S, convention="初次信访中已受理的件数，不含不予受理、转送和异议退回的事项"))
declare(Indicator(key="petitions.closed", name="办结信访事项", unit="件", model=Petition, date_field="received_on",
                  base=INITIAL & CLOSED, section=S))
declare(Indicator(key="petitions.closed_same_year", name="当年办结信访事项", unit="件", model=Petition,
                  date_field="received_on", base=INITIAL & CLOSED & Q(closed_on__year=F("received_on__year")), section=S,
                  convention="当年受理、且在同一年内答复办结的件数"))
declare(Indicator(
    key="petitions.closure_rate", name="信访事项办结率", unit="%", model=Petition, date_field="received_on",
    base=INITIAL, kind="rate", denominator=ACCEPTED, numerator=CLOSED & Q(closed_on__year=F("received_on__year")),
    statute="信访工作条例第三十四条", section=S,
    convention="当年受理且当年答复办结的件数 ÷ 当年受理件数（按收到日期归年；重新办理中的不算办结）",
))
declare(Indicator(
    key="petitions.on_time_rate", name="信访事项按期办结率", unit="%", model=Petition, date_field="received_on",
    kind="rate", denominator=CLOSED, numerator=~MISSED, statute="信访工作条例第三十四至三十六条", section=S,
    convention="办结件中在办理期限（60日，经负责人批准延长的再加30日；复查、复核30日）内答复的件数 ÷ 办结件数",
))
declare(Indicator(
    key="petitions.satisfaction_rate", name="信访事项回访满意率", unit="%", model=Petition, date_field="received_on",
    kind="rate", denominator=Q(satisfaction__in=RATED_VALUES), numerator=Q(satisfaction__in=SATISFIED_VALUES), section=S,
    convention="（满意 + 基本满意）÷ 已回访并表达评价的件数；“无法联系”不计入分母；与办结结果（是否解决）分开统计",
))
declare(Indicator(
    key="petitions.repeat_rate", name="重复信访率", unit="%", model=Petition, date_field="received_on", base=INITIAL,
    kind="rate", numerator=Q(repeat_of__isnull=False), section=S,
    convention="登记时确认为重复信访（填写了原件编号）的件数 ÷ 登记的初次信访件数",
))
declare(Indicator(key="petitions.closed_unsolved", name="办结但未解决", unit="件", model=Petition, date_field="received_on",
                  base=CLOSED & Q(result__in=[Result.UNSOLVED]), section=S))
declare(Indicator(key="petitions.reopened", name="重新办理的信访事项", unit="件", model=Petition, date_field="received_on",
                  base=Q(reopened_count__gt=0), section=S))
declare(Indicator(key="petitions.reopen_times", name="重新办理次数", unit="次", model=Petition, date_field="received_on",
                  kind="sum", sum_field="reopened_count", rounding=0, section=S))
declare(Indicator(key="petitions.legacy_closed", name="化解信访遗留问题", unit="件", model=Petition, date_field="closed_on",
                  base=CLOSED & Q(is_legacy=True), section=S, convention="标记为信访遗留问题、当年答复办结的件数"))
declare(Indicator(key="petitions.letters_visits", name="群众来信来访", unit="件", model=Petition, date_field="received_on",
                  base=INITIAL & Q(channel__in=[Channel.LETTER, Channel.VISIT]), section=S))
declare(Indicator(key="petitions.bypass", name="越级上访", unit="件", model=Petition, date_field="received_on",
                  base=Q(escalation=Escalation.BYPASS), section=S))
declare(Indicator(key="petitions.beijing", name="进京非正常访", unit="件", model=Petition, date_field="received_on",
                  base=Q(escalation=Escalation.BEIJING), section=S))
declare(Indicator(key="petitions.key_cases", name="重点信访案件（领导包案）", unit="件", model=Petition,
                  date_field="received_on", base=Q(is_key_case=True), section=S))
declare(Indicator(key="petitions.reviews", name="复查事项", unit="件", model=Petition, date_field="received_on",
                  base=Q(stage=Stage.REVIEW), section=S))
declare(Indicator(key="petitions.re_reviews", name="复核事项", unit="件", model=Petition, date_field="received_on",
                  base=Q(stage=Stage.RE_REVIEW), section=S))
declare(Indicator(key="petitions.receptions", name="领导接访下访", unit="次", model=LeaderReception, date_field="held_on",
                  section=S))
declare(Indicator(key="petitions.reception_cases", name="领导接访下访接待事项", unit="件", model=LeaderReception,
                  date_field="held_on", kind="sum", sum_field="cases_received", rounding=0, section=S))
declare(Indicator(key="petitions.principal_reception_cases", name="主要领导接访下访接待事项", unit="件",
                  model=LeaderReception, date_field="held_on", base=Q(leader_rank="principal"), kind="sum",
                  sum_field="cases_received", rounding=0, section=S))

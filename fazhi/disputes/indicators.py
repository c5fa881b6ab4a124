"""Figures of 矛盾纠纷排查化解, computed from the ledgers (issue 5).

Conventions: 排查数 = 当年发现/受理登记的纠纷；调解数 = 调解已有结果（成功或不成）的纠纷；
调解成功率 = 调解成功 ÷ 调解数 (GLOSSARY)；调解周期 = 调结日期 − 发现/受理日期（天）；
满意率 =（满意 + 基本满意）÷ 已回访并表达评价的件数。
"""

from django.db.models import Q

from fazhi.indicators.registry import Indicator, Value, declare

from .choices import BodyKind, Cause, Impact, IncidentKind, Method, Performance, SpecialField, State
from .models import Dispute, Incident, MediationBody, Mediator, MediatorTraining, Screening

S = "A.disputes"
MEDIATED = Q(state__in=[State.RESOLVED, State.FAILED])
RESOLVED = Q(state=State.RESOLVED)


def _cycles(qs):
    rows = list(qs.filter(closed_on__isnull=False).values_list("pk", "received_on", "closed_on"))
    return [pk for pk, _, _ in rows], [(c - r).days for _, r, c in rows]


def _avg_cycle(qs) -> Value:
    ids, days = _cycles(qs)
    return Value(round(sum(days) / len(days), 1) if days else None, sum(days), len(days), ids)


def _max_cycle(qs) -> Value:
    ids, days = _cycles(qs)
    return Value(max(days) if days else None, record_ids=ids)


def _distinct(field):
    def func(qs) -> Value:
        values = {v for v in qs.values_list(field, flat=True) if v}
        return Value(len(values), record_ids=list(qs.values_list("pk", flat=True)))
    return func


def _duty_participants(qs) -> Value:
    names = {m for body in qs for m in body.member_list}
    return Value(len(names), record_ids=list(qs.values_list("pk", flat=True)))


def d(key, name, unit, model=Dispute, date_field="received_on", **kw):
    declare(Indicator(key=f"disputes.{key}", name=name, unit=unit, model=model, date_field=date_field, section=S, **kw))


d("screened", "排查矛盾纠纷", "件", convention="当年发现或受理登记的矛盾纠纷件数（含移交、调解中）")
d("mediated", "调解矛盾纠纷", "件", base=MEDIATED, convention="调解已有结果（调解成功或调解不成）的件数")
d("resolved", "调解成功", "件", base=RESOLVED)
d("success_rate", "调解成功率", "%", kind="rate", denominator=MEDIATED, numerator=RESOLVED,
  convention="调解成功 ÷ 调解数（调解成功 + 调解不成）；移交和尚在调解的不计入")
d("failed", "调解不成", "件", base=Q(state=State.FAILED))
d("referred", "移交处理", "件", base=Q(state=State.REFERRED))
d("agreement_amount", "调解协议涉及金额", "元", base=RESOLVED, kind="sum", sum_field="agreement_amount", rounding=2)
d("performed", "调解协议已履行", "件", base=RESOLVED & Q(performance=Performance.FULL))
d("performance_rate", "调解协议履行率", "%", base=RESOLVED, kind="rate", numerator=Q(performance=Performance.FULL),
  convention="已全部履行的协议 ÷ 调解成功件数")
d("confirmed", "司法确认", "件", base=Q(confirmation="confirmed"))
d("legacy", "调解信访陈年旧案", "件", base=MEDIATED & Q(is_legacy=True), convention="标记为信访遗留问题且调解已有结果的件数")
d("administrative", "行政调解案件", "件", base=Q(method=Method.ADMINISTRATIVE))
d("people_mediation", "人民调解案件", "件", base=Q(method=Method.PEOPLE))
d("high_risk", "高风险及重大风险纠纷", "件", base=Q(risk_level__in=["high", "major"]))
d("poverty", "扶贫领域矛盾纠纷", "件", base=Q(special_field=SpecialField.POVERTY))
d("avg_cycle", "平均调解周期", "天", base=MEDIATED, kind="custom", func=_avg_cycle,
  convention="调解已有结果的纠纷，调结日期 − 发现/受理日期的平均天数")
d("max_cycle", "最长调解周期", "天", base=MEDIATED, kind="custom", func=_max_cycle,
  convention="调解已有结果的纠纷中，调结日期 − 发现/受理日期的最大天数")
d("methods_used", "采用的调解方式", "种", kind="custom", func=_distinct("method"),
  convention="当年纠纷中实际使用的调解方式种数（人民调解、行政调解、司法调解、访调、诉调、警调）")
d("sources_used", "纠纷化解渠道", "种", kind="custom", func=_distinct("source"), convention="当年纠纷的不同来源渠道种数")
d("satisfaction_rate", "调解工作满意率", "%", kind="rate",
  denominator=Q(satisfaction__in=["satisfied", "basic", "dissatisfied"]), numerator=Q(satisfaction__in=["satisfied", "basic"]),
  convention="（满意 + 基本满意）÷ 已回访并表达评价的件数")
d("screenings", "月度矛盾纠纷排查", "次", model=Screening, date_field="conducted_on")
# what a township reports as its own 大走访大排查: the sweeps it ran itself, not each village's monthly return
d("unit_screenings", "本级组织的矛盾纠纷排查（不含村/社区）", "次", model=Screening, date_field="conducted_on",
  base=~Q(unit__level="village"))
d("analysis_meetings", "排查暨社会治安形势分析会", "次", model=Screening, date_field="analysis_meeting_on",
  base=Q(analysis_meeting_on__isnull=False))
d("trainings", "人民调解员培训", "次", model=MediatorTraining, date_field="held_on")
d("mediators", "在册调解员", "人", model=Mediator, date_field=None, base=Q(is_active=True))
d("legal_literate_mediators", "担任调解员的法律明白人", "人", model=Mediator, date_field=None,
  base=Q(is_active=True, is_legal_literate=True))
d("duty_participants", "联合值班制度参与方", "方", model=MediationBody, date_field=None, base=Q(kind=BodyKind.DUTY),
  kind="custom", func=_duty_participants)
d("incidents_major", "有重大影响的群体性事件", "起", model=Incident, date_field="occurred_on",
  base=Q(kind=IncidentKind.MASS, impact=Impact.MAJOR))
d("incidents_mass", "大规模群体性事件", "起", model=Incident, date_field="occurred_on",
  base=Q(kind=IncidentKind.MASS, impact__in=[Impact.LARGE, Impact.MAJOR]))
d("incidents_civil_suicide", "民间纠纷引起的自杀", "起", model=Incident, date_field="occurred_on",
  base=Q(kind=IncidentKind.SUICIDE, cause=Cause.CIVIL_DISPUTE))
for kind, label in ((IncidentKind.MASS_PETITION, "群体性上访"), (IncidentKind.FIGHT, "群体性械斗"),
                    (IncidentKind.CIVIL_TO_CRIMINAL, "民转刑案件"), (IncidentKind.SUICIDE, "自杀事件")):
    d(f"incidents_poor_{kind}", f"因调处不力引发的{label}", "起", model=Incident, date_field="occurred_on",
      base=Q(kind=kind, cause=Cause.POOR_MEDIATION))

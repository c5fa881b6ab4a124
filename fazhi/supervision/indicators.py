"""Figures of 督察与考核, computed from the records (issue 9; seed 003 §一（二）)."""

from django.db.models import F, Q

from fazhi.indicators.registry import Indicator, Value, declare
from fazhi.org.choices import UnitLevel

from .choices import AssessmentKind, FindingState, InspectionSource
from .models import Assessment, Finding, IndicatorNode, Inspection, InspectionItem, Task


def _scope_units(level: str):
    def func(qs) -> Value:
        ids = list(qs.values_list("pk", flat=True))
        through = Inspection.scope_units.through.objects.filter(inspection_id__in=ids, unit__level=level)
        return Value(through.values("unit_id").distinct().count(), record_ids=ids)
    return func


def _self_evaluated_units(qs) -> Value:
    ids = list(qs.values_list("pk", flat=True))
    through = Assessment.scope_units.through.objects.filter(assessment_id__in=ids)
    return Value(through.values("unit_id").distinct().count(), record_ids=ids)


def _system_leaves(qs) -> Value:
    ids = list(qs.values_list("pk", flat=True))
    systems = qs.values("system_id")
    return Value(IndicatorNode.objects.filter(system_id__in=systems, level=3).count(), record_ids=ids)


declare(Indicator(
    key="supervision.plan_tasks", name="工作要点部署任务", unit="项", model=Task, date_field="plan__issued_on",
    kind="count", section="A.leadership", convention="按工作要点印发年度计；作废的任务不计。",
))
declare(Indicator(
    key="supervision.inspection_items", name="督导督查任务", unit="项", model=InspectionItem,
    date_field="inspection__start_on", base=Q(inspection__source=InspectionSource.OWN), kind="count",
    section="A.supervision", convention="本级组织的督导督查所列督查事项，按督查开始日期计年度。",
))
declare(Indicator(
    key="supervision.inspected_townships", name="被督查乡镇（街道）", unit="个", model=Inspection, date_field="start_on",
    base=Q(source=InspectionSource.OWN), kind="custom", func=_scope_units(UnitLevel.TOWNSHIP), section="A.supervision",
    convention="本级督导督查的被督查单位中乡镇（街道）去重计数。",
))
declare(Indicator(
    key="supervision.inspected_departments", name="被督查部门和单位", unit="个", model=Inspection, date_field="start_on",
    base=Q(source=InspectionSource.OWN), kind="custom", func=_scope_units(UnitLevel.DEPARTMENT), section="A.supervision",
    convention="本级督导督查的被督查单位中部门去重计数。",
))
declare(Indicator(
    key="supervision.findings", name="督查发现问题", unit="个", model=Finding, date_field="found_on", kind="count",
    section="A.supervision", convention="含上级督察反馈的问题；按发现日期计年度。",
))
declare(Indicator(
    key="supervision.rectification_rate", name="问题整改完成率", unit="%", model=Finding, date_field="found_on",
    kind="rate", numerator=Q(state=FindingState.ACCEPTED), section="A.supervision",
    convention="验收通过（销号）的问题 ÷ 发现的问题（按发现日期计年度）× 100%；报送未验收的不算完成。",
))
declare(Indicator(
    key="supervision.rectification_on_time_rate", name="问题按期整改率", unit="%", model=Finding, date_field="found_on",
    kind="rate", denominator=Q(state=FindingState.ACCEPTED), numerator=Q(accepted_on__lte=F("due_on")),
    section="A.supervision", convention="销号日期不晚于整改期限的问题 ÷ 已销号问题 × 100%。",
))
declare(Indicator(
    key="supervision.self_evaluated_units", name="开展自查评估的部门和单位", unit="个", model=Assessment,
    date_field="start_on", base=Q(kind=AssessmentKind.SELF_EVALUATION), kind="custom", func=_self_evaluated_units,
    section="A.supervision", convention="自查评估的被评估单位去重计数。",
))
declare(Indicator(
    key="supervision.self_evaluation_indicators", name="自查评估指标", unit="项", model=Assessment,
    date_field="start_on", base=Q(kind=AssessmentKind.SELF_EVALUATION), kind="custom", func=_system_leaves,
    section="A.supervision", convention="自查评估所用指标体系的三级指标项数。",
))

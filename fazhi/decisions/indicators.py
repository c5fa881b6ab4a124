"""Figures of 重大行政决策 (section A.decisions), computed from the procedure records."""

from django.db.models import Q

from fazhi.indicators.registry import Indicator, Value, declare

from .choices import PASSED_OUTCOMES, Category, ConsultState, HearingState, ReviewState
from .models import CatalogueItem, Consultation, DecisionCatalogue, DecisionReview, Hearing, MajorDecision, RiskAssessment
from .selectors import decision_checklist

SECTION = "A.decisions"


def _procedures_complete(qs):
    """Decided decisions whose every required procedure is done or lawfully waived."""
    ids = list(qs.values_list("pk", flat=True))
    done = [d.pk for d in MajorDecision.objects.filter(pk__in=ids)
            if all(r.status in ("done", "waived", "not_required") for r in decision_checklist(d))]
    value = round(len(done) * 100 / len(ids), 1) if ids else None
    return Value(value, len(done), len(ids), done)


def _distinct_decisions(qs):
    return Value(qs.values("decision").distinct().count(), record_ids=list(qs.values_list("pk", flat=True)))


declare(Indicator(
    key="decisions.started", name="启动重大行政决策事项", unit="项", model=MajorDecision, date_field="started_on",
    base=Q(started_on__isnull=False), kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.decided", name="集体讨论决定的重大行政决策", unit="项", model=MajorDecision, date_field="decided_on",
    base=Q(decided_on__isnull=False, outcome__in=PASSED_OUTCOMES), kind="count", section=SECTION, statute="条例第30条",
))
declare(Indicator(
    key="decisions.not_in_catalogue", name="未列入决策事项目录的决策", unit="项", model=MajorDecision,
    date_field="decided_on", base=Q(decided_on__isnull=False, catalogue_item__isnull=True), kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.procedures_complete_rate", name="重大行政决策法定程序履行率", unit="%", model=MajorDecision,
    date_field="decided_on", base=Q(decided_on__isnull=False), kind="custom", func=_procedures_complete, section=SECTION,
    convention="统计年度内集体讨论决定的决策中，按事项类别须履行的程序均已完成或依法记录不履行理由的件数 ÷ 决定件数",
))
declare(Indicator(
    key="decisions.legality_reviewed", name="经合法性审查的重大行政决策", unit="项", model=DecisionReview,
    scope_field="decision__unit", date_field="opinion_on", base=Q(state=ReviewState.DONE), kind="custom",
    func=_distinct_decisions, section=SECTION, statute="条例第25条",
))
declare(Indicator(
    key="decisions.consultations", name="重大行政决策公众参与", unit="次", model=Consultation, date_field="start_on",
    kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.public_participants", name="公开听取征求群众意见", unit="人次", model=Consultation,
    date_field="start_on", base=Q(state=ConsultState.CLOSED), kind="sum", sum_field="participants", section=SECTION,
    convention="已结束的公众参与活动登记的参与人次之和，按开始日期归属年度",
))
declare(Indicator(
    key="decisions.hearings", name="重大行政决策听证", unit="次", model=Hearing, date_field="hearing_on",
    base=Q(state=HearingState.HELD), kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.project_hearing_rate", name="重大公共建设项目决策公示和听证率", unit="%", model=MajorDecision,
    date_field="decided_on", base=Q(decided_on__isnull=False, category=Category.PROJECT), kind="rate",
    numerator=Q(consultations__state=ConsultState.CLOSED, consultations__is_void=False,
                hearings__state=HearingState.HELD, hearings__is_void=False),
    section=SECTION, convention="统计年度内决定的重大公共建设项目决策中，既有已结束的公众参与又举行了听证的件数 ÷ 决定件数",
))
declare(Indicator(
    key="decisions.risk_assessments", name="开展社会稳定风险评估", unit="个", model=RiskAssessment,
    date_field="assessed_on", kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.risk_assessments_filed", name="社会稳定风险评估备案", unit="个", model=RiskAssessment,
    date_field="filed_on", base=Q(filed_on__isnull=False), kind="count", section=SECTION,
    convention="按备案日期归属年度；含重点项目和重大决策",
))
declare(Indicator(
    key="decisions.catalogues_published", name="公布重大行政决策事项目录", unit="份", model=DecisionCatalogue,
    date_field="published_on", base=Q(published_on__isnull=False), kind="count", section=SECTION, statute="条例第3条第3款",
))
declare(Indicator(
    key="decisions.catalogue_items", name="决策事项目录所列事项", unit="项", model=CatalogueItem,
    date_field="catalogue__published_on", base=Q(catalogue__published_on__isnull=False, catalogue__is_void=False),
    kind="count", section=SECTION,
))
declare(Indicator(
    key="decisions.post_evaluations", name="决策后评估", unit="项", model=MajorDecision, date_field="evaluated_on",
    base=Q(evaluated_on__isnull=False), kind="count", section=SECTION, statute="条例第36条",
))

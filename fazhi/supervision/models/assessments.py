"""考核评价 / 自查评估: an indicator system applied to a set of units for a year, and their self-reports."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import AssessmentKind, AssessmentState, SelfReportState
from ..scoping import IssuedQuerySet


class AssessmentQuerySet(IssuedQuerySet):
    """The units assessed see the assessment (to self-report and read their own results)."""

    issuer_field = "unit"

    def extra_view_q(self, user):
        from fazhi.core.scoping import units_for

        through = Assessment.scope_units.through.objects.filter(unit__in=units_for(user, "view"))
        return Q(pk__in=through.values("assessment_id"))


class Assessment(LedgerModel):
    """A run of ``system`` over ``scope_units`` for ``year``, organised by ``unit`` (its inspectors score).

    Bound indicators are computed from the records whenever results are read (never stored);
    manual indicators come from ``SelfReport`` rows scored by an inspector.
    """

    title = models.CharField("名称", max_length=200)
    kind = models.CharField("类型", max_length=20, choices=AssessmentKind.choices, default=AssessmentKind.ASSESSMENT)
    year = models.PositiveIntegerField("考核年度")
    start_on = models.DateField("开始日期")
    system = models.ForeignKey("supervision.IndicatorSystem", verbose_name="指标体系", on_delete=models.PROTECT,
                               related_name="assessments")
    scope_units = models.ManyToManyField("org.Unit", verbose_name="被评估单位", blank=True, related_name="+")
    report_due = models.DateField("自评报送截止日", null=True, blank=True)
    state = FSMField("办理状态", default=AssessmentState.DRAFT, choices=AssessmentState.choices)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        verbose_name = "考核评估"
        verbose_name_plural = "考核评估"
        ordering = ["-year", "-pk"]

    def __str__(self) -> str:
        return self.title

    @transition(field=state, source=AssessmentState.DRAFT, target=AssessmentState.OPEN)
    def launch(self):
        pass

    @transition(field=state, source=AssessmentState.OPEN, target=AssessmentState.CLOSED)
    def close(self):
        pass


class SelfReportQuerySet(IssuedQuerySet):
    issuer_field = "assessment__unit"


class SelfReport(LedgerModel):
    """A unit's self-report on one manual indicator, with evidence; an inspector scores or returns it."""

    assessment = models.ForeignKey(Assessment, verbose_name="考核评估", on_delete=models.PROTECT, related_name="self_reports")
    node = models.ForeignKey("supervision.IndicatorNode", verbose_name="指标", on_delete=models.PROTECT, related_name="+")
    statement = models.TextField("落实情况（自评说明）")
    self_score = models.DecimalField("自评分", max_digits=7, decimal_places=2, null=True, blank=True)
    state = FSMField("办理状态", default=SelfReportState.SUBMITTED, choices=SelfReportState.choices)
    score = models.DecimalField("评定得分", max_digits=7, decimal_places=2, null=True, blank=True, editable=False)
    comment = models.TextField("评分意见", blank=True, editable=False)
    scored_by = models.ForeignKey("org.User", verbose_name="评分人", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+", editable=False)

    objects = SelfReportQuerySet.as_manager()

    class Meta:
        verbose_name = "自评填报"
        verbose_name_plural = "自评填报"
        ordering = ["assessment", "unit", "node__order"]

    def __str__(self) -> str:
        return f"{self.unit.display_name}·{self.node.code} {self.node.title[:20]}"

    @transition(field=state, source=SelfReportState.RETURNED, target=SelfReportState.SUBMITTED)
    def resubmit(self):
        pass

    @transition(field=state, source=SelfReportState.SUBMITTED, target=SelfReportState.SCORED)
    def grade(self):
        pass

    @transition(field=state, source=SelfReportState.SUBMITTED, target=SelfReportState.RETURNED)
    def send_back(self):
        pass

"""督导督查: an inspection of units below, its 督查事项, the findings per unit and their 整改 rounds."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import FindingCategory, FindingState, InspectionSource, ReviewOutcome
from ..scoping import IssuedQuerySet


class InspectionQuerySet(IssuedQuerySet):
    """The units inspected see the inspection (its scope and checklist), not each other's findings."""

    issuer_field = "unit"

    def extra_view_q(self, user):
        return Q(pk__in=_scoped_inspections(user))


def _scoped_inspections(user):
    from fazhi.core.scoping import units_for

    return Inspection.scope_units.through.objects.filter(unit__in=units_for(user, "view")).values("inspection_id")


class InspectionItemQuerySet(IssuedQuerySet):
    issuer_field = "unit"

    def extra_view_q(self, user):
        return Q(inspection_id__in=_scoped_inspections(user))


class Inspection(LedgerModel):
    """One 督导督查 (or a 督察 from above, entered by the unit it concerns), owned by ``unit``.

    The owning unit raises findings for the units in its scope and re-checks their 整改.
    Basis: 《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号).
    """

    source = models.CharField("来源", max_length=20, choices=InspectionSource.choices, default=InspectionSource.OWN)
    title = models.CharField("名称", max_length=200)
    year = models.PositiveIntegerField("年度")
    start_on = models.DateField("开始日期")
    end_on = models.DateField("结束日期", null=True, blank=True)
    inspectors = models.CharField("督查人员", max_length=300, blank=True)
    topics = models.TextField("督查内容", blank=True)
    doc_no = models.CharField("通知/反馈文号", max_length=100, blank=True)
    plan = models.ForeignKey("supervision.WorkPlan", verbose_name="对应工作要点", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="inspections")
    scope_units = models.ManyToManyField("org.Unit", verbose_name="被督查单位", blank=True, related_name="+")

    objects = InspectionQuerySet.as_manager()

    class Meta:
        verbose_name = "督导督查"
        verbose_name_plural = "督导督查"
        ordering = ["-start_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_external(self) -> bool:
        return self.source != InspectionSource.OWN

    def clean(self):
        if self.end_on and self.start_on and self.end_on < self.start_on:
            raise ValidationError({"end_on": "结束日期不能早于开始日期。"})


class InspectionItem(LedgerModel):
    """One 督查任务 (checked point) of an inspection; ``unit`` is the inspection's unit."""

    inspection = models.ForeignKey(Inspection, verbose_name="督导督查", on_delete=models.PROTECT, related_name="items")
    number = models.PositiveIntegerField("序号")
    content = models.TextField("督查事项")
    task = models.ForeignKey("supervision.Task", verbose_name="对应工作要点任务", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="inspection_items")

    objects = InspectionItemQuerySet.as_manager()

    class Meta:
        verbose_name = "督查事项"
        verbose_name_plural = "督查事项"
        ordering = ["inspection", "number", "pk"]

    def __str__(self) -> str:
        return f"{self.number}. {self.content[:40]}"

    def clean(self):
        if self.inspection_id and self.unit_id and self.inspection.unit_id != self.unit_id:
            raise ValidationError({"inspection": "督查事项须登记在组织督查的单位名下。"})


class FindingQuerySet(IssuedQuerySet):
    issuer_field = "inspection__unit"


class Finding(LedgerModel):
    """A problem found in ``unit`` by an inspection — the 整改事项 it must rectify by ``due_on``.

    States: 待整改 → 已报送待验收 → 验收通过（销号）, or → 退回重新整改 → 已报送… again. Each
    报送 is a ``Rectification`` round with its evidence; the re-check is recorded on the round.
    """

    inspection = models.ForeignKey(Inspection, verbose_name="督导督查", on_delete=models.PROTECT, related_name="findings")
    item = models.ForeignKey(InspectionItem, verbose_name="督查事项", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="findings")
    category = models.CharField("问题类型", max_length=20, choices=FindingCategory.choices, default=FindingCategory.OTHER)
    description = models.TextField("问题描述")
    requirement = models.TextField("整改要求", blank=True)
    found_on = models.DateField("发现日期")
    due_on = models.DateField("整改期限")
    accepted_on = models.DateField("销号日期", null=True, blank=True, editable=False)
    state = FSMField("办理状态", default=FindingState.OPEN, choices=FindingState.choices)

    objects = FindingQuerySet.as_manager()

    class Meta:
        verbose_name = "督查问题整改"
        verbose_name_plural = "督查问题整改"
        ordering = ["-found_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.unit.display_name}：{self.description[:30]}"

    @transition(field=state, source=[FindingState.OPEN, FindingState.RETURNED], target=FindingState.SUBMITTED)
    def submit(self):
        pass

    @transition(field=state, source=FindingState.SUBMITTED, target=FindingState.ACCEPTED)
    def accept(self):
        pass

    @transition(field=state, source=FindingState.SUBMITTED, target=FindingState.RETURNED)
    def send_back(self):
        pass

    @property
    def responsible_unit(self):
        return self.unit

    @property
    def is_closed(self) -> bool:
        return self.state == FindingState.ACCEPTED


class RectificationQuerySet(IssuedQuerySet):
    issuer_field = "finding__inspection__unit"


class Rectification(LedgerModel):
    """One 整改报告 round of a finding (``unit`` = the finding's unit) and the inspector's re-check of it."""

    finding = models.ForeignKey(Finding, verbose_name="整改事项", on_delete=models.PROTECT, related_name="rounds")
    round = models.PositiveIntegerField("轮次")
    measures = models.TextField("整改措施及成效")
    completed_on = models.DateField("整改完成日期")
    outcome = models.CharField("验收结果", max_length=20, choices=ReviewOutcome.choices, default=ReviewOutcome.PENDING)
    review_comment = models.TextField("验收意见", blank=True)
    reviewed_by = models.ForeignKey("org.User", verbose_name="验收人", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    reviewed_on = models.DateField("验收日期", null=True, blank=True)

    objects = RectificationQuerySet.as_manager()

    class Meta:
        verbose_name = "整改报告"
        verbose_name_plural = "整改报告"
        ordering = ["finding", "round"]
        constraints = [models.UniqueConstraint(fields=["finding", "round"], name="rectification_unique_round")]

    def __str__(self) -> str:
        return f"第{self.round}次整改报告"

"""决策事项目录: fixed by the 决策机关 with the consent of 同级党委, published, adjustable (条例第3条第3款)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import CatalogueState, Category


class DecisionCatalogue(LedgerModel):
    """A unit's annual catalogue of major decision matters."""

    year = models.PositiveIntegerField("年度")
    title = models.CharField("目录名称", max_length=200)
    state = FSMField("办理状态", default=CatalogueState.DRAFTING, choices=CatalogueState.choices)
    consented_on = models.DateField("党委同意日期", null=True, blank=True, editable=False)
    consent_ref = models.CharField("党委同意的会议或文件", max_length=200, blank=True, editable=False)
    published_on = models.DateField("公布日期", null=True, blank=True, editable=False)
    published_where = models.CharField("公布途径", max_length=200, blank=True, editable=False)
    adjusted_on = models.DateField("最近调整日期", null=True, blank=True, editable=False)
    adjust_note = models.TextField("调整说明", blank=True, editable=False)

    class Meta:
        verbose_name = "重大行政决策事项目录"
        verbose_name_plural = "重大行政决策事项目录"
        ordering = ["-year", "-pk"]

    def __str__(self) -> str:
        return self.title

    @transition(field=state, source=CatalogueState.DRAFTING, target=CatalogueState.CONSENTED)
    def record_consent(self):
        pass

    # from 编制中 too, so that the service can refuse with the rule's name
    @transition(field=state, source=[CatalogueState.DRAFTING, CatalogueState.CONSENTED], target=CatalogueState.PUBLISHED)
    def publish(self):
        pass

    @transition(field=state, source=CatalogueState.PUBLISHED, target=None)
    def adjust(self):
        pass


class CatalogueItem(LedgerModel):
    """目录中的一个决策事项."""

    catalogue = models.ForeignKey(DecisionCatalogue, verbose_name="事项目录", on_delete=models.PROTECT, related_name="items")
    name = models.CharField("决策事项", max_length=200)
    category = models.CharField("事项类别", max_length=20, choices=Category.choices)
    lead_unit = models.CharField("承办单位", max_length=100, blank=True)
    schedule = models.CharField("计划完成时间", max_length=50, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)

    class Meta:
        verbose_name = "决策事项"
        verbose_name_plural = "重大行政决策事项目录条目"
        ordering = ["catalogue", "pk"]

    def __str__(self) -> str:
        return f"{self.catalogue.year}年：{self.name}"

    def clean(self):
        if self.catalogue_id and self.unit_id and self.catalogue.unit_id != self.unit_id:
            raise ValidationError("决策事项应登记在目录所属单位。")

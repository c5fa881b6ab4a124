"""Frozen figures: what an approved or submitted report said, and exactly which records were behind it.

Live figures are never stored (they are computed from the ledgers on every request). A ``Snapshot`` is
taken only when a document is fixed — a report is approved (审定) or submitted (报送) — so that a later
correction in a ledger cannot silently change what was reported (厅字〔2019〕28号: the report is the unit's
account of the year; its figures must stay traceable to the records as they were).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from fazhi.core.models import ScopedQuerySet


class Snapshot(models.Model):
    """All indicator values of one unit × period at one moment, with the ids of the records behind them."""

    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveIntegerField("年度", null=True, blank=True)
    start = models.DateField("起始日期", null=True, blank=True)
    end = models.DateField("截止日期", null=True, blank=True)
    rollup = models.BooleanField("汇总下级单位", default=False)
    reason = models.CharField("冻结原因", max_length=200)
    taken_at = models.DateTimeField("冻结时间", auto_now_add=True)
    taken_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    source_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    source_id = models.PositiveBigIntegerField(null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")

    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "指标快照"
        verbose_name_plural = "指标快照"
        ordering = ["-taken_at", "-pk"]

    def __str__(self) -> str:
        period = f"{self.year}年" if self.year else f"{self.start}—{self.end}"
        return f"{self.unit.display_name} {period} · {self.reason}（{self.taken_at:%Y-%m-%d %H:%M}）"


class SnapshotValue(models.Model):
    """One frozen figure: value, parts, the query in words, and the record ids (provenance)."""

    snapshot = models.ForeignKey(Snapshot, verbose_name="快照", on_delete=models.CASCADE, related_name="values")
    key = models.CharField("指标", max_length=100)
    name = models.CharField("名称", max_length=200)
    measure = models.CharField("计量单位", max_length=20, blank=True)
    kind = models.CharField("算法", max_length=20)
    value = models.JSONField("数值", null=True, blank=True)
    numerator = models.JSONField("分子", null=True, blank=True)
    denominator = models.JSONField("分母", null=True, blank=True)
    model_label = models.CharField("台账", max_length=100)
    record_ids = models.JSONField("记录编号", default=list)
    denominator_ids = models.JSONField("分母记录编号", default=list, blank=True)
    query = models.TextField("计算口径", blank=True)

    objects = ScopedQuerySet.as_manager()
    scope_field = "snapshot__unit"

    class Meta:
        verbose_name = "快照指标值"
        verbose_name_plural = "快照指标值"
        ordering = ["snapshot", "pk"]
        constraints = [models.UniqueConstraint(fields=["snapshot", "key"], name="one_value_per_key_per_snapshot")]

    def __str__(self) -> str:
        return f"{self.name}：{self.value}{self.measure}"

    def as_dict(self) -> dict:
        return {"value": self.value, "numerator": self.numerator, "denominator": self.denominator,
                "records": len(self.record_ids)}

"""联合执法、统计年报公开 and the problem-model alerts."""

from __future__ import annotations

import re

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django_fsm import FSMField, transition
from simple_history.models import HistoricalRecords

from fazhi.core.models import LedgerModel, ScopedQuerySet

from ..choices import AlertState, StatisticsState


class JointOperation(LedgerModel):
    """联合执法 (one 批次): a joint operation of several departments, counted per record."""

    held_on = models.DateField("执法日期")
    title = models.CharField("行动名称", max_length=200)
    lead_department = models.CharField("牵头部门", max_length=100)
    departments = models.CharField("参加部门", max_length=500, help_text="含牵头部门，多个部门用“、”分隔")
    place = models.CharField("地点/区域", max_length=200, blank=True)
    targets_checked = models.PositiveIntegerField("检查对象数", default=0)
    problems_found = models.PositiveIntegerField("发现问题数", default=0)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "联合执法"
        verbose_name_plural = "联合执法"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"

    @property
    def department_list(self) -> list[str]:
        return [d for d in dict.fromkeys(p.strip() for p in re.split(r"[、,，;；\s]+", self.departments)) if d]

    @property
    def cross_department(self) -> bool:
        """跨部门: at least two distinct departments took part."""
        return len(self.department_list) >= 2


class StatisticsReport(LedgerModel):
    """行政执法统计年报 of one year: published by 1月31日 of the next year (118号（六））.

    The figures are computed from the ledgers; on publication they are frozen in ``figures`` because
    what was published must stay what it was, whatever is corrected afterwards.
    """

    year = models.PositiveIntegerField("统计年度")
    state = FSMField("状态", default=StatisticsState.DRAFT, choices=StatisticsState.choices)
    published_on = models.DateField("公开日期", null=True, blank=True, editable=False)
    channel = models.CharField("公开平台/网址", max_length=300, blank=True, editable=False)
    reported_to = models.CharField("报送单位", max_length=300, blank=True, editable=False)
    figures = models.JSONField("公开时的数据", default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = "行政执法统计年报"
        verbose_name_plural = "行政执法统计年报"
        ordering = ["-year", "pk"]

    def __str__(self) -> str:
        return f"{self.year}年度行政执法统计年报"

    @transition(field=state, source=StatisticsState.DRAFT, target=StatisticsState.PUBLISHED)
    def publish(self):
        pass


class ProblemAlert(models.Model):
    """An alert raised by a problem model (``services/problems.py``) on one record, until it clears.

    Rows are written only by ``problems_scan``; users see those of their own unit and, as inspectors,
    of the units below (the Deadline-style scoped manager).
    """

    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    problem = models.CharField("问题模型", max_length=40)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    label = models.CharField("对象", max_length=300)
    detail = models.CharField("问题说明", max_length=500)
    state = models.CharField("状态", max_length=12, choices=AlertState.choices, default=AlertState.OPEN, db_index=True)
    first_seen_on = models.DateField("首次发现")
    last_seen_on = models.DateField("最近确认")
    resolved_on = models.DateField("消除日期", null=True, blank=True)
    history = HistoricalRecords()

    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "执法监督预警"
        verbose_name_plural = "执法监督预警"
        ordering = ["state", "-first_seen_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["problem", "content_type", "object_id"], name="enf_one_alert_per_problem")]

    def __str__(self) -> str:
        return f"{self.label}：{self.detail}"

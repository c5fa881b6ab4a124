"""法律顾问: the roster, the engagements (合同, 服务对象, 备案), every opinion given, the yearly log.

一村一法律顾问: an engagement belongs to the unit served — the township itself or one of its
villages (the township keeps its villages' ledgers) — so "villages with an adviser" and 参与率
are computed from records, never typed.
"""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import AdviserKind, Adoption, AssessmentResult, EngagementRole, EngagementState, ServiceKind


class Adviser(LedgerModel):
    """A person who advises: 律师, 公职律师, 法学专家 … (registered by the unit that engages them)."""

    name = models.CharField("姓名", max_length=50)
    kind = models.CharField("类别", max_length=20, choices=AdviserKind.choices)
    firm = models.CharField("律师事务所或工作单位", max_length=100, blank=True)
    licence_no = models.CharField("执业证号", max_length=50, blank=True)
    phone = models.CharField("联系电话", max_length=30, blank=True)
    note = models.CharField("备注", max_length=300, blank=True)

    class Meta:
        verbose_name = "法律顾问"
        verbose_name_plural = "法律顾问"
        ordering = ["unit__path", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.firm}）" if self.firm else self.name


class Engagement(LedgerModel):
    """聘用合同: who is engaged, for which unit (``unit`` = the served unit), for which period, filed where."""

    adviser = models.ForeignKey(Adviser, verbose_name="法律顾问", on_delete=models.PROTECT, related_name="engagements")
    role = models.CharField("聘任类型", max_length=20, choices=EngagementRole.choices, default=EngagementRole.STANDING)
    contract_no = models.CharField("合同编号", max_length=100, blank=True)
    start_on = models.DateField("聘期开始")
    end_on = models.DateField("聘期届满")
    fee = models.DecimalField("服务费用（元）", max_digits=12, decimal_places=2, null=True, blank=True)
    state = FSMField("办理状态", default=EngagementState.SIGNED, choices=EngagementState.choices)
    filed_on = models.DateField("备案日期", null=True, blank=True, editable=False)
    filed_with = models.CharField("备案机关", max_length=100, blank=True, editable=False)
    ended_on = models.DateField("解聘日期", null=True, blank=True, editable=False)
    end_reason = models.CharField("解聘原因", max_length=300, blank=True, editable=False)
    renewed_by = models.ForeignKey("self", verbose_name="续聘合同", null=True, blank=True, editable=False,
                                   on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "法律顾问聘用"
        verbose_name_plural = "法律顾问聘用合同"
        ordering = ["-start_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.adviser.name} · {self.unit} · {self.start_on:%Y-%m-%d}至{self.end_on:%Y-%m-%d}"

    def clean(self):
        if self.start_on and self.end_on and self.end_on < self.start_on:
            raise ValidationError({"end_on": "聘期届满日不能早于开始日。"})
        if self.adviser_id and self.unit_id:
            unit = self.unit
            if self.adviser.unit_id not in (unit.pk, unit.parent_id):
                raise ValidationError({"adviser": "只能聘用本单位（或所属乡镇）登记的法律顾问。"})

    @transition(field=state, source=EngagementState.SIGNED, target=EngagementState.FILED)
    def file(self):
        pass

    @transition(field=state, source=[EngagementState.SIGNED, EngagementState.FILED], target=EngagementState.RENEWED)
    def renew(self):
        pass

    @transition(field=state, source=[EngagementState.SIGNED, EngagementState.FILED], target=EngagementState.ENDED)
    def end(self):
        pass


class AdviserService(LedgerModel):
    """参与事项: one opinion or service an adviser gave, linked to the record it was about."""

    adviser = models.ForeignKey(Adviser, verbose_name="法律顾问", on_delete=models.PROTECT, related_name="services")
    kind = models.CharField("事项类型", max_length=20, choices=ServiceKind.choices)
    given_on = models.DateField("日期")
    subject = models.CharField("事项", max_length=200, help_text="如：某合同名称、某决策事项")
    topic = models.CharField("领域", max_length=50, blank=True, help_text="如：征地拆迁、违建拆除、扫黑除恶")
    opinion = models.TextField("意见或服务内容")
    adopted = models.CharField("采纳情况", max_length=20, choices=Adoption.choices, blank=True)
    hours = models.DecimalField("用时（小时）", max_digits=6, decimal_places=1, null=True, blank=True)
    content_type = models.ForeignKey(ContentType, verbose_name="关联台账", null=True, blank=True, editable=False,
                                     on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField("关联记录编号", null=True, blank=True, editable=False)
    target = GenericForeignKey("content_type", "object_id")

    class Meta:
        verbose_name = "法律顾问参与事项"
        verbose_name_plural = "法律顾问参与事项"
        ordering = ["-given_on", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.given_on:%Y-%m-%d} {self.adviser.name}：{self.subject}"

    def clean(self):
        if self.adviser_id and self.unit_id and self.adviser.unit_id not in (self.unit_id, self.unit.parent_id):
            raise ValidationError({"adviser": "只能登记本单位（或所属乡镇）的法律顾问。"})


class AdviserYearLog(LedgerModel):
    """法律顾问年度服务记录与考核 (seed 002: 建立健全顾问工作记录考核机制).

    The counts and hours of the year are computed from ``AdviserService``; only the assessment
    itself is entered.
    """

    adviser = models.ForeignKey(Adviser, verbose_name="法律顾问", on_delete=models.PROTECT, related_name="year_logs")
    year = models.PositiveIntegerField("年度")
    assessed_on = models.DateField("考核日期")
    result = models.CharField("考核结果", max_length=20, choices=AssessmentResult.choices)
    assessor = models.CharField("考核人", max_length=100)
    comments = models.TextField("考核意见", blank=True)

    class Meta:
        verbose_name = "法律顾问年度考核"
        verbose_name_plural = "法律顾问年度服务记录与考核"
        ordering = ["-year", "adviser"]
        constraints = [models.UniqueConstraint(fields=["adviser", "year"], condition=models.Q(is_void=False),
                                               name="advisers_one_log_per_year")]

    def __str__(self) -> str:
        return f"{self.adviser.name} {self.year}年度"

"""法治政府建设年度报告 (厅字〔2019〕28号; statutes.md §1), drafted from the ledgers and edited by staff.

The text lives in ``ReportSection`` rows, one per sub-heading. Figures in the text are markers
(``{{disputes.resolution_rate|94.9}}``) so that regenerating a draft updates the numbers and keeps every
word a person wrote. Approval (审定) freezes the figures with the ids of their records
(``indicators.Snapshot``); submission (报送) stores the submitted text as a ``ReportVersion``.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import FSMField, transition
from simple_history.models import HistoricalRecords

from fazhi.core.models import LedgerModel, ScopedQuerySet

from .choices import FROZEN_STATES, ReportState, SecrecyConclusion, VersionKind


class AnnualReport(LedgerModel):
    """One unit's 法治政府建设年度报告 for one year."""

    year = models.PositiveIntegerField("报告年度")
    title = models.CharField("标题", max_length=200, blank=True, help_text="留空则自动生成：“××关于××年度法治政府建设情况的报告”")
    doc_number = models.CharField("发文字号", max_length=60, blank=True, help_text="如 大湾府文〔2021〕5号；使用六角括号〔〕")
    addressee = models.CharField("主送机关", max_length=100, blank=True, help_text="留空则为上一级人民政府")
    issuer = models.CharField("发文机关署名", max_length=100, blank=True, help_text="留空则为本单位名称")
    signed_on = models.DateField("成文日期", null=True, blank=True)
    rollup = models.BooleanField("汇总下级单位数据", default=False,
                                 help_text="区县报告通常勾选：数字为本级、部门及各乡镇（街道）记录的合计")
    include_unit_table = models.BooleanField("附各下级单位主要指标表", default=False)
    state = FSMField("办理状态", default=ReportState.DRAFT, choices=ReportState.choices)
    generated_at = models.DateTimeField("最近生成时间", null=True, blank=True, editable=False)
    generation_errors = models.JSONField("生成提示", default=list, blank=True, editable=False)
    secrecy_conclusion = models.CharField("保密审查结论", max_length=20, choices=SecrecyConclusion.choices, blank=True, editable=False)
    secrecy_note = models.CharField("保密审查意见", max_length=300, blank=True, editable=False)
    submitted_on = models.DateField("报送日期", null=True, blank=True, editable=False)
    submitted_to = models.CharField("报送机关", max_length=100, blank=True, editable=False)
    published_on = models.DateField("公开日期", null=True, blank=True, editable=False)
    published_where = models.CharField("公开渠道", max_length=300, blank=True, editable=False)
    snapshot = models.ForeignKey("indicators.Snapshot", verbose_name="审定时冻结的指标", null=True, blank=True,
                                 editable=False, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "法治政府建设年度报告"
        verbose_name_plural = "法治政府建设年度报告"
        ordering = ["-year", "unit__path"]

    def __str__(self) -> str:
        return f"{self.unit.display_name if self.unit_id else ''}{self.year}年度法治政府建设情况报告"

    @property
    def is_frozen(self) -> bool:
        return self.state in FROZEN_STATES

    # --- statutory steps (services in services.py check the gates) ---
    @transition(field=state, source=ReportState.DRAFT, target=ReportState.REVIEWED)
    def review(self):
        pass

    @transition(field=state, source=ReportState.REVIEWED, target=ReportState.APPROVED)
    def approve(self):
        pass

    @transition(field=state, source=ReportState.APPROVED, target=ReportState.CLEARED)
    def clear_secrecy(self):
        pass

    @transition(field=state, source=ReportState.CLEARED, target=ReportState.SUBMITTED)
    def submit(self):
        pass

    @transition(field=state, source=ReportState.SUBMITTED, target=ReportState.PUBLISHED)
    def publish(self):
        pass

    @transition(field=state, source=[ReportState.REVIEWED, ReportState.APPROVED, ReportState.CLEARED], target=ReportState.DRAFT)
    def send_back(self):
        pass


class ReportSection(models.Model):
    """One sub-heading's text: the generated draft, the staff's edit, and what the edit was based on."""

    report = models.ForeignKey(AnnualReport, verbose_name="报告", on_delete=models.CASCADE, related_name="sections")
    key = models.CharField("小节", max_length=20)
    part = models.CharField("部分", max_length=10)
    order = models.PositiveSmallIntegerField("顺序", default=0)
    heading = models.CharField("小标题", max_length=200, blank=True)
    text = models.TextField("正文", blank=True)
    generated = models.TextField("系统生成稿", blank=True)
    base_generated = models.TextField("修改所依据的生成稿", blank=True)
    edited = models.BooleanField("已人工修改", default=False)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="修改人", null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    edited_at = models.DateTimeField("修改时间", null=True, blank=True)
    generated_changed = models.BooleanField("生成稿有变化待核对", default=False)
    acknowledged = models.JSONField("已说明来源的手填数字", default=list, blank=True)
    history = HistoricalRecords()

    objects = ScopedQuerySet.as_manager()
    scope_field = "report__unit"

    class Meta:
        verbose_name = "报告小节"
        verbose_name_plural = "报告小节"
        ordering = ["report", "order"]
        constraints = [models.UniqueConstraint(fields=["report", "key"], name="one_section_per_key")]

    def __str__(self) -> str:
        return f"{self.report} · {self.heading or self.key}"


class ReportVersion(models.Model):
    """The text as approved or as submitted, rendered, with the snapshot of its figures (provenance)."""

    report = models.ForeignKey(AnnualReport, verbose_name="报告", on_delete=models.PROTECT, related_name="versions")
    kind = models.CharField("版本", max_length=20, choices=VersionKind.choices)
    content = models.JSONField("内容")
    snapshot = models.ForeignKey("indicators.Snapshot", verbose_name="指标快照", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    digest = models.CharField("内容摘要（SHA-256）", max_length=64)
    created_at = models.DateTimeField("时间", auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")

    objects = ScopedQuerySet.as_manager()
    scope_field = "report__unit"

    class Meta:
        verbose_name = "报告定稿版本"
        verbose_name_plural = "报告定稿版本"
        ordering = ["report", "-created_at"]

    def __str__(self) -> str:
        return f"{self.report} · {self.get_kind_display()}（{self.created_at:%Y-%m-%d %H:%M}）"

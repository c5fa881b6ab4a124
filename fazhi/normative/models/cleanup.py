"""清理 rounds and 效果评估 of 规范性文件 (statutes.md §3.3: 定期清理 + 专项清理, published lists)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import CleanupKind, CleanupResult, EvaluationConclusion, RoundState
from .documents import NormativeDocument


class CleanupRound(LedgerModel):
    """一轮清理: its scope, dates and the published lists of 继续有效 / 修改 / 废止 / 失效 documents."""

    title = models.CharField("清理名称", max_length=200)
    kind = models.CharField("清理类型", max_length=20, choices=CleanupKind.choices, default=CleanupKind.REGULAR)
    scope_note = models.CharField("清理范围", max_length=300, blank=True)
    started_on = models.DateField("开始日期")
    state = FSMField("办理状态", default=RoundState.OPEN, choices=RoundState.choices)
    published_on = models.DateField("结果公布日期", null=True, blank=True, editable=False)
    published_where = models.CharField("公布途径", max_length=200, blank=True, editable=False)

    class Meta:
        verbose_name = "规范性文件清理"
        verbose_name_plural = "规范性文件清理"
        ordering = ["-started_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    @transition(field=state, source=RoundState.OPEN, target=RoundState.PUBLISHED)
    def publish(self):
        pass


class CleanupItem(LedgerModel):
    """清理中对一件文件的结论. ``document`` is the register entry; documents outside the unit's
    register (other makers' documents, 政策措施 in a 专项清理) are named in ``title``/``maker``."""

    round = models.ForeignKey(CleanupRound, verbose_name="清理", on_delete=models.PROTECT, related_name="items")
    document = models.ForeignKey(NormativeDocument, verbose_name="本单位规范性文件", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="cleanup_items")
    title = models.CharField("其他文件名称", max_length=200, blank=True, help_text="不在本单位规范性文件目录中的文件或政策措施")
    maker = models.CharField("制定机关", max_length=100, blank=True)
    result = models.CharField("清理结论", max_length=20, choices=CleanupResult.choices)
    reason = models.CharField("理由", max_length=300, blank=True)

    class Meta:
        verbose_name = "清理结论"
        verbose_name_plural = "规范性文件清理结论"
        ordering = ["round", "pk"]

    def __str__(self) -> str:
        return f"{self.document or self.title}：{self.get_result_display()}"

    def clean(self):
        if self.round_id and self.unit_id and self.round.unit_id != self.unit_id:
            raise ValidationError("清理结论应登记在清理所属单位。")
        if self.document_id and self.round_id and self.document.unit_id != self.round.unit_id:
            raise ValidationError({"document": "只能清理本单位制定的规范性文件；其他机关的文件请填写名称。"})


class Evaluation(LedgerModel):
    """效果评估 of a document in force (seed 002 D: 探索实施规范性文件效果评估)."""

    document = models.ForeignKey(NormativeDocument, verbose_name="规范性文件", on_delete=models.PROTECT, related_name="evaluations")
    evaluated_on = models.DateField("评估日期")
    evaluator = models.CharField("评估主体", max_length=100, help_text="制定机关自行评估或委托的第三方")
    method = models.CharField("评估方式", max_length=200, blank=True)
    findings = models.TextField("评估结论要点")
    conclusion = models.CharField("处理建议", max_length=20, choices=EvaluationConclusion.choices)

    class Meta:
        verbose_name = "规范性文件效果评估"
        verbose_name_plural = "规范性文件效果评估"
        ordering = ["-evaluated_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.document.title} 评估（{self.evaluated_on:%Y-%m-%d}）"

    def clean(self):
        if self.document_id and self.unit_id and self.document.unit_id != self.unit_id:
            raise ValidationError("效果评估应登记在文件所属单位。")

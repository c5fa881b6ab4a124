"""Stored reviews of annual reports (issue 8): a batch an inspector ran, its documents, their findings.

Scoped like every ledger: a batch belongs to the inspector's unit, so the inspector (and the
inspector's own unit) sees it; the units whose reports were reviewed do not see the reviewer's
working notes until the review is exported and sent back.
"""

from django.conf import settings
from django.db import models

from fazhi.core.models import LedgerModel


class ReviewBatch(LedgerModel):
    title = models.CharField("批次名称", max_length=200)
    report_year = models.PositiveIntegerField("报告年度", null=True, blank=True)
    corpus_note = models.CharField("对照语料", max_length=300, blank=True)
    document_count = models.PositiveIntegerField("报告份数", default=0)

    class Meta:
        verbose_name = "报告审阅批次"
        verbose_name_plural = "报告审阅"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class ReviewedDocument(LedgerModel):
    batch = models.ForeignKey(ReviewBatch, verbose_name="批次", on_delete=models.PROTECT, related_name="documents")
    filename = models.CharField("文件名", max_length=300)
    issuer = models.CharField("报告单位（识别）", max_length=200, blank=True)
    level = models.CharField("层级（识别）", max_length=20, blank=True)
    year = models.PositiveIntegerField("年度（识别）", null=True, blank=True)
    text = models.TextField("规范化文本", blank=True)
    error = models.CharField("读取错误", max_length=500, blank=True)
    result = models.JSONField("审阅结果", default=dict)

    class Meta:
        verbose_name = "被审阅报告"
        verbose_name_plural = "被审阅报告"
        ordering = ["batch", "filename"]

    def __str__(self) -> str:
        return self.filename

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n") if self.text else []


class FindingStatus(models.TextChoices):
    OPEN = "open", "待确认"
    ACCEPTED = "accepted", "确认问题"
    DISMISSED = "dismissed", "不是问题"


class ReviewFinding(LedgerModel):
    document = models.ForeignKey(ReviewedDocument, verbose_name="报告", on_delete=models.PROTECT, related_name="findings")
    type = models.CharField("问题类型", max_length=40)
    severity = models.CharField("严重程度", max_length=10)
    line = models.PositiveIntegerField("行号", null=True, blank=True)
    quote = models.TextField("原文", blank=True)
    message = models.TextField("说明")
    evidence = models.JSONField("依据", default=dict, blank=True)
    status = models.CharField("处理", max_length=12, choices=FindingStatus.choices, default=FindingStatus.OPEN)
    note = models.CharField("审阅意见", max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="确认人", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "审阅发现"
        verbose_name_plural = "审阅发现"
        ordering = ["document", "line", "pk"]

    def __str__(self) -> str:
        return f"{self.get_type_display()} 第{self.line}行"

    def get_type_display(self) -> str:
        return TYPE_LABELS.get(self.type, self.type)


TYPE_LABELS = {
    "missing_part": "缺少法定部分",
    "wrong_level": "层级用语错误",
    "foreign_place": "外单位地名",
    "wrong_year": "年份不符",
    "outdated_reference": "引用已废止或过时文件",
    "off_topic": "偏离主题",
    "inconsistent_figure": "数字不一致",
    "duplicate_passage": "雷同段落",
    "contradiction": "前后矛盾",
}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}

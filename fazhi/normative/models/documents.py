"""The 规范性文件 register, its 制定主体清单, the reviewer designation and the 三统一 numbering counter."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import RETURN_VALUE, FSMField, transition
from simple_history.models import HistoricalRecords

from fazhi.core.models import LedgerModel

from ..choices import PRE_DELIBERATION, Adoption, DeliberationOutcome, DocKind, DocState


class IssuingBody(LedgerModel):
    """制定主体清单的一行 (国办发〔2018〕115号（三）): who may make 规范性文件 and with which 发文字号.

    The 发文字号代字 (e.g. “渝北大湾府发”) is the key of the unit's numbering scheme: numbers run per
    unit, 代字 and year (``DocNumberCounter``).
    """

    name = models.CharField("制定主体", max_length=100, help_text="如：重庆市渝北区大湾镇人民政府")
    issuer_word = models.CharField("发文字号代字", max_length=30, help_text="如：渝北大湾府发（文号形如 渝北大湾府发〔2020〕3号）")
    doc_kinds = models.CharField("使用的公文种类", max_length=200, blank=True, help_text="如：通知、办法、意见")
    categories = models.CharField("管理事项类别", max_length=300, blank=True)
    basis = models.CharField("制定主体资格依据", max_length=300, blank=True)
    is_active = models.BooleanField("有效", default=True)

    class Meta:
        verbose_name = "规范性文件制定主体"
        verbose_name_plural = "制定主体清单"
        ordering = ["unit__path", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.issuer_word}）"


class ReviewDesignation(LedgerModel):
    """合法性审核机构: which unit reviews this unit's 规范性文件 and 重大行政决策.

    国办发〔2018〕115号（四）: 乡镇人民政府、街道办事处 use their own designated reviewer if any, otherwise
    the 审核机构 designated by the 县（市、区）政府. Without a designation a unit reviews its own
    documents, which needs a 法制审核员 of its own.
    """

    reviewing_unit = models.ForeignKey(
        "org.Unit", verbose_name="合法性审核机构", on_delete=models.PROTECT, related_name="+",
        help_text="本单位自行审核的选本单位；由县（市、区）政府指定的，选被指定的单位（如区司法局）",
    )
    designated_by = models.CharField("指定机关", max_length=100, blank=True, help_text="如：渝北区人民政府")
    basis = models.CharField("指定依据", max_length=200, blank=True, help_text="指定文件的文号或名称")
    effective_from = models.DateField("起用日期")

    class Meta:
        verbose_name = "合法性审核机构"
        verbose_name_plural = "合法性审核机构"
        ordering = ["unit__path", "-effective_from"]

    def __str__(self) -> str:
        return f"{self.unit} → {self.reviewing_unit}（{self.effective_from:%Y-%m-%d}起）"


class NormativeDocument(LedgerModel):
    """一件行政规范性文件 from 起草 to 备案, then 有效期, 清理 and 评估 (statutes.md §3).

    Dates and numbers are written only by the procedural steps in ``normative.services``; the
    generic edit form carries the drafting fields only, so an issued number can never be edited.
    """

    issuing_body = models.ForeignKey(IssuingBody, verbose_name="制定主体", on_delete=models.PROTECT, related_name="documents")
    title = models.CharField("文件名称", max_length=200)
    doc_kind = models.CharField("公文种类", max_length=20, choices=DocKind.choices, default=DocKind.MEASURES)
    category = models.CharField("管理事项类别", max_length=100, blank=True)
    drafting_office = models.CharField("起草科室（单位）", max_length=100, blank=True)
    summary = models.TextField("主要内容", blank=True)
    market_related = models.BooleanField(
        "与市场主体生产经营活动密切相关", default=False,
        help_text="是：征求意见不少于30日（优化营商环境条例第62条），并须公平竞争审查",
    )
    comment_required = models.BooleanField("须公开征求意见", default=True, help_text="涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响的")
    comment_exempt_reason = models.CharField("不公开征求意见的理由", max_length=300, blank=True)
    state = FSMField("办理状态", default=DocState.DRAFTING, choices=DocState.choices)

    # 公开征求意见
    comment_start = models.DateField("征求意见开始日", null=True, blank=True, editable=False)
    comment_end = models.DateField("征求意见截止日", null=True, blank=True, editable=False)
    comment_min_end = models.DateField("最短征求意见期届满日", null=True, blank=True, editable=False)
    comment_channel = models.CharField("征求意见途径", max_length=200, blank=True, editable=False)
    comment_closed_on = models.DateField("征求意见结束日", null=True, blank=True, editable=False)
    adoption_summary = models.TextField("意见采纳情况说明", blank=True, editable=False)
    summary_published_on = models.DateField("采纳情况公布日期", null=True, blank=True, editable=False)
    summary_published_where = models.CharField("采纳情况公布途径", max_length=200, blank=True, editable=False)

    # 合法性审核 and revision
    drafter_opinion = models.TextField("起草单位合法性审查意见", blank=True, editable=False)
    review_passed_on = models.DateField("通过合法性审核日期", null=True, blank=True, editable=False,
                                        help_text="审核意见为“合法”之日，或按“应当予以修改”意见修改完毕之日")
    revised_on = models.DateField("按审核意见修改日期", null=True, blank=True, editable=False)
    revision_note = models.TextField("审核意见采纳情况", blank=True, editable=False)

    # 集体审议
    deliberated_on = models.DateField("集体审议日期", null=True, blank=True, editable=False)
    deliberation_meeting = models.CharField("审议会议", max_length=200, blank=True, editable=False)
    deliberation_outcome = models.CharField("审议结果", max_length=20, choices=DeliberationOutcome.choices, blank=True, editable=False)

    # 统一登记、统一编号、统一印发
    issuer_word = models.CharField("发文字号代字", max_length=30, blank=True, editable=False)
    doc_year = models.PositiveIntegerField("文号年份", null=True, blank=True, editable=False)
    doc_serial = models.PositiveIntegerField("文号序号", null=True, blank=True, editable=False)
    doc_no = models.CharField("文号", max_length=60, blank=True, editable=False)
    registered_on = models.DateField("登记日期", null=True, blank=True, editable=False)
    issued_on = models.DateField("印发日期", null=True, blank=True, editable=False)

    # 公布 and 有效期
    published_on = models.DateField("公布日期", null=True, blank=True, editable=False)
    published_where = models.CharField("公布途径", max_length=200, blank=True, editable=False)
    effective_on = models.DateField("施行日期", null=True, blank=True, editable=False)
    validity_years = models.PositiveSmallIntegerField("有效期（年）", null=True, blank=True, editable=False)
    expires_on = models.DateField("有效期届满日", null=True, blank=True, editable=False)

    # 备案
    filing_due = models.DateField("报备期限", null=True, blank=True, editable=False)
    filed_on = models.DateField("报备日期", null=True, blank=True, editable=False)
    filed_with = models.CharField("备案机关", max_length=100, blank=True, editable=False)
    filing_ref = models.CharField("备案登记号", max_length=100, blank=True, editable=False)

    legacy = models.BooleanField("存量文件登记", default=False, editable=False,
                                 help_text="本平台启用前已经印发、按目录补登记的文件")
    ended_on = models.DateField("废止/失效日期", null=True, blank=True, editable=False)
    end_note = models.CharField("终止说明", max_length=300, blank=True, editable=False)

    class Meta:
        verbose_name = "行政规范性文件"
        verbose_name_plural = "行政规范性文件"
        ordering = ["-pk"]
        constraints = [
            # 统一编号: a number is never given twice, not even after the first holder is voided
            # (drafts have no number yet: NULLs never collide in a unique constraint)
            models.UniqueConstraint(fields=["unit", "issuer_word", "doc_year", "doc_serial"], name="normative_doc_no_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.doc_no} {self.title}" if self.doc_no else self.title

    def clean(self):
        if self.issuing_body_id and self.unit_id and self.issuing_body.unit_id != self.unit_id:
            raise ValidationError({"issuing_body": "制定主体应为文件所属单位的制定主体（见制定主体清单）。"})

    # -- transitions (each set only the state; the services own the fields and the gates) --
    @transition(field=state, source=DocState.DRAFTING, target=DocState.COMMENTING)
    def open_comment(self):
        pass

    @transition(field=state, source=DocState.COMMENTING, target=DocState.COMMENTED)
    def close_comment(self):
        pass

    @transition(field=state, source=[DocState.DRAFTING, DocState.COMMENTING, DocState.COMMENTED, DocState.REVISING, DocState.REVISED],
                target=DocState.REVIEW)
    def submit_review(self):
        pass

    @transition(field=state, source=DocState.REVIEW, target=RETURN_VALUE(DocState.REVIEWED, DocState.REVISING, DocState.NOT_NORMATIVE))
    def receive_opinion(self, target):
        return target

    @transition(field=state, source=DocState.REVIEW, target=DocState.REVISING)
    def recall_review(self):
        pass

    @transition(field=state, source=DocState.REVISING, target=DocState.REVISED)
    def record_revision(self):
        pass

    # reachable from every earlier state so that the service can refuse with the rule's name
    @transition(field=state, source=PRE_DELIBERATION, target=RETURN_VALUE(DocState.DELIBERATED, DocState.REVISING))
    def deliberate(self, passed: bool = True):
        return DocState.DELIBERATED if passed else DocState.REVISING

    @transition(field=state, source=[*PRE_DELIBERATION, DocState.DELIBERATED], target=DocState.ISSUED)
    def issue(self):
        pass

    @transition(field=state, source=[*PRE_DELIBERATION, DocState.DELIBERATED, DocState.ISSUED], target=DocState.PUBLISHED)
    def publish(self):
        pass

    @transition(field=state, source=[DocState.ISSUED, DocState.PUBLISHED], target=DocState.FILED)
    def file(self):
        pass

    @transition(field=state, source=PRE_DELIBERATION + [DocState.DELIBERATED], target=DocState.WITHDRAWN)
    def withdraw(self):
        pass

    @transition(field=state, source=[DocState.PUBLISHED, DocState.FILED], target=RETURN_VALUE(DocState.REPEALED, DocState.EXPIRED))
    def end(self, target):
        return target


class CommentOpinion(LedgerModel):
    """公开征求意见收到的一条意见及其采纳情况 (采纳/部分采纳/不采纳 and the reason)."""

    document = models.ForeignKey(NormativeDocument, verbose_name="规范性文件", on_delete=models.PROTECT, related_name="opinions")
    received_on = models.DateField("收到日期")
    submitter = models.CharField("提出人", max_length=100, blank=True, help_text="可匿名")
    content = models.TextField("意见内容")
    adoption = models.CharField("采纳情况", max_length=20, choices=Adoption.choices, blank=True)
    reason = models.TextField("理由", blank=True, help_text="部分采纳或不采纳的，必须说明理由")

    class Meta:
        verbose_name = "征求意见（规范性文件）"
        verbose_name_plural = "规范性文件征求意见"
        ordering = ["document", "received_on", "pk"]

    def __str__(self) -> str:
        return f"{self.document.title}：{self.content[:20]}"

    def clean(self):
        if self.document_id and self.unit_id and self.document.unit_id != self.unit_id:
            raise ValidationError("征求意见应登记在文件所属单位。")


class DocNumberCounter(models.Model):
    """The last 序号 given per unit, 发文字号代字 and year (统一编号).

    Read and advanced only under ``select_for_update()`` inside the 印发 step's transaction, so
    two clerks issuing at once get consecutive numbers; voiding a document does not move it back.
    """

    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    issuer_word = models.CharField("发文字号代字", max_length=30)
    year = models.PositiveIntegerField("年份")
    last_serial = models.PositiveIntegerField("已用到的序号", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "文号计数器"
        verbose_name_plural = "文号计数器"
        constraints = [models.UniqueConstraint(fields=["unit", "issuer_word", "year"], name="normative_counter_unique")]

    def __str__(self) -> str:
        return f"{self.issuer_word}〔{self.year}〕已用至{self.last_serial}号"

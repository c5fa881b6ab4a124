"""案卷评查: scoring templates versioned by year, sampled case files, scores, rectification and re-check.

The 评查 content follows 118号（十三）(主体、程序、事实证据、法律适用与裁量、文书); reviewers must not
have handled the case they score.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import RETURN_VALUE, FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import CaseKind, RecheckResult, ReviewBatchState, ReviewedCaseState, Sampling, TemplateState
from .cases import Case

R = ReviewedCaseState


class ReviewTemplate(LedgerModel):
    """评查标准 of one year and version; published templates are locked (their items cannot change)."""

    year = models.PositiveIntegerField("适用年度")
    version = models.PositiveIntegerField("版本号", default=1)
    name = models.CharField("评查标准名称", max_length=200)
    state = FSMField("状态", default=TemplateState.DRAFT, choices=TemplateState.choices)
    published_on = models.DateField("发布日期", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "案卷评查标准"
        verbose_name_plural = "案卷评查标准"
        ordering = ["-year", "-version", "pk"]

    def __str__(self) -> str:
        return f"{self.year}年 {self.name}（第{self.version}版）"

    @transition(field=state, source=TemplateState.DRAFT, target=TemplateState.PUBLISHED)
    def publish_template(self):
        pass


class ReviewItem(LedgerModel):
    """One scoring item of a template: what is checked and how many points it carries."""

    scope_field = "template__unit"

    template = models.ForeignKey(ReviewTemplate, verbose_name="评查标准", on_delete=models.PROTECT, related_name="items")
    code = models.CharField("项目编号", max_length=20)
    category = models.CharField("评查内容", max_length=100, help_text="如：主体合法、程序合法、事实证据、法律适用与裁量、文书规范")
    description = models.CharField("评分要点", max_length=300)
    points = models.PositiveIntegerField("分值")

    class Meta:
        verbose_name = "评查项目"
        verbose_name_plural = "评查项目"
        ordering = ["template", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.category}（{self.points}分）"


class CaseFileReview(LedgerModel):
    """评查批次: a template, a sample of decided cases (random, reproducible, or chosen) and its reviewers."""

    year = models.PositiveIntegerField("评查年度")
    title = models.CharField("评查活动名称", max_length=200)
    template = models.ForeignKey(ReviewTemplate, verbose_name="评查标准", on_delete=models.PROTECT, related_name="batches")
    sampling = models.CharField("抽取方式", max_length=20, choices=Sampling.choices, default=Sampling.RANDOM)
    sample_size = models.PositiveIntegerField("随机抽取案卷数", null=True, blank=True)
    case_kind = models.CharField("案件类型（留空为全部）", max_length=20, choices=CaseKind.choices, blank=True)
    period_start = models.DateField("决定日期起")
    period_end = models.DateField("决定日期止")
    state = FSMField("状态", default=ReviewBatchState.DRAFT, choices=ReviewBatchState.choices)
    sampled_on = models.DateField("抽取日期", null=True, blank=True, editable=False)
    seed = models.CharField("随机种子", max_length=200, blank=True, editable=False)
    pool_sha256 = models.CharField("候选案卷快照 SHA-256", max_length=64, blank=True, editable=False)
    pool = models.JSONField("候选案卷快照", default=list, blank=True, editable=False)
    algorithm = models.CharField("算法版本", max_length=50, blank=True, editable=False)

    class Meta:
        verbose_name = "案卷评查活动"
        verbose_name_plural = "案卷评查活动"
        ordering = ["-year", "-pk"]

    def __str__(self) -> str:
        return f"{self.year}年 {self.title}"

    @transition(field=state, source=ReviewBatchState.DRAFT, target=ReviewBatchState.SAMPLED)
    def sample(self):
        pass


class ReviewedCase(LedgerModel):
    """One case file in a review batch: its reviewer, scores, problems, rectification and re-check."""

    batch = models.ForeignKey(CaseFileReview, verbose_name="评查活动", on_delete=models.PROTECT, related_name="reviewed_cases")
    case = models.ForeignKey(Case, verbose_name="被评查案卷", on_delete=models.PROTECT, related_name="file_reviews")
    state = FSMField("状态", default=R.PENDING, choices=R.choices)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="评查人", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+", editable=False)
    reviewed_on = models.DateField("评查日期", null=True, blank=True)
    problems = models.TextField("发现的问题", blank=True)
    rectified_on = models.DateField("整改完成日期", null=True, blank=True)
    rectification_note = models.TextField("整改情况", blank=True)
    rechecked_on = models.DateField("复查日期", null=True, blank=True)
    recheck_result = models.CharField("复查结论", max_length=20, choices=RecheckResult.choices, blank=True)

    class Meta:
        verbose_name = "评查案卷"
        verbose_name_plural = "评查案卷"
        ordering = ["batch", "pk"]

    def __str__(self) -> str:
        return f"{self.batch.title}：{self.case.case_no}"

    @property
    def total_score(self):
        scores = list(self.scores.all())
        return sum(s.score for s in scores) if scores else None

    @transition(field=state, source=R.PENDING, target=RETURN_VALUE(R.RECTIFYING, R.CLOSED))
    def score(self, has_problems: bool):
        return R.RECTIFYING if has_problems else R.CLOSED

    @transition(field=state, source=R.RECTIFYING, target=R.RECTIFIED)
    def rectify(self):
        pass

    @transition(field=state, source=R.RECTIFIED, target=RETURN_VALUE(R.CLOSED, R.RECTIFYING))
    def recheck(self, passed: bool):
        return R.CLOSED if passed else R.RECTIFYING


class ReviewScore(models.Model):
    """The score one reviewed case earned on one item (the total is their sum, never stored)."""

    reviewed_case = models.ForeignKey(ReviewedCase, verbose_name="评查案卷", on_delete=models.CASCADE, related_name="scores")
    item = models.ForeignKey(ReviewItem, verbose_name="评查项目", on_delete=models.PROTECT, related_name="+")
    score = models.DecimalField("得分", max_digits=6, decimal_places=1)

    class Meta:
        verbose_name = "评查得分"
        verbose_name_plural = "评查得分"
        constraints = [models.UniqueConstraint(fields=["reviewed_case", "item"], name="enf_one_score_per_item")]

    def __str__(self) -> str:
        return f"{self.item.code}: {self.score}"

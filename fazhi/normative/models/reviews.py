"""合法性审核: one review request, kept by the reviewing unit (国办发〔2018〕115号（四）—（九）).

The request belongs to the *reviewing* unit (``unit``), not to the drafting unit: the core scope
lets a user act only on their own unit's records, so a 区司法局 reviewer sees and answers the
townships' requests through this record, and the review service moves the document on. The
drafting unit reads the request through its document. This is also the 合法性审核台账 of
115号（九）.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import ReviewOpinion, ReviewState
from .documents import NormativeDocument

# 115号（六）: what the reviewer must have checked before calling a document 合法
CONTENT_CHECKS = [
    ("check_body", "制定主体合法"),
    ("check_power", "未超越法定职权"),
    ("check_conformity", "符合宪法、法律、法规、规章和国家政策"),
    ("check_no_powers", "未违法设定行政许可、行政处罚、行政强制、行政征收、行政收费等事项"),
    ("check_no_burden", "未违法减损公民、法人和其他组织合法权益或者增加其义务"),
    ("check_procedure", "制定程序符合规定"),
]


class LegalityReview(LedgerModel):
    """一次合法性审核：送审、（退回补充材料）、审核意见 合法/不合法/应当予以修改."""

    document = models.ForeignKey(NormativeDocument, verbose_name="送审文件", on_delete=models.PROTECT, related_name="reviews")
    round = models.PositiveSmallIntegerField("送审次数", default=1)
    submitted_on = models.DateField("送审日期")
    materials = models.TextField("送审材料", blank=True, help_text="送审稿及起草说明、制定依据、征求意见及采纳情况等")
    min_due = models.DateField("最短审核期届满日", null=True, blank=True, editable=False)
    max_due = models.DateField("最长审核期届满日", null=True, blank=True, editable=False)
    state = FSMField("审核状态", default=ReviewState.PENDING, choices=ReviewState.choices)
    opinion_on = models.DateField("出具意见日期", null=True, blank=True, editable=False)
    opinion = models.CharField("审核意见", max_length=20, choices=ReviewOpinion.choices, blank=True, editable=False)
    is_normative = models.BooleanField("属于行政规范性文件", default=True, editable=False)
    opinion_text = models.TextField("审核意见书内容", blank=True, editable=False)
    urgent_reason = models.CharField("紧急制定不受最短审核时间限制的理由", max_length=300, blank=True, editable=False)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True, editable=False,
                                 on_delete=models.PROTECT, related_name="+")
    check_body = models.BooleanField(CONTENT_CHECKS[0][1], default=False, editable=False)
    check_power = models.BooleanField(CONTENT_CHECKS[1][1], default=False, editable=False)
    check_conformity = models.BooleanField(CONTENT_CHECKS[2][1], default=False, editable=False)
    check_no_powers = models.BooleanField(CONTENT_CHECKS[3][1], default=False, editable=False)
    check_no_burden = models.BooleanField(CONTENT_CHECKS[4][1], default=False, editable=False)
    check_procedure = models.BooleanField(CONTENT_CHECKS[5][1], default=False, editable=False)

    class Meta:
        verbose_name = "合法性审核（规范性文件）"
        verbose_name_plural = "规范性文件合法性审核"
        ordering = ["-submitted_on", "-pk"]

    def __str__(self) -> str:
        return f"第{self.round}次送审：{self.document.title}"

    @transition(field=state, source=ReviewState.PENDING, target=None)
    def record_supplement(self):
        pass

    @transition(field=state, source=ReviewState.PENDING, target=ReviewState.DONE)
    def give_opinion(self):
        pass

    @transition(field=state, source=ReviewState.PENDING, target=ReviewState.WITHDRAWN)
    def withdraw(self):
        pass

"""The procedures of a decision, each a record (statutes.md §2): 公众参与 and 听证, 专家论证, 风险评估,
合法性审查, and every participant with role and position (终身责任追究, 条例第38条)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import (
    Adoption, ConsultMethod, ConsultState, HearingState, ParticipantRole, Position, ReviewOpinion, ReviewState,
    RiskLevel, RiskState,
)
from .decision import MajorDecision


class _OfDecision(LedgerModel):
    """A child record living in its decision's unit."""

    decision = models.ForeignKey(MajorDecision, verbose_name="重大行政决策", on_delete=models.PROTECT, related_name="%(class)ss")
    round = models.PositiveSmallIntegerField("程序轮次", default=1, editable=False)

    class Meta:
        abstract = True

    def clean(self):
        if self.decision_id and self.unit_id and self.decision.unit_id != self.unit_id:
            raise ValidationError("应登记在决策所属单位。")


class Consultation(_OfDecision):
    """一次公众参与 (条例第14—15、18条): window, shortening reason, participants, feedback."""

    method = models.CharField("方式", max_length=20, choices=ConsultMethod.choices)
    channel = models.CharField("途径", max_length=200, help_text="如：政府网站、政务新媒体、公告栏")
    start_on = models.DateField("开始日期")
    end_on = models.DateField("截止日期")
    min_end = models.DateField("最短征求意见期届满日", null=True, blank=True, editable=False)
    shortened_reason = models.CharField("缩短征求意见期的理由", max_length=300, blank=True)
    state = FSMField("办理状态", default=ConsultState.OPEN, choices=ConsultState.choices)
    closed_on = models.DateField("结束日期", null=True, blank=True, editable=False)
    participants = models.PositiveIntegerField("参与人次", default=0, editable=False)
    adoption_summary = models.TextField("意见采纳情况及理由", blank=True, editable=False)
    feedback_published_on = models.DateField("反馈公布日期", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "公众参与"
        verbose_name_plural = "重大行政决策公众参与"
        ordering = ["-start_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.decision.title}：{self.get_method_display()}（{self.start_on:%Y-%m-%d}）"

    @transition(field=state, source=ConsultState.OPEN, target=ConsultState.CLOSED)
    def close(self):
        pass


class PublicOpinion(LedgerModel):
    """公众参与中收到的一条意见及其采纳情况 (条例第18条)."""

    consultation = models.ForeignKey(Consultation, verbose_name="公众参与", on_delete=models.PROTECT, related_name="opinions")
    received_on = models.DateField("收到日期")
    submitter = models.CharField("提出人", max_length=100, blank=True)
    content = models.TextField("意见内容")
    adoption = models.CharField("采纳情况", max_length=20, choices=Adoption.choices, blank=True)
    reason = models.TextField("理由", blank=True)

    class Meta:
        verbose_name = "公众意见"
        verbose_name_plural = "重大行政决策公众意见"
        ordering = ["consultation", "received_on", "pk"]

    def __str__(self) -> str:
        return f"{self.consultation.decision.title}：{self.content[:20]}"

    def clean(self):
        if self.consultation_id and self.unit_id and self.consultation.unit_id != self.unit_id:
            raise ValidationError("应登记在决策所属单位。")


class Hearing(_OfDecision):
    """听证会 (条例第16—17条): notices in advance, materials 7 days before, a signed record."""

    hearing_on = models.DateField("听证日期")
    place = models.CharField("地点", max_length=200)
    notice_published_on = models.DateField("公告日期（决策草案、时间、地点）")
    participants_published_on = models.DateField("公布参加人遴选办法和名单日期")
    materials_served_on = models.DateField("送达听证材料日期")
    materials_due = models.DateField("材料最迟送达日", null=True, blank=True, editable=False)
    state = FSMField("办理状态", default=HearingState.PLANNED, choices=HearingState.choices)
    participants = models.PositiveIntegerField("参加人数", default=0, editable=False)
    record_signed = models.BooleanField("听证笔录已经参加人确认签字", default=False, editable=False)
    report = models.TextField("听证报告", blank=True, editable=False)

    class Meta:
        verbose_name = "听证"
        verbose_name_plural = "重大行政决策听证"
        ordering = ["-hearing_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.decision.title}：听证（{self.hearing_on:%Y-%m-%d}）"

    @transition(field=state, source=HearingState.PLANNED, target=HearingState.HELD)
    def record(self):
        pass


class ExpertOpinion(_OfDecision):
    """一位专家的论证意见 (条例第19—20条): independent, signed, no direct interest."""

    expert_name = models.CharField("专家姓名", max_length=50)
    organisation = models.CharField("工作单位", max_length=100)
    field = models.CharField("专业领域", max_length=100, blank=True)
    given_on = models.DateField("论证日期")
    opinion = models.TextField("论证意见")
    dissent = models.BooleanField("持不同意见", default=False)
    signed = models.BooleanField("书面意见已签字（盖章）", default=False)
    no_direct_interest = models.BooleanField("与决策事项无直接利害关系", default=False)

    class Meta:
        verbose_name = "专家论证意见"
        verbose_name_plural = "重大行政决策专家论证"
        ordering = ["-given_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.decision.title}：{self.expert_name}"


class RiskAssessment(LedgerModel):
    """社会稳定风险评估 (条例第22—24条), of a decision or of a 重点项目, and its 备案."""

    decision = models.ForeignKey(MajorDecision, verbose_name="重大行政决策", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="riskassessments",
                                 help_text="对重点项目的评估可不关联决策")
    subject = models.CharField("评估事项", max_length=200)
    assessor = models.CharField("评估主体", max_length=100, help_text="决策承办单位自行评估或委托的第三方机构")
    assessed_on = models.DateField("评估完成日期")
    risk_level = models.CharField("风险等级", max_length=20, choices=RiskLevel.choices)
    risk_points = models.TextField("风险点", blank=True)
    measures = models.TextField("风险防范措施和处置预案", blank=True)
    state = FSMField("办理状态", default=RiskState.ASSESSED, choices=RiskState.choices)
    filed_on = models.DateField("备案日期", null=True, blank=True, editable=False)
    filed_with = models.CharField("备案机关", max_length=100, blank=True, editable=False)

    class Meta:
        verbose_name = "风险评估"
        verbose_name_plural = "社会稳定风险评估"
        ordering = ["-assessed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.subject}（{self.get_risk_level_display()}）"

    def clean(self):
        if self.decision_id and self.unit_id and self.decision.unit_id != self.unit_id:
            raise ValidationError({"decision": "只能关联本单位的重大行政决策。"})

    @transition(field=state, source=RiskState.ASSESSED, target=RiskState.FILED)
    def file(self):
        pass


class DecisionReview(LedgerModel):
    """合法性审查 of a decision draft, kept by the reviewing unit like ``normative.LegalityReview``
    (条例第25—28条): ≥ 7 working days, 法律顾问/公职律师 involved, 权限·程序·内容 checked."""

    decision = models.ForeignKey(MajorDecision, verbose_name="决策草案", on_delete=models.PROTECT, related_name="reviews")
    round = models.PositiveSmallIntegerField("程序轮次", default=1)
    submitted_on = models.DateField("送审日期")
    materials = models.TextField("送审材料", blank=True, help_text="决策草案及相关材料、法律依据、履行程序情况的说明")
    min_due = models.DateField("最短审查期届满日", null=True, blank=True, editable=False)
    state = FSMField("审查状态", default=ReviewState.PENDING, choices=ReviewState.choices)
    opinion_on = models.DateField("出具意见日期", null=True, blank=True, editable=False)
    opinion = models.CharField("审查意见", max_length=20, choices=ReviewOpinion.choices, blank=True, editable=False)
    opinion_text = models.TextField("审查意见书内容", blank=True, editable=False)
    advisers = models.TextField("参与审查的法律顾问、公职律师及其意见", blank=True, editable=False)
    urgent_reason = models.CharField("审查时间少于7个工作日的理由", max_length=300, blank=True, editable=False)
    check_authority = models.BooleanField("已审查：是否符合法定权限", default=False, editable=False)
    check_procedure = models.BooleanField("已审查：是否履行法定程序", default=False, editable=False)
    check_content = models.BooleanField("已审查：内容是否合法", default=False, editable=False)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="审查人", null=True, blank=True, editable=False,
                                 on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = "合法性审查（重大行政决策）"
        verbose_name_plural = "重大行政决策合法性审查"
        ordering = ["-submitted_on", "-pk"]

    def __str__(self) -> str:
        return f"第{self.round}轮送审：{self.decision.title}"

    @transition(field=state, source=ReviewState.PENDING, target=ReviewState.DONE)
    def give_opinion(self):
        pass


class DecisionParticipant(_OfDecision):
    """Who took part, in which role, and what position they took — kept with its history so that
    responsibility can be traced for life (条例第38条: 终身责任追究; dissenters may be exempted)."""

    role = models.CharField("角色", max_length=20, choices=ParticipantRole.choices)
    name = models.CharField("姓名或单位", max_length=100)
    post = models.CharField("职务", max_length=100, blank=True)
    position = models.CharField("表态", max_length=20, choices=Position.choices, blank=True)
    remarks = models.TextField("意见或说明", blank=True)
    order = models.PositiveSmallIntegerField("发言顺序", null=True, blank=True)
    on = models.DateField("日期", null=True, blank=True)

    class Meta:
        verbose_name = "决策参与人"
        verbose_name_plural = "重大行政决策参与人"
        ordering = ["decision", "round", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.get_role_display()}：{self.name}"

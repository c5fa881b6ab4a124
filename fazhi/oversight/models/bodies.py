"""人大代表建议/政协提案, reports to the 人大, and 代表视察 of government work.

《全国人民代表大会和地方各级人民代表大会代表法》 requires the organs to handle deputies' suggestions
and reply within a set period; the period is not in statutes.md and no clock rule exists for it
(fazhi/deadlines/rules.yaml), so the due date is the one written on the 交办 letter and is entered,
not computed.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import NPCBody, NPCReportKind, ProposalKind, ProposalState, Satisfaction, VisitorType


class Proposal(LedgerModel):
    """A 人大代表建议/议案 or 政协提案 assigned to the unit: 交办 › 办复 › 代表/委员反馈满意度."""

    kind = models.CharField("类别", max_length=20, choices=ProposalKind.choices)
    number = models.CharField("编号", max_length=50, blank=True)
    title = models.CharField("标题", max_length=300)
    proposer = models.CharField("提出人", max_length=100)
    assigned_on = models.DateField("交办日期")
    due_on = models.DateField("要求办复日期", help_text="按交办函载明的期限填写")
    state = FSMField("办理状态", default=ProposalState.ASSIGNED, choices=ProposalState.choices)
    replied_on = models.DateField("办复日期", null=True, blank=True, editable=False)
    reply_summary = models.TextField("办复内容", blank=True, editable=False)
    satisfaction = models.CharField("反馈意见", max_length=20, choices=Satisfaction.choices, blank=True, editable=False)
    feedback_on = models.DateField("反馈日期", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "建议提案"
        verbose_name_plural = "人大代表建议·政协提案"
        ordering = ["-assigned_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}{self.number and ' ' + self.number}：{self.title}"

    def clean(self):
        if self.assigned_on and self.due_on and self.due_on < self.assigned_on:
            raise ValidationError({"due_on": ["要求办复日期不能早于交办日期。"]})

    @property
    def on_time(self) -> bool | None:
        if self.replied_on is None:
            return None
        return self.replied_on <= self.due_on

    @transition(field=state, source=ProposalState.ASSIGNED, target=ProposalState.REPLIED)
    def reply(self):
        pass

    @transition(field=state, source=ProposalState.REPLIED, target=ProposalState.CLOSED)
    def feedback(self):
        pass


class NPCReport(LedgerModel):
    """A report to the 人大 (主席团/常委会): work, 法治政府建设, 重大事项, 审计, 规范性文件报备."""

    reported_on = models.DateField("报告日期")
    body = models.CharField("报告对象", max_length=30, choices=NPCBody.choices)
    kind = models.CharField("报告类别", max_length=30, choices=NPCReportKind.choices)
    title = models.CharField("报告名称", max_length=300)
    outcome = models.CharField("审议结果", max_length=200, blank=True)

    class Meta:
        verbose_name = "向人大报告"
        verbose_name_plural = "向人大报告"
        ordering = ["-reported_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.reported_on:%Y-%m-%d} {self.title}"


class OversightVisit(LedgerModel):
    """代表/委员/群众 visiting or inspecting government work (e.g. 走进服务窗口, 视察调研)."""

    visited_on = models.DateField("日期")
    visitor_type = models.CharField("监督主体", max_length=20, choices=VisitorType.choices)
    target = models.CharField("监督对象/内容", max_length=300)
    visitors = models.PositiveIntegerField("参加人数", default=0)
    findings = models.TextField("意见建议", blank=True)

    class Meta:
        verbose_name = "代表视察与监督活动"
        verbose_name_plural = "代表视察与监督活动"
        ordering = ["-visited_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.visited_on:%Y-%m-%d} {self.get_visitor_type_display()}：{self.target}"

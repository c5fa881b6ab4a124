"""Parts C and D of the annual report as records: 存在的不足 and 下一年度工作安排.

《法治政府建设与责任落实督察工作规定》(厅字〔2019〕28号) asks every annual report for the year's
不足和原因 and the next year's 主要安排 (content items (二) and (四); article number not confirmed,
statutes.md §1). Recording each shortcoming with its evidence and each plan item with an owner and a
due date lets next year's report say which plans were done.
"""

from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import Domain, PlanState, ShortcomingStatus


class Shortcoming(LedgerModel):
    """One 不足 identified in the year, its cause and the evidence that shows it."""

    identified_on = models.DateField("查摆日期", help_text="查摆日期所在年度即该不足所属的报告年度")
    seq = models.PositiveSmallIntegerField("序号", default=1)
    title = models.CharField("不足", max_length=300)
    detail = models.TextField("具体表现", blank=True)
    cause = models.TextField("原因", blank=True, help_text="年度报告须写明不足的原因")
    domain = models.CharField("工作领域", max_length=40, choices=Domain.choices)
    evidence = models.TextField("佐证（链接或存档位置）", blank=True, help_text="一行一条，如逾期事项清单的链接")
    status = models.CharField("整改状态", max_length=20, choices=ShortcomingStatus.choices, default=ShortcomingStatus.OPEN)

    class Meta:
        verbose_name = "存在的不足"
        verbose_name_plural = "存在的不足"
        ordering = ["-identified_on", "seq", "pk"]

    def __str__(self) -> str:
        return f"{self.identified_on:%Y}年 不足{self.seq}：{self.title}"


class PlanItem(LedgerModel):
    """One 下一年度工作安排 item with owner and due date; later marked done (with evidence) or not done."""

    proposed_on = models.DateField("提出日期", help_text="写入年度报告的日期")
    seq = models.PositiveSmallIntegerField("序号", default=1)
    title = models.CharField("工作安排", max_length=300)
    detail = models.TextField("具体措施", blank=True)
    target = models.CharField("可检验的目标", max_length=300, blank=True, help_text="如 全年开展执法人员培训不少于2次")
    domain = models.CharField("工作领域", max_length=40, choices=Domain.choices)
    owner = models.CharField("责任人/责任科室", max_length=100)
    due_on = models.DateField("完成期限")
    shortcoming = models.ForeignKey(
        Shortcoming, verbose_name="针对的不足", null=True, blank=True, on_delete=models.PROTECT, related_name="plan_items",
    )
    state = FSMField("完成情况", default=PlanState.PLANNED, choices=PlanState.choices)
    done_on = models.DateField("完成日期", null=True, blank=True, editable=False)
    evidence = models.TextField("佐证（链接或存档位置）", blank=True, editable=False)
    outcome = models.TextField("完成情况说明", blank=True, editable=False)

    class Meta:
        verbose_name = "工作安排"
        verbose_name_plural = "下一年度工作安排"
        ordering = ["due_on", "seq", "pk"]

    def __str__(self) -> str:
        return f"{self.due_on:%Y}年 安排{self.seq}：{self.title}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.proposed_on and self.due_on and self.due_on < self.proposed_on:
            raise ValidationError({"due_on": ["完成期限不能早于提出日期。"]})
        if self.shortcoming_id and self.unit_id and self.shortcoming.unit_id != self.unit_id:
            raise ValidationError({"shortcoming": ["只能关联本单位查摆的不足。"]})

    @transition(field=state, source=PlanState.PLANNED, target=PlanState.DONE)
    def complete(self):
        pass

    @transition(field=state, source=PlanState.PLANNED, target=PlanState.NOT_DONE)
    def mark_not_done(self):
        pass

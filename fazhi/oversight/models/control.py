"""Audits, accountability cases by the ten 问责方式, and complaint channels with their complaints."""

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import AccountabilityForm, AuditKind, ChannelKind, ComplaintState, Finding, Quarter


class BudgetUnit(LedgerModel):
    """A 一级预算部门 of the government (the denominator of 预算执行审计覆盖率)."""

    name = models.CharField("部门名称", max_length=200)
    code = models.CharField("预算单位编码", max_length=50, blank=True)
    active_from = models.DateField("纳入日期", null=True, blank=True)
    active_to = models.DateField("撤并日期", null=True, blank=True)

    class Meta:
        verbose_name = "一级预算部门"
        verbose_name_plural = "一级预算部门名录"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Audit(LedgerModel):
    """An audit project: kind, who or what was audited, quarter, whether its report was published."""

    kind = models.CharField("审计类别", max_length=30, choices=AuditKind.choices)
    title = models.CharField("审计项目", max_length=300)
    audited_name = models.CharField("被审计单位/项目", max_length=300)
    budget_unit = models.ForeignKey(BudgetUnit, verbose_name="被审计一级预算部门", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="audits")
    started_on = models.DateField("开始日期")
    quarter = models.PositiveSmallIntegerField("跟踪季度", choices=Quarter.choices, null=True, blank=True)
    big_data = models.BooleanField("大数据审计", default=False)
    report_published_on = models.DateField("审计结果公开日期", null=True, blank=True)
    findings = models.TextField("主要问题", blank=True)

    class Meta:
        verbose_name = "审计项目"
        verbose_name_plural = "审计项目"
        ordering = ["-started_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.budget_unit_id and self.unit_id and self.budget_unit.unit_id != self.unit_id:
            raise ValidationError({"budget_unit": ["只能选择本单位名录中的一级预算部门。"]})


class Accountability(LedgerModel):
    """An accountability decision by one of the ten 问责方式 (GLOSSARY.md oversight)."""

    decided_on = models.DateField("问责日期")
    person_name = models.CharField("被问责人", max_length=50)
    post = models.CharField("职务", max_length=100)
    form = models.CharField("问责方式", max_length=30, choices=AccountabilityForm.choices)
    reason = models.TextField("问责事由")
    decided_by = models.CharField("问责机关", max_length=200)
    one_case_two_checks = models.BooleanField("一案双查", default=False)
    case_ref = models.CharField("案件/文书编号", max_length=100, blank=True)

    class Meta:
        verbose_name = "问责"
        verbose_name_plural = "问责"
        ordering = ["-decided_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.decided_on:%Y-%m-%d} {self.person_name} {self.get_form_display()}"


class ComplaintChannel(LedgerModel):
    """A supervision channel: 举报箱, 电子信箱, 热线电话 …"""

    kind = models.CharField("渠道类型", max_length=20, choices=ChannelKind.choices)
    name = models.CharField("名称", max_length=200)
    contact = models.CharField("号码/地址", max_length=200, blank=True)
    opened_on = models.DateField("开通日期", null=True, blank=True)
    closed_on = models.DateField("停用日期", null=True, blank=True)

    class Meta:
        verbose_name = "监督渠道"
        verbose_name_plural = "监督渠道"
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


class Complaint(LedgerModel):
    """A complaint or report received through a channel: 受理 › 办结 (查实/不属实)."""

    received_on = models.DateField("受理日期")
    channel = models.ForeignKey(ComplaintChannel, verbose_name="受理渠道", on_delete=models.PROTECT, related_name="complaints")
    subject = models.CharField("反映事项", max_length=300)
    about = models.CharField("被反映对象", max_length=200, blank=True)
    state = FSMField("办理状态", default=ComplaintState.RECEIVED, choices=ComplaintState.choices)
    concluded_on = models.DateField("办结日期", null=True, blank=True, editable=False)
    finding = models.CharField("核查结论", max_length=20, choices=Finding.choices, blank=True, editable=False)
    handling = models.TextField("处理结果", blank=True, editable=False)

    class Meta:
        verbose_name = "投诉举报"
        verbose_name_plural = "投诉举报"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.received_on:%Y-%m-%d} {self.subject}"

    def clean(self):
        if self.channel_id and self.unit_id and self.channel.unit_id != self.unit_id:
            raise ValidationError({"channel": ["只能选择本单位的监督渠道。"]})

    @transition(field=state, source=ComplaintState.RECEIVED, target=ComplaintState.CONCLUDED)
    def conclude(self):
        pass

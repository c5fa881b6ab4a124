"""权责清单 with its change log, 证明事项, 审批制度改革, 收费目录, 负面清单 and 公平竞争审查.

《关于推行地方各级政府工作部门权力清单制度的指导意见》(中办发〔2015〕21号) asks for the lists to be
published and adjusted dynamically when laws or functions change; its article wording is not in
statutes.md, so the rule that an adjustment needs a document is a setting marked UNCONFIRMED
(``lists.power_change_requires_document``).
"""

from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import (CertificationCategory, ChangeAction, FeeOutcome, NegativeKind, PowerCategory, PowerState,
                       ReformAction, ReformItemKind, ReviewConclusion)


class PowerItem(LedgerModel):
    """One item of the 权力清单 with its 责任清单 (responsibilities) and legal basis."""

    code = models.CharField("事项编码", max_length=50, blank=True)
    name = models.CharField("事项名称", max_length=300)
    category = models.CharField("权力类别", max_length=20, choices=PowerCategory.choices)
    legal_basis = models.TextField("设定依据")
    department = models.CharField("实施主体/责任科室", max_length=200)
    responsibilities = models.TextField("责任事项", blank=True, help_text="责任清单内容：受理、审查、决定、送达、监管等环节的责任")
    accountability = models.TextField("追责情形", blank=True)
    on_platform = models.BooleanField("已录入政务服务平台", default=False)
    listed_on = models.DateField("列入清单日期")
    list_doc_no = models.CharField("公布文件文号", max_length=100, blank=True)
    state = FSMField("状态", default=PowerState.ACTIVE, choices=PowerState.choices)
    removed_on = models.DateField("取消日期", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "权责事项"
        verbose_name_plural = "权责清单"
        ordering = ["category", "code", "pk"]

    def __str__(self) -> str:
        return f"{self.code + ' ' if self.code else ''}{self.name}"

    @transition(field=state, source=PowerState.ACTIVE, target=PowerState.ACTIVE)
    def amend(self):
        pass

    @transition(field=state, source=PowerState.ACTIVE, target=PowerState.REMOVED)
    def remove(self):
        pass


class PowerItemChange(LedgerModel):
    """One change to the 权责清单: added, amended or removed, with the document that did it.

    A change found without an approving document (e.g. in an inspection) is recorded with
    ``authorized`` off: that is the "擅自更改权力事项" a report claims never happened.
    """

    item = models.ForeignKey(PowerItem, verbose_name="权责事项", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="changes")
    action = models.CharField("调整类型", max_length=20, choices=ChangeAction.choices)
    changed_on = models.DateField("调整日期")
    doc_no = models.CharField("调整依据文件文号", max_length=100, blank=True)
    authorized = models.BooleanField("依批准文件调整", default=True, help_text="未经批准擅自更改的，取消勾选")
    summary = models.TextField("调整内容")

    class Meta:
        verbose_name = "权责清单调整"
        verbose_name_plural = "权责清单调整记录"
        ordering = ["-changed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.changed_on:%Y-%m-%d} {self.get_action_display()}：{self.item or self.summary[:30]}"

    def clean(self):
        from fazhi.leadership.formkit import check_child_unit

        check_child_unit(self, "item")


class CertificationItem(LedgerModel):
    """A 证明事项 of the applicable list, by category, and whether 告知承诺 applies."""

    name = models.CharField("证明事项", max_length=300)
    category = models.CharField("所属事项类别", max_length=20, choices=CertificationCategory.choices)
    notify_commit = models.BooleanField("实行告知承诺制", default=False)
    source_list = models.CharField("清单来源", max_length=200, help_text="如 重庆市证明事项清单")
    legal_basis = models.TextField("设定依据", blank=True)
    adopted_on = models.DateField("落实日期")
    removed_on = models.DateField("取消日期", null=True, blank=True)

    class Meta:
        verbose_name = "证明事项"
        verbose_name_plural = "证明事项清单"
        ordering = ["category", "name"]

    def __str__(self) -> str:
        return self.name


class ApprovalReformAction(LedgerModel):
    """An 审批制度改革 action: an approval item cancelled, delegated, taken over, or a 变相许可 rectified."""

    acted_on = models.DateField("日期")
    action = models.CharField("改革措施", max_length=20, choices=ReformAction.choices)
    item_name = models.CharField("事项名称", max_length=300)
    item_kind = models.CharField("事项类别", max_length=20, choices=ReformItemKind.choices)
    doc_no = models.CharField("依据文件文号", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "审批制度改革事项"
        verbose_name_plural = "审批制度改革事项"
        ordering = ["-acted_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()}：{self.item_name}"


class FeeItem(LedgerModel):
    """An item of the 行政事业性收费目录 and the result of its 清理核实."""

    name = models.CharField("收费项目", max_length=300)
    department = models.CharField("收费单位", max_length=200)
    basis = models.TextField("收费依据")
    standard = models.CharField("收费标准", max_length=300, blank=True)
    reviewed = models.BooleanField("已清理核实", default=False)
    reviewed_on = models.DateField("清理核实日期", null=True, blank=True)
    outcome = models.CharField("清理结果", max_length=20, choices=FeeOutcome.choices, default=FeeOutcome.PENDING)

    class Meta:
        verbose_name = "收费项目"
        verbose_name_plural = "收费目录"
        ordering = ["department", "name"]

    def __str__(self) -> str:
        return f"{self.department} · {self.name}"


class NegativeListEntry(LedgerModel):
    """An entry of a 负面清单 the unit applies (市场准入负面清单 is national; a 镇 applies, not makes, it)."""

    list_name = models.CharField("清单名称", max_length=200)
    entry = models.TextField("事项")
    kind = models.CharField("类别", max_length=20, choices=NegativeKind.choices)
    adopted_on = models.DateField("执行日期")
    source = models.CharField("制定机关/版本", max_length=200, blank=True)

    class Meta:
        verbose_name = "负面清单事项"
        verbose_name_plural = "负面清单"
        ordering = ["list_name", "pk"]

    def __str__(self) -> str:
        return f"{self.list_name}：{self.entry[:40]}"


class FairCompetitionReview(LedgerModel):
    """A 公平竞争审查 of a policy document before it is issued."""

    reviewed_on = models.DateField("审查日期")
    document_title = models.CharField("审查的政策文件", max_length=300)
    drafter = models.CharField("起草科室", max_length=200, blank=True)
    conclusion = models.CharField("审查结论", max_length=20, choices=ReviewConclusion.choices)
    reviewer = models.CharField("审查人", max_length=100, blank=True)

    class Meta:
        verbose_name = "公平竞争审查"
        verbose_name_plural = "公平竞争审查"
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.reviewed_on:%Y-%m-%d} {self.document_title}"

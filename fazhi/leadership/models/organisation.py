"""领导小组/委员会/办公室, their members over time, and the unit's 法治工作力量.

《党政主要负责人履行推进法治建设第一责任人职责规定》(中办发〔2016〕71号) makes the principal leaders
responsible for the organisation that carries 法治建设; a report proves it with the body (who leads
it, since when, by which document) and with the people doing the work — article numbers of that
规定 are not quoted in statutes.md and are not cited here.
"""

from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import Domain, GroupKind, HolderKind, MemberPosition, RuleOfLawDuty


class LeadingGroup(LedgerModel):
    """A 领导小组, 委员会, its 办公室 or a 协调小组 under it (GLOSSARY ``LeadingGroup``)."""

    name = models.CharField("名称", max_length=200)
    kind = models.CharField("机构类别", max_length=20, choices=GroupKind.choices)
    domain = models.CharField("工作领域", max_length=40, choices=Domain.choices, default=Domain.LEADERSHIP)
    parent = models.ForeignKey(
        "self", verbose_name="上级机构", null=True, blank=True, on_delete=models.PROTECT, related_name="children",
        help_text="办公室、协调小组填所属的领导小组或委员会",
    )
    established_on = models.DateField("成立日期", null=True, blank=True, help_text="报告或文件未载明时留空，审阅时会提示缺少日期")
    doc_no = models.CharField("成立文件文号", max_length=100, blank=True, help_text="如 大湾府发〔2020〕3号")
    dissolved_on = models.DateField("撤销日期", null=True, blank=True)
    duties = models.TextField("主要职责", blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "领导小组/委员会"
        verbose_name_plural = "领导小组与议事协调机构"
        ordering = ["-established_on", "-pk"]

    def __str__(self) -> str:
        return self.name


class GroupMember(LedgerModel):
    """One seat in a body: 组长, 副组长, 成员 or a 成员单位, with the dates it was held (changes over time)."""

    group = models.ForeignKey(LeadingGroup, verbose_name="所属机构", on_delete=models.PROTECT, related_name="members")
    position = models.CharField("职位", max_length=20, choices=MemberPosition.choices)
    holder_kind = models.CharField("成员类型", max_length=10, choices=HolderKind.choices, default=HolderKind.PERSON)
    role_title = models.CharField("职务", max_length=100, blank=True, help_text="如 党委书记、政法书记、平安办主任")
    person_name = models.CharField("姓名", max_length=50, blank=True)
    member_unit_name = models.CharField("成员单位名称", max_length=200, blank=True)
    start_on = models.DateField("任职/加入日期", null=True, blank=True)
    end_on = models.DateField("调整/退出日期", null=True, blank=True)
    change_doc_no = models.CharField("调整文件文号", max_length=100, blank=True)

    class Meta:
        verbose_name = "机构成员"
        verbose_name_plural = "机构成员及调整"
        ordering = ["group", "position", "pk"]

    def __str__(self) -> str:
        who = self.member_unit_name if self.holder_kind == HolderKind.UNIT else (self.role_title + (self.person_name and f" {self.person_name}"))
        return f"{self.group} · {self.get_position_display()} · {who}"

    def clean(self):
        from django.core.exceptions import ValidationError

        from ..formkit import check_child_unit

        check_child_unit(self, "group")
        if self.holder_kind == HolderKind.UNIT and not self.member_unit_name:
            raise ValidationError({"member_unit_name": ["成员单位须填写单位名称。"]})
        if self.holder_kind == HolderKind.PERSON and not (self.role_title or self.person_name):
            raise ValidationError({"role_title": ["个人成员须填写职务或姓名。"]})
        if self.start_on and self.end_on and self.end_on < self.start_on:
            raise ValidationError({"end_on": ["调整/退出日期不能早于任职日期。"]})


class StaffMember(LedgerModel):
    """A 班子成员 or 法治工作人员: legal background and whether 法治 work is their full-time job."""

    name = models.CharField("姓名", max_length=50)
    post = models.CharField("职务/岗位", max_length=100)
    is_leadership = models.BooleanField("领导班子成员", default=False)
    legal_background = models.BooleanField("具有法律专业背景或法治工作经历", default=False)
    rule_of_law_duty = models.CharField("法治工作岗位", max_length=20, choices=RuleOfLawDuty.choices, default=RuleOfLawDuty.NONE)
    start_on = models.DateField("到岗日期", null=True, blank=True)
    end_on = models.DateField("离岗日期", null=True, blank=True, help_text="仍在岗的留空")
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "法治工作力量"
        verbose_name_plural = "班子成员与法治工作力量"
        ordering = ["-is_leadership", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.post}）"

"""执法主体、执法人员、执法证、年审、培训与装备 (statutes.md §4.3, §4.5; 行政处罚法第四十二条)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import (
    BodyKind, CertificateAction, CertificateState, CertificateStatus, EquipmentKind, Field, OfficerRole,
    ReviewResult, Tier, TrainingMode,
)


class Body(LedgerModel):
    """执法主体: an agency, an authorised or entrusted organisation, or a 综合执法 team, with its basis and quota."""

    name = models.CharField("执法主体名称", max_length=200)
    kind = models.CharField("主体类别", max_length=20, choices=BodyKind.choices)
    field = models.CharField("执法领域", max_length=20, choices=Field.choices)
    tier = models.CharField("层级", max_length=20, choices=Tier.choices,
                            help_text="区县级队伍或乡镇（街道）综合执法机构；乡镇机构也可由区县统一登记")
    legal_basis = models.CharField("主体资格依据", max_length=300, blank=True, help_text="法律、法规授权或委托文件")
    doc_no = models.CharField("组建/委托文号", max_length=100, blank=True)
    established_on = models.DateField("组建日期", null=True, blank=True)
    staffing_quota = models.PositiveIntegerField("核定编制（名）", null=True, blank=True)
    is_active = models.BooleanField("在用", default=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "执法主体"
        verbose_name_plural = "执法主体"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Officer(LedgerModel):
    """执法人员 or 法制审核人员 (118号 (十一), (二十三)); the 持证 state comes from ``Certificate``."""

    name = models.CharField("姓名", max_length=50)
    code = models.CharField("人员编号", max_length=50, blank=True)
    body = models.ForeignKey(Body, verbose_name="所属执法主体", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="officers")
    role = models.CharField("岗位", max_length=20, choices=OfficerRole.choices, default=OfficerRole.ENFORCEMENT)
    birth_date = models.DateField("出生日期", null=True, blank=True)
    legal_qualification = models.BooleanField("具有法律职业资格", default=False,
                                              help_text="初次从事行政处罚决定法制审核的人员应当取得（行政处罚法第五十八条第二款）")
    in_inspector_pool = models.BooleanField("列入执法检查人员名录库", default=True)
    specialty = models.CharField("专业特长", max_length=100, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="对应平台用户", null=True, blank=True,
                             on_delete=models.PROTECT, related_name="+",
                             help_text="用于回避审查：审核人、评查人不得是本案承办人")
    joined_on = models.DateField("上岗日期", null=True, blank=True)
    left_on = models.DateField("离岗日期", null=True, blank=True, help_text="调离、退休后填写；不再计入执法人员")

    class Meta:
        verbose_name = "执法人员"
        verbose_name_plural = "执法人员"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.name}（{self.code}）" if self.code else self.name

    def active_on(self, day: dt.date) -> bool:
        return (self.joined_on is None or self.joined_on <= day) and (self.left_on is None or self.left_on > day)


class Certificate(LedgerModel):
    """执法证 (行政处罚法第四十二条、第五十五条): validity period, 暂扣/吊销, and 年审 results.

    Only the suspension and revocation are stored as a state; “已过期” is computed from the validity
    period on the day asked about, so a stored status can never go stale.
    """

    officer = models.ForeignKey(Officer, verbose_name="执法人员", on_delete=models.PROTECT, related_name="certificates")
    number = models.CharField("证件编号", max_length=50, unique=True)
    issuer = models.CharField("发证机关", max_length=100)
    action = models.CharField("申领类型", max_length=20, choices=CertificateAction.choices, default=CertificateAction.NEW)
    issued_on = models.DateField("发证日期")
    valid_from = models.DateField("有效期起")
    valid_to = models.DateField("有效期止")
    state = FSMField("证件状态", default=CertificateState.ACTIVE, choices=CertificateState.choices)
    suspended_from = models.DateField("暂扣日期", null=True, blank=True, editable=False)
    suspended_until = models.DateField("恢复日期", null=True, blank=True, editable=False)
    revoked_on = models.DateField("吊销/注销日期", null=True, blank=True, editable=False)
    state_reason = models.CharField("暂扣/吊销原因", max_length=300, blank=True, editable=False)

    class Meta:
        verbose_name = "执法证"
        verbose_name_plural = "执法证"
        ordering = ["-issued_on", "pk"]

    def __str__(self) -> str:
        return f"{self.number}（{self.officer.name}）"

    def status_on(self, day: dt.date, reviews=None) -> str:
        """The certificate's status on ``day`` (a value of ``CertificateStatus``).

        ``reviews`` are (reviewed_on, result) pairs of its live 年审 records; the latest review on or
        before ``day`` decides whether a failed 年审 keeps the certificate suspended.
        """
        if self.revoked_on and day >= self.revoked_on:
            return CertificateStatus.REVOKED
        if day < self.valid_from:
            return CertificateStatus.NOT_YET
        if day > self.valid_to:
            return CertificateStatus.EXPIRED
        if self.suspended_from and day >= self.suspended_from and (self.suspended_until is None or day < self.suspended_until):
            return CertificateStatus.SUSPENDED
        if reviews is None:
            reviews = list(self.reviews.filter(is_void=False).values_list("reviewed_on", "result"))
        past = sorted(r for r in reviews if r[0] <= day)
        if past and past[-1][1] == ReviewResult.FAILED:
            return CertificateStatus.SUSPENDED
        return CertificateStatus.ACTIVE

    @transition(field=state, source=CertificateState.ACTIVE, target=CertificateState.SUSPENDED)
    def suspend(self):
        pass

    @transition(field=state, source=CertificateState.SUSPENDED, target=CertificateState.ACTIVE)
    def reinstate(self):
        pass

    @transition(field=state, source=[CertificateState.ACTIVE, CertificateState.SUSPENDED], target=CertificateState.REVOKED)
    def revoke(self):
        pass


class AnnualReview(LedgerModel):
    """执法证年审 (年度验审/注册; provincial rules, statutes.md §4.5). A failed review suspends the
    certificate from its date until a later passed review of the same certificate."""

    certificate = models.ForeignKey(Certificate, verbose_name="执法证", on_delete=models.PROTECT, related_name="reviews")
    year = models.PositiveIntegerField("年审年度")
    reviewed_on = models.DateField("年审日期")
    result = models.CharField("年审结论", max_length=20, choices=ReviewResult.choices)
    training_hours = models.DecimalField("年度培训学时", max_digits=6, decimal_places=1, null=True, blank=True)
    note = models.CharField("说明", max_length=300, blank=True)

    class Meta:
        verbose_name = "执法证年审"
        verbose_name_plural = "执法证年审"
        ordering = ["-reviewed_on", "pk"]

    def __str__(self) -> str:
        return f"{self.certificate.number} {self.year}年审{self.get_result_display()}"


class OfficerTraining(LedgerModel):
    """执法人员培训 (118号 (二十三) 岗前培训和岗位培训): one batch (批次) with its participants and hours."""

    held_on = models.DateField("培训日期")
    title = models.CharField("培训名称", max_length=200)
    mode = models.CharField("培训方式", max_length=20, choices=TrainingMode.choices)
    hours = models.DecimalField("学时", max_digits=5, decimal_places=1)
    organiser = models.CharField("组织单位", max_length=100, blank=True)
    officers = models.ManyToManyField(Officer, verbose_name="参训人员", related_name="trainings")
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "执法人员培训"
        verbose_name_plural = "执法人员培训"
        ordering = ["-held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"


class Equipment(LedgerModel):
    """执法装备 (执法记录仪、移动执法设备箱…), kept by kind and quantity (118号 (九))."""

    kind = models.CharField("装备类别", max_length=20, choices=EquipmentKind.choices)
    quantity = models.PositiveIntegerField("数量（台/套）")
    body = models.ForeignKey(Body, verbose_name="配备主体", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="equipment")
    acquired_on = models.DateField("配备日期", null=True, blank=True)
    note = models.CharField("说明", max_length=300, blank=True)

    class Meta:
        verbose_name = "执法装备"
        verbose_name_plural = "执法装备"
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} × {self.quantity}"

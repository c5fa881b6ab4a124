"""矛盾纠纷排查化解 ledgers (GLOSSARY.md disputes).

``Dispute`` is one dispute from discovery to its outcome; ``Screening`` is one unit's monthly
排查 (a month with nothing found is still a record — the monthly report counts the disputes
from the ledger, so a zero is a report, not a gap). Mediators, trainings, mediation bodies and
incidents complete the register. Records of a village are kept by its township (unit = the village).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from .choices import (
    AgreementForm, BodyKind, Cause, Confirmation, DisputeType, FailureRoute, Impact, IncidentKind, MediatorKind,
    MediatorSource, Method, Performance, RiskLevel, Source, SpecialField, State,
)

SATISFACTION = [("satisfied", "满意"), ("basic", "基本满意"), ("dissatisfied", "不满意"), ("unreachable", "无法联系")]


class Mediator(LedgerModel):
    """调解员名册；法律明白人可以担任调解员。"""

    name = models.CharField("姓名", max_length=50)
    kind = models.CharField("类别", max_length=20, choices=MediatorKind.choices, default=MediatorKind.PART_TIME)
    source_group = models.CharField("来源", max_length=30, choices=MediatorSource.choices, default=MediatorSource.OTHER)
    organisation = models.CharField("所在调解组织", max_length=100, blank=True)
    is_legal_literate = models.BooleanField("法律明白人", default=False)
    phone = models.CharField("联系电话", max_length=30, blank=True)
    appointed_on = models.DateField("聘任日期", null=True, blank=True)
    is_active = models.BooleanField("在册", default=True)

    class Meta:
        verbose_name = "调解员"
        verbose_name_plural = "调解员名册"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class Dispute(LedgerModel):
    """一件矛盾纠纷：登记（排查发现或受理）→ 调解 → 调解成功（协议、履行、司法确认）/ 调解不成 / 移交."""

    received_on = models.DateField("发现/受理日期")
    source = models.CharField("来源渠道", max_length=20, choices=Source.choices, default=Source.SCREENING)
    dispute_type = models.CharField("纠纷类型", max_length=30, choices=DisputeType.choices)
    risk_level = models.CharField("风险等级", max_length=20, choices=RiskLevel.choices, default=RiskLevel.LOW)
    parties = models.CharField("当事人", max_length=300, help_text="多方用“、”分隔")
    party_count = models.PositiveIntegerField("涉及人数", default=2)
    summary = models.TextField("纠纷简要情况")
    special_field = models.CharField("专项领域", max_length=20, choices=SpecialField.choices, blank=True)
    is_legacy = models.BooleanField("信访遗留问题", default=False, help_text="信访陈年旧案转入调解的")
    method = models.CharField("调解方式", max_length=20, choices=Method.choices, blank=True)
    note = models.TextField("备注", blank=True)

    state = FSMField("办理状态", default=State.SCREENED, choices=State.choices)
    mediation_started_on = models.DateField("开始调解日期", null=True, blank=True, editable=False)
    mediators = models.ManyToManyField(Mediator, verbose_name="调解员", blank=True, related_name="disputes")
    closed_on = models.DateField("调结日期", null=True, blank=True, editable=False)
    agreement_form = models.CharField("协议形式", max_length=20, choices=AgreementForm.choices, blank=True, editable=False)
    agreement_amount = models.DecimalField("协议金额（元）", max_digits=14, decimal_places=2, null=True, blank=True, editable=False)
    agreement_effective_on = models.DateField("协议生效日期", null=True, blank=True, editable=False)
    performance = models.CharField("履行情况", max_length=20, choices=Performance.choices, blank=True, editable=False)
    performed_on = models.DateField("履行日期", null=True, blank=True, editable=False)
    confirmation = models.CharField("司法确认", max_length=20, choices=Confirmation.choices, blank=True, editable=False)
    confirmation_applied_on = models.DateField("申请司法确认日期", null=True, blank=True, editable=False)
    confirmation_on = models.DateField("司法确认日期", null=True, blank=True, editable=False)
    court = models.CharField("受理法院", max_length=100, blank=True, editable=False)
    failure_route = models.CharField("调解不成后的去向", max_length=20, choices=FailureRoute.choices, blank=True, editable=False)
    referred_to = models.CharField("移交单位", max_length=100, blank=True, editable=False)
    outcome_note = models.CharField("结果说明", max_length=300, blank=True, editable=False)
    follow_up_on = models.DateField("回访日期", null=True, blank=True, editable=False)
    satisfaction = models.CharField("回访满意度", max_length=20, choices=SATISFACTION, blank=True, editable=False)

    deadlines = GenericRelation("deadlines.Deadline", content_type_field="content_type", object_id_field="object_id")

    class Meta:
        verbose_name = "矛盾纠纷"
        verbose_name_plural = "矛盾纠纷"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.received_on:%Y-%m-%d} {self.get_dispute_type_display()}：{self.parties[:30]}"

    @property
    def cycle_days(self) -> int | None:
        """调解周期：发现/受理日至调结日的天数。"""
        return (self.closed_on - self.received_on).days if self.closed_on else None

    @transition(field=state, source=State.SCREENED, target=State.MEDIATING)
    def start_mediation(self):
        pass

    @transition(field=state, source=State.MEDIATING, target=State.RESOLVED)
    def resolve(self):
        pass

    @transition(field=state, source=State.MEDIATING, target=State.FAILED)
    def fail(self):
        pass

    @transition(field=state, source=[State.SCREENED, State.MEDIATING], target=State.REFERRED)
    def refer(self):
        pass

    @transition(field=state, source=State.RESOLVED, target=State.RESOLVED)
    def record_performance(self):
        pass

    @transition(field=state, source=State.RESOLVED, target=State.RESOLVED)
    def confirm(self):
        pass

    @transition(field=state, source=[State.RESOLVED, State.FAILED], target=None)
    def follow_up(self):
        pass


class Screening(LedgerModel):
    """一个单位（镇或村/社区）一个月的矛盾纠纷排查；本月没有发现纠纷也要登记（零报告）。"""

    year = models.PositiveIntegerField("年度")
    month = models.PositiveSmallIntegerField("月份", choices=[(m, f"{m}月") for m in range(1, 13)])
    conducted_on = models.DateField("排查日期")
    lead = models.CharField("牵头人", max_length=60, blank=True)
    participants = models.PositiveIntegerField("参加人数", default=0)
    households_visited = models.PositiveIntegerField("走访户数", default=0)
    analysis_meeting_on = models.DateField("排查暨社会治安形势分析会日期", null=True, blank=True)
    submitted_on = models.DateField("报送日期", null=True, blank=True)
    note = models.TextField("排查情况", blank=True)

    class Meta:
        verbose_name = "月度排查"
        verbose_name_plural = "月度排查"
        ordering = ["-year", "-month", "unit__path"]
        constraints = [models.UniqueConstraint(
            fields=["unit", "year", "month"], condition=Q(is_void=False), name="disputes_one_screening_per_unit_month",
            violation_error_message="本单位该月已登记过排查，请修改原记录。",
        )]

    def __str__(self) -> str:
        return f"{self.year}年{self.month}月排查"

    def clean(self):
        if self.conducted_on and (self.conducted_on.year, self.conducted_on.month) < (self.year or 0, self.month or 0):
            raise ValidationError({"conducted_on": "排查日期不能早于所排查的月份。"})


class MediatorTraining(LedgerModel):
    held_on = models.DateField("培训日期")
    title = models.CharField("培训主题", max_length=200)
    organiser = models.CharField("组织单位", max_length=100, blank=True)
    attendees = models.PositiveIntegerField("参训人数", default=0)
    hours = models.DecimalField("学时", max_digits=5, decimal_places=1, default=0)

    class Meta:
        verbose_name = "调解员培训"
        verbose_name_plural = "调解员培训"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"


class MediationBody(LedgerModel):
    """调解组织与工作机制：调委会、品牌调解室、联合值班制度、领导小组。"""

    kind = models.CharField("类别", max_length=20, choices=BodyKind.choices)
    name = models.CharField("名称", max_length=200)
    established_on = models.DateField("成立/启用日期", null=True, blank=True)
    head = models.CharField("负责人（组长）", max_length=100, blank=True)
    members = models.CharField("成员/参与单位", max_length=500, blank=True, help_text="多个用“、”分隔")
    note = models.TextField("说明", blank=True)

    class Meta:
        verbose_name = "调解组织与机制"
        verbose_name_plural = "调解组织与机制"
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def member_list(self) -> list[str]:
        import re

        return [m for m in re.split(r"[、,，;；]\s*", self.members or "") if m.strip()]


class Incident(LedgerModel):
    """矛盾纠纷引发的案事件（群体性事件、械斗、民转刑、自杀等），用于“未发生…”的零报告核对。"""

    occurred_on = models.DateField("发生日期")
    kind = models.CharField("类别", max_length=30, choices=IncidentKind.choices)
    impact = models.CharField("影响程度", max_length=20, choices=Impact.choices, default=Impact.LOCAL)
    cause = models.CharField("起因", max_length=20, choices=Cause.choices, default=Cause.OTHER)
    people = models.PositiveIntegerField("涉及人数", default=0)
    summary = models.TextField("简要情况")
    dispute = models.ForeignKey(Dispute, verbose_name="相关纠纷", null=True, blank=True, on_delete=models.PROTECT, related_name="incidents")

    class Meta:
        verbose_name = "矛盾纠纷引发的案事件"
        verbose_name_plural = "案事件"
        ordering = ["-occurred_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.occurred_on:%Y-%m-%d} {self.get_kind_display()}"

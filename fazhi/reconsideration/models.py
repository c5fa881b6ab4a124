"""行政复议案件 (GLOSSARY.md reconsideration.Reconsideration; 行政复议法 2023, effective 2024-01-01).

One ledger for both roles a unit can have: 复议机关 (a county government handles the case) and
被申请人 (a township's act is challenged; the county decides). Clocks: ``reconsideration.accept``
5个工作日, ``correction_notice`` 5个工作日, ``correction_submit`` 10个工作日, ``copy_to_respondent`` 7个工作日,
``answer`` 10个工作日 (simplified 3/5), ``decide`` 60日 (+30日) or ``decide_simplified`` 30日, with
中止 periods excluded; ``opinion_followup`` 60日 for a 行政复议意见书.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from .choices import ActKind, Channel, Outcome, Procedure, Role, State


class Reconsideration(LedgerModel):
    """一件行政复议案件。"""

    role = models.CharField("本机关角色", max_length=20, choices=Role.choices, default=Role.ORGAN)
    case_no = models.CharField("案号", max_length=100, blank=True)
    applicant = models.CharField("申请人", max_length=200)
    respondent_name = models.CharField("被申请人", max_length=200)
    act = models.CharField("被申请的行政行为", max_length=300)
    act_kind = models.CharField("行为类别", max_length=20, choices=ActKind.choices, default=ActKind.OTHER)
    act_known_on = models.DateField("知道该行政行为日期", null=True, blank=True,
                                    help_text="申请期限60日自此起算（行政复议法第二十条）")
    received_on = models.DateField("收到日期", help_text="复议机关：收到复议申请之日；被申请人：收到申请书副本之日")
    channel = models.CharField("申请方式", max_length=20, choices=Channel.choices, default=Channel.POST)
    procedure = models.CharField("审理程序", max_length=20, choices=Procedure.choices, default=Procedure.ORDINARY)
    documents_served = models.PositiveIntegerField("制作并送达法律文书（件次）", default=0)
    site_investigations = models.PositiveIntegerField("现场勘验调查（次）", default=0)
    interviews = models.PositiveIntegerField("调查谈话（人次）", default=0)
    note = models.TextField("备注", blank=True)

    state = FSMField("办理状态", default=State.RECEIVED, choices=State.choices)
    correction_notice_on = models.DateField("补正通知日期", null=True, blank=True, editable=False)
    correction_items = models.CharField("补正事项", max_length=300, blank=True, editable=False)
    correction_received_on = models.DateField("收到补正材料日期", null=True, blank=True, editable=False)
    accepted_on = models.DateField("受理日期", null=True, blank=True, editable=False)
    rejected_reason = models.CharField("不予受理理由", max_length=300, blank=True, editable=False)
    copy_sent_on = models.DateField("发送申请书副本日期", null=True, blank=True, editable=False)
    answer_on = models.DateField("被申请人答复日期", null=True, blank=True, editable=False)
    extended_on = models.DateField("延期批准日期", null=True, blank=True, editable=False)
    extension_reason = models.CharField("延期理由", max_length=300, blank=True, editable=False)
    extension_approver = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="延期批准人", null=True, blank=True,
                                           editable=False, on_delete=models.PROTECT, related_name="+")
    suspended_on = models.DateField("中止日期", null=True, blank=True, editable=False)
    suspension_reason = models.CharField("中止原因", max_length=300, blank=True, editable=False)
    suspended_days = models.PositiveIntegerField("累计中止天数", default=0, editable=False)
    decided_on = models.DateField("审结日期", null=True, blank=True, editable=False)
    outcome = models.CharField("决定类型", max_length=30, choices=Outcome.choices, blank=True, editable=False)
    corrected = models.BooleanField("被申请人已纠正原行为", default=False, editable=False,
                                    help_text="调解、和解撤回的案件中，被申请人变更或撤销了原行政行为")
    decision_doc_no = models.CharField("决定书文号", max_length=100, blank=True, editable=False)
    opinion_on = models.DateField("行政复议意见书日期", null=True, blank=True, editable=False)
    opinion_report_on = models.DateField("纠正情况报告日期", null=True, blank=True, editable=False)

    deadlines = GenericRelation("deadlines.Deadline", content_type_field="content_type", object_id_field="object_id")

    class Meta:
        verbose_name = "行政复议案件"
        verbose_name_plural = "行政复议案件"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.case_no or '（未编案号）'} {self.applicant[:30]}诉{self.respondent_name[:30]}"

    @property
    def is_simplified(self) -> bool:
        return self.procedure == Procedure.SIMPLIFIED

    @transition(field=state, source=State.RECEIVED, target=State.CORRECTION)
    def request_correction(self):
        pass

    @transition(field=state, source=State.CORRECTION, target=State.RECEIVED)
    def receive_correction(self):
        pass

    @transition(field=state, source=State.CORRECTION, target=State.ABANDONED)
    def abandon(self):
        pass

    @transition(field=state, source=State.RECEIVED, target=State.ACCEPTED)
    def accept(self):
        pass

    @transition(field=state, source=State.RECEIVED, target=State.REJECTED)
    def reject(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.ACCEPTED)
    def send_copy(self):
        pass

    @transition(field=state, source=[State.ACCEPTED, State.RECEIVED], target=None)
    def receive_answer(self):
        pass

    @transition(field=state, source=State.RECEIVED, target=State.ANSWERED)
    def submit_answer(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.ACCEPTED)
    def extend(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.ACCEPTED)
    def to_ordinary(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.SUSPENDED)
    def suspend(self):
        pass

    @transition(field=state, source=State.SUSPENDED, target=State.ACCEPTED)
    def resume(self):
        pass

    @transition(field=state, source=[State.ACCEPTED, State.ANSWERED, State.RECEIVED], target=State.DECIDED)
    def decide(self):
        pass

    @transition(field=state, source=[State.DECIDED, State.ACCEPTED, State.ANSWERED], target=None)
    def opinion(self):
        pass

    @transition(field=state, source=[State.DECIDED, State.ACCEPTED, State.ANSWERED], target=None)
    def opinion_report(self):
        pass

"""信访登记簿 (GLOSSARY.md petitions.Petition) and 领导接访下访 (LeaderReception).

One register for every channel (信访工作条例第十七、十九、二十一条). Dates of each statutory
step are the record; the clocks (``petition.register`` 15日, ``petition.handle`` 60日 +30日,
``petition.review`` / ``petition.re_review`` 30日, ``petition.objection`` 5个工作日) are
``deadlines.Deadline`` rows opened and closed by the step services. “办结” (result category)
and “满意” (回访) are separate fields: a case can be closed without being solved.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from .choices import (
    Category, Channel, Escalation, LeaderRank, ReceptionKind, ReplyOpinion, Result, Satisfaction, Stage, State,
)


class Petition(LedgerModel):
    """一件信访事项：登记、受理/不予受理/转送、办理、答复办结、回访、复查/复核。"""

    reference_no = models.CharField("信访件编号", max_length=60, blank=True, db_index=True, editable=False)
    channel = models.CharField("来源渠道", max_length=20, choices=Channel.choices)
    received_on = models.DateField("收到日期", help_text="收到信访事项之日（登记期限自此起算）")
    referred_by = models.CharField("转送/交办机关", max_length=100, blank=True, help_text="上级转送、交办的，填写转送机关")
    stage = models.CharField("信访程序", max_length=20, choices=Stage.choices, default=Stage.INITIAL)
    original = models.ForeignKey(
        "self", verbose_name="原信访事项", null=True, blank=True, on_delete=models.PROTECT, related_name="reviews",
        help_text="复查、复核请求所针对的原信访事项",
    )
    petitioner_name = models.CharField("信访人", max_length=100)
    petitioner_id_number = models.CharField("身份证号", max_length=30, blank=True)
    petitioner_phone = models.CharField("联系电话", max_length=30, blank=True)
    petitioner_address = models.CharField("住址", max_length=200, blank=True)
    headcount = models.PositiveIntegerField("来访人数", default=1, help_text="多人采用走访形式的，应推选代表，代表不超过5人（条例第二十条）")
    place = models.CharField("事发地点", max_length=200, blank=True)
    matter = models.TextField("信访事项", help_text="请求、事实和理由")
    category = models.CharField("事项类别", max_length=20, choices=Category.choices, default=Category.CLAIM)
    escalation = models.CharField("越级/非正常访", max_length=20, choices=Escalation.choices, blank=True)
    is_legacy = models.BooleanField("信访遗留问题", default=False)
    is_key_case = models.BooleanField("重点信访案件", default=False)
    case_owner = models.CharField("包案领导", max_length=60, blank=True)
    repeat_of = models.ForeignKey(
        "self", verbose_name="重复信访（原件）", null=True, blank=True, on_delete=models.PROTECT, related_name="repeats",
    )
    repeat_suspected = models.BooleanField("登记时发现疑似重复", default=False, editable=False)

    state = FSMField("办理状态", default=State.REGISTERED, choices=State.choices)
    accepted_on = models.DateField("受理日期", null=True, blank=True, editable=False)
    notice_on = models.DateField("书面告知日期", null=True, blank=True, editable=False)
    rejected_reason = models.CharField("不予受理理由", max_length=300, blank=True, editable=False)
    transferred_on = models.DateField("转送/交办日期", null=True, blank=True, editable=False)
    transfer_target = models.CharField("转送/交办至", max_length=100, blank=True, editable=False)
    objection_reason = models.CharField("异议理由", max_length=300, blank=True, editable=False)
    extended_on = models.DateField("延期批准日期", null=True, blank=True, editable=False)
    extension_reason = models.CharField("延期理由", max_length=300, blank=True, editable=False)
    extension_approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="延期批准人", null=True, blank=True, editable=False,
        on_delete=models.PROTECT, related_name="+",
    )
    replied_on = models.DateField("答复日期", null=True, blank=True, editable=False)
    reply_doc_no = models.CharField("答复意见书文号", max_length=100, blank=True, editable=False)
    reply_opinion = models.CharField("处理意见", max_length=20, choices=ReplyOpinion.choices, blank=True, editable=False)
    reply_summary = models.TextField("答复要点", blank=True, editable=False)
    closed_on = models.DateField("办结日期", null=True, blank=True, editable=False)
    result = models.CharField("办结结果", max_length=20, choices=Result.choices, blank=True, editable=False)
    follow_up_on = models.DateField("回访日期", null=True, blank=True, editable=False)
    satisfaction = models.CharField("回访满意度", max_length=20, choices=Satisfaction.choices, blank=True, editable=False)
    follow_up_note = models.CharField("回访情况", max_length=300, blank=True, editable=False)
    reopened_count = models.PositiveIntegerField("重新办理次数", default=0, editable=False)
    note = models.TextField("备注", blank=True)

    deadlines = GenericRelation("deadlines.Deadline", content_type_field="content_type", object_id_field="object_id")

    class Meta:
        verbose_name = "信访事项"
        verbose_name_plural = "信访事项"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.reference_no or '（未编号）'} {self.petitioner_name}"

    # -- transitions: each sets only the state; the step service records dates and clocks

    @transition(field=state, source=State.REGISTERED, target=State.ACCEPTED)
    def accept(self):
        pass

    @transition(field=state, source=State.REGISTERED, target=State.REJECTED)
    def reject(self):
        pass

    @transition(field=state, source=State.REGISTERED, target=State.TRANSFERRED)
    def transfer(self):
        pass

    @transition(field=state, source=State.REGISTERED, target=State.OBJECTED)
    def objection(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.ACCEPTED)
    def extend(self):
        pass

    @transition(field=state, source=State.ACCEPTED, target=State.CLOSED)
    def reply(self):
        pass

    @transition(field=state, source=State.CLOSED, target=State.CLOSED)
    def follow_up(self):
        pass

    @transition(field=state, source=State.CLOSED, target=State.ACCEPTED)
    def reopen(self):
        pass


class LeaderReception(LedgerModel):
    """领导接访下访记录 — 信访工作条例第十八条第二款（定期接待群众来访、定期下访、包案化解）。"""

    held_on = models.DateField("日期")
    kind = models.CharField("形式", max_length=20, choices=ReceptionKind.choices)
    leader = models.CharField("接访领导", max_length=60)
    leader_rank = models.CharField("领导类别", max_length=20, choices=LeaderRank.choices, default=LeaderRank.PRINCIPAL)
    place = models.CharField("地点", max_length=200)
    cases_received = models.PositiveIntegerField("接待/受理事项（件）", default=0)
    people = models.PositiveIntegerField("接待群众（人次）", default=0)
    summary = models.TextField("主要事项", blank=True)

    class Meta:
        verbose_name = "领导接访下访"
        verbose_name_plural = "领导接访下访"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.leader}{self.get_kind_display()}"

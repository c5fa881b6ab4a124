"""政务公开 ledgers (GLOSSARY.md disclosure): 依申请公开 requests and 主动公开 items.

The receipt date of a request is fixed by 条例第三十一条 from its channel (``received_on``, set by
the registration service); the reply clock ``disclosure.reply`` (20个工作日 + 20) runs from it,
restarts from receipt of a 补正 (第三十条), and excludes the time spent consulting third parties
and other agencies (第三十三条第三款).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from .choices import ApplicantType, FollowUpResult, ItemCategory, ItemChannel, ItemState, ReplyType, RequestChannel, State


class DisclosureRequest(LedgerModel):
    """一件政府信息公开申请。"""

    applicant = models.CharField("申请人", max_length=200)
    applicant_type = models.CharField("申请人类型", max_length=20, choices=ApplicantType.choices, default=ApplicantType.NATURAL)
    id_proof = models.CharField("身份证明", max_length=100, blank=True, help_text="身份证件或营业执照等（条例第二十九条）")
    contact = models.CharField("联系方式", max_length=100, blank=True)
    channel = models.CharField("申请方式", max_length=20, choices=RequestChannel.choices)
    arrived_on = models.DateField("提交/签收日期", help_text="当面提交之日；邮政特快专递、挂号信函为签收之日；平常信函、互联网、传真为到达之日")
    confirmed_on = models.DateField("双方确认日期", null=True, blank=True,
                                    help_text="平常信函：与申请人确认之日；互联网渠道、传真：双方确认之日（条例第三十一条）")
    description = models.TextField("所需政府信息的描述", help_text="名称、文号或者便于查询的其他特征性描述")
    form_requested = models.CharField("要求的提供形式", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    received_on = models.DateField("收到申请日期", null=True, blank=True, editable=False, help_text="依条例第三十一条确定")
    state = FSMField("办理状态", default=State.RECEIVED, choices=State.choices)
    correction_notice_on = models.DateField("补正告知日期", null=True, blank=True, editable=False)
    correction_items = models.CharField("补正事项", max_length=300, blank=True, editable=False)
    correction_due_on = models.DateField("补正期限", null=True, blank=True, editable=False)
    correction_received_on = models.DateField("收到补正日期", null=True, blank=True, editable=False)
    consult_party = models.CharField("征求意见对象", max_length=200, blank=True, editable=False)
    consult_started_on = models.DateField("发出征求意见日期", null=True, blank=True, editable=False)
    consult_days = models.PositiveIntegerField("征求意见累计天数", default=0, editable=False)
    extended_on = models.DateField("延期批准日期", null=True, blank=True, editable=False)
    extension_reason = models.CharField("延期理由", max_length=300, blank=True, editable=False)
    extension_approver = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="延期批准人", null=True, blank=True,
                                           editable=False, on_delete=models.PROTECT, related_name="+")
    replied_on = models.DateField("答复日期", null=True, blank=True, editable=False)
    reply_type = models.CharField("答复类型", max_length=30, choices=ReplyType.choices, blank=True, editable=False)
    reply_doc_no = models.CharField("答复书文号", max_length=100, blank=True, editable=False)
    reply_reason = models.TextField("理由/说明", blank=True, editable=False)
    fee = models.DecimalField("信息处理费（元）", max_digits=10, decimal_places=2, default=0, editable=False)
    followup_on = models.DateField("申请复议/起诉日期", null=True, blank=True, editable=False)
    reconsideration_result = models.CharField("行政复议结果", max_length=20, choices=FollowUpResult.choices, blank=True, editable=False)
    litigation_result = models.CharField("行政诉讼结果", max_length=20, choices=FollowUpResult.choices, blank=True, editable=False)
    litigation_after_reconsideration = models.BooleanField("复议后起诉", default=False, editable=False)

    deadlines = GenericRelation("deadlines.Deadline", content_type_field="content_type", object_id_field="object_id")

    class Meta:
        verbose_name = "依申请公开"
        verbose_name_plural = "依申请公开"
        ordering = ["-arrived_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.arrived_on:%Y-%m-%d} {self.applicant[:30]}：{self.description[:20]}"

    @transition(field=state, source=State.RECEIVED, target=State.CORRECTION)
    def request_correction(self):
        pass

    @transition(field=state, source=State.CORRECTION, target=State.RECEIVED)
    def receive_correction(self):
        pass

    @transition(field=state, source=State.CORRECTION, target=State.REPLIED)
    def lapse(self):
        pass

    @transition(field=state, source=State.RECEIVED, target=State.CONSULTING)
    def consult(self):
        pass

    @transition(field=state, source=State.CONSULTING, target=State.RECEIVED)
    def consult_end(self):
        pass

    @transition(field=state, source=[State.RECEIVED, State.CONSULTING], target=None)
    def extend(self):
        pass

    @transition(field=state, source=State.RECEIVED, target=State.REPLIED)
    def reply(self):
        pass

    @transition(field=state, source=State.REPLIED, target=State.REPLIED)
    def record_followup(self):
        pass


class ProactiveItem(LedgerModel):
    """一条主动公开的政府信息：形成或变更之日起20个工作日内公开（条例第二十六条）。"""

    title = models.CharField("信息名称", max_length=300)
    category = models.CharField("类别", max_length=20, choices=ItemCategory.choices)
    topic = models.CharField("具体事项", max_length=100, blank=True, help_text="如：民政救助补助、新兵入伍、医疗报销、养老保险年审")
    channel = models.CharField("公开渠道", max_length=20, choices=ItemChannel.choices)
    formed_on = models.DateField("信息形成/变更日期")
    required_by_law = models.BooleanField("法定主动公开事项", default=True, help_text="条例第十九至二十一条规定应当主动公开的")
    audited_before_publication = models.BooleanField("公开前已审计", default=False, help_text="财务收支类：审计理财在前，核实公布在后")
    note = models.TextField("备注", blank=True)

    state = FSMField("公开状态", default=ItemState.FORMED, choices=ItemState.choices)
    published_on = models.DateField("公开日期", null=True, blank=True, editable=False)

    deadlines = GenericRelation("deadlines.Deadline", content_type_field="content_type", object_id_field="object_id")

    class Meta:
        verbose_name = "主动公开事项"
        verbose_name_plural = "主动公开事项"
        ordering = ["-formed_on", "-pk"]

    def __str__(self) -> str:
        return self.title[:80]

    @transition(field=state, source=ItemState.FORMED, target=ItemState.PUBLISHED)
    def publish(self):
        pass

"""执法案件 under the 三项制度 (国办发〔2018〕118号; 行政处罚法（2021）第三十九条至第六十五条).

Each procedural step is a django-fsm transition of the same name whose service (``services/cases.py``)
checks the statutory gate; the fields a step fills are not editable on the ledger form.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import (
    AV_KINDS, AV_MANDATORY_MEASURES, DECIDED_STATES, ENTERPRISE_PARTIES, OPEN_STATES, AnnulledBy, CaseKind,
    CaseState, DiscretionLevel, Execution, Measure, Outcome, PartyType, Procedure, RecordKind, RecordStage,
    ReviewOpinion, ServiceMethod,
)
from .bodies import Body, Officer

S = CaseState

MAJOR_CRITERIA = [
    ("major_public_interest", "涉及重大公共利益"),
    ("major_social_impact", "可能造成重大社会影响或引发社会风险"),
    ("major_rights", "直接关系行政相对人或者第三人重大权益"),
    ("complex_case", "案件情况疑难复杂、涉及多个法律关系"),
]


def _locked(verbose, **kw):
    return dict(verbose_name=verbose, editable=False, **kw)


class Case(LedgerModel):
    """One enforcement case: 行政处罚（普通/简易程序）、行政检查、行政强制、行政许可 or another act."""

    case_no = models.CharField("案号", max_length=100)
    kind = models.CharField("案件类型", max_length=20, choices=CaseKind.choices, default=CaseKind.PENALTY)
    procedure = models.CharField("程序", max_length=20, choices=Procedure.choices, default=Procedure.ORDINARY,
                                 help_text="仅行政处罚区分普通程序与简易程序")
    body = models.ForeignKey(Body, verbose_name="执法主体", on_delete=models.PROTECT, related_name="cases")
    cause = models.CharField("案由/事项", max_length=300)
    legal_basis = models.CharField("执法依据", max_length=300, blank=True)
    party_name = models.CharField("当事人（执法对象）", max_length=200)
    party_type = models.CharField("当事人类型", max_length=20, choices=PartyType.choices)
    party_code = models.CharField("统一社会信用代码", max_length=30, blank=True,
                                  help_text="企业、个体工商户填写，用于涉企台账和重复检查预警")
    officers = models.ManyToManyField(Officer, verbose_name="承办执法人员", related_name="cases",
                                      help_text="至少两名持有效执法证的执法人员（行政处罚法第四十二条）")
    measure = models.CharField("强制措施/现场执法活动", max_length=20, choices=Measure.choices, blank=True,
                               help_text="查封、扣押、强制拆除、限制人身自由须全程音像记录（118号（八））")
    in_case_room = models.BooleanField("在执法办案场所办理", default=False,
                                       help_text="执法办案场所须全程音像记录（118号（八））")
    amount = models.DecimalField("涉案金额（元）", max_digits=14, decimal_places=2, null=True, blank=True)
    major_public_interest = models.BooleanField("涉及重大公共利益", default=False)
    major_social_impact = models.BooleanField("可能造成重大社会影响或引发社会风险", default=False)
    major_rights = models.BooleanField("直接关系当事人或第三人重大权益", default=False)
    complex_case = models.BooleanField("案件情况疑难复杂、涉及多个法律关系", default=False)
    publish_required = models.BooleanField("决定应当公示", default=True,
                                           help_text="涉及国家秘密、商业秘密、个人隐私等依法不予公开的，取消勾选并说明")
    publish_exempt_reason = models.CharField("不予公示理由", max_length=300, blank=True)

    state = FSMField("办理状态", default=S.DRAFT, choices=S.choices)
    registered_on = models.DateField(**_locked("立案日期", null=True, blank=True))
    investigated_on = models.DateField(**_locked("调查终结日期", null=True, blank=True))
    facts = models.TextField(**_locked("查明的事实", blank=True))
    notified_on = models.DateField(**_locked("告知日期", null=True, blank=True))
    proposed_penalty = models.CharField(**_locked("拟作出的处罚", max_length=300, blank=True))
    hearing_right = models.BooleanField(**_locked("告知听证权利", default=False))
    rights_waived = models.BooleanField(**_locked("当事人明确放弃陈述申辩和听证", default=False))
    hearing_requested_on = models.DateField(**_locked("申请听证日期", null=True, blank=True))
    hearing_notice_on = models.DateField(**_locked("听证通知日期", null=True, blank=True))
    hearing_on = models.DateField(**_locked("听证日期", null=True, blank=True))
    hearing_chair = models.CharField(**_locked("听证主持人", max_length=50, blank=True))
    legal_review_on = models.DateField(**_locked("法制审核日期", null=True, blank=True))
    legal_review_opinion = models.CharField(**_locked("法制审核意见", max_length=20, choices=ReviewOpinion.choices, blank=True))
    legal_review_text = models.TextField(**_locked("审核意见内容", blank=True))
    legal_reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                       related_name="+", **_locked("法制审核人"))
    decided_on = models.DateField(**_locked("决定日期", null=True, blank=True))
    decision_no = models.CharField(**_locked("决定书文号", max_length=100, blank=True))
    outcome = models.CharField(**_locked("处理结果", max_length=20, choices=Outcome.choices, blank=True))
    penalty_content = models.CharField(**_locked("处罚/决定内容", max_length=300, blank=True))
    fine_amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True, **_locked("罚款（元）"))
    confiscation_amount = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True,
                                              **_locked("没收违法所得（元）"))
    discretion_standard = models.CharField(**_locked("适用的裁量基准", max_length=300, blank=True))
    discretion_level = models.CharField(**_locked("裁量档次", max_length=20, choices=DiscretionLevel.choices, blank=True))
    collective_discussion = models.BooleanField(**_locked("经负责人集体讨论", default=False))
    served_on = models.DateField(**_locked("送达日期", null=True, blank=True))
    service_method = models.CharField(**_locked("送达方式", max_length=20, choices=ServiceMethod.choices, blank=True))
    executed_on = models.DateField(**_locked("执行日期", null=True, blank=True))
    execution = models.CharField(**_locked("执行方式", max_length=20, choices=Execution.choices, blank=True))
    closed_on = models.DateField(**_locked("结案日期", null=True, blank=True))
    published_on = models.DateField(**_locked("公示日期", null=True, blank=True))
    publication_channel = models.CharField(**_locked("公示平台/网址", max_length=300, blank=True))
    annulled_on = models.DateField(**_locked("决定被撤销/变更日期", null=True, blank=True))
    annulled_by = models.CharField(**_locked("撤销/变更途径", max_length=20, choices=AnnulledBy.choices, blank=True))
    annulment_reason = models.CharField(**_locked("撤销/变更情况", max_length=300, blank=True))
    withdrawn_on = models.DateField(**_locked("撤回公示日期", null=True, blank=True))
    withdrawal_note = models.CharField(**_locked("撤回说明", max_length=300, blank=True))

    class Meta:
        verbose_name = "执法案件"
        verbose_name_plural = "执法案件"
        ordering = ["-registered_on", "-pk"]
        indexes = [models.Index(fields=["party_code"]), models.Index(fields=["kind", "registered_on"])]

    def __str__(self) -> str:
        return f"{self.case_no} {self.party_name}"

    # ---------------------------------------------------------------- derived facts

    @property
    def is_ordinary_penalty(self) -> bool:
        return self.kind == CaseKind.PENALTY and self.procedure == Procedure.ORDINARY

    @property
    def enterprise_related(self) -> bool:
        """涉企: the party is an enterprise or a 个体工商户."""
        return self.party_type in ENTERPRISE_PARTIES

    def major_reasons(self, amount_threshold=None) -> list[str]:
        """Why this is a 重大执法决定 (118号（十二）; 行政处罚法第五十八条); empty if it is not."""
        reasons = [label for name, label in MAJOR_CRITERIA if getattr(self, name)]
        if self.hearing_on:
            reasons.append("经过听证程序")
        if amount_threshold is not None and self.amount is not None and self.amount >= amount_threshold:
            reasons.append(f"涉案金额达到法制审核目录标准（{amount_threshold} 元）")
        return reasons

    @property
    def av_required(self) -> bool:
        """全程音像记录 required (118号（八））."""
        return self.measure in AV_MANDATORY_MEASURES or self.in_case_room

    def has_av_record(self) -> bool:
        return self.records.filter(is_void=False, kind__in=list(AV_KINDS)).exists()

    @property
    def publish_rule(self) -> str:
        if self.kind == CaseKind.PENALTY:
            return "enforcement.publish_penalty"
        if self.kind == CaseKind.LICENSE:
            return "enforcement.publish_license"
        return "enforcement.publish_other"

    # ---------------------------------------------------------------- transitions (services/cases.py)

    @transition(field=state, source=S.DRAFT, target=S.REGISTERED)
    def register(self):
        pass

    @transition(field=state, source=S.REGISTERED, target=S.INVESTIGATED)
    def investigate(self):
        pass

    @transition(field=state, source=[S.INVESTIGATED, S.REVIEWED], target=S.NOTIFIED)
    def notify(self):
        pass

    @transition(field=state, source=S.NOTIFIED, target=S.HEARING_REQUESTED)
    def request_hearing(self):
        pass

    @transition(field=state, source=S.HEARING_REQUESTED, target=S.HEARD)
    def hold_hearing(self):
        pass

    @transition(field=state, source=[S.REGISTERED, S.INVESTIGATED, S.NOTIFIED, S.HEARD, S.REVIEWED], target=S.REVIEWED)
    def legal_review(self):
        pass

    @transition(field=state, source=[S.REGISTERED, S.INVESTIGATED, S.NOTIFIED, S.HEARD, S.REVIEWED], target=S.DECIDED)
    def decide(self):
        pass

    @transition(field=state, source=S.DRAFT, target=S.SERVED)
    def decide_on_spot(self):
        pass

    @transition(field=state, source=S.DECIDED, target=S.SERVED)
    def serve(self):
        pass

    @transition(field=state, source=S.SERVED, target=S.EXECUTED)
    def execute(self):
        pass

    @transition(field=state, source=[S.DECIDED, S.SERVED, S.EXECUTED], target=S.CLOSED)
    def close(self):
        pass

    @transition(field=state, source=OPEN_STATES, target=None)
    def extend(self):
        pass

    @transition(field=state, source=DECIDED_STATES, target=None)
    def publish(self):
        pass

    @transition(field=state, source=DECIDED_STATES, target=None)
    def annul(self):
        pass

    @transition(field=state, source=DECIDED_STATES, target=None)
    def withdraw_publication(self):
        pass


class CaseExtension(LedgerModel):
    """延长办案期限 approved by the agency's head (行政处罚法第六十条 “法律、法规、规章另有规定的，从其规定”)."""

    scope_field = "case__unit"

    case = models.ForeignKey(Case, verbose_name="案件", on_delete=models.PROTECT, related_name="extensions")
    approved_on = models.DateField("批准日期")
    days = models.PositiveIntegerField("延长天数")
    approver = models.CharField("批准人", max_length=50)
    basis = models.CharField("延长依据", max_length=300)
    reason = models.CharField("延长理由", max_length=300)

    class Meta:
        verbose_name = "办案期限延长"
        verbose_name_plural = "办案期限延长"
        ordering = ["approved_on", "pk"]

    def __str__(self) -> str:
        return f"{self.case.case_no} 延长{self.days}日"


class CaseRecord(LedgerModel):
    """执法全过程记录: a document, photo, audio or video of one stage (行政处罚法第四十七条; 118号 三)."""

    scope_field = "case__unit"

    case = models.ForeignKey(Case, verbose_name="案件", on_delete=models.PROTECT, related_name="records")
    stage = models.CharField("执法环节", max_length=20, choices=RecordStage.choices)
    kind = models.CharField("记录形式", max_length=20, choices=RecordKind.choices)
    title = models.CharField("名称", max_length=200)
    recorded_on = models.DateField("记录日期")
    reference = models.CharField("存储位置/编号", max_length=300, blank=True,
                                 help_text="音像资料存储设备、文件编号或网址")
    file = models.FileField("附件", upload_to="enforcement/records/%Y/", blank=True)

    class Meta:
        verbose_name = "执法全过程记录"
        verbose_name_plural = "执法全过程记录"
        ordering = ["case", "recorded_on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_stage_display()}·{self.get_kind_display()}：{self.title}"

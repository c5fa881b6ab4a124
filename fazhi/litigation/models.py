"""行政应诉 (GLOSSARY.md litigation): lawsuits where the unit is the defendant, each hearing with
whether a 负责人 appeared, and 司法建议 / 检察建议 with their replies.

Hearings are stored one by one (statutes.md §8: “store per-hearing records so any formula can be
computed”); 出庭应诉率 is computed from them under the convention in ``litigation.appearance_rate_basis``.
"""

from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from .choices import LOST, Category, HeadRank, Instance, Outcome, State, SuggestionKind, SuggestionState


class Lawsuit(LedgerModel):
    """一件以本机关为被告的行政诉讼案件（一个审级一条记录）。"""

    case_no = models.CharField("案号", max_length=100)
    court = models.CharField("审理法院", max_length=100)
    trial_level = models.CharField("审级", max_length=20, choices=Instance.choices, default=Instance.FIRST)
    plaintiff = models.CharField("原告（上诉人）", max_length=200)
    cause = models.CharField("被诉行政行为 / 案由", max_length=300)
    category = models.CharField("案件类别", max_length=30, choices=Category.choices, default=Category.GENERAL,
                                help_text="决定负责人是否应当出庭（出庭应诉规定第四条）")
    filed_on = models.DateField("收到起诉状副本日期")
    via_reconsideration = models.BooleanField("经行政复议后起诉", default=False)
    disclosure_related = models.BooleanField("政府信息公开案件", default=False)
    note = models.TextField("备注", blank=True)

    state = FSMField("办理状态", default=State.PENDING, choices=State.choices)
    judged_on = models.DateField("判决/裁定日期", null=True, blank=True, editable=False)
    outcome = models.CharField("裁判结果", max_length=30, choices=Outcome.choices, blank=True, editable=False)
    judgment_doc_no = models.CharField("裁判文书号", max_length=100, blank=True, editable=False)
    effective_on = models.DateField("生效日期", null=True, blank=True, editable=False)
    complied_on = models.DateField("履行日期", null=True, blank=True, editable=False)
    compliance_note = models.CharField("履行情况", max_length=300, blank=True, editable=False)

    class Meta:
        verbose_name = "行政诉讼案件"
        verbose_name_plural = "行政诉讼案件"
        ordering = ["-filed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.case_no} {self.plaintiff}"

    @property
    def lost(self) -> bool:
        return self.outcome in LOST

    @transition(field=state, source=State.PENDING, target=State.PENDING)
    def record_hearing(self):
        pass

    @transition(field=state, source=State.PENDING, target=State.JUDGED)
    def judge(self):
        pass

    @transition(field=state, source=State.JUDGED, target=State.CLOSED)
    def comply(self):
        pass


class Hearing(LedgerModel):
    """一次开庭：负责人是否出庭、出庭的是谁、是否有相应工作人员出庭、法院是否通知负责人出庭。"""

    lawsuit = models.ForeignKey(Lawsuit, verbose_name="案件", on_delete=models.PROTECT, related_name="hearings")
    held_on = models.DateField("开庭日期")
    head_appeared = models.BooleanField("负责人出庭", default=False)
    head_name = models.CharField("出庭负责人", max_length=60, blank=True)
    head_rank = models.CharField("负责人职务类别", max_length=20, choices=HeadRank.choices, blank=True)
    staff_appeared = models.BooleanField("相应的工作人员出庭", default=False)
    summoned = models.BooleanField("法院通知负责人出庭", default=False)
    explanation_filed = models.BooleanField("已提交不能出庭的情况说明", default=False)
    note = models.CharField("备注", max_length=300, blank=True)

    class Meta:
        verbose_name = "开庭记录"
        verbose_name_plural = "开庭记录"
        ordering = ["held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} 开庭（{'负责人出庭' if self.head_appeared else '负责人未出庭'}）"


class Suggestion(LedgerModel):
    """司法建议、检察建议：收到、办复、是否按建议书要求的期限回复。"""

    kind = models.CharField("类别", max_length=20, choices=SuggestionKind.choices)
    issuer = models.CharField("发出机关", max_length=100)
    doc_no = models.CharField("建议书文号", max_length=100, blank=True)
    received_on = models.DateField("收到日期")
    subject = models.CharField("建议事项", max_length=300)
    reply_due_on = models.DateField("建议书要求的回复期限", null=True, blank=True,
                                    help_text="按建议书载明的期限填写（全国统一的回复期限未见规定）")
    state = FSMField("办理状态", default=SuggestionState.RECEIVED, choices=SuggestionState.choices)
    replied_on = models.DateField("回复日期", null=True, blank=True, editable=False)
    reply_doc_no = models.CharField("回复文号", max_length=100, blank=True, editable=False)
    adopted = models.BooleanField("已采纳整改", default=False, editable=False)

    class Meta:
        verbose_name = "司法建议/检察建议"
        verbose_name_plural = "司法建议与检察建议"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.doc_no or self.subject[:20]}"

    @transition(field=state, source=SuggestionState.RECEIVED, target=SuggestionState.REPLIED)
    def reply(self):
        pass

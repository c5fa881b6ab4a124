"""一项重大行政决策 through the statutory procedure of 条例第10—37条 (statutes.md §2 steps 1–15)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django_fsm import RETURN_VALUE, FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import (
    AFTER_DECISION, PRE_DECISION, PREPARING, Category, DecisionState, MeetingKind, Outcome, ProposerKind,
)
from .catalogue import CatalogueItem


class MajorDecision(LedgerModel):
    """A 重大行政决策: the five mandatory procedures are separate records (公众参与, 专家论证, 风险评估,
    合法性审查) and the 集体讨论决定 fields here; every participant is a ``DecisionParticipant``.

    ``round`` counts procedure rounds: a major change after the decision (条例第37条) reopens the
    procedure, and only the current round's records count towards the gates.
    """

    title = models.CharField("决策事项", max_length=200)
    category = models.CharField("事项类别", max_length=20, choices=Category.choices)
    catalogue_item = models.ForeignKey(CatalogueItem, verbose_name="对应的目录事项", null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="decisions",
                                       help_text="不在年度决策事项目录中的决策将被标注")
    proposer_kind = models.CharField("建议提出方", max_length=20, choices=ProposerKind.choices)
    proposer = models.CharField("提出人/单位", max_length=100)
    proposed_on = models.DateField("提出日期")
    proposal = models.TextField("建议内容", help_text="拟解决的问题、理由和依据、初步方案、必要性和可行性（条例第10条）")
    needs_public = models.BooleanField("须公众参与", default=True)
    needs_expert = models.BooleanField("须专家论证", default=False)
    needs_risk = models.BooleanField("须风险评估", default=False)
    needs_hearing = models.BooleanField("须听证", default=False, help_text="法律、法规、规章规定应当听证的，或决策机关决定听证的")
    state = FSMField("办理状态", default=DecisionState.PROPOSED, choices=DecisionState.choices)
    round = models.PositiveSmallIntegerField("程序轮次", default=1, editable=False)

    # 启动, 承办单位
    started_on = models.DateField("决定启动日期", null=True, blank=True, editable=False)
    start_basis = models.CharField("启动决定", max_length=200, blank=True, editable=False)
    lead_unit = models.CharField("决策承办单位", max_length=100, blank=True, editable=False)

    # waivers: a required procedure skipped only with a recorded legal reason
    public_waiver = models.CharField("不公众参与的法定理由", max_length=300, blank=True, editable=False)
    expert_waiver = models.CharField("不专家论证的法定理由", max_length=300, blank=True, editable=False)
    risk_waiver = models.CharField("不风险评估的法定理由", max_length=300, blank=True, editable=False)
    hearing_waiver = models.CharField("不听证的法定理由", max_length=300, blank=True, editable=False)

    # 合法性审查 result of the current round (合法, or 应当予以修改 and then revised)
    review_passed_on = models.DateField("通过合法性审查日期", null=True, blank=True, editable=False)
    revised_on = models.DateField("按审查意见修改日期", null=True, blank=True, editable=False)
    revision_note = models.TextField("审查意见采纳情况", blank=True, editable=False)

    # 集体讨论决定
    meeting_kind = models.CharField("会议类型", max_length=20, choices=MeetingKind.choices, blank=True, editable=False)
    meeting_name = models.CharField("会议名称", max_length=200, blank=True, editable=False)
    decided_on = models.DateField("讨论决定日期", null=True, blank=True, editable=False)
    outcome = models.CharField("决定结果", max_length=20, choices=Outcome.choices, blank=True, editable=False)
    head_reason = models.TextField("行政首长与多数意见不一致的理由", blank=True, editable=False)
    exploratory_reform = models.BooleanField("探索性改革事项", default=False, editable=False)
    legal_risk_statement = models.TextField("明示的法律风险", blank=True, editable=False)

    # 党委请示报告, 公布, 归档
    reported_on = models.DateField("向党委请示报告日期", null=True, blank=True, editable=False)
    party_body = models.CharField("党委", max_length=100, blank=True, editable=False)
    party_reply = models.CharField("党委意见", max_length=300, blank=True, editable=False)
    published_on = models.DateField("公布日期", null=True, blank=True, editable=False)
    published_where = models.CharField("公布途径", max_length=200, blank=True, editable=False)
    not_public_reason = models.CharField("依法不予公开的理由", max_length=300, blank=True, editable=False)
    publication_note = models.TextField("意见采纳情况说明及解读", blank=True, editable=False)
    archived_on = models.DateField("立卷归档日期", null=True, blank=True, editable=False)
    archive_ref = models.CharField("档号", max_length=100, blank=True, editable=False)

    # 执行, 决策后评估, 变更/中止/停止
    executing_unit = models.CharField("决策执行单位", max_length=100, blank=True, editable=False)
    implementation_started_on = models.DateField("开始执行日期", null=True, blank=True, editable=False)
    evaluated_on = models.DateField("决策后评估日期", null=True, blank=True, editable=False)
    evaluator = models.CharField("评估主体", max_length=100, blank=True, editable=False)
    evaluation_conclusion = models.TextField("评估结论", blank=True, editable=False)
    suspended_on = models.DateField("中止执行日期", null=True, blank=True, editable=False)
    stopped_on = models.DateField("停止执行日期", null=True, blank=True, editable=False)
    change_note = models.TextField("变更、中止或停止的理由", blank=True, editable=False)

    class Meta:
        verbose_name = "重大行政决策"
        verbose_name_plural = "重大行政决策"
        ordering = ["-proposed_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.catalogue_item_id and self.unit_id and self.catalogue_item.unit_id != self.unit_id:
            raise ValidationError({"catalogue_item": "只能对应本单位决策事项目录中的事项。"})

    @property
    def in_catalogue(self) -> bool:
        return self.catalogue_item_id is not None

    # -- transitions (state only; the services own the fields and gates) --
    @transition(field=state, source=DecisionState.PROPOSED, target=DecisionState.DRAFTING)
    def start(self):
        pass

    @transition(field=state, source=PREPARING, target=None)
    def prepare(self):
        """Recording a procedure (consultation, expert opinion, hearing, waiver) keeps the state."""

    @transition(field=state, source=[DecisionState.DRAFTING, DecisionState.REVISING, DecisionState.REVISED], target=DecisionState.REVIEW)
    def submit_review(self):
        pass

    @transition(field=state, source=DecisionState.REVIEW, target=RETURN_VALUE(DecisionState.REVIEWED, DecisionState.REVISING))
    def receive_opinion(self, target):
        return target

    @transition(field=state, source=DecisionState.REVISING, target=DecisionState.REVISED)
    def record_revision(self):
        pass

    @transition(field=state, source=PRE_DECISION,
                target=RETURN_VALUE(DecisionState.DECIDED, DecisionState.NOT_ADOPTED, DecisionState.DRAFTING))
    def decide(self, target):
        return target

    @transition(field=state, source=DecisionState.DECIDED, target=DecisionState.REPORTED)
    def report_to_party(self):
        pass

    @transition(field=state, source=[DecisionState.DECIDED, DecisionState.REPORTED], target=DecisionState.PUBLISHED)
    def publish(self):
        pass

    @transition(field=state, source=AFTER_DECISION, target=None)
    def archive(self):
        pass

    @transition(field=state, source=DecisionState.PUBLISHED, target=DecisionState.IMPLEMENTING)
    def implement(self):
        pass

    @transition(field=state, source=[DecisionState.IMPLEMENTING, DecisionState.SUSPENDED, DecisionState.STOPPED], target=None)
    def post_evaluate(self):
        pass

    @transition(field=state, source=DecisionState.IMPLEMENTING, target=DecisionState.SUSPENDED)
    def suspend(self):
        pass

    @transition(field=state, source=DecisionState.SUSPENDED, target=DecisionState.IMPLEMENTING)
    def resume(self):
        pass

    @transition(field=state, source=[DecisionState.IMPLEMENTING, DecisionState.SUSPENDED], target=DecisionState.DRAFTING)
    def change(self):
        pass

    @transition(field=state, source=[DecisionState.IMPLEMENTING, DecisionState.SUSPENDED], target=DecisionState.STOPPED)
    def stop(self):
        pass

    @transition(field=state, source=PRE_DECISION, target=DecisionState.WITHDRAWN)
    def withdraw(self):
        pass


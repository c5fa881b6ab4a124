"""双随机、一公开: 一单（抽查事项清单）两库（检查对象名录库、执法检查人员名录库）一细则, plans and draws.

国办发〔2015〕58号; 国发〔2019〕5号 三(一)–(六) (statutes.md §10). A draw keeps everything needed to
re-run it — seed, the canonical pool snapshots and their SHA-256, the algorithm version and the
result — so that anyone can check it (``services/draw.py``).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django_fsm import FSMField, transition

from fazhi.core.models import LedgerModel

from ..choices import CheckOutcome, CheckState, Field, ItemCategory, PlanState, RiskLevel, TargetKind
from .bodies import Body, Officer


class CheckItem(LedgerModel):
    """随机抽查事项清单 (依据、主体、内容、方式; 重点/一般 — 国发〔2019〕5号 三(二))."""

    name = models.CharField("抽查事项", max_length=200)
    category = models.CharField("事项类别", max_length=20, choices=ItemCategory.choices, default=ItemCategory.GENERAL)
    body = models.ForeignKey(Body, verbose_name="抽查主体", on_delete=models.PROTECT, related_name="check_items")
    basis = models.CharField("抽查依据", max_length=300)
    content = models.CharField("抽查内容", max_length=300, blank=True)
    method = models.CharField("抽查方式", max_length=100, blank=True, help_text="如：现场检查、书面检查、网络监测")
    published_on = models.DateField("公布日期", null=True, blank=True)

    class Meta:
        verbose_name = "随机抽查事项"
        verbose_name_plural = "随机抽查事项清单"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class Target(LedgerModel):
    """检查对象名录库 entry: an enterprise, 个体工商户, product or project (国发〔2019〕5号 三(三))."""

    name = models.CharField("检查对象名称", max_length=200)
    code = models.CharField("统一社会信用代码", max_length=30, blank=True)
    kind = models.CharField("对象类别", max_length=20, choices=TargetKind.choices, default=TargetKind.ENTERPRISE)
    field = models.CharField("监管领域", max_length=20, choices=Field.choices, default=Field.MARKET)
    address = models.CharField("住所/经营场所", max_length=300, blank=True)
    risk_level = models.CharField("风险等级", max_length=20, choices=RiskLevel.choices, default=RiskLevel.LOW)
    abnormal = models.BooleanField("列入经营异常名录", default=False)
    is_active = models.BooleanField("在库", default=True)

    class Meta:
        verbose_name = "检查对象"
        verbose_name_plural = "检查对象名录库"
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class Recusal(LedgerModel):
    """回避: an inspector who must not be sent to a target (利害关系; 行政处罚法第四十三条)."""

    officer = models.ForeignKey(Officer, verbose_name="执法检查人员", on_delete=models.PROTECT, related_name="recusals")
    target = models.ForeignKey(Target, verbose_name="检查对象", on_delete=models.PROTECT, related_name="recusals")
    reason = models.CharField("回避事由", max_length=300)
    declared_on = models.DateField("登记日期")

    class Meta:
        verbose_name = "回避登记"
        verbose_name_plural = "回避登记"
        ordering = ["-declared_on", "pk"]

    def __str__(self) -> str:
        return f"{self.officer.name} 回避 {self.target.name}"


class RandomPlan(LedgerModel):
    """抽查计划/任务: which items, which targets at what ratio, how many inspectors per target."""

    title = models.CharField("抽查任务名称", max_length=200)
    year = models.PositiveIntegerField("年度")
    body = models.ForeignKey(Body, verbose_name="实施主体", on_delete=models.PROTECT, related_name="random_plans")
    items = models.ManyToManyField(CheckItem, verbose_name="抽查事项", related_name="plans")
    target_kind = models.CharField("对象类别（留空为全部）", max_length=20, choices=TargetKind.choices, blank=True)
    target_field = models.CharField("监管领域（留空为全部）", max_length=20, choices=Field.choices, blank=True)
    ratio = models.DecimalField("抽查比例（%）", max_digits=5, decimal_places=2,
                                validators=[MinValueValidator(0.01)])
    per_target = models.PositiveIntegerField("每户派检查人员数", default=2, validators=[MinValueValidator(2)],
                                             help_text="不少于2名（行政处罚法第四十二条、第五十五条）")
    guideline = models.CharField("抽查工作细则", max_length=300, blank=True)
    start_on = models.DateField("计划开始日期")
    end_on = models.DateField("计划结束日期")
    state = FSMField("办理状态", default=PlanState.DRAFT, choices=PlanState.choices)
    finished_on = models.DateField("抽查结束日期", null=True, blank=True, editable=False)
    published_on = models.DateField("结果公示日期", null=True, blank=True, editable=False)
    publication_channel = models.CharField("公示平台/网址", max_length=300, blank=True, editable=False)

    class Meta:
        verbose_name = "双随机抽查计划"
        verbose_name_plural = "双随机抽查计划"
        ordering = ["-year", "-pk"]

    def __str__(self) -> str:
        return f"{self.year}年 {self.title}"

    @transition(field=state, source=PlanState.DRAFT, target=PlanState.DRAWN)
    def draw(self):
        pass

    @transition(field=state, source=PlanState.DRAWN, target=PlanState.FINISHED)
    def finish(self):
        pass

    @transition(field=state, source=PlanState.FINISHED, target=PlanState.PUBLISHED)
    def publish(self):
        pass


class DrawRecord(LedgerModel):
    """The auditable record of one draw: inputs (seed, snapshots, hashes, algorithm) and the result."""

    scope_field = "plan__unit"

    plan = models.OneToOneField(RandomPlan, verbose_name="抽查计划", on_delete=models.PROTECT, related_name="draw_record")
    drawn_on = models.DateField("抽取日期")
    drawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="抽取人", null=True, on_delete=models.PROTECT,
                                 related_name="+")
    algorithm = models.CharField("算法版本", max_length=50)
    seed = models.CharField("随机种子", max_length=200)
    ratio = models.DecimalField("抽查比例（%）", max_digits=5, decimal_places=2)
    per_target = models.PositiveIntegerField("每户派检查人员数")
    target_pool = models.JSONField("检查对象名录快照")
    target_pool_sha256 = models.CharField("检查对象名录快照 SHA-256", max_length=64)
    inspector_pool = models.JSONField("执法检查人员名录快照")
    inspector_pool_sha256 = models.CharField("执法检查人员名录快照 SHA-256", max_length=64)
    recusals = models.JSONField("回避关系快照")
    recusals_sha256 = models.CharField("回避关系快照 SHA-256", max_length=64)
    result = models.JSONField("抽取结果")
    result_sha256 = models.CharField("抽取结果 SHA-256", max_length=64)

    class Meta:
        verbose_name = "抽取记录"
        verbose_name_plural = "抽取记录"

    def __str__(self) -> str:
        return f"{self.plan} 的抽取记录"


class RandomCheck(LedgerModel):
    """One drawn target with its inspectors, and what the check found (谁检查、谁录入、谁公开)."""

    plan = models.ForeignKey(RandomPlan, verbose_name="抽查计划", on_delete=models.PROTECT, related_name="checks")
    target = models.ForeignKey(Target, verbose_name="检查对象", on_delete=models.PROTECT, related_name="checks")
    inspectors = models.ManyToManyField(Officer, verbose_name="执法检查人员", related_name="random_checks")
    rank = models.PositiveIntegerField("抽取顺序")
    state = FSMField("办理状态", default=CheckState.ASSIGNED, choices=CheckState.choices)
    checked_on = models.DateField("检查日期", null=True, blank=True)
    outcome = models.CharField("检查结果", max_length=20, choices=CheckOutcome.choices, blank=True)
    findings = models.TextField("发现的问题", blank=True)

    class Meta:
        verbose_name = "抽查检查"
        verbose_name_plural = "双随机抽查检查"
        ordering = ["plan", "rank"]

    def __str__(self) -> str:
        return f"{self.plan.title}：{self.target.name}"

    @transition(field=state, source=CheckState.ASSIGNED, target=CheckState.CHECKED)
    def record_result(self):
        pass

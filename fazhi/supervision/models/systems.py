"""指标体系: a versioned tree of indicators (一级/二级/三级) with points, scoring rules and evidence needs."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from fazhi.core.models import LedgerModel, ScopedQuerySet
from fazhi.core.scoping import unit_q

from ..choices import NodeMethod, RuleKind


class SystemQuerySet(ScopedQuerySet):
    """A system issued by a unit applies to its whole subtree, so units below may read it."""

    def restrict(self, user, action: str = "view"):
        base = unit_q(user, action)
        if action != "view" or not getattr(user, "unit_id", None):
            return self.filter(base)
        ancestors = [int(p) for p in user.unit.path.strip("/").split("/") if p]
        return self.filter(base | Q(unit_id__in=ancestors))


class IndicatorSystem(LedgerModel):
    """One version of an indicator system; a new Excel import makes a new version, never edits an old one."""

    name = models.CharField("名称", max_length=200)
    version = models.CharField("版本", max_length=50)
    year = models.PositiveIntegerField("适用年度", null=True, blank=True)
    source = models.TextField("来源说明", blank=True)
    previous = models.ForeignKey("self", verbose_name="上一版本", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="next_versions")

    objects = SystemQuerySet.as_manager()

    class Meta:
        verbose_name = "指标体系"
        verbose_name_plural = "指标体系"
        ordering = ["-pk"]

    def __str__(self) -> str:
        return f"{self.name}（{self.version}）"

    def leaves(self):
        return self.nodes.filter(level=3).order_by("order")


class IndicatorNode(models.Model):
    """A node of the tree. Only third-level nodes are scored; their points add up to the dimensions.

    ``method`` bound: the value is ``fazhi.indicators.registry.compute(indicator_key, …)`` over the
    unit's records and ``rule_text`` turns it into points; manual: the unit self-reports with
    evidence and an inspector scores it. Nodes never change after import (a new version does).
    """

    system = models.ForeignKey(IndicatorSystem, verbose_name="指标体系", on_delete=models.CASCADE, related_name="nodes")
    parent = models.ForeignKey("self", verbose_name="上级指标", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="children")
    level = models.PositiveSmallIntegerField("层级")
    code = models.CharField("编号", max_length=20)
    title = models.TextField("指标内容")
    points = models.DecimalField("分值", max_digits=7, decimal_places=2, null=True, blank=True)
    weight = models.DecimalField("权重（%）", max_digits=6, decimal_places=2, null=True, blank=True)
    method = models.CharField("评分方式", max_length=20, choices=NodeMethod.choices, default=NodeMethod.GROUP)
    indicator_key = models.CharField("计算指标", max_length=100, blank=True)
    rule_kind = models.CharField("评分规则", max_length=20, choices=RuleKind.choices, blank=True)
    rule_text = models.CharField("规则参数", max_length=300, blank=True)
    evidence_required = models.CharField("佐证材料要求", max_length=300, blank=True)
    is_placeholder = models.BooleanField("占位（原文未核实）", default=False)
    note = models.CharField("说明", max_length=300, blank=True)
    order = models.PositiveIntegerField("顺序", default=0)

    class Meta:
        verbose_name = "指标"
        verbose_name_plural = "指标"
        ordering = ["system", "order"]
        constraints = [models.UniqueConstraint(fields=["system", "level", "code"], name="indicator_node_unique_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.title[:40]}"

    @property
    def is_bound(self) -> bool:
        return self.method == NodeMethod.BOUND

    @property
    def is_manual(self) -> bool:
        return self.method == NodeMethod.MANUAL

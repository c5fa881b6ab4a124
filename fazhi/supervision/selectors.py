"""Reads of 督察与考核: scoped lists, the assessment results and the ranking with its safeguards.

Results are computed when read: a bound indicator is ``indicators.registry.compute`` over the
unit's subtree for the assessment year (so a changed record changes the score at once), a manual
one is the inspector's score of the unit's self-report. Totals are sums of those parts, never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, Q
from django.utils import timezone

from fazhi.core.scoping import units_for
from fazhi.indicators.registry import INDICATORS, Value, compute
from fazhi.org.choices import Role
from fazhi.org.models import Unit

from .choices import RELIABLE_SOURCES, FindingState, ScoreSource, SelfReportState, TaskProgress
from .models import Assessment, Finding, IndicatorNode, SelfReport, Task, TaskReport
from .scoring import RuleError, apply_rule, parse_rule

ZERO = Decimal(0)


@dataclass
class ItemResult:
    node: IndicatorNode
    source: str
    value: Value | None = None
    score: Decimal | None = None
    report: SelfReport | None = None
    note: str = ""

    @property
    def reliable(self) -> bool:
        return self.source in RELIABLE_SOURCES

    @property
    def source_label(self) -> str:
        return ScoreSource(self.source).label


@dataclass
class UnitResult:
    unit: Unit
    items: list[ItemResult]
    dimensions: list[tuple[IndicatorNode, Decimal, Decimal]] = field(default_factory=list)  # (node, score, max)

    @property
    def total(self) -> Decimal:
        return sum((i.score for i in self.items if i.reliable and i.score is not None), ZERO)

    @property
    def max_total(self) -> Decimal:
        return sum((i.node.points or ZERO for i in self.items), ZERO)

    @property
    def self_total(self) -> Decimal:
        """Self-scores not yet reviewed — shown for reference only, never in the total or a rank."""
        return sum((i.report.self_score or ZERO for i in self.items if i.source == ScoreSource.SELF), ZERO)

    @property
    def missing(self) -> list[ItemResult]:
        return [i for i in self.items if not i.reliable]

    def item(self, node_id: int) -> ItemResult | None:
        return next((i for i in self.items if i.node.pk == node_id), None)


def today() -> dt.date:
    return timezone.localdate()


def visible_units(assessment: Assessment, user):
    """Units of the run whose results ``user`` may read: all of them for the organising unit (which
    already sees every self-report of its run) and for inspectors above; otherwise only its own."""
    scope = assessment.scope_units.all().order_by("path")
    if user.is_admin or user.unit_id == assessment.unit_id:
        return scope
    return scope.filter(pk__in=units_for(user, "view"))


def _bound_result(node: IndicatorNode, unit: Unit, year: int) -> ItemResult:
    if node.indicator_key not in INDICATORS:
        return ItemResult(node, ScoreSource.UNAVAILABLE, note=f"指标尚未提供（{node.indicator_key}）")
    value = compute(node.indicator_key, Unit.objects.subtree_of(unit), year=year)
    if value.value is None:
        return ItemResult(node, ScoreSource.NO_DATA, value=value, note="本年度无可计算的记录（比率的分母为零）")
    try:
        score = apply_rule(parse_rule(node.rule_kind, node.rule_text), value.value, node.points or ZERO)
    except RuleError as exc:
        return ItemResult(node, ScoreSource.UNAVAILABLE, value=value, note=str(exc))
    return ItemResult(node, ScoreSource.COMPUTED, value=value, score=score)


def _manual_result(node: IndicatorNode, report: SelfReport | None) -> ItemResult:
    if report is None:
        return ItemResult(node, ScoreSource.MISSING, note="未填报")
    if report.state == SelfReportState.SCORED:
        return ItemResult(node, ScoreSource.INSPECTOR, score=report.score, report=report)
    return ItemResult(node, ScoreSource.SELF, report=report, note=report.get_state_display())


def _dimensions(nodes: list[IndicatorNode], items: list[ItemResult]):
    by_id = {i.node.pk: i for i in items}
    parents = {n.pk: n.parent_id for n in nodes}
    out = []
    for top in [n for n in nodes if n.level == 1]:
        def under(node_id):
            while node_id is not None:
                if node_id == top.pk:
                    return True
                node_id = parents.get(node_id)
            return False
        leaves = [by_id[n.pk] for n in nodes if n.level == 3 and under(n.parent_id)]
        score = sum((i.score for i in leaves if i.reliable and i.score is not None), ZERO)
        out.append((top, score, sum((i.node.points or ZERO for i in leaves), ZERO)))
    return out


def assessment_results(assessment: Assessment, units) -> list[UnitResult]:
    """Per unit: every third-level item with its value, score and source; per-dimension scores."""
    nodes = list(assessment.system.nodes.order_by("order"))
    leaves = [n for n in nodes if n.level == 3]
    reports = {(r.unit_id, r.node_id): r for r in SelfReport.objects.live().filter(assessment=assessment, unit__in=units)}
    out = []
    for unit in units:
        items = [_bound_result(n, unit, assessment.year) if n.is_bound else _manual_result(n, reports.get((unit.pk, n.pk)))
                 for n in leaves]
        out.append(UnitResult(unit, items, _dimensions(nodes, items)))
    return out


@dataclass
class Ranking:
    """Ranks only from reliable sources; ``excluded`` says which items were left out and why."""

    per_item: list[tuple[IndicatorNode, str, list[tuple[Unit, Decimal, int]], list[Unit]]]
    overall: list[tuple[Unit, Decimal, int]]
    overall_nodes: list[IndicatorNode]
    excluded: list[tuple[IndicatorNode, str]]


def _dense_rank(pairs: list[tuple[Unit, Decimal]]) -> list[tuple[Unit, Decimal, int]]:
    pairs = sorted(pairs, key=lambda p: (-p[1], p[0].path))
    out, rank, prev = [], 0, None
    for i, (unit, score) in enumerate(pairs, start=1):
        if score != prev:
            rank, prev = i, score
        out.append((unit, score, rank))
    return out


def ranking(results: list[UnitResult]) -> Ranking:
    """Rank per indicator where the score is computed from records or given by an inspector — never
    from an unreviewed self-report (anchors.md C11: league tables on unreliable data did harm).
    The overall rank uses only the items reliable for every unit, so no unit is ranked on a gap."""
    if not results:
        return Ranking([], [], [], [])
    per_item, excluded, common = [], [], []
    for idx, item in enumerate(results[0].items):
        node = item.node
        row = [(r.unit, r.items[idx]) for r in results]
        ranked = [(u, i.score) for u, i in row if i.reliable and i.score is not None]
        left_out = [u for u, i in row if not (i.reliable and i.score is not None)]
        kinds = {i.source for _, i in row if i.reliable}
        label = "、".join(ScoreSource(k).label for k in sorted(kinds)) or "—"
        if ranked:
            per_item.append((node, label, _dense_rank(ranked), left_out))
        if not left_out:
            common.append(idx)
        else:
            why = "、".join(sorted({ScoreSource(i.source).label for _, i in row if not i.reliable}))
            excluded.append((node, f"部分单位为“{why}”"))
    overall = _dense_rank([(r.unit, sum((r.items[i].score for i in common), ZERO)) for r in results]) if common else []
    return Ranking(per_item, overall, [results[0].items[i].node for i in common], excluded)


# ---------------------------------------------------------------- plans and 整改 to do

def task_is_done(task: Task) -> bool:
    return _done_task_ids().filter(task=task).exists()


def tasks_overdue(user, on: dt.date | None = None):
    """Tasks past their due date without a 已完成 report by the lead unit, visible to ``user`` (both sides)."""
    on = on or today()
    return (Task.objects.restrict(user).live().filter(due_on__lt=on).exclude(pk__in=_done_task_ids())
            .select_related("lead_unit", "plan"))


def _done_task_ids():
    return TaskReport.objects.live().filter(status=TaskProgress.DONE, unit_id=F("task__lead_unit_id")).values("task_id")


def findings_overdue(user, on: dt.date | None = None):
    """整改 not yet accepted whose deadline has passed (or was accepted late is *not* overdue any more)."""
    on = on or today()
    return (Finding.objects.restrict(user).live().filter(due_on__lt=on)
            .exclude(state=FindingState.ACCEPTED).select_related("unit", "inspection"))


def finding_overdue(f: Finding, on: dt.date) -> bool:
    """Accepted after its deadline, or still open past it."""
    if f.state == FindingState.ACCEPTED:
        return bool(f.accepted_on and f.accepted_on > f.due_on)
    return f.due_on < on


def findings_awaiting_recheck(user):
    if not user.has_role(Role.INSPECTOR) or user.unit_id is None:
        return Finding.objects.none()
    return Finding.objects.live().filter(inspection__unit_id=user.unit_id, state=FindingState.SUBMITTED)


def self_reports_awaiting(user):
    if not user.has_role(Role.INSPECTOR) or user.unit_id is None:
        return SelfReport.objects.none()
    return SelfReport.objects.live().filter(assessment__unit_id=user.unit_id, state=SelfReportState.SUBMITTED)


def rectification_rows(user, *, year: int | None = None, inspection=None):
    """The 整改台账: findings the user may see, with their rounds, oldest first."""
    qs = Finding.objects.restrict(user).select_related("unit", "inspection", "item").prefetch_related("rounds__reviewed_by")
    if year:
        qs = qs.filter(Q(inspection__year=year))
    if inspection is not None:
        qs = qs.filter(inspection=inspection)
    return qs.order_by("inspection__start_on", "unit__path", "pk")

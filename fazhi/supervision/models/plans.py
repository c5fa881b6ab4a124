"""工作要点: a unit's yearly work plan, its tasks assigned to units below, and their progress reports."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from fazhi.core.models import LedgerModel
from fazhi.core.scoping import units_for

from ..choices import TaskProgress
from ..scoping import IssuedQuerySet


class WorkPlanQuerySet(IssuedQuerySet):
    """Units given a task see the plan it belongs to (only their own tasks in it)."""

    issuer_field = "unit"

    def extra_view_q(self, user):
        return Q(pk__in=Task.objects.filter(TaskQuerySet.assigned_q(user)).values("plan_id"))


class WorkPlan(LedgerModel):
    """A yearly 法治政府建设工作要点 issued by ``unit`` (e.g. 区政府办公室印发, 21 项任务)."""

    year = models.PositiveIntegerField("年度")
    title = models.CharField("名称", max_length=200)
    doc_no = models.CharField("文号", max_length=100, blank=True)
    issued_on = models.DateField("印发日期")
    note = models.TextField("说明", blank=True)

    objects = WorkPlanQuerySet.as_manager()

    class Meta:
        verbose_name = "工作要点"
        verbose_name_plural = "工作要点"
        ordering = ["-year", "-issued_on", "-pk"]

    def __str__(self) -> str:
        return self.title


class TaskQuerySet(IssuedQuerySet):
    """A task is the issuing unit's row; the lead unit and co-units see the tasks assigned to them."""

    issuer_field = "unit"

    def extra_view_q(self, user):
        return self.assigned_q(user)

    @staticmethod
    def assigned_q(user) -> Q:
        units = units_for(user, "view")
        co = Task.co_units.through.objects.filter(unit__in=units).values("task_id")
        return Q(lead_unit__in=units) | Q(pk__in=co)


class Task(LedgerModel):
    """One task of a 工作要点: what, on which basis, who leads, who helps, by when, producing what.

    ``unit`` is the issuing unit (the plan's); the lead unit reports progress (``TaskReport``).
    """

    plan = models.ForeignKey(WorkPlan, verbose_name="工作要点", on_delete=models.PROTECT, related_name="tasks")
    number = models.PositiveIntegerField("序号")
    content = models.TextField("任务内容")
    basis = models.CharField("工作依据", max_length=300, blank=True, help_text="法律法规、上级文件或示范指标")
    lead_unit = models.ForeignKey("org.Unit", verbose_name="牵头单位", on_delete=models.PROTECT, related_name="+")
    co_units = models.ManyToManyField("org.Unit", verbose_name="配合单位", blank=True, related_name="+")
    due_on = models.DateField("完成时限")
    expected_output = models.CharField("预期成果", max_length=300, blank=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        verbose_name = "工作要点任务"
        verbose_name_plural = "工作要点任务"
        ordering = ["plan", "number", "pk"]

    def __str__(self) -> str:
        return f"{self.plan.year}年第{self.number}项：{self.content[:30]}"

    def clean(self):
        if self.plan_id and self.unit_id and self.plan.unit_id != self.unit_id:
            raise ValidationError({"plan": "任务须登记在制定该工作要点的单位名下。"})
        if self.plan_id and self.lead_unit_id and not self.lead_unit.is_within(self.plan.unit):
            raise ValidationError({"lead_unit": "牵头单位须为本单位或所属单位、部门。"})


class TaskReportQuerySet(IssuedQuerySet):
    issuer_field = "task__unit"


class TaskReport(LedgerModel):
    """A progress report on a task by its lead unit or a co-unit (``unit``), with evidence attached."""

    task = models.ForeignKey(Task, verbose_name="任务", on_delete=models.PROTECT, related_name="reports")
    reported_on = models.DateField("报告日期")
    status = models.CharField("进展", max_length=20, choices=TaskProgress.choices)
    progress = models.TextField("进展情况")

    objects = TaskReportQuerySet.as_manager()

    class Meta:
        verbose_name = "任务进展报告"
        verbose_name_plural = "任务进展报告"
        ordering = ["-reported_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.reported_on:%Y-%m-%d} {self.get_status_display()}：{self.task}"

    def clean(self):
        if not (self.task_id and self.unit_id):
            return
        assigned = {self.task.lead_unit_id, *self.task.co_units.values_list("pk", flat=True)}
        if self.unit_id not in assigned:
            raise ValidationError({"task": "只有该任务的牵头单位或配合单位可以报告进展。"})

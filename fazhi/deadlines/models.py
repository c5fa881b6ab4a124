"""The editable holiday table, local values of time-limit rules, and every open deadline.

The arithmetic is pure (``calendar.py``, ``rules.py``); these tables hold what it needs and
what it produced, so that a deadline can be recomputed when the State Council publishes next
year's schedule and still explain itself afterwards.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from simple_history.models import HistoricalRecords

from fazhi.core.models import ScopedQuerySet


class HolidayYear(models.Model):
    """A year whose 国务院办公厅 放假安排 is in the table; other years count weekends only."""

    year = models.PositiveIntegerField("年份", unique=True)
    source = models.CharField("来源", max_length=200, help_text="如：chinesecalendar 1.11.0；国办发明电〔2026〕X号")
    note = models.CharField("说明", max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "放假安排年份"
        verbose_name_plural = "放假安排年份"
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.year}年"


class HolidayDay(models.Model):
    KIND_CHOICES = [("holiday", "放假"), ("makeup_workday", "调休上班")]

    date = models.DateField("日期", unique=True)
    kind = models.CharField("类型", max_length=20, choices=KIND_CHOICES)
    name = models.CharField("节日", max_length=60)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "节假日"
        verbose_name_plural = "节假日表"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.date} {self.name}{self.get_kind_display()}"


class RuleValue(models.Model):
    """A local value for a time-limit rule marked ``local_setting`` in rules.yaml."""

    rule_id = models.CharField("规则", max_length=80, unique=True)
    count = models.PositiveIntegerField("期限数值", null=True, blank=True, help_text="按日或工作日计算的规则填写")
    fixed_date = models.CharField("固定日期（月-日）", max_length=5, blank=True,
                                  help_text="固定日期的规则填写，如 02-20 表示“次年2月20日之前”（如省级规定的报送日期）")
    note = models.CharField("依据或说明", max_length=300)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "期限本地取值"
        verbose_name_plural = "期限本地取值"

    def __str__(self) -> str:
        return f"{self.rule_id} = {self.fixed_date or self.count}"


class Deadline(models.Model):
    """One statutory clock running on one record (e.g. the 20-WD reply to a disclosure request)."""

    STATUS_CHOICES = [("open", "进行中"), ("met", "按期完成"), ("missed", "逾期完成"), ("cancelled", "已取消")]

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    rule_id = models.CharField("期限规则", max_length=80)
    label = models.CharField("事项", max_length=200)
    start_date = models.DateField("起算日")
    due_date = models.DateField("届满日", db_index=True)
    provisional = models.BooleanField("临时计算", default=False, help_text="涉及尚未公布放假安排的年份，仅按周末计算")
    explanation = models.JSONField("计算说明", default=dict)
    excluded = models.JSONField("扣除期间", default=list, blank=True)
    count_override = models.PositiveIntegerField("期限数值（覆盖）", null=True, blank=True)
    status = models.CharField("状态", max_length=12, choices=STATUS_CHOICES, default="open", db_index=True)
    closed_on = models.DateField("完成日", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "期限"
        verbose_name_plural = "期限"
        ordering = ["due_date"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.label}：{self.due_date}"

    @property
    def lines(self) -> list[str]:
        return self.explanation.get("lines", [])


class ReminderRun(models.Model):
    """What the daily reminder job found for one unit on one day (a record of each run)."""

    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    run_on = models.DateField("日期")
    due_soon = models.PositiveIntegerField("即将到期")
    overdue = models.PositiveIntegerField("已逾期")
    items = models.JSONField("明细", default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = "到期提醒"
        verbose_name_plural = "到期提醒记录"
        ordering = ["-run_on"]
        constraints = [models.UniqueConstraint(fields=["unit", "run_on"], name="one_reminder_run_per_unit_day")]

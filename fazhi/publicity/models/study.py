"""学法 sessions, professional trainings and 法治 exams.

Participants are recorded by group and the total is their sum (never stored). A session that is party
study without 法治 content (seed 002's 115 党组织专题学习) is recorded with ``rule_of_law`` off, so it is
visible but never counted as 学法.
"""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import ExamAudience, Organiser, StudyKind, TrainingKind, TrainingMode

PARTICIPANT_FIELDS = ("leaders_count", "staff_count", "village_cadres_count", "officers_count", "others_count")


class Study(LedgerModel):
    """One 学法 session: vehicle, date, what was studied, who led it, participants by group."""

    held_on = models.DateField("学习日期")
    kind = models.CharField("学法形式", max_length=30, choices=StudyKind.choices)
    topic = models.CharField("主题", max_length=300)
    laws = models.TextField("学习的法律法规/文件", blank=True, help_text="一行一件")
    rule_of_law = models.BooleanField("法治学习内容", default=True, help_text="不含法治内容的政治理论学习请取消勾选：保留记录但不计入学法统计")
    lead_person = models.CharField("领学人/授课人", max_length=100, blank=True)
    meeting = models.ForeignKey(
        "leadership.Meeting", verbose_name="所在会议", null=True, blank=True, on_delete=models.PROTECT,
        related_name="studies", help_text="会前学法、会议领学时选择对应会议",
    )
    leaders_count = models.PositiveIntegerField("领导干部（人次）", default=0)
    staff_count = models.PositiveIntegerField("机关干部职工（人次）", default=0)
    village_cadres_count = models.PositiveIntegerField("村（社区）干部（人次）", default=0)
    officers_count = models.PositiveIntegerField("执法人员（人次）", default=0)
    others_count = models.PositiveIntegerField("其他人员（人次）", default=0)
    organiser = models.CharField("组织单位", max_length=200, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "学法"
        verbose_name_plural = "学法"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.get_kind_display()}：{self.topic}"

    @property
    def participants(self) -> int:
        return sum(getattr(self, f) for f in PARTICIPANT_FIELDS)

    def clean(self):
        if self.meeting_id and self.unit_id and self.meeting.unit_id != self.unit_id:
            raise ValidationError({"meeting": ["只能选择本单位的会议。"]})


class Training(LedgerModel):
    """A training of a professional group (执法人员, 调解员, 窗口人员…), with hours and 应训/参训 numbers."""

    title = models.CharField("培训名称", max_length=300)
    kind = models.CharField("培训类别", max_length=30, choices=TrainingKind.choices)
    mode = models.CharField("方式", max_length=20, choices=TrainingMode.choices, default=TrainingMode.OFFLINE)
    organiser = models.CharField("组织方式", max_length=10, choices=Organiser.choices, default=Organiser.SELF)
    start_on = models.DateField("开始日期")
    end_on = models.DateField("结束日期", null=True, blank=True)
    hours = models.DecimalField("学时", max_digits=6, decimal_places=1, default=0)
    expected = models.PositiveIntegerField("应参训人数", null=True, blank=True, help_text="计算参训率的分母；不清楚时留空")
    trainees = models.PositiveIntegerField("实际参训人数")
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "培训"
        verbose_name_plural = "专业培训"
        ordering = ["-start_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.start_on:%Y-%m-%d} {self.title}"

    def clean(self):
        errors = {}
        if self.end_on and self.start_on and self.end_on < self.start_on:
            errors["end_on"] = ["结束日期不能早于开始日期。"]
        if self.expected is not None and self.trainees is not None and self.trainees > self.expected:
            errors["trainees"] = ["实际参训人数不能多于应参训人数。"]
        if errors:
            raise ValidationError(errors)


class Exam(LedgerModel):
    """A 法治 exam: 应考, 参考, 合格 → 参考率 = 参考 ÷ 应考, 合格率 = 合格 ÷ 参考."""

    title = models.CharField("考试名称", max_length=300)
    held_on = models.DateField("考试日期")
    audience = models.CharField("考试对象", max_length=20, choices=ExamAudience.choices)
    expected = models.PositiveIntegerField("应考人数")
    sat = models.PositiveIntegerField("参考人数")
    passed = models.PositiveIntegerField("合格人数")
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "法治考试"
        verbose_name_plural = "法治考试"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"

    def clean(self):
        errors = {}
        if None not in (self.sat, self.expected) and self.sat > self.expected:
            errors["sat"] = ["参考人数不能多于应考人数。"]
        if None not in (self.sat, self.passed) and self.passed > self.sat:
            errors["passed"] = ["合格人数不能多于参考人数。"]
        if errors:
            raise ValidationError(errors)

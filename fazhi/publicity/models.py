"""普法活动台账 (GLOSSARY.md publicity.Activity).

Totals in a report ("开展普法活动1,838场") are computed from these rows, never stored, so the
parts always add up to the whole (issue 6).
"""

from django.db import models

from fazhi.core.models import LedgerModel

from .choices import Audience, Campaign, VenueType


class Activity(LedgerModel):
    """One 普法 activity: when, where, for whom, how many people, what materials."""

    held_on = models.DateField("活动日期")
    title = models.CharField("活动名称", max_length=200)
    campaign = models.CharField("宣传日", max_length=20, choices=Campaign.choices, blank=True)
    venue_type = models.CharField("活动形式", max_length=20, choices=VenueType.choices)
    audience = models.CharField("受众", max_length=20, choices=Audience.choices)
    place = models.CharField("地点", max_length=200, blank=True)
    laws = models.CharField("宣传的法律法规", max_length=300, blank=True, help_text="多部法律用“、”分隔")
    attendance = models.PositiveIntegerField("参与人次", default=0)
    materials = models.PositiveIntegerField("发放资料（份）", default=0)
    boards = models.PositiveIntegerField("展板（块）", default=0)
    vehicles = models.PositiveIntegerField("宣传车（台次）", default=0)
    consultations = models.PositiveIntegerField("现场咨询（人次）", default=0)
    organiser = models.CharField("承办部门/人员", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "普法活动"
        verbose_name_plural = "普法活动"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"

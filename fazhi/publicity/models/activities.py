"""普法 activities, the 谁执法谁普法 responsibility list, 法治文化阵地 and media coverage.

Totals in a report ("开展普法活动1,838场，其中干部690场…") are computed from these rows, never stored,
so the whole is always the sum of its parts (issue 6; seed 003's parts add up to 1,649, not 1,838).
"谁执法谁普法" follows 《关于实行国家机关"谁执法谁普法"普法责任制的意见》(中办发〔2017〕31号); its
article numbers are not in statutes.md and are not cited.
"""

from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import Audience, Campaign, CoverageKind, Method, SiteKind, VenueType


class PublicityDuty(LedgerModel):
    """One line of the 谁执法谁普法 responsibility list: who publicises which laws to whom, how."""

    listed_on = models.DateField("列入清单日期")
    department = models.CharField("责任单位/科室", max_length=200)
    laws = models.TextField("普法重点法律法规", help_text="一行一部")
    audience = models.CharField("普法对象", max_length=20, choices=Audience.choices)
    measures = models.TextField("普法措施", blank=True)
    contact = models.CharField("联系人", max_length=50, blank=True)

    class Meta:
        verbose_name = "普法责任清单事项"
        verbose_name_plural = "谁执法谁普法责任清单"
        ordering = ["-listed_on", "department", "pk"]

    def __str__(self) -> str:
        return f"{self.department} · {self.get_audience_display()}"


class Activity(LedgerModel):
    """One 普法 activity: when, where, how, for whom, how many people, what materials."""

    held_on = models.DateField("活动日期")
    title = models.CharField("活动名称", max_length=200)
    campaign = models.CharField("宣传日", max_length=30, choices=Campaign.choices, blank=True)
    method = models.CharField("宣传方式", max_length=20, choices=Method.choices, default=Method.OTHER)
    venue_type = models.CharField("活动形式", max_length=20, choices=VenueType.choices,
                                  help_text="进村（社区）、进校园、进企业、进机关、入户……")
    audience = models.CharField("受众", max_length=20, choices=Audience.choices)
    place = models.CharField("地点", max_length=200, blank=True)
    laws = models.CharField("宣传的法律法规", max_length=300, blank=True, help_text="多部法律用“、”分隔")
    attendance = models.PositiveIntegerField("参与人次", default=0)
    households = models.PositiveIntegerField("入户户数", default=0)
    materials = models.PositiveIntegerField("发放资料（份）", default=0)
    boards = models.PositiveIntegerField("展板（块）", default=0)
    vehicles = models.PositiveIntegerField("宣传车（台次）", default=0)
    consultations = models.PositiveIntegerField("现场咨询（人次）", default=0)
    duty = models.ForeignKey(
        PublicityDuty, verbose_name="落实的普法责任", null=True, blank=True, on_delete=models.PROTECT,
        related_name="activities",
    )
    organiser = models.CharField("承办部门/人员", max_length=100, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "普法活动"
        verbose_name_plural = "普法活动"
        ordering = ["-held_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.held_on:%Y-%m-%d} {self.title}"


class CultureSite(LedgerModel):
    """A 法治文化阵地, 主题公园/广场, 长廊 or 书屋."""

    name = models.CharField("名称", max_length=200)
    kind = models.CharField("类别", max_length=20, choices=SiteKind.choices)
    address = models.CharField("地址", max_length=200, blank=True)
    built_on = models.DateField("建成日期", null=True, blank=True)
    closed_on = models.DateField("撤除日期", null=True, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "法治文化阵地"
        verbose_name_plural = "法治文化阵地"
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


class MediaCoverage(LedgerModel):
    """A report, interview or repost of the unit's 法治 work in the media."""

    published_on = models.DateField("发布日期")
    outlet = models.CharField("媒体", max_length=200)
    kind = models.CharField("类别", max_length=20, choices=CoverageKind.choices)
    title = models.CharField("标题", max_length=300)
    subject = models.CharField("报道对象", max_length=200, blank=True, help_text="如 枇杷和谐茶室")
    url = models.URLField("链接", blank=True)

    class Meta:
        verbose_name = "媒体报道"
        verbose_name_plural = "媒体报道"
        ordering = ["-published_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.published_on:%Y-%m-%d} {self.outlet}：{self.title}"

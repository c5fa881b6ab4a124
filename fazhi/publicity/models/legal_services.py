"""公共法律服务 (service points and services, 12348) and the 法律明白人 roster.

GLOSSARY.md files these under ``advisers`` (``LegalService``, ``LegalLiterate``); while that app is being
built in parallel (issue 3) they live here with the same code names, and may move later.
"""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import Gender, PointKind, PointLevel, ServiceChannel, ServiceKind


class LegalServicePoint(LedgerModel):
    """A 公共法律服务 center, station, room, 法律援助联络点, the 12348 hotline or the online platform."""

    name = models.CharField("名称", max_length=200)
    kind = models.CharField("类别", max_length=30, choices=PointKind.choices)
    level = models.CharField("层级", max_length=20, choices=PointLevel.choices)
    opened_on = models.DateField("设立日期", null=True, blank=True)
    closed_on = models.DateField("撤销日期", null=True, blank=True)
    address = models.CharField("地址/号码/网址", max_length=200, blank=True)
    note = models.TextField("备注", blank=True)

    class Meta:
        verbose_name = "公共法律服务站点"
        verbose_name_plural = "公共法律服务站点"
        ordering = ["level", "kind", "name"]

    def __str__(self) -> str:
        return self.name


class LegalService(LedgerModel):
    """One 公共法律服务 given: channel, type (咨询, 援助, 调解, 社区矫正, 安置帮教…), outcome."""

    received_on = models.DateField("受理日期")
    channel = models.CharField("渠道", max_length=20, choices=ServiceChannel.choices)
    kind = models.CharField("服务类型", max_length=30, choices=ServiceKind.choices)
    point = models.ForeignKey(
        LegalServicePoint, verbose_name="服务站点", null=True, blank=True, on_delete=models.PROTECT, related_name="services",
    )
    applicant = models.CharField("服务对象", max_length=100, blank=True, help_text="可不填姓名，如“村民”")
    summary = models.CharField("事项摘要", max_length=300)
    outcome = models.TextField("办理结果", blank=True)
    closed_on = models.DateField("办结日期", null=True, blank=True)

    class Meta:
        verbose_name = "公共法律服务"
        verbose_name_plural = "公共法律服务事项"
        ordering = ["-received_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.received_on:%Y-%m-%d} {self.get_kind_display()}：{self.summary}"

    def clean(self):
        if self.closed_on and self.received_on and self.closed_on < self.received_on:
            raise ValidationError({"closed_on": ["办结日期不能早于受理日期。"]})


class LegalLiterate(LedgerModel):
    """A 法律明白人 of a village: when trained/appointed, certificate, whether also a mediator."""

    name = models.CharField("姓名", max_length=50)
    gender = models.CharField("性别", max_length=10, choices=Gender.choices, blank=True)
    village = models.CharField("所在村（社区）", max_length=100)
    occupation = models.CharField("身份/职业", max_length=100, blank=True, help_text="如 村干部、网格员、退役军人")
    appointed_on = models.DateField("培养/聘任日期")
    certificate_no = models.CharField("证书编号", max_length=50, blank=True)
    is_mediator = models.BooleanField("兼任人民调解员", default=False)
    left_on = models.DateField("退出日期", null=True, blank=True)

    class Meta:
        verbose_name = "法律明白人"
        verbose_name_plural = "法律明白人"
        ordering = ["village", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.village}）"

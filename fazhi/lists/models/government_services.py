"""政务服务事项, service centers and windows, monthly volumes from the hall's systems, 惠企纾困 payments.

网上可办率, 入驻率, 一窗受理率 and 时限压缩比 are computed from the item flags and day counts
(seed 003: 687 许可 items, 619 in the hall = 90.1%; 96% online; time limits cut by 70%+).
"""

from django.core.exceptions import ValidationError
from django.db import models

from fazhi.core.models import LedgerModel

from ..choices import BeneficiaryType, CenterLevel, ServiceKind, SupportKind, VolumeMetric, WindowKind


class ServiceItem(LedgerModel):
    """One 政务服务事项 with its statutory and promised time limits and the service flags."""

    code = models.CharField("事项编码", max_length=50, blank=True)
    name = models.CharField("事项名称", max_length=300)
    kind = models.CharField("事项类型", max_length=20, choices=ServiceKind.choices)
    department = models.CharField("实施部门", max_length=200)
    statutory_days = models.PositiveIntegerField("法定办结时限（工作日）", null=True, blank=True)
    promised_days = models.PositiveIntegerField("承诺办结时限（工作日）", null=True, blank=True)
    in_hall = models.BooleanField("入驻政务服务中心", default=False)
    sub_center = models.CharField("入驻分中心", max_length=100, blank=True, help_text="入驻分中心的填分中心名称（不计入入驻中心）")
    one_window = models.BooleanField("“一窗”综合受理", default=False)
    published_online = models.BooleanField("在一体化政务服务平台发布", default=False)
    online = models.BooleanField("网上可办", default=False)
    max_one_trip = models.BooleanField("“最多跑一次”", default=False)
    high_frequency = models.BooleanField("高频事项", default=False)
    listed_on = models.DateField("列入目录日期")
    list_doc_no = models.CharField("目录/清单文号", max_length=100, blank=True, help_text="如 武隆政务办发〔2020〕27号")
    removed_on = models.DateField("移出目录日期", null=True, blank=True)

    class Meta:
        verbose_name = "政务服务事项"
        verbose_name_plural = "政务服务事项"
        ordering = ["kind", "code", "pk"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        errors = {}
        if None not in (self.statutory_days, self.promised_days) and self.promised_days > self.statutory_days:
            errors["promised_days"] = ["承诺时限不能长于法定时限。"]
        if self.online and not self.published_online:
            errors["online"] = ["网上可办的事项须在一体化政务服务平台发布。"]
        if errors:
            raise ValidationError(errors)


class ServiceCenter(LedgerModel):
    """A 政务服务中心, 分中心, 乡镇公共服务中心 or 村（社区）便民服务中心."""

    name = models.CharField("名称", max_length=200)
    level = models.CharField("层级", max_length=20, choices=CenterLevel.choices)
    opened_on = models.DateField("启用日期", null=True, blank=True)
    closed_on = models.DateField("撤销日期", null=True, blank=True)
    address = models.CharField("地址", max_length=200, blank=True)

    class Meta:
        verbose_name = "政务服务中心"
        verbose_name_plural = "政务（便民）服务中心"
        ordering = ["level", "name"]

    def __str__(self) -> str:
        return self.name


class ServiceWindow(LedgerModel):
    """A window of a center: 分领域综合窗口, 无差别综合窗口 or 专窗."""

    center = models.ForeignKey(ServiceCenter, verbose_name="所属中心", on_delete=models.PROTECT, related_name="windows")
    name = models.CharField("窗口名称", max_length=200)
    kind = models.CharField("窗口类型", max_length=20, choices=WindowKind.choices)
    opened_on = models.DateField("设立日期", null=True, blank=True)
    closed_on = models.DateField("撤销日期", null=True, blank=True)

    class Meta:
        verbose_name = "服务窗口"
        verbose_name_plural = "服务窗口"
        ordering = ["center", "kind", "name"]

    def __str__(self) -> str:
        return f"{self.center} · {self.name}"

    def clean(self):
        from fazhi.leadership.formkit import check_child_unit

        check_child_unit(self, "center")


class ServiceVolume(LedgerModel):
    """A monthly count taken from the hall's own case system (each case lives there, not in fazhi)."""

    month = models.DateField("月份", help_text="填该月任一日期，统计按月")
    metric = models.CharField("统计项", max_length=30, choices=VolumeMetric.choices)
    venue = models.CharField("办理场所/系统", max_length=200, blank=True, help_text="如 行政服务大厅、不动产登记中心")
    count = models.PositiveIntegerField("数量")
    source_system = models.CharField("数据来源", max_length=200, help_text="业务系统名称或统计报表")

    class Meta:
        verbose_name = "办件与数据归集月报"
        verbose_name_plural = "办件与数据归集月报"
        ordering = ["-month", "metric", "pk"]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.get_metric_display()} {self.count}"


class EnterpriseSupport(LedgerModel):
    """One 惠企纾困 payment or relief: 援企稳岗返还, 减免房租…, to one beneficiary."""

    kind = models.CharField("类别", max_length=20, choices=SupportKind.choices)
    beneficiary = models.CharField("受益企业/个体户", max_length=200)
    beneficiary_type = models.CharField("受益主体类型", max_length=20, choices=BeneficiaryType.choices)
    amount = models.DecimalField("金额（元）", max_digits=14, decimal_places=2)
    paid_on = models.DateField("兑现日期")
    doc_ref = models.CharField("依据/凭证", max_length=200, blank=True)

    class Meta:
        verbose_name = "惠企纾困事项"
        verbose_name_plural = "惠企纾困（稳岗返还、房租减免）"
        ordering = ["-paid_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.beneficiary} {self.amount}元"

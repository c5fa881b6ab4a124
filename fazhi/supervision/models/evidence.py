"""佐证材料: a file, or a link to a record already kept in the platform (so nobody re-uploads screenshots)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


def _upload_to(instance, filename: str) -> str:
    return f"supervision/{instance.unit_id}/{instance.sha256[:2]}/{instance.sha256}-{filename[-80:]}"


class Evidence(models.Model):
    """Evidence attached to a task report, a 整改 round or a self-report (``target``).

    Exactly one of ``file`` and ``record`` is set. A linked record counts for more than a file:
    it is the ledger entry itself, kept with its own history (issue 9: ask for evidence only
    where no record exists). Files are served only through a view that checks the target's scope.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.PositiveBigIntegerField(db_index=True)
    target = GenericForeignKey("content_type", "object_id")
    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    file = models.FileField("文件", upload_to=_upload_to, blank=True, max_length=300)
    name = models.CharField("名称", max_length=200)
    size = models.PositiveBigIntegerField("大小（字节）", default=0)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    record_type = models.ForeignKey(ContentType, verbose_name="关联记录类型", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    record_id = models.PositiveBigIntegerField("关联记录编号", null=True, blank=True)
    record_url = models.CharField("关联记录地址", max_length=300, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="提交人", null=True, on_delete=models.PROTECT,
                                    related_name="+")
    uploaded_at = models.DateTimeField("提交时间", auto_now_add=True)

    class Meta:
        verbose_name = "佐证材料"
        verbose_name_plural = "佐证材料"
        ordering = ["uploaded_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_record(self) -> bool:
        return self.record_id is not None

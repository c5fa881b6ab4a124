"""Layer (b) of the audit trail: the procedural timeline (style.md R8).

Field history (layer a) is django-simple-history on every ledger model. This table is the
legally meaningful record of *steps*: who did which named step, when, from which state to
which, with what data. Services write it in the same transaction as the change.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class TimelineEvent(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField(db_index=True)
    target = GenericForeignKey("content_type", "object_id")
    unit = models.ForeignKey("org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="+")
    verb = models.CharField("动作", max_length=60)
    label = models.CharField("步骤", max_length=100)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="办理人", null=True, on_delete=models.PROTECT, related_name="+")
    from_state = models.CharField("原状态", max_length=40, blank=True)
    to_state = models.CharField("新状态", max_length=40, blank=True)
    data = models.JSONField("办理内容", default=dict, blank=True)
    note = models.TextField("说明", blank=True)
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "程序事件"
        verbose_name_plural = "程序时间线"
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.label}"

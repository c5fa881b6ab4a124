"""The unit tree (行政区划与部门) and the users who work in it."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from .choices import Role, UnitLevel


class UnitQuerySet(models.QuerySet):
    def subtree_of(self, unit: "Unit") -> "UnitQuerySet":
        """The unit itself and everything below it (materialised path prefix)."""
        return self.filter(path__startswith=unit.path)


class Unit(models.Model):
    """A node of 省/直辖市 › 市 › 区/县 › 乡镇/街道 › 村/社区, or a 部门 under its government.

    ``path`` is a materialised path of ids ("/1/5/23/") so that "the subtree of X" is one
    indexed prefix filter; it is maintained only by ``org.services.unit_create/unit_move``.
    """

    name = models.CharField("名称", max_length=100)
    short_name = models.CharField("简称", max_length=50, blank=True, help_text="如“大湾镇”，用于报告和文号")
    level = models.CharField("层级", max_length=20, choices=UnitLevel.choices)
    code = models.CharField("行政区划代码", max_length=12, blank=True, help_text="已知时填写 12 位或 6 位代码")
    parent = models.ForeignKey("self", verbose_name="上级单位", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    path = models.CharField("路径", max_length=255, editable=False, db_index=True, default="")
    is_active = models.BooleanField("有效", default=True)
    sort_order = models.PositiveIntegerField("排序", default=0)
    history = HistoricalRecords()

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["path"]
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="unit_unique_name_under_parent")]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def depth(self) -> int:
        return self.path.count("/") - 1

    def ancestors(self) -> list["Unit"]:
        ids = [int(p) for p in self.path.strip("/").split("/")[:-1] if p]
        by_id = Unit.objects.in_bulk(ids)
        return [by_id[i] for i in ids if i in by_id]

    def is_within(self, other: "Unit") -> bool:
        return self.path.startswith(other.path)

    @property
    def government(self) -> "Unit":
        """The government a department belongs to (itself for a government unit)."""
        unit = self
        while unit.level == UnitLevel.DEPARTMENT and unit.parent_id:
            unit = unit.parent
        return unit


class User(AbstractUser):
    """A person working in exactly one unit, holding one or more roles (GLOSSARY.md)."""

    full_name = models.CharField("姓名", max_length=50, blank=True)
    unit = models.ForeignKey(Unit, verbose_name="所属单位", null=True, blank=True, on_delete=models.PROTECT, related_name="users")
    roles = models.JSONField("角色", default=list, blank=True, help_text="operator / leader / legal_reviewer / inspector / admin")
    phone = models.CharField("电话", max_length=30, blank=True)
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    class Meta:
        verbose_name = "用户"
        verbose_name_plural = "用户"

    def __str__(self) -> str:
        return self.full_name or self.username

    def has_role(self, *roles: str) -> bool:
        if self.is_superuser:
            return True
        return any(r in (self.roles or []) for r in roles)

    @property
    def role_labels(self) -> list[str]:
        return [Role(r).label for r in self.roles or [] if r in Role.values]

    @property
    def is_admin(self) -> bool:
        return self.is_superuser or Role.ADMIN in (self.roles or [])

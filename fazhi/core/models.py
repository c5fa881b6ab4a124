"""The base of every ledger record: unit, authorship, void-not-delete, scoped manager, history."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from .scoping import unit_q


class ScopedQuerySet(models.QuerySet):
    """Every query that serves a user starts here: ``Model.objects.restrict(user)``."""

    unit_field = "unit"

    def restrict(self, user, action: str = "view") -> "ScopedQuerySet":
        field = getattr(self.model, "scope_field", self.unit_field)
        return self.filter(unit_q(user, action, field=field))

    def live(self) -> "ScopedQuerySet":
        """Records that count: voided records leave every figure (they stay visible)."""
        return self.filter(is_void=False)

    def in_units(self, units) -> "ScopedQuerySet":
        field = getattr(self.model, "scope_field", self.unit_field)
        return self.filter(**{f"{field}__in": units})


class LedgerModel(models.Model):
    """Abstract base of every ledger row (style.md R2).

    Users never delete: ``core.services.record_void`` marks the row void with a reason; a
    voided row is excluded by ``.live()`` from every figure but stays visible with its history.
    """

    unit = models.ForeignKey(
        "org.Unit", verbose_name="单位", on_delete=models.PROTECT, related_name="%(app_label)s_%(class)s_set"
    )
    created_at = models.DateTimeField("登记时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="登记人", null=True, blank=True, editable=False,
        on_delete=models.PROTECT, related_name="+",
    )
    is_void = models.BooleanField("已作废", default=False, editable=False)
    void_reason = models.CharField("作废原因", max_length=500, blank=True, editable=False)
    voided_at = models.DateTimeField("作废时间", null=True, blank=True, editable=False)
    voided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="作废人", null=True, blank=True, editable=False,
        on_delete=models.PROTECT, related_name="+",
    )

    history = HistoricalRecords(inherit=True)
    objects = ScopedQuerySet.as_manager()

    class Meta:
        abstract = True

    # The field a record is scoped by; a model whose unit is reached through a parent overrides it.
    scope_field = "unit"

    @classmethod
    def ledger(cls):
        from .ledgers import ledger_for_model

        return ledger_for_model(cls)


class SystemSetting(models.Model):
    """A stored value overriding a declared default (``core.settings_registry``)."""

    key = models.CharField("键", max_length=100, unique=True)
    value = models.JSONField("值")
    note = models.CharField("修改说明", max_length=300, blank=True)
    updated_at = models.DateTimeField("修改时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "系统设置"
        verbose_name_plural = "系统设置"

    def __str__(self) -> str:
        return self.key


def _token() -> str:
    return secrets.token_hex(20)


class ApiToken(models.Model):
    """A bearer token for the JSON API (``Authorization: Bearer <key>``); same scope as its user."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="用户", on_delete=models.CASCADE, related_name="api_tokens")
    key = models.CharField("令牌", max_length=64, unique=True, default=_token)
    name = models.CharField("用途", max_length=100, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    last_used_at = models.DateTimeField("最近使用", null=True, blank=True)
    is_active = models.BooleanField("有效", default=True)

    class Meta:
        verbose_name = "API 令牌"
        verbose_name_plural = "API 令牌"

    def __str__(self) -> str:
        return f"{self.user} · {self.name or self.key[:6]}"


class DemoMarker(models.Model):
    """Marks a batch of demo records as loaded, so ``fazhi demo`` can run again safely."""

    key = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "演示数据批次"
        verbose_name_plural = "演示数据批次"

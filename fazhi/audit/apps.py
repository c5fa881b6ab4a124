from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "fazhi.audit"
    label = "audit"
    verbose_name = "程序时间线"

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ApiToken, SystemSetting
from .settings_registry import SETTINGS


@admin.register(SystemSetting)
class SystemSettingAdmin(SimpleHistoryAdmin):
    list_display = ["key", "label", "value", "unconfirmed", "updated_at"]

    @admin.display(description="名称")
    def label(self, obj):
        spec = SETTINGS.get(obj.key)
        return spec.label if spec else "（未声明）"

    @admin.display(description="待核实", boolean=True)
    def unconfirmed(self, obj):
        spec = SETTINGS.get(obj.key)
        return bool(spec and spec.unconfirmed)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["user", "name", "created_at", "last_used_at", "is_active"]
    readonly_fields = ["key", "created_at", "last_used_at"]

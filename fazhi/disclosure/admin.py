from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import DisclosureRequest, ProactiveItem


class _NoDelete(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(DisclosureRequest)
class DisclosureRequestAdmin(_NoDelete):
    list_display = ["arrived_on", "unit", "applicant", "channel", "received_on", "state", "reply_type", "is_void"]
    list_filter = ["channel", "state", "reply_type", "is_void"]


@admin.register(ProactiveItem)
class ProactiveItemAdmin(_NoDelete):
    list_display = ["formed_on", "unit", "title", "category", "channel", "state", "is_void"]
    list_filter = ["category", "channel", "state", "is_void"]

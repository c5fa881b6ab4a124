from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Activity


@admin.register(Activity)
class ActivityAdmin(SimpleHistoryAdmin):
    list_display = ["held_on", "title", "unit", "venue_type", "audience", "attendance", "is_void"]
    list_filter = ["venue_type", "audience", "is_void"]

    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Adviser, AdviserService, AdviserYearLog, Engagement


class NoDeleteAdmin(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Engagement)
class EngagementAdmin(NoDeleteAdmin):
    list_display = ["adviser", "unit", "role", "start_on", "end_on", "state", "is_void"]
    list_filter = ["role", "state", "is_void"]


for model in (Adviser, AdviserService, AdviserYearLog):
    admin.site.register(model, NoDeleteAdmin)

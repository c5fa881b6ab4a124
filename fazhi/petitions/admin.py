from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import LeaderReception, Petition


class _NoDelete(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Petition)
class PetitionAdmin(_NoDelete):
    list_display = ["reference_no", "received_on", "unit", "channel", "petitioner_name", "state", "result", "satisfaction", "is_void"]
    list_filter = ["channel", "state", "result", "satisfaction", "is_void"]
    search_fields = ["reference_no", "petitioner_name", "matter"]


@admin.register(LeaderReception)
class LeaderReceptionAdmin(_NoDelete):
    list_display = ["held_on", "unit", "kind", "leader", "cases_received", "is_void"]
    list_filter = ["kind", "is_void"]

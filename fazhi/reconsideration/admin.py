from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Reconsideration


@admin.register(Reconsideration)
class ReconsiderationAdmin(SimpleHistoryAdmin):
    list_display = ["case_no", "role", "unit", "applicant", "received_on", "state", "outcome", "is_void"]
    list_filter = ["role", "procedure", "state", "outcome", "is_void"]
    search_fields = ["case_no", "applicant", "respondent_name"]

    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False

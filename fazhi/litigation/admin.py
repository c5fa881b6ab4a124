from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Hearing, Lawsuit, Suggestion


class _NoDelete(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Lawsuit)
class LawsuitAdmin(_NoDelete):
    list_display = ["case_no", "unit", "court", "category", "filed_on", "state", "outcome", "is_void"]
    list_filter = ["category", "state", "outcome", "is_void"]


admin.site.register(Hearing, _NoDelete)
admin.site.register(Suggestion, _NoDelete)

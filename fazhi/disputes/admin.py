from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Dispute, Incident, MediationBody, Mediator, MediatorTraining, Screening


class _NoDelete(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Dispute)
class DisputeAdmin(_NoDelete):
    list_display = ["received_on", "unit", "dispute_type", "method", "state", "agreement_amount", "is_void"]
    list_filter = ["dispute_type", "method", "state", "is_void"]
    search_fields = ["parties", "summary"]


for model in (Screening, Mediator, MediatorTraining, MediationBody, Incident):
    admin.site.register(model, _NoDelete)

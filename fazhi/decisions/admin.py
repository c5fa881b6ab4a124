from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    CatalogueItem, Consultation, DecisionCatalogue, DecisionParticipant, DecisionReview, ExpertOpinion, Hearing,
    MajorDecision, PublicOpinion, RiskAssessment,
)


class NoDeleteAdmin(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(MajorDecision)
class MajorDecisionAdmin(NoDeleteAdmin):
    list_display = ["title", "unit", "category", "state", "proposed_on", "decided_on", "is_void"]
    list_filter = ["state", "category", "is_void"]
    search_fields = ["title"]


for model in (DecisionCatalogue, CatalogueItem, Consultation, PublicOpinion, Hearing, ExpertOpinion, RiskAssessment,
              DecisionReview, DecisionParticipant):
    admin.site.register(model, NoDeleteAdmin)

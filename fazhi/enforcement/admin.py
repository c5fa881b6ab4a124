from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from . import models as m


class NoDeleteAdmin(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(m.Body)
class BodyAdmin(NoDeleteAdmin):
    list_display = ["name", "unit", "kind", "field", "tier", "staffing_quota", "is_active", "is_void"]
    list_filter = ["kind", "field", "tier", "is_void"]
    search_fields = ["name"]


@admin.register(m.Officer)
class OfficerAdmin(NoDeleteAdmin):
    list_display = ["name", "code", "unit", "body", "role", "left_on", "is_void"]
    list_filter = ["role", "is_void"]
    search_fields = ["name", "code"]


@admin.register(m.Certificate)
class CertificateAdmin(NoDeleteAdmin):
    list_display = ["number", "officer", "action", "issued_on", "valid_from", "valid_to", "state", "is_void"]
    list_filter = ["action", "state", "is_void"]
    search_fields = ["number", "officer__name"]


@admin.register(m.Case)
class CaseAdmin(NoDeleteAdmin):
    list_display = ["case_no", "unit", "kind", "procedure", "party_name", "registered_on", "decided_on", "state", "is_void"]
    list_filter = ["kind", "procedure", "state", "is_void"]
    search_fields = ["case_no", "party_name", "party_code"]


@admin.register(m.RandomPlan)
class RandomPlanAdmin(NoDeleteAdmin):
    list_display = ["title", "unit", "year", "ratio", "per_target", "state", "is_void"]
    list_filter = ["state", "year"]


@admin.register(m.DrawRecord)
class DrawRecordAdmin(NoDeleteAdmin):
    list_display = ["plan", "drawn_on", "algorithm", "seed", "result_sha256"]
    readonly_fields = [f.name for f in m.DrawRecord._meta.fields]


@admin.register(m.ProblemAlert)
class ProblemAlertAdmin(NoDeleteAdmin):
    list_display = ["problem", "unit", "label", "state", "first_seen_on", "resolved_on"]
    list_filter = ["problem", "state"]


for model in (m.AnnualReview, m.OfficerTraining, m.Equipment, m.CaseExtension, m.CaseRecord, m.JointOperation,
              m.StatisticsReport, m.CheckItem, m.Target, m.Recusal, m.RandomCheck, m.ReviewTemplate, m.ReviewItem,
              m.CaseFileReview, m.ReviewedCase):
    admin.site.register(model, NoDeleteAdmin)

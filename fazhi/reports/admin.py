from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import AnnualReport, ReportSection, ReportVersion


class NoDelete(SimpleHistoryAdmin):
    # reports and their frozen versions are evidence: void, never delete
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AnnualReport)
class AnnualReportAdmin(NoDelete):
    list_display = ["__str__", "unit", "year", "state", "submitted_on", "published_on"]
    list_filter = ["state", "year"]


@admin.register(ReportSection)
class ReportSectionAdmin(NoDelete):
    list_display = ["report", "key"]


@admin.register(ReportVersion)
class ReportVersionAdmin(admin.ModelAdmin):
    list_display = ["report", "kind", "created_at", "digest"]

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (Assessment, Evidence, Finding, IndicatorNode, IndicatorSystem, Inspection, InspectionItem,
                     Rectification, SelfReport, Task, TaskReport, WorkPlan)


class NoDelete:
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(WorkPlan)
class WorkPlanAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["year", "title", "unit", "issued_on", "is_void"]
    list_filter = ["year", "is_void"]


@admin.register(Task)
class TaskAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["plan", "number", "lead_unit", "due_on", "is_void"]


@admin.register(TaskReport)
class TaskReportAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["reported_on", "task", "unit", "status", "is_void"]


@admin.register(Inspection)
class InspectionAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["start_on", "title", "source", "unit", "is_void"]
    list_filter = ["source", "year"]


@admin.register(InspectionItem)
class InspectionItemAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["inspection", "number", "content"]


@admin.register(Finding)
class FindingAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["found_on", "unit", "inspection", "due_on", "state", "is_void"]
    list_filter = ["state", "category"]


@admin.register(Rectification)
class RectificationAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["finding", "round", "completed_on", "outcome", "reviewed_on"]


@admin.register(IndicatorSystem)
class IndicatorSystemAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["name", "version", "unit", "year", "is_void"]


@admin.register(IndicatorNode)
class IndicatorNodeAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["system", "level", "code", "title", "points", "method", "indicator_key"]
    list_filter = ["level", "method"]


@admin.register(Assessment)
class AssessmentAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["year", "title", "kind", "unit", "state", "is_void"]


@admin.register(SelfReport)
class SelfReportAdmin(NoDelete, SimpleHistoryAdmin):
    list_display = ["assessment", "unit", "node", "self_score", "score", "state", "is_void"]
    list_filter = ["state"]


@admin.register(Evidence)
class EvidenceAdmin(NoDelete, admin.ModelAdmin):
    list_display = ["name", "unit", "content_type", "object_id", "uploaded_by", "uploaded_at"]

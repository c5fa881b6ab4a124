from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ReviewBatch, ReviewedDocument, ReviewFinding


class NoDelete(SimpleHistoryAdmin):
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewBatch)
class ReviewBatchAdmin(NoDelete):
    list_display = ["title", "unit", "document_count", "created_at"]


@admin.register(ReviewedDocument)
class ReviewedDocumentAdmin(NoDelete):
    list_display = ["filename", "batch", "issuer", "year"]
    exclude = ["text"]


@admin.register(ReviewFinding)
class ReviewFindingAdmin(NoDelete):
    list_display = ["document", "type", "severity", "line", "status"]
    list_filter = ["type", "severity", "status"]

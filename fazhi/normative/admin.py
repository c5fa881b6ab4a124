from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    CleanupItem, CleanupRound, CommentOpinion, DocNumberCounter, Evaluation, IssuingBody, LegalityReview,
    NormativeDocument, ReviewDesignation,
)


class NoDeleteAdmin(SimpleHistoryAdmin):
    # users void, never delete (issue 2 item 6)
    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(NormativeDocument)
class NormativeDocumentAdmin(NoDeleteAdmin):
    list_display = ["doc_no", "title", "unit", "state", "issued_on", "published_on", "filed_on", "is_void"]
    list_filter = ["state", "doc_kind", "is_void"]
    search_fields = ["title", "doc_no"]


@admin.register(LegalityReview)
class LegalityReviewAdmin(NoDeleteAdmin):
    list_display = ["document", "unit", "round", "submitted_on", "state", "opinion", "opinion_on"]
    list_filter = ["state", "opinion"]


@admin.register(DocNumberCounter)
class DocNumberCounterAdmin(NoDeleteAdmin):
    list_display = ["unit", "issuer_word", "year", "last_serial"]
    # the counter moves only inside the 印发 step; editing it by hand could reissue a number
    readonly_fields = ["unit", "issuer_word", "year", "last_serial"]


for model in (IssuingBody, ReviewDesignation, CommentOpinion, CleanupRound, CleanupItem, Evaluation):
    admin.site.register(model, NoDeleteAdmin)

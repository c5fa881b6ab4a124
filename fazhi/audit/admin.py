from django.contrib import admin

from .models import TimelineEvent


@admin.register(TimelineEvent)
class TimelineEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "unit", "content_type", "object_id", "label", "actor", "from_state", "to_state"]
    list_filter = ["content_type", "verb"]

    # the timeline is evidence: nobody edits or deletes it, not even an administrator
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

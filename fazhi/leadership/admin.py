from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from . import models as m


class NoDeleteAdmin(SimpleHistoryAdmin):
    """Users void, never delete (issue 2 item 6)."""

    def has_delete_permission(self, request, obj=None):
        return False


def register_ledger_admin(model, list_display, list_filter=()):
    """Register ``model`` with history, without delete, listing the ledger's columns."""
    attrs = {"list_display": [*list_display, "unit", "is_void"], "list_filter": [*list_filter, "is_void"]}
    admin.site.register(model, type(f"{model.__name__}Admin", (NoDeleteAdmin,), attrs))


register_ledger_admin(m.LeadingGroup, ["name", "kind", "domain", "established_on", "doc_no"], ["kind", "domain"])
register_ledger_admin(m.GroupMember, ["group", "position", "holder_kind", "role_title", "member_unit_name"], ["position"])
register_ledger_admin(m.Meeting, ["held_on", "kind", "title", "seq_no", "chair_role"], ["kind", "chair_role"])
register_ledger_admin(m.AgendaItem, ["meeting", "topic", "rule_of_law", "title"], ["topic", "rule_of_law"])
register_ledger_admin(m.DutyList, ["adopted_on", "title", "holder_role"], ["holder_role"])
register_ledger_admin(m.DutyReport, ["reported_on", "person_name", "position", "in_assessment"], ["occasion"])
register_ledger_admin(m.Institution, ["established_on", "name", "kind", "domain", "doc_no"], ["kind", "domain"])
register_ledger_admin(m.StaffMember, ["name", "post", "is_leadership", "rule_of_law_duty"], ["rule_of_law_duty"])
register_ledger_admin(m.Shortcoming, ["identified_on", "seq", "title", "domain", "status"], ["domain", "status"])
register_ledger_admin(m.PlanItem, ["due_on", "seq", "title", "owner", "state"], ["domain", "state"])

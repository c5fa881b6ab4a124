from django import forms

from .formkit import ChildForm, LedgerForm
from .models import (AgendaItem, DutyList, DutyReport, GroupMember, Institution, LeadingGroup, Meeting, PlanItem,
                     Shortcoming, StaffMember)


class LeadingGroupForm(LedgerForm):
    accepts_user = True

    class Meta:
        model = LeadingGroup
        fields = ["name", "kind", "domain", "parent", "established_on", "doc_no", "dissolved_on", "duties", "note"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = LeadingGroup.objects.restrict(user, "change").live() if user is not None else LeadingGroup.objects.none()
        self.fields["parent"].queryset = qs


class GroupMemberForm(ChildForm):
    parent_field = "group"

    class Meta:
        model = GroupMember
        fields = ["group", "position", "holder_kind", "role_title", "person_name", "member_unit_name", "start_on",
                  "end_on", "change_doc_no"]


class StaffMemberForm(LedgerForm):
    class Meta:
        model = StaffMember
        fields = ["name", "post", "is_leadership", "legal_background", "rule_of_law_duty", "start_on", "end_on", "note"]


class MeetingForm(LedgerForm):
    accepts_user = True

    class Meta:
        model = Meeting
        fields = ["kind", "body", "title", "term", "seq_no", "held_on", "chair_role", "chair_name", "attendees", "place",
                  "minutes_no", "note"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = LeadingGroup.objects.restrict(user, "change").live() if user is not None else LeadingGroup.objects.none()
        self.fields["body"].queryset = qs


class AgendaItemForm(ChildForm):
    parent_field = "meeting"

    class Meta:
        model = AgendaItem
        fields = ["meeting", "order", "topic", "rule_of_law", "title", "presenter", "documents", "decision"]


class DutyListForm(LedgerForm):
    class Meta:
        model = DutyList
        fields = ["title", "holder_role", "holder_name", "adopted_on", "doc_no", "items", "published"]


class DutyReportForm(LedgerForm):
    class Meta:
        model = DutyReport
        fields = ["person_name", "position", "role", "year", "reported_on", "occasion", "covers_first_duty",
                  "in_assessment", "assessment_scheme", "evaluation", "note"]


class InstitutionForm(LedgerForm):
    class Meta:
        model = Institution
        fields = ["name", "kind", "domain", "established_on", "doc_no", "issuer", "applies_to", "summary", "status",
                  "repealed_on", "evidence"]


class ShortcomingForm(LedgerForm):
    class Meta:
        model = Shortcoming
        fields = ["identified_on", "seq", "title", "detail", "cause", "domain", "evidence", "status"]


class PlanItemForm(LedgerForm):
    accepts_user = True

    class Meta:
        model = PlanItem
        fields = ["proposed_on", "seq", "title", "detail", "target", "domain", "owner", "due_on", "shortcoming"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        qs = Shortcoming.objects.restrict(user, "change").live() if user is not None else Shortcoming.objects.none()
        self.fields["shortcoming"].queryset = qs


class PlanCompleteForm(forms.Form):
    done_on = forms.DateField(label="完成日期", widget=forms.DateInput(attrs={"type": "date"}))
    evidence = forms.CharField(label="佐证（链接或存档位置）", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                               help_text="一行一条：系统内记录的链接、文件文号或存档位置")
    outcome = forms.CharField(label="完成情况说明", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class PlanNotDoneForm(forms.Form):
    assessed_on = forms.DateField(label="认定日期", widget=forms.DateInput(attrs={"type": "date"}))
    outcome = forms.CharField(label="未完成原因", widget=forms.Textarea(attrs={"rows": 3}))

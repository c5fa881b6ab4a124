from django import forms

from fazhi.leadership.formkit import LedgerForm

from .choices import Finding, Satisfaction
from .models import Accountability, Audit, BudgetUnit, Complaint, ComplaintChannel, NPCReport, OversightVisit, Proposal


def _date(label):
    return forms.DateField(label=label, widget=forms.DateInput(attrs={"type": "date"}))


class _Scoped(LedgerForm):
    accepts_user = True
    scoped: tuple[str, ...] = ()

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.scoped:
            model = self.fields[name].queryset.model
            self.fields[name].queryset = model.objects.restrict(user, "change").live() if user is not None else model.objects.none()


class ProposalForm(LedgerForm):
    class Meta:
        model = Proposal
        fields = ["kind", "number", "title", "proposer", "assigned_on", "due_on"]


class ProposalReplyForm(forms.Form):
    replied_on = _date("办复日期")
    reply_summary = forms.CharField(label="办复内容", widget=forms.Textarea(attrs={"rows": 4}))


class ProposalFeedbackForm(forms.Form):
    feedback_on = _date("反馈日期")
    satisfaction = forms.ChoiceField(label="代表/委员反馈意见", choices=Satisfaction.choices)


class NPCReportForm(LedgerForm):
    class Meta:
        model = NPCReport
        fields = ["reported_on", "body", "kind", "title", "outcome"]


class OversightVisitForm(LedgerForm):
    class Meta:
        model = OversightVisit
        fields = ["visited_on", "visitor_type", "target", "visitors", "findings"]


class BudgetUnitForm(LedgerForm):
    class Meta:
        model = BudgetUnit
        fields = ["name", "code", "active_from", "active_to"]


class AuditForm(_Scoped):
    scoped = ("budget_unit",)

    class Meta:
        model = Audit
        fields = ["kind", "title", "audited_name", "budget_unit", "started_on", "quarter", "big_data",
                  "report_published_on", "findings"]


class AccountabilityEntryForm(LedgerForm):
    class Meta:
        model = Accountability
        fields = ["decided_on", "person_name", "post", "form", "reason", "decided_by", "one_case_two_checks", "case_ref"]


class ComplaintChannelForm(LedgerForm):
    class Meta:
        model = ComplaintChannel
        fields = ["kind", "name", "contact", "opened_on", "closed_on"]


class ComplaintForm(_Scoped):
    scoped = ("channel",)

    class Meta:
        model = Complaint
        fields = ["received_on", "channel", "subject", "about"]


class ComplaintConcludeForm(forms.Form):
    concluded_on = _date("办结日期")
    finding = forms.ChoiceField(label="核查结论", choices=Finding.choices)
    handling = forms.CharField(label="处理结果", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                               help_text="查实或部分查实的，须写明处理结果")

from django import forms

from fazhi.leadership.formkit import ChildForm, LedgerForm

from .models import (ApprovalReformAction, CertificationItem, EnterpriseSupport, FairCompetitionReview, FeeItem,
                     NegativeListEntry, PowerItem, PowerItemChange, ServiceCenter, ServiceItem, ServiceVolume,
                     ServiceWindow)


class PowerItemForm(LedgerForm):
    class Meta:
        model = PowerItem
        fields = ["code", "name", "category", "legal_basis", "department", "responsibilities", "accountability",
                  "on_platform", "listed_on", "list_doc_no"]


class PowerItemChangeForm(ChildForm):
    parent_field = "item"

    class Meta:
        model = PowerItemChange
        fields = ["item", "action", "changed_on", "doc_no", "authorized", "summary"]


class PowerAmendForm(forms.Form):
    changed_on = forms.DateField(label="调整日期", widget=forms.DateInput(attrs={"type": "date"}))
    doc_no = forms.CharField(label="调整依据文件文号", required=False, max_length=100)
    summary = forms.CharField(label="调整内容", widget=forms.Textarea(attrs={"rows": 3}))
    legal_basis = forms.CharField(label="调整后的设定依据", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                  help_text="依据变化的填写；不填则不变")
    responsibilities = forms.CharField(label="调整后的责任事项", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                                       help_text="责任变化的填写；不填则不变")


class PowerRemoveForm(forms.Form):
    removed_on = forms.DateField(label="取消日期", widget=forms.DateInput(attrs={"type": "date"}))
    doc_no = forms.CharField(label="取消依据文件文号", required=False, max_length=100)
    summary = forms.CharField(label="取消原因", widget=forms.Textarea(attrs={"rows": 3}))


class ServiceItemForm(LedgerForm):
    class Meta:
        model = ServiceItem
        fields = ["code", "name", "kind", "department", "statutory_days", "promised_days", "in_hall", "sub_center",
                  "one_window", "published_online", "online", "max_one_trip", "high_frequency", "listed_on",
                  "list_doc_no", "removed_on"]


class ServiceCenterForm(LedgerForm):
    class Meta:
        model = ServiceCenter
        fields = ["name", "level", "opened_on", "closed_on", "address"]


class ServiceWindowForm(ChildForm):
    parent_field = "center"

    class Meta:
        model = ServiceWindow
        fields = ["center", "name", "kind", "opened_on", "closed_on"]


class ServiceVolumeForm(LedgerForm):
    class Meta:
        model = ServiceVolume
        fields = ["month", "metric", "venue", "count", "source_system"]


class CertificationItemForm(LedgerForm):
    class Meta:
        model = CertificationItem
        fields = ["name", "category", "notify_commit", "source_list", "legal_basis", "adopted_on", "removed_on"]


class ApprovalReformActionForm(LedgerForm):
    class Meta:
        model = ApprovalReformAction
        fields = ["acted_on", "action", "item_name", "item_kind", "doc_no", "note"]


class FeeItemForm(LedgerForm):
    class Meta:
        model = FeeItem
        fields = ["name", "department", "basis", "standard", "reviewed", "reviewed_on", "outcome"]


class NegativeListEntryForm(LedgerForm):
    class Meta:
        model = NegativeListEntry
        fields = ["list_name", "entry", "kind", "adopted_on", "source"]


class FairCompetitionReviewForm(LedgerForm):
    class Meta:
        model = FairCompetitionReview
        fields = ["reviewed_on", "document_title", "drafter", "conclusion", "reviewer"]


class EnterpriseSupportForm(LedgerForm):
    class Meta:
        model = EnterpriseSupport
        fields = ["kind", "beneficiary", "beneficiary_type", "amount", "paid_on", "doc_ref"]

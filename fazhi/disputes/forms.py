"""Forms of the dispute ledgers and of each procedural step."""

from django import forms

from .choices import AgreementForm, Confirmation, FailureRoute, Method, Performance
from .models import SATISFACTION, Dispute, Incident, MediationBody, Mediator, MediatorTraining, Screening

DATE = forms.DateInput(attrs={"type": "date"})
TEXT2 = forms.Textarea(attrs={"rows": 2})


class DisputeForm(forms.ModelForm):
    class Meta:
        model = Dispute
        fields = ["received_on", "source", "dispute_type", "risk_level", "parties", "party_count", "summary",
                  "special_field", "is_legacy", "method", "note"]
        widgets = {"received_on": DATE, "summary": forms.Textarea(attrs={"rows": 3}), "note": TEXT2}


class ScreeningForm(forms.ModelForm):
    class Meta:
        model = Screening
        fields = ["year", "month", "conducted_on", "lead", "participants", "households_visited", "analysis_meeting_on",
                  "submitted_on", "note"]
        widgets = {"conducted_on": DATE, "analysis_meeting_on": DATE, "submitted_on": DATE, "note": TEXT2}


class MediatorForm(forms.ModelForm):
    class Meta:
        model = Mediator
        fields = ["name", "kind", "source_group", "organisation", "is_legal_literate", "phone", "appointed_on", "is_active"]
        widgets = {"appointed_on": DATE}


class MediatorTrainingForm(forms.ModelForm):
    class Meta:
        model = MediatorTraining
        fields = ["held_on", "title", "organiser", "attendees", "hours"]
        widgets = {"held_on": DATE}


class MediationBodyForm(forms.ModelForm):
    class Meta:
        model = MediationBody
        fields = ["kind", "name", "established_on", "head", "members", "note"]
        widgets = {"established_on": DATE, "note": TEXT2}


class IncidentForm(forms.ModelForm):
    class Meta:
        model = Incident
        fields = ["occurred_on", "kind", "impact", "cause", "people", "summary"]
        widgets = {"occurred_on": DATE, "summary": forms.Textarea(attrs={"rows": 3})}


class StartForm(forms.Form):
    started_on = forms.DateField(label="开始调解日期", widget=DATE)
    method = forms.ChoiceField(label="调解方式", choices=Method.choices)
    mediators = forms.CharField(label="调解员", required=False, max_length=200,
                                help_text="填写调解员名册中的姓名，多人用“、”分隔")
    parties_consent = forms.BooleanField(label="当事人均同意调解（无一方明确拒绝）", required=False,
                                         help_text="人民调解法第十七条：当事人一方明确拒绝调解的，不得调解")


class ResolveForm(forms.Form):
    closed_on = forms.DateField(label="调解成功日期", widget=DATE)
    agreement_form = forms.ChoiceField(label="协议形式", choices=AgreementForm.choices)
    agreement_amount = forms.DecimalField(label="协议金额（元）", required=False, min_value=0, max_digits=14, decimal_places=2)
    signed_and_sealed = forms.BooleanField(
        label="各方当事人签名（盖章或按指印）、调解员签名并加盖调解委员会印章", required=False,
        help_text="人民调解法第二十九条：书面调解协议自上述手续完成之日起生效；口头协议自各方达成协议之日起生效（第三十条）")
    note = forms.CharField(label="协议主要内容", required=False, max_length=300, widget=TEXT2)


class FailForm(forms.Form):
    closed_on = forms.DateField(label="终止调解日期", widget=DATE)
    route = forms.ChoiceField(label="去向", choices=FailureRoute.choices)
    remedies_told = forms.BooleanField(label="已告知当事人可依法通过仲裁、行政、司法等途径维护权利", required=False,
                                       help_text="人民调解法第二十六条")
    note = forms.CharField(label="原因", required=False, max_length=300, widget=TEXT2)


class ReferForm(forms.Form):
    referred_on = forms.DateField(label="移交日期", widget=DATE)
    referred_to = forms.CharField(label="移交单位", max_length=100)
    note = forms.CharField(label="说明", required=False, max_length=300)


class PerformForm(forms.Form):
    performed_on = forms.DateField(label="核实日期", widget=DATE)
    performance = forms.ChoiceField(label="履行情况", choices=[c for c in Performance.choices if c[0]])


class ConfirmForm(forms.Form):
    applied_on = forms.DateField(label="双方共同申请司法确认日期", widget=DATE)
    court = forms.CharField(label="人民法院", max_length=100)
    result = forms.ChoiceField(label="结果", choices=[c for c in Confirmation.choices if c[0]])
    decided_on = forms.DateField(label="法院裁定日期", widget=DATE, required=False)


class FollowUpForm(forms.Form):
    follow_up_on = forms.DateField(label="回访日期", widget=DATE)
    satisfaction = forms.ChoiceField(label="满意度", choices=SATISFACTION)

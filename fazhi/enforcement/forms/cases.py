from django import forms

from ..choices import (
    DECIDED_STATES, AnnulledBy, CaseKind, DiscretionLevel, Execution, Outcome, Procedure, ReviewOpinion, ServiceMethod,
)
from ..models import Body, Case, CaseRecord, Officer
from .common import DATE, ScopedModelForm, date_field

MSG_OFFICERS_LOCKED = "决定作出后不能再变更承办执法人员。"
MSG_SIMPLE_ONLY_PENALTY = "只有行政处罚案件适用简易程序。"
MSG_EXEMPT_REASON = "不予公示的，应当说明理由。"


class CaseForm(ScopedModelForm):
    scoped_fields = {"body": Body, "officers": Officer}

    class Meta:
        model = Case
        fields = ["case_no", "kind", "procedure", "body", "cause", "legal_basis", "party_name", "party_type",
                  "party_code", "officers", "measure", "in_case_room", "amount", "major_public_interest",
                  "major_social_impact", "major_rights", "complex_case", "publish_required", "publish_exempt_reason"]

    def clean(self):
        data = super().clean()
        if data.get("procedure") == Procedure.SIMPLE and data.get("kind") != CaseKind.PENALTY:
            self.add_error("procedure", MSG_SIMPLE_ONLY_PENALTY)
        if not data.get("publish_required") and not (data.get("publish_exempt_reason") or "").strip():
            self.add_error("publish_exempt_reason", MSG_EXEMPT_REASON)
        if self.instance.pk and self.instance.state in DECIDED_STATES and "officers" in self.changed_data:
            self.add_error("officers", MSG_OFFICERS_LOCKED)
        return data


class CaseRecordForm(ScopedModelForm):
    scoped_fields = {"case": Case}

    class Meta:
        model = CaseRecord
        fields = ["case", "stage", "kind", "title", "recorded_on", "reference", "file"]
        widgets = {"recorded_on": DATE}


class RegisterForm(forms.Form):
    registered_on = date_field("立案日期")


class InvestigateForm(forms.Form):
    investigated_on = date_field("调查终结日期")
    facts = forms.CharField(label="查明的事实", widget=forms.Textarea(attrs={"rows": 4}))


class NotifyForm(forms.Form):
    notified_on = date_field("告知日期")
    proposed_penalty = forms.CharField(label="拟作出的处罚", max_length=300)
    hearing_right = forms.BooleanField(label="告知听证权利", required=False,
                                       help_text="较大数额罚款、没收较大数额违法所得、降低资质等级、吊销许可证件、责令停产停业等（第六十三条）")
    rights_waived = forms.BooleanField(label="当事人明确放弃陈述申辩和听证", required=False)


class HearingRequestForm(forms.Form):
    requested_on = date_field("当事人要求听证日期")


class HearingForm(forms.Form):
    notice_on = date_field("听证通知送达日期")
    held_on = date_field("举行听证日期")
    chair = forms.CharField(label="听证主持人", max_length=50, help_text="由非本案调查人员担任（第六十四条第（四）项）")


class LegalReviewForm(forms.Form):
    reviewed_on = date_field("审核日期")
    opinion = forms.ChoiceField(label="审核意见", choices=ReviewOpinion.choices)
    text = forms.CharField(label="审核意见内容", widget=forms.Textarea(attrs={"rows": 4}))


class DecideForm(forms.Form):
    decided_on = date_field("决定日期")
    decision_no = forms.CharField(label="决定书文号", max_length=100)
    outcome = forms.ChoiceField(label="处理结果", choices=Outcome.choices)
    penalty_content = forms.CharField(label="处罚/决定内容", max_length=300, required=False)
    fine_amount = forms.DecimalField(label="罚款（元）", required=False, min_value=0, max_digits=14, decimal_places=2)
    confiscation_amount = forms.DecimalField(label="没收违法所得（元）", required=False, min_value=0, max_digits=14,
                                             decimal_places=2)
    discretion_standard = forms.CharField(label="适用的裁量基准", max_length=300, required=False,
                                          help_text="行政处罚案件必填（行政处罚法第三十四条）")
    discretion_level = forms.ChoiceField(label="裁量档次", choices=[("", "（请选择）"), *DiscretionLevel.choices], required=False)
    collective_discussion = forms.BooleanField(label="经负责人集体讨论", required=False,
                                               help_text="情节复杂或者重大违法行为应当集体讨论决定（第五十七条第二款）")


class OnSpotForm(forms.Form):
    decided_on = date_field("当场处罚日期")
    decision_no = forms.CharField(label="决定书编号", max_length=100)
    penalty_content = forms.CharField(label="处罚内容", max_length=300)
    fine_amount = forms.DecimalField(label="罚款（元）", required=False, min_value=0, max_digits=14, decimal_places=2)
    discretion_standard = forms.CharField(label="适用的裁量基准", max_length=300)
    discretion_level = forms.ChoiceField(label="裁量档次", choices=DiscretionLevel.choices)


class ServeForm(forms.Form):
    served_on = date_field("送达日期")
    method = forms.ChoiceField(label="送达方式", choices=ServiceMethod.choices)


class ExecuteForm(forms.Form):
    executed_on = date_field("执行日期")
    execution = forms.ChoiceField(label="执行方式", choices=Execution.choices)


class CloseForm(forms.Form):
    closed_on = date_field("结案日期")


class ExtendForm(forms.Form):
    approved_on = date_field("批准日期")
    days = forms.IntegerField(label="延长天数", min_value=1, max_value=365)
    approver = forms.CharField(label="批准人", max_length=50)
    basis = forms.CharField(label="延长依据", max_length=300, help_text="适用的法律、法规、规章条款")
    reason = forms.CharField(label="延长理由", max_length=300)


class PublishForm(forms.Form):
    published_on = date_field("公示日期")
    channel = forms.CharField(label="公示平台/网址", max_length=300)


class AnnulForm(forms.Form):
    annulled_on = date_field("决定被变更/撤销/确认违法或无效的日期")
    annulled_by = forms.ChoiceField(label="途径", choices=AnnulledBy.choices)
    reason = forms.CharField(label="情况说明", max_length=300)


class WithdrawForm(forms.Form):
    withdrawn_on = date_field("撤回公示日期")
    note = forms.CharField(label="撤回说明（向社会公开的理由）", max_length=300)

from django import forms

from .choices import FollowUpResult, ReplyType
from .models import DisclosureRequest, ProactiveItem

DATE = forms.DateInput(attrs={"type": "date"})


class DisclosureRequestForm(forms.ModelForm):
    class Meta:
        model = DisclosureRequest
        fields = ["applicant", "applicant_type", "id_proof", "contact", "channel", "arrived_on", "confirmed_on",
                  "description", "form_requested", "note"]
        widgets = {"arrived_on": DATE, "confirmed_on": DATE, "description": forms.Textarea(attrs={"rows": 3}),
                   "note": forms.Textarea(attrs={"rows": 2})}


class ProactiveItemForm(forms.ModelForm):
    class Meta:
        model = ProactiveItem
        fields = ["title", "category", "topic", "channel", "formed_on", "required_by_law", "audited_before_publication", "note"]
        widgets = {"formed_on": DATE, "note": forms.Textarea(attrs={"rows": 2})}


def _date(label, **kw):
    return forms.DateField(label=label, widget=DATE, **kw)


class CorrectionForm(forms.Form):
    notice_on = _date("补正告知日期")
    items = forms.CharField(label="需要补正的事项（一次性告知）", max_length=300)
    due_on = _date("补正期限（合理期限）")


class CorrectionReceivedForm(forms.Form):
    received_on = _date("收到补正日期")


class LapseForm(forms.Form):
    on = _date("认定日期")


class ConsultForm(forms.Form):
    sent_on = _date("发出征求意见日期")
    party = forms.CharField(label="征求意见对象", max_length=200)
    co_agency = forms.BooleanField(label="对象是共同制作信息的其他行政机关（第三十四条）", required=False)


class ConsultEndForm(forms.Form):
    ended_on = _date("收到意见（或征求期满）日期")
    opinion = forms.ChoiceField(label="意见", choices=[("agree", "同意公开"), ("object", "不同意公开"), ("no_reply", "逾期未提出意见")])


class ExtendForm(forms.Form):
    approved_on = _date("批准延期日期")
    reason = forms.CharField(label="延期理由（告知申请人）", max_length=300)


class ReplyForm(forms.Form):
    replied_on = _date("答复日期")
    reply_type = forms.ChoiceField(label="答复类型", choices=ReplyType.choices)
    doc_no = forms.CharField(label="答复书文号", max_length=100, required=False)
    reason = forms.CharField(label="理由/说明", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                             help_text="不予公开、无法提供、不予处理的，应当告知理由（条例第三十六条）")
    fee = forms.DecimalField(label="信息处理费（元）", required=False, min_value=0, max_digits=10, decimal_places=2)


class FollowupForm(forms.Form):
    followup_on = _date("申请复议/起诉日期")
    reconsideration_result = forms.ChoiceField(label="行政复议结果", choices=FollowUpResult.choices, required=False)
    litigation_result = forms.ChoiceField(label="行政诉讼结果", choices=FollowUpResult.choices, required=False)
    litigation_after_reconsideration = forms.BooleanField(label="经复议后起诉", required=False)


class PublishForm(forms.Form):
    published_on = _date("公开日期")

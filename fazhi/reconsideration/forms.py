from django import forms

from .choices import Outcome
from .models import Reconsideration

DATE = forms.DateInput(attrs={"type": "date"})


class ReconsiderationForm(forms.ModelForm):
    class Meta:
        model = Reconsideration
        fields = ["role", "case_no", "applicant", "respondent_name", "act", "act_kind", "act_known_on", "received_on",
                  "channel", "procedure", "documents_served", "site_investigations", "interviews", "note"]
        widgets = {"act_known_on": DATE, "received_on": DATE, "note": forms.Textarea(attrs={"rows": 2})}


def _date(label, **kw):
    return forms.DateField(label=label, widget=DATE, **kw)


class CorrectionForm(forms.Form):
    notice_on = _date("补正通知日期")
    items = forms.CharField(label="需要补正的事项（一次性载明）", max_length=300)


class CorrectionReceivedForm(forms.Form):
    received_on = _date("收到补正材料日期")


class AbandonForm(forms.Form):
    on = _date("认定日期")


class AcceptForm(forms.Form):
    accepted_on = _date("受理日期")
    rights_not_told = forms.BooleanField(
        label="申请人未被告知申请权利和期限", required=False,
        help_text="行政机关未告知的，申请期限自知道或应当知道申请权利和期限之日起计算，最长不超过1年（行政复议法第二十条第三款），不按60日审查")


class RejectForm(forms.Form):
    rejected_on = _date("决定不予受理日期")
    reason = forms.CharField(label="不予受理理由", max_length=300)


class CopyForm(forms.Form):
    sent_on = _date("发送申请书副本日期")


class AnswerForm(forms.Form):
    answer_on = _date("答复日期")


class ExtendForm(forms.Form):
    approved_on = _date("批准延期日期")
    reason = forms.CharField(label="延期理由（书面告知当事人）", max_length=300)


class ToOrdinaryForm(forms.Form):
    approved_on = _date("批准转为普通程序日期")


class SuspendForm(forms.Form):
    suspended_on = _date("中止日期")
    reason = forms.CharField(label="中止原因（行政复议法第三十九条）", max_length=300)


class ResumeForm(forms.Form):
    resumed_on = _date("恢复审理日期")


class DecideForm(forms.Form):
    decided_on = _date("审结日期")
    outcome = forms.ChoiceField(label="决定类型", choices=Outcome.choices)
    corrected = forms.BooleanField(label="被申请人已变更或撤销原行政行为（调解、和解撤回时填写）", required=False)
    doc_no = forms.CharField(label="决定书/调解书文号", max_length=100, required=False)


class OpinionForm(forms.Form):
    opinion_on = _date("行政复议意见书日期（被申请人填收到日期）")


class OpinionReportForm(forms.Form):
    report_on = _date("报送纠正情况日期")

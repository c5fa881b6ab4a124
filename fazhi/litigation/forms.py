from django import forms

from .choices import HeadRank, Outcome
from .models import Lawsuit, Suggestion

DATE = forms.DateInput(attrs={"type": "date"})


class LawsuitForm(forms.ModelForm):
    class Meta:
        model = Lawsuit
        fields = ["case_no", "court", "trial_level", "plaintiff", "cause", "category", "filed_on", "via_reconsideration",
                  "disclosure_related", "note"]
        widgets = {"filed_on": DATE, "note": forms.Textarea(attrs={"rows": 2})}


class SuggestionForm(forms.ModelForm):
    class Meta:
        model = Suggestion
        fields = ["kind", "issuer", "doc_no", "received_on", "subject", "reply_due_on"]
        widgets = {"received_on": DATE, "reply_due_on": DATE}


class HearingForm(forms.Form):
    held_on = forms.DateField(label="开庭日期", widget=DATE)
    head_appeared = forms.BooleanField(label="负责人出庭", required=False)
    head_name = forms.CharField(label="出庭负责人姓名", max_length=60, required=False)
    head_rank = forms.ChoiceField(label="负责人职务类别", choices=[("", "—")] + HeadRank.choices, required=False)
    staff_appeared = forms.BooleanField(label="相应的工作人员出庭（不能只委托律师）", required=False)
    summoned = forms.BooleanField(label="法院通知负责人出庭", required=False)
    explanation_filed = forms.BooleanField(label="已向法院提交负责人不能出庭的情况说明", required=False)
    note = forms.CharField(label="备注", max_length=300, required=False)


class JudgeForm(forms.Form):
    judged_on = forms.DateField(label="判决/裁定日期", widget=DATE)
    outcome = forms.ChoiceField(label="裁判结果", choices=Outcome.choices)
    doc_no = forms.CharField(label="裁判文书号", max_length=100, required=False)
    effective_on = forms.DateField(label="生效日期", widget=DATE, required=False, help_text="上诉期满未上诉或终审裁判送达之日")


class ComplyForm(forms.Form):
    complied_on = forms.DateField(label="履行日期", widget=DATE)
    note = forms.CharField(label="履行情况", max_length=300)


class SuggestionReplyForm(forms.Form):
    replied_on = forms.DateField(label="回复日期", widget=DATE)
    doc_no = forms.CharField(label="回复文号", max_length=100, required=False)
    adopted = forms.BooleanField(label="已采纳并整改", required=False)

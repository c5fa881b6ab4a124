"""Forms of the steps on an engagement (备案, 续聘, 解聘)."""

from django import forms

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class FileForm(forms.Form):
    filed_on = forms.DateField(label="备案日期", widget=DATE)
    filed_with = forms.CharField(label="备案机关", max_length=100, help_text="如：渝北区司法局")


class RenewForm(forms.Form):
    start_on = forms.DateField(label="新聘期开始", widget=DATE)
    end_on = forms.DateField(label="新聘期届满", widget=DATE)
    contract_no = forms.CharField(label="新合同编号", max_length=100, required=False)


class EndForm(forms.Form):
    ended_on = forms.DateField(label="解聘日期", widget=DATE)
    reason = forms.CharField(label="解聘原因", max_length=300)

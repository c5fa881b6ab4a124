from django import forms

from fazhi.org.choices import UnitLevel

from .choices import ReportState, SecrecyConclusion
from .models import AnnualReport

MSG_FROZEN = "报告已审定，不能修改；如需修改，请负责人先“退回修改”。"
MSG_YEAR_FIXED = "报告年度创建后不能修改；如年度有误，请作废本报告后重新创建。"


class AnnualReportForm(forms.ModelForm):
    """The report's heading data; the text is edited section by section on the report page."""

    accepts_user = True

    class Meta:
        model = AnnualReport
        fields = ["year", "title", "doc_number", "addressee", "issuer", "signed_on", "rollup", "include_unit_table"]
        widgets = {"signed_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        unit = getattr(user, "unit", None)
        if not self.is_bound and self.instance.pk is None and unit is not None:
            county = unit.level in (UnitLevel.COUNTY, UnitLevel.CITY, UnitLevel.PROVINCE)
            self.initial.setdefault("rollup", county)
            self.initial.setdefault("include_unit_table", county)

    def clean(self):
        data = super().clean()
        if self.instance.pk:
            if self.instance.state != ReportState.DRAFT and self.has_changed():
                raise forms.ValidationError(MSG_FROZEN)
            if "year" in self.changed_data:
                self.add_error("year", MSG_YEAR_FIXED)
        return data


class ReviewForm(forms.Form):
    opinion = forms.CharField(label="审核意见", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ApproveForm(forms.Form):
    opinion = forms.CharField(label="审定意见", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class SecrecyForm(forms.Form):
    conclusion = forms.ChoiceField(label="保密审查结论", choices=SecrecyConclusion.choices)
    note = forms.CharField(label="审查意见", max_length=300, required=False)


class SubmitForm(forms.Form):
    submitted_on = forms.DateField(label="报送日期", widget=forms.DateInput(attrs={"type": "date"}))
    submitted_to = forms.CharField(label="报送机关", max_length=100, required=False, help_text="留空则为主送机关")


class PublishForm(forms.Form):
    published_on = forms.DateField(label="公开日期", widget=forms.DateInput(attrs={"type": "date"}))
    published_where = forms.CharField(label="公开渠道", max_length=300, help_text="如 渝北区人民政府网站“法治政府建设”栏目及网址")


class SendBackForm(forms.Form):
    reason = forms.CharField(label="退回理由", widget=forms.Textarea(attrs={"rows": 3}))


class SectionForm(forms.Form):
    text = forms.CharField(label="正文", required=False, widget=forms.Textarea(attrs={"rows": 10}))


class AcknowledgeForm(forms.Form):
    number = forms.CharField(label="数字", max_length=40)
    note = forms.CharField(label="来源说明", max_length=200, help_text="如：12348 为公共法律服务热线号码")

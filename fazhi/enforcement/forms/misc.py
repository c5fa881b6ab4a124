from django import forms

from ..models import JointOperation, StatisticsReport
from .common import DATE, date_field


class JointOperationForm(forms.ModelForm):
    class Meta:
        model = JointOperation
        fields = ["held_on", "title", "lead_department", "departments", "place", "targets_checked", "problems_found", "note"]
        widgets = {"held_on": DATE, "note": forms.Textarea(attrs={"rows": 3})}


class StatisticsReportForm(forms.ModelForm):
    class Meta:
        model = StatisticsReport
        fields = ["year"]


class StatisticsPublishForm(forms.Form):
    published_on = date_field("公开日期")
    channel = forms.CharField(label="公开平台/网址", max_length=300)
    reported_to = forms.CharField(label="报送单位", max_length=300, help_text="本级人民政府和上级主管部门")

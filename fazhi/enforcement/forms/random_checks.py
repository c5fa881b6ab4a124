from django import forms

from ..choices import CheckOutcome
from ..models import Body, CheckItem, Officer, RandomCheck, RandomPlan, Recusal, Target
from .common import DATE, ScopedModelForm, date_field


class CheckItemForm(ScopedModelForm):
    scoped_fields = {"body": Body}

    class Meta:
        model = CheckItem
        fields = ["name", "category", "body", "basis", "content", "method", "published_on"]
        widgets = {"published_on": DATE}


class TargetForm(forms.ModelForm):
    class Meta:
        model = Target
        fields = ["name", "code", "kind", "field", "address", "risk_level", "abnormal", "is_active"]


class RecusalForm(ScopedModelForm):
    scoped_fields = {"officer": Officer, "target": Target}

    class Meta:
        model = Recusal
        fields = ["officer", "target", "reason", "declared_on"]
        widgets = {"declared_on": DATE}


class RandomPlanForm(ScopedModelForm):
    scoped_fields = {"body": Body, "items": CheckItem}

    class Meta:
        model = RandomPlan
        fields = ["title", "year", "body", "items", "target_kind", "target_field", "ratio", "per_target", "guideline",
                  "start_on", "end_on"]
        widgets = {"start_on": DATE, "end_on": DATE}

    def clean(self):
        data = super().clean()
        if data.get("ratio") is not None and data["ratio"] > 100:
            self.add_error("ratio", "抽查比例不能超过100%。")
        if data.get("start_on") and data.get("end_on") and data["end_on"] < data["start_on"]:
            self.add_error("end_on", "结束日期不能早于开始日期。")
        return data


class DrawForm(forms.Form):
    drawn_on = date_field("抽取日期")
    seed = forms.CharField(label="随机种子", max_length=200, required=False,
                           help_text="可填写事先公布的摇号数字或现场产生的随机数；留空则由系统生成。种子与名录快照一并存档，任何人可复核。")


class FinishForm(forms.Form):
    finished_on = date_field("抽查结束日期")


class PlanPublishForm(forms.Form):
    published_on = date_field("结果公示日期")
    channel = forms.CharField(label="公示平台/网址", max_length=300, help_text="如国家企业信用信息公示系统")


class CheckResultForm(forms.Form):
    checked_on = date_field("检查日期")
    outcome = forms.ChoiceField(label="检查结果", choices=CheckOutcome.choices)
    findings = forms.CharField(label="发现的问题", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class RandomCheckForm(forms.ModelForm):
    """Export columns only: checks are created by the draw and filled in by the “录入检查结果” step."""

    class Meta:
        model = RandomCheck
        fields = ["plan", "rank", "target", "checked_on", "outcome", "findings"]
        widgets = {"checked_on": DATE}

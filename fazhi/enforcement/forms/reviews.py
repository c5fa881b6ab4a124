from decimal import Decimal, InvalidOperation

from django import forms

from ..choices import RecheckResult, Sampling, TemplateState
from ..models import CaseFileReview, ReviewedCase, ReviewItem, ReviewTemplate
from .common import DATE, ScopedModelForm, date_field

MSG_TEMPLATE_LOCKED = "该评查标准已发布并锁定，不能再增加或修改评查项目；请新建一个版本。"


class ReviewTemplateForm(forms.ModelForm):
    class Meta:
        model = ReviewTemplate
        fields = ["year", "version", "name"]


class ReviewItemForm(ScopedModelForm):
    scoped_fields = {"template": ReviewTemplate}

    class Meta:
        model = ReviewItem
        fields = ["template", "code", "category", "description", "points"]

    def clean(self):
        data = super().clean()
        template = data.get("template") or (self.instance.template if self.instance.pk else None)
        if template is not None and template.state != TemplateState.DRAFT:
            raise forms.ValidationError(MSG_TEMPLATE_LOCKED)
        return data


class CaseFileReviewForm(ScopedModelForm):
    scoped_fields = {"template": ReviewTemplate}

    class Meta:
        model = CaseFileReview
        fields = ["year", "title", "template", "sampling", "sample_size", "case_kind", "period_start", "period_end"]
        widgets = {"period_start": DATE, "period_end": DATE}

    def clean(self):
        data = super().clean()
        if data.get("sampling") == Sampling.RANDOM and not data.get("sample_size"):
            self.add_error("sample_size", "随机抽取时应填写抽取案卷数。")
        return data


class SampleForm(forms.Form):
    sampled_on = date_field("抽取日期")
    seed = forms.CharField(label="随机种子", max_length=200, required=False, help_text="随机抽取时使用；留空由系统生成")
    case_nos = forms.CharField(label="指定案卷的案号", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                               help_text="指定案卷时填写，多个案号用“、”或换行分隔")


class ScoreForm(forms.Form):
    """The item scores arrive as ``item_<id>`` fields (one per template item) beside these fields."""

    reviewed_on = date_field("评查日期")
    problems = forms.CharField(label="发现的问题", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                               help_text="有问题的，案卷转入整改")

    def clean(self):
        data = super().clean()
        scores = {}
        for key, value in self.data.items():
            if not key.startswith("item_"):
                continue
            try:
                item_id = int(key[5:])
                scores[item_id] = Decimal(str(value if not isinstance(value, list) else value[-1]).strip())
            except (ValueError, InvalidOperation):
                raise forms.ValidationError(f"评查项目得分“{value}”不是数字。") from None
        data["scores"] = scores
        return data


class RectifyForm(forms.Form):
    rectified_on = date_field("整改完成日期")
    note = forms.CharField(label="整改情况", widget=forms.Textarea(attrs={"rows": 3}))


class RecheckForm(forms.Form):
    rechecked_on = date_field("复查日期")
    result = forms.ChoiceField(label="复查结论", choices=RecheckResult.choices)


class TemplatePublishForm(forms.Form):
    published_on = date_field("发布日期")


class ReviewedCaseForm(forms.ModelForm):
    """Export columns only: rows come from sampling and are filled in by the scoring steps."""

    class Meta:
        model = ReviewedCase
        fields = ["batch", "case", "reviewed_on", "problems", "rectified_on", "rectification_note", "rechecked_on",
                  "recheck_result"]

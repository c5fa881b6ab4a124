"""Forms of the procedural steps of 规范性文件 (one per step; the services hold the gates)."""

from __future__ import annotations

from django import forms

from .choices import DeliberationOutcome, ReviewOpinion
from fazhi.core.settings_registry import get_setting

from .models.reviews import CONTENT_CHECKS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _validity_default():
    return get_setting("normative.validity_years")


def _date(label, required=True, **kw):
    return forms.DateField(label=label, required=required, widget=DATE, **kw)


class OpenCommentForm(forms.Form):
    comment_start = _date("征求意见开始日（公布征求意见稿之日）")
    comment_end = _date("征求意见截止日")
    comment_channel = forms.CharField(label="征求意见途径", max_length=200, help_text="如：政府网站、公告栏、座谈会")


class CloseCommentForm(forms.Form):
    comment_closed_on = _date("征求意见结束日")
    adoption_summary = forms.CharField(label="意见采纳情况说明", widget=forms.Textarea(attrs={"rows": 4}))
    summary_published_on = _date("采纳情况公布日期")
    summary_published_where = forms.CharField(label="采纳情况公布途径", max_length=200)


class SubmitReviewForm(forms.Form):
    submitted_on = _date("送审日期")
    materials = forms.CharField(label="送审材料", widget=forms.Textarea(attrs={"rows": 3}),
                                help_text="送审稿及起草说明、制定依据、征求意见及采纳情况等（国办发〔2018〕115号（五））")
    drafter_opinion = forms.CharField(label="起草单位合法性审查意见", widget=forms.Textarea(attrs={"rows": 3}))


class ReviewOpinionForm(forms.Form):
    opinion_on = _date("出具意见日期")
    is_normative = forms.BooleanField(label="属于行政规范性文件", required=False, initial=True,
                                      help_text="不勾选：经审核不属于规范性文件，按一般公文办理，不再出具合法性意见")
    opinion = forms.ChoiceField(label="审核意见", choices=[("", "——")] + ReviewOpinion.choices, required=False)
    opinion_text = forms.CharField(label="审核意见书内容", widget=forms.Textarea(attrs={"rows": 4}))
    urgent_reason = forms.CharField(
        label="紧急制定不受最短审核时间限制的理由", required=False, max_length=300,
        help_text="仅限预防、应对和处置突发事件，或者执行上级机关的紧急命令和决定需要立即制定的（115号（五））",
    )


for _name, _label in CONTENT_CHECKS:
    ReviewOpinionForm.base_fields[_name] = forms.BooleanField(label=f"已审查：{_label}", required=False)


class SupplementForm(forms.Form):
    returned_on = _date("退回补充材料日期")
    received_on = _date("收到补充材料日期")
    reason = forms.CharField(label="需补充的材料", max_length=300)


class RevisionForm(forms.Form):
    revised_on = _date("修改完成日期")
    revision_note = forms.CharField(label="审核意见采纳情况", widget=forms.Textarea(attrs={"rows": 3}),
                                    help_text="逐条说明采纳情况；未完全采纳的，应当说明理由（115号（六））")


class DeliberateForm(forms.Form):
    deliberated_on = _date("审议日期")
    meeting = forms.CharField(label="审议会议", max_length=200, help_text="如：镇政府第5次常务会议")
    outcome = forms.ChoiceField(label="审议结果", choices=DeliberationOutcome.choices)


class IssueForm(forms.Form):
    issued_on = _date("印发日期")
    validity_years = forms.IntegerField(
        label="有效期（年）", min_value=1, max_value=10, required=False, initial=_validity_default,
        help_text="文件载明的有效期；不填按系统设置（“一般不超过5年”为待确认的地方规定）",
    )


class PublishForm(forms.Form):
    published_on = _date("公布日期")
    published_where = forms.CharField(label="公布途径", max_length=200, help_text="如：政府网站、政府公报、公告栏")
    effective_on = _date("施行日期", required=False, help_text="不填则自公布之日起施行")


class FileForm(forms.Form):
    filed_on = _date("报备日期")
    filed_with = forms.CharField(label="备案机关", max_length=100, help_text="如：渝北区人民政府；镇人大主席团")
    filing_ref = forms.CharField(label="备案登记号", max_length=100, required=False)


class WithdrawForm(forms.Form):
    withdrawn_on = _date("终止日期")
    reason = forms.CharField(label="终止制定的理由", max_length=300)


class RoundPublishForm(forms.Form):
    published_on = _date("结果公布日期")
    published_where = forms.CharField(label="公布途径", max_length=200)

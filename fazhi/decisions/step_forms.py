"""Forms of the procedural steps of 重大行政决策 (the services hold the gates)."""

from __future__ import annotations

from django import forms

from .choices import WAIVABLE, ConsultMethod, MeetingKind, Outcome, ReviewOpinion

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _date(label, required=True, **kw):
    return forms.DateField(label=label, required=required, widget=DATE, **kw)


def _text(label, rows=3, required=True, **kw):
    return forms.CharField(label=label, required=required, widget=forms.Textarea(attrs={"rows": rows}), **kw)


class StartForm(forms.Form):
    started_on = _date("决定启动日期")
    start_basis = forms.CharField(label="启动决定", max_length=200, help_text="如：镇长办公会议研究决定启动")
    lead_unit = forms.CharField(label="决策承办单位", max_length=100)


class WaiveForm(forms.Form):
    procedure = forms.ChoiceField(label="不履行的程序", choices=[(p.value, p.label) for p in WAIVABLE])
    reason = forms.CharField(label="法定理由", max_length=300, help_text="如：依法不予公开（条例第14条）；已就同一事项作过评估（条例第24条）")


class ConsultForm(forms.Form):
    method = forms.ChoiceField(label="方式", choices=ConsultMethod.choices)
    channel = forms.CharField(label="途径", max_length=200)
    start_on = _date("开始日期（公布决策草案之日）")
    end_on = _date("截止日期")
    shortened_reason = forms.CharField(label="缩短征求意见期的理由", max_length=300, required=False,
                                       help_text="因情况紧急等原因少于30日的，应当在征求意见时说明理由（条例第15条）")


class ExpertForm(forms.Form):
    expert_name = forms.CharField(label="专家姓名", max_length=50)
    organisation = forms.CharField(label="工作单位", max_length=100)
    field = forms.CharField(label="专业领域", max_length=100, required=False)
    given_on = _date("论证日期")
    opinion = _text("论证意见")
    dissent = forms.BooleanField(label="持不同意见", required=False)
    signed = forms.BooleanField(label="书面意见已签字（盖章）", required=False)
    no_direct_interest = forms.BooleanField(label="与决策事项无直接利害关系", required=False)


class HearingPlanForm(forms.Form):
    hearing_on = _date("听证日期")
    place = forms.CharField(label="地点", max_length=200)
    notice_published_on = _date("公告日期（决策草案、时间、地点）")
    participants_published_on = _date("公布参加人遴选办法和名单日期")
    materials_served_on = _date("送达听证材料日期")


class SubmitReviewForm(forms.Form):
    submitted_on = _date("送审日期")
    materials = _text("送审材料", help_text="决策草案及相关材料、法律依据、履行程序情况的说明（条例第26条）")


class ReviewOpinionForm(forms.Form):
    opinion_on = _date("出具意见日期")
    opinion = forms.ChoiceField(label="审查意见", choices=ReviewOpinion.choices)
    opinion_text = _text("审查意见书内容")
    advisers = _text("参与审查的法律顾问、公职律师及其意见", rows=2, required=False,
                     help_text="合法性审查应当注重听取法律顾问、公职律师的意见（条例第27条）")
    check_authority = forms.BooleanField(label="已审查：是否符合法定权限", required=False)
    check_procedure = forms.BooleanField(label="已审查：是否履行法定程序", required=False)
    check_content = forms.BooleanField(label="已审查：内容是否合法", required=False)
    urgent_reason = forms.CharField(label="审查时间少于7个工作日的理由", max_length=300, required=False)


class RevisionForm(forms.Form):
    revised_on = _date("修改完成日期")
    note = _text("审查意见采纳情况")


class DecideForm(forms.Form):
    meeting_kind = forms.ChoiceField(label="会议类型", choices=MeetingKind.choices)
    meeting_name = forms.CharField(label="会议名称", max_length=200, help_text="如：区政府第111次常务会议")
    decided_on = _date("讨论决定日期")
    positions = _text(
        "会议组成人员的意见（按发言顺序）", rows=6,
        help_text="每行一人：姓名｜职务｜同意/不同意/保留意见/弃权｜说明（可空）。行政首长最后发言（条例第30条）",
    )
    head_name = forms.CharField(label="行政首长姓名", max_length=50)
    outcome = forms.ChoiceField(label="决定结果", choices=Outcome.choices)
    head_reason = _text("行政首长与多数意见不一致的理由", rows=2, required=False)
    exploratory_reform = forms.BooleanField(label="探索性改革事项（国家尚无明确规定）", required=False)
    legal_risk_statement = _text("明示的法律风险", rows=2, required=False, help_text="条例第25条：探索性改革决策事项可以明示法律风险，提交讨论")


class ReportForm(forms.Form):
    reported_on = _date("请示报告日期")
    party_body = forms.CharField(label="党委", max_length=100, help_text="如：中共××镇委员会")
    party_reply = forms.CharField(label="党委意见", max_length=300)


class PublishForm(forms.Form):
    published_on = _date("公布日期")
    published_where = forms.CharField(label="公布途径", max_length=200, required=False, help_text="政府公报、政府网站、本地报纸等")
    publication_note = _text("公众意见、专家意见采纳情况说明及解读", rows=3, required=False)
    not_public_reason = forms.CharField(label="依法不予公开的理由", max_length=300, required=False)


class ArchiveForm(forms.Form):
    archived_on = _date("立卷归档日期")
    archive_ref = forms.CharField(label="档号", max_length=100)


class ImplementForm(forms.Form):
    executing_unit = forms.CharField(label="决策执行单位", max_length=100)
    started_on = _date("开始执行日期")


class EvaluateForm(forms.Form):
    evaluated_on = _date("评估日期")
    evaluator = forms.CharField(label="评估主体", max_length=100, help_text="决策机关或委托的第三方；不得委托决策前承担论证评估工作的单位（条例第36条）")
    trigger = forms.CharField(label="启动评估的原因", max_length=200)
    public_heard = forms.BooleanField(label="已听取社会公众意见", required=False)
    deputies_involved = forms.BooleanField(label="已吸收人大代表、政协委员等参加", required=False)
    conclusion = _text("评估结论")


class DatedReasonForm(forms.Form):
    on = _date("日期")
    reason = forms.CharField(label="理由", max_length=300)


class ConsultCloseForm(forms.Form):
    closed_on = _date("结束日期")
    participants = forms.IntegerField(label="参与人次", min_value=0)
    adoption_summary = _text("意见采纳情况及理由")
    feedback_published_on = _date("反馈公布日期", help_text="向社会反馈意见采纳情况和理由")


class HearingRecordForm(forms.Form):
    participants = forms.IntegerField(label="参加人数", min_value=1)
    record_signed = forms.BooleanField(label="听证笔录已经参加人确认签字", required=False)
    report = _text("听证报告")


class RiskFileForm(forms.Form):
    filed_on = _date("备案日期")
    filed_with = forms.CharField(label="备案机关", max_length=100)


class ConsentForm(forms.Form):
    consented_on = _date("党委同意日期")
    consent_ref = forms.CharField(label="党委同意的会议或文件", max_length=200)


class CataloguePublishForm(forms.Form):
    published_on = _date("公布日期")
    published_where = forms.CharField(label="公布途径", max_length=200)


class AdjustForm(forms.Form):
    adjusted_on = _date("调整日期")
    reason = _text("调整内容和理由", rows=2)
    consent_ref = forms.CharField(label="党委同意的会议或文件", max_length=200)


"""Forms of 督察与考核: ledger forms (Chinese labels from the models) and the step forms."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.db.models import Q

from fazhi.core.scoping import units_for
from fazhi.org.models import Unit

from .choices import NodeMethod
from .models import Assessment, Finding, IndicatorNode, IndicatorSystem, Inspection, InspectionItem, SelfReport, Task, TaskReport, WorkPlan

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TEXT = forms.Textarea(attrs={"rows": 3})


def _subtree(user):
    """Units a user's unit may assign work to or inspect: its own subtree (departments included)."""
    if user is None:
        return Unit.objects.none()
    if user.unit_id is None:
        return units_for(user, "view")
    return Unit.objects.subtree_of(user.unit)


class UserForm:
    accepts_user = True

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        self.limit()

    def limit(self):
        pass


class EvidenceFields(forms.Form):
    evidence_file = forms.FileField(label="佐证材料（文件）", required=False)
    evidence_link = forms.CharField(
        label="关联台账记录", required=False, max_length=300,
        help_text="已在本平台登记的记录，直接粘贴其页面地址（如 /l/publicity/activities/12/），无需截图上传",
    )


class WorkPlanForm(forms.ModelForm):
    class Meta:
        model = WorkPlan
        fields = ["year", "title", "doc_no", "issued_on", "note"]
        widgets = {"issued_on": DATE, "note": TEXT}


class TaskForm(UserForm, forms.ModelForm):
    class Meta:
        model = Task
        fields = ["plan", "number", "content", "basis", "lead_unit", "co_units", "due_on", "expected_output"]
        widgets = {"due_on": DATE, "content": TEXT}

    def limit(self):
        self.fields["plan"].queryset = WorkPlan.objects.restrict(self.user, "change").live()
        self.fields["lead_unit"].queryset = _subtree(self.user)
        self.fields["co_units"].queryset = _subtree(self.user)


class TaskReportForm(UserForm, forms.ModelForm):
    class Meta:
        model = TaskReport
        fields = ["task", "reported_on", "status", "progress"]
        widgets = {"reported_on": DATE, "progress": TEXT}

    def limit(self):
        mine = units_for(self.user, "change") if self.user else Unit.objects.none()
        co = Task.co_units.through.objects.filter(unit__in=mine).values("task_id")
        self.fields["task"].queryset = Task.objects.live().filter(Q(lead_unit__in=mine) | Q(pk__in=co)).select_related("plan")


class TaskReportEvidenceForm(TaskReportForm):
    evidence_file = EvidenceFields.base_fields["evidence_file"]
    evidence_link = EvidenceFields.base_fields["evidence_link"]


class InspectionForm(UserForm, forms.ModelForm):
    class Meta:
        model = Inspection
        fields = ["source", "title", "year", "start_on", "end_on", "inspectors", "topics", "doc_no", "plan", "scope_units"]
        widgets = {"start_on": DATE, "end_on": DATE, "topics": TEXT, "scope_units": forms.SelectMultiple(attrs={"size": 8})}

    def limit(self):
        self.fields["plan"].queryset = WorkPlan.objects.restrict(self.user, "view").live()
        self.fields["scope_units"].queryset = _subtree(self.user)


class InspectionItemForm(UserForm, forms.ModelForm):
    class Meta:
        model = InspectionItem
        fields = ["inspection", "number", "content", "task"]
        widgets = {"content": TEXT}

    def limit(self):
        self.fields["inspection"].queryset = Inspection.objects.restrict(self.user, "change").live()
        self.fields["task"].queryset = Task.objects.restrict(self.user, "view").live()


class FindingForm(UserForm, forms.ModelForm):
    # not the model's ``unit``: the generic API resolves ``unit`` against the writer's own units
    responsible_unit = forms.ModelChoiceField(label="整改责任单位", queryset=Unit.objects.none())

    class Meta:
        model = Finding
        fields = ["inspection", "responsible_unit", "item", "category", "description", "requirement", "found_on", "due_on"]
        widgets = {"found_on": DATE, "due_on": DATE, "description": TEXT, "requirement": TEXT}

    def limit(self):
        own = Inspection.objects.restrict(self.user, "change").live()
        self.fields["inspection"].queryset = own
        self.fields["responsible_unit"].queryset = _subtree(self.user)
        if self.instance.pk:
            self.initial["responsible_unit"] = self.instance.unit_id
        self.fields["item"].queryset = InspectionItem.objects.filter(inspection__in=own).live()

    def clean(self):
        data = super().clean()
        if data.get("found_on") and data.get("due_on") and data["due_on"] < data["found_on"]:
            self.add_error("due_on", "整改期限不能早于发现日期。")
        item, insp = data.get("item"), data.get("inspection")
        if item and insp and item.inspection_id != insp.pk:
            self.add_error("item", "该督查事项不属于所选督导督查。")
        return data


class AssessmentForm(UserForm, forms.ModelForm):
    class Meta:
        model = Assessment
        fields = ["title", "kind", "year", "system", "start_on", "report_due", "scope_units"]
        widgets = {"start_on": DATE, "report_due": DATE, "scope_units": forms.SelectMultiple(attrs={"size": 8})}

    def limit(self):
        self.fields["system"].queryset = IndicatorSystem.objects.restrict(self.user, "view").live()
        self.fields["scope_units"].queryset = _subtree(self.user)


class SelfReportForm(UserForm, forms.ModelForm):
    class Meta:
        model = SelfReport
        fields = ["assessment", "node", "statement", "self_score"]
        widgets = {"statement": TEXT}

    def limit(self):
        # every visible run, so that a closed or foreign one is refused with the rule, not "invalid choice"
        runs = Assessment.objects.restrict(self.user, "view").live() if self.user else Assessment.objects.none()
        self.fields["assessment"].queryset = runs
        self.fields["node"].queryset = IndicatorNode.objects.filter(
            system__in=runs.values("system"), method=NodeMethod.MANUAL).select_related("system")

    def clean(self):
        data = super().clean()
        a, node = data.get("assessment"), data.get("node")
        if a and node and node.system_id != a.system_id:
            self.add_error("node", "该指标不属于所选考核评估的指标体系。")
        return data


class SelfReportEvidenceForm(SelfReportForm):
    evidence_file = EvidenceFields.base_fields["evidence_file"]
    evidence_link = EvidenceFields.base_fields["evidence_link"]


# ---------------------------------------------------------------- step forms

class FindingSubmitForm(EvidenceFields):
    measures = forms.CharField(label="整改措施及成效", widget=TEXT)
    completed_on = forms.DateField(label="整改完成日期", widget=DATE)

    field_order = ["measures", "completed_on", "evidence_file", "evidence_link"]


class FindingAcceptForm(forms.Form):
    reviewed_on = forms.DateField(label="验收日期", widget=DATE, initial=dt.date.today)
    comment = forms.CharField(label="验收意见", widget=TEXT, required=False)


class FindingSendBackForm(forms.Form):
    reviewed_on = forms.DateField(label="验收日期", widget=DATE, initial=dt.date.today)
    comment = forms.CharField(label="退回理由", widget=TEXT)
    new_due_on = forms.DateField(label="新的整改期限", widget=DATE, required=False, help_text="不填则沿用原期限")


class SelfReportResubmitForm(EvidenceFields):
    statement = forms.CharField(label="落实情况（自评说明）", widget=TEXT)
    self_score = forms.DecimalField(label="自评分", required=False, max_digits=7, decimal_places=2)

    field_order = ["statement", "self_score", "evidence_file", "evidence_link"]


class SelfReportGradeForm(forms.Form):
    score = forms.DecimalField(label="评定得分", max_digits=7, decimal_places=2)
    comment = forms.CharField(label="评分意见", widget=TEXT, required=False)


class SelfReportSendBackForm(forms.Form):
    comment = forms.CharField(label="退回理由", widget=TEXT)


class SystemImportForm(forms.Form):
    file = forms.FileField(label="指标体系 Excel 文件")
    name = forms.CharField(label="名称", max_length=200)
    version = forms.CharField(label="版本", max_length=50, help_text="如“2021年版”“2024年本省细则”")
    year = forms.IntegerField(label="适用年度", required=False)
    source = forms.CharField(label="来源说明", widget=TEXT, required=False)
    previous = forms.ModelChoiceField(label="上一版本", queryset=IndicatorSystem.objects.none(), required=False)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:
            self.fields["previous"].queryset = IndicatorSystem.objects.restrict(user, "change").live()

"""Forms of the 信访 register: registration (web, API, Excel) and one form per procedural step."""

from __future__ import annotations

from django import forms
from django.urls import reverse_lazy
from django.utils.safestring import mark_safe

from .choices import ReplyOpinion, Result, Satisfaction
from .models import LeaderReception, Petition

DATE = forms.DateInput(attrs={"type": "date"})
MSG_NO_SUCH_PETITION = "找不到编号为“{ref}”的信访事项（须为本单位或下级单位登记的事项）。"


def _repeat_attrs(trigger: str = "change") -> dict:
    """htmx: re-run the repeat check whenever a field that identifies person or matter changes."""
    return {"hx-get": reverse_lazy("petitions:repeat_check"), "hx-trigger": trigger,
            "hx-target": "#repeat-hint", "hx-include": "closest form", "hx-swap": "innerHTML"}


class RepeatHintTextarea(forms.Textarea):
    """The matter box carries the panel where possible repeats are offered to the clerk."""

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        return mark_safe(f'{html}<div id="repeat-hint" class="repeat-hint" aria-live="polite"></div>')


class PetitionForm(forms.ModelForm):
    accepts_user = True

    original_reference = forms.CharField(
        label="原信访件编号", required=False, max_length=60, help_text="复查、复核请求填写原信访事项的编号",
    )
    repeat_of_reference = forms.CharField(
        label="重复信访：原件编号", required=False, max_length=60,
        help_text="登记时系统会提示同一信访人或相近事项；确认是重复信访的，填写原信访件编号",
    )

    class Meta:
        model = Petition
        fields = ["channel", "received_on", "referred_by", "stage", "original_reference", "petitioner_name",
                  "petitioner_id_number", "petitioner_phone", "petitioner_address", "headcount", "place", "matter",
                  "category", "escalation", "is_legacy", "is_key_case", "case_owner", "repeat_of_reference", "note"]
        widgets = {
            "received_on": DATE,
            "matter": RepeatHintTextarea(attrs={"rows": 4, **_repeat_attrs("keyup changed delay:800ms, change")}),
            "petitioner_name": forms.TextInput(attrs=_repeat_attrs()),
            "petitioner_id_number": forms.TextInput(attrs=_repeat_attrs()),
            "petitioner_phone": forms.TextInput(attrs=_repeat_attrs()),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        inst = self.instance
        if inst.pk:
            self.initial.setdefault("original_reference", inst.original.reference_no if inst.original_id else "")
            self.initial.setdefault("repeat_of_reference", inst.repeat_of.reference_no if inst.repeat_of_id else "")

    def _lookup(self, field: str, ref: str, *, subtree: bool):
        from . import selectors

        ref = (ref or "").strip()
        if not ref:
            return None
        found = selectors.petition_by_reference(user=self.user, reference_no=ref, subtree=subtree)
        if found is None:
            self.add_error(field, MSG_NO_SUCH_PETITION.format(ref=ref))
        return found

    def clean(self):
        data = super().clean()
        # the 上一级 body reviews (条例第三十五、三十六条): the original lies in its own unit or below
        data["original"] = self._lookup("original_reference", data.get("original_reference"), subtree=True)
        data["repeat_of"] = self._lookup("repeat_of_reference", data.get("repeat_of_reference"), subtree=False)
        if self.instance.pk and data.get("repeat_of") is not None and data["repeat_of"].pk == self.instance.pk:
            self.add_error("repeat_of_reference", "不能把信访事项标为它自己的重复件。")
        return data

    def save(self, commit=True):
        obj = super().save(commit=False)
        obj.original = self.cleaned_data.get("original")
        obj.repeat_of = self.cleaned_data.get("repeat_of")
        if commit:
            obj.save()
        return obj


class AcceptForm(forms.Form):
    accepted_on = forms.DateField(label="受理日期", widget=DATE)
    notice_on = forms.DateField(label="书面告知信访人日期", widget=DATE, help_text="条例第二十二、二十三条：收到之日起15日内书面告知")


class RejectForm(forms.Form):
    notice_on = forms.DateField(label="书面告知日期", widget=DATE)
    reason = forms.CharField(label="不予受理理由", max_length=300, widget=forms.Textarea(attrs={"rows": 2}))


class TransferForm(forms.Form):
    transferred_on = forms.DateField(label="转送/交办日期", widget=DATE)
    target = forms.CharField(label="转送/交办至", max_length=100)


class ObjectionForm(forms.Form):
    objection_on = forms.DateField(label="提出异议日期", widget=DATE)
    reason = forms.CharField(label="异议理由（不属于本机关职权范围的理由）", max_length=300, widget=forms.Textarea(attrs={"rows": 2}))


class ExtendForm(forms.Form):
    approved_on = forms.DateField(label="批准延期日期", widget=DATE)
    reason = forms.CharField(label="延期理由（须告知信访人）", max_length=300, widget=forms.Textarea(attrs={"rows": 2}))


class ReplyForm(forms.Form):
    replied_on = forms.DateField(label="答复日期", widget=DATE)
    doc_no = forms.CharField(label="答复意见书文号", max_length=100, required=False)
    opinion = forms.ChoiceField(label="处理意见", choices=ReplyOpinion.choices)
    result = forms.ChoiceField(label="办结结果", choices=Result.choices,
                               help_text="实际是否解决；与信访人是否满意分开记录（回访时记录）")
    summary = forms.CharField(label="答复要点", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class FollowUpForm(forms.Form):
    follow_up_on = forms.DateField(label="回访日期", widget=DATE)
    satisfaction = forms.ChoiceField(label="满意度", choices=Satisfaction.choices)
    note = forms.CharField(label="回访情况", max_length=300, required=False)


class ReopenForm(forms.Form):
    reopened_on = forms.DateField(label="重新办理日期", widget=DATE)
    reason = forms.CharField(label="重新办理原因", max_length=300, help_text="如：回访不满意、问题未实际解决")


class LeaderReceptionForm(forms.ModelForm):
    class Meta:
        model = LeaderReception
        fields = ["held_on", "kind", "leader", "leader_rank", "place", "cases_received", "people", "summary"]
        widgets = {"held_on": DATE, "summary": forms.Textarea(attrs={"rows": 3})}

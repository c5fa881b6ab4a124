"""Register forms of the 法律顾问 ledgers."""

from __future__ import annotations

from django import forms
from django.contrib.contenttypes.models import ContentType

from fazhi.core.ledgers import LEDGERS
from fazhi.core.scoping import units_for

from .models import Adviser, AdviserService, AdviserYearLog, Engagement

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# the ledgers an opinion may be linked to (GLOSSARY: 参与事项)
TARGET_APPS = ("normative", "decisions", "enforcement", "disputes", "litigation", "reconsideration")
MSG_TARGET = "找不到编号为 {id} 的“{label}”记录，或您无权查看。"


class _UserForm(forms.ModelForm):
    accepts_user = True

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if user is not None and "adviser" in self.fields:
            self.fields["adviser"].queryset = Adviser.objects.restrict(user, "change").live()


class AdviserForm(forms.ModelForm):
    class Meta:
        model = Adviser
        fields = ["name", "kind", "firm", "licence_no", "phone", "note"]


class EngagementForm(_UserForm):
    """Import form (the 单位 column names the served unit); the web form adds 服务对象."""

    class Meta:
        model = Engagement
        fields = ["adviser", "role", "contract_no", "start_on", "end_on", "fee"]
        widgets = {"start_on": DATE, "end_on": DATE}


class EngagementCreateForm(EngagementForm):
    served_unit = forms.ModelChoiceField(label="服务对象", queryset=None, required=False,
                                         help_text="本单位或所属村（社区）：一村一法律顾问按村登记")

    class Meta(EngagementForm.Meta):
        fields = ["served_unit", *EngagementForm.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from fazhi.org.models import Unit

        self.fields["served_unit"].queryset = units_for(self.user, "change") if self.user is not None else Unit.objects.none()
        if self.instance.pk:
            self.initial["served_unit"] = self.instance.unit_id


class AdviserServiceForm(_UserForm):
    target_ledger = forms.ChoiceField(label="关联台账", required=False)
    target_id = forms.IntegerField(label="关联记录编号", required=False, min_value=1)

    class Meta:
        model = AdviserService
        fields = ["adviser", "kind", "given_on", "subject", "topic", "opinion", "adopted", "hours"]
        widgets = {"given_on": DATE, "opinion": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_ledger"].choices = [("", "（不关联）")] + [
            (key, f"{ledger.label}") for key, ledger in sorted(LEDGERS.items()) if ledger.app in TARGET_APPS]
        if self.instance.pk and self.instance.content_type_id:
            for key, ledger in LEDGERS.items():
                if ledger.model is self.instance.content_type.model_class():
                    self.initial.setdefault("target_ledger", key)
            self.initial.setdefault("target_id", self.instance.object_id)

    def clean(self):
        data = super().clean()
        key, pk = data.get("target_ledger"), data.get("target_id")
        if not key:
            self.instance.content_type, self.instance.object_id = None, None
            return data
        ledger = LEDGERS[key]
        qs = ledger.model.objects.restrict(self.user, "view") if self.user is not None else ledger.model.objects.none()
        if not pk or not qs.filter(pk=pk).exists():
            self.add_error("target_id", MSG_TARGET.format(id=pk or "（空）", label=ledger.item_label))
            return data
        self.instance.content_type = ContentType.objects.get_for_model(ledger.model)
        self.instance.object_id = pk
        return data


class AdviserYearLogForm(_UserForm):
    class Meta:
        model = AdviserYearLog
        fields = ["adviser", "year", "assessed_on", "result", "assessor", "comments"]
        widgets = {"assessed_on": DATE, "comments": forms.Textarea(attrs={"rows": 3})}

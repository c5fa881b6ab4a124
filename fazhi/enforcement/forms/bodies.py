from django import forms

from fazhi.core.scoping import units_for
from fazhi.org.models import User

from ..models import AnnualReview, Body, Certificate, Equipment, Officer, OfficerTraining
from .common import DATE, ScopedModelForm, date_field


class BodyForm(forms.ModelForm):
    class Meta:
        model = Body
        fields = ["name", "kind", "field", "tier", "legal_basis", "doc_no", "established_on", "staffing_quota",
                  "is_active", "note"]
        widgets = {"established_on": DATE, "note": forms.Textarea(attrs={"rows": 3})}


class OfficerForm(ScopedModelForm):
    scoped_fields = {"body": Body}

    class Meta:
        model = Officer
        fields = ["name", "code", "body", "role", "birth_date", "legal_qualification", "in_inspector_pool",
                  "specialty", "user", "joined_on", "left_on"]
        widgets = {"birth_date": DATE, "joined_on": DATE, "left_on": DATE}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        units = units_for(user, "change") if user is not None else []
        self.fields["user"].queryset = User.objects.filter(unit__in=units) if user is not None else User.objects.none()


class CertificateForm(ScopedModelForm):
    scoped_fields = {"officer": Officer}

    class Meta:
        model = Certificate
        fields = ["officer", "number", "issuer", "action", "issued_on", "valid_from", "valid_to"]
        widgets = {"issued_on": DATE, "valid_from": DATE, "valid_to": DATE}

    def clean(self):
        data = super().clean()
        if data.get("valid_from") and data.get("valid_to") and data["valid_to"] < data["valid_from"]:
            self.add_error("valid_to", "有效期止不能早于有效期起。")
        return data


class AnnualReviewForm(ScopedModelForm):
    scoped_fields = {"certificate": Certificate}

    class Meta:
        model = AnnualReview
        fields = ["certificate", "year", "reviewed_on", "result", "training_hours", "note"]
        widgets = {"reviewed_on": DATE}


class OfficerTrainingForm(ScopedModelForm):
    scoped_fields = {"officers": Officer}

    class Meta:
        model = OfficerTraining
        fields = ["held_on", "title", "mode", "hours", "organiser", "officers", "note"]
        widgets = {"held_on": DATE, "note": forms.Textarea(attrs={"rows": 3})}


class EquipmentForm(ScopedModelForm):
    scoped_fields = {"body": Body}

    class Meta:
        model = Equipment
        fields = ["kind", "quantity", "body", "acquired_on", "note"]
        widgets = {"acquired_on": DATE}


class CertificateSuspendForm(forms.Form):
    on = date_field("暂扣日期")
    reason = forms.CharField(label="暂扣原因", max_length=300)


class CertificateReinstateForm(forms.Form):
    on = date_field("恢复日期")


class CertificateRevokeForm(forms.Form):
    on = date_field("吊销/注销日期")
    reason = forms.CharField(label="吊销/注销原因", max_length=300)

"""Register forms of the 重大行政决策 ledgers."""

from __future__ import annotations

from django import forms

from .choices import PRE_DECISION, REQUIRED_BY_CATEGORY, CatalogueState, ConsultState
from .models import (
    CatalogueItem, Consultation, DecisionCatalogue, DecisionParticipant, DecisionReview, ExpertOpinion, Hearing,
    MajorDecision, PublicOpinion, RiskAssessment,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MSG_REASON_NEEDED = "部分采纳或不采纳的，必须说明理由（条例第18条）。"


class _UserForm(forms.ModelForm):
    accepts_user = True

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def _limit(self, name, queryset):
        if name in self.fields and self.user is not None:
            self.fields[name].queryset = queryset


class DecisionCatalogueForm(forms.ModelForm):
    class Meta:
        model = DecisionCatalogue
        fields = ["year", "title"]


class CatalogueItemForm(_UserForm):
    class Meta:
        model = CatalogueItem
        fields = ["catalogue", "name", "category", "lead_unit", "schedule", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("catalogue", DecisionCatalogue.objects.restrict(self.user, "change").live())


class MajorDecisionForm(_UserForm):
    class Meta:
        model = MajorDecision
        fields = ["title", "category", "catalogue_item", "proposer_kind", "proposer", "proposed_on", "proposal",
                  "needs_public", "needs_expert", "needs_risk", "needs_hearing"]
        widgets = {"proposed_on": DATE, "proposal": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("catalogue_item", CatalogueItem.objects.restrict(self.user, "change").live()
                        .filter(catalogue__state=CatalogueState.PUBLISHED).select_related("catalogue"))
        if self.instance.pk and self.instance.state not in PRE_DECISION:
            # after the collective decision the matter and its required procedures are part of the record
            for name in ("title", "category", "needs_public", "needs_expert", "needs_risk", "needs_hearing", "proposal"):
                self.fields[name].disabled = True

    def clean(self):
        data = super().clean()
        # the kind of matter fixes the minimum; a clerk may add procedures, never drop a required one
        for proc in REQUIRED_BY_CATEGORY.get(data.get("category"), set()):
            data[f"needs_{proc}"] = True
        return data


class _ChildForm(_UserForm):
    parent_field = "decision"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("decision", MajorDecision.objects.restrict(self.user, "change").live())


class ConsultationForm(_ChildForm):
    class Meta:
        model = Consultation
        fields = ["decision", "method", "channel", "start_on", "end_on", "shortened_reason"]
        widgets = {"start_on": DATE, "end_on": DATE}


class PublicOpinionForm(_UserForm):
    class Meta:
        model = PublicOpinion
        fields = ["consultation", "received_on", "submitter", "content", "adoption", "reason"]
        widgets = {"received_on": DATE, "content": forms.Textarea(attrs={"rows": 3}), "reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("consultation", Consultation.objects.restrict(self.user, "change").live().filter(state=ConsultState.OPEN))

    def clean(self):
        data = super().clean()
        if data.get("adoption") in ("partly", "rejected") and not (data.get("reason") or "").strip():
            self.add_error("reason", MSG_REASON_NEEDED)
        return data


class HearingForm(_ChildForm):
    class Meta:
        model = Hearing
        fields = ["decision", "hearing_on", "place", "notice_published_on", "participants_published_on", "materials_served_on"]
        widgets = {f: DATE for f in ["hearing_on", "notice_published_on", "participants_published_on", "materials_served_on"]}


class ExpertOpinionForm(_ChildForm):
    class Meta:
        model = ExpertOpinion
        fields = ["decision", "expert_name", "organisation", "field", "given_on", "opinion", "dissent", "signed", "no_direct_interest"]
        widgets = {"given_on": DATE, "opinion": forms.Textarea(attrs={"rows": 3})}


class RiskAssessmentForm(_UserForm):
    class Meta:
        model = RiskAssessment
        fields = ["decision", "subject", "assessor", "assessed_on", "risk_level", "risk_points", "measures"]
        widgets = {"assessed_on": DATE, "risk_points": forms.Textarea(attrs={"rows": 2}), "measures": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self._limit("decision", MajorDecision.objects.restrict(self.user, "change").live())


class DecisionReviewForm(forms.ModelForm):
    """Shown on the review record; the opinion is given through the step 出具审查意见."""

    class Meta:
        model = DecisionReview
        fields = ["materials"]


class DecisionParticipantForm(_ChildForm):
    class Meta:
        model = DecisionParticipant
        fields = ["decision", "role", "name", "post", "position", "remarks", "order", "on"]
        widgets = {"on": DATE, "remarks": forms.Textarea(attrs={"rows": 2})}

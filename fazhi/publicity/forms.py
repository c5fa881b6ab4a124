from django import forms

from fazhi.leadership.formkit import LedgerForm

from .models import (Activity, CultureSite, Exam, LegalLiterate, LegalService, LegalServicePoint, MediaCoverage,
                     PublicityDuty, Study, Training)


class _ScopedChoices(LedgerForm):
    """Foreign-key choices limited to live records the user may change (``scoped`` names the fields)."""

    accepts_user = True
    scoped: tuple[str, ...] = ()

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.scoped:
            model = self.fields[name].queryset.model
            self.fields[name].queryset = model.objects.restrict(user, "change").live() if user is not None else model.objects.none()


class ActivityForm(_ScopedChoices):
    scoped = ("duty",)

    class Meta:
        model = Activity
        fields = ["held_on", "title", "campaign", "method", "venue_type", "audience", "place", "laws", "attendance",
                  "households", "materials", "boards", "vehicles", "consultations", "duty", "organiser", "note"]


class PublicityDutyForm(LedgerForm):
    class Meta:
        model = PublicityDuty
        fields = ["listed_on", "department", "laws", "audience", "measures", "contact"]


class CultureSiteForm(LedgerForm):
    class Meta:
        model = CultureSite
        fields = ["name", "kind", "address", "built_on", "closed_on", "note"]


class MediaCoverageForm(LedgerForm):
    url = forms.URLField(label="链接", required=False, assume_scheme="https")

    class Meta:
        model = MediaCoverage
        fields = ["published_on", "outlet", "kind", "title", "subject", "url"]


class StudyForm(_ScopedChoices):
    scoped = ("meeting",)

    class Meta:
        model = Study
        fields = ["held_on", "kind", "topic", "laws", "rule_of_law", "lead_person", "meeting", "leaders_count",
                  "staff_count", "village_cadres_count", "officers_count", "others_count", "organiser", "note"]


class TrainingForm(LedgerForm):
    class Meta:
        model = Training
        fields = ["title", "kind", "mode", "organiser", "start_on", "end_on", "hours", "expected", "trainees", "note"]


class ExamForm(LedgerForm):
    class Meta:
        model = Exam
        fields = ["title", "held_on", "audience", "expected", "sat", "passed", "note"]


class LegalServicePointForm(LedgerForm):
    class Meta:
        model = LegalServicePoint
        fields = ["name", "kind", "level", "opened_on", "closed_on", "address", "note"]


class LegalServiceForm(_ScopedChoices):
    scoped = ("point",)

    class Meta:
        model = LegalService
        fields = ["received_on", "channel", "kind", "point", "applicant", "summary", "outcome", "closed_on"]


class LegalLiterateForm(LedgerForm):
    class Meta:
        model = LegalLiterate
        fields = ["name", "gender", "village", "occupation", "appointed_on", "certificate_no", "is_mediator", "left_on"]

from django import forms

from .models import Activity


class ActivityForm(forms.ModelForm):
    class Meta:
        model = Activity
        fields = ["held_on", "title", "campaign", "venue_type", "audience", "place", "laws", "attendance",
                  "materials", "boards", "vehicles", "consultations", "organiser", "note"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"}), "note": forms.Textarea(attrs={"rows": 3})}

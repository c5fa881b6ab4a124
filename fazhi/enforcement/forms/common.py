"""Form helpers: choices limited to what the user may write, Chinese date inputs."""

from __future__ import annotations

from django import forms

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def date_field(label: str, required: bool = True, help_text: str = "") -> forms.DateField:
    return forms.DateField(label=label, required=required, widget=DATE, help_text=help_text)


class ScopedModelForm(forms.ModelForm):
    """A ModelForm whose related-record choices are limited to the user's own units (``restrict(user, "change")``)."""

    accepts_user = True
    scoped_fields: dict[str, type] = {}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        for name, model in self.scoped_fields.items():
            if name not in self.fields:
                continue
            qs = model.objects.restrict(user, "change").live() if user is not None else model.objects.none()
            self.fields[name].queryset = self.limit(name, qs)

    def limit(self, name: str, qs):
        return qs

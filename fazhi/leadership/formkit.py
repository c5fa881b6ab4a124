"""Form helpers shared by the leadership, publicity, lists and oversight ledgers.

Every register form shows dates as ``<input type="date">`` and long text as a text area; a child
register (议题 of a 会议, 成员 of a 领导小组 …) limits its parent choice to the parents the user may
change, and its record takes the parent's unit, so that a child can never be filed under a unit
other than its parent's (scoping stays uniform, issue 2).
"""

from __future__ import annotations

from django import forms

from fazhi.core.services import build_form, record_create


def _prepare(cls) -> None:
    """Once per form class: date pickers, text area height, and which empty fields take the model default."""
    defaults = {}
    model_fields = {f.name: f for f in cls._meta.model._meta.concrete_fields}
    for name, field in cls.base_fields.items():
        if isinstance(field, forms.DateField):
            field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        elif isinstance(field.widget, forms.Textarea):
            field.widget.attrs.setdefault("rows", 3)
        mf = model_fields.get(name)
        if (mf is not None and mf.has_default() and not callable(mf.default)
                and not isinstance(field, forms.BooleanField) and field.required):
            field.required = False
            defaults[name] = mf.default
    cls._defaults = defaults


class LedgerForm(forms.ModelForm):
    """A ModelForm with date pickers and text areas; a field with a model default may be left empty.

    Counts such as 发放资料（份） default to 0: a clerk (or an Excel row, or an API call) that leaves them
    out records 0 rather than failing, the same rule the Excel template states for defaulted columns.
    """

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if "_defaults" not in cls.__dict__:
            _prepare(cls)
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        for name, default in self._defaults.items():
            if cleaned.get(name) in (None, "") and name not in self.errors:
                cleaned[name] = default
        return cleaned


class ChildForm(LedgerForm):
    """A child register's form: the parent list holds only live parents the user may change."""

    accepts_user = True
    parent_field = ""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.parent_field)
        if field is not None:
            model = field.queryset.model
            field.queryset = model.objects.restrict(user, "change").live() if user is not None else model.objects.none()


def child_create(parent_field: str):
    """A ledger ``create`` service that files the child under its parent's unit."""

    def create(*, ledger, user, data, files=None, unit=None):
        form = build_form(ledger, user, data, files)
        if form.is_valid():
            parent = form.cleaned_data.get(parent_field)
            if parent is not None:
                unit = parent.unit
        return record_create(ledger=ledger, user=user, data=data, files=files, unit=unit)

    return create


MSG_CHILD_UNIT = "必须与所属{parent}登记在同一单位。"


def check_child_unit(obj, parent_field: str) -> None:
    """Model.clean helper: a child row's unit equals its parent's (Excel rows name their unit)."""
    from django.core.exceptions import ValidationError

    parent_id = getattr(obj, f"{parent_field}_id", None)
    if not parent_id or not obj.unit_id:
        return
    parent = getattr(obj, parent_field)
    if parent.unit_id != obj.unit_id:
        label = parent._meta.verbose_name
        raise ValidationError({"__all__": [MSG_CHILD_UNIT.format(parent=label)]})


def lines(text: str) -> list[str]:
    """Evidence links and lists are typed one per line."""
    return [s.strip() for s in (text or "").splitlines() if s.strip()]

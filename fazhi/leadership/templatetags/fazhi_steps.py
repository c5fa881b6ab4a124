"""Show on a detail page the fields a procedural step fills in (not editable on the record's own form)."""

from django import template

register = template.Library()

_BASE = {"id", "unit", "created_at", "updated_at", "created_by", "is_void", "void_reason", "voided_at", "voided_by", "state"}


@register.simple_tag
def step_fields(obj):
    """(label, value) of the non-editable fields of ``obj`` that a step fills in, skipping the empty ones."""
    rows = []
    for f in obj._meta.concrete_fields:
        if f.editable or f.name in _BASE:
            continue
        getter = getattr(obj, f"get_{f.name}_display", None)
        value = getter() if getter else getattr(obj, f.name)
        if value in (None, ""):
            continue
        if isinstance(value, bool):
            value = "是" if value else "否"
        rows.append((str(f.verbose_name), value))
    return rows

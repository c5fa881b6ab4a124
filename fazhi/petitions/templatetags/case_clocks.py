"""Template tags of the request/dispute apps: the fields recorded by procedural steps, and periods
shown for information (a party's right, not a clock of the unit)."""

from django import template

register = template.Library()


_BASE_FIELDS = {"id", "unit", "created_at", "updated_at", "created_by", "is_void", "void_reason", "voided_at", "voided_by", "state"}


@register.simple_tag
def procedure_fields(obj):
    """(label, value) of the fields the procedural steps record (not on the edit form), when filled."""
    out = []
    for f in obj._meta.concrete_fields:
        if f.editable or f.name in _BASE_FIELDS:
            continue
        value = getattr(obj, f.name)
        if value in (None, "", 0, False):
            continue
        getter = getattr(obj, f"get_{f.name}_display", None)
        if getter:
            value = getter()
        elif value is True:
            value = "是"
        out.append((str(f.verbose_name), value))
    return out


@register.simple_tag
def rule_due(rule_id, start):
    """A period shown for information only (a right of a party, not a duty of the unit)."""
    from fazhi.deadlines.services import deadline_compute

    return deadline_compute(rule_id, start)

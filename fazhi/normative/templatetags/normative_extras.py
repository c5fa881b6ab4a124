"""Small read helpers for the 规范性文件 detail pages (deadlines with their explanation, validity)."""

from django import template

register = template.Library()


@register.filter
def deadlines(obj):
    from fazhi.deadlines.selectors import deadline_list_for_object

    return deadline_list_for_object(obj)


@register.filter
def validity_label(doc):
    from fazhi.deadlines.services import today

    from ..choices import Validity
    from ..selectors import validity_of

    return Validity(validity_of(doc, today())).label


@register.filter
def live(qs):
    return qs.filter(is_void=False)

"""Read helpers for the 重大行政决策 pages."""

from django import template

register = template.Library()


@register.filter
def checklist(decision):
    from ..selectors import decision_checklist

    return decision_checklist(decision)


@register.filter
def live(qs):
    return qs.filter(is_void=False)


@register.filter
def adviser_services(obj):
    """法律顾问意见 linked to this record (advisers app), for the 参与率 shown on the page."""
    from fazhi.advisers.selectors import services_for_target

    return services_for_target(obj)

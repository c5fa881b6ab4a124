"""The report's procedural steps for people who may act on it without editing it (审核 by a 法制审核员)."""

from django import template

from fazhi.core.workflow import available_steps

register = template.Library()


@register.simple_tag
def steps_for_user(obj, user):
    """Steps the user may take here; the generic detail page lists steps only for those who may edit the record."""
    if not type(obj).objects.restrict(user, "change").filter(pk=obj.pk).exists():
        return []
    return available_steps(obj, user)

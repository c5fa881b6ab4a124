from django import template

register = template.Library()


@register.filter
def year_figures(log):
    from ..selectors import year_log_figures

    return year_log_figures(log)

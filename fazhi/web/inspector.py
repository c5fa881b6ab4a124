"""The inspector's home-page widget: overdue and due-soon counts per unit of the subtree below."""

from django.db.models import Count, Q

from fazhi.deadlines.models import Deadline
from fazhi.deadlines.selectors import due_soon_horizon
from fazhi.deadlines.services import today
from fazhi.org.choices import Role

from .widgets import register_widget


@register_widget(order=10)
def subtree_deadlines(request):
    user = request.user
    if not user.has_role(Role.INSPECTOR) or user.unit is None:
        return None
    on = today()
    rows = (Deadline.objects.restrict(user).filter(status="open").exclude(unit=user.unit)
            .values("unit__name").annotate(
                overdue=Count("pk", filter=Q(due_date__lt=on)),
                soon=Count("pk", filter=Q(due_date__gte=on, due_date__lte=due_soon_horizon(on))),
                total=Count("pk"))
            .order_by("-overdue", "unit__name"))
    return {"title": "下级单位期限情况", "template": "web/widget_subtree.html", "rows": list(rows)}

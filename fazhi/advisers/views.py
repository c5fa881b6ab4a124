"""Home widget: engagements reaching the end of their 聘期."""

from __future__ import annotations

from fazhi.core import permissions
from fazhi.deadlines.services import today
from fazhi.web.widgets import register_widget

from .models import Engagement
from .selectors import engagements_expiring


@register_widget(order=42)
def widget_expiring(request):
    user = request.user
    if not permissions.allowed(user, Engagement.ledger().action("view")):
        return None
    rows = list(engagements_expiring(user, on=today())[:10])
    if not rows:
        return None
    return {"title": "法律顾问聘期即将届满", "template": "advisers/widget.html", "rows": rows}

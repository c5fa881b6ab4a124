from fazhi.core import permissions
from fazhi.petitions.figures import figures_page
from fazhi.web.widgets import register_widget

from .models import Suggestion

figures = figures_page("litigation", "行政应诉统计")


@register_widget(order=60)
def suggestions_widget(request):
    user = request.user
    if not permissions.allowed(user, Suggestion.ledger().action("view")):
        return None
    pending = Suggestion.objects.restrict(user).live().filter(state="received").order_by("reply_due_on")
    if not pending.exists():
        return None
    return {"title": "待回复的司法建议、检察建议", "template": "litigation/_widget.html", "items": list(pending[:10])}

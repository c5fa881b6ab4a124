"""决策程序一览: every decision with its five-procedure checklist; reviewer widget."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from fazhi.core import permissions
from fazhi.core.errors import FazhiError
from fazhi.web.widgets import register_widget

from .models import DecisionReview, MajorDecision
from .selectors import decision_overview


@login_required
def overview(request):
    try:
        permissions.require(request.user, MajorDecision.ledger().action("view"))
    except FazhiError as exc:
        return render(request, "web/error.html", {"error": exc}, status=exc.status)
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    return render(request, "decisions/overview.html", {
        "title": "决策程序一览", "rows": decision_overview(request.user, year=year), "year": year})


@register_widget(order=41)
def widget_reviews(request):
    user = request.user
    if not permissions.allowed(user, DecisionReview.ledger().action("change")):
        return None
    pending = list(DecisionReview.objects.restrict(user, "change").live().filter(state="pending")
                   .select_related("decision", "decision__unit").order_by("submitted_on")[:10])
    if not pending:
        return None
    return {"title": "待出具的重大行政决策合法性审查意见", "template": "decisions/widget.html", "pending": pending}

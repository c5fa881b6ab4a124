"""The home page of each role: due and overdue items first, then the ledgers to open."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from fazhi.deadlines.selectors import days_left, deadline_list_due
from fazhi.deadlines.services import today
from fazhi.web.widgets import widgets_for


@login_required
def home(request):
    overdue, due_soon = deadline_list_due(request.user)
    on = today()
    rows = [(d, days_left(d, on)) for d in list(overdue[:100]) + list(due_soon[:100])]
    return render(request, "web/home.html", {
        "title": "首页", "deadline_rows": rows, "overdue_count": overdue.count(), "due_soon_count": due_soon.count(),
        "today": on, "widgets": widgets_for(request),
    })

"""Deadlines a user may see: due soon (within N working days) and overdue, from the scoped queryset."""

from __future__ import annotations

import datetime as dt

from django.contrib.contenttypes.models import ContentType

from fazhi.core.settings_registry import get_setting

from .calendar import add_working_days
from .models import Deadline
from .services import calendar_current, today


def deadline_list_for_object(obj):
    return Deadline.objects.filter(content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk).exclude(status="cancelled")


def due_soon_horizon(on: dt.date | None = None) -> dt.date:
    n = int(get_setting("reminders.due_soon_working_days"))
    return add_working_days(calendar_current(), on or today(), n).due


def deadline_list_due(user, *, on: dt.date | None = None, units=None):
    """(overdue, due_soon) querysets of open deadlines the user may see."""
    on = on or today()
    qs = Deadline.objects.restrict(user).filter(status="open").select_related("unit", "content_type")
    if units is not None:
        qs = qs.filter(unit__in=units)
    return qs.filter(due_date__lt=on), qs.filter(due_date__gte=on, due_date__lte=due_soon_horizon(on))


def days_left(d: Deadline, on: dt.date | None = None) -> int:
    return (d.due_date - (on or today())).days


def deadline_rows(obj, on: dt.date | None = None) -> list[dict]:
    """The clocks of one record, as the detail page shows them: countdown, status, explanation."""
    on = on or today()
    rows = []
    for d in deadline_list_for_object(obj).order_by("start_date", "pk"):
        left = (d.due_date - on).days
        rows.append({"deadline": d, "left": left, "overdue": d.status == "open" and left < 0, "abs_left": abs(left)})
    return rows

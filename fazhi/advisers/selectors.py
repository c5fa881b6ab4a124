"""Reads of the 法律顾问 ledgers: opinions linked to a record, expiring contracts, a year's log."""

from __future__ import annotations

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Sum

from fazhi.core.settings_registry import get_setting

from .choices import EngagementState
from .models import AdviserService, Engagement


def services_for_target(obj):
    """The adviser opinions linked to ``obj`` (a decision, a document, a case …)."""
    ct = ContentType.objects.get_for_model(type(obj))
    return AdviserService.objects.filter(content_type=ct, object_id=obj.pk, is_void=False).select_related("adviser")


def engagements_expiring(user, *, on: dt.date):
    horizon = on + dt.timedelta(days=int(get_setting("advisers.expiry_reminder_days")))
    return (Engagement.objects.restrict(user, "view").live()
            .filter(state__in=[EngagementState.SIGNED, EngagementState.FILED], end_on__lte=horizon)
            .select_related("adviser", "unit").order_by("end_on"))


def year_log_figures(log) -> dict:
    """What the adviser did in the log's year for the log's unit (and its villages), from the service records."""
    qs = AdviserService.objects.live().filter(adviser=log.adviser, given_on__year=log.year)
    by_kind = list(qs.values("kind").annotate(n=Count("pk")).order_by("-n"))
    from .choices import ServiceKind

    return {
        "services": list(qs.order_by("given_on")),
        "count": qs.count(),
        "hours": qs.aggregate(h=Sum("hours"))["h"] or 0,
        "by_kind": [(ServiceKind(r["kind"]).label, r["n"]) for r in by_kind],
    }

"""Pages of the 信访 register beyond the generic ledger pages: the repeat check and the figures."""

from __future__ import annotations

import datetime as dt

from django.http import JsonResponse
from django.shortcuts import render

from fazhi.core import permissions
from fazhi.core.settings_registry import get_setting
from fazhi.web.widgets import register_widget

from . import selectors
from .figures import figures_page
from .models import Petition

figures = figures_page("petitions", "信访工作统计")


def _api_user(request):
    """Session user, or the user of an ``Authorization: Bearer`` API token (same rule as /api/)."""
    if request.user.is_authenticated:
        return request.user
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        from fazhi.api import TokenAuth

        return TokenAuth().authenticate(request, header[7:].strip())
    return None


def repeat_check(request):
    """Earlier petitions from the same person or on a near-identical matter (htmx fragment, or JSON).

    GET parameters: petitioner_name, petitioner_id_number, petitioner_phone, matter, received_on;
    ``format=json`` (or ``Accept: application/json``) answers JSON for API clients.
    """
    user = _api_user(request)
    wants_json = request.GET.get("format") == "json" or "application/json" in request.headers.get("Accept", "")
    if user is None:
        return JsonResponse({"code": "unauthenticated", "detail": "请先登录，或在请求头中提供有效的 API 令牌。"}, status=401)
    if not permissions.allowed(user, Petition.ledger().action("view")):
        return JsonResponse({"code": "not_permitted", "detail": "您的角色无权查看信访事项。"}, status=403)
    g = request.GET
    try:
        on = dt.date.fromisoformat(g.get("received_on") or "") if g.get("received_on") else None
    except ValueError:
        on = None
    exclude = g.get("exclude")
    found = selectors.repeat_candidates(
        user=user, petitioner_name=g.get("petitioner_name", ""), id_number=g.get("petitioner_id_number", ""),
        phone=g.get("petitioner_phone", ""), matter=g.get("matter", ""), on=on,
        exclude_pk=int(exclude) if exclude and exclude.isdigit() else None,
    )
    window = get_setting("petitions.repeat_window_days")
    if wants_json:
        return JsonResponse({"window_days": window, "count": len(found), "candidates": [
            {"id": c.petition.pk, "reference_no": c.petition.reference_no, "received_on": c.petition.received_on.isoformat(),
             "channel": c.petition.get_channel_display(), "petitioner_name": c.petition.petitioner_name,
             "state": c.petition.get_state_display(), "reasons": c.reasons, "similarity": c.similarity}
            for c in found]})
    return render(request, "petitions/_repeat_hint.html", {"candidates": found, "checked": True, "window": window})


@register_widget(order=50)
def petitions_widget(request):
    user = request.user
    if not permissions.allowed(user, Petition.ledger().action("view")):
        return None
    qs = Petition.objects.restrict(user).live()
    handling = qs.filter(state="accepted").count()
    awaiting = qs.filter(state="registered").count()
    no_follow_up = qs.filter(state="closed", satisfaction="").count()
    unsolved = qs.filter(state="closed", result="unsolved").count()
    if not (handling or awaiting or no_follow_up or unsolved):
        return None
    return {"title": "信访事项", "template": "petitions/_widget.html", "handling": handling, "awaiting": awaiting,
            "no_follow_up": no_follow_up, "unsolved": unsolved}

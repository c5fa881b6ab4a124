"""Reads that serve a user: always from the scoped queryset; out of scope is 404, like missing."""

from __future__ import annotations

from django.http import Http404

from . import permissions
from .ledgers import Ledger


def record_list(*, ledger: Ledger, user, params=None):
    from .filtersets import filterset_for

    permissions.require(user, ledger.action("view"))
    qs = ledger.model.objects.restrict(user, "view").select_related("unit").order_by(*ledger.ordering)
    fs = filterset_for(ledger)(params or {}, queryset=qs, user=user)
    return fs


def record_get(*, ledger: Ledger, user, pk, action: str = "view"):
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404("未找到该记录。") from None
    obj = ledger.model.objects.restrict(user, "view").filter(pk=pk).select_related("unit").first()
    if obj is None:
        raise Http404("未找到该记录。")
    permissions.require(user, ledger.action(action))
    return obj

"""补录: past requests and 主动公开 items in bulk (history, timeline, clocks; see petitions/bulk.py)."""

from __future__ import annotations

from fazhi.core import permissions
from fazhi.petitions.backfill import check_scope
from fazhi.petitions.bulk import Clock, Planned, bulk_register

from .choices import ItemState, State
from .models import DisclosureRequest, ProactiveItem
from .services import receipt_date


def request_backfill(*, user, unit, rows: list[dict]) -> list[DisclosureRequest]:
    """Each row: the form fields plus replied_on, reply_type, extended_on, fee, followup fields."""
    permissions.require(user, DisclosureRequest.ledger().action("import"))
    check_scope(user, unit)
    planned = []
    for r in rows:
        obj = DisclosureRequest(unit=unit, state=State.REPLIED if r.get("replied_on") else State.RECEIVED, **r)
        obj.received_on = receipt_date(obj.channel, obj.arrived_on, obj.confirmed_on)
        steps = []
        if obj.extended_on:
            steps.append(("extend", "延长答复期限", State.RECEIVED, State.RECEIVED, {}))
        if obj.replied_on:
            steps.append(("reply", "答复", State.RECEIVED, State.REPLIED, {"reply_type": obj.reply_type}))
        planned.append(Planned(obj, steps, [Clock("disclosure.reply", obj.received_on, closed_on=obj.replied_on,
                                                  extension=bool(obj.extended_on))]))
    return bulk_register(model=DisclosureRequest, planned=planned, user=user, reason="补录依申请公开")


def item_backfill(*, user, unit, rows: list[dict]) -> list[ProactiveItem]:
    permissions.require(user, ProactiveItem.ledger().action("import"))
    check_scope(user, unit)
    planned = []
    for r in rows:
        obj = ProactiveItem(unit=unit, state=ItemState.PUBLISHED if r.get("published_on") else ItemState.FORMED, **r)
        steps = [("publish", "公开", ItemState.FORMED, ItemState.PUBLISHED, {})] if obj.published_on else []
        planned.append(Planned(obj, steps, [Clock("disclosure.proactive", obj.formed_on, closed_on=obj.published_on)]))
    return bulk_register(model=ProactiveItem, planned=planned, user=user, reason="补录主动公开事项")

"""Helpers for the demo loaders of leadership, publicity, lists and oversight.

Records are created through ``record_create`` and ``perform`` as the demo clerk of the unit (the
system administrator where the seed unit has no clerk among the demo users), so that figures
computed from them are the ones a clerk's entries would give.
"""

from __future__ import annotations

import datetime as dt

from fazhi.core.services import record_create
from fazhi.core.workflow import perform

OPERATORS = {
    "大湾镇": "dawan_operator", "龙河镇": "longhe_operator", "古楼镇": "gulou_operator", "遂城镇": "suicheng_operator",
    "武隆区": "wulong_operator", "白马镇": "baima_operator", "渝北区": "yubei_operator",
}
WULONG_TOWNSHIPS = ["凤山街道", "芙蓉街道", "仙女山街道", "白马镇", "江口镇", "火炉镇", "羊角镇", "双河镇"]


def clerk(ctx, unit_short: str):
    """The demo clerk of a unit; a village's records are kept by its township's clerk."""
    township = unit_short.split("示例村")[0]
    return ctx.user(OPERATORS.get(township, "admin"))


def make(ctx, model, unit_short: str, data: dict, *, user=None):
    """Create one record of ``model`` in the unit named ``unit_short`` through its ledger's create service."""
    ledger = model.ledger()
    create = ledger.create or record_create
    return create(ledger=ledger, user=user or clerk(ctx, unit_short), data=data, unit=ctx.unit(unit_short))


def act(ctx, obj, name: str, data: dict, unit_short: str):
    return perform(obj=obj, name=name, user=clerk(ctx, unit_short), data=data)


def spread(total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` near-equal integers that add up exactly."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def day(year: int, i: int, span: int = 360) -> dt.date:
    """The i-th demo date of a year, spread over the year and never past 12-28."""
    return dt.date(year, 1, 1) + dt.timedelta(days=(i * 37) % min(span, 361))

"""Test-only indicators over the 普法 activity ledger, and a way to record activities through the ledger service."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

from django.db.models import Q

from fazhi.core.services import record_create
from fazhi.indicators import registry
from fazhi.indicators.registry import Indicator


def activity_model():
    from django.apps import apps

    return apps.get_model("publicity", "Activity")


def _choice(field: str, index: int = 0) -> str:
    values = [v for v, _ in activity_model()._meta.get_field(field).choices if v]
    return values[index]


def add_activity(user, *, on=dt.date(2024, 5, 1), attendance=10, consultations=0, campaign=False, unit=None, title="普法宣传"):
    """One 普法 activity created the way a clerk creates it (form-validated ledger service)."""
    data = {"held_on": on, "title": title, "venue_type": _choice("venue_type"), "audience": _choice("audience"),
            "attendance": attendance, "consultations": consultations}
    if campaign:
        data["campaign"] = _choice("campaign")
    Activity = activity_model()
    for name in ("method",):
        field = Activity._meta.get_field(name) if any(f.name == name for f in Activity._meta.fields) else None
        if field is not None and not field.has_default():
            data[name] = _choice(name)
    return record_create(ledger=Activity.ledger(), user=user, data=data, unit=unit)


def test_indicators() -> list[Indicator]:
    Activity = activity_model()
    return [
        Indicator(key="tst.activities", name="开展测试活动", unit="场", model=Activity, date_field="held_on",
                  section="A.publicity", phrase="开展测试活动{value}场", headline=True),
        Indicator(key="tst.attendance", name="测试活动参与", unit="人次", model=Activity, date_field="held_on",
                  kind="sum", sum_field="attendance", rounding=0, section="A.publicity", headline=True),
        Indicator(key="tst.campaign_rate", name="宣传日活动占比", unit="%", model=Activity, date_field="held_on",
                  kind="rate", numerator=~Q(campaign=""), section="A.publicity", target=50,
                  convention="宣传日活动 ÷ 全部活动", headline=True),
        Indicator(key="tst.consult_ratio", name="现场咨询比例", unit="%", model=Activity, date_field="held_on",
                  kind="ratio", numerator_sum="consultations", denominator_sum="attendance", section="B.test"),
    ]


@contextmanager
def only_indicators(indicators):
    """Replace the registry's content for the duration of a test (restored afterwards)."""
    saved = dict(registry.INDICATORS)
    registry.INDICATORS.clear()
    for ind in indicators:
        registry.INDICATORS[ind.key] = ind
    try:
        yield {i.key: i for i in indicators}
    finally:
        registry.INDICATORS.clear()
        registry.INDICATORS.update(saved)

"""Figures computed from the 普法 ledger (issue 6: totals from parts, never stored)."""

from django.db.models import Q

from fazhi.indicators.registry import Indicator, declare

from .models import Activity

declare(Indicator(
    key="publicity.activities", name="开展普法活动", unit="场", model=Activity, date_field="held_on",
    kind="count", section="A.publicity",
))
declare(Indicator(
    key="publicity.attendance", name="普法活动参与", unit="人次", model=Activity, date_field="held_on",
    kind="sum", sum_field="attendance", rounding=0, section="A.publicity",
))
declare(Indicator(
    key="publicity.constitution_day_activities", name="国家宪法日宣传活动", unit="场", model=Activity,
    date_field="held_on", base=Q(campaign="12.4"), kind="count", section="A.publicity",
))

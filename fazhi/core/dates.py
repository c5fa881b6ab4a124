"""Date-order gates shared by the procedural apps: a step cannot be dated in the future, nor before the
step it follows. Each refusal names the two dates, in Chinese."""

from __future__ import annotations

import datetime as dt

from .errors import GateRefused, InvalidInput

MSG_FUTURE = "{label}不能晚于今天。"
MSG_BEFORE = "{label}不能早于{floor_label}（{floor}）。"


def date_not_future(value: dt.date, label: str) -> None:
    from fazhi.deadlines.services import today

    if value > today():
        raise InvalidInput(MSG_FUTURE.format(label=label))


def date_not_before(value: dt.date, floor: dt.date | None, label: str, floor_label: str) -> None:
    if floor is not None and value < floor:
        raise GateRefused("date_order", MSG_BEFORE.format(label=label, floor_label=floor_label, floor=floor))

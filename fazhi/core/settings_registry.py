"""Local and UNCONFIRMED statutory values: declared once with a default, stored when changed.

statutes.md marks some values UNCONFIRMED; DEVELOPERS.md says those become settings with the
stated default and the UI says so. ``declare_setting`` is the only place such a default lives.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    default: object
    unconfirmed: bool = False
    note: str = ""
    source: str = ""


SETTINGS: dict[str, SettingSpec] = {}


def declare_setting(key: str, label: str, default, *, unconfirmed: bool = False, note: str = "", source: str = "") -> SettingSpec:
    spec = SettingSpec(key, label, default, unconfirmed, note, source)
    SETTINGS[key] = spec
    return spec


def get_setting(key: str):
    from .models import SystemSetting

    spec = SETTINGS[key]
    row = SystemSetting.objects.filter(key=key).first()
    return spec.default if row is None else row.value


def set_setting(key: str, value, note: str = "") -> None:
    from .models import SystemSetting

    if key not in SETTINGS:
        raise KeyError(key)
    SystemSetting.objects.update_or_create(key=key, defaults={"value": value, "note": note})


declare_setting(
    "calendar.makeup_counts_as_workday", "调休上班日计为工作日", True, unconfirmed=True,
    note="未找到法律条文明确调休补班的周六/周日是否计入“工作日”；chinesecalendar 与通常做法按工作日计算。",
    source="statutes.md §0.2",
)
declare_setting(
    "calendar.roll_forward_natural_days", "以“日”计算的期限末日遇休息日顺延（信访、政府信息公开）", False, unconfirmed=True,
    note="民事诉讼法第85条的顺延规则是否适用于信访、政府信息公开的自然日期限未找到依据，默认不顺延。",
    source="statutes.md §0.2",
)
declare_setting("reminders.due_soon_working_days", "到期提醒提前工作日数", 3, source="issue 2 item 8")

"""从 chinesecalendar 包读取国务院放假调休安排，作为节假日表的初始数据。

chinesecalendar 1.11.0 收录 2004–2026 年（statutes.md §13）；更晚的年份调用时抛出
NotImplementedError，这里跳过并报告实际覆盖的年份，之后的年份由管理员按国务院办公厅
每年 11 月前后发布的通知录入。
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from .calendar import WorkCalendar

__all__ = ["HOLIDAY_NAMES", "SeedResult", "entries_from_chinesecalendar", "calendar_from_chinesecalendar"]

# chinese_calendar keys its tables by English names; a clerk reads Chinese. The
# package's own Holiday.chinese is used when present, these fill the gaps and fix
# the short forms ("清明" → "清明节") so explanations read "清明节放假".
HOLIDAY_NAMES: dict[str, str] = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


class SeedResult(list):
    """list[(date, kind, name)] that also says which years the package covered."""

    covered_years: list[int]
    missing_years: list[int]


def _chinese_name(value: object) -> str:
    english = getattr(value, "value", value)
    if english in HOLIDAY_NAMES:
        return HOLIDAY_NAMES[english]  # type: ignore[index]
    return str(getattr(value, "chinese", english))


def _year_covered(cc: object, year: int) -> bool:
    try:
        cc.is_workday(date(year, 1, 1))  # type: ignore[attr-defined]
        cc.is_workday(date(year, 12, 31))  # type: ignore[attr-defined]
    except NotImplementedError:
        return False
    return True


def entries_from_chinesecalendar(years: Iterable[int]) -> SeedResult:
    """每个年份的放假日（含周末的放假日）与调休上班日：[(date, kind, name)]。

    kind 为 "holiday" 或 "makeup_workday"。放假日即使落在周末也保存，以便说明
    写出"春节放假"而不是"周末"。包中没有数据的年份被跳过，见 result.missing_years。
    """
    import chinese_calendar as cc  # imported here: calendar.py must work without it

    result = SeedResult()
    result.covered_years, result.missing_years = [], []
    for year in sorted(set(years)):
        if not _year_covered(cc, year):
            result.missing_years.append(year)
            continue
        result.covered_years.append(year)
        d = date(year, 1, 1)
        while d.year == year:
            on_holiday, holiday = cc.get_holiday_detail(d)
            if holiday is not None:
                # A named day that is not a holiday is a 调休 make-up working day.
                kind = "holiday" if on_holiday else "makeup_workday"
                result.append((d, kind, _chinese_name(holiday)))
            d += timedelta(days=1)
    return result


def calendar_from_chinesecalendar(
    years: Iterable[int], *, makeup_counts_as_workday: bool = True
) -> WorkCalendar:
    """测试与命令行用：直接由 chinesecalendar 构造 WorkCalendar（只把包覆盖的年份视为已排定）。"""
    entries = entries_from_chinesecalendar(years)
    return WorkCalendar.from_entries(
        entries, entries.covered_years, makeup_counts_as_workday=makeup_counts_as_workday
    )

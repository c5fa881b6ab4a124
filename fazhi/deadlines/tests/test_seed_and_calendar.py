"""The seed matches the published schedules; WorkCalendar itself behaves as documented."""

import json
import subprocess
import sys
from datetime import date

import pytest

from fazhi.deadlines.calendar import (
    WorkCalendar,
    add_natural_days,
    add_working_days,
    natural_days_before,
    working_days_before,
)
from fazhi.deadlines.holiday_seed import entries_from_chinesecalendar


def test_seed_matches_published_2025_and_2026_schedules():
    # given the package data for 2025–2027
    entries = entries_from_chinesecalendar([2025, 2026, 2027])
    rows = {(d, kind): name for d, kind, name in entries}
    # then 2025 春节 is 01-28..02-04 with 01-26 and 02-08 worked
    for day in range(28, 32):
        assert rows[(date(2025, 1, day), "holiday")] == "春节"
    for day in range(1, 5):
        assert rows[(date(2025, 2, day), "holiday")] == "春节"
    assert rows[(date(2025, 1, 26), "makeup_workday")] == "春节"
    assert rows[(date(2025, 2, 8), "makeup_workday")] == "春节"
    # and 2025 国庆+中秋 is 10-01..10-08 with 09-28 and 10-11 worked
    assert all((date(2025, 10, d), "holiday") in rows for d in range(1, 9))
    assert rows[(date(2025, 9, 28), "makeup_workday")] == "国庆节"
    assert rows[(date(2025, 10, 11), "makeup_workday")] == "国庆节"
    # and 2026 make-up days are exactly 01-04, 02-14, 02-28, 05-09, 09-20, 10-10
    makeup_2026 = sorted(d for d, kind, _ in entries if kind == "makeup_workday" and d.year == 2026)
    assert makeup_2026 == [
        date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28),
        date(2026, 5, 9), date(2026, 9, 20), date(2026, 10, 10),
    ]  # fmt: skip
    # and 2027 is not in the package (NotImplementedError) and is reported, not raised
    assert entries.covered_years == [2025, 2026]
    assert entries.missing_years == [2027]


def test_seed_keeps_holidays_that_fall_on_weekends():
    # given 2025-02-01 is a Saturday inside 春节
    rows = {(d, k): n for d, k, n in entries_from_chinesecalendar([2025])}
    # then it is stored with its name, so the explanation says 春节放假 rather than 周末
    assert rows[(date(2025, 2, 1), "holiday")] == "春节"


def test_rest_reasons_and_provisional_years(cal):
    assert cal.rest_reason(date(2025, 1, 29)) == "春节放假"
    assert cal.rest_reason(date(2025, 3, 1)) == "周末"
    assert cal.rest_reason(date(2025, 1, 26)) is None  # 调休 Sunday works
    assert cal.is_workday(date(2025, 2, 8))
    assert not cal.is_provisional(date(2026, 12, 31))
    assert cal.is_provisional(date(2027, 1, 1))
    # 2027-01-01 (a Friday) is 元旦 in any schedule, but without one it counts for now
    assert cal.is_workday(date(2027, 1, 1))


def test_entries_for_an_unscheduled_year_are_ignored_until_the_year_is_scheduled():
    # given an admin half-way through typing 2027: one holiday entered, year not marked scheduled
    half = WorkCalendar({date(2027, 2, 8): "春节"}, {}, frozenset({2026}))
    # then the partial entry does not apply (weekends only) …
    assert half.is_workday(date(2027, 2, 8))
    # … and it does once the year is scheduled
    done = WorkCalendar({date(2027, 2, 8): "春节"}, {}, frozenset({2026, 2027}))
    assert done.rest_reason(date(2027, 2, 8)) == "春节放假"


def test_a_day_cannot_be_both_holiday_and_makeup():
    with pytest.raises(ValueError, match="同时被登记为放假日和调休上班日"):
        WorkCalendar({date(2025, 1, 26): "春节"}, {date(2025, 1, 26): "春节"}, frozenset({2025}))


def test_from_entries_rejects_unknown_kind():
    with pytest.raises(ValueError, match="未知的节假日类型"):
        WorkCalendar.from_entries([(date(2025, 1, 1), "rest", "元旦")], [2025])


def test_zero_days_returns_the_start(cal):
    assert add_working_days(cal, date(2025, 1, 29), 0).due == date(2025, 1, 29)
    assert add_natural_days(cal, date(2025, 1, 29), 0, roll_forward=True).due == date(2025, 1, 29)
    assert working_days_before(cal, date(2025, 1, 29), 0).due == date(2025, 1, 29)


@pytest.mark.parametrize(
    "fn", [add_working_days, add_natural_days, working_days_before, natural_days_before]
)
def test_negative_days_are_refused_in_chinese(cal, fn):
    with pytest.raises(ValueError, match="期限天数不能为负数"):
        fn(cal, date(2025, 1, 1), -1)


def test_reversed_excluded_period_is_refused(cal):
    with pytest.raises(ValueError, match="早于开始日"):
        add_working_days(cal, date(2025, 1, 1), 5, excluded=[(date(2025, 1, 9), date(2025, 1, 3), "补正")])


def test_as_dict_is_json_serialisable(cal):
    comp = add_working_days(
        cal, date(2025, 9, 15), 20, excluded=[(date(2025, 9, 22), date(2025, 9, 30), "中止")]
    )
    data = json.loads(json.dumps(comp.as_dict(), ensure_ascii=False))
    assert data["due"] == comp.due.isoformat()
    assert data["excluded"] == [["2025-09-22", "2025-09-30", "中止"]]
    # 09-28 (调休 Sunday) lies inside the stopped period, so only 10-11 is a counted make-up day
    assert data["makeup_counted"] == ["2025-10-11"]


def test_pure_layer_imports_neither_django_nor_chinese_calendar():
    # calendar.py and rules.py must run where Django is not configured (CLI, workers, tests)
    code = (
        "import sys, fazhi.deadlines.calendar, fazhi.deadlines.rules\n"
        "bad = [m for m in ('django', 'chinese_calendar') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

import pytest

from fazhi.deadlines.holiday_seed import calendar_from_chinesecalendar
from fazhi.deadlines.rules import load_rules

# 2024–2026 come from chinesecalendar 1.11.0; 2027 is deliberately unscheduled so that
# deadlines reaching into it are computed provisionally (weekends only).
YEARS = (2024, 2025, 2026, 2027)


@pytest.fixture(scope="session")
def cal():
    return calendar_from_chinesecalendar(YEARS)


@pytest.fixture(scope="session")
def cal_makeup_off():
    return calendar_from_chinesecalendar(YEARS, makeup_counts_as_workday=False)


@pytest.fixture(scope="session")
def rules():
    return load_rules()

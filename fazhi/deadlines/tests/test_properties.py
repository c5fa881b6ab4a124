"""Properties of the clock that must hold for every start date and count (hypothesis)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fazhi.deadlines.calendar import (
    add_natural_days,
    add_working_days,
    natural_days_before,
    working_days_before,
)
from fazhi.deadlines.holiday_seed import calendar_from_chinesecalendar

# Module-level: hypothesis re-runs the body many times and a fixture would be rebuilt per
# example under some plugins; the calendar is immutable so sharing it is safe.
CAL = calendar_from_chinesecalendar([2024, 2025, 2026, 2027])
CAL_OFF = calendar_from_chinesecalendar([2024, 2025, 2026, 2027], makeup_counts_as_workday=False)

days = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
counts = st.integers(min_value=0, max_value=60)
fast = settings(max_examples=150, deadline=None)


def periods():
    return st.tuples(days, st.integers(min_value=0, max_value=40), st.sampled_from(["补正", "中止"])).map(
        lambda t: (t[0], t[0] + timedelta(days=t[1]), t[2])
    )


@fast
@given(days, counts, counts)
def test_n_then_m_working_days_equals_n_plus_m(d, n, m):
    # given a working day d (the identity holds from any day, but this is the statement in the issue)
    while not CAL.is_workday(d):
        d += timedelta(days=1)
    # when n then m working days are added, or n + m at once
    stepwise = add_working_days(CAL, add_working_days(CAL, d, n).due, m).due
    # then both land on the same day
    assert stepwise == add_working_days(CAL, d, n + m).due


@fast
@given(days, st.integers(min_value=1, max_value=60), st.booleans())
def test_working_day_deadline_is_a_working_day(d, n, makeup_on):
    cal = CAL if makeup_on else CAL_OFF
    assert cal.is_workday(add_working_days(cal, d, n).due)


@fast
@given(days, counts)
def test_due_is_never_before_start_plus_n_days(d, n):
    assert add_working_days(CAL, d, n).due >= d + timedelta(days=n)
    assert add_natural_days(CAL, d, n, roll_forward=True).due >= d + timedelta(days=n)
    assert add_natural_days(CAL, d, n).due == d + timedelta(days=n)


@fast
@given(days, st.integers(min_value=1, max_value=60))
def test_roll_forward_lands_on_a_working_day_and_never_earlier(d, n):
    rolled = add_natural_days(CAL, d, n, roll_forward=True)
    assert CAL.is_workday(rolled.due)
    assert rolled.due >= add_natural_days(CAL, d, n).due


@fast
@given(days, counts, st.lists(periods(), max_size=3))
def test_excluded_periods_never_shorten_a_clock(d, n, excluded):
    assert add_working_days(CAL, d, n, excluded=excluded).due >= add_working_days(CAL, d, n).due
    assert add_natural_days(CAL, d, n, excluded=excluded).due >= add_natural_days(CAL, d, n).due
    plain = add_natural_days(CAL, d, n, roll_forward=True).due
    assert add_natural_days(CAL, d, n, roll_forward=True, excluded=excluded).due >= plain


@fast
@given(days, counts, counts)
def test_monotonic_in_n(d, a, b):
    lo, hi = sorted((a, b))
    assert add_working_days(CAL, d, lo).due <= add_working_days(CAL, d, hi).due
    assert add_natural_days(CAL, d, lo, roll_forward=True).due <= add_natural_days(
        CAL, d, hi, roll_forward=True
    ).due


@fast
@given(days, counts)
def test_makeup_setting_off_never_gives_an_earlier_deadline(d, n):
    assert add_working_days(CAL_OFF, d, n).due >= add_working_days(CAL, d, n).due


@fast
@given(days, st.integers(min_value=0, max_value=40))
def test_counting_back_then_forward_returns_to_a_working_anchor(d, n):
    # given a working-day anchor (e.g. a hearing date)
    while not CAL.is_workday(d):
        d += timedelta(days=1)
    # when we find the latest notice day n WD before it and count n WD forward again
    latest = working_days_before(CAL, d, n).due
    # then we are back on the anchor
    assert add_working_days(CAL, latest, n).due == d
    assert natural_days_before(CAL, d, n).due == d - timedelta(days=n)

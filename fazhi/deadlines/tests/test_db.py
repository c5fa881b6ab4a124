"""The Django side of the clock: seeded table, provisional years, recompute on a new schedule, reminders."""

import datetime as dt

import pytest

from fazhi.audit.services import timeline_for
from fazhi.core.settings_registry import set_setting
from fazhi.core.tests.test_scoping import _activity
from fazhi.deadlines.models import Deadline, HolidayYear, ReminderRun, RuleValue
from fazhi.deadlines.selectors import deadline_list_due
from fazhi.deadlines.services import (
    deadline_add_exclusion, deadline_close, deadline_compute, deadline_extend, deadline_open,
    holiday_schedule_set, reminders_scan,
)

pytestmark = pytest.mark.django_db


def test_the_migration_seeds_the_years_chinesecalendar_knows():
    years = set(HolidayYear.objects.values_list("year", flat=True))
    assert {2020, 2024, 2025, 2026} <= years and 2027 not in years
    # 2025 国庆: 10-11 (Sat) is a make-up working day, 10-08 (Wed) is off
    comp = deadline_compute("disclosure.reply", dt.date(2025, 9, 26))
    assert comp.due == dt.date(2025, 10, 30) and not comp.provisional


def test_a_2027_deadline_is_provisional_until_the_schedule_is_entered_then_recomputed(tree):
    # given a 20-WD clock started on 2026-12-21 that runs into 2027, which has no schedule yet
    a = _activity(tree.yi_operator)
    d = deadline_open(obj=a, rule_id="disclosure.reply", start=dt.date(2026, 12, 21))
    assert d.provisional and any("2027" in line for line in d.lines)
    # weekends only: 12-22..12-31 (8 WD, 2026 has 元旦 2027-01-01 unknown) … due 2027-01-18
    provisional_due = d.due_date
    # when the 2027 schedule (元旦 01-01 off, plus an invented-for-test extra day off) is entered
    changed = holiday_schedule_set(year=2027, source="测试", user=tree.admin, entries=[
        (dt.date(2027, 1, 1), "holiday", "元旦"), (dt.date(2027, 1, 4), "holiday", "测试放假"),
    ])
    # then the open deadline is recomputed, no longer provisional, and the change is on its timeline
    d.refresh_from_db()
    assert d in changed and not d.provisional
    assert d.due_date == provisional_due + dt.timedelta(days=2)   # two more rest days → two working days later
    event = timeline_for(d).get(verb="recompute")
    assert event.data["old_due"] == provisional_due.isoformat() and event.actor == tree.admin


def test_close_exclusion_extension_and_local_values(tree):
    a = _activity(tree.yi_operator)
    d = deadline_open(obj=a, rule_id="petition.handle", start=dt.date(2025, 3, 3))
    assert d.due_date == dt.date(2025, 5, 2)
    # an excluded period of 10 days moves a natural-day clock by 10 days
    d = deadline_add_exclusion(obj=a, rule_id="petition.handle", start=dt.date(2025, 3, 10), end=dt.date(2025, 3, 19), reason="鉴定")
    assert d.due_date == dt.date(2025, 5, 12)
    d = deadline_extend(obj=a, rule_id="petition.handle", extension_rule_id="petition.handle_extension")
    assert d.due_date == dt.date(2025, 6, 11)
    d = deadline_close(obj=a, rule_id="petition.handle", on=dt.date(2025, 6, 11))
    assert d.status == "met"
    # a local value changes a local_setting rule's count (normative.filing default 30 d)
    RuleValue.objects.create(rule_id="normative.filing", count=15, note="本省规定")
    assert deadline_compute("normative.filing", dt.date(2025, 3, 3)).due == dt.date(2025, 3, 18)


def test_makeup_day_setting_is_honoured():
    # 2025-09-28 (Sun) is a 国庆 make-up working day; turning the UNCONFIRMED setting off skips it
    on = deadline_compute("disclosure.correction_notice", dt.date(2025, 9, 26)).due
    set_setting("calendar.makeup_counts_as_workday", False)
    off = deadline_compute("disclosure.correction_notice", dt.date(2025, 9, 26)).due
    assert off > on


def test_reminders_and_home_page_list_due_and_overdue_in_scope(tree, client_for):
    # given one overdue clock in 一镇, one due in 2 working days in 一镇, one far away, and one in 二镇
    today = dt.date(2025, 6, 16)  # a Monday
    mine = [_activity(tree.yi_operator, title=f"记录{i}") for i in range(3)]
    other = _activity(tree.er_operator, title="二镇记录")
    Deadline.objects.all().delete()
    for obj, start in ((mine[0], dt.date(2025, 6, 1)), (mine[1], dt.date(2025, 6, 12)), (mine[2], dt.date(2025, 6, 1)), (other, dt.date(2025, 6, 1))):
        deadline_open(obj=obj, rule_id="enforcement.withdraw_publication" if obj is not mine[2] else "penalty.case", start=start)
    # when the daily job runs
    runs = {r.unit_id: r for r in reminders_scan(today)}
    # then per unit: 一镇 has one overdue and one due soon; 二镇 one overdue
    assert (runs[tree.yi.pk].overdue, runs[tree.yi.pk].due_soon) == (1, 1)
    assert runs[tree.er.pk].overdue == 1
    assert ReminderRun.objects.count() == 2
    overdue, soon = deadline_list_due(tree.yi_operator, on=today)
    assert overdue.count() == 1 and soon.count() == 1
    # and the home page of 一镇 lists exactly its own two items
    page = client_for(tree.yi_operator).get("/").content.decode()
    assert "二镇记录" not in page
    # the district inspector sees the subtree's items
    overdue, soon = deadline_list_due(tree.jia_inspector, on=today)
    assert overdue.count() == 2


def test_the_huey_task_runs_the_scan(tree):
    from fazhi.deadlines.tasks import daily_reminders

    a = _activity(tree.yi_operator)
    deadline_open(obj=a, rule_id="enforcement.withdraw_publication", start=dt.date(2020, 1, 2))
    result = daily_reminders.call_local()
    assert result >= 1 and ReminderRun.objects.filter(unit=tree.yi).exists()


def test_a_province_sets_its_own_report_submission_date(tree, client_for):
    # the national default: before 03-01 of the next year
    assert deadline_compute("annual_report.submit", dt.date(2024, 6, 30)).due == dt.date(2025, 2, 28)
    # a province that requires its reports before 02-20 enters that in the admin
    client = client_for(tree.admin)
    r = client.post("/admin/deadlines/rulevalue/add/", {"rule_id": "annual_report.submit", "fixed_date": "2-20", "note": "省规定"})
    assert r.status_code == 200 and "月-日" in r.content.decode()
    r = client.post("/admin/deadlines/rulevalue/add/", {"rule_id": "annual_report.submit", "fixed_date": "02-20", "note": "省规定"})
    assert r.status_code == 302
    assert deadline_compute("annual_report.submit", dt.date(2024, 6, 30)).due == dt.date(2025, 2, 19)
    # a day-count rule still needs a count, and the national publication date is untouched
    r = client.post("/admin/deadlines/rulevalue/add/", {"rule_id": "normative.filing", "note": "x"})
    assert r.status_code == 200 and "期限数值" in r.content.decode()
    assert deadline_compute("annual_report.publish", dt.date(2024, 6, 30)).due == dt.date(2025, 3, 31)
    assert "2月20日之前" in client_for(tree.yi_operator).get("/rules/").content.decode()

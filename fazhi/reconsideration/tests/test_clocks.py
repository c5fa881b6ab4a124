"""行政复议 clocks around 春节, 国庆 and 调休 (2025 schedule from chinesecalendar)."""

import datetime as dt

import pytest

from fazhi.deadlines.services import deadline_get

pytestmark = pytest.mark.django_db


def test_acceptance_review_received_before_spring_festival(case):
    # given an application received Fri 2025-01-24
    c = case(received_on="2025-01-24")
    # then 5 个工作日: 01-26 Sun 调休(1) 27(2) | 01-28..02-04 off | 02-05(3) 06(4) 07(5)
    assert deadline_get(obj=c, rule_id="reconsideration.accept").due_date == dt.date(2025, 2, 7)


def test_decision_clock_rolls_past_national_day_and_extends(case, go, tree):
    # given a case accepted Tue 2025-08-05
    c = case(received_on="2025-08-04")
    go(c, "accept", accepted_on="2025-08-05")
    # then 60 日 end Sat 10-04, inside 国庆; the period follows 民诉法第八十五条 and rolls to Thu 10-09
    assert deadline_get(obj=c, rule_id="reconsideration.decide").due_date == dt.date(2025, 10, 9)
    # and the copy to the respondent is due in 7 个工作日: 08-06..08 (3) 11..14 (7) → 08-14
    assert deadline_get(obj=c, rule_id="reconsideration.copy_to_respondent").due_date == dt.date(2025, 8, 14)
    # when the head of the 复议机构 extends it
    from fazhi.org.services import user_create

    head = user_create(username="jia_leader", password="pw-123456", unit=tree.district, roles=["leader"], full_name="甲区负责人")
    go(c, "extend", user=head, approved_on="2025-10-01", reason="案情复杂")
    # then +30 日 from 10-09 = 11-08 (Sat) → rolls to Mon 11-10
    assert deadline_get(obj=c, rule_id="reconsideration.decide").due_date == dt.date(2025, 11, 10)


def test_suspension_is_excluded_from_the_decision_clock(case, go):
    # given a case accepted Mon 2025-03-03 (60 日 → 05-02, a 劳动节 holiday → rolls to Tue 05-06)
    c = case(received_on="2025-03-03")
    go(c, "accept", accepted_on="2025-03-03")
    assert deadline_get(obj=c, rule_id="reconsideration.decide").due_date == dt.date(2025, 5, 6)
    # when it is suspended 03-10 and resumed 03-20 (10 days excluded: 03-10..03-19)
    go(c, "suspend", suspended_on="2025-03-10", reason="等待有权机关解释")
    go(c, "resume", resumed_on="2025-03-20")
    # then the clock moves by 10 days: 05-02 + 10 = 05-12 (Mon)
    d = deadline_get(obj=c, rule_id="reconsideration.decide")
    assert d.due_date == dt.date(2025, 5, 12)
    assert d.excluded[0][:2] == ["2025-03-10", "2025-03-19"]


def test_simplified_decision_and_switch_to_ordinary(case, go, tree):
    # given a simplified 信息公开 case accepted Mon 2025-09-15
    c = case(received_on="2025-09-15", procedure="simplified", act_kind="disclosure")
    go(c, "accept", accepted_on="2025-09-15")
    # then 30 日 → 10-15 and the copy is due in 3 个工作日 (09-16..18)
    assert deadline_get(obj=c, rule_id="reconsideration.decide_simplified").due_date == dt.date(2025, 10, 15)
    assert deadline_get(obj=c, rule_id="reconsideration.copy_simplified").due_date == dt.date(2025, 9, 18)
    # when switched to the ordinary procedure
    from fazhi.org.services import user_create

    head = user_create(username="jia_leader", password="pw-123456", unit=tree.district, roles=["leader"], full_name="甲区负责人")
    go(c, "to_ordinary", user=head, approved_on="2025-09-20")
    # then 60 日 from acceptance: 11-14 (Fri)
    assert deadline_get(obj=c, rule_id="reconsideration.decide").due_date == dt.date(2025, 11, 14)
    assert deadline_get(obj=c, rule_id="reconsideration.decide_simplified") is None


def test_respondent_answer_clock_across_national_day(case, tree):
    # given 一镇 receives the application copy on Fri 2025-09-26
    c = case(user=tree.yi_operator, role="respondent", received_on="2025-09-26")
    # then 10 个工作日: 09-28 Sun 调休(1) 29(2) 30(3) | off | 10-09(4) 10(5) 11 Sat 调休(6) | 13(7) 14(8) 15(9) 16(10)
    assert deadline_get(obj=c, rule_id="reconsideration.answer").due_date == dt.date(2025, 10, 16)

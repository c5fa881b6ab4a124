"""Each 信访 rate equals a hand count on a small fixture."""

import datetime as dt

import pytest

from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

pytestmark = pytest.mark.django_db


def _flow(register, tree, *, received, accepted, replied=None, result="solved", satisfaction=None, extend=False):
    p = register(received_on=received)
    perform(obj=p, name="accept", user=tree.yi_operator, data={"accepted_on": accepted.isoformat(), "notice_on": accepted.isoformat()})
    if extend:
        perform(obj=p, name="extend", user=tree.yi_leader, data={"approved_on": accepted.isoformat(), "reason": "复杂"})
    if replied:
        perform(obj=p, name="reply", user=tree.yi_operator, data={"replied_on": replied.isoformat(), "opinion": "support", "result": result})
        if satisfaction:
            perform(obj=p, name="follow_up", user=tree.yi_operator, data={"follow_up_on": replied.isoformat(), "satisfaction": satisfaction})
    return p


def test_rates_equal_hand_counts(register, tree):
    d = dt.date
    # given six petitions of 2024 in 一镇:
    #   A on time, satisfied; B on time (after extension, day 80), basic; C late (day 70, not extended), dissatisfied, unsolved;
    #   D on time, unreachable; E still handling; F rejected (not accepted)
    _flow(register, tree, received=d(2024, 1, 2), accepted=d(2024, 1, 3), replied=d(2024, 2, 1), satisfaction="satisfied")
    _flow(register, tree, received=d(2024, 2, 1), accepted=d(2024, 2, 2), replied=d(2024, 4, 22), extend=True, satisfaction="basic")
    _flow(register, tree, received=d(2024, 3, 1), accepted=d(2024, 3, 1), replied=d(2024, 5, 10), result="unsolved", satisfaction="dissatisfied")
    _flow(register, tree, received=d(2024, 4, 1), accepted=d(2024, 4, 1), replied=d(2024, 4, 20), satisfaction="unreachable")
    _flow(register, tree, received=d(2024, 11, 1), accepted=d(2024, 11, 2))
    f = register(received_on=d(2024, 6, 1))
    perform(obj=f, name="reject", user=tree.yi_operator, data={"notice_on": "2024-06-05", "reason": "重复向上级信访"})
    units = Unit.objects.filter(pk=tree.yi.pk)
    # then 办结率 = 4 closed ÷ 5 accepted = 80.0
    v = compute("petitions.closure_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (4, 5, 80.0)
    # 按期办结率 = 3 on time (A, B, D) ÷ 4 closed = 75.0
    v = compute("petitions.on_time_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (3, 4, 75.0)
    # 满意率 = (满意 1 + 基本满意 1) ÷ 3 rated (无法联系 excluded) = 66.7
    v = compute("petitions.satisfaction_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (2, 3, 66.7)
    # 办结但未解决 = 1 (C), kept apart from satisfaction
    assert compute("petitions.closed_unsolved", units, year=2024).value == 1
    assert compute("petitions.received", units, year=2024).value == 6
    assert compute("petitions.accepted", units, year=2024).value == 5


def test_repeat_rate_and_reopening(register, tree):
    # given three petitions, one confirmed as a repeat of the first
    a = register(petitioner_phone="13800001111", received_on=dt.date(2024, 5, 6))
    register(petitioner_phone="13800001111", received_on=dt.date(2024, 5, 20), repeat_of_reference=a.reference_no)
    register(petitioner_name="赵某", matter="反映噪音扰民", received_on=dt.date(2024, 6, 1))
    units = Unit.objects.filter(pk=tree.yi.pk)
    # then 重复信访率 = 1 ÷ 3 = 33.3
    v = compute("petitions.repeat_rate", units, year=2024)
    assert (v.numerator, v.denominator, v.value) == (1, 3, 33.3)
    # when the first is closed but not solved and reopened twice
    perform(obj=a, name="accept", user=tree.yi_operator, data={"accepted_on": "2024-05-07", "notice_on": "2024-05-07"})
    for n in range(2):
        a.refresh_from_db()
        perform(obj=a, name="reply", user=tree.yi_operator, data={"replied_on": f"2024-06-0{n + 1}", "opinion": "explain", "result": "unsolved"})
        a.refresh_from_db()
        perform(obj=a, name="reopen", user=tree.yi_operator, data={"reopened_on": f"2024-06-0{n + 2}", "reason": "回访不满意"})
    # then reopening is counted: one petition, two times; while reopened it is not 办结
    assert compute("petitions.reopened", units, year=2024).value == 1
    assert compute("petitions.reopen_times", units, year=2024).value == 2
    assert compute("petitions.closed", units, year=2024).value == 0

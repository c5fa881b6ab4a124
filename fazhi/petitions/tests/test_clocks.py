"""信访 clocks around 春节, 国庆 and 调休 (holiday table seeded from chinesecalendar for 2025).

2025: 春节 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) worked; 国庆+中秋 10-01..10-08 off,
09-28 (Sun) and 10-11 (Sat) worked.
"""

import datetime as dt

import pytest

from fazhi.core.workflow import perform
from fazhi.deadlines.services import deadline_get
from fazhi.petitions.services import objection_due, petition_register
from fazhi.petitions.models import Petition

pytestmark = pytest.mark.django_db


def test_register_notice_clock_ends_inside_spring_festival_without_rolling(register):
    # given a letter received Mon 2025-01-20
    p = register(channel="letter", received_on=dt.date(2025, 1, 20))
    # when the 15-日 register clock (natural days, 条例第二十二条) is opened
    d = deadline_get(obj=p, rule_id="petition.register")
    # then 01-20 + 15 = 02-04, the last day of 春节; administrative periods do not roll forward
    assert d.due_date == dt.date(2025, 2, 4)
    assert d.status == "open"
    assert any("2025-01-20" in line for line in d.lines)


def test_handle_clock_and_its_extension_across_national_day(register, tree):
    # given a petition accepted Tue 2025-08-05
    p = register(received_on=dt.date(2025, 8, 1))
    perform(obj=p, name="accept", user=tree.yi_operator, data={"accepted_on": "2025-08-05", "notice_on": "2025-08-05"})
    # then 60 日 end on 2025-10-04, inside the 国庆 holiday, not rolled forward
    assert deadline_get(obj=p, rule_id="petition.handle").due_date == dt.date(2025, 10, 4)
    # when the leader extends it once
    perform(obj=p, name="extend", user=tree.yi_leader, data={"approved_on": "2025-09-30", "reason": "需多部门核实"})
    # then 30 日 more from the original due date: 10-04 + 30 = 11-03
    d = deadline_get(obj=p, rule_id="petition.handle")
    assert d.due_date == dt.date(2025, 11, 3)
    assert "——延长——" in d.lines


def test_objection_period_counts_the_makeup_sunday_before_national_day(register, tree, client_for):
    # given a transferred petition received Fri 2025-09-26
    p = register(channel="referred", received_on=dt.date(2025, 9, 26), referred_by="区信访办")
    # then 5 个工作日: 09-28 Sun 调休(1) 29(2) 30(3) | 10-01..08 off | 10-09(4) 10-10(5)
    assert objection_due(p) == dt.date(2025, 10, 10)
    page = client_for(tree.yi_operator).get(f"/l/petitions/petitions/{p.pk}/").content.decode()
    assert "2025-10-10" in page and 'id="objection-period"' in page
    # when the objection is raised on the last day, it is accepted
    perform(obj=p, name="objection", user=tree.yi_operator, data={"objection_on": "2025-10-10", "reason": "属区自然资源局职权"})
    assert Petition.objects.get(pk=p.pk).state == "objected"
    # and the 15-日 notice clock no longer runs for this unit
    assert deadline_get(obj=p, rule_id="petition.register") is None


def test_objection_period_without_makeup_days_when_setting_is_off(register):
    # given the UNCONFIRMED setting switched off: 调休 days are rest days
    from fazhi.core.settings_registry import set_setting

    set_setting("calendar.makeup_counts_as_workday", False)
    p = register(channel="referred", received_on=dt.date(2025, 9, 26), referred_by="区信访办")
    # then 09-29(1) 30(2) | off to 10-08 | 10-09(3) 10-10(4) | 10-11 Sat 调休 not counted | 10-13(5)
    assert objection_due(p) == dt.date(2025, 10, 13)


def test_review_request_deadline_rolls_forward_for_the_petitioner(register, tree):
    # given an original replied Fri 2025-01-10; 30 日 end Sun 02-09, the petitioner's period rolls to Mon 02-10
    orig = register(received_on=dt.date(2024, 12, 2))
    perform(obj=orig, name="accept", user=tree.yi_operator, data={"accepted_on": "2024-12-03", "notice_on": "2024-12-03"})
    perform(obj=orig, name="reply", user=tree.yi_operator,
            data={"replied_on": "2025-01-10", "opinion": "explain", "result": "unsolved"})
    # when the district registers a 复查 request on 02-10
    review = petition_register(ledger=Petition.ledger(), user=tree.jia_operator, data={
        "channel": "letter", "received_on": "2025-02-10", "stage": "review", "original_reference": orig.reference_no,
        "petitioner_name": "王某", "headcount": 1, "matter": "不服答复，请求复查", "category": "claim"})
    # then it is accepted and the 30-日 review clock runs: 02-10 + 30 = 03-12
    assert review.state == "accepted" and review.original == orig
    assert deadline_get(obj=review, rule_id="petition.review").due_date == dt.date(2025, 3, 12)

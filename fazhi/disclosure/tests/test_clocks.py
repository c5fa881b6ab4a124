"""政府信息公开 clocks: Art. 31 receipt dates, 20 WD across 春节/国庆/调休, 补正 restart, consultation excluded."""

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.deadlines.services import deadline_get
from fazhi.disclosure.models import DisclosureRequest

pytestmark = pytest.mark.django_db


def test_reply_clock_across_spring_festival(request_):
    # given a request handed in on Mon 2025-01-20
    r = request_(arrived_on="2025-01-20")
    # then 20 个工作日 with 01-26 and 02-08 调休 counted: due Fri 2025-02-21
    assert r.received_on == dt.date(2025, 1, 20)
    assert deadline_get(obj=r, rule_id="disclosure.reply").due_date == dt.date(2025, 2, 21)


def test_online_request_counts_from_mutual_confirmation(request_):
    # given an online request that arrived Fri 2025-09-26 and was confirmed by both sides Tue 09-30
    r = request_(channel="online", arrived_on="2025-09-26", confirmed_on="2025-09-30")
    # then the receipt date is 09-30 (条例第三十一条) and 20 WD run: 10-09(1) 10(2) 11 Sat 调休(3) 13..17(8) 20..24(13) 27..31(18) 11-03(19) 11-04(20)
    assert r.received_on == dt.date(2025, 9, 30)
    assert deadline_get(obj=r, rule_id="disclosure.reply").due_date == dt.date(2025, 11, 4)


def test_online_request_without_confirmation_is_refused(request_):
    # when an online request has no confirmation date
    with pytest.raises(InvalidInput) as exc:
        request_(channel="online", arrived_on="2025-09-26")
    # then the clerk is told the Art. 31 rule, and nothing is registered
    assert "双方确认之日" in exc.value.detail
    assert DisclosureRequest.objects.count() == 0


def test_correction_restarts_the_clock(request_, go):
    # given a request of Mon 2025-03-03 and a 补正 notice on 03-05
    r = request_()
    go(r, "request_correction", notice_on="2025-03-05", items="请写明文件名称", due_on="2025-03-20")
    assert deadline_get(obj=r, rule_id="disclosure.reply") is None
    # when the correction arrives on Mon 03-17
    go(r, "receive_correction", received_on="2025-03-17")
    # then 20 WD run again from 03-17: 03-18..04-03 (13), 04-04 清明 off, 04-07..11 (18), 04-14 (19), 04-15 (20)
    assert deadline_get(obj=r, rule_id="disclosure.reply").due_date == dt.date(2025, 4, 15)


def test_consultation_is_excluded_and_extension_kept(request_, go, tree):
    # given a request of Mon 2025-03-03 (due 03-31), extended by the leader: +20 WD from 03-31 —
    #       04-01..03 (3), 04-04 清明 off, 04-07..25 (18), 04-27 Sun 调休 (19), 04-28 (20)
    r = request_()
    assert deadline_get(obj=r, rule_id="disclosure.reply").due_date == dt.date(2025, 3, 31)
    go(r, "extend", user=tree.yi_leader, approved_on="2025-03-20", reason="检索量大")
    assert deadline_get(obj=r, rule_id="disclosure.reply").due_date == dt.date(2025, 4, 28)
    # when a third party is consulted from Mon 03-10 to Fri 03-14 (5 working days)
    go(r, "consult", sent_on="2025-03-10", party="某公司")
    assert deadline_get(obj=r, rule_id="disclosure.third_party").due_date == dt.date(2025, 3, 31)
    go(r, "consult_end", ended_on="2025-03-14", opinion="object")
    # then the base due moves by 5 WD to 04-08 and the extension is re-applied from there:
    #      04-09..25 (13), 04-27 Sun 调休 (14), 04-28..30 (17), 05-01..05 劳动节 off, 05-06..08 (20) → 05-08
    d = deadline_get(obj=r, rule_id="disclosure.reply")
    assert d.excluded[0][:2] == ["2025-03-10", "2025-03-14"]
    assert d.due_date == dt.date(2025, 5, 8)
    assert "——延长——" in d.lines


def test_proactive_publication_within_20_working_days(item, go):
    # given information formed Fri 2025-09-26
    i = item(formed_on="2025-09-26")
    # then 20 WD: 09-28 Sun 调休(1) 29(2) 30(3) | 10-01..08 off | 10-09(4) 10(5) 11 Sat 调休(6) 13..17(11) 20..24(16) 27..30(20)
    d = deadline_get(obj=i, rule_id="disclosure.proactive")
    assert d.due_date == dt.date(2025, 10, 30)
    # when published on 10-31 it is recorded as late
    go(i, "publish", published_on="2025-10-31")
    assert deadline_get(obj=i, rule_id="disclosure.proactive").status == "missed"

"""The ordinary penalty procedure end to end, and each of its clocks around 春节、劳动节、国庆 and 调休 days.

Schedules (chinesecalendar 1.11.0): 2025 春节 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) worked;
劳动节 05-01..05-05 off, 04-27 (Sun) worked; 国庆 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
"""

import datetime as dt

from fazhi.audit.services import timeline_for
from fazhi.deadlines.services import deadline_compute, deadline_get
from fazhi.enforcement import samples
from fazhi.enforcement.models import Case

from .helpers import new_case, run, step


def test_full_ordinary_procedure_with_hearing_review_and_publication(tree, yi):
    # given a major case (hearing) handled by 一镇
    c = new_case(tree, yi)
    # when it goes 立案 › 调查 › 告知 › 听证 › 法制审核 › 决定 › 送达 › 公示 › 执行 › 结案
    c = run(tree, c, "register", "investigate", "notify", "request_hearing", "hold_hearing", "legal_review", "decide",
            "serve", "publish", "execute", "close", notify={"hearing_right": "on", "rights_waived": ""},
            decide={"collective_discussion": "on"})
    # then it is closed, every step is on the timeline, and every clock was met
    assert c.state == "closed"
    verbs = [e.verb for e in timeline_for(c)]
    assert verbs == ["create", "register", "investigate", "notify", "request_hearing", "hold_hearing", "legal_review",
                     "decide", "serve", "publish", "execute", "close"]
    for rule in ("penalty.case", "penalty.hearing_request", "penalty.service", "enforcement.publish_penalty"):
        assert deadline_get(obj=c, rule_id=rule).status == "met", rule
    assert c.legal_reviewer == tree.yi_reviewer and c.hearing_on == dt.date(2025, 3, 26)


def test_case_clock_is_90_natural_days_and_extension_is_recorded(tree, yi):
    # given a case registered Mon 2025-01-20
    c = run(tree, new_case(tree, yi), register={"registered_on": "2025-01-20"})
    # then 01-21..01-31 (11) + February (28 → 39) + March (31 → 70) + 04-01..04-20 (90): Sun 2025-04-20, no roll-forward
    assert deadline_get(obj=c, rule_id="penalty.case").due_date == dt.date(2025, 4, 20)
    # when the head approves a 30-day extension on 04-10
    c = step(tree, c, "extend", approved_on="2025-04-10", days="30")
    # then the clock runs 120 days from 立案 (2025-05-20) and the extension is kept with its approver
    assert deadline_get(obj=c, rule_id="penalty.case").due_date == dt.date(2025, 5, 20)
    assert [(e.days, e.approver) for e in c.extensions.all()] == [(30, "镇长")]


def test_hearing_request_period_runs_over_national_day(tree, yi):
    # given notice of hearing rights on Fri 2025-09-26
    c = run(tree, new_case(tree, yi), "register", "investigate", register={"registered_on": "2025-09-01"},
            investigate={"investigated_on": "2025-09-20"},
            notify={"notified_on": "2025-09-26", "hearing_right": "on", "rights_waived": ""})
    # then 09-27 Sat off | 09-28 Sun 调休(1) | 29(2) 30(3) | 10-01..10-08 off | 10-09(4) | 10-10 Fri(5)
    assert deadline_get(obj=c, rule_id="penalty.hearing_request").due_date == dt.date(2025, 10, 10)
    # and a request on 10-10 is still in time
    c = step(tree, c, "request_hearing", requested_on="2025-10-10")
    assert c.state == "hearing_requested"


def test_hearing_notice_counts_back_seven_working_days_over_national_day(holidays):
    # given a hearing on Tue 2025-10-14: 13 Mon(1) | 12 Sun off | 11 Sat 调休(2) | 10(3) 9(4) | 10-01..08 off |
    #       09-30(5) 29(6) | 28 Sun 调休(7)
    assert deadline_compute("penalty.hearing_notice", dt.date(2025, 10, 14)).due == dt.date(2025, 9, 28)


def test_publication_and_service_clocks_across_spring_festival(tree, yi):
    # given a decision on Fri 2025-01-24
    c = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide",
            register={"registered_on": "2025-01-02"}, investigate={"investigated_on": "2025-01-10"},
            notify={"notified_on": "2025-01-13"}, decide={"decided_on": "2025-01-24"})
    # then 01-25 Sat off | 01-26 Sun 调休(1) | 27(2) | 01-28..02-04 off | 02-05(3) 06(4) 07(5) | 02-08 Sat 调休(6) | 02-10 Mon(7)
    assert deadline_get(obj=c, rule_id="enforcement.publish_penalty").due_date == dt.date(2025, 2, 10)
    assert deadline_get(obj=c, rule_id="penalty.service").due_date == dt.date(2025, 2, 10)
    # when it is published on 02-11, one working day late
    c = step(tree, c, "publish", published_on="2025-02-11")
    # then the clock is closed as missed and the timeline says so
    assert deadline_get(obj=c, rule_id="enforcement.publish_penalty").status == "missed"
    assert "逾期公示" in list(timeline_for(c))[-1].note


def test_withdrawal_within_three_working_days_over_labour_day(tree, yi):
    # given a published decision annulled by 复议 on Wed 2025-04-30
    c = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide", "publish",
            annul={"annulled_on": "2025-04-30"})
    # then 05-01..05-05 off | 05-06(1) 07(2) 08 Thu(3)
    assert deadline_get(obj=c, rule_id="enforcement.withdraw_publication").due_date == dt.date(2025, 5, 8)
    c = step(tree, c, "withdraw_publication", withdrawn_on="2025-05-08")
    assert deadline_get(obj=c, rule_id="enforcement.withdraw_publication").status == "met"


def test_annulled_before_publication_cancels_the_publication_clock(tree, yi):
    # given a decision not yet published
    c = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide")
    # when it is annulled
    c = step(tree, c, "annul")
    # then there is nothing left to publish or withdraw
    assert deadline_get(obj=c, rule_id="enforcement.publish_penalty") is None
    assert deadline_get(obj=c, rule_id="enforcement.withdraw_publication") is None


def test_license_and_other_decisions_use_their_own_publication_periods(tree, yi):
    # given a license decided Tue 2025-09-30 and an inspection conclusion the same day
    lic = run(tree, new_case(tree, yi, kind="license"), "register", register={"registered_on": "2025-09-01"},
              decide={"decided_on": "2025-09-30", "discretion_standard": "", "discretion_level": ""})
    ins = run(tree, new_case(tree, yi, kind="inspection"), "register", register={"registered_on": "2025-09-01"},
              decide={"decided_on": "2025-09-30", "discretion_standard": "", "discretion_level": ""})
    # then 7 WD for the license: 10-01..08 off | 09(1) 10(2) 11 Sat 调休(3) | 13(4) 14(5) 15(6) 16(7)
    assert deadline_get(obj=lic, rule_id="enforcement.publish_license").due_date == dt.date(2025, 10, 16)
    # and 20 WD for the other decision: …16(7) 17(8) | 20..24(9-13) | 27..31(14-18) | 11-03(19) 04(20)
    assert deadline_get(obj=ins, rule_id="enforcement.publish_other").due_date == dt.date(2025, 11, 4)


def test_simple_procedure_on_the_spot(tree, yi):
    # given a simple-procedure case against a person
    c = new_case(tree, yi, procedure="simple", party_type="person")
    # when the officers decide on the spot with a 100 元 fine
    c = step(tree, c, "decide_on_spot")
    # then it is decided and served the same day, and its publication clock runs
    assert (c.state, c.registered_on, c.served_on) == ("served", dt.date(2025, 3, 3), dt.date(2025, 3, 3))
    assert deadline_get(obj=c, rule_id="enforcement.publish_penalty").status == "open"
    # and an entity may be fined up to 3000 元 on the spot
    e = step(tree, new_case(tree, yi, procedure="simple", party_type="enterprise"), "decide_on_spot", fine_amount="3000")
    assert e.state == "served"


def test_officers_cannot_change_after_decision(tree, yi, client_for):
    # given a decided case
    c = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide")
    other = samples.officer(tree.yi, tree.yi_operator, body=yi.body)
    # when the edit form swaps an officer
    data = {"case_no": c.case_no, "kind": "penalty", "procedure": "ordinary", "body": yi.body.pk, "cause": c.cause,
            "party_name": c.party_name, "party_type": c.party_type, "officers": [yi.a.pk, other.pk], "publish_required": "on"}
    resp = client_for(tree.yi_operator).post(f"/l/enforcement/cases/{c.pk}/edit/", data)
    # then it is refused and the officers stay
    assert resp.status_code == 422 and "决定作出后不能再变更承办执法人员" in resp.content.decode()
    assert set(Case.objects.get(pk=c.pk).officers.all()) == {yi.a, yi.b}

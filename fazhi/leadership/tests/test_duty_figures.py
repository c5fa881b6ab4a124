"""第一责任人 figures equal a hand count of meetings and agenda items (seed 002's way of counting)."""

import datetime as dt

from fazhi.core.services import record_create, record_void
from fazhi.indicators.registry import compute
from fazhi.leadership.models import PlanItem, Shortcoming


def _v(key, unit, year=2024):
    return compute(key, [unit], year=year).value


def test_meeting_and_agenda_counts_equal_a_hand_count(tree, meeting_factory):
    # given in 一镇 2024: two 党委会 chaired by the 党委书记 / 镇长, one chaired by a deputy,
    # one 机关工作例会, a 党委会 of 2023, and a voided 党委会 — with tagged agenda items
    yi, op = tree.yi, tree.yi_operator
    meeting_factory(yi, op, items=[("report_heard", True), ("deployment", True), ("deployment", True)])
    meeting_factory(yi, op, chair_role="government_head", items=[("relay", True), ("report_heard", False)])
    meeting_factory(yi, op, chair_role="deputy_head", items=[("report_heard", True)])
    meeting_factory(yi, op, kind="work_meeting", items=[("study", True), ("research", False)])
    meeting_factory(yi, op, held_on=dt.date(2023, 12, 28), items=[("report_heard", True)])
    voided = meeting_factory(yi, op, items=[("report_heard", True), ("deployment", True)])
    record_void(user=op, obj=voided, reason="重复登记")
    # and a 党委会 of the sibling 二镇
    meeting_factory(tree.er, tree.er_operator, items=[("report_heard", True)])
    # then the counts are those a person counting by hand gets
    assert _v("leadership.principal_meetings_party_committee", yi) == 2
    assert _v("leadership.meetings_party_committee", yi) == 3
    assert _v("leadership.principal_meetings_work_meeting", yi) == 1
    assert _v("leadership.meetings_work_meeting", yi) == 1
    assert _v("leadership.agenda_report_heard", yi) == 2  # the non-法治 report and the 2023 one do not count
    assert _v("leadership.agenda_deployment", yi) == 2
    assert _v("leadership.agenda_relay", yi) == 1
    assert _v("leadership.agenda_study", yi) == 1
    assert _v("leadership.agenda_research", yi) == 1
    assert _v("leadership.meetings_with_rule_of_law_items", yi) == 4
    # and the district's roll-up adds 二镇's meeting
    assert compute("leadership.agenda_report_heard", [tree.yi, tree.er], year=2024).value == 3


def test_shortcomings_and_plan_completion_rate(tree):
    # given 3 plan items due in 2025 of which one is found done with evidence
    from fazhi.core.workflow import perform

    op = tree.yi_operator
    items = [record_create(ledger=PlanItem.ledger(), user=op, data={
        "proposed_on": dt.date(2025, 1, 20), "seq": i, "title": f"安排{i}", "domain": "leadership", "owner": "党政办",
        "due_on": dt.date(2025, 12, 31)}) for i in (1, 2, 3)]
    perform(obj=items[0], name="complete", user=op, data={"done_on": "2025-06-30", "evidence": "/l/leadership/institutions/1/"})
    record_create(ledger=Shortcoming.ledger(), user=op, data={
        "identified_on": dt.date(2024, 12, 20), "seq": 1, "title": "不足", "domain": "leadership", "cause": "原因"})
    record_create(ledger=Shortcoming.ledger(), user=op, data={
        "identified_on": dt.date(2024, 12, 20), "seq": 2, "title": "不足2", "domain": "leadership"})
    # then 1 of 3 is done (33.3%), and 2 shortcomings of which 1 states its cause
    value = compute("leadership.plan_items_done_rate", [tree.yi], year=2025)
    assert (value.numerator, value.denominator, value.value) == (1, 3, 33.3)
    assert _v("leadership.shortcomings", tree.yi) == 2
    assert _v("leadership.shortcomings_with_cause", tree.yi) == 1

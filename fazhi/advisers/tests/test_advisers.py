"""法律顾问: engagements per served unit, linked opinions, computed 参与率 and coverage, the yearly log."""

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.indicators.registry import compute
from fazhi.advisers.models import Adviser, AdviserService, AdviserYearLog, Engagement
from fazhi.advisers.services import engagement_create


def _adviser(t, name="张律师", user=None):
    return record_create(ledger=Adviser.ledger(), user=user or t.yi_operator, data={
        "name": name, "kind": "lawyer", "firm": "重庆某律师事务所"})


def _engage(t, adviser, unit=None, start="2024-01-01", end="2024-12-31", role="standing"):
    return engagement_create(ledger=Engagement.ledger(), user=t.yi_operator, data={
        "served_unit": (unit or t.yi).pk, "adviser": adviser.pk, "role": role, "start_on": start, "end_on": end})


def test_a_township_records_advisers_for_itself_and_its_villages(tree):
    # given one lawyer engaged by 一镇 and for its village 甲村
    a = _adviser(tree)
    own, village = _engage(tree, a), _engage(tree, a, unit=tree.yi_village, role="village")
    # then each engagement belongs to the unit it serves, both inside 一镇's scope, none in 二镇's
    assert (own.unit, village.unit) == (tree.yi, tree.yi_village)
    assert set(Engagement.objects.restrict(tree.yi_operator)) == {own, village}
    assert not Engagement.objects.restrict(tree.er_operator).exists()
    # and a sibling's village cannot be served
    with pytest.raises(InvalidInput):
        _engage(tree, a, unit=tree.er_village)


def test_filing_renewal_and_end(tree):
    e = _engage(tree, _adviser(tree), start="2023-01-01", end="2023-12-31")
    e = perform(obj=e, name="file", user=tree.yi_operator, data={"filed_on": "2023-01-15", "filed_with": "甲区司法局"})
    e = perform(obj=e, name="renew", user=tree.yi_operator, data={"start_on": "2024-01-01", "end_on": "2024-12-31"})
    assert e.state == "renewed" and e.renewed_by.start_on == dt.date(2024, 1, 1)
    new = perform(obj=e.renewed_by, name="end", user=tree.yi_operator, data={"ended_on": "2024-06-30", "reason": "律师调离"})
    assert new.state == "ended"


def test_engaged_count_village_coverage_and_topics_equal_hand_counts(tree):
    from fazhi.org.services import unit_create

    # given 一镇 with two villages; three lawyers engaged by the town in 2024, one of them also for 甲村
    unit_create(name="一镇乙村", short_name="一镇乙村", level="village", parent=tree.yi)
    lawyers = [_adviser(tree, n) for n in ("甲", "乙", "丙")]
    for a in lawyers:
        _engage(tree, a)
    _engage(tree, lawyers[0], unit=tree.yi_village, role="village")
    _engage(tree, lawyers[1], start="2023-01-01", end="2023-12-31")  # an older contract: not a 2024 engagement
    # then: 3 advisers engaged by the town in 2024; 1 of 2 villages covered = 50.0
    assert compute("advisers.engaged", [tree.yi], year=2024).value == 3
    subtree = [tree.yi, tree.yi_village]
    assert compute("advisers.villages_with_adviser", subtree, year=2024).value == 1
    cov = compute("advisers.village_coverage", subtree, year=2024)
    assert (cov.numerator, cov.denominator, cov.value) == (1, 2, 50.0)
    # opinion topics are counted once each
    for topic in ("征地拆迁", "违建拆除", "征地拆迁"):
        record_create(ledger=AdviserService.ledger(), user=tree.yi_operator, data={
            "adviser": lawyers[0].pk, "kind": "consultation", "given_on": "2024-05-01", "subject": "咨询", "topic": topic, "opinion": "意见"})
    assert compute("advisers.opinion_topics", [tree.yi], year=2024).value == 2


def test_participation_rate_is_computed_from_linked_opinions(tree):
    from fazhi.decisions.tests.conftest import walk
    from fazhi.normative.models import ReviewDesignation

    record_create(ledger=ReviewDesignation.ledger(), user=tree.yi_operator, data={
        "reviewing_unit": tree.bureau.pk, "effective_from": "2020-01-01"})
    # given two decisions decided in 2024, one with a linked adviser opinion
    d1, d2 = walk(tree, "decided"), walk(tree, "decided")
    a = _adviser(tree)
    s = record_create(ledger=AdviserService.ledger(), user=tree.yi_operator, data={
        "adviser": a.pk, "kind": "decision", "given_on": "2024-03-25", "subject": d1.title, "opinion": "无法律障碍",
        "target_ledger": "decisions.decisions", "target_id": d1.pk})
    assert s.target == d1
    rate = compute("advisers.decision_participation_rate", [tree.yi], year=2024)
    assert (rate.numerator, rate.denominator, rate.value) == (1, 2, 50.0)
    # a link to a record outside the user's scope is refused
    with pytest.raises(InvalidInput):
        record_create(ledger=AdviserService.ledger(), user=tree.er_operator, data={
            "adviser": _adviser(tree, user=tree.er_operator).pk, "kind": "decision", "given_on": "2024-03-25", "subject": "x",
            "opinion": "y", "target_ledger": "decisions.decisions", "target_id": d2.pk})


def test_year_log_shows_the_years_services(tree, client_for):
    a = _adviser(tree)
    for i in range(3):
        record_create(ledger=AdviserService.ledger(), user=tree.yi_operator, data={
            "adviser": a.pk, "kind": "contract", "given_on": f"2024-0{i + 1}-10", "subject": f"合同{i}", "opinion": "意见", "hours": "2"})
    log = record_create(ledger=AdviserYearLog.ledger(), user=tree.yi_operator, data={
        "adviser": a.pk, "year": 2024, "assessed_on": "2024-12-20", "result": "competent", "assessor": "镇法治建设领导小组"})
    page = client_for(tree.yi_operator).get(f"/l/advisers/year-logs/{log.pk}/").content.decode()
    assert "共 3 件，用时 6" in page and "合同审查 3 件" in page


def test_expiring_engagements_appear_on_the_home_page(tree, client_for):
    from fazhi.deadlines.services import today

    end = today() + dt.timedelta(days=10)
    _engage(tree, _adviser(tree), start=(end - dt.timedelta(days=300)).isoformat(), end=end.isoformat())
    assert "法律顾问聘期即将届满" in client_for(tree.yi_operator).get("/").content.decode()
    assert "法律顾问聘期即将届满" not in client_for(tree.er_operator).get("/").content.decode()

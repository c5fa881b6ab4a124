"""普法/学法/培训/考试/公共法律服务 figures equal a hand count; totals are the sum of their parts."""

import datetime as dt

import pytest

from fazhi.core.errors import InvalidInput
from fazhi.core.services import record_create, record_void
from fazhi.indicators.registry import compute
from fazhi.publicity.models import Activity, Exam, LegalService, LegalServicePoint, Study, Training


def _v(key, units, year=2024):
    return compute(key, units, year=year)


def _activity(user, unit=None, **data):
    base = {"held_on": dt.date(2024, 5, 1), "title": "普法", "venue_type": "village", "audience": "farmers"}
    return record_create(ledger=Activity.ledger(), user=user, unit=unit, data={**base, **data})


def test_total_is_the_sum_of_its_parts_by_audience(tree):
    # given activities of four audience groups in 一镇, its village and 二镇 (as 武隆区's report lists them)
    parts = {"cadres": (3, 40), "youth": (1, 300), "workers": (2, 25), "farmers": (4, 60)}
    for audience, (count, people) in parts.items():
        for i in range(count):
            _activity(tree.yi_operator if i % 2 == 0 else tree.er_operator, audience=audience, attendance=people)
    _activity(tree.yi_operator, unit=tree.yi_village, audience="farmers", attendance=60)
    units = [tree.district, tree.yi, tree.er, tree.yi_village, tree.er_village]
    # when the district's total and parts are computed
    total = _v("publicity.activities", units).value
    by_group = {a: _v(f"publicity.activities_{a}", units).value for a in parts}
    people = _v("publicity.attendance", units).value
    people_by_group = sum(_v(f"publicity.attendance_{a}", units).value for a in parts)
    # then the total equals the sum of the parts, for sessions and for people
    assert by_group == {"cadres": 3, "youth": 1, "workers": 2, "farmers": 5}
    assert total == sum(by_group.values()) == 11
    assert people == people_by_group == 3 * 40 + 300 + 2 * 25 + 5 * 60
    # and a voided activity leaves the total and its part together
    record_void(user=tree.yi_operator, obj=Activity.objects.filter(audience="youth").first(), reason="重复")
    assert _v("publicity.activities", units).value == 10
    assert _v("publicity.activities_youth", units).value == 0


def test_four_venues_campaigns_sums_and_coverage(tree):
    # given 一镇 2024: 进机关/进村/进校园/进企业 once each, two campaign days, 入户 twice, one 2023 activity
    for venue in ("organ", "village", "school", "enterprise"):
        _activity(tree.yi_operator, venue_type=venue, materials=100, consultations=5)
    _activity(tree.yi_operator, venue_type="public_place", campaign="6.26", method="concentrated", boards=10, vehicles=2)
    _activity(tree.yi_operator, venue_type="public_place", campaign="12.4", method="concentrated", boards=5, vehicles=1)
    _activity(tree.yi_operator, venue_type="household", method="door_to_door", households=120)
    _activity(tree.yi_operator, venue_type="household", method="door_to_door", households=80)
    _activity(tree.yi_operator, held_on=dt.date(2023, 6, 26), campaign="6.26", materials=999)
    _activity(tree.yi_operator, unit=tree.yi_village, venue_type="village")
    units = [tree.yi, tree.yi_village]
    # then each figure is the hand count
    assert _v("publicity.activities_four_venues", units).value == 5
    assert _v("publicity.campaigns_covered", units).value == 2
    assert _v("publicity.activities_concentrated", units).value == 2
    assert _v("publicity.households", units).value == 200
    assert _v("publicity.materials", units).value == 400
    assert _v("publicity.consultations", units).value == 20
    assert _v("publicity.boards", units).value == 15
    assert _v("publicity.vehicles", units).value == 3
    # and coverage: the one village of 一镇 has a 进村 activity filed under it → 1 ÷ 1
    coverage = _v("publicity.village_coverage", units)
    assert (coverage.numerator, coverage.denominator, coverage.value) == (1, 1, 100.0)


def test_school_laws_are_counted_once_each(tree):
    # given two school activities naming overlapping laws
    _activity(tree.yi_operator, venue_type="school", laws="《未成年人保护法》、《禁毒法》")
    _activity(tree.yi_operator, venue_type="school", laws="禁毒法、食品安全法")
    # then three different laws were covered
    assert _v("publicity.school_laws_covered", [tree.yi]).value == 3


def test_study_participants_are_the_sum_of_groups_and_party_study_is_not_study_of_law(tree):
    # given a 宪法 lecture attended by 180 staff and 72 village cadres, a 中心组 session, and a party study
    def study(**data):
        return record_create(ledger=Study.ledger(), user=tree.yi_operator, data={
            "held_on": dt.date(2024, 12, 3), "topic": "学习", **data})

    study(kind="lecture", staff_count=180, village_cadres_count=72)
    study(kind="central_group", leaders_count=14)
    study(kind="party_branch", rule_of_law=False, others_count=7)
    # then 学法 counts two sessions and 266 人次; the party study is counted on its own
    assert _v("publicity.studies", [tree.yi]).value == 2
    assert _v("publicity.study_participants", [tree.yi]).value == 266
    assert _v("publicity.study_participants_lecture", [tree.yi]).value == 252
    assert _v("publicity.party_branch_studies", [tree.yi]).value == 1
    assert _v("publicity.party_branch_study_participants", [tree.yi]).value == 7


def test_training_and_exam_rates_use_sums(tree):
    # given two enforcement trainings (expected 10/attended 9 and expected 30/attended 30) and one without an expected number
    def training(expected, trainees):
        return record_create(ledger=Training.ledger(), user=tree.yi_operator, data={
            "title": "执法培训", "kind": "enforcement_general", "start_on": dt.date(2024, 4, 1), "hours": "8",
            "expected": expected, "trainees": trainees})

    training(10, 9)
    training(30, 30)
    training("", 5)
    # and two exams: 50 expected, 48 sat, 45 passed; 10 expected, 10 sat, 10 passed
    for expected, sat, passed in ((50, 48, 45), (10, 10, 10)):
        record_create(ledger=Exam.ledger(), user=tree.yi_operator, data={
            "title": "考试", "held_on": dt.date(2024, 11, 1), "audience": "cadres", "expected": expected, "sat": sat,
            "passed": passed})
    # then 参训率 = 39/40, 参考率 = 58/60, 合格率 = 55/58, and trainee numbers add up
    rate = _v("publicity.enforcement_training_rate", [tree.yi])
    assert (rate.numerator, rate.denominator, rate.value) == (39, 40, 97.5)
    assert _v("publicity.trainings_enforcement", [tree.yi]).value == 3
    assert _v("publicity.trainees_enforcement", [tree.yi]).value == 44
    assert _v("publicity.exam_participation_rate", [tree.yi]).value == 96.7
    assert _v("publicity.exam_pass_rate", [tree.yi]).value == 94.8
    assert _v("publicity.exam_sat", [tree.yi]).value == 58


def test_an_exam_cannot_pass_more_than_sat(tree):
    # when more passed than sat
    with pytest.raises(InvalidInput) as exc:
        record_create(ledger=Exam.ledger(), user=tree.yi_operator, data={
            "title": "考试", "held_on": dt.date(2024, 11, 1), "audience": "cadres", "expected": 10, "sat": 8, "passed": 9})
    # then it is refused
    assert "合格人数不能多于参考人数" in exc.value.detail


def test_legal_service_channels_levels_and_services(tree):
    # given a township station, a village room, a 法律援助联络点, the 12348 hotline and a closed online platform
    def point(kind, level, unit=None, **extra):
        return record_create(ledger=LegalServicePoint.ledger(), user=tree.yi_operator, unit=unit, data={
            "name": kind, "kind": kind, "level": level, **extra})

    station = point("station", "township")
    point("room", "village", unit=tree.yi_village)
    point("legal_aid_contact", "village")
    point("hotline", "national")
    point("online", "national", closed_on=dt.date(2023, 1, 1))
    # and three services, two at the station in 2024 and one by the hotline
    for channel, kind in (("walk_in", "consultation"), ("walk_in", "legal_aid"), ("hotline", "consultation")):
        record_create(ledger=LegalService.ledger(), user=tree.yi_operator, data={
            "received_on": dt.date(2024, 2, 1), "channel": channel, "kind": kind, "point": station.pk, "summary": "咨询"})
    units = [tree.yi, tree.yi_village]
    # then: channels = 实体平台 + 12348 (the online one is closed), levels = 镇 + 村, services as counted
    assert _v("publicity.service_channels", units).value == 2
    assert _v("publicity.service_platform_levels", units).value == 2
    assert _v("publicity.service_points_legal_aid_contact", units).value == 1
    assert _v("publicity.legal_services", units).value == 3
    assert _v("publicity.legal_services_walk_in", units).value == 2
    assert _v("publicity.legal_services_consultation", units).value == 2

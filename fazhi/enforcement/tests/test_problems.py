"""Each problem model fires on a crafted record, stays quiet on a clean one, and its alert is scoped."""

import datetime as dt

from fazhi.core.workflow import perform
from fazhi.enforcement import samples
from fazhi.enforcement.models import ProblemAlert
from fazhi.enforcement.services.backfill import cases_backfill
from fazhi.enforcement.services.problems import problems_scan

from .helpers import new_case, run

ON = dt.date(2025, 6, 30)


def _open(problem):
    return {a.object_id for a in ProblemAlert.objects.filter(problem=problem, state="open")}


def test_publish_late(tree, yi):
    # given a decision of 03-28 never published, and one published within 7 WD
    late = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide")
    clean = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide", "publish")
    # when the models run
    problems_scan(on=ON)
    # then only the first is flagged, with its due date:
    # 03-31(1) 04-01(2) 02(3) 03(4) | 04-04..06 清明 off | 07(5) 08(6) 09(7)
    assert _open("publish_late") == {late.pk}
    assert "2025-04-09" in ProblemAlert.objects.get(problem="publish_late").detail
    assert clean.pk not in _open("publish_late")


def test_major_decision_without_legal_review(tree, yi):
    # given a major case back-filled without any 法制审核, and a major case reviewed before its decision
    row = {"case_no": "补录1号", "kind": "penalty", "procedure": "ordinary", "body": yi.body, "cause": "违法用地",
           "party_name": "甲", "party_type": "person", "officers": [yi.a, yi.b], "complex_case": True,
           "registered_on": dt.date(2025, 2, 1), "decided_on": dt.date(2025, 3, 1), "outcome": "penalty"}
    bad = cases_backfill(user=tree.yi_operator, unit=tree.yi, rows=[row])[0]
    good = run(tree, new_case(tree, yi, complex_case="on"), "register", "investigate", "notify", "legal_review", "decide",
               decide={"collective_discussion": "on"})
    problems_scan(on=ON)
    assert _open("major_without_review") == {bad.pk}
    assert good.pk not in _open("major_without_review")


def test_officer_without_valid_certificate_on_the_decision_date(tree, yi):
    # given two decided cases, then one officer's certificate found revoked as of a day before the first decision
    first = run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide")
    other = samples.officer(tree.yi, tree.yi_operator, body=yi.body)
    clean = run(tree, new_case(tree, yi, officers=[yi.b, other]), "register", "investigate", "notify", "decide")
    perform(obj=yi.a.certificates.first(), name="revoke", user=tree.yi_operator, data={"on": "2025-03-27", "reason": "调离注销"})
    problems_scan(on=ON)
    assert _open("officer_without_certificate") == {first.pk}
    assert "吊销/注销" in ProblemAlert.objects.get(problem="officer_without_certificate").detail
    assert clean.pk not in _open("officer_without_certificate")


def test_case_over_ninety_days_without_extension(tree, yi):
    # given two cases registered 2025-01-02 (due 04-02), one extended before its due date
    stale = run(tree, new_case(tree, yi), register={"registered_on": "2025-01-02"})
    extended = run(tree, new_case(tree, yi), register={"registered_on": "2025-01-02"},
                   extend={"approved_on": "2025-03-20", "days": "120"})
    problems_scan(on=dt.date(2025, 4, 15))
    assert _open("overdue_without_extension") == {stale.pk}
    assert extended.pk not in _open("overdue_without_extension")
    # and before the due date nothing is flagged
    ProblemAlert.objects.all().delete()
    problems_scan(on=dt.date(2025, 4, 1))
    assert _open("overdue_without_extension") == set()


def test_repeated_inspection_by_several_departments(tree, yi):
    # given the same enterprise inspected by two bodies ten days apart, and another by one body twice
    other_body = samples.body(tree.yi, tree.yi_operator, name="区市场监管局大湾所")
    a = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000AAAA"), register={"registered_on": "2025-05-01"})
    b = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000AAAA", body=other_body),
            register={"registered_on": "2025-05-11"})
    c = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000BBBB"), register={"registered_on": "2025-05-01"})
    d = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000BBBB"), register={"registered_on": "2025-05-11"})
    # and a third enterprise inspected by two bodies 40 days apart (outside the 30-day window)
    e = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000CCCC"), register={"registered_on": "2025-04-01"})
    f = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000CCCC", body=other_body),
            register={"registered_on": "2025-05-11"})
    problems_scan(on=ON)
    assert _open("repeated_inspection") == {a.pk, b.pk}
    assert not {c.pk, d.pk, e.pk, f.pk} & _open("repeated_inspection")
    assert "区市场监管局大湾所" in ProblemAlert.objects.get(problem="repeated_inspection", object_id=a.pk).detail


def test_random_check_and_a_case_of_another_department_count_together(tree, yi):
    # given a 双随机 check of a target and, a week later, another body's inspection case on the same code
    check = samples.random_check(tree.yi, tree.yi_operator)
    perform(obj=check, name="record_result", user=tree.yi_operator, data={"checked_on": "2025-05-01", "outcome": "no_problem"})
    case = run(tree, new_case(tree, yi, kind="inspection", party_code=check.target.code), register={"registered_on": "2025-05-08"})
    problems_scan(on=ON)
    kinds = {a.content_type.model for a in ProblemAlert.objects.filter(problem="repeated_inspection")}
    assert kinds == {"randomcheck", "case"} and case.pk in _open("repeated_inspection")


def test_mandatory_audio_video_missing_until_recorded(tree, yi):
    # given a 扣押 and an ordinary inspection, neither with audio/video
    seize = run(tree, new_case(tree, yi, kind="coercion", measure="seize"), "register")
    plain = run(tree, new_case(tree, yi, kind="inspection"), "register")
    problems_scan(on=ON)
    assert _open("av_missing") == {seize.pk}
    assert plain.pk not in _open("av_missing")
    # when the video is registered, the next run clears the alert
    samples.case_record(tree.yi, tree.yi_operator, case=seize, kind="video")
    problems_scan(on=ON)
    assert _open("av_missing") == set()
    assert ProblemAlert.objects.get(problem="av_missing").resolved_on == ON


def test_alerts_are_seen_by_the_unit_and_inspectors_above_only(tree, yi, client_for):
    # given an alert in 一镇
    seize = run(tree, new_case(tree, yi, kind="coercion", measure="seize"), "register")
    problems_scan(on=ON)
    # then 一镇 and the district inspector see it on their home pages; 二镇 does not
    for user, visible in ((tree.yi_operator, True), (tree.jia_inspector, True), (tree.er_operator, False)):
        page = client_for(user).get("/").content.decode()
        assert ("widget-enforcement-alerts" in page) is visible, user
        assert (seize.case_no in page) is visible, user
    assert ProblemAlert.objects.restrict(tree.er_operator).count() == 0


def test_scan_from_the_alert_page(tree, yi, client_for):
    run(tree, new_case(tree, yi, kind="coercion", measure="seize"), "register")
    client = client_for(tree.yi_operator)
    resp = client.post("/enforcement/alerts/scan/", follow=True)
    assert resp.status_code == 200 and "应当全程音像记录而缺失" in resp.content.decode()


def test_a_townships_own_scan_keeps_a_cross_unit_alert(tree, yi):
    # given the same enterprise inspected by 一镇 and by a body of 二镇 within a week
    from fazhi.core.scoping import units_for

    er_body = samples.body(tree.er, tree.er_operator)
    er_officers = [samples.officer(tree.er, tree.er_operator, body=er_body) for _ in range(2)]
    mine = run(tree, new_case(tree, yi, kind="inspection", party_code="91500000DDDD"), register={"registered_on": "2025-05-01"})
    theirs = samples.case(tree.er, tree.er_operator, officers=er_officers, body=er_body, kind="inspection",
                          party_code="91500000DDDD")
    perform(obj=theirs, name="register", user=tree.er_operator, data={"registered_on": "2025-05-06"})
    problems_scan(on=ON)
    assert _open("repeated_inspection") == {mine.pk, theirs.pk}
    # when 一镇 scans its own scope (it cannot see 二镇's case)
    problems_scan(units=units_for(tree.yi_operator, "view"), on=ON)
    # then its alert stays open, and 二镇's alert is untouched
    assert _open("repeated_inspection") == {mine.pk, theirs.pk}

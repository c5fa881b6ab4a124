"""Assessment runs: bound indicators follow the records, self-reports are scoped, ranks use reliable scores only."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fazhi.core.errors import GateRefused
from fazhi.core.services import record_create, record_void
from fazhi.core.workflow import perform
from fazhi.supervision.models import Assessment, SelfReport
from fazhi.supervision.selectors import assessment_results, ranking
from fazhi.supervision.services.assessments import self_report_create
from fazhi.supervision.services.systems import system_create

from .conftest import activity, raise_finding, submit, upload


def _node(level, code, title, parent=None, **kw):
    base = {"level": level, "code": code, "title": title, "parent": parent, "points": None, "weight": None,
            "method": "group", "indicator_key": "", "rule_kind": "", "rule_text": "", "evidence_required": "",
            "is_placeholder": False, "note": ""}
    return {**base, **kw}


@pytest.fixture
def system(tree):
    top = _node(1, "一", "组织与执行")
    mid = _node(2, "1", "执行", top)
    return system_create(user=tree.jia_inspector, name="甲区考核", version="2020", nodes=[
        top, mid,
        _node(3, "1", "普法活动", mid, points=Decimal(5), method="bound", indicator_key="publicity.activities",
              rule_kind="threshold", rule_text="≥2:满分；≥1:3；其他:0"),
        _node(3, "2", "整改完成率", mid, points=Decimal(4), method="bound", indicator_key="supervision.rectification_rate",
              rule_kind="proportional", rule_text="目标值:100"),
        _node(3, "3", "第一责任人述法", mid, points=Decimal(6), method="manual", rule_kind="manual",
              evidence_required="述法材料"),
        _node(3, "4", "尚未提供的指标", mid, points=Decimal(5), method="bound", indicator_key="normative.not_there",
              rule_kind="threshold", rule_text="≥100:满分"),
    ])


@pytest.fixture
def assessment(tree, system):
    a = record_create(ledger=Assessment.ledger(), user=tree.jia_inspector, data={
        "title": "2020年度法治政府建设考核", "kind": "assessment", "year": 2020, "system": system.pk,
        "start_on": "2020-11-01", "scope_units": [tree.yi.pk, tree.er.pk]})
    return perform(obj=a, name="launch", user=tree.jia_inspector, data={})


def _score(a, unit, code):
    row = assessment_results(a, [unit])[0]
    return next(i for i in row.items if i.node.code == code)


def _self_report(tree, a, user, code="3", **data):
    node = a.system.nodes.get(level=3, code=code)
    files = {"evidence_file": upload("述法.pdf")} if data.pop("with_file", True) else None
    return self_report_create(ledger=SelfReport.ledger(), user=user, files=files,
                              data={"assessment": a.pk, "node": node.pk, "statement": "已述法", **data})


def test_a_bound_count_changes_its_score_when_a_record_changes(tree, assessment):
    # given one 普法 activity of 一镇 in 2020 (and one of 2021, which does not count)
    first = activity(tree.yi_operator)
    activity(tree.yi_operator, held_on="2021-03-01")
    assert _score(assessment, tree.yi, "1").score == Decimal("3.00")
    # when a second is recorded, the score rises; when it is voided, it falls back
    second = activity(tree.yi_operator, held_on="2020-12-04")
    item = _score(assessment, tree.yi, "1")
    assert (item.value.value, item.score, item.source) == (2, Decimal("5.00"), "computed")
    record_void(user=tree.yi_operator, obj=second, reason="重复登记")
    assert _score(assessment, tree.yi, "1").score == Decimal("3.00")
    # and a village's record counts for its township (the subtree), a sibling's does not
    activity(tree.er_operator)
    assert _score(assessment, tree.yi, "1").value.record_ids == [first.pk]


def test_a_bound_rate_changes_its_score_when_a_record_changes(tree, assessment, inspection):
    # given two findings in 一镇 (hand count: 0 of 2 accepted → 0 %)
    f1 = raise_finding(tree, inspection, tree.yi)
    raise_finding(tree, inspection, tree.yi, description="执法公示不及时")
    item = _score(assessment, tree.yi, "2")
    assert (item.value.numerator, item.value.denominator, item.score) == (0, 2, Decimal("0.00"))
    # when one is rectified and accepted → 1 of 2 = 50 % → half of 4 points
    submit(f1, tree.yi_operator, evidence_file=upload())
    perform(obj=f1, name="accept", user=tree.jia_inspector, data={"reviewed_on": "2020-09-25"})
    item = _score(assessment, tree.yi, "2")
    assert (item.value.value, item.score) == (50.0, Decimal("2.00"))
    # 二镇 has no finding: the rate has no denominator and is not scored (never a free 0 or a free 100)
    assert _score(assessment, tree.er, "2").source == "no_data"


def test_unregistered_indicator_shows_gracefully(tree, assessment):
    item = _score(assessment, tree.yi, "4")
    assert item.source == "unavailable" and "指标尚未提供" in item.note and item.score is None


def test_township_sees_only_its_own_self_reports_and_scores(tree, assessment, client_for):
    # given both townships self-report and the inspector scores 二镇
    mine = _self_report(tree, assessment, tree.yi_operator, self_score="6")
    theirs = _self_report(tree, assessment, tree.er_operator, self_score="5")
    perform(obj=theirs, name="grade", user=tree.jia_inspector, data={"score": "4", "comment": "材料不全"})
    # then querysets: each township only its own; the inspector all
    assert list(SelfReport.objects.restrict(tree.yi_operator)) == [mine]
    assert list(SelfReport.objects.restrict(tree.er_operator)) == [theirs]
    assert set(SelfReport.objects.restrict(tree.jia_inspector)) == {mine, theirs}
    c = client_for(tree.yi_operator)
    # pages: 一镇's results list only 一镇; 二镇's detail and record are 404 for 一镇
    page = c.get(f"/supervision/assessments/{assessment.pk}/results/").content.decode()
    assert 'data-unit="一镇"' in page and 'data-unit="二镇"' not in page
    assert c.get(f"/supervision/assessments/{assessment.pk}/results/{tree.er.pk}/").status_code == 404
    assert c.get(f"/l/supervision/selfreports/{theirs.pk}/").status_code == 404
    data = c.get(f"/supervision/assessments/{assessment.pk}/results.json").json()
    assert [u["unit"]["name"] for u in data["units"]] == ["一镇人民政府"]
    # the inspector sees both units, and 二镇's inspector score and comment
    c.force_login(tree.jia_inspector)
    page = c.get(f"/supervision/assessments/{assessment.pk}/results/").content.decode()
    assert 'data-unit="一镇"' in page and 'data-unit="二镇"' in page
    detail = c.get(f"/supervision/assessments/{assessment.pk}/results/{tree.er.pk}/").content.decode()
    assert "材料不全" in detail and "督察员评分" in detail


def test_ranking_never_uses_unreviewed_self_scores(tree, assessment, client_for):
    # given 一镇 claims full marks on the manual item (not reviewed), 二镇 is scored 4 by the inspector
    _self_report(tree, assessment, tree.yi_operator, self_score="6")
    theirs = _self_report(tree, assessment, tree.er_operator, self_score="6")
    perform(obj=theirs, name="grade", user=tree.jia_inspector, data={"score": "4"})
    activity(tree.yi_operator)
    results = assessment_results(assessment, [tree.yi, tree.er])
    r = ranking(results)
    # then the manual item ranks only 二镇, and the overall rank leaves the manual item out
    manual = next(row for row in r.per_item if row[0].code == "3")
    assert [(u, s) for u, s, _ in manual[2]] == [(tree.er, Decimal(4))] and manual[3] == [tree.yi]
    assert [n.code for n in r.overall_nodes] == ["1"]
    assert [(u, s, rank) for u, s, rank in r.overall] == [(tree.yi, Decimal("3.00"), 1), (tree.er, Decimal(0), 2)]
    assert any(n.code == "3" and "自评未审核" in why for n, why in r.excluded)
    # 一镇's total excludes its own 6 points; they show only as reference
    yi = results[0]
    assert yi.total == Decimal("3.00") and yi.self_total == Decimal(6)
    page = client_for(tree.jia_inspector).get(f"/supervision/assessments/{assessment.pk}/ranking/").content.decode()
    assert "单位自评、未经督察员审核的分数一律不排名" in page


def test_self_report_gates_through_the_service(tree, system, assessment):
    # evidence required by the indicator
    with pytest.raises(GateRefused) as exc:
        _self_report(tree, assessment, tree.yi_operator, with_file=False)
    assert exc.value.code == "evidence_required" and "述法材料" in exc.value.detail
    # a second report on the same indicator
    _self_report(tree, assessment, tree.yi_operator)
    with pytest.raises(GateRefused) as exc:
        _self_report(tree, assessment, tree.yi_operator)
    assert exc.value.code == "duplicate"
    # a unit that sees the run but is not assessed in it (the organising district)
    with pytest.raises(GateRefused) as exc:
        _self_report(tree, assessment, tree.jia_operator)
    assert exc.value.code == "not_in_scope"
    # after the inspector closes the run
    perform(obj=assessment, name="close", user=tree.jia_inspector, data={})
    with pytest.raises(GateRefused) as exc:
        _self_report(tree, assessment, tree.er_operator)
    assert exc.value.code == "not_open"
    assert SelfReport.objects.count() == 1


def test_grade_gates_and_the_return_cycle(tree, assessment):
    report = _self_report(tree, assessment, tree.yi_operator)
    # a score above the indicator's points is refused and nothing changes
    with pytest.raises(GateRefused) as exc:
        perform(obj=report, name="grade", user=tree.jia_inspector, data={"score": "7"})
    assert exc.value.code == "score_out_of_range" and "6" in exc.value.detail
    report.refresh_from_db()
    assert report.state == "submitted" and report.score is None
    # return → resubmit → grade
    perform(obj=report, name="send_back", user=tree.jia_inspector, data={"comment": "请补充述职材料"})
    perform(obj=report, name="resubmit", user=tree.yi_operator, data={"statement": "补充述职报告"},
            files={"evidence_file": upload("述职.pdf")})
    perform(obj=report, name="grade", user=tree.jia_inspector, data={"score": "5.5"})
    report.refresh_from_db()
    assert (report.state, report.score) == ("scored", Decimal("5.5"))
    assert _score(assessment, tree.yi, "3").source == "inspector"


def test_an_inspector_may_not_score_its_own_unit(tree, system):
    # given the district assesses itself too
    a = record_create(ledger=Assessment.ledger(), user=tree.jia_inspector, data={
        "title": "自查", "kind": "self_evaluation", "year": 2020, "system": system.pk, "start_on": "2020-09-01",
        "scope_units": [tree.district.pk]})
    perform(obj=a, name="launch", user=tree.jia_inspector, data={})
    report = _self_report(tree, a, tree.jia_operator)
    with pytest.raises(GateRefused) as exc:
        perform(obj=report, name="grade", user=tree.jia_inspector, data={"score": "6"})
    assert exc.value.code == "not_scorer"


def test_launch_without_units_is_refused(tree, system):
    a = record_create(ledger=Assessment.ledger(), user=tree.jia_inspector, data={
        "title": "空", "kind": "assessment", "year": 2020, "system": system.pk, "start_on": "2020-09-01"})
    with pytest.raises(GateRefused) as exc:
        perform(obj=a, name="launch", user=tree.jia_inspector, data={})
    assert exc.value.code == "no_scope"


def test_web_and_api_gates(tree, assessment, client_for, api_for):
    node = assessment.system.nodes.get(level=3, code="3")
    # web create without evidence → 409 with the rule, nothing written
    resp = client_for(tree.yi_operator).post("/l/supervision/selfreports/new/", {
        "assessment": assessment.pk, "node": node.pk, "statement": "已述法"})
    assert resp.status_code == 409 and "述法材料" in resp.content.decode()
    # API create without evidence → 409 {"code","detail"}
    resp = api_for(tree.yi_operator).post("/api/supervision/selfreports/", {
        "assessment": assessment.pk, "node": node.pk, "statement": "已述法"}, content_type="application/json")
    assert resp.status_code == 409 and resp.json()["code"] == "evidence_required"
    assert not SelfReport.objects.exists()
    report = _self_report(tree, assessment, tree.yi_operator)
    # web grade over the points → 409, state unchanged
    resp = client_for(tree.jia_inspector).post(f"/l/supervision/selfreports/{report.pk}/step/grade/", {"score": "9"})
    assert resp.status_code == 409 and "评定得分须在 0 至该指标分值" in resp.content.decode()
    # API grade over the points → 409
    resp = api_for(tree.jia_inspector).post(f"/api/supervision/selfreports/{report.pk}/transitions/grade",
                                            {"score": "9"}, content_type="application/json")
    assert resp.status_code == 409 and resp.json()["code"] == "score_out_of_range"
    report.refresh_from_db()
    assert report.state == "submitted"
    # web/API launch of an empty assessment → 409
    empty = record_create(ledger=Assessment.ledger(), user=tree.jia_inspector, data={
        "title": "空", "kind": "assessment", "year": 2020, "system": assessment.system_id, "start_on": "2020-09-01"})
    resp = client_for(tree.jia_inspector).post(f"/l/supervision/assessments/{empty.pk}/step/launch/", {})
    assert resp.status_code == 409 and "被评估单位" in resp.content.decode()
    resp = api_for(tree.jia_inspector).post(f"/api/supervision/assessments/{empty.pk}/transitions/launch", {},
                                            content_type="application/json")
    assert resp.status_code == 409 and resp.json()["code"] == "no_scope"


def test_results_export(tree, assessment, client_for):
    import io

    from openpyxl import load_workbook

    activity(tree.yi_operator)
    resp = client_for(tree.jia_inspector).get(f"/supervision/assessments/{assessment.pk}/results.xlsx")
    wb = load_workbook(io.BytesIO(resp.content))
    assert wb.sheetnames == ["汇总", "明细", "缺项", "说明"]
    rows = list(wb["汇总"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2]) for r in rows] == [("一镇人民政府", 3.0, 20.0), ("二镇人民政府", 0.0, 20.0)]
    missing = [r[1] for r in wb["缺项"].iter_rows(min_row=2, values_only=True) if r[0] == "一镇人民政府"]
    assert missing == ["2", "3", "4"]

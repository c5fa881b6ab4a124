"""Figures pages: the records behind a figure link to their ledger pages; snapshots freeze; dashboard and alerts."""

import datetime as dt
import json

from fazhi.core.services import record_void
from fazhi.deadlines.services import deadline_open
from fazhi.indicators.services import snapshot_take

from .helpers import add_activity


def test_overview_lists_figures_with_links_to_records(tree, inds, client_for):
    # given
    add_activity(tree.yi_operator, campaign=True)
    add_activity(tree.yi_operator)
    # when
    resp = client_for(tree.yi_operator).get("/indicators/", {"year": 2024})
    # then
    html = resp.content.decode()
    assert resp.status_code == 200
    assert "开展测试活动" in html and "宣传日活动占比" in html and "50.0%" in html
    assert "/indicators/records/?key=tst.campaign_rate" in html


def test_records_page_shows_the_records_behind_the_numerator(tree, inds, client_for):
    # given: 1 of 2 activities on a campaign day
    campaign = add_activity(tree.yi_operator, campaign=True, title="宪法日宣传")
    add_activity(tree.yi_operator, title="普通宣传")
    # when
    resp = client_for(tree.yi_operator).get("/indicators/records/", {
        "key": "tst.campaign_rate", "unit": tree.yi.pk, "year": 2024, "rollup": 0, "part": "numerator"})
    # then: exactly that record, linked to its ledger detail page; the query is described in words
    html = resp.content.decode()
    assert resp.status_code == 200
    assert f"/l/publicity/activities/{campaign.pk}/" in html
    assert "宪法日宣传" in html and "普通宣传" not in html
    assert "1 条记录" in html and "分子" in html and "不含已作废的记录" in html


def test_a_sibling_cannot_open_another_townships_figures(tree, inds, client_for):
    add_activity(tree.yi_operator)
    resp = client_for(tree.er_operator).get("/indicators/records/", {"key": "tst.activities", "unit": tree.yi.pk, "year": 2024})
    assert resp.status_code == 404


def test_snapshot_keeps_values_and_ids_after_the_ledger_changes(tree, inds, client_for):
    # given: a snapshot over two activities
    a = add_activity(tree.yi_operator, attendance=10)
    add_activity(tree.yi_operator, attendance=20)
    snap = snapshot_take(unit=tree.yi, year=2024, reason="测试冻结", user=tree.yi_leader)
    # when: one record is voided and another added afterwards
    record_void(user=tree.yi_operator, obj=a, reason="登记错误")
    add_activity(tree.yi_operator, attendance=30)
    # then: the frozen figure and its records do not move; the voided one is still listed, marked
    sv = snap.values.get(key="tst.attendance")
    assert sv.value == 30 and len(sv.record_ids) == 2 and a.pk in sv.record_ids
    assert "不含已作废的记录" in sv.query
    html = client_for(tree.yi_operator).get(f"/indicators/snapshots/{snap.pk}/records/", {"key": "tst.attendance"}).content.decode()
    assert "冻结后已作废" in html and f"/l/publicity/activities/{a.pk}/" in html
    assert client_for(tree.er_operator).get(f"/indicators/snapshots/{snap.pk}/").status_code == 404


def test_dashboard_has_chart_data_by_year_and_by_unit_and_alerts(tree, inds, client_for):
    # given: activities in two townships and an overdue clock in 二镇
    add_activity(tree.yi_operator, attendance=10)
    add_activity(tree.er_operator, attendance=10)
    add_activity(tree.er_operator, on=dt.date(2023, 5, 1))
    late = add_activity(tree.er_operator, title="逾期事项所在记录")
    deadline_open(obj=late, rule_id="annual_report.publish", start=dt.date(2020, 12, 31), label="测试逾期事项")
    # when
    resp = client_for(tree.jia_inspector).get("/indicators/dashboard/", {"unit": tree.district.pk, "year": 2024, "rollup": 1,
                                                                          "key": "tst.activities"})
    # then
    html = resp.content.decode()
    assert resp.status_code == 200
    data = json.loads(html.split('id="chart-data" type="application/json">')[1].split("</script>")[0])
    assert [r["value"] for r in data["by_year"]][-2:] == [1, 3]
    assert {r["unit"]: r["value"] for r in data["by_unit"]} == {"一镇": 1, "二镇": 2, "甲区司法局": 0}
    assert "测试逾期事项" in html and "echarts.min.js" in html

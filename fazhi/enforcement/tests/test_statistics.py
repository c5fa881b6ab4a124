"""Figures equal a hand count on a small fixture; the 118号 statistics, their report clock and the XLSX export."""

import datetime as dt
import io

from openpyxl import load_workbook

from fazhi.core.services import record_create
from fazhi.core.workflow import perform
from fazhi.deadlines.services import deadline_get
from fazhi.enforcement import samples
from fazhi.enforcement.models import JointOperation, OfficerTraining, StatisticsReport
from fazhi.enforcement.selectors.statistics import annual_statistics, certified_share
from fazhi.enforcement.services.statistics import statistics_report_create
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

from .helpers import new_case, run, step


def _fixture(t, y):
    """一镇 2025: 3 officers in post (1 法制审核) + 1 gone; 2 penalty cases + 1 inspection + 1 draft; 2 joint ops."""
    samples.officer(t.yi, t.yi_operator, body=y.body, role="legal_review")
    samples.officer(t.yi, t.yi_operator, body=y.body, left_on="2024-12-31")
    published = run(t, new_case(t, y), "register", "investigate", "notify", "decide", "publish")
    on_spot = step(t, new_case(t, y, procedure="simple", party_type="person"), "decide_on_spot")
    inspection = run(t, new_case(t, y, kind="inspection"), "register")
    new_case(t, y)  # a draft: not registered, in no figure
    for departments in ("镇综合执法办、区市场监管局", "镇综合执法办"):
        record_create(ledger=JointOperation.ledger(), user=t.yi_operator, unit=t.yi, data={
            "held_on": "2025-05-01", "title": "联合检查", "lead_department": "镇综合执法办", "departments": departments})
    for officers in ([y.a.pk, y.b.pk], [y.b.pk]):
        record_create(ledger=OfficerTraining.ledger(), user=t.yi_operator, unit=t.yi, data={
            "held_on": "2025-06-01", "title": "培训", "mode": "offline", "hours": "4", "officers": officers})
    return published, on_spot, inspection


def _v(key, unit, year=2025):
    return compute(f"enforcement.{key}", Unit.objects.filter(pk=unit.pk), year=year).value


def test_figures_equal_a_hand_count(tree, yi):
    # given the small fixture
    _fixture(tree, yi)
    # then each figure is what a clerk counts by hand
    assert _v("officers", tree.yi) == 3 and _v("legal_reviewers", tree.yi) == 1
    assert _v("legal_reviewer_share", tree.yi) == 33.3          # 1 ÷ 3
    assert _v("certificates_new", tree.yi, 2020) == 4           # every sample certificate is issued 2020-01-01
    assert (_v("cases", tree.yi), _v("penalty_cases", tree.yi), _v("inspection_cases", tree.yi)) == (3, 2, 1)
    assert (_v("penalty_cases_simple", tree.yi), _v("penalty_cases_ordinary", tree.yi)) == (1, 1)
    assert _v("enterprise_cases", tree.yi) == 2                 # the on-the-spot case is against a person
    assert _v("publications_due", tree.yi) == 2
    assert _v("publication_rate", tree.yi) == 50.0              # 1 published ÷ 2 due
    assert _v("publication_on_time_rate", tree.yi) == 100.0     # 1 met ÷ 1 closed clock (the other is still open)
    assert _v("discretion_applied_rate", tree.yi) == 100.0
    assert _v("joint_operations", tree.yi) == 1                 # one department alone is not 跨部门
    assert (_v("training_batches", tree.yi), _v("trained_officers", tree.yi)) == (2, 2)
    assert _v("fines", tree.yi) == 1100                         # 1000 + 100
    # and nothing counts for 二镇 or for another year
    assert _v("cases", tree.er) == 0 and _v("cases", tree.yi, 2024) == 0


def test_major_decisions_and_their_review_rate(tree, yi):
    run(tree, new_case(tree, yi, complex_case="on"), "register", "investigate", "notify", "legal_review", "decide",
        decide={"collective_discussion": "on"})
    run(tree, new_case(tree, yi), "register", "investigate", "notify", "decide")
    assert (_v("major_decisions", tree.yi), _v("major_reviewed_rate", tree.yi)) == (1, 100.0)


def test_certified_share_counts_valid_certificates_on_the_day(tree, yi):
    samples.officer(tree.yi, tree.yi_operator, body=yi.body, valid_to=dt.date(2025, 6, 30))
    units = Unit.objects.filter(pk=tree.yi.pk)
    assert certified_share(units, dt.date(2025, 6, 30)).value == 100.0
    assert certified_share(units, dt.date(2025, 7, 1)).value == 66.7   # 2 ÷ 3


def test_annual_statistics_tables(tree, yi):
    _fixture(tree, yi)
    stats = annual_statistics(units=Unit.objects.filter(pk=tree.yi.pk), year=2025)
    by_kind = {r[0]: r[1:] for r in stats.tables[0].rows}
    assert by_kind["行政处罚"] == [2, 2, 0, 1, 0]     # registered, decided, closed, published, reviewed
    assert by_kind["行政检查"] == [1, 0, 0, 0, 0]
    by_outcome = dict(stats.tables[2].rows)
    assert by_outcome["给予处罚/作出决定"] == 2
    assert stats.due == dt.date(2026, 1, 31)


def test_statistics_page_and_xlsx(tree, yi, client_for):
    _fixture(tree, yi)
    client = client_for(tree.yi_operator)
    page = client.get("/enforcement/statistics/?year=2025")
    assert page.status_code == 200 and "2026年1月31日" in page.content.decode()
    resp = client.get("/enforcement/statistics/?year=2025&export=xlsx")
    wb = load_workbook(io.BytesIO(resp.content))
    cells = {c.value for row in wb["统计年报"].iter_rows() for c in row}
    assert "行政处罚案件" in cells and 2 in cells
    # a sibling's unit cannot be asked for
    assert client.get(f"/enforcement/statistics/?unit={tree.er.pk}").status_code == 404


def test_report_clock_and_frozen_figures_on_publication(tree, yi, api_for):
    _fixture(tree, yi)
    report = statistics_report_create(ledger=StatisticsReport.ledger(), user=tree.yi_operator, unit=tree.yi,
                                      data={"year": 2025})
    assert deadline_get(obj=report, rule_id="enforcement.statistics_report").due_date == dt.date(2026, 1, 31)
    report = perform(obj=report, name="publish", user=tree.yi_operator,
                     data={"published_on": "2026-01-20", "channel": "镇政府网站", "reported_to": "区政府、区司法局"})
    assert deadline_get(obj=report, rule_id="enforcement.statistics_report").status == "met"
    rows = {r[0]: r[1] for s in report.figures["sections"] for r in s["rows"]}
    assert rows["行政处罚案件"] == 2
    # the API gives the same figures
    body = api_for(tree.yi_operator).get("/api/enforcement/statistics?year=2025").json()
    assert {r[0]: r[1] for s in body["sections"] for r in s["rows"]}["行政处罚案件"] == 2

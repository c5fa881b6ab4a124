"""A county report's table of its townships (roll-up = sum of parts), the comparison page, the workspace, downloads."""

from fazhi.indicators.registry import compute_for
from fazhi.indicators.tests.helpers import add_activity
from fazhi.reports.document import report_document, unit_table
from fazhi.reports.models import AnnualReport

from .conftest import section


def _records(tree):
    add_activity(tree.yi_operator, attendance=10, campaign=True)
    add_activity(tree.yi_operator, attendance=20, unit=tree.yi_village)
    add_activity(tree.er_operator, attendance=30)
    add_activity(tree.jia_operator, attendance=5, campaign=True)


def test_rollup_equals_the_sum_over_the_townships(tree, inds):
    # given
    _records(tree)
    # when
    table = unit_table(tree.district, 2024)
    # then: one row per unit below, the district's own level, and the total; total = sum of the rows
    rows = {r[0]: r[1:] for r in table["rows"]}
    col = table["keys"].index("tst.activities")
    assert {k: v[col] for k, v in rows.items()} == {"一镇": "2", "二镇": "1", "甲区本级": "1", "合计": "4"}
    assert "另有1个部门上述指标均为0" in table["note"]   # 甲区司法局 has no record in these columns
    parts = sum(compute_for("tst.activities", u, year=2024, rollup=True).value for u in (tree.yi, tree.er, tree.bureau))
    own = compute_for("tst.activities", tree.district, year=2024).value
    assert parts + own == compute_for("tst.activities", tree.district, year=2024, rollup=True).value == 4
    # the rate in the total row is recomputed from the parts: 2 of 4 = 50%
    assert rows["合计"][table["keys"].index("tst.campaign_rate")] == "50"


def test_county_report_includes_the_township_table(tree, inds, make_report):
    _records(tree)
    report = make_report(tree.jia_operator, rollup="on", include_unit_table="on")
    doc = report_document(report)
    assert doc["rollup"] and doc["attachments"][0]["rows"][-1][0] == "合计"
    assert "{{tst.activities|4}}" in section(report, "A.7").text
    assert "现将我区2024年度" in section(report, "preamble").text
    assert doc["addressee"] == "测试市人民政府" and doc["issuer"] == "甲区人民政府"


def test_compare_page_puts_units_side_by_side_section_by_section(tree, inds, make_report, client_for):
    _records(tree)
    make_report(tree.yi_operator)
    resp = client_for(tree.jia_inspector).get("/reports/compare/", {"unit": tree.district.pk, "year": 2024})
    html = resp.content.decode()
    assert resp.status_code == 200
    assert 'data-key="A.7"' in html and "开展测试活动" in html
    assert "<th>一镇</th>" in html and "<th>二镇</th>" in html
    assert "测试活动参与" in html


def test_workspace_edit_regenerate_and_download(tree, inds, make_report, client_for):
    # given
    add_activity(tree.yi_operator, attendance=12)
    report = make_report(tree.yi_operator)
    c = client_for(tree.yi_operator)
    # when: the workspace shows figures as links to their records
    html = c.get(f"/reports/{report.pk}/").content.decode()
    assert 'class="fig"' in html and "/indicators/records/?" in html and "tst.activities" in html
    # editing a section through the page
    s = section(report, "D")
    resp = c.post(f"/reports/{report.pk}/sections/{s.pk}/", {"action": "save", "text": "完善普法工作机制。"})
    assert resp.status_code == 302
    s.refresh_from_db()
    assert s.text == "完善普法工作机制。" and s.edited
    # regenerate keeps it
    assert c.post(f"/reports/{report.pk}/regenerate/").status_code == 302
    s.refresh_from_db()
    assert s.text == "完善普法工作机制。"
    # downloads
    docx = c.get(f"/reports/{report.pk}/download/docx/")
    assert docx.status_code == 200 and docx["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "开展测试活动1场" in c.get(f"/reports/{report.pk}/download/md/").content.decode()
    # the document page links each figure
    assert 'class="fig"' in c.get(f"/reports/{report.pk}/document/").content.decode()


def test_a_sibling_cannot_open_or_edit_the_report(tree, inds, make_report, client_for):
    report = make_report(tree.yi_operator)
    c = client_for(tree.er_operator)
    assert c.get(f"/reports/{report.pk}/").status_code == 404
    s = section(report, "D")
    assert c.post(f"/reports/{report.pk}/sections/{s.pk}/", {"action": "save", "text": "越权"}).status_code == 404
    s.refresh_from_db()
    assert s.text == ""


def test_home_widget_and_menu_links(tree, inds, client_for):
    from fazhi.deadlines.services import today

    html = client_for(tree.yi_operator).get("/").content.decode()
    assert f"{today().year - 1}年度法治政府建设年度报告" in html and "尚未起草" in html
    for url in ("/indicators/dashboard/", "/indicators/", "/reports/compare/", "/l/reports/annual_reports/"):
        assert url in html


def test_creating_through_the_generic_form_drafts_the_report(tree, inds, client_for):
    add_activity(tree.yi_operator)
    resp = client_for(tree.yi_operator).post("/l/reports/annual_reports/new/", {"year": 2024})
    assert resp.status_code == 302
    report = AnnualReport.objects.get(unit=tree.yi, year=2024)
    assert "{{tst.activities|1}}" in section(report, "A.7").text


def test_part_b_figures_of_a_county_report_are_its_own_even_when_rolled_up(tree, inds, make_report):
    # given: consultations in a township and in the district itself
    add_activity(tree.yi_operator, attendance=100, consultations=50)
    add_activity(tree.jia_operator, attendance=100, consultations=10)
    # when
    report = make_report(tree.jia_operator, rollup="on")
    # then: part A rolls up (2 activities), part B is the district's own ratio (10/100), not the subtree's (60/200)
    assert "{{tst.activities|2}}" in section(report, "A.7").text
    assert "现场咨询比例为{{tst.consult_ratio|10}}%" in section(report, "B").text


def test_ledger_list_detail_and_sample(tree, inds, client_for):
    # given: the ledger's sample creates a drafted report
    report = AnnualReport.ledger().sample(tree.yi, tree.yi_operator)
    c = client_for(tree.yi_operator)
    # when / then: the generic list and the detail page with the report's own links
    assert "一镇人民政府关于2024年度法治政府建设情况的报告" in c.get("/l/reports/annual_reports/", {"year": 2024}).content.decode()
    html = c.get(f"/l/reports/annual_reports/{report.pk}/").content.decode()
    assert 'id="open-workspace"' in html and "/reports/%d/download/docx/" % report.pk in html
    assert 'data-step="review"' not in html   # an operator does not review
    assert 'data-step="review"' in client_for(tree.yi_reviewer).get(f"/l/reports/annual_reports/{report.pk}/").content.decode()

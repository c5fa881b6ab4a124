"""Drafting from records, regeneration that keeps edits, the diff when the draft changes, typed figures."""

import datetime as dt

from fazhi.indicators.tests.helpers import add_activity
from fazhi.reports.drafting import draft, numbers_in, typed_figures
from fazhi.reports.services import (
    annual_report_regenerate, report_checks, report_figure_acknowledge, report_section_edit, report_section_keep,
    report_section_revert,
)

from .conftest import section


def test_draft_states_the_computed_figures_with_markers(tree, inds, make_report):
    # given: 3 activities of 一镇 in 2024, one on a campaign day
    add_activity(tree.yi_operator, attendance=100, campaign=True)
    add_activity(tree.yi_operator, attendance=50)
    add_activity(tree.yi_operator, attendance=30)
    # when
    report = make_report(tree.yi_operator)
    # then: the 普法 paragraph (part A, （七）) states 3 activities, 180 people and the 33.3% rate
    a7 = section(report, "A.7").text
    assert "开展测试活动{{tst.activities|3}}场" in a7
    assert "测试活动参与{{tst.attendance|180}}人次" in a7
    assert "宣传日活动占比为{{tst.campaign_rate|33.3}}%" in a7
    assert section(report, "preamble").text == "按照《法治政府建设与责任落实督察工作规定》要求，现将我镇2024年度法治政府建设情况报告如下。"
    # the ratio declared for part B lands in part B; the missed target (33.3% < 50%) is a weak spot in part C
    assert "现场咨询比例为{{tst.consult_ratio|" in section(report, "B").text
    assert "宣传日活动占比为{{tst.campaign_rate|33.3}}%，低于50%的工作目标" in section(report, "C").text
    # nothing is said about another body, and sections without records stay empty
    full = "".join(s.text for s in report.sections.all())
    for foreign in ("区长", "公安", "我市", "我区", "我乡"):
        assert foreign not in full
    assert section(report, "A.4").text == ""


def test_adding_a_record_through_the_api_changes_the_figure_and_the_regenerated_paragraph(tree, inds, make_report, api_for):
    # given: a report drafted over one activity
    add_activity(tree.yi_operator, attendance=20)
    report = make_report(tree.yi_operator)
    assert "{{tst.activities|1}}" in section(report, "A.7").text
    from fazhi.indicators.tests.helpers import _choice

    # when: the clerk adds an activity through the JSON API and regenerates
    resp = api_for(tree.yi_operator).post("/api/publicity/activities/", {
        "held_on": "2024-09-01", "title": "API 登记的活动", "venue_type": _choice("venue_type"),
        "audience": _choice("audience"), "attendance": 5, "method": _choice("method")}, content_type="application/json")
    assert resp.status_code == 201, resp.content
    annual_report_regenerate(user=tree.yi_operator, report=report)
    # then
    text = section(report, "A.7").text
    assert "{{tst.activities|2}}" in text and "{{tst.attendance|25}}" in text


def test_edits_survive_regeneration_only_the_figures_in_markers_change(tree, inds, make_report):
    # given: a report, and the clerk rewrites the 普法 section keeping the figure marker
    add_activity(tree.yi_operator)
    report = make_report(tree.yi_operator)
    s = report_section_edit(user=tree.yi_operator, section=section(report, "A.7"),
                            text="我镇坚持“谁执法谁普法”，全年开展测试活动{{tst.activities|1}}场，群众反响良好。")
    # when: a record is added and the report regenerated
    add_activity(tree.yi_operator, on=dt.date(2024, 10, 1))
    annual_report_regenerate(user=tree.yi_operator, report=report)
    # then: the words are kept, the number inside the marker is updated
    s.refresh_from_db()
    assert s.text == "我镇坚持“谁执法谁普法”，全年开展测试活动{{tst.activities|2}}场，群众反响良好。"
    assert s.edited and not s.generated_changed  # only figures changed in the generated draft: no diff to read


def test_a_changed_generated_text_under_an_edit_is_shown_as_a_diff_until_checked(tree, inds, make_report):
    # given: no activity yet, so the clerk writes the 普法 section by hand
    report = make_report(tree.yi_operator)
    assert section(report, "A.7").text == ""
    s = report_section_edit(user=tree.yi_operator, section=section(report, "A.7"), text="全年持续开展普法宣传。")
    add_activity(tree.yi_operator, campaign=True)
    # when: the generated draft under the edit gains the activity figures
    changed = annual_report_regenerate(user=tree.yi_operator, report=report)
    # then: the edit is kept, and the section is flagged with a diff to read
    s.refresh_from_db()
    assert [c.key for c in changed] == ["A.7"] and s.generated_changed
    assert s.text == "全年持续开展普法宣传。"
    assert report_checks(report)["pending"] == [s]
    from fazhi.reports.services import section_diff

    assert ("+", "2024年，开展测试活动1场，测试活动参与10人次，宣传日活动占比为100%。") in section_diff(s)
    # keeping the edit clears the flag; reverting takes the new draft
    report_section_keep(user=tree.yi_operator, section=s)
    s.refresh_from_db()
    assert not s.generated_changed and s.text == "全年持续开展普法宣传。"
    report_section_revert(user=tree.yi_operator, section=s)
    s.refresh_from_db()
    assert not s.edited and s.text == s.generated and "{{tst.activities|1}}" in s.text


def test_typed_figures_that_match_no_computed_figure_are_flagged(tree, inds, make_report):
    # given: 2 activities; the clerk types 3 (wrong), 2 (right), a date, a year and a document number
    add_activity(tree.yi_operator)
    add_activity(tree.yi_operator)
    report = make_report(tree.yi_operator)
    s = report_section_edit(user=tree.yi_operator, section=section(report, "A.7"), text=(
        "2024年3月5日，我镇依据《法治政府建设实施纲要（2021－2025年）》和渝北府发〔2021〕5号文件，"
        "开展活动3场，其中进村2场，第114次常务会议研究，公共法律服务热线12348。"))
    # when / then
    assert report_checks(report)["typed"] == {s.heading: ["3", "12348"]}
    report_figure_acknowledge(user=tree.yi_operator, section=s, number="12348", note="公共法律服务热线号码")
    assert report_checks(report)["typed"] == {s.heading: ["3"]}


def test_number_extraction_skips_dates_titles_document_numbers_and_ordinals():
    assert numbers_in("1.2020年12月4日召开第3次会议，依据《条例（2019年修订）》和〔2021〕28号，调解95.5%、共215件") == ["95.5", "215"]
    assert typed_figures("共{{a.b|215}}件，另有7件", "", {}) == ["7"]


def test_a_township_draft_for_a_county_reads_as_the_county(tree, inds):
    # given: records in both townships
    add_activity(tree.yi_operator)
    add_activity(tree.er_operator)
    # when
    d = draft(tree.district, 2024, rollup=True)
    # then
    assert "{{tst.activities|2}}" in d.sections["A.7"]
    assert "现将我区2024年度" in d.sections["preamble"]

"""wrong_year and outdated_reference on small crafted reports."""

from __future__ import annotations

from .helpers import ACHIEVEMENTS, context_for, quotes, report, run_check


def _with(paragraph: str, **kw) -> str:
    return report(achievements=(*ACHIEVEMENTS, paragraph), **kw)


# -- wrong_year ------------------------------------------------------------------------------------

def test_clean_report_has_no_year_finding():
    assert run_check("wrong_year", report()) == []


def test_last_years_paragraph_in_the_achievements():
    # given a 2020 report whose achievements describe 2019's documents
    text = _with("（三）加强制度建设。2019年所发出的公文主要为通知、会议纪要，均不属规范性文件。")
    # when checked
    findings = run_check("wrong_year", text)
    # then it is an error quoting the sentence
    assert [(f.severity, f.evidence["found"]) for f in findings] == [("error", 2019)]
    assert findings[0].quote.startswith("2019年所发出的公文")


def test_earlier_years_in_comparisons_dates_and_titles_are_fine():
    text = _with(
        "（三）办理案件比2019年增加12件；自2018年起实行法律顾问制度；"
        "学习《重大行政决策程序暂行条例》（2019年4月20日公布）；在2019年度考核中获评优秀；"
        "2020年办结2019年受理的信访件3件。"
    )
    assert run_check("wrong_year", text) == []


def test_heading_with_last_years_number():
    # given a 2020 report whose shortcomings heading says 2019 and next-year heading says 2020
    text = report().replace("二、2020年推进", "二、2019年推进").replace("四、2021年推进", "四、2020年推进")
    # when checked
    findings = run_check("wrong_year", text)
    # then both headings are errors
    assert sorted((f.evidence["found"], f.evidence["expected"]) for f in findings) == [(2019, 2020), (2020, 2021)]


def test_seventh_five_year_publicity_plan_after_2020():
    # given 七五普法 in a 2021 report and in a 2020 report
    late = run_check("wrong_year", _with("（三）深入开展七五普法，举办讲座4场。", year=2021))
    on_time = run_check("wrong_year", _with("（三）七五普法顺利收官，举办讲座4场。"))
    # then only the 2021 report is flagged
    assert quotes(late) == ["七五普法"]
    assert on_time == []


def test_plan_with_a_period_that_is_over():
    # given a 2022 report still working under the 2015—2020 纲要
    text = _with("（三）贯彻落实《法治政府建设实施纲要（2015—2020年）》，完成任务12项。", year=2022)
    findings = run_check("wrong_year", text)
    assert [f.severity for f in findings] == ["warning"]
    # and a next-year part already working under the 2021—2025 纲要 is fine in a 2020 report
    ok = report(next_year=("一是贯彻《法治政府建设实施纲要（2021—2025年）》，完成评查30卷。",))
    assert run_check("wrong_year", ok) == []


def test_report_numbered_in_the_reported_year():
    # given a 2020 report whose own document number is 〔2020〕
    text = "遂溪县青石镇人民政府文件\n遂镇府〔2020〕157号\n" + report(unit="遂溪县青石镇人民政府", addressee="县政府：")
    # when checked
    findings = run_check("wrong_year", text)
    # then it was issued before the year ended
    assert [(f.quote, f.severity) for f in findings] == [("遂镇府〔2020〕157号", "warning")]
    # and a number of the next year is fine
    assert run_check("wrong_year", text.replace("〔2020〕", "〔2021〕")) == []


def test_inspector_year_that_contradicts_the_title():
    findings = run_check("wrong_year", report(), year=2021)
    assert any(f.quote == "2020年" and f.line == 1 for f in findings)
    assert context_for(report(), year=2021).who.year == 2021


# -- outdated_reference ----------------------------------------------------------------------------

def test_clean_report_has_no_outdated_reference():
    assert run_check("outdated_reference", report()) == []


def test_repealed_law_is_an_error_after_its_repeal():
    # given the 行政监察法 cited in a 2020 report and in a 2017 report
    sentence = "（三）严格执行行政监察法和公务员法，办理案件12件。"
    after = run_check("outdated_reference", _with(sentence))
    before = run_check("outdated_reference", _with(sentence, year=2017))
    # then only the 2020 report is flagged, with the source of the repeal
    assert [(f.quote, f.severity) for f in after] == [("行政监察法", "error")]
    assert "监察法" in after[0].evidence["source"]
    assert before == []


def test_the_current_supervision_law_is_not_the_repealed_one():
    assert run_check("outdated_reference", _with("（三）开展《中华人民共和国监察法》专题培训1次。")) == []


def test_abolished_bodies_and_slogans():
    text = _with("（三）建立公安、工商、民政联动机制，在社会主义新农村建设中开展法制宣传3场。")
    found = {f.quote: f.severity for f in run_check("outdated_reference", text)}
    assert found == {"工商": "warning", "社会主义新农村": "warning", "法制宣传": "info"}


def test_private_business_owners_are_not_the_abolished_bureau():
    assert run_check("outdated_reference", _with("（三）为270户个体工商户减免房租，走访工商联2次。")) == []


def test_document_cited_with_the_wrong_number_and_title():
    # given the 督察规定 cited with a wrong prefix, year and title, and correctly elsewhere
    wrong = _with("（三）学习中办国办发〔2020〕28号文件《法治政府建设与责任落实督查工作规定》。")
    right = _with("（三）学习《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）。")
    # when checked
    found = run_check("outdated_reference", wrong)
    # then the number is an error and the title a warning; the correct citation is fine
    assert {(f.quote, f.severity) for f in found} == {
        ("中办国办发〔2020〕28号", "error"),
        ("法治政府建设与责任落实督查工作规定", "warning"),
    }
    assert run_check("outdated_reference", right) == []


def test_wrong_official_names_and_brackets():
    text = _with("（三）利用全民国家安全宣传日开展宣传，落实渝府发[2020]12号文件，推进法定代表人出庭应诉。")
    found = {f.quote: f.evidence.get("correct") for f in run_check("outdated_reference", text)}
    assert found == {"全民国家安全宣传日": "全民国家安全教育日", "渝府发[2020]12号": None, "法定代表人出庭应诉": "负责人出庭应诉"}

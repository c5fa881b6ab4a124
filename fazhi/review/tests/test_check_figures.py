"""Figures: extraction, inconsistent_figure on crafted texts, and property tests of the arithmetic."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fazhi.review.engine.figures import extract, rate_feasible, rate_matches
from fazhi.review.engine.review import prepare_text

from .helpers import ACHIEVEMENTS, report, run_check


def _with(paragraph: str, **kw) -> str:
    return report(achievements=(*ACHIEVEMENTS, paragraph), **kw)


def _figures(text: str):
    return extract(prepare_text(text, name="t"))


def _stated(k: int, n: int, decimals: int) -> str:
    value = (Decimal(k) * 100 / Decimal(n)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    return f"{value}"


# -- extraction ---------------------------------------------------------------------------------------

def test_figures_are_extracted_with_value_unit_label_and_interval():
    # given a sentence with counts, approximate counts, ten-thousands and a rate
    figs = _figures("全年发放宣传资料近8万份，法治宣传1838场13万余人次，成功调处204件，成功率达95%。")
    # then each figure is read, and approximations are intervals
    got = [(f.text, f.value, f.unit, f.low, f.high) for f in figs]
    assert got == [
        ("近8万份", 80000, "份", 72000, 80000),
        ("1838场", 1838, "场", 1838, 1838),
        ("13万余人次", 130000, "人次", 130000, 139999),
        ("204件", 204, "件", 204, 204),
        ("95%", 95, "%", 95, 95),
    ]
    assert figs[3].label == "成功调处" and figs[4].label == "成功率"


def test_years_dates_ordinals_document_numbers_and_phones_are_not_figures():
    figs = _figures("2020年3月4日召开第116次常务会议，印发渝府发〔2020〕28号文件，热线12345，电话13908257027。")
    assert figs == []


def test_figure_text_is_an_exact_substring_of_its_line():
    for f in _figures(report()):
        assert f.text in report().split("\n")[f.line - 1]


# -- inconsistent_figure --------------------------------------------------------------------------------

def test_clean_report_has_no_inconsistent_figure():
    assert run_check("inconsistent_figure", report()) == []


def test_rate_that_cannot_follow_from_one_count():
    # given 95.2% of 194 (no whole number gives it) and 95.4% of 194 (185 does)
    bad = run_check("inconsistent_figure", _with("（三）年检社会组织194个，合格率95.2%。"))
    good = run_check("inconsistent_figure", _with("（三）年检社会组织194个，合格率95.4%。"))
    # then only the impossible rate is an error, with the nearest possible rates as evidence
    assert [(f.severity, f.evidence["nearest"]) for f in bad] == [("error", [(184, 94.85), (185, 95.36)])]
    assert good == []


def test_rate_that_does_not_follow_from_its_two_counts():
    bad = run_check("inconsistent_figure", _with("（三）受理信访件513宗，办结473宗，办结率为95.2%。"))
    assert [f.evidence["computed"] for f in bad] == [92.2]
    assert run_check("inconsistent_figure", _with("（三）受理信访件513宗，办结473宗，办结率为92.2%。")) == []


def test_rate_with_a_base_smaller_than_its_part():
    findings = run_check("inconsistent_figure", _with("（三）受理信访案件77起，录入领导接访96件，全部办结，办结率达100%。"))
    assert [(f.severity, f.evidence["counts"]) for f in findings] == [("warning", ["77起", "96件"])]


def test_changes_and_bounds_are_not_rates_of_the_counts():
    text = _with("（三）排查纠纷268件，化解问题2个，成功率从91%提高到99%以上，来访量下降30%，网上可办率达96%。")
    assert run_check("inconsistent_figure", text) == []


def test_parts_that_do_not_add_up_to_the_total():
    # given a total with four parallel parts that sum to less, and people counts within rounding
    text = _with("（三）全区法治宣传1838场13万余人次，其中干部法治教育690场3万余人次，青少年法治教育84场2万余人次，"
                 "企业职工法治教育242场1.4万人次，农民法治教育633场6.3万人次。")
    findings = run_check("inconsistent_figure", text)
    # then only the sessions are reported, with the gap
    assert [(f.severity, f.evidence["gap"]) for f in findings] == [("warning", 189)]


def test_parts_larger_than_the_total_are_an_error():
    text = _with("（三）落实证明事项清单56项，其中行政许可27项、行政确认25项、公共服务23项。")
    assert [f.severity for f in run_check("inconsistent_figure", text)] == ["error"]
    ok = _with("（三）落实证明事项清单56项，其中行政许可27项、行政确认5项、行政给付1项、公共服务23项。")
    assert run_check("inconsistent_figure", ok) == []


def test_non_parallel_details_after_qizhong_are_not_summed():
    text = _with("（三）调解各类案件3731件，调解成功3626件，其中调解信访陈年旧案42件，调解协议已履行3618件。")
    assert run_check("inconsistent_figure", text) == []


def test_part_larger_than_its_whole():
    findings = run_check("inconsistent_figure", _with("（三）687项行政许可事项中有719项入驻行政服务中心。"))
    assert [(f.severity, f.evidence["whole"], f.evidence["subset"]) for f in findings] == [("error", 687, 719)]


def test_annual_figures_counted_to_november_and_figures_after_the_cutoff():
    partial = run_check("inconsistent_figure", _with("（三）截止11月底，共受理信访件513宗。"))
    late = run_check("inconsistent_figure", _with("（三）截至2021年3月31日，共受理信访件513宗。"))
    assert [(f.severity, f.evidence["cutoff_month"]) for f in partial] == [("warning", 11)]
    assert [(f.severity, f.quote) for f in late] == [("error", "2021年3月31日")]


def test_fewer_documents_filed_than_published():
    text = _with("（三）行政规范性文件公开发布12件，共审查文件73件，报备11件。")
    findings = run_check("inconsistent_figure", text)
    assert [(f.evidence["issued"], f.evidence["filed"]) for f in findings] == [("12件", "11件")]
    assert run_check("inconsistent_figure", text.replace("报备11件", "报备12件")) == []


def test_one_activity_total_told_twice_with_different_figures():
    # given two cleanup statements whose totals differ (124 vs 94+24=118)
    text = _with("（三）各部门认真清理现行有效的规范性文件和其他政策措施共计124件。"
                 "对以镇政府名义下发的文件进行清理，清理出现行有效文件94件，拟废止拟修改文件24件。")
    # when checked
    findings = run_check("inconsistent_figure", text)
    # then one warning names both totals
    assert [(f.severity, f.evidence["topic"], f.evidence["totals"]) for f in findings] == [
        ("warning", "文件清理", [124, 118])]
    assert findings[0].quote == "清理现行有效的规范性文件和其他政策措施共计124件"
    # and when the parts add up to the total, nothing is reported
    assert run_check("inconsistent_figure", text.replace("94件", "100件")) == []
    # nor when a cleanup mechanism is mentioned next to an unrelated count
    other = _with("（三）坚持定期清理和专项清理相结合的工作机制，开展规范性文件备案审查3件。清理文件12件。")
    assert run_check("inconsistent_figure", other) == []


# -- properties of the arithmetic ---------------------------------------------------------------------

@given(n=st.integers(1, 5000), data=st.data(), decimals=st.integers(0, 2))
def test_a_correctly_rounded_rate_always_matches(n, data, decimals):
    # given any count k out of n and the rate written with 0–2 decimals
    k = data.draw(st.integers(0, n))
    stated = float(_stated(k, n, decimals))
    # then the rate matches its counts and is feasible for the base
    assert rate_matches(k, n, stated, decimals)
    assert rate_feasible(n, stated, decimals)


@given(n=st.integers(1, 400), tenths=st.integers(0, 1000))
def test_feasibility_agrees_with_brute_force(n, tenths):
    # given any base and any rate with one decimal
    stated = tenths / 10
    # then feasibility is exactly "some whole count gives it"
    brute = any(rate_matches(k, n, stated, 1) for k in range(n + 1))
    assert rate_feasible(n, stated, 1) == brute


@given(k=st.integers(0, 999), n=st.integers(1, 999), off=st.sampled_from([-3, -2, 2, 3]))
def test_a_rate_off_by_whole_points_never_matches(k, n, off):
    k = min(k, n)
    stated = float(_stated(k, n, 0)) + off
    assert not rate_matches(k, n, stated, 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.integers(1, 900), min_size=2, max_size=5), delta=st.integers(-50, 50))
def test_parts_and_totals(parts, delta):
    # given a total and its parallel parts listed with 、
    total = sum(parts) + delta
    if total <= 0:
        return
    listed = "、".join(f"第{i + 1}类{p}件" for i, p in enumerate(parts))
    text = _with(f"（三）全年办理各类事项{total}件，其中{listed}。")
    # when checked
    severities = [f.severity for f in run_check("inconsistent_figure", text)]
    # then: equal sum → nothing; parts above the total → error; below → warning
    if delta == 0:
        assert severities == []
    elif delta < 0:
        assert severities == ["error"]
    else:
        assert severities == ["warning"]


@settings(max_examples=40, deadline=None)
@given(n=st.integers(2, 3000), data=st.data())
def test_rate_sentences(n, data):
    # given "受理n件，办结k件，办结率r%" with r computed correctly, or shifted by ≥ 1.5 points
    k = data.draw(st.integers(1, n))
    shift = data.draw(st.sampled_from([0, 0, 1.5, -1.5, 7]))
    rate = float(_stated(k, n, 1)) + shift
    if not 0 <= rate <= 100:
        return
    text = _with(f"（三）受理群众诉求{n}件，办结{k}件，办结率{rate:.1f}%。")
    # when checked
    findings = run_check("inconsistent_figure", text)
    # then only the wrong rate is an error
    assert [f.severity for f in findings] == ([] if shift == 0 else ["error"])


@given(value=st.integers(1, 99999), unit=st.sampled_from(["件", "人次", "名", "场", "项", "万元", "户"]))
def test_extracted_value_and_text_round_trip(value, unit):
    figs = _figures(f"全年共办理{value}{unit}。")
    assert len(figs) == 1
    expected = value * 10000 if unit == "万元" else value
    assert figs[0].value == expected and figs[0].text == f"{value}{unit}"

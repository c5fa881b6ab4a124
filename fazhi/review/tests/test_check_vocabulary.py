"""wrong_level and foreign_place on small crafted reports."""

from __future__ import annotations

from .helpers import ACHIEVEMENTS, quotes, report, run_check


def _with(paragraph: str, **kw) -> str:
    return report(achievements=(*ACHIEVEMENTS, paragraph), **kw)


def test_clean_township_report_has_no_level_or_place_finding():
    text = report()
    assert run_check("wrong_level", text) == []
    assert run_check("foreign_place", text) == []


def test_district_words_in_a_township_report():
    # given a township report that calls itself 我区 and names a 区长 as 第一责任人
    text = _with("（三）加强领导。区长认真履行推进法治政府建设第一责任人职责，纳入我区目标责任考核内容。")
    # when checked
    findings = run_check("wrong_level", text)
    # then both are wrong-level errors
    assert {(f.quote, f.severity) for f in findings} == {("区长", "error"), ("我区", "error")}


def test_district_words_about_the_district_are_fine():
    # given a township report that mentions the district correctly
    text = _with("（三）在区委、区政府的领导下，按照全区法治政府建设工作部署，我镇的经验在全区推广。")
    # when checked, then nothing is reported
    assert run_check("wrong_level", text) == []


def test_xiang_words_in_a_town_and_town_words_in_a_xiang():
    # given 我乡 in a 镇 report and 我镇 in a 乡 report
    town = run_check("wrong_level", _with("（三）进一步推进我乡行政体制改革，在全乡范围内宣传。"))
    xiang = run_check("wrong_level", report(unit="重庆市丰都县青石乡人民政府", me="我乡",
                                            achievements=("（一）我镇完成权责清单312项。",)))
    # then each is flagged, while 乡镇 and 城乡 are not words of a level
    assert quotes(town) == ["我乡", "全乡"]
    assert quotes(xiang) == ["我镇"]
    assert run_check("wrong_level", _with("（三）统筹城乡发展，指导各乡镇开展工作。")) == []


def test_assessors_wording_about_the_units_own_leaders():
    # given a township that "puts its own principal leaders' duty into the assessment system"
    copied = _with("（三）将本单位党政主要负责人履行推进法治建设第一责任人职责情况纳入综合考核指标体系，加大考核力度。")
    # when checked, then it is the assessing body's wording
    findings = run_check("wrong_level", copied)
    assert [(f.severity, f.evidence["rule"]) for f in findings] == [("warning", "assessor_wording_about_own_leaders")]
    assert "纳入综合考核指标体系" in findings[0].quote
    # and a township assessing its villages, or reporting that the district assessed it, is fine
    own = _with("（三）将各村（社区）党组织书记履行法治建设职责情况纳入年度考核，区委已将镇党政主要负责人履职情况纳入考核。")
    assert run_check("wrong_level", own) == []


def test_party_group_in_a_township_but_not_party_organisations():
    findings = run_check("wrong_level", _with("（三）严格落实党委党组中心组学习制度，全镇各党组织共开展学习12次。"))
    assert quotes(findings) == ["党组"]


def test_province_words_in_a_municipality_but_not_elsewhere():
    # given the same sentence in a 重庆 township report and in a 广东 township report
    sentence = "（三）针对省委依法治省办专项督察提出的问题认真整改，全省排名靠前。"
    chongqing = run_check("wrong_level", _with(sentence))
    guangdong = run_check("wrong_level", _with(sentence, unit="遂溪县青石镇人民政府", addressee="县政府："))
    # then only the municipality report is flagged
    assert {f.quote for f in chongqing} == {"省委依法治省办", "全省"}
    assert guangdong == []


def test_township_words_in_a_district_report():
    text = report(unit="重庆市渝北区人民政府", addressee="市政府：", me="我区",
                  achievements=("（一）我镇完成权责清单312项。", "（二）全区26个乡镇（街道）建立法律顾问制度。"))
    assert quotes(run_check("wrong_level", text)) == ["我镇"]


def test_level_words_inside_a_cited_title_are_not_used_about_the_issuer():
    text = _with("（三）学习《关于我区全面推进依法行政的实施意见》，全年学法12次。")
    assert run_check("wrong_level", text) == []


def test_city_self_reference_is_a_foreign_place():
    # given 我市 in a township report
    findings = run_check("foreign_place", _with("（三）目前，我市还有近28万农村人口处于贫困状态。"))
    # then it is a foreign place error
    assert [(f.quote, f.severity) for f in findings] == [("我市", "error")]


def test_county_level_city_may_say_wo_shi():
    text = report(unit="湛江市廉江市人民政府", addressee="湛江市人民政府：", me="我市",
                  achievements=("（一）我市公布权责清单事项312项。",))
    assert run_check("foreign_place", text) == []


def test_neighbouring_county_as_subject_or_in_first_person():
    # given a 丰都 township report with sentences copied from 武隆 and 忠县 material
    text = report(unit="重庆市丰都县青石镇人民政府", addressee="县政府：", achievements=(
        "（一）2020年，武隆区法治政府建设工作坚持依法行政，成效明显。",
        "（二）我忠县认真落实行政执法三项制度。",
        "（三）学习借鉴武隆区的经验，邀请丰都县司法局授课。",
    ))
    # when checked
    findings = run_check("foreign_place", text)
    # then the copied sentences are flagged, the plain mention of a neighbour is not
    assert sorted(f.quote for f in findings) == ["我忠县", "武隆区"]
    assert all(f.severity == "error" for f in findings)


def test_another_township_in_first_person():
    findings = run_check("foreign_place", _with("（三）我龙河镇坚持依法行政。"))
    assert quotes(findings) == ["我龙河镇"]
    assert run_check("foreign_place", _with("（三）我镇坚持依法行政，城镇建设有序。")) == []


def test_policy_of_another_province_cited_as_basis():
    # given a 重庆 report citing a 广东 plan, and a 广东 report citing it
    sentence = "（三）参照《广东省法治政府建设实施纲要（2016—2020年）》的要求开展工作。"
    chongqing = run_check("foreign_place", _with(sentence))
    guangdong = run_check("foreign_place", _with(sentence, unit="遂溪县青石镇人民政府", addressee="县政府："))
    # then only the 重庆 report is warned
    assert [(f.severity, f.evidence["place"]) for f in chongqing] == [("warning", "广东省")]
    assert guangdong == []

"""off_topic, contradiction and missing_part on small crafted reports."""

from __future__ import annotations

from fazhi.review.engine.checks.off_topic import judge

from .helpers import ACHIEVEMENTS, report, run_check

POLICE = (
    "（三）严格执法。做好新形势下公安执法工作必然要求我们牢固树立“立警为公，执法为民”的执法思想，"
    "执法质量是公安机关的生命线，要在执法办案中展现警察队伍的良好素质，坚决克服就办案而办案的倾向。"
)
POVERTY = (
    "（三）强化扶贫攻坚责任。目前还有近28万农村人口处于贫困状态，要扎实开展干部驻村帮扶行动，"
    "实行贫困村、贫困户帮扶全覆盖，只要贫困村不摘帽、贫困户不脱贫，工作组就不撤退。"
)
EPIDEMIC = (
    "（三）狠抓疫情防控。成立疫情防控领导小组，推行四级网格化防控模式，加强重点人员排查，"
    "引导群众坚持戴口罩、测量体温、保持社交距离。"
)
LEGAL_EPIDEMIC = (
    "（三）依法防控疫情。对疫情防控中的行政执法行为开展合法性审查，发布疫情防控规范性文件2件，"
    "办理涉疫行政处罚案件3件，全部经过法制审核。"
)


def _with(paragraph: str, **kw) -> str:
    return report(achievements=(*ACHIEVEMENTS, paragraph), **kw)


# -- off_topic --------------------------------------------------------------------------------------

def test_clean_report_has_no_off_topic_paragraph():
    assert run_check("off_topic", report()) == []


def test_police_poverty_and_epidemic_paragraphs_are_off_topic():
    for paragraph, domain in ((POLICE, "police"), (POVERTY, "poverty"), (EPIDEMIC, "epidemic")):
        # given a report with one such paragraph
        findings = run_check("off_topic", _with(paragraph))
        # then exactly that paragraph is flagged, with its domain and transparent scores
        assert [f.quote for f in findings] == [paragraph], domain
        evidence = findings[0].evidence
        assert evidence["domain"] == domain
        assert evidence["domain_score"] >= evidence["thresholds"]["min_score"]
        assert evidence["terms"]


def test_epidemic_control_framed_as_legal_work_is_on_topic():
    assert run_check("off_topic", _with(LEGAL_EPIDEMIC)) == []


def test_a_passing_mention_does_not_make_a_paragraph_off_topic():
    paragraph = ("（三）依法化解矛盾纠纷。全镇各级调解组织积极参与扶贫领域矛盾纠纷化解工作，"
                 "全年调解纠纷215件，成功调处204件，为扶贫工作提供了法治保障。")
    assert run_check("off_topic", _with(paragraph)) == []


def test_advertising_is_off_topic():
    spam = ("（三）专业代开发票，各类证书低价包过，加微信领取优惠，扫码即送精美礼品，"
            "详情点击网址www.example.com，或QQ联系客服，代办各类手续，价格从优。")
    verdict = judge(spam)
    assert verdict is not None and verdict["domain"] == "advertising"


def test_off_topic_meeting_cited_as_the_leaders_duty():
    # given a leader-duty paragraph of relevant meetings with one poverty mobilisation meeting in it
    leader = ("镇党委书记主持召开党委会专题研究法治建设4次，镇长主持镇政府常务会议集体学法6次。"
              "9月4日，召开脱贫攻坚“收官大决战”动员部署会议，要求坚决打赢脱贫攻坚战。",)
    # when checked
    findings = run_check("off_topic", report(leader=leader))
    # then only that meeting is reported, as a warning judged on its sentence
    assert [(f.severity, f.evidence["domain"], f.evidence["scope"], f.quote) for f in findings] == [
        ("warning", "poverty", "sentence", "9月4日，召开脱贫攻坚“收官大决战”动员部署会议，要求坚决打赢脱贫攻坚战")]
    # and the same sentence outside the leader-duty part, or a 依法治镇 meeting, is not judged alone
    elsewhere = report(achievements=(*ACHIEVEMENTS, "（三）9月4日，召开脱贫攻坚动员部署会议，依法推进各项工作。"))
    assert run_check("off_topic", elsewhere) == []
    assert run_check("off_topic", report()) == []


def test_short_paragraphs_are_not_judged():
    assert judge("疫情防控，戴口罩。") is None


# -- contradiction ----------------------------------------------------------------------------------

def test_claim_denied_in_the_shortcomings():
    # given achievements claiming no irregular enforcement and shortcomings admitting it
    text = report(
        achievements=(*ACHIEVEMENTS, "（三）规范执法。全年全镇没有发生不规范执法、违法执法行为。"),
        shortcomings=("一是执法行为还不够规范，主要原因是征地任务重、时间紧。",),
    )
    # when checked
    findings = run_check("contradiction", text)
    # then one warning pairs the two statements
    assert [(f.severity, f.evidence["topic"]) for f in findings] == [("warning", "执法行为规范")]
    assert "执法行为还不够规范" in findings[0].evidence["denial"]["text"]


def test_weak_verbs_and_unrelated_shortcomings_are_not_contradictions():
    # given achievements that only "strengthened" something, and shortcomings about another topic
    text = report(
        achievements=(*ACHIEVEMENTS, "（三）加强法律顾问工作，推进政务公开。"),
        shortcomings=("一是法律顾问参与重大决策的作用还有待进一步加强，原因是聘请时间短。",
                      "二是执法人员数量不足，原因是编制调整。"),
    )
    # when checked, then nothing collides
    assert run_check("contradiction", text) == []


def test_problem_rectified_elsewhere_but_hidden_from_the_shortcomings():
    text = report(achievements=(*ACHIEVEMENTS, "（三）切实抓好政府信息公开申请超期答复等问题整改。"))
    findings = run_check("contradiction", text)
    assert [f.quote for f in findings] == ["切实抓好政府信息公开申请超期答复等问题整改"]
    assert findings[0].evidence["topics"] == ["信息公开", "超期"]
    # and when the shortcomings admit it, it is not hidden
    admitted = report(
        achievements=(*ACHIEVEMENTS, "（三）切实抓好政府信息公开申请超期答复等问题整改。"),
        shortcomings=("一是政府信息公开申请答复超期2件，原因是人员不足。",),
    )
    assert run_check("contradiction", admitted) == []


def test_zero_claim_contradicted_by_the_units_own_activity():
    # given "no administrative mediation case" next to 204 disputes mediated, and "no normative
    # document" next to their regular cleanup
    text = report(achievements=(
        "（一）化解纠纷。全年共排查矛盾纠纷215件，成功调处204件，成功率达95%。全年未发生行政调解案件。",
        "（二）制度建设。定期开展规范性文件的清理，本年度发出的公文初步辨别均不属规范性文件。",
    ))
    # when checked
    findings = run_check("contradiction", text)
    # then each zero-claim is a warning that quotes the claim and cites the activity
    assert [(f.evidence["kind"], f.evidence["topic"], f.quote) for f in findings] == [
        ("zero_claim", "行政调解", "全年未发生行政调解案件"),
        ("zero_claim", "规范性文件", "本年度发出的公文初步辨别均不属规范性文件"),
    ]
    assert findings[0].evidence["activity"][0]["text"] == "成功调处204件"


def test_zero_claim_alone_or_explained_is_not_a_contradiction():
    # given zero-claims with no activity of the same subject
    alone = report(achievements=("（一）依法履职。公布权责清单事项312项。", "（二）全年未发生行政调解案件，未制定行政规范性文件。"))
    assert run_check("contradiction", alone) == []
    # and disputes the report attributes to the people's mediation committees
    explained = report(achievements=("（一）村（居）人民调解委员会排查矛盾纠纷215件，成功调处204件。",
                                     "（二）全年未发生行政调解案件。"))
    assert run_check("contradiction", explained) == []


def test_mechanism_claimed_and_planned_again():
    # given a mechanism "further improved" this year and "to be established" next year
    text = report(achievements=(*ACHIEVEMENTS, "（三）充分履职。进一步完善法律顾问工作考核机制，顾问列席会议12次。"),
                  next_year=("一是发挥顾问作用，建立健全顾问工作记录考核机制。",))
    # when checked
    findings = run_check("contradiction", text)
    # then the claim is paired with the plan
    assert [(f.evidence["kind"], f.quote, f.evidence["plan"]["text"]) for f in findings] == [
        ("claim_vs_plan", "进一步完善法律顾问工作考核机制", "建立健全顾问工作记录考核机制"),
    ]


def test_continuing_or_different_mechanisms_are_not_a_contradiction():
    text = report(achievements=(*ACHIEVEMENTS, "（三）进一步完善法律顾问工作考核机制。"),
                  next_year=("一是继续建立健全法律顾问工作考核机制。", "二是建立行政执法协调联动机制。"))
    assert run_check("contradiction", text) == []


# -- missing_part -----------------------------------------------------------------------------------

def test_clean_report_has_all_parts():
    assert run_check("missing_part", report()) == []


def test_missing_leader_duties_part_is_an_error():
    # given a report without the 第一责任人 part
    findings = run_check("missing_part", report(leader=None))
    # then it is an error anchored at the next part's heading
    assert [(f.severity, f.evidence["part"]) for f in findings] == [("error", "leader_duties")]
    assert findings[0].quote.startswith("四、2021年")


def test_every_missing_part_is_reported():
    findings = run_check("missing_part", report(shortcomings=None, next_year=None))
    assert sorted(f.evidence["part"] for f in findings if f.severity == "error") == ["next_year", "shortcomings"]


def test_leader_duties_folded_into_the_achievements_still_count():
    # given a district report with 第一责任人 as the first subsection of the achievements
    text = report(
        unit="重庆市渝北区人民政府", addressee="市政府：", me="我区", leader=None,
        achievements=("（一）党政主要负责人切实履行推进法治建设第一责任人职责。区委书记主持召开常委会会议4次。",
                      *ACHIEVEMENTS[1:]),
    )
    findings = run_check("missing_part", text)
    # then the part is present (info, not an error)
    assert [(f.severity, f.evidence.get("found_by")) for f in findings] == [("info", "subheading")]


def test_misnamed_heading_counts_by_content():
    # given the 第一责任人 content under a heading that does not name it
    text = report(leader=("镇党委书记作为第一责任人主持专题会议4次，镇长作为第一责任人主持学法6次，党政主要负责人年终述法。",))
    text = text.replace("三、2020年党政主要负责人履行推进法治建设第一责任人职责情况", "三、领导带头情况")
    findings = run_check("missing_part", text)
    assert [f.evidence.get("found_by") for f in findings] == ["content"]


def test_shortcomings_without_any_reason():
    text = report(shortcomings=("一是法治宣传不够深入。", "二是执法队伍素质有待提高。", "三是学法不够经常。"))
    findings = run_check("missing_part", text)
    assert [(f.severity, f.evidence["reasons"]) for f in findings] == [("warning", 0)]


def test_leader_part_without_facts_and_plans_in_the_results():
    text = report(
        achievements=(*ACHIEVEMENTS, "（三）大湾镇计划在2020年从六个方面加快法治政府建设。"),
        leader=("认真履行第一责任人职责，自觉做尊法学法守法用法的模范。",),
    )
    findings = run_check("missing_part", text)
    assert sorted(f.evidence["part"] for f in findings) == ["achievements", "leader_duties"]
    assert all(f.severity == "warning" for f in findings)


def test_next_year_without_targets_is_only_information():
    findings = run_check("missing_part", report(next_year=("一是进一步加强法治宣传。",)))
    assert [(f.severity, f.evidence["part"]) for f in findings] == [("info", "next_year")]


def test_two_top_level_headings_with_the_same_number():
    # given a report whose shortcomings heading repeats the number of the achievements heading
    text = report().replace("二、2020年推进法治政府建设存在的不足和原因", "一、2020年推进法治政府建设存在的不足和原因")
    # when checked
    findings = run_check("missing_part", text)
    # then one info names both lines; a list restarting at 一、 after 三、 is not a repetition
    assert [(f.severity, f.evidence["repeated"]) for f in findings] == [("info", "一、")]
    restarted = report(next_year=("一、完成行政执法案卷评查30卷。", "二、年内举办法治培训4期。"))
    assert [f for f in run_check("missing_part", restarted) if "repeated" in f.evidence] == []

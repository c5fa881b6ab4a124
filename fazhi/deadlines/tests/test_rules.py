"""The statutory rule table: every row loads and computes; a bad row is refused with a message."""

from datetime import date

import pytest
import yaml

from fazhi.deadlines.rules import RuleTableError, compute, load_rules

# (id, count, unit) the issue names explicitly; a change here is a change of law, not a refactor.
REQUIRED = [
    ("disclosure.reply", 20, "wd"),
    ("disclosure.reply_extension", 20, "wd"),
    ("disclosure.correction_notice", 7, "wd"),
    ("disclosure.third_party", 15, "wd"),
    ("disclosure.proactive", 20, "wd"),
    ("petition.register", 15, "d"),
    ("petition.objection", 5, "wd"),
    ("petition.handle", 60, "d"),
    ("petition.handle_extension", 30, "d"),
    ("petition.review", 30, "d"),
    ("petition.re_review", 30, "d"),
    ("reconsideration.accept", 5, "wd"),
    ("reconsideration.decide", 60, "d"),
    ("reconsideration.decide_simplified", 30, "d"),
    ("reconsideration.decide_extension", 30, "d"),
    ("reconsideration.opinion_followup", 60, "d"),
    ("enforcement.publish_penalty", 7, "wd"),
    ("enforcement.publish_other", 20, "wd"),
    ("enforcement.withdraw_publication", 3, "wd"),
    ("penalty.case", 90, "d"),
    ("penalty.hearing_request", 5, "wd"),
    ("penalty.hearing_notice", 7, "wd"),
    ("decision.public_comment_min", 30, "d"),
    ("decision.hearing_notice", 7, "d"),
    ("decision.legality_review_min", 7, "wd"),
    ("normative.legality_review_min", 5, "wd"),
    ("normative.legality_review_max", 15, "wd"),
    ("normative.public_comment_min", 7, "wd"),
    ("normative.public_comment_market_min", 30, "d"),
    ("normative.filing", 30, "d"),
    ("mediation.agreement_confirmation", 30, "d"),
    ("annual_report.submit", None, "fixed"),
    ("annual_report.publish", None, "fixed"),
]

GOOD_ROW = {
    "id": "demo.rule",
    "name": "示例",
    "kind": "deadline",
    "statute": "《示例条例》",
    "article": "第一条",
    "count": 5,
    "unit": "wd",
    "starts": "收到之日",
    "extension_rule": None,
    "extension_approver": None,
    "roll_forward": False,
    "local_setting": False,
    "unconfirmed": False,
    "source": "statutes.md §0",
}


def _table(**changes):
    row = {**GOOD_ROW, **changes}
    row = {k: v for k, v in row.items() if v != "__drop__"}
    return yaml.safe_dump({"rules": [row]}, allow_unicode=True)


@pytest.mark.parametrize(("rule_id", "count", "unit"), REQUIRED)
def test_required_rules_exist_with_their_statutory_values(rules, rule_id, count, unit):
    rule = rules[rule_id]
    assert (rule.count, rule.unit) == (count, unit)
    assert rule.statute and rule.article and rule.starts and rule.source


def test_every_rule_computes_and_names_itself(rules, cal):
    for rule in rules.values():
        # given any start date in a scheduled year
        start = date(2025, 6, 16)
        # when computed
        comp = compute(rule, start, cal)
        # then the first line names the rule, its statute and article
        first = comp.lines[0]
        assert rule.id in first and rule.statute in first and rule.article in first, rule.id
        if rule.direction == "before":
            assert comp.due <= start
        else:
            assert comp.due >= start
        if rule.unit == "wd" and rule.count:
            assert cal.is_workday(comp.due), rule.id


def test_flags_carry_their_notes(rules):
    for rule in rules.values():
        assert not rule.local_setting or rule.setting_note, rule.id
        assert not rule.unconfirmed or rule.unconfirmed_note, rule.id
        if rule.extension_rule:
            assert rules[rule.extension_rule].unit == rule.unit, rule.id
    assert rules["normative.filing"].local_setting and rules["annual_report.submit"].local_setting
    assert rules["disclosure.reply"].extension_rule == "disclosure.reply_extension"
    assert rules["decision.public_comment_min"].kind == "minimum"


def test_count_override_is_explained(rules, cal):
    # given a province that sets 15 days for 规范性文件 filing
    comp = compute(rules["normative.filing"], date(2025, 9, 1), cal, count_override=15)
    # then 09-02..09-16 → Tue 09-16 and the explanation says the value is local
    assert comp.due == date(2025, 9, 16)
    assert "本地设置：天数由规则表默认的 30 改为 15" in comp.explanation


def test_fixed_rules_refuse_day_overrides(rules, cal):
    with pytest.raises(ValueError, match="固定日期"):
        compute(rules["annual_report.publish"], date(2025, 1, 1), cal, count_override=10)


def test_good_row_parses():
    assert list(load_rules(_table())) == ["demo.rule"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"count": "__drop__"}, "缺少字段 count"),
        ({"unit": "weeks"}, "字段 unit"),
        ({"count": -3}, "字段 count 应为非负整数"),
        ({"kind": "maximum"}, "字段 kind"),
        ({"roll_forward": "yes"}, "字段 roll_forward 应为 true 或 false"),
        ({"roll_forward": True}, "roll_forward 只能用于"),
        ({"extension_rule": "demo.missing", "extension_approver": "负责人"}, "不存在的规则 demo.missing"),
        ({"local_setting": True}, "字段 setting_note"),
        ({"unconfirmed": True}, "字段 unconfirmed_note"),
        ({"colour": "red"}, "未知字段 colour"),
        ({"id": "DemoRule"}, "id 应为"),
        ({"unit": "fixed", "count": None}, "fixed_by 或 fixed_before"),
        ({"unit": "fixed", "count": None, "fixed_before": "02-30"}, "不是有效日期"),
        ({"name": ""}, "字段 name 应为非空文字"),
    ],
)
def test_malformed_row_is_refused_with_a_message(changes, message):
    with pytest.raises(RuleTableError, match=message) as err:
        load_rules(_table(**changes))
    assert "第 1 条规则" in str(err.value)


def test_duplicate_ids_and_bad_yaml_are_refused():
    doubled = yaml.safe_dump({"rules": [GOOD_ROW, GOOD_ROW]}, allow_unicode=True)
    with pytest.raises(RuleTableError, match="第 2 条规则（demo.rule）：id 重复"):
        load_rules(doubled)
    with pytest.raises(RuleTableError, match="YAML 格式错误"):
        load_rules("rules: [ {id: ")
    with pytest.raises(RuleTableError, match="顶层应为 rules"):
        load_rules("- id: x")


def test_docs_list_every_rule(rules):
    # docs/deadlines.md carries the generated rule list; a rule added to the YAML must appear there
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[3] / "docs" / "deadlines.md").read_text(encoding="utf-8")
    missing = [rid for rid in rules if f"`{rid}`" not in doc]
    assert not missing, f"docs/deadlines.md 缺少规则：{missing}"

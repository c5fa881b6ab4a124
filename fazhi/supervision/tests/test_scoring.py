"""Scoring rules as a clerk types them (DB-free)."""

from decimal import Decimal

import pytest

from fazhi.supervision.scoring import RuleError, apply_rule, parse_rule

P = Decimal(8)


@pytest.mark.parametrize("value, expected", [(100, "8.00"), (100.0, "8.00"), (97.5, "4.00"), (95, "4.00"), (94.9, "0.00"), (0, "0.00")])
def test_threshold_bands_take_the_first_match(value, expected):
    # given "报备及时率 100% 满分, 95% 以上 4 分"
    rule = parse_rule("threshold", "≥100:满分；≥95:4；其他:0")
    # then each value gets the points of the first band it meets
    assert str(apply_rule(rule, value, P)) == expected


def test_lower_is_better_and_ascii_operators():
    rule = parse_rule("threshold", "<=0:满分, <=2:5, else:0")
    assert [str(apply_rule(rule, v, P)) for v in (0, 1, 2, 3)] == ["8.00", "5.00", "5.00", "0.00"]


def test_a_bare_number_means_at_least_and_no_band_means_zero():
    rule = parse_rule("threshold", "90:8")
    assert apply_rule(rule, 90, P) == 8 and apply_rule(rule, 89, P) == 0


def test_proportional_is_capped_at_full_points():
    rule = parse_rule("proportional", "目标值:100")
    assert [str(apply_rule(rule, v, Decimal(5))) for v in (0, 50, 99, 100, 250)] == ["0.00", "2.50", "4.95", "5.00", "5.00"]


def test_points_never_exceed_the_indicator():
    rule = parse_rule("threshold", "≥0:12")
    assert apply_rule(rule, 3, P) == P


@pytest.mark.parametrize("kind, text, fragment", [
    ("threshold", "", "须填写规则参数"),
    ("threshold", "≥95", "缺少得分"),
    ("threshold", "大约95:4", "看不懂分档条件"),
    ("threshold", "≥95:四分", "不是数字"),
    ("proportional", "全部完成", "目标值:100"),
    ("proportional", "目标值:0", "大于 0"),
    ("weird", "1", "未知的评分规则"),
])
def test_unreadable_rules_say_why_in_chinese(kind, text, fragment):
    with pytest.raises(RuleError) as exc:
        parse_rule(kind, text)
    assert fragment in str(exc.value)


def test_describe_reads_back_the_rule():
    assert parse_rule("threshold", "≥100:满分；其他:0").describe() == "≥100 得 满分；其他 得 0 分"
    assert "÷ 100" in parse_rule("proportional", "100").describe()

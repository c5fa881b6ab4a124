"""法定时限规则表：rules.yaml 中的数据，加上按规则计算期限的 compute()。

规则是数据而不是代码（issue 2 第 7 项）：新增或修改一个时限只改 rules.yaml，
这里只负责校验和按单位（日 / 工作日 / 次年固定日期）分派到 calendar.py。
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from .calendar import (
    Computation,
    WorkCalendar,
    add_natural_days,
    add_working_days,
    fmt,
    natural_days_before,
    working_days_before,
)

__all__ = ["Rule", "RuleTableError", "load_rules", "parse_rules", "compute", "UNIT_LABELS"]

UNIT_LABELS = {"d": "日（自然日）", "wd": "个工作日", "fixed": "（固定日期）"}
KIND_LABELS = {"deadline": "应当在届满日（含）之前完成", "minimum": "最短期间，不得早于届满日结束"}

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_MMDD_RE = re.compile(r"^(\d{2})-(\d{2})$")

_REQUIRED = (
    "id", "name", "kind", "statute", "article", "count", "unit", "starts",
    "extension_rule", "extension_approver", "roll_forward", "local_setting",
    "unconfirmed", "source",
)  # fmt: skip
_OPTIONAL = (
    "direction", "setting_note", "unconfirmed_note", "note",
    "fixed_by", "fixed_before", "year_offset",
)  # fmt: skip


class RuleTableError(ValueError):
    """规则表有错误；消息指明第几条、哪个字段。"""


@dataclass(frozen=True)
class Rule:
    """一条法定时限规则（rules.yaml 的一行）。字段含义见 docs/deadlines.md。"""

    id: str
    name: str
    kind: str  # deadline | minimum
    statute: str
    article: str
    count: int | None  # None only for unit == "fixed"
    unit: str  # d | wd | fixed
    starts: str
    extension_rule: str | None
    extension_approver: str | None
    roll_forward: bool
    local_setting: bool
    unconfirmed: bool
    source: str
    direction: str = "after"  # after: start + n; before: anchor − n ("N 日前")
    setting_note: str | None = None
    unconfirmed_note: str | None = None
    note: str | None = None
    fixed_by: str | None = None  # "MM-DD": due on that day
    fixed_before: str | None = None  # "MM-DD": due the day before
    year_offset: int = 1

    @property
    def limit_text(self) -> str:
        """"20 个工作日" / "30 日（自然日）" / "次年4月1日之前"。"""
        if self.unit == "fixed":
            mmdd = self.fixed_before or self.fixed_by or ""
            m, d = (int(x) for x in mmdd.split("-"))
            when = "次年" if self.year_offset == 1 else f"{self.year_offset} 年后的"
            return f"{when}{m}月{d}日" + ("之前" if self.fixed_before else "（含）前")
        if self.direction == "before":
            return f"{self.count} {'个工作日' if self.unit == 'wd' else '日'}前"
        return f"{self.count} {UNIT_LABELS[self.unit]}"

    @property
    def citation(self) -> str:
        return f"{self.statute}{self.article}"


def _err(index: int, rid: Any, message: str) -> RuleTableError:
    who = f"第 {index} 条规则" + (f"（{rid}）" if rid else "")
    return RuleTableError(f"规则表错误：{who}：{message}")


def _text(row: Mapping[str, Any], key: str, fail, *, optional: bool = False) -> str | None:
    value = row.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise fail(f"字段 {key} 应为非空文字，收到 {value!r}")
    return value.strip()


def _flag(row: Mapping[str, Any], key: str, fail) -> bool:
    value = row.get(key)
    if not isinstance(value, bool):
        raise fail(f"字段 {key} 应为 true 或 false，收到 {value!r}")
    return value


def _mmdd(value: Any, key: str, fail) -> str:
    m = _MMDD_RE.match(value) if isinstance(value, str) else None
    if not m:
        raise fail(f"字段 {key} 应为 \"MM-DD\" 形式的日期，收到 {value!r}")
    try:
        # 2000 is a leap year, so 02-29 is accepted; a year without it is handled in compute().
        date(2000, int(m.group(1)), int(m.group(2)))
    except ValueError:
        raise fail(f"字段 {key} 不是有效日期：{value!r}") from None
    return value


def _parse_row(index: int, row: Any) -> Rule:
    if not isinstance(row, Mapping):
        raise _err(index, None, f"每条规则应为键值表，收到 {type(row).__name__}")
    rid = row.get("id")

    def fail(msg: str) -> RuleTableError:
        return _err(index, rid, msg)

    missing = [k for k in _REQUIRED if k not in row]
    if missing:
        raise fail(f"缺少字段 {'、'.join(missing)}")
    unknown = sorted(set(row) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise fail(f"未知字段 {'、'.join(map(str, unknown))}（是否拼写错误？）")

    rule_id = _text(row, "id", fail)
    assert rule_id is not None
    if not _ID_RE.match(rule_id):
        raise fail("id 应为“领域.名称”形式的小写英文，如 disclosure.reply")

    kind = row["kind"]
    if kind not in KIND_LABELS:
        raise fail(f"字段 kind 应为 deadline 或 minimum，收到 {kind!r}")
    unit = row["unit"]
    if unit not in UNIT_LABELS:
        raise fail(f"字段 unit 应为 d（自然日）、wd（工作日）或 fixed（固定日期），收到 {unit!r}")
    direction = row.get("direction", "after")
    if direction not in ("after", "before"):
        raise fail(f"字段 direction 应为 after 或 before，收到 {direction!r}")

    count = row["count"]
    fixed_by = row.get("fixed_by")
    fixed_before = row.get("fixed_before")
    year_offset = row.get("year_offset", 1)
    if unit == "fixed":
        if count is not None:
            raise fail("固定日期规则（unit: fixed）的 count 应为 null")
        if (fixed_by is None) == (fixed_before is None):
            raise fail("固定日期规则必须且只能填写 fixed_by 或 fixed_before 之一")
        if fixed_by is not None:
            _mmdd(fixed_by, "fixed_by", fail)
        if fixed_before is not None:
            _mmdd(fixed_before, "fixed_before", fail)
        if isinstance(year_offset, bool) or not isinstance(year_offset, int) or year_offset < 0:
            raise fail(f"字段 year_offset 应为非负整数，收到 {year_offset!r}")
        if direction != "after":
            raise fail("固定日期规则不能向前倒数（direction: before）")
    else:
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise fail(f"字段 count 应为非负整数，收到 {count!r}")
        if fixed_by is not None or fixed_before is not None or "year_offset" in row:
            raise fail("只有 unit: fixed 的规则可以填写 fixed_by、fixed_before、year_offset")

    roll_forward = _flag(row, "roll_forward", fail)
    if roll_forward and (unit != "d" or direction != "after"):
        # 顺延只对"届满日落在休息日"的自然日期间有意义；工作日期间本来就落在工作日。
        raise fail("roll_forward 只能用于向后计算的自然日（unit: d）规则")
    local_setting = _flag(row, "local_setting", fail)
    unconfirmed = _flag(row, "unconfirmed", fail)
    setting_note = _text(row, "setting_note", fail, optional=not local_setting)
    unconfirmed_note = _text(row, "unconfirmed_note", fail, optional=not unconfirmed)

    return Rule(
        id=rule_id,
        name=_text(row, "name", fail),  # type: ignore[arg-type]
        kind=kind,
        statute=_text(row, "statute", fail),  # type: ignore[arg-type]
        article=_text(row, "article", fail),  # type: ignore[arg-type]
        count=count,
        unit=unit,
        starts=_text(row, "starts", fail),  # type: ignore[arg-type]
        extension_rule=_text(row, "extension_rule", fail, optional=True),
        extension_approver=_text(row, "extension_approver", fail, optional=True),
        roll_forward=roll_forward,
        local_setting=local_setting,
        unconfirmed=unconfirmed,
        source=_text(row, "source", fail),  # type: ignore[arg-type]
        direction=direction,
        setting_note=setting_note,
        unconfirmed_note=unconfirmed_note,
        note=_text(row, "note", fail, optional=True),
        fixed_by=fixed_by,
        fixed_before=fixed_before,
        year_offset=year_offset if unit == "fixed" else 1,
    )


def parse_rules(data: Any) -> dict[str, Rule]:
    """校验并解析已读入的规则表（{"rules": [...]}），任何一行有错即抛出 RuleTableError。"""
    if not isinstance(data, Mapping) or not isinstance(data.get("rules"), list):
        raise RuleTableError("规则表错误：顶层应为 rules: 列表")
    rules: dict[str, Rule] = {}
    for index, row in enumerate(data["rules"], start=1):
        rule = _parse_row(index, row)
        if rule.id in rules:
            raise _err(index, rule.id, "id 重复")
        rules[rule.id] = rule
    for index, rule in enumerate(rules.values(), start=1):
        ext = rule.extension_rule
        if ext is not None:
            if ext not in rules:
                raise _err(index, rule.id, f"extension_rule 指向不存在的规则 {ext}")
            if ext == rule.id:
                raise _err(index, rule.id, "extension_rule 不能指向自身")
            if not rule.extension_approver:
                raise _err(index, rule.id, "有 extension_rule 时必须填写 extension_approver")
    return rules


@lru_cache(maxsize=1)
def _packaged_rules() -> tuple[Rule, ...]:
    text = resources.files(__package__).joinpath("rules.yaml").read_text(encoding="utf-8")
    return tuple(parse_rules(_load_yaml(text)).values())


def _load_yaml(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleTableError(f"规则表错误：YAML 格式错误：{exc}") from exc


def load_rules(text: str | None = None) -> dict[str, Rule]:
    """读取规则表。默认读包内的 rules.yaml（结果缓存）；传入 text 则解析该 YAML 文本。"""
    if text is not None:
        return parse_rules(_load_yaml(text))
    return {r.id: r for r in _packaged_rules()}


def _fixed_due(rule: Rule, start: date) -> tuple[date, str]:
    mmdd = rule.fixed_before or rule.fixed_by
    assert mmdd is not None
    m, d = (int(x) for x in mmdd.split("-"))
    year = start.year + rule.year_offset
    if (m, d) == (2, 29):
        # "by 02-29" in a common year means the last day of February.
        try:
            target = date(year, 2, 29)
        except ValueError:
            target = date(year, 2, 28)
    else:
        target = date(year, m, d)
    if rule.fixed_before:
        due = target - timedelta(days=1)
        why = f"“{m}月{d}日之前”不含当日，最迟为 {fmt(due)}"
    else:
        due = target
        why = f"“{m}月{d}日前”含当日，最迟为 {fmt(due)}"
    return due, why


def compute(
    rule: Rule,
    start: date,
    cal: WorkCalendar,
    *,
    count_override: int | None = None,
    excluded: Sequence[Sequence[Any]] = (),
) -> Computation:
    """按规则计算期限，说明第一行写明规则名称、法律依据和条款。

    count_override：本地设置或个案依法改变的天数（如 normative.filing 的省级取值），
    会在说明中注明。固定日期规则不接受 count_override 和 excluded。
    """
    if not isinstance(start, date):
        raise ValueError(f"起算日必须是日期，收到 {start!r}")
    head = [f"规则：{rule.name}（{rule.id}）——{rule.citation}，{rule.limit_text}"]
    head.append(f"起算事由：{rule.starts}")

    if rule.unit == "fixed":
        if count_override is not None:
            raise ValueError(f"规则 {rule.id} 是固定日期，不能改天数")
        if excluded:
            raise ValueError(f"规则 {rule.id} 是固定日期，不能扣除期间")
        due, why = _fixed_due(rule, start)
        comp = Computation(start=start, due=due)
        comp.lines = [f"报告年度：{start.year} 年", f"届满：{why}"]
    else:
        n = rule.count if count_override is None else count_override
        assert n is not None
        if count_override is not None and count_override != rule.count:
            reason = "本地设置" if rule.local_setting else "个案调整"
            head.append(f"{reason}：天数由规则表默认的 {rule.count} 改为 {count_override}")
        if rule.direction == "before":
            fn = working_days_before if rule.unit == "wd" else natural_days_before
            comp = fn(cal, start, n, excluded=excluded)
        elif rule.unit == "wd":
            comp = add_working_days(cal, start, n, excluded=excluded)
        else:
            comp = add_natural_days(cal, start, n, roll_forward=rule.roll_forward, excluded=excluded)

    tail = [f"性质：{KIND_LABELS[rule.kind]}"]
    if rule.extension_rule:
        tail.append(f"可延长：见规则 {rule.extension_rule}，由{rule.extension_approver}批准")
    elif rule.extension_approver:
        tail.append(f"可延长：{rule.extension_approver}")
    if rule.note:
        tail.append(f"说明：{rule.note}")
    if rule.local_setting:
        tail.append(f"本地设置：{rule.setting_note}")
    if rule.unconfirmed:
        tail.append(f"待确认：{rule.unconfirmed_note}")
    comp.lines = head + comp.lines + tail
    return comp

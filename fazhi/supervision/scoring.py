"""Scoring rules of bound indicators, as data a clerk can type in an Excel cell (pure functions).

分档计分 (threshold): bands tried in order, the first that matches gives the points::

    ≥100:满分；≥95:4；≥90:2；其他:0      (higher is better, e.g. 报备及时率)
    ≤5:满分；≤10:3；其他:0                 (lower is better, e.g. 逾期件数)

按比例计分 (proportional): ``目标值:100`` → points × min(value ÷ target, 1) (e.g. 50 场 of a 100
场 target earns half the points).

A value of ``None`` (a rate whose denominator is empty: nothing to count this year) is never
turned into points here; the caller shows it as 本年度无相关记录.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .choices import RuleKind

FULL = "满分"
OTHERWISE = ("其他", "其余", "否则", "else")
_OPS = {"≥": ">=", ">=": ">=", "＞": ">", ">": ">", "≤": "<=", "<=": "<=", "＜": "<", "<": "<", "=": "=", "＝": "="}
_BAND = re.compile(r"^\s*(?P<op>≥|>=|＞|>|≤|<=|＜|<|=|＝)?\s*(?P<bound>-?\d+(?:\.\d+)?)\s*%?\s*$")


class RuleError(ValueError):
    """A rule text that cannot be read; the message is Chinese and names the fault."""


@dataclass(frozen=True)
class Band:
    op: str | None           # None: 其他 (always matches)
    bound: Decimal | None
    points: Decimal | None   # None: 满分

    def matches(self, value: Decimal) -> bool:
        if self.op is None:
            return True
        return {">=": value >= self.bound, ">": value > self.bound, "<=": value <= self.bound,
                "<": value < self.bound, "=": value == self.bound}[self.op]


@dataclass(frozen=True)
class ScoringRule:
    kind: str
    bands: tuple[Band, ...] = ()
    target: Decimal | None = None

    def describe(self) -> str:
        if self.kind == RuleKind.PROPORTIONAL:
            return f"按比例：得分 = 分值 × 实际值 ÷ {_fmt(self.target)}（最高为满分）"
        if self.kind == RuleKind.THRESHOLD:
            parts = []
            for b in self.bands:
                cond = "其他" if b.op is None else f"{_sym(b.op)}{_fmt(b.bound)}"
                parts.append(f"{cond} 得 {'满分' if b.points is None else _fmt(b.points) + ' 分'}")
            return "；".join(parts)
        return "督察员评分"


def _sym(op: str) -> str:
    return {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}[op]


def _fmt(d: Decimal | None) -> str:
    if d is None:
        return ""
    return format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")


def _num(text: str, what: str) -> Decimal:
    try:
        return Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise RuleError(f"“{text.strip()}”不是数字（{what}）。") from None


def parse_rule(kind: str, text: str) -> ScoringRule:
    text = (text or "").strip()
    if kind == RuleKind.MANUAL or kind == "":
        return ScoringRule(kind=RuleKind.MANUAL)
    if kind == RuleKind.PROPORTIONAL:
        m = re.fullmatch(r"(?:目标值?\s*[:：=＝]\s*)?(-?\d+(?:\.\d+)?)\s*%?", text)
        if not m:
            raise RuleError("按比例计分的规则参数应写作“目标值:100”。")
        target = Decimal(m[1])
        if target <= 0:
            raise RuleError("按比例计分的目标值须大于 0。")
        return ScoringRule(kind=RuleKind.PROPORTIONAL, target=target)
    if kind != RuleKind.THRESHOLD:
        raise RuleError(f"未知的评分规则“{kind}”。")
    if not text:
        raise RuleError("分档计分须填写规则参数，如“≥100:满分；≥95:4；其他:0”。")
    bands = []
    for seg in [s for s in re.split(r"[;；,，\n]+", text) if s.strip()]:
        cond, _, pts = _split_band(seg)
        points = None if pts.strip() == FULL else _num(pts, f"“{seg.strip()}”的得分")
        if cond.strip() in OTHERWISE:
            bands.append(Band(None, None, points))
            continue
        m = _BAND.match(cond)
        if not m:
            raise RuleError(f"看不懂分档条件“{cond.strip()}”：应写作“≥100”“≤5”等。")
        bands.append(Band(_OPS[m["op"]] if m["op"] else ">=", Decimal(m["bound"]), points))
    return ScoringRule(kind=RuleKind.THRESHOLD, bands=tuple(bands))


def _split_band(seg: str) -> tuple[str, str, str]:
    m = re.match(r"^(.*?)\s*[:：→]\s*(.*)$", seg.strip())
    if not m or not m[2]:
        raise RuleError(f"分档“{seg.strip()}”缺少得分：应写作“条件:得分”，如“≥95:4”。")
    return m[1], ":", m[2]


def apply_rule(rule: ScoringRule, value, points: Decimal) -> Decimal:
    """Points earned for ``value`` (a number); never more than ``points``, never below 0."""
    value = Decimal(str(value))
    if rule.kind == RuleKind.PROPORTIONAL:
        earned = points * min(value / rule.target, Decimal(1))
    elif rule.kind == RuleKind.THRESHOLD:
        earned = Decimal(0)
        for band in rule.bands:
            if band.matches(value):
                earned = points if band.points is None else band.points
                break
    else:
        raise RuleError("督察员评分的指标没有自动计分规则。")
    earned = max(Decimal(0), min(earned, points))
    return earned.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

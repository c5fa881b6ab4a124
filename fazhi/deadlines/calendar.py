"""工作日与自然日期限的计算（纯函数，不依赖 Django、数据库或 chinesecalendar）。

计算口径（statutes.md §0.2）：

* 期间开始的日不计算在期间内（民事诉讼法第八十五条第二款；行政复议法第八十八条、
  行政诉讼法第一百零一条援引）。因此"N 个工作日"的第 1 日是起算日之后的第一个
  工作日——即使起算日本身是休息日。chinese_calendar.find_workday(0, 周六) 会把
  周六之后的第一个工作日当作"第 0 日"，与此口径不同，所以这里不用它。
* "工作日"不含法定休假日（行政处罚法第八十五条、行政复议法第八十八条第二款、
  行政许可法第八十二条）：周末、国务院公布的放假日不计，调休上班日计入
  （后者未经确认，见 WorkCalendar.makeup_counts_as_workday）。
* 自然日期间届满的最后一日是法定休假日的，以休假日后的第一日为届满日（民事诉讼法
  第八十五条第三款）。这里的"法定休假日"包括周六、周日：周休日是劳动法规定的
  休息日，司法实践对民诉期间一向按周末顺延；调休上班日不是休假日，不顺延。
  是否顺延由每条规则决定（rules.yaml 的 roll_forward）。
* 没有国务院放假安排的年份（通常是下一年的安排在 11 月公布之前）只按周末计算，
  结果标记为"临时"，安排录入后应重新计算。
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

__all__ = [
    "WorkCalendar",
    "Computation",
    "Excluded",
    "add_working_days",
    "add_natural_days",
    "working_days_before",
    "natural_days_before",
    "fmt",
]

# A clock longer than this means a typo in the input (a year 20250 date, a huge
# excluded period); stop rather than loop for minutes.
_MAX_SPAN_DAYS = 366 * 30

_WEEKDAY = "一二三四五六日"

Excluded = tuple[date, date, str]


def fmt(d: date) -> str:
    """2025-01-28（星期二）— the form every explanation line uses."""
    return f"{d.isoformat()}（星期{_WEEKDAY[d.weekday()]}）"


@dataclass(frozen=True)
class WorkCalendar:
    """哪些日子是工作日。

    holidays: 国务院放假安排中的放假日（含落在周末的放假日），值为节日名称，如"春节"。
    makeup_workdays: 调休上班的周末，值为其服务的节日名称。
    scheduled_years: 已录入国务院放假安排的年份。其他年份只按周末计算，且上面两张表中
        该年的条目不生效——半张安排比没有安排更容易误导，所以必须整年确认后才启用。
    makeup_counts_as_workday: 调休上班日是否计为工作日。statutes.md §0.2 未找到法律依据
        （UNCONFIRMED），通行做法与 chinese_calendar.is_workday 一致按工作日计，做成设置。
    """

    holidays: Mapping[date, str] = field(default_factory=dict)
    makeup_workdays: Mapping[date, str] = field(default_factory=dict)
    scheduled_years: frozenset[int] = frozenset()
    makeup_counts_as_workday: bool = True

    def __post_init__(self) -> None:
        # Freeze the tables so a cached calendar cannot be changed under a computation.
        holidays = MappingProxyType(dict(self.holidays))
        makeup = MappingProxyType(dict(self.makeup_workdays))
        both = sorted(set(holidays) & set(makeup))
        if both:
            raise ValueError(
                f"日期 {both[0].isoformat()} 同时被登记为放假日和调休上班日，请检查节假日表"
            )
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "makeup_workdays", makeup)
        object.__setattr__(self, "scheduled_years", frozenset(self.scheduled_years))

    __hash__ = None  # type: ignore[assignment]  # mappings are not hashable

    def is_provisional(self, d: date) -> bool:
        """该日所在年份尚无国务院放假安排，只能按周末临时计算。"""
        return d.year not in self.scheduled_years

    def is_workday(self, d: date) -> bool:
        return self.rest_reason(d) is None

    def rest_reason(self, d: date) -> str | None:
        """d 不是工作日的原因（中文），是工作日则返回 None。"""
        if not self.is_provisional(d):
            if d in self.makeup_workdays:
                if self.makeup_counts_as_workday:
                    return None
                return f"周末（{self.makeup_workdays[d]}调休上班日，按本系统设置不计为工作日）"
            if d in self.holidays:
                return f"{self.holidays[d]}放假"
        if d.weekday() >= 5:
            return "周末"
        return None

    def makeup_name(self, d: date) -> str | None:
        """d 是已生效的调休上班日时返回节日名称。"""
        if self.is_provisional(d):
            return None
        return self.makeup_workdays.get(d)

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[tuple[date, str, str]],
        scheduled_years: Iterable[int],
        *,
        makeup_counts_as_workday: bool = True,
    ) -> WorkCalendar:
        """由 (日期, kind, 名称) 行构造，kind ∈ {"holiday", "makeup_workday"}。

        这是数据库节假日表和 holiday_seed 共用的形状。
        """
        holidays: dict[date, str] = {}
        makeup: dict[date, str] = {}
        for d, kind, name in entries:
            if kind == "holiday":
                holidays[d] = name
            elif kind == "makeup_workday":
                makeup[d] = name
            else:
                raise ValueError(f"未知的节假日类型 {kind!r}（应为 holiday 或 makeup_workday）")
        return cls(holidays, makeup, frozenset(scheduled_years), makeup_counts_as_workday)


@dataclass
class Computation:
    """一次期限计算的结果及其中文说明。

    provisional: 结果所依赖的某一天落在没有放假安排的年份。
    skipped: 未计入的休息日及原因；makeup_counted: 计入的调休上班日；
    excluded: 实际使期限停止计算的扣除期间（与计算区间有交集的部分）。
    """

    start: date
    due: date
    provisional: bool = False
    lines: list[str] = field(default_factory=list)
    skipped: list[tuple[date, str]] = field(default_factory=list)
    makeup_counted: list[date] = field(default_factory=list)
    excluded: list[tuple[date, date, str]] = field(default_factory=list)
    provisional_years: list[int] = field(default_factory=list)
    rolled_from: date | None = None

    @property
    def explanation(self) -> str:
        return "\n".join(self.lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "due": self.due.isoformat(),
            "provisional": self.provisional,
            "provisional_years": list(self.provisional_years),
            "rolled_from": self.rolled_from.isoformat() if self.rolled_from else None,
            "lines": list(self.lines),
            "skipped": [[d.isoformat(), why] for d, why in self.skipped],
            "makeup_counted": [d.isoformat() for d in self.makeup_counted],
            "excluded": [[a.isoformat(), b.isoformat(), why] for a, b, why in self.excluded],
        }


# ---------------------------------------------------------------------------
# helpers


def _check_n(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError(f"期限天数必须是整数，收到 {n!r}")
    if n < 0:
        raise ValueError(f"期限天数不能为负数：{n}")


def _normalise_excluded(excluded: Sequence[Sequence[Any]]) -> list[Excluded]:
    periods: list[Excluded] = []
    for item in excluded:
        try:
            frm, to, reason = item
        except (TypeError, ValueError):
            raise ValueError(f"扣除期间应为（开始日期, 结束日期, 事由），收到 {item!r}") from None
        if not isinstance(frm, date) or not isinstance(to, date):
            raise ValueError(f"扣除期间的起止必须是日期，收到 {item!r}")
        if to < frm:
            raise ValueError(
                f"扣除期间“{reason}”的结束日 {to.isoformat()} 早于开始日 {frm.isoformat()}"
            )
        periods.append((frm, to, str(reason)))
    return sorted(periods)


def _excluded_by(periods: list[Excluded], d: date) -> Excluded | None:
    for p in periods:
        if p[0] <= d <= p[1]:
            return p
    return None


def _runs(days: list[tuple[date, str]]) -> list[tuple[date, date, str, int]]:
    """Group consecutive days sharing a reason so 8 days of 春节 read as one line."""
    runs: list[tuple[date, date, str, int]] = []
    for d, why in days:
        if runs and runs[-1][2] == why and abs((d - runs[-1][1]).days) == 1:
            a, _, w, k = runs[-1]
            runs[-1] = (a, d, w, k + 1)
        else:
            runs.append((d, d, why, 1))
    return runs


def _span(a: date, b: date) -> str:
    lo, hi = min(a, b), max(a, b)
    return fmt(lo) if lo == hi else f"{fmt(lo)}至{fmt(hi)}"


class _Walk:
    """Shared bookkeeping for every walk over the calendar."""

    def __init__(self, cal: WorkCalendar, start: date, excluded: Sequence[Sequence[Any]]):
        self.cal = cal
        self.comp = Computation(start=start, due=start)
        self.periods = _normalise_excluded(excluded)
        self.excl_days: dict[Excluded, list[date]] = {}
        self.years: set[int] = set()

    def examine(self, d: date) -> None:
        # Only days whose working/rest status decides the result make it provisional.
        if self.cal.is_provisional(d):
            self.years.add(d.year)

    def exclude(self, p: Excluded, d: date) -> None:
        self.excl_days.setdefault(p, []).append(d)

    def finish(
        self, head: list[str], tail: list[str], unit_word: str, *, list_skipped: bool = True
    ) -> Computation:
        """Lines in reading order: start, stopped clock, skipped days, make-up days, result."""
        c = self.comp
        lines = list(head)
        for (a, b, why), days in sorted(self.excl_days.items()):
            c.excluded.append((a, b, why))
            lines.append(
                f"扣除：{_span(a, b)}为“{why}”期间，期限停止计算，"
                f"其中 {len(days)} 个{unit_word}不计入期限"
            )
        # Rest days and make-up days in date order, so a 调休 week reads as it was lived.
        events: list[tuple[date, str]] = []
        for a, b, why, k in _runs(c.skipped) if list_skipped else ():
            text = f"不计：{_span(a, b)}，{why}" + (f"，共 {k} 天" if k > 1 else "")
            events.append((min(a, b), text))
        for d in c.makeup_counted:
            name = self.cal.makeup_name(d) or ""
            events.append((d, f"计入：{fmt(d)}为{name}调休上班日，按工作日计算"))
        lines.extend(text for _, text in sorted(events))
        lines.extend(tail)
        if self.years:
            c.provisional = True
            c.provisional_years = sorted(self.years)
            ys = "、".join(f"{y} 年" for y in c.provisional_years)
            lines.append(
                f"注意：{ys}的国务院放假调休安排尚未录入，该年度仅按周六、周日计算，"
                "本结果为临时结果；安排录入后将重新计算"
            )
        c.lines = lines
        return c


def _step(d: date, sign: int) -> date:
    return d + timedelta(days=sign)


def _guard(start: date, d: date) -> None:
    if abs((d - start).days) > _MAX_SPAN_DAYS:
        raise ValueError("期限跨度超过 30 年，请检查起算日、天数和扣除期间")


def _count_working(
    cal: WorkCalendar, start: date, n: int, excluded: Sequence[Sequence[Any]], sign: int
) -> _Walk:
    _check_n(n)
    w = _Walk(cal, start, excluded)
    c = w.comp
    d, counted = start, 0
    while counted < n:
        d = _step(d, sign)
        _guard(start, d)
        w.examine(d)
        # A rest day inside an excluded period is reported as a rest day: only the
        # working days of the period actually stop a working-day clock.
        if not cal.is_workday(d):
            c.skipped.append((d, cal.rest_reason(d) or ""))
            continue
        p = _excluded_by(w.periods, d)
        if p is not None:
            w.exclude(p, d)
            continue
        counted += 1
        if cal.makeup_name(d):
            c.makeup_counted.append(d)
    c.due = d
    return w


def _count_natural(
    cal: WorkCalendar, start: date, n: int, excluded: Sequence[Sequence[Any]], sign: int
) -> _Walk:
    _check_n(n)
    w = _Walk(cal, start, excluded)
    d, counted = start, 0
    while counted < n:
        d = _step(d, sign)
        _guard(start, d)
        p = _excluded_by(w.periods, d)
        if p is not None:
            w.exclude(p, d)
            continue
        counted += 1
    w.comp.due = d
    return w


def add_working_days(
    cal: WorkCalendar, start: date, n: int, *, excluded: Sequence[Sequence[Any]] = ()
) -> Computation:
    """起算日之后第 n 个工作日。

    起算日不计入（民事诉讼法第八十五条）；第 1 日是起算日之后的第一个工作日，即使起算日
    本身是休息日。excluded 中的期间（补正、征求第三方意见、中止等）停止计时：其中的工作日
    不计入，届满日相应顺延（如政府信息公开条例第三十三条第三款）。
    """
    w = _count_working(cal, start, n, excluded, +1)
    due = w.comp.due
    head = [f"起算：{fmt(start)}当日不计入，自次日起计算 {n} 个工作日"]
    tail = [f"届满：第 {n} 个工作日为 {fmt(due)}" if n else "期限为 0 日，届满日即起算日"]
    return w.finish(head, tail, "工作日")


def add_natural_days(
    cal: WorkCalendar,
    start: date,
    n: int,
    *,
    roll_forward: bool = False,
    excluded: Sequence[Sequence[Any]] = (),
) -> Computation:
    """起算日之后第 n 个自然日；roll_forward 时届满日遇休息日顺延至其后第一个工作日。

    起算日不计入，届满日遇法定休假日顺延（民事诉讼法第八十五条）。顺延时周末与放假日
    同样处理，调休上班日不顺延（见模块说明）。excluded 中的每一天都不计入期限。
    不顺延时结果与放假安排无关，因此不会是临时结果。
    """
    w = _count_natural(cal, start, n, excluded, +1)
    c = w.comp
    last = due = c.due
    head = [f"起算：{fmt(start)}当日不计入，自次日起计算 {n} 日（自然日）"]
    if n == 0:
        return w.finish(head, ["期限为 0 日，届满日即起算日"], "自然日")
    tail = [f"第 {n} 日为 {fmt(last)}"]
    if roll_forward:
        w.examine(due)
        while not cal.is_workday(due):
            c.skipped.append((due, cal.rest_reason(due) or ""))
            due = _step(due, +1)
            _guard(start, due)
            w.examine(due)
        if due != last:
            c.rolled_from = last
            tail.append(
                f"顺延：期间最后一日 {fmt(last)}是休息日，"
                "依民事诉讼法第八十五条顺延至其后第一个工作日"
            )
            for a, b, why, k in _runs(c.skipped):
                tail.append(f"不计：{_span(a, b)}，{why}" + (f"，共 {k} 天" if k > 1 else ""))
    c.due = due
    tail.append(f"届满：{fmt(due)}")
    # Natural days skip nothing while counting; the only rest days are the roll-forward
    # ones, already listed under 顺延 above.
    return w.finish(head, tail, "自然日", list_skipped=False)


def working_days_before(
    cal: WorkCalendar, anchor: date, n: int, *, excluded: Sequence[Sequence[Any]] = ()
) -> Computation:
    """"在某日的 N 个工作日前"的最迟日：anchor 不计入，向前数第 n 个工作日。

    例如行政处罚法第六十四条"举行听证的七日前通知"（第八十五条：七日为工作日）。
    """
    w = _count_working(cal, anchor, n, excluded, -1)
    c = w.comp
    c.skipped.reverse()
    c.makeup_counted.reverse()
    head = [f"基准：{fmt(anchor)}当日不计入，向前倒数 {n} 个工作日"]
    tail = [
        f"最迟：第 {n} 个工作日为 {fmt(c.due)}，应当在该日（含）之前完成"
        if n
        else "期限为 0 日，最迟日即基准日"
    ]
    return w.finish(head, tail, "工作日")


def natural_days_before(
    cal: WorkCalendar, anchor: date, n: int, *, excluded: Sequence[Sequence[Any]] = ()
) -> Computation:
    """"在某日的 N 日前"的最迟日：anchor 不计入，向前数第 n 个自然日，不顺延。

    例如重大行政决策程序暂行条例第十六条第三款"听证会材料应当于召开听证会7日前送达"。
    """
    w = _count_natural(cal, anchor, n, excluded, -1)
    head = [f"基准：{fmt(anchor)}当日不计入，向前倒数 {n} 日（自然日）"]
    tail = [
        f"最迟：{fmt(w.comp.due)}，应当在该日（含）之前完成" if n else "期限为 0 日，最迟日即基准日"
    ]
    return w.finish(head, tail, "自然日")

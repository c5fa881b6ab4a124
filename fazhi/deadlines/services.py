"""Deadlines as records: open, close, exclude a period, recompute when a schedule arrives.

Domain services call ``deadline_open(obj=…, rule_id=…, start=…)`` when a clock starts and
``deadline_close(obj=…, rule_id=…, on=…)`` when the step it guards is done, inside their own
transaction. The due date is computed only here (style.md A3) and stored with its explanation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import lru_cache

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from fazhi.audit.services import event_record
from fazhi.core.errors import InvalidInput
from fazhi.core.settings_registry import get_setting

from .calendar import WorkCalendar
from .models import Deadline, HolidayDay, HolidayYear, RuleValue
from .rules import Rule, compute, load_rules


@lru_cache(maxsize=1)
def rules() -> dict[str, Rule]:
    return load_rules()


def rule_get(rule_id: str) -> Rule:
    try:
        return rules()[rule_id]
    except KeyError:
        raise InvalidInput(f"未知的期限规则“{rule_id}”。可用规则见“期限规则与节假日”页面或 `fazhi deadline --list`。", code="unknown_rule") from None


def calendar_current() -> WorkCalendar:
    entries = HolidayDay.objects.values_list("date", "kind", "name")
    years = HolidayYear.objects.values_list("year", flat=True)
    return WorkCalendar.from_entries(
        list(entries), list(years), makeup_counts_as_workday=bool(get_setting("calendar.makeup_counts_as_workday"))
    )


def rule_count(rule: Rule) -> int:
    if rule.local_setting:
        row = RuleValue.objects.filter(rule_id=rule.id, count__isnull=False).first()
        if row is not None:
            return row.count
    return rule.count


def rule_local(rule: Rule) -> Rule:
    """The rule with a locality's own fixed date (e.g. a province's report deadline), where one is set."""
    if rule.local_setting and rule.unit == "fixed":
        row = RuleValue.objects.filter(rule_id=rule.id).exclude(fixed_date="").first()
        if row is not None:
            return dataclasses.replace(rule, fixed_before=row.fixed_date if rule.fixed_before else None,
                                       fixed_by=row.fixed_date if rule.fixed_by else None)
    return rule


def deadline_compute(rule_id: str, start: dt.date, *, excluded=(), count_override: int | None = None, cal: WorkCalendar | None = None):
    rule = rule_local(rule_get(rule_id))
    if rule.unit == "fixed":
        return compute(rule, start, cal or calendar_current(), excluded=tuple(excluded))
    count = count_override if count_override is not None else rule_count(rule)
    return compute(rule, start, cal or calendar_current(), count_override=count, excluded=tuple(excluded))


def _ct(obj):
    return ContentType.objects.get_for_model(type(obj))


def _excluded_tuples(rows):
    return [(dt.date.fromisoformat(a), dt.date.fromisoformat(b), reason) for a, b, reason in rows]


@transaction.atomic
def deadline_open(*, obj, rule_id: str, start: dt.date, label: str | None = None, excluded=(), count_override: int | None = None) -> Deadline:
    """Start (or restart) the clock ``rule_id`` on ``obj``; an earlier open clock of the same rule is replaced."""
    rule = rule_get(rule_id)
    comp = deadline_compute(rule_id, start, excluded=excluded, count_override=count_override)
    Deadline.objects.filter(content_type=_ct(obj), object_id=obj.pk, rule_id=rule_id, status="open").update(status="cancelled")
    return Deadline.objects.create(
        content_type=_ct(obj), object_id=obj.pk, unit_id=obj.unit_id, rule_id=rule_id,
        label=label or f"{rule.name}：{obj}", start_date=start, due_date=comp.due, provisional=comp.provisional,
        explanation=comp.as_dict(), excluded=[(a.isoformat(), b.isoformat(), r) for a, b, r in excluded],
        count_override=count_override,
    )


def deadline_get(*, obj, rule_id: str) -> Deadline | None:
    return (Deadline.objects.filter(content_type=_ct(obj), object_id=obj.pk, rule_id=rule_id)
            .exclude(status="cancelled").order_by("-created_at").first())


@transaction.atomic
def deadline_close(*, obj, rule_id: str, on: dt.date) -> Deadline | None:
    d = deadline_get(obj=obj, rule_id=rule_id)
    if d is None or d.status != "open":
        return d
    d.status = "met" if on <= d.due_date else "missed"
    d.closed_on = on
    d.save()
    return d


@transaction.atomic
def deadline_cancel(*, obj, rule_id: str) -> None:
    Deadline.objects.filter(content_type=_ct(obj), object_id=obj.pk, rule_id=rule_id, status="open").update(status="cancelled")


@transaction.atomic
def deadline_add_exclusion(*, obj, rule_id: str, start: dt.date, end: dt.date, reason: str) -> Deadline:
    """Stop the clock for [start, end] (补正, third-party consultation, 中止…) and recompute."""
    if end < start:
        raise InvalidInput("扣除期间的结束日不能早于开始日。")
    d = deadline_get(obj=obj, rule_id=rule_id)
    if d is None:
        raise InvalidInput("该记录没有正在计算的期限。")
    d.excluded = [*d.excluded, (start.isoformat(), end.isoformat(), reason)]
    _recompute(d)
    return d


@transaction.atomic
def deadline_extend(*, obj, rule_id: str, extension_rule_id: str, start: dt.date | None = None, label: str | None = None) -> Deadline:
    """Replace a running clock by its statutory extension counted from the original due date."""
    d = deadline_get(obj=obj, rule_id=rule_id)
    if d is None:
        raise InvalidInput("该记录没有可以延长的期限。")
    ext = deadline_compute(extension_rule_id, start or d.due_date, excluded=_excluded_tuples(d.excluded))
    d.due_date = ext.due
    d.provisional = d.provisional or ext.provisional
    d.explanation = {**d.explanation, "lines": [*d.lines, "——延长——", *ext.lines]}
    if label:
        d.label = label
    d.save()
    return d


def _recompute(d: Deadline) -> bool:
    comp = deadline_compute(d.rule_id, d.start_date, excluded=_excluded_tuples(d.excluded), count_override=d.count_override)
    changed = comp.due != d.due_date
    d.due_date, d.provisional, d.explanation = comp.due, comp.provisional, comp.as_dict()
    d.save()
    return changed


@transaction.atomic
def holiday_schedule_set(*, year: int, entries: list[tuple[dt.date, str, str]], source: str, user=None, note: str = "") -> list[Deadline]:
    """Enter (or replace) one year's 放假安排 and recompute the open deadlines that relied on it.

    Returns the deadlines whose due date changed; each gets a timeline event saying so.
    """
    for d, kind, _ in entries:
        if d.year != year:
            raise InvalidInput(f"{d} 不属于 {year} 年。")
        if kind not in ("holiday", "makeup_workday"):
            raise InvalidInput(f"未知类型“{kind}”：应为放假（holiday）或调休上班（makeup_workday）。")
    HolidayDay.objects.filter(date__year=year).delete()
    HolidayDay.objects.bulk_create([HolidayDay(date=d, kind=k, name=n) for d, k, n in entries])
    HolidayYear.objects.update_or_create(year=year, defaults={"source": source, "note": note})
    changed = []
    for d in Deadline.objects.filter(status="open", provisional=True):
        old = d.due_date
        if _recompute(d):
            changed.append(d)
            event_record(obj=d, verb="recompute", label="按新放假安排重算期限", actor=user,
                         data={"year": year, "old_due": old.isoformat(), "new_due": d.due_date.isoformat()})
    return changed


def holidays_seed(years=range(2004, 2031)) -> list[int]:
    """Seed the table from chinesecalendar for the years it knows; years already present are kept."""
    from .holiday_seed import entries_from_chinesecalendar

    present = set(HolidayYear.objects.values_list("year", flat=True))
    entries = entries_from_chinesecalendar([y for y in years if y not in present])
    import chinese_calendar

    version = getattr(chinese_calendar, "__version__", "")
    for year in entries.covered_years:
        HolidayDay.objects.filter(date__year=year).delete()
        HolidayDay.objects.bulk_create([HolidayDay(date=d, kind=k, name=n) for d, k, n in entries if d.year == year])
        HolidayYear.objects.create(year=year, source=f"chinesecalendar {version}".strip(), note="自动导入")
    return entries.covered_years


def today() -> dt.date:
    return timezone.localdate()


@transaction.atomic
def reminders_scan(on: dt.date | None = None) -> list:
    """The daily job: per unit, what is overdue and what falls due within N working days."""
    from fazhi.org.models import Unit

    from .models import ReminderRun
    from .selectors import due_soon_horizon

    on = on or today()
    horizon = due_soon_horizon(on)
    runs = []
    open_qs = Deadline.objects.filter(status="open", due_date__lte=horizon).order_by("due_date")
    by_unit: dict[int, list[Deadline]] = {}
    for d in open_qs:
        by_unit.setdefault(d.unit_id, []).append(d)
    for unit in Unit.objects.filter(pk__in=by_unit):
        items = by_unit[unit.pk]
        overdue = [d for d in items if d.due_date < on]
        run, _ = ReminderRun.objects.update_or_create(unit=unit, run_on=on, defaults={
            "overdue": len(overdue), "due_soon": len(items) - len(overdue),
            "items": [{"id": d.pk, "label": d.label, "due": d.due_date.isoformat(), "overdue": d.due_date < on} for d in items],
        })
        runs.append(run)
    return runs

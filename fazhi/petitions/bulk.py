"""Bulk registration of many historical records at once (demo volumes, back-filling a year's register).

Creating thousands of records one step at a time (``record_create`` + ``perform`` per step)
costs seconds per hundred. This writes the same three things in bulk — the rows (with one
history row each, through simple-history), the timeline events of every step, and the
statutory clocks with their status — computing each due date with the same rule table and
calendar as ``deadlines.services`` (one calendar read for the whole batch). Used by the five
request/dispute apps (petitions, disputes, reconsideration, litigation, disclosure).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from fazhi.audit.models import TimelineEvent
from fazhi.deadlines.models import Deadline
from fazhi.deadlines.services import calendar_current, deadline_compute, rule_get


@dataclass
class Clock:
    """A statutory clock of one record: ``rule_id`` from ``start``, optionally extended and/or closed."""

    rule_id: str
    start: dt.date
    closed_on: dt.date | None = None
    extension: bool = False
    excluded: list = field(default_factory=list)   # [(start, end, reason)]
    cancelled: bool = False


@dataclass
class Planned:
    """One record to write: the unsaved instance, its steps [(verb, label, from, to, data)] and clocks."""

    obj: object
    steps: list = field(default_factory=list)
    clocks: list[Clock] = field(default_factory=list)


def _deadline_row(obj, ct, clock: Clock, cal, label_for) -> Deadline:
    rule = rule_get(clock.rule_id)
    comp = deadline_compute(clock.rule_id, clock.start, excluded=clock.excluded, cal=cal)
    due, provisional, explanation = comp.due, comp.provisional, comp.as_dict()
    if clock.extension and rule.extension_rule:
        ext = deadline_compute(rule.extension_rule, due, excluded=clock.excluded, cal=cal)
        due, provisional = ext.due, provisional or ext.provisional
        explanation = {**explanation, "lines": [*explanation["lines"], "——延长——", *ext.lines]}
    if clock.cancelled:
        status = "cancelled"
    elif clock.closed_on is None:
        status = "open"
    else:
        status = "met" if clock.closed_on <= due else "missed"
    return Deadline(
        content_type=ct, object_id=obj.pk, unit_id=obj.unit_id, rule_id=clock.rule_id,
        label=f"{rule.name}：{label_for(obj)}"[:200], start_date=clock.start, due_date=due, provisional=provisional,
        explanation=explanation, excluded=[(a.isoformat(), b.isoformat(), r) for a, b, r in clock.excluded],
        status=status, closed_on=clock.closed_on if status in ("met", "missed") else None,
    )


@transaction.atomic
def bulk_register(*, model, planned: list[Planned], user, reason: str = "批量登记", label_for=str, batch_size: int = 500) -> list:
    """Write ``planned`` records with history, timeline events and clocks; returns the saved objects."""
    if not planned:
        return []
    objs = [p.obj for p in planned]
    for o in objs:
        o.created_by = user
    saved = bulk_create_with_history(objs, model, batch_size=batch_size, default_user=user, default_change_reason=reason)
    if any(o.pk is None for o in saved):  # databases that do not return keys from bulk inserts
        raise RuntimeError("bulk insert did not return primary keys")
    ct = ContentType.objects.get_for_model(model)
    cal = calendar_current()
    events, deadlines = [], []
    for p, o in zip(planned, saved):
        events.append(TimelineEvent(content_type=ct, object_id=o.pk, unit_id=o.unit_id, verb="create", label="登记",
                                    actor=user, to_state=(p.steps[0][2] if p.steps else getattr(o, "state", "")) or "",
                                    note=reason))
        for verb, label, from_state, to_state, data in p.steps:
            events.append(TimelineEvent(content_type=ct, object_id=o.pk, unit_id=o.unit_id, verb=verb, label=label,
                                        actor=user, from_state=from_state, to_state=to_state, data=data or {}))
        deadlines.extend(_deadline_row(o, ct, c, cal, label_for) for c in p.clocks)
    TimelineEvent.objects.bulk_create(events, batch_size=batch_size)
    Deadline.objects.bulk_create(deadlines, batch_size=batch_size)
    return saved

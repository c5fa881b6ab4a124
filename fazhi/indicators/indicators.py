"""Figures over the statutory clocks of every ledger (``deadlines.Deadline``): the weak spots of part C.

A clock belongs to the unit of the record it runs on; clocks of voided records and cancelled clocks
(replaced by a restart) do not count.
"""

from __future__ import annotations

from django.db.models import Q

from fazhi.deadlines.models import Deadline

from .registry import Indicator, Value, declare


def _without_void_targets(qs):
    ids = list(qs.values_list("pk", "content_type_id", "object_id"))
    by_ct: dict[int, set[int]] = {}
    for _, ct, oid in ids:
        by_ct.setdefault(ct, set()).add(oid)
    void: set[tuple[int, int]] = set()
    from django.contrib.contenttypes.models import ContentType

    for ct_id, oids in by_ct.items():
        model = ContentType.objects.get_for_id(ct_id).model_class()
        if model is not None and any(f.name == "is_void" for f in model._meta.concrete_fields):
            void |= {(ct_id, o) for o in model.objects.filter(pk__in=oids, is_void=True).values_list("pk", flat=True)}
    return [pk for pk, ct, oid in ids if (ct, oid) not in void]


def _overdue(qs) -> Value:
    from fazhi.deadlines.services import today

    qs = qs.filter(Q(status="missed") | Q(status="open", due_date__lt=today()))
    ids = _without_void_targets(qs)
    return Value(len(ids), record_ids=ids)


def _on_time_rate(qs) -> Value:
    closed = qs.filter(status__in=["met", "missed"])
    den = _without_void_targets(closed)
    num = list(closed.filter(pk__in=den, status="met").values_list("pk", flat=True))
    value = ON_TIME.round(len(num) * 100 / len(den)) if den else None
    return Value(value, len(num), len(den), num, den)


declare(Indicator(
    key="deadlines.overdue", name="法定期限逾期事项", unit="项", model=Deadline, date_field="due_date",
    base=~Q(status="cancelled"), kind="custom", func=_overdue, section="C.deadlines",
    convention="届满日在期间内、逾期完成或至今仍未完成的法定期限（各台账办理程序自动计时）",
    statute="各程序的法定期限见“期限规则与节假日”",
))
ON_TIME = declare(Indicator(
    key="deadlines.on_time_rate", name="法定期限按期办结率", unit="%", model=Deadline, date_field="closed_on",
    base=~Q(status="cancelled"), kind="custom", func=_on_time_rate, section="C.deadlines",
    convention="期间内办结的法定期限中，在届满日前（含当日）办结的比例",
))

"""Writes of the indicators app: freezing figures with their provenance (the only thing ever stored)."""

from __future__ import annotations

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from .describe import describe
from .models import Snapshot, SnapshotValue
from .selectors import indicator_values


def _jsonable(x):
    if x is None or isinstance(x, (int, float, str, bool)):
        return x
    return float(x)


@transaction.atomic
def snapshot_take(*, unit, reason: str, year: int | None = None, start: dt.date | None = None, end: dt.date | None = None,
                  rollup: bool = False, user=None, source=None, keys=None, values=None, scope=None) -> Snapshot:
    """Freeze every indicator (or ``keys``) of ``unit`` for the period: values, parts, query text, record ids.

    Computed over the whole scope (no person's view applied): a frozen report figure is the unit's
    figure, whoever pressed the button. ``values`` freezes figures already computed by the caller (a report
    computes parts B–D for the unit itself even when it rolls up); ``scope(ind) -> rollup`` says how each was computed.
    """
    snap = Snapshot.objects.create(
        unit=unit, year=year, start=start, end=end, rollup=rollup, reason=reason,
        taken_by=user if getattr(user, "pk", None) else None,
        source_type=ContentType.objects.get_for_model(type(source)) if source is not None else None,
        source_id=getattr(source, "pk", None),
    )
    rows = []
    if values is None:
        values = indicator_values(unit, year=year, start=start, end=end, rollup=rollup, keys=keys)
    for key, (ind, value) in values.items():
        ind_rollup = scope(ind) if scope is not None else rollup
        rows.append(SnapshotValue(
            snapshot=snap, key=key, name=ind.name, measure=ind.unit, kind=ind.kind, value=_jsonable(value.value),
            numerator=_jsonable(value.numerator), denominator=_jsonable(value.denominator), model_label=ind.model_label,
            record_ids=sorted(int(i) for i in value.record_ids),
            denominator_ids=sorted(int(i) for i in value.denominator_ids),
            query=describe(ind, unit=unit, year=year, start=start, end=end, rollup=ind_rollup),
        ))
    SnapshotValue.objects.bulk_create(rows)
    return snap

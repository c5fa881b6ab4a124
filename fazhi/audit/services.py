"""Writing timeline events; called by services inside their transaction."""

from __future__ import annotations

import datetime as dt
import decimal

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import TimelineEvent


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return {"id": value.pk, "text": str(value)}
    if isinstance(value, (list, tuple, set)) or hasattr(value, "model"):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "name") and hasattr(value, "read"):  # uploaded file
        return value.name
    return value


def event_record(*, obj, verb: str, label: str, actor, from_state: str = "", to_state: str = "", data: dict | None = None, note: str = "") -> TimelineEvent:
    unit_id = getattr(obj, "unit_id", None) or obj.timeline_unit_id()
    return TimelineEvent.objects.create(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        unit_id=unit_id,
        verb=verb,
        label=label,
        actor=actor if getattr(actor, "pk", None) else None,
        from_state=from_state or "",
        to_state=to_state or "",
        data=_jsonable(data or {}),
        note=note,
    )


def timeline_for(obj):
    return TimelineEvent.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
    ).select_related("actor")

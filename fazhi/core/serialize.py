"""A record as JSON for the API: every field with its value, and the Chinese label of choices."""

from __future__ import annotations

import datetime as dt
import decimal

from django.db import models


def _value(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, models.Model):
        return {"id": v.pk, "name": str(v)}
    return v


def record_to_dict(obj) -> dict:
    out: dict = {"id": obj.pk, "display": str(obj)}
    for f in obj._meta.concrete_fields:
        if f.name in ("id",):
            continue
        if isinstance(f, models.ForeignKey):
            related = getattr(obj, f.name)
            out[f.name] = {"id": related.pk, "name": str(related)} if related is not None else None
            continue
        value = getattr(obj, f.attname)
        out[f.name] = _value(value)
        if f.choices:
            out[f"{f.name}_label"] = getattr(obj, f"get_{f.name}_display")()
    for f in obj._meta.many_to_many:
        out[f.name] = [{"id": o.pk, "name": str(o)} for o in getattr(obj, f.name).all()]
    return out


def form_initial(ledger, user, obj) -> dict:
    """The current values of a record as form input (so a PATCH can send only what changes)."""
    from .services import build_form

    form = build_form(ledger, user, instance=obj)
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if isinstance(value, list):
            data[name] = [getattr(v, "pk", v) for v in value]
        elif isinstance(value, bool):
            data[name] = "on" if value else ""
        elif value is None:
            data[name] = ""
        else:
            data[name] = getattr(value, "pk", value)
    return data

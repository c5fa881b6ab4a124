"""Generic ledger writes: create, update, void — each with history and a timeline event.

Domain apps use these for plain register entries and write their own services for procedural
steps (``core.workflow``). The scope is re-checked inside the transaction after the write, so an
edit can never move a record out of the writer's scope (NetBox's post-save check, style.md R7).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone

from fazhi.audit.services import event_record

from . import permissions
from .errors import GateRefused, InvalidInput, validation_error_to_invalid
from .ledgers import Ledger
from .scoping import units_for
from .workflow import validate_form

MSG_VOID_REASON = "作废必须填写原因。"
MSG_ALREADY_VOID = "该记录已经作废。"
MSG_UNIT_OUT_OF_SCOPE = "只能为本单位（及所属村/社区）登记记录。"


def _resolve_unit(user, unit):
    allowed = units_for(user, "change")
    if unit is None:
        unit = user.unit
    if unit is None or not allowed.filter(pk=unit.pk).exists():
        raise InvalidInput(MSG_UNIT_OUT_OF_SCOPE, {"unit": [MSG_UNIT_OUT_OF_SCOPE]})
    return unit


def _with_model_defaults(ledger: Ledger, form_cls, data):
    """API/Excel/service callers may leave out fields that have a model default (counts default to 0)."""
    if data is None or hasattr(data, "getlist"):  # a browser POST always carries every field
        return data
    data = dict(data)
    for name in getattr(form_cls._meta, "fields", None) or []:
        if name in data:
            continue
        try:
            field = ledger.model._meta.get_field(name)
        except Exception:  # a form-only field
            continue
        if field.has_default() and not callable(field.default):
            default = field.get_default()
            data[name] = default if not isinstance(default, bool) else ("on" if default else "")
    return data


def build_form(ledger: Ledger, user, data=None, files=None, *, instance=None, form_cls=None, initial=None):
    form_cls = form_cls or ledger.form
    if instance is None:
        data = _with_model_defaults(ledger, form_cls, data)
    kwargs = {"data": data, "files": files, "instance": instance, "initial": initial}
    if getattr(form_cls, "accepts_user", False):
        kwargs["user"] = user
    return form_cls(**kwargs)


def _clean(ledger, user, data, files, instance=None, form_cls=None):
    form = build_form(ledger, user, data, files, instance=instance, form_cls=form_cls)
    if not form.is_valid():
        errors = {f: [str(e) for e in errs] for f, errs in form.errors.items()}
        labels = {name: str(fld.label or name) for name, fld in form.fields.items()}
        msg = "；".join(f"{labels.get(f, '') + '：' if f != '__all__' else ''}{'、'.join(m)}" for f, m in errors.items())
        raise InvalidInput(msg, errors)
    return form


def record_create(*, ledger: Ledger, user, data: dict, files=None, unit=None, form_cls=None, verb: str = "create", label: str = "登记"):
    """Create a ledger record from user input (form-validated), in ``unit`` (default: the user's)."""
    permissions.require(user, ledger.action("create"))
    unit = _resolve_unit(user, unit)
    with transaction.atomic():
        form = _clean(ledger, user, data, files, form_cls=form_cls)
        obj = form.save(commit=False)
        obj.unit = unit
        obj.created_by = user
        obj._history_user = user
        try:
            obj.full_clean(exclude=[f for f in ("state",) if hasattr(obj, f)])
        except ValidationError as exc:
            raise validation_error_to_invalid(exc) from None
        obj.save()
        form.save_m2m()
        event_record(obj=obj, verb=verb, label=label, actor=user, to_state=getattr(obj, "state", ""))
    return obj


def record_update(*, ledger: Ledger, user, obj, data: dict, files=None, form_cls=None):
    permissions.require(user, ledger.action("change"))
    with transaction.atomic():
        current = ledger.model.objects.restrict(user, "change").filter(pk=obj.pk).first()
        if current is None:
            raise Http404("未找到该记录。")
        if current.is_void:
            raise GateRefused("voided", "该记录已作废，不能修改。")
        form = _clean(ledger, user, data, files, instance=current, form_cls=form_cls)
        changed = form.changed_data
        obj = form.save(commit=False)
        obj._history_user = user
        obj.save()
        form.save_m2m()
        if not ledger.model.objects.restrict(user, "change").filter(pk=obj.pk).exists():
            raise InvalidInput(MSG_UNIT_OUT_OF_SCOPE)
        event_record(obj=obj, verb="update", label="修改", actor=user, data={"fields": changed})
    return obj


def record_void(*, user, obj, reason: str):
    """作废: the record leaves every figure, stays visible, and keeps its history."""
    from .ledgers import ledger_for_model

    ledger = ledger_for_model(type(obj))
    permissions.require(user, ledger.action("void"))
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(MSG_VOID_REASON, {"reason": [MSG_VOID_REASON]})
    with transaction.atomic():
        current = ledger.model.objects.restrict(user, "change").filter(pk=obj.pk).first()
        if current is None:
            raise Http404("未找到该记录。")
        if current.is_void:
            raise GateRefused("already_void", MSG_ALREADY_VOID)
        current.is_void = True
        current.void_reason = reason
        current.voided_at = timezone.now()
        current.voided_by = user
        current._history_user = user
        current._change_reason = f"作废：{reason}"
        current.save()
        event_record(obj=current, verb="void", label="作废", actor=user, data={"reason": reason})
    return current

"""Named procedural steps: the statutory gate, the transition and the timeline event, together.

A domain app writes one service per step and registers it::

    @step(Petition, "accept", label="受理", roles=[Role.OPERATOR], form=AcceptForm,
          statute="信访工作条例第22条")
    def petition_accept(*, obj, user, accepted_on, **_):
        if accepted_on > obj.register_due: ...raise GateRefused(...)
        obj.accept()            # the django-fsm @transition method of the same name

``perform`` (used by the web view, the API and tests alike) checks the role, re-reads the row
inside the transaction, refuses on a voided record, validates the step's form, runs the
service, saves (history with the acting user) and writes the timeline event — all in one
transaction, so a refused gate changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django_fsm import TransitionNotAllowed

from fazhi.audit.services import event_record

from . import permissions
from .errors import GateRefused, InvalidInput, validation_error_to_invalid


@dataclass(frozen=True)
class Step:
    model: type
    name: str
    label: str
    func: Callable
    form: type[forms.Form] | None
    statute: str
    state_field: str
    action_key: str
    danger: bool = False


STEPS: dict[tuple[type, str], Step] = {}


class EmptyForm(forms.Form):
    pass


def step(model, name: str, *, label: str, roles, form=None, statute: str = "", state_field: str = "state", danger: bool = False):
    """Register a service as the named procedural step ``name`` of ``model``."""

    def deco(func):
        from .ledgers import ledger_for_model

        try:
            key = ledger_for_model(model).action(f"step.{name}")
        except KeyError:
            key = f"{model._meta.app_label}.{model._meta.model_name}.step.{name}"
        permissions.declare(key, f"{model._meta.verbose_name}·{label}", roles, statute=statute)
        STEPS[(model, name)] = Step(model, name, label, func, form, statute, state_field, key, danger)
        return func

    return deco


def steps_for(model) -> list[Step]:
    return [s for (m, _), s in STEPS.items() if m is model]


def get_step(model, name: str) -> Step:
    try:
        return STEPS[(model, name)]
    except KeyError:
        raise Http404("没有这个办理步骤。") from None


def state_label(obj, field: str = "state") -> str:
    getter = getattr(obj, f"get_{field}_display", None)
    return getter() if getter else str(getattr(obj, field, ""))


def available_steps(obj, user) -> list[Step]:
    """Steps the FSM allows from the current state and the user's roles permit."""
    out = []
    if getattr(obj, "is_void", False):
        return out
    for s in steps_for(type(obj)):
        method = getattr(obj, s.name, None)
        if method is not None and hasattr(method, "_django_fsm"):
            from django_fsm import can_proceed

            if not can_proceed(method):
                continue
        if permissions.allowed(user, s.action_key):
            out.append(s)
    return out


def validate_form(form_cls, data, files=None, *, instance=None, initial=None) -> dict:
    form = (form_cls or EmptyForm)(data=data or {}, files=files, **({"instance": instance} if instance is not None and issubclass(form_cls, forms.ModelForm) else {}))
    if not form.is_valid():
        errors = {f: [str(e) for e in errs] for f, errs in form.errors.items()}
        labels = {name: str(field.label or name) for name, field in form.fields.items()}
        msg = "；".join(f"{labels.get(f, '') + '：' if f != '__all__' else ''}{'、'.join(m)}" for f, m in errors.items())
        raise InvalidInput(msg, errors)
    return form.cleaned_data


def perform(*, obj, name: str, user, data=None, files=None):
    s = get_step(type(obj), name)
    permissions.require(user, s.action_key)
    with transaction.atomic():
        model = type(obj)
        scoped = model.objects.restrict(user, "change")
        obj = scoped.select_for_update().filter(pk=obj.pk).first()
        if obj is None:
            raise Http404("未找到该记录。")
        if getattr(obj, "is_void", False):
            raise GateRefused("voided", "该记录已作废，不能再办理。")
        cleaned = validate_form(s.form, data, files)
        before = getattr(obj, s.state_field, "")
        before_label = state_label(obj, s.state_field)
        try:
            result = s.func(obj=obj, user=user, **cleaned)
        except TransitionNotAllowed:
            raise GateRefused(
                "transition_not_allowed", f"当前状态为“{before_label}”，不能执行“{s.label}”。"
            ) from None
        except ValidationError as exc:
            raise validation_error_to_invalid(exc) from None
        obj._history_user = user
        obj._change_reason = s.label
        obj.save()
        event_record(
            obj=obj, verb=name, label=s.label, actor=user, from_state=before,
            to_state=getattr(obj, s.state_field, ""), data={k: v for k, v in cleaned.items()},
            note=(result or {}).get("note", "") if isinstance(result, dict) else "",
        )
    return obj

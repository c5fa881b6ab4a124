"""What the supervision detail page shows beside the generic fields: the steps this user may take
here (each side sees only its own), the 整改 rounds, tasks, reports and evidence."""

from __future__ import annotations

from django import template
from django.core.exceptions import FieldDoesNotExist

from fazhi.core import permissions
from fazhi.core.scoping import units_for
from fazhi.core.workflow import available_steps

from ..models import Assessment, Finding, Inspection, SelfReport, Task, TaskReport, WorkPlan
from ..scoping import is_responsible
from ..services.evidence import evidence_for, evidence_for_many

register = template.Library()

UNIT_SIDE = {"submit", "resubmit"}
ISSUER_SIDE = {"accept", "send_back", "grade"}
HIDDEN_FIELDS = {"佐证材料（文件）", "关联台账记录"}


def _issuer_unit_id(obj):
    if isinstance(obj, Finding):
        return obj.inspection.unit_id
    if isinstance(obj, SelfReport):
        return obj.assessment.unit_id
    return obj.unit_id


def visible_steps(obj, user):
    if getattr(obj, "is_void", False) or not type(obj).objects.restrict(user, "change").filter(pk=obj.pk).exists():
        return []
    out = []
    for s in available_steps(obj, user):
        if s.name in UNIT_SIDE and not is_responsible(user, obj.unit):
            continue
        if s.name in ISSUER_SIDE and not user.is_admin and user.unit_id != _issuer_unit_id(obj):
            continue
        out.append(s)
    return out


@register.simple_tag
def supervision_context(obj, user):
    from ..selectors import task_is_done

    ctx = {"steps": visible_steps(obj, user), "extra": None}
    key = type(obj).ledger().action("void")
    ctx["can_void"] = (not obj.is_void and permissions.allowed(user, key)
                       and type(obj).objects.restrict(user, "change").filter(pk=obj.pk).exists())
    if isinstance(obj, Finding):
        rounds = list(obj.rounds.select_related("reviewed_by", "created_by").order_by("round"))
        ev = evidence_for_many(type(rounds[0]), [r.pk for r in rounds]) if rounds else {}
        ctx.update(extra="supervision/_finding.html", rounds=[(r, ev.get(r.pk, [])) for r in rounds])
    elif isinstance(obj, WorkPlan):
        tasks = Task.objects.restrict(user).live().filter(plan=obj).select_related("lead_unit")
        ctx.update(extra="supervision/_plan.html", tasks=[(t, task_is_done(t)) for t in tasks])
    elif isinstance(obj, Task):
        reports = TaskReport.objects.restrict(user).filter(task=obj).select_related("unit")
        assigned = {obj.lead_unit_id, *obj.co_units.values_list("pk", flat=True)}
        ctx.update(extra="supervision/_task.html", reports=reports, done=task_is_done(obj),
                   can_report=units_for(user, "change").filter(pk__in=assigned).exists())
    elif isinstance(obj, Inspection):
        findings = Finding.objects.restrict(user).filter(inspection=obj).select_related("unit")
        ctx.update(extra="supervision/_inspection.html", findings=findings, items=obj.items.live(),
                   scope=obj.scope_units.all(), can_raise=is_responsible(user, obj.unit) and not obj.is_void)
    elif isinstance(obj, Assessment):
        ctx.update(extra="supervision/_assessment.html", scope=obj.scope_units.all(),
                   in_scope=obj.scope_units.filter(pk__in=units_for(user, "change")).exists())
    elif isinstance(obj, (SelfReport, TaskReport)):
        ctx.update(extra="supervision/_evidence.html", evidence=evidence_for(obj))
    return ctx


@register.filter
def without_evidence_fields(fields):
    return [(label, value) for label, value in fields if str(label) not in HIDDEN_FIELDS]


@register.filter
def state_name(value, obj):
    """The Chinese label of a state code of ``obj`` (timeline and history store codes)."""
    try:
        field = obj._meta.get_field("state")
    except FieldDoesNotExist:
        return value
    return dict(field.choices).get(value, value)

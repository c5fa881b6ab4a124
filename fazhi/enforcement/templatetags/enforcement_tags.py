"""Panels on the enforcement detail pages (the generic detail view supplies only the record)."""

from __future__ import annotations

from collections import defaultdict

from django import template

from fazhi.core import permissions
from fazhi.core.workflow import available_steps
from fazhi.deadlines.services import today

from .. import conf
from ..models import Officer
from ..selectors.dashboard import case_panel as _case_panel
from ..services.certificates import officer_standing

register = template.Library()


@register.inclusion_tag("enforcement/panels/case.html")
def case_panel(case, user):
    return _case_panel(case, user)


@register.inclusion_tag("enforcement/panels/officer.html")
def officer_panel(officer: Officer):
    hours = defaultdict(lambda: 0)
    for t in officer.trainings.filter(is_void=False):
        hours[t.held_on.year] += t.hours
    required = conf.setting("training_hours_required")
    return {"officer": officer, "standing": officer_standing([officer], today())[0], "today": today(),
            "certificates": officer.certificates.filter(is_void=False).prefetch_related("reviews"),
            "hours": [(y, h, h >= required) for y, h in sorted(hours.items(), reverse=True)], "required": required}


@register.inclusion_tag("enforcement/panels/plan.html")
def plan_panel(plan, user):
    record = getattr(plan, "draw_record", None)
    checks = plan.checks.filter(is_void=False).select_related("target").prefetch_related("inspectors").order_by("rank")
    return {"plan": plan, "record": record, "checks": checks}


@register.inclusion_tag("enforcement/panels/batch.html")
def batch_panel(batch):
    rows = batch.reviewed_cases.filter(is_void=False).select_related("case", "case__unit", "reviewer").prefetch_related("scores")
    return {"batch": batch, "rows": rows}


@register.inclusion_tag("enforcement/panels/score.html")
def score_panel(rc, user):
    items = list(rc.batch.template.items.filter(is_void=False).order_by("code"))
    scores = {s.item_id: s.score for s in rc.scores.all()}
    can_score = any(s.name == "score" for s in available_steps(rc, user)) and \
        rc.__class__.objects.restrict(user, "change").filter(pk=rc.pk).exists()
    return {"rc": rc, "items": [(i, scores.get(i.pk)) for i in items], "can_score": can_score,
            "total": rc.total_score, "today": today()}


@register.simple_tag
def allowed(user, key):
    return permissions.allowed(user, key)

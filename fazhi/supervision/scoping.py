"""Who sees supervision rows: the unit concerned, and the unit that issued the plan/inspection/assessment.

A 督查问题 concerns a township but is raised by the district's 依法治区办. The row carries
``unit`` = the unit concerned (so the core rule gives the township its own rows, never a
sibling's, and gives a district inspector the whole subtree), plus a link to the issuing
record owned by the issuing unit. Two additions to the core rule, both narrow:

* view: users of the issuing unit also see the rows they issued (a district operator who
  drafted the 工作要点 sees the progress reported on it), never rows issued elsewhere;
* change: an inspector of the issuing unit may act on the rows of *their own unit's*
  inspection/assessment (re-check a 整改, score a self-report). Which step each side may take
  is the step's role list plus the gates in ``services``; the township's own steps are refused
  to the issuer by the ``not_responsible`` gate.
"""

from __future__ import annotations

from django.db.models import Q

from fazhi.core.models import ScopedQuerySet
from fazhi.core.scoping import NOTHING, unit_q, units_for
from fazhi.org.choices import Role


def issuer_scope_q(user, action: str, issuer_field: str, extra_view: Q | None = None) -> Q:
    base = unit_q(user, action)
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return NOTHING
    if action == "view":
        q = base | Q(**{f"{issuer_field}__in": units_for(user, "view")})
        return q | extra_view if extra_view is not None else q
    if user.unit_id and Role.INSPECTOR in (user.roles or []):
        return base | Q(**{f"{issuer_field}_id": user.unit_id})
    return base


class IssuedQuerySet(ScopedQuerySet):
    """``restrict`` for rows whose unit is the unit concerned and whose issuer is ``issuer_field``."""

    issuer_field = "unit"

    def extra_view_q(self, user) -> Q | None:
        return None

    def restrict(self, user, action: str = "view") -> "IssuedQuerySet":
        return self.filter(issuer_scope_q(user, action, self.issuer_field, self.extra_view_q(user) if action == "view" else None))


def issued_manager(issuer_field: str, extra_view=None):
    """A manager class for a model whose issuer is reached through ``issuer_field`` (a Unit FK path)."""
    attrs = {"issuer_field": issuer_field}
    if extra_view is not None:
        attrs["extra_view_q"] = lambda self, user: extra_view(user)
    return type(f"Issued_{issuer_field.replace('__', '_')}", (IssuedQuerySet,), attrs).as_manager()


def is_responsible(user, unit) -> bool:
    """The user works for ``unit`` itself (or keeps its village's ledgers) — not an issuer above it."""
    return units_for(user, "change").filter(pk=unit.pk).exists()

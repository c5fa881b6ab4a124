"""Which units' records a user may see or change — denied by default.

* view: a user sees records of their own unit and of its own 村/社区 (villages have no staff of
  their own in fazhi; the township keeps their ledgers); an inspector also sees the whole
  subtree below their unit; an administrator sees everything. Nobody sees siblings or parents.
* change: the same minus the inspector's subtree — inspectors read and assess the units below,
  they do not keep those units' ledgers.
"""

from __future__ import annotations

from django.db.models import Q

from fazhi.org.choices import Role, UnitLevel

NOTHING = Q(pk__in=[])
EVERYTHING = Q()


def _mode(user, action: str) -> str:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return "none"
    if user.is_superuser or Role.ADMIN in (user.roles or []):
        return "all"
    if user.unit_id is None:
        return "none"
    if action == "view" and Role.INSPECTOR in (user.roles or []):
        return "subtree"
    return "own"


def unit_q(user, action: str = "view", field: str = "unit") -> Q:
    """A filter on ``<field>`` (a FK to Unit) restricting rows to what ``user`` may ``action``."""
    mode = _mode(user, action)
    if mode == "none":
        return NOTHING
    if mode == "all":
        return EVERYTHING
    path = user.unit.path
    if mode == "subtree":
        return Q(**{f"{field}__path__startswith": path})
    return Q(**{f"{field}_id": user.unit_id}) | Q(**{f"{field}__parent_id": user.unit_id, f"{field}__level": UnitLevel.VILLAGE})


def units_for(user, action: str = "view"):
    """The Unit rows a user may see (or write records for)."""
    from fazhi.org.models import Unit

    mode = _mode(user, action)
    if mode == "none":
        return Unit.objects.none()
    if mode == "all":
        return Unit.objects.all()
    path = user.unit.path
    if mode == "subtree":
        return Unit.objects.filter(path__startswith=path)
    return Unit.objects.filter(Q(pk=user.unit_id) | Q(parent_id=user.unit_id, level=UnitLevel.VILLAGE))

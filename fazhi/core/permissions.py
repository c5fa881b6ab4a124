"""What each role may do — declared once per action, shown read-only in the admin.

An *action* is a ledger operation (``<ledger>.view/create/change/void/import/export``) or a
named procedural step (``<ledger>.step.<name>``). Apps declare them through ``ledgers.register``
and ``workflow.step``; nothing else grants a permission. Scope (which units' records) is a
separate, orthogonal rule in ``core.scoping``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fazhi.org.choices import Role

from .errors import NotPermitted

ALL_ROLES = frozenset(Role.values)
WRITERS = frozenset({Role.OPERATOR, Role.LEADER, Role.ADMIN})


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    roles: frozenset[str]
    statute: str = ""
    group: str = field(default="", compare=False)

    @property
    def role_labels(self) -> str:
        return "、".join(Role(r).label for r in Role.values if r in self.roles)


ACTIONS: dict[str, Action] = {}


def declare(key: str, label: str, roles, *, statute: str = "", group: str = "") -> Action:
    roles = frozenset(str(r) for r in roles) | {Role.ADMIN.value}
    unknown = roles - ALL_ROLES
    if unknown:
        raise ValueError(f"unknown roles {unknown} for action {key}")
    action = Action(key=key, label=label, roles=roles, statute=statute, group=group)
    ACTIONS[key] = action
    return action


def allowed(user, key: str) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    action = ACTIONS.get(key)
    if action is None:  # undeclared = denied (deny by default)
        return False
    return any(r in action.roles for r in (user.roles or []))


def require(user, key: str) -> None:
    if not allowed(user, key):
        action = ACTIONS.get(key)
        label = action.label if action else key
        roles = action.role_labels if action else "（未声明）"
        raise NotPermitted("not_permitted", f"您的角色无权执行“{label}”，需要以下角色之一：{roles}。")

"""Writes to the unit tree and the user list (HackSoft-style services)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from fazhi.core.errors import GateRefused

from .choices import ALLOWED_PARENT_LEVELS, Role, UnitLevel
from .models import Unit, User


def _check_parent(level: str, parent: Unit | None) -> None:
    allowed = ALLOWED_PARENT_LEVELS[UnitLevel(level)]
    parent_level = UnitLevel(parent.level) if parent else None
    if parent_level not in allowed:
        raise ValidationError(
            f"{UnitLevel(level).label}不能设在“{parent or '（无上级）'}”之下"
            f"（上级层级为{parent_level.label if parent_level else '无'}）。"
        )


@transaction.atomic
def unit_create(*, name: str, level: str, parent: Unit | None = None, code: str = "", short_name: str = "", sort_order: int = 0) -> Unit:
    _check_parent(level, parent)
    unit = Unit(name=name, level=level, parent=parent, code=code, short_name=short_name, sort_order=sort_order)
    unit.full_clean(exclude=["path"])
    unit.save()
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.save(update_fields=["path"])
    return unit


@transaction.atomic
def unit_get_or_create(*, name: str, level: str, parent: Unit | None = None, **fields) -> Unit:
    existing = Unit.objects.filter(name=name, parent=parent).first()
    return existing or unit_create(name=name, level=level, parent=parent, **fields)


@transaction.atomic
def unit_move(*, unit: Unit, new_parent: Unit) -> Unit:
    """Move a unit (and its subtree) under another parent; each row keeps its history."""
    if new_parent.is_within(unit):
        raise GateRefused("unit_move_cycle", "不能把单位移动到其自身或其下级单位之下。")
    _check_parent(unit.level, new_parent)
    old_prefix = unit.path
    new_prefix = f"{new_parent.path}{unit.pk}/"
    unit.parent = new_parent
    unit.save()
    # save() row by row (not .update()) so simple-history writes a version for every moved unit
    for node in Unit.objects.filter(path__startswith=old_prefix).order_by("path"):
        node.path = new_prefix + node.path[len(old_prefix):]
        node.save()
    unit.refresh_from_db()
    return unit


@transaction.atomic
def user_create(*, username: str, password: str, unit: Unit | None, roles: list[str], full_name: str = "", is_superuser: bool = False) -> User:
    bad = [r for r in roles if r not in Role.values]
    if bad:
        raise ValidationError(f"未知角色：{'、'.join(bad)}。可用角色：{'、'.join(Role.values)}。")
    if not is_superuser and unit is None:
        raise ValidationError("普通用户必须属于一个单位。")
    user = User(username=username, unit=unit, roles=roles, full_name=full_name,
                is_superuser=is_superuser, is_staff=is_superuser or Role.ADMIN in roles)
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    return user

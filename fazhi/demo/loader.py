"""``fazhi demo``: the seed units, demo users, and every app's demo records — idempotent.

Apps contribute records in ``<app>/demo.py`` with a function ``load(ctx)``; ``ctx.once(key)``
guards each batch so a second run adds nothing. Records are created through the apps'
services, as a clerk would create them, so that figures computed from them are honest.
"""

from __future__ import annotations

import importlib
from importlib.util import find_spec

from django.apps import apps
from django.db import transaction

from fazhi.org.models import Unit, User
from fazhi.org.services import unit_create, user_create

from .units import TREE, USERS

PASSWORD = "fazhi-demo"
# Order in which apps' demo modules run (apps not listed run afterwards, alphabetically).
ORDER = ["publicity", "leadership", "normative", "decisions", "advisers", "enforcement", "petitions", "disputes",
         "reconsideration", "litigation", "disclosure", "lists", "oversight", "indicators", "reports", "supervision", "review"]


class DemoContext:
    def __init__(self):
        from fazhi.core.models import DemoMarker

        self._markers = DemoMarker
        self.units = {u.short_name or u.name: u for u in Unit.objects.all()}
        self.users = {u.username: u for u in User.objects.all()}

    def unit(self, short_name: str) -> Unit:
        return self.units[short_name]

    def user(self, username: str) -> User:
        return self.users[username]

    def once(self, key: str) -> bool:
        """True the first time ``key`` is seen (then the caller loads its batch)."""
        _, created = self._markers.objects.get_or_create(key=key)
        return created


def _build_tree(nodes, parent=None) -> None:
    for name, short, level, code, children in nodes:
        unit = Unit.objects.filter(name=name, parent=parent).first() or unit_create(
            name=name, short_name=short, level=level, parent=parent, code=code
        )
        if isinstance(children, str) and children.startswith("villages:"):
            for i in range(1, int(children.split(":")[1]) + 1):
                vname = f"{short}示例村{i}（演示）"
                if not Unit.objects.filter(name=vname, parent=unit).exists():
                    unit_create(name=vname, short_name=vname, level="village", parent=unit)
        else:
            _build_tree(children, unit)


def _users() -> None:
    by_short = {u.short_name: u for u in Unit.objects.all()}
    for username, short, roles, desc in USERS:
        if User.objects.filter(username=username).exists():
            continue
        unit = by_short.get(short) if short else None
        user_create(username=username, password=PASSWORD, unit=unit, roles=roles, full_name=desc,
                    is_superuser=username == "admin")


def demo_logins() -> list[tuple[str, str]]:
    return [(u, d) for u, _, _, d in USERS]


def _demo_modules():
    mods = []
    for cfg in apps.get_app_configs():
        if cfg.name.startswith("fazhi.") and find_spec(f"{cfg.name}.demo"):
            mods.append((cfg.label, importlib.import_module(f"{cfg.name}.demo")))
    rank = {label: i for i, label in enumerate(ORDER)}
    return sorted(mods, key=lambda m: (rank.get(m[0], len(ORDER)), m[0]))


def demo_load(progress: bool = False) -> str:
    from fazhi.deadlines.services import holidays_seed

    holidays_seed()
    with transaction.atomic():
        _build_tree(TREE)
        _users()
    ctx = DemoContext()
    done = []
    for label, mod in _demo_modules():
        with transaction.atomic():
            mod.load(ctx)
        done.append(label)
        if progress:
            print(f"  演示数据：{label} ✓", flush=True)
    return f"演示数据已就绪：{Unit.objects.count()} 个单位，{User.objects.count()} 个用户；模块：{'、'.join(done) or '（无）'}。"

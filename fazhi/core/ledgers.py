"""The ledger registry: one declaration per ledger model drives web, API, Excel and permissions.

An app's ``ledgers.py`` calls ``register(Ledger(...))``. From that one declaration come the list
page (FilterSet + Table), the detail page with timeline and history, the create/edit forms, the
Excel template/import/export, the API paths ``/api/<app>/<plural>/…`` and the role grants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from django import forms

from . import permissions
from .permissions import ALL_ROLES, WRITERS


@dataclass
class Ledger:
    model: type
    form: type[forms.ModelForm]
    plural: str                       # URL segment, English plural ("activities")
    list_display: list[str]
    filter_fields: list[str] = field(default_factory=list)
    search_fields: list[str] = field(default_factory=list)
    date_field: str | None = None     # the field that puts a record in a year (for figures and filters)
    group: str = ""                   # menu group (Chinese)
    import_form: type[forms.ModelForm] | None = None   # Excel columns; defaults to ``form``
    create: Callable | None = None    # custom create service(*, ledger, user, data, unit) -> obj
    roles: dict[str, frozenset] = field(default_factory=dict)  # overrides per generic action
    ordering: list[str] = field(default_factory=lambda: ["-pk"])
    detail_template: str | None = None
    sample: Callable | None = None     # sample(unit, user) -> obj, for generated scope tests and demos

    @property
    def app(self) -> str:
        return self.model._meta.app_label

    @property
    def key(self) -> str:
        return f"{self.app}.{self.plural}"

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name_plural)

    @property
    def item_label(self) -> str:
        return str(self.model._meta.verbose_name)

    def action(self, name: str) -> str:
        return f"{self.key}.{name}"

    @property
    def excel_form(self) -> type[forms.ModelForm]:
        return self.import_form or self.form


LEDGERS: dict[str, Ledger] = {}
_BY_MODEL: dict[type, Ledger] = {}

_GENERIC_ACTIONS = {
    "view": ("查看", ALL_ROLES),
    "create": ("新增", WRITERS),
    "change": ("修改", WRITERS),
    "void": ("作废", WRITERS),
    "import": ("Excel 导入", WRITERS),
    "export": ("导出", ALL_ROLES),
}


def register(ledger: Ledger) -> Ledger:
    LEDGERS[ledger.key] = ledger
    _BY_MODEL[ledger.model] = ledger
    for name, (label, roles) in _GENERIC_ACTIONS.items():
        permissions.declare(
            ledger.action(name), f"{ledger.label}·{label}", ledger.roles.get(name, roles), group=ledger.group
        )
    return ledger


def ledger_for_model(model) -> Ledger:
    return _BY_MODEL[model if isinstance(model, type) else type(model)]


def get_ledger(app: str, plural: str) -> Ledger:
    from django.http import Http404

    try:
        return LEDGERS[f"{app}.{plural}"]
    except KeyError:
        raise Http404("没有这个台账。") from None


def get_ledger_by_key(key: str) -> Ledger | None:
    """Look a ledger up by ``app.plural``, by ``plural`` or by its Chinese name (CLI use)."""
    if key in LEDGERS:
        return LEDGERS[key]
    for ledger in LEDGERS.values():
        if key in (ledger.plural, ledger.label, ledger.item_label, ledger.model.__name__.lower()):
            return ledger
    return None

"""One django-tables2 Table per ledger, built from ``list_display`` (style.md R10)."""

from __future__ import annotations

import django_tables2 as tables
from django.urls import reverse
from django.utils.html import format_html

_CACHE: dict = {}


class LedgerTable(tables.Table):
    def __init__(self, *args, ledger=None, **kwargs):
        self.ledger = ledger
        super().__init__(*args, **kwargs)

    def render_id(self, record, value):
        url = reverse("ledger_detail", args=[self.ledger.app, self.ledger.plural, record.pk])
        badge = format_html(' <span class="badge void">已作废</span>') if record.is_void else ""
        return format_html('<a href="{}">{}</a>{}', url, value, badge)


def table_for(ledger):
    if ledger.key in _CACHE:
        return _CACHE[ledger.key]
    fields = ["id", *[f for f in ledger.list_display if f != "id"], "unit"]
    attrs = {
        "id": tables.Column(verbose_name="编号"),
        "Meta": type("Meta", (), {
            "model": ledger.model, "fields": fields, "attrs": {"class": "table"},
            "row_attrs": {"class": lambda record: "void" if record.is_void else ""},
            "order_by": ledger.ordering,
        }),
    }
    cls = type(f"{ledger.model.__name__}Table", (LedgerTable,), attrs)
    _CACHE[ledger.key] = cls
    return cls

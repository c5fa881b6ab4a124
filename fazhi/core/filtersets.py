"""One FilterSet per ledger, built from its declaration (style.md R10); list, export and API reuse it."""

from __future__ import annotations

import django_filters
from django.db.models import Q

from .scoping import units_for

_CACHE: dict = {}


class LedgerFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(label="关键词", method="filter_q")
    unit = django_filters.ModelChoiceFilter(label="单位", queryset=None, field_name="unit")
    year = django_filters.NumberFilter(label="年度", method="filter_year")
    void = django_filters.ChoiceFilter(
        label="作废", method="filter_void", choices=[("live", "仅有效"), ("void", "仅已作废"), ("all", "全部")],
        empty_label="全部",
    )

    search_fields: list[str] = []
    date_field: str | None = None

    def __init__(self, data=None, *args, user=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        if user is not None and "unit" in self.filters:
            self.filters["unit"].queryset = units_for(user, "view")
            self.form.fields["unit"].queryset = units_for(user, "view")

    def filter_q(self, qs, name, value):
        if not value or not self.search_fields:
            return qs
        cond = Q()
        for f in self.search_fields:
            cond |= Q(**{f"{f}__icontains": value})
        return qs.filter(cond)

    def filter_year(self, qs, name, value):
        if not value or not self.date_field:
            return qs
        return qs.filter(**{f"{self.date_field}__year": int(value)})

    def filter_void(self, qs, name, value):
        if value == "live":
            return qs.filter(is_void=False)
        if value == "void":
            return qs.filter(is_void=True)
        return qs


def filterset_for(ledger):
    if ledger.key in _CACHE:
        return _CACHE[ledger.key]
    meta = type("Meta", (), {"model": ledger.model, "fields": list(ledger.filter_fields)})
    attrs = {"Meta": meta, "search_fields": ledger.search_fields, "date_field": ledger.date_field}
    cls = type(f"{ledger.model.__name__}FilterSet", (LedgerFilterSet,), attrs)
    _CACHE[ledger.key] = cls
    return cls

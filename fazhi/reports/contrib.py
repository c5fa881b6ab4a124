"""Report contributors: how a ledger app adds sentences to the annual report.

An app may ship ``fazhi/<app>/report.py`` with::

    from fazhi.reports.contrib import Paragraph, fig

    def paragraphs(unit, year, rollup) -> list[Paragraph]:
        v = fig("disputes.resolution_rate", unit, year, rollup)          # a computed Value (cached per draft)
        return [Paragraph(
            section="A.disputes",                                       # part + domain, like Indicator.section
            text=f"全年共排查矛盾纠纷{mark('disputes.resolution_rate', v.denominator, 'denominator')}件，"
                 f"成功调处{mark('disputes.resolution_rate', v.numerator, 'numerator')}件，"
                 f"调解成功率{mark('disputes.resolution_rate', v.value)}%。",
            uses=("disputes.resolution_rate",),                         # no generic sentence for these
        )]

Rules: state only what the records hold (a figure through ``mark`` so that its provenance is kept and a
regeneration updates it; a meeting or document by its date and title from the ledger); never a sentence
about another body. Every indicator whose section falls in part A, B or E and that no paragraph ``uses``
gets a generic sentence (``drafting.generic_sentence``). Apps without a ``report.py`` may have a built-in
contributor in ``fazhi/reports/contributors/<app>.py``; an app's own module replaces the built-in one.
"""

from __future__ import annotations

import importlib
import re
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from importlib.util import find_spec

from django.apps import apps

MARKER = re.compile(r"\{\{([A-Za-z0-9_.]+)(?::(numerator|denominator))?\|([^{}|]*)\}\}")


@dataclass
class Paragraph:
    section: str                      # "A.disputes", "B.leader_duties", "C", "D", "E" or a sub-section key "A.6"
    text: str                         # formal Chinese; figures as markers (``mark``)
    order: int = 100                  # position within the sub-section
    uses: tuple[str, ...] = ()        # indicator keys stated here (the generic sentence is not added for them)


def fmt_number(x) -> str:
    """A figure as written in a report: 215, 94.9, 4539.66 (no thousands separator, no trailing zeros)."""
    if x is None:
        return "—"
    if isinstance(x, bool):
        return "是" if x else "否"
    if isinstance(x, (int,)) or (isinstance(x, float) and x.is_integer()):
        return str(int(x))
    d = Decimal(str(x)).normalize()
    return format(d, "f")


def mark(key: str, value, part: str = "value") -> str:
    """A figure marker: ``{{key|215}}`` or ``{{key:numerator|204}}``; regeneration updates only its number."""
    suffix = f":{part}" if part in ("numerator", "denominator") else ""
    return "{{" + key + suffix + "|" + fmt_number(value) + "}}"


def strip_markers(text: str) -> str:
    """The text as a reader sees it: markers replaced by their numbers."""
    return MARKER.sub(lambda m: m.group(3), text or "")


def skeleton(text: str) -> str:
    """The text with every figure blanked — two drafts that differ only in figures have the same skeleton."""
    return MARKER.sub(lambda m: "{{" + m.group(1) + (":" + m.group(2) if m.group(2) else "") + "}}", text or "")


def markers_in(text: str) -> list[tuple[str, str, str]]:
    return [(m.group(1), m.group(2) or "value", m.group(3)) for m in MARKER.finditer(text or "")]


# ------------------------------------------------------------------ figures, cached per draft

_CACHE: ContextVar[dict | None] = ContextVar("report_figures", default=None)


class figure_cache:
    """``with figure_cache(): …`` — every ``fig`` call inside computes each unit × year × key once."""

    def __enter__(self):
        self.token = _CACHE.set({})
        return self

    def __exit__(self, *exc):
        _CACHE.reset(self.token)


OWN_PARTS = ("B", "C", "D")


def effective_rollup(ind, rollup: bool) -> bool:
    """Parts B, C and D speak of the unit's own leaders, shortcomings and plans: never rolled up."""
    return rollup and (ind.section or "A")[:1] not in OWN_PARTS


def report_values(unit, year: int, rollup: bool, user=None) -> dict:
    """All indicators as the report uses them: A/E rolled up when the report is, B/C/D always the unit's own."""
    from fazhi.indicators.registry import INDICATORS
    from fazhi.indicators.selectors import indicator_values

    if not rollup:
        return indicator_values(unit, year=year, user=user)
    own = {k for k, ind in INDICATORS.items() if not effective_rollup(ind, True)}
    rolled = indicator_values(unit, year=year, rollup=True, user=user, keys=set(INDICATORS) - own)
    mine = indicator_values(unit, year=year, rollup=False, user=user, keys=own)
    order = {k: i for i, k in enumerate(INDICATORS)}
    return dict(sorted({**rolled, **mine}.items(), key=lambda kv: ((kv[1][0].section or "~"), order[kv[0]])))


def fig(key: str, unit, year: int, rollup: bool = False):
    """The computed Value of indicator ``key`` for the unit and year, in the report's scope; None if undeclared."""
    from fazhi.indicators.registry import INDICATORS, compute_for

    if key not in INDICATORS:
        return None
    rollup = effective_rollup(INDICATORS[key], rollup)
    cache = _CACHE.get()
    ck = (key, unit.pk, year, rollup)
    if cache is not None and ck in cache:
        return cache[ck]
    value = compute_for(key, unit, year=year, rollup=rollup)
    if cache is not None:
        cache[ck] = value
    return value


def prime(values: dict, unit, year: int, rollup: bool) -> None:
    """Put already computed values into the cache (the drafter computes all indicators once)."""
    cache = _CACHE.get()
    if cache is not None:
        for key, (ind, value) in values.items():
            cache[(key, unit.pk, year, effective_rollup(ind, rollup))] = value


# ------------------------------------------------------------------ discovery

BUILTIN = ("publicity", "leadership", "deadlines", "targets")


def contributors() -> list[tuple[str, object]]:
    """(name, module) of every contributor: apps' own ``report.py``, then built-ins for the rest."""
    found: list[tuple[str, object]] = []
    own = set()
    for cfg in apps.get_app_configs():
        if cfg.name.startswith("fazhi.") and cfg.label != "reports" and find_spec(f"{cfg.name}.report"):
            module = importlib.import_module(f"{cfg.name}.report")
            if hasattr(module, "paragraphs"):
                found.append((cfg.label, module))
                own.add(cfg.label)
    for name in BUILTIN:
        if name in own:
            continue
        if name in ("publicity", "leadership") and not apps.is_installed(f"fazhi.{name}"):
            continue
        found.append((name, importlib.import_module(f"fazhi.reports.contributors.{name}")))
    return found


# ------------------------------------------------------------------ helpers for contributors

def records(model, unit, year: int | None, rollup: bool, date_field: str | None = None, scope_field: str = "unit"):
    """Live records of ``model`` counted in the unit's figures (own + villages, or the subtree) for the year."""
    from fazhi.indicators.registry import units_in_scope

    qs = model.objects.filter(**{f"{scope_field}__in": units_in_scope(unit, rollup)})
    if any(f.name == "is_void" for f in model._meta.concrete_fields):
        qs = qs.filter(is_void=False)
    if date_field and year is not None:
        qs = qs.filter(**{f"{date_field}__year": year})
    return qs


def self_name(unit) -> str:
    """How a unit calls itself in its own report: 我镇, 我乡, 我街道, 我区, 我县, 我局…"""
    from fazhi.org.choices import UnitLevel

    name = unit.short_name or unit.name
    if unit.level == UnitLevel.TOWNSHIP:
        if "街道" in unit.name:
            return "我街道"
        return "我乡" if name.endswith("乡") else "我镇"
    if unit.level == UnitLevel.COUNTY:
        return "我县" if name.endswith("县") else ("我市" if name.endswith("市") else "我区")
    if unit.level == UnitLevel.DEPARTMENT:
        return "我局" if name.endswith("局") else "本单位"
    if unit.level == UnitLevel.CITY:
        return "我市"
    if unit.level == UnitLevel.PROVINCE:
        return "我市" if name.endswith("市") else "我省"
    return "本单位"


def cn_date(d) -> str:
    """2021年1月28日 (GB/T 9704 成文日期 style: Arabic numerals, no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


def cn_month_day(d) -> str:
    return f"{d.month}月{d.day}日"

"""Recompute the figures of the claims maps of issue 6's apps from the records (demo check and tests).

A stated figure with qualifier 余/以上 is met when the computed figure is at least the stated one; 约/近
when it is within 5%; otherwise it must be equal. ``computed_expected`` marks a claim whose stated
figure cannot be produced from consistent records (seed arithmetic, seed_anomalies.md): the computed
figure must then equal ``computed_expected``.
"""

from __future__ import annotations

from dataclasses import dataclass
import yaml

from fazhi.core.ledgers import LEDGERS
from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

APPS = ("leadership", "publicity", "lists", "oversight")


@dataclass
class Check:
    id: str
    figure: str
    key: str
    stated: object
    computed: object
    ok: bool


def _load_file(app: str):
    """This app's entries of the one merged mapping file (fazhi/indicators/data/claims_map.yaml)."""
    from fazhi.indicators.claims import DATA_DIR

    data = yaml.safe_load((DATA_DIR / "claims_map.yaml").read_text(encoding="utf-8"))
    entries = [e for e in data.get("claims", []) if app is None or e.get("app") == app]
    unmapped = [e for e in data.get("unmapped", []) if app is None or e.get("app") == app]
    return entries, unmapped


def entries(apps=APPS) -> tuple[list[dict], list[dict]]:
    mapped, unmapped = [], []
    for app in apps:
        m, u = _load_file(app)
        mapped += m
        unmapped += u
    return mapped, unmapped


def _units(entry):
    unit = Unit.objects.filter(short_name=entry["unit"]).first()
    if unit is None:
        return None
    return list(Unit.objects.filter(path__startswith=unit.path)) if entry.get("rollup") else [unit]


def _meets(stated, computed, qualifier: str) -> bool:
    if stated is None:
        return True
    if computed is None:
        return False
    if qualifier in ("余", "以上"):
        return computed >= stated
    if qualifier in ("约", "近"):
        return abs(computed - stated) <= abs(stated) * 0.05
    return abs(float(computed) - float(stated)) < 0.05


def check_entry(entry: dict) -> Check:
    units = _units(entry)
    figure = entry.get("figure", "")
    if units is None:
        return Check(entry["id"], figure, entry.get("indicator") or entry.get("ledger"), entry.get("stated"), None, False)
    if "ledger" in entry:
        ledger = LEDGERS[entry["ledger"]]
        found = ledger.model.objects.live().filter(unit__in=units, **entry["match"]).exists()
        return Check(entry["id"], figure, entry["ledger"], entry.get("stated"), found, found)
    value = compute(entry["indicator"], units, year=entry["year"]).value
    if "computed_expected" in entry:
        ok = _meets(entry["computed_expected"], value, "")
    else:
        ok = _meets(entry.get("stated"), value, entry.get("qualifier", ""))
    return Check(entry["id"], figure, entry["indicator"], entry.get("stated"), value, ok)


def check_all(apps=APPS) -> list[Check]:
    mapped, _ = entries(apps)
    return [check_entry(e) for e in mapped]

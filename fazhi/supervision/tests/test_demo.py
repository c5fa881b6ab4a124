"""The demo reproduces seed 003's supervision figures (claims_map.yaml) through the indicators."""

from __future__ import annotations

from pathlib import Path

import yaml

from fazhi.indicators.registry import compute
from fazhi.org.models import Unit

from fazhi.indicators.claims import DATA_DIR

CLAIMS = DATA_DIR / "claims_map.yaml"


def test_wulong_2020_claims(db, settings, tmp_path):
    # given the demo tree and users, and this app's demo loaded twice (idempotent)
    from fazhi.demo.loader import DemoContext, _build_tree, _users
    from fazhi.demo.units import TREE
    from fazhi.supervision import demo
    from fazhi.supervision.models import Finding, SelfReport

    settings.MEDIA_ROOT = tmp_path
    _build_tree(TREE)
    _users()
    demo.load(DemoContext())
    demo.load(DemoContext())
    # then every mapped claim computes to the stated figure (余: at least the stated figure)
    mapped = [c for c in yaml.safe_load(CLAIMS.read_text(encoding="utf-8"))["claims"] if c.get("app") == "supervision"]
    assert len(mapped) == 6
    for claim in mapped:
        unit = Unit.objects.get(short_name=claim["unit"])
        units = Unit.objects.subtree_of(unit) if claim["rollup"] else Unit.objects.filter(pk=unit.pk)
        value = compute(claim["indicator"], units, year=claim["year"]).value
        if "余" in claim["note"]:
            assert claim["stated"] <= value <= claim["stated"] + 9, claim
        else:
            assert value == claim["stated"], claim
    # the 整改 states the demo promises: one full cycle with a return, open and overdue ones, one from above
    states = sorted(Finding.objects.values_list("state", flat=True))
    assert states.count("accepted") == 4 and states.count("open") == 2 and states.count("submitted") == 1
    assert Finding.objects.filter(inspection__source="city", state="accepted").count() == 1
    assert SelfReport.objects.filter(state="scored").exists() and SelfReport.objects.filter(state="submitted").exists()

"""The demo's 2020 report of 大湾镇: drafted from its records, the seed's figures in it, none of the seed's copied text."""

import pytest

from fazhi.indicators.claims import check_entry, claim_get, mapping_load, seed_inconsistency
from fazhi.indicators.registry import INDICATORS, compute_for
from fazhi.indicators.selectors import subtree_children
from fazhi.reports.contrib import fmt_number, strip_markers
from fazhi.reports.models import AnnualReport
from fazhi.reports.structure import subsection_for

COPIED = ("区长", "区政府党组", "公安", "我市", "我乡", "我区", "街道权责清单", "贫困状态", "立警为公")


@pytest.mark.slow
def test_dawan_2020_report_has_its_figures_and_no_copied_text(db):
    # given: the demo database, loaded through the apps' services
    from fazhi.demo.loader import demo_load

    demo_load()
    report = AnnualReport.objects.get(unit__short_name="大湾镇", year=2020)
    text = "\n".join(strip_markers(s.text) for s in report.sections.all())
    # then: the five statutory parts are there, drafted for a 镇, with nothing copied from another body
    assert {s.part for s in report.sections.all()} >= {"A", "B", "C", "D", "E"}
    assert "现将我镇2020年度" in text
    for phrase in COPIED:
        assert phrase not in text, phrase
    # every consistent seed-000 figure that the ledgers compute and the report states (parts A, B, E) is in the text
    checked = []
    for entry in mapping_load().entries:
        claim = claim_get(entry.id)
        if not claim or not claim["seed"].startswith("000") or entry.indicator not in INDICATORS:
            continue
        row = check_entry(entry)
        sub = subsection_for(INDICATORS[entry.indicator].section) or ""
        if row.match is True and not seed_inconsistency(claim) and row.computed and sub[:1] in ("A", "B", "E"):
            assert fmt_number(row.computed) in text, (entry.id, entry.indicator, row.computed)
            checked.append(entry.id)
    # the district's report is rolled up, and its dispute figures are the sum over its townships' records
    wulong = AnnualReport.objects.get(unit__short_name="武隆区", year=2020)
    assert wulong.rollup and wulong.include_unit_table
    district = wulong.unit
    below = list(subtree_children(district))
    for key, ind in INDICATORS.items():
        if not key.startswith("disputes.") or ind.kind not in ("count", "sum"):
            continue
        whole = compute_for(key, district, year=2020, rollup=True).value
        parts = compute_for(key, district, year=2020).value + sum(compute_for(key, u, year=2020, rollup=True).value for u in below)
        assert whole == parts, key
    # and `fazhi claims check` over the whole demo: every consistent claim of the five seeds matches,
    # the seed-inconsistent ones are reported as such with both numbers (issue 7 acceptance)
    from fazhi.indicators.claims import claims_check

    results = claims_check()
    assert [(r.id, r.indicator, r.stated, r.computed) for r in results if r.match is False] == []
    inconsistent = [r for r in results if r.match == "seed_inconsistent"]
    assert inconsistent and all(r.stated is not None and r.computed is not None for r in inconsistent)
    assert len([r for r in results if r.match is True]) >= 200
    assert {r.id[:4] for r in results} == {"s000", "s001", "s002", "s003", "s004"}

"""Demo: the reports of the five seed units, drafted from the demo ledgers by their clerks.

古楼镇's 2024 report (seed 002, published on the district website on 2025-03-10) is taken through the whole
procedure — 审核, 审定 (figures frozen), 保密审查, 报送, 公开 — so the demo shows a frozen report with its
provenance and its public page; the others stay drafts to be edited and regenerated.
"""

from __future__ import annotations

import datetime as dt

# (unit short name, year, clerk, 成文日期 of the seed)
SEED_REPORTS = [
    ("大湾镇", 2020, "dawan_operator", dt.date(2021, 1, 28)),
    ("龙河镇", 2020, "longhe_operator", dt.date(2021, 3, 1)),
    ("古楼镇", 2024, "gulou_operator", dt.date(2025, 3, 10)),
    ("武隆区", 2020, "wulong_operator", dt.date(2021, 1, 15)),
    ("遂城镇", 2020, "suicheng_operator", None),
]


def load(ctx) -> None:
    from fazhi.indicators.selectors import default_rollup

    from .models import AnnualReport
    from .services import annual_report_create

    if not ctx.once("reports.seed_drafts"):
        return
    for short, year, username, signed_on in SEED_REPORTS:
        unit, user = ctx.unit(short), ctx.user(username)
        if AnnualReport.objects.live().filter(unit=unit, year=year).exists():
            continue
        data = {"year": year, "signed_on": signed_on or ""}
        if default_rollup(unit):
            data.update(rollup="on", include_unit_table="on")
        report = annual_report_create(ledger=AnnualReport.ledger(), user=user, unit=unit, data=data)
        if short == "古楼镇":
            _publish(report, ctx.user("gulou_leader"), user, signed_on)


def _publish(report, leader, clerk, on) -> None:
    from fazhi.core.errors import GateRefused
    from fazhi.core.workflow import perform

    steps = [("review", leader, {}), ("approve", leader, {}), ("clear_secrecy", leader, {"conclusion": "public"}),
             ("submit", clerk, {"submitted_on": on.isoformat()}),
             ("publish", clerk, {"published_on": on.isoformat(), "published_where": "合川区人民政府网站（演示）"})]
    try:
        for name, user, data in steps:
            report = perform(obj=report, name=name, user=user, data=data)
    except GateRefused:
        # the ledgers of another app did not give every part content: the report stays where it stopped
        return

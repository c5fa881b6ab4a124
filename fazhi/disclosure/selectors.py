"""The 政府信息公开工作年度报告 statistical tables (条例第五十条; statutes.md §5), computed from the register."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q

from fazhi.core.settings_registry import get_setting
from fazhi.deadlines.services import deadline_compute

from .choices import ApplicantType, FollowUpResult, ItemCategory, ItemState
from .models import DisclosureRequest, ProactiveItem

COLUMNS = [t.value for t in ApplicantType]


def _by_type(qs) -> list[int]:
    counts = dict(qs.values_list("applicant_type").annotate(n=Count("pk")))
    row = [counts.get(c, 0) for c in COLUMNS]
    return row + [sum(row)]


def annual_tables(*, user, units, year: int) -> dict:
    """表三 (requests by applicant type: new, carried over, results by row, carried forward) with its
    check 一 + 二 = 三（七）+ 四; 表四 (复议/诉讼 about disclosure); 主动公开 by category."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    qs = DisclosureRequest.objects.restrict(user).live().filter(unit__in=units, received_on__isnull=False)
    new = _by_type(qs.filter(received_on__range=(start, end)))
    carried_in = _by_type(qs.filter(received_on__lt=start).filter(Q(replied_on__isnull=True) | Q(replied_on__gte=start)))
    done = qs.filter(replied_on__range=(start, end))
    results = []
    for label, types in get_setting("disclosure.annual_table_layout"):
        results.append((label, _by_type(done.filter(reply_type__in=types))))
    total_done = _by_type(done)
    laid_out = [sum(r[1][i] for r in results) for i in range(len(COLUMNS) + 1)]
    carried_out = _by_type(qs.filter(received_on__lte=end).filter(Q(replied_on__isnull=True) | Q(replied_on__gt=end)))
    check = [new[i] + carried_in[i] == total_done[i] + carried_out[i] for i in range(len(COLUMNS) + 1)]
    followups = qs.filter(followup_on__range=(start, end))
    outcome_cols = [FollowUpResult.UPHELD, FollowUpResult.CORRECTED, FollowUpResult.OTHER, FollowUpResult.PENDING]

    def five(sub, field):
        row = [sub.filter(**{field: c}).count() for c in outcome_cols]
        return row + [sum(row)]

    recon = five(followups, "reconsideration_result")
    direct = five(followups.filter(litigation_after_reconsideration=False), "litigation_result")
    after = five(followups.filter(litigation_after_reconsideration=True), "litigation_result")
    items = ProactiveItem.objects.restrict(user).live().filter(unit__in=units, state=ItemState.PUBLISHED, published_on__range=(start, end))
    by_cat = dict(items.values_list("category").annotate(n=Count("pk")))
    return {
        "year": year, "columns": [ApplicantType(c).label for c in COLUMNS] + ["总计"],
        "new": new, "carried_in": carried_in, "results": results, "total_done": total_done,
        "unlaid": [total_done[i] - laid_out[i] for i in range(len(COLUMNS) + 1)],
        "carried_out": carried_out, "check_ok": all(check),
        "outcome_columns": ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        "reconsideration": recon, "litigation_direct": direct, "litigation_after": after,
        "proactive": [(label, by_cat.get(value, 0)) for value, label in ItemCategory.choices],
        "proactive_total": items.count(),
        "due_department": deadline_compute("disclosure.annual_report", start),
        "due_government": deadline_compute("disclosure.annual_report_government", start),
    }

"""Ledger declarations of 法律顾问 (the 公共法律服务 ledgers are declared next to their own models)."""

from __future__ import annotations

from fazhi.core.ledgers import Ledger, register

from . import config  # noqa: F401  (declares the settings)
from . import forms as f
from .models import Adviser, AdviserService, AdviserYearLog, Engagement

GROUP = "法律顾问"


def _adviser(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=Adviser.ledger(), user=user, unit=unit, data={
        "name": "张律师（样例）", "kind": "lawyer", "firm": "某律师事务所"})


def _sample_engagement(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=Engagement.ledger(), user=user, unit=unit, data={
        "adviser": _adviser(unit, user).pk, "role": "standing", "start_on": "2024-01-01", "end_on": "2024-12-31"})


def _sample_service(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=AdviserService.ledger(), user=user, unit=unit, data={
        "adviser": _adviser(unit, user).pk, "kind": "contract", "given_on": "2024-05-10", "subject": "物业服务合同",
        "opinion": "建议明确违约责任。"})


def _sample_log(unit, user):
    from fazhi.core.services import record_create

    return record_create(ledger=AdviserYearLog.ledger(), user=user, unit=unit, data={
        "adviser": _adviser(unit, user).pk, "year": 2024, "assessed_on": "2024-12-20", "result": "competent", "assessor": "考核小组"})


def _create_engagement(**kw):
    from .services import engagement_create

    return engagement_create(**kw)


register(Ledger(
    model=Adviser, form=f.AdviserForm, plural="advisers", group=GROUP,
    list_display=["name", "kind", "firm", "licence_no"], filter_fields=["kind"], search_fields=["name", "firm"],
    sample=_adviser,
))
register(Ledger(
    model=Engagement, form=f.EngagementCreateForm, import_form=f.EngagementForm, plural="engagements", group=GROUP,
    create=_create_engagement,
    list_display=["adviser", "role", "start_on", "end_on", "state", "filed_with"], filter_fields=["role", "state"],
    search_fields=["adviser__name", "adviser__firm", "contract_no"], date_field="start_on", ordering=["-start_on", "-pk"],
    sample=_sample_engagement,
))
register(Ledger(
    model=AdviserService, form=f.AdviserServiceForm, plural="services", group=GROUP,
    list_display=["given_on", "adviser", "kind", "subject", "topic", "adopted"], filter_fields=["kind", "adopted"],
    search_fields=["subject", "topic", "adviser__name"], date_field="given_on", ordering=["-given_on", "-pk"],
    sample=_sample_service,
))
register(Ledger(
    model=AdviserYearLog, form=f.AdviserYearLogForm, plural="year-logs", group=GROUP,
    detail_template="advisers/year_log_detail.html",
    list_display=["adviser", "year", "result", "assessed_on"], filter_fields=["result"], search_fields=["adviser__name"],
    date_field="assessed_on", sample=_sample_log,
))

from . import services  # noqa: E402,F401  (registers the procedural steps; needs the ledgers above)

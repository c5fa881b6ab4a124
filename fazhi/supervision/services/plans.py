"""工作要点 writes: progress reports with evidence (the plan and tasks use the generic ledger services)."""

from __future__ import annotations

from django.db import transaction

from fazhi.core.services import record_create

from .evidence import evidence_attach


def task_report_create(*, ledger, user, data, files=None, unit=None):
    """进展报告: the lead unit or a co-unit reports on its task, with a file or a linked record as evidence."""
    with transaction.atomic():
        obj = record_create(ledger=ledger, user=user, data=data, files=files, unit=unit, label="报告进展")
        upload = (files or {}).get("evidence_file") if files else None
        evidence_attach(target=obj, user=user, upload=upload, link=str(data.get("evidence_link", "") or "").strip())
    return obj

"""Child records whose unit is their parent's: 全过程记录 live with their case."""

from __future__ import annotations

from fazhi.core.services import record_create

from ..models import Case


def case_record_create(*, ledger, user, data, files=None, unit=None):
    """执法全过程记录 (行政处罚法第四十七条) is filed in the case's unit, whoever uploads it."""
    case = Case.objects.restrict(user, "change").filter(pk=data.get("case") or 0).first()
    return record_create(ledger=ledger, user=user, data=data, files=files, unit=case.unit if case else unit)

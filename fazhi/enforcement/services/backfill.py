"""Batch registration of records kept before the platform: the officer roster and closed cases (补录).

A unit joining the platform brings its 执法人员 roster (with the 执法证 data of the provincial
database) and the cases it has already closed. Entering them one form at a time is not realistic, so
these services write them in bulk — same scope and role checks, same 持证上岗 gate, field history and
one timeline event per record — but without statutory clocks: a case closed before it was entered
has nothing left to remind anyone of, so back-filled cases stay out of the on-time figures.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from fazhi.audit.models import TimelineEvent
from fazhi.core import permissions
from fazhi.core.errors import GateRefused, InvalidInput
from fazhi.core.scoping import units_for

from ..choices import CaseState
from ..models import Case, Certificate, Officer
from .certificates import StandingBook

MSG_UNIT = "只能为本单位（及所属村/社区）补录。"
MSG_ROW_CERT = "第 {row} 件（{no}）：{day} 承办执法人员少于两名或没有有效执法证（行政处罚法第四十二条），不能补录。"


def _check(user, ledger_model, unit):
    permissions.require(user, ledger_model.ledger().action("import"))
    if not units_for(user, "change").filter(pk=unit.pk).exists():
        raise InvalidInput(MSG_UNIT)


def _events(objs, user, verb: str, label: str, to_state: str = ""):
    if not objs:
        return
    ct = ContentType.objects.get_for_model(type(objs[0]))
    TimelineEvent.objects.bulk_create([
        TimelineEvent(content_type=ct, object_id=o.pk, unit_id=o.unit_id, verb=verb, label=label, actor=user,
                      to_state=to_state) for o in objs])


@transaction.atomic
def officers_register_bulk(*, user, unit, rows: list[dict]) -> list[Officer]:
    """Register officers with their certificates: ``rows`` hold Officer fields and a ``certificates`` list."""
    _check(user, Officer, unit)
    officers = [Officer(unit=unit, created_by=user, **{k: v for k, v in r.items() if k != "certificates"}) for r in rows]
    officers = bulk_create_with_history(officers, Officer, default_user=user, default_change_reason="批量登记")
    certs = [Certificate(unit=unit, created_by=user, officer=o, **c) for o, r in zip(officers, rows)
             for c in r.get("certificates", [])]
    certs = bulk_create_with_history(certs, Certificate, default_user=user, default_change_reason="批量登记")
    _events(officers, user, "import", "批量登记")
    _events(certs, user, "import", "批量登记")
    return officers


@transaction.atomic
def cases_backfill(*, user, unit, rows: list[dict]) -> list[Case]:
    """补录 closed cases: ``rows`` hold Case fields (dates of each step) and an ``officers`` list.

    The 持证上岗 gate applies as it would have on the decision date: every officer must have held a
    valid certificate then, and there must be at least two.
    """
    _check(user, Case, unit)
    book = StandingBook({o.pk for r in rows for o in r["officers"]})
    for i, r in enumerate(rows, start=1):
        day = r.get("decided_on") or r.get("registered_on")
        if len(r["officers"]) < 2 or not all(book.standing(o, day).valid for o in r["officers"]):
            raise GateRefused("certificate_invalid", MSG_ROW_CERT.format(row=i, no=r.get("case_no", ""), day=day))
    cases = [Case(unit=unit, created_by=user, state=r.get("state", CaseState.CLOSED),
                  **{k: v for k, v in r.items() if k not in ("officers", "state")}) for r in rows]
    cases = bulk_create_with_history(cases, Case, default_user=user, default_change_reason="补录已办结案件")
    through = Case.officers.through
    through.objects.bulk_create([through(case_id=c.pk, officer_id=o.pk) for c, r in zip(cases, rows) for o in r["officers"]])
    _events(cases, user, "backfill", "补录已办结案件", CaseState.CLOSED)
    return cases

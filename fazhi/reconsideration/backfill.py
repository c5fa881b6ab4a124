"""补录: closed 行政复议 cases of a past year in bulk (history, timeline, clocks; see petitions/bulk.py)."""

from __future__ import annotations

from fazhi.core import permissions
from fazhi.petitions.backfill import check_scope
from fazhi.petitions.bulk import Clock, Planned, bulk_register

from .choices import Role, State
from .models import Reconsideration


def reconsideration_backfill(*, user, unit, rows: list[dict]) -> list[Reconsideration]:
    """Each row: the form fields plus accepted_on, copy_sent_on, answer_on, decided_on, outcome, corrected,
    extended_on, suspended_on/resumed_on (one 中止), decision_doc_no."""
    permissions.require(user, Reconsideration.ledger().action("import"))
    check_scope(user, unit)
    planned = []
    for r in rows:
        r = dict(r)
        resumed_on = r.pop("resumed_on", None)
        obj = Reconsideration(unit=unit, state=State.DECIDED if r.get("decided_on") else State.ACCEPTED, **r)
        clocks, steps = [], []
        if obj.role == Role.ORGAN:
            clocks.append(Clock("reconsideration.accept", obj.received_on, closed_on=obj.accepted_on))
            steps.append(("accept", "受理", State.RECEIVED, State.ACCEPTED, {"accepted_on": obj.accepted_on.isoformat()}))
            excluded = []
            if obj.suspended_on and resumed_on:
                import datetime as dt

                end = resumed_on - dt.timedelta(days=1)
                excluded = [(obj.suspended_on, end, f"行政复议中止：{obj.suspension_reason}")]
                obj.suspended_days = (end - obj.suspended_on).days + 1
            rule = "reconsideration.decide_simplified" if obj.is_simplified else "reconsideration.decide"
            clocks.append(Clock(rule, obj.accepted_on, closed_on=obj.decided_on, extension=bool(obj.extended_on), excluded=excluded))
            if obj.copy_sent_on:
                clocks.append(Clock("reconsideration.copy_simplified" if obj.is_simplified else "reconsideration.copy_to_respondent",
                                    obj.accepted_on, closed_on=obj.copy_sent_on))
                clocks.append(Clock("reconsideration.answer_simplified" if obj.is_simplified else "reconsideration.answer",
                                    obj.copy_sent_on, closed_on=obj.answer_on))
        else:
            clocks.append(Clock("reconsideration.answer_simplified" if obj.is_simplified else "reconsideration.answer",
                                obj.received_on, closed_on=obj.answer_on))
            if obj.answer_on:
                steps.append(("submit_answer", "提交书面答复", State.RECEIVED, State.ANSWERED, {}))
        if obj.decided_on:
            steps.append(("decide", "审结", steps[-1][3] if steps else State.RECEIVED, State.DECIDED, {"outcome": obj.outcome}))
        planned.append(Planned(obj, steps, clocks))
    return bulk_register(model=Reconsideration, planned=planned, user=user, reason="补录历史行政复议案件")

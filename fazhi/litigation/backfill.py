"""补录: past lawsuits with their hearings, and suggestions, in bulk (see petitions/bulk.py)."""

from __future__ import annotations

from fazhi.core import permissions
from fazhi.petitions.backfill import check_scope
from fazhi.petitions.bulk import Planned, bulk_register

from .choices import LOST, State, SuggestionState
from .models import Hearing, Lawsuit, Suggestion


def lawsuit_backfill(*, user, unit, rows: list[dict]) -> list[Lawsuit]:
    """Each row: the form fields, ``hearings`` (list of Hearing field dicts) and optionally
    judged_on, outcome, effective_on, complied_on."""
    permissions.require(user, Lawsuit.ledger().action("import"))
    check_scope(user, unit)
    planned, hearings_of = [], []
    for r in rows:
        r = dict(r)
        hearings = r.pop("hearings", [])
        state = State.CLOSED if r.get("complied_on") or (r.get("outcome") and r["outcome"] not in LOST) else \
            State.JUDGED if r.get("outcome") else State.PENDING
        obj = Lawsuit(unit=unit, state=state, **r)
        steps = [("record_hearing", "登记开庭", State.PENDING, State.PENDING, {"held_on": h["held_on"].isoformat()}) for h in hearings]
        if obj.outcome:
            steps.append(("judge", "登记裁判结果", State.PENDING, State.JUDGED, {"outcome": obj.outcome}))
        if obj.complied_on:
            steps.append(("comply", "履行生效裁判", State.JUDGED, State.CLOSED, {}))
        planned.append(Planned(obj, steps))
        hearings_of.append(hearings)
    saved = bulk_register(model=Lawsuit, planned=planned, user=user, reason="补录历史行政诉讼案件")
    bulk_register(model=Hearing, user=user, reason="补录开庭记录", planned=[
        Planned(Hearing(unit=unit, lawsuit=lawsuit, staff_appeared=True, **h)) for lawsuit, hs in zip(saved, hearings_of) for h in hs])
    return saved


def suggestion_backfill(*, user, unit, rows: list[dict]) -> list[Suggestion]:
    permissions.require(user, Suggestion.ledger().action("import"))
    check_scope(user, unit)
    planned = []
    for r in rows:
        obj = Suggestion(unit=unit, state=SuggestionState.REPLIED if r.get("replied_on") else SuggestionState.RECEIVED, **r)
        steps = [("reply", "回复", SuggestionState.RECEIVED, SuggestionState.REPLIED, {})] if obj.replied_on else []
        planned.append(Planned(obj, steps))
    return bulk_register(model=Suggestion, planned=planned, user=user, reason="补录司法建议、检察建议")
